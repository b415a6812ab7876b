"""Choosing the language and loading Qt translators (QtCore only: the CLI uses it too).

The UI follows the system language, French when it is not one we ship; ``--lang`` and
the choice made in the settings override it. Qt's own ``qtbase_`` catalogue is loaded
next to ours so that standard buttons ("Cancel", "Yes") speak the same language.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from twinning_desk import pyside_hook  # noqa: F401 - before the app's modules load
from twinning_desk.paths import translations_dir

LANGUAGES = ("fr", "en", "de", "it", "es", "pl")
DEFAULT_LANGUAGE = "fr"
# Each language named in itself, as the settings offer them.
LANGUAGE_NAMES = {
    "fr": "Français",
    "en": "English",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pl": "Polski",
}


def system_language(locale_name: str | None = None) -> str:
    """Our language for a system locale name ("it_IT", "pl-PL"); QLocale.system() by default."""
    name = (QLocale.system().name() if locale_name is None else locale_name)[:2].lower()
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(
    requested: str | None = None, saved: str | None = None, system: str | None = None
) -> str:
    """``--lang`` first, then the saved choice, then the system locale (``system`` overrides)."""
    for candidate in (requested, saved):
        if candidate and candidate[:2].lower() in LANGUAGES:
            return candidate[:2].lower()
    return system_language(system)


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Replace the app's translators; True when our catalogue for ``language`` loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    loaded = ours.load(f"twinning_desk_{language}", str(translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return loaded


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_xx.qm`` may be, best first.

    Our package first: a frozen bundle copies Qt's catalogues there next to ours, so
    file dialogs and standard buttons do not depend on where PyInstaller put Qt. Then
    the folder Qt itself reports, then PySide6's ``Qt/translations`` (the same in a
    wheel install, but a relocated Qt may report a folder that does not exist).
    """
    folders = [
        str(translations_dir()),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ]
    try:
        folders.append(str(Path(PySide6.__file__).parent / "Qt" / "translations"))
    except TypeError:  # pragma: no cover - a frozen bundle may give PySide6 no __file__
        pass
    return list(dict.fromkeys(folders))
