"""Qt-free basics every layer may import (db, services, imports, export, ui): errors meant
for people and text folding. Imports nothing from the package but ``i18n``."""
