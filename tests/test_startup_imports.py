"""Start-up loads only what the first window needs: the export libraries (openpyxl,
reportlab, icalendar, PDFium) and Alembic load on first use, not while the user waits
for the window (issue #17). Checked in a fresh process, as the app starts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = ("openpyxl", "reportlab", "icalendar", "pypdfium2", "alembic")

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    HEAVY = ("openpyxl", "reportlab", "icalendar", "pypdfium2", "alembic")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from twinning_desk.services.context import Services
    from twinning_desk.services.geo import Gazetteer
    from twinning_desk.ui.app.main_window import MainWindow
    folder = Path(sys.argv[1])
    services = Services.open(folder / "c.sqlite3")
    window = MainWindow(services, Gazetteer(folder / "g.sqlite3"),
                        QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    print(" ".join(m for m in HEAVY if m in sys.modules))
    window.close()
    services.close()
    """
)


@pytest.mark.slow
def test_the_main_window_opens_without_the_export_libraries(tmp_path: Path) -> None:
    from twinning_desk.services.context import Services

    Services.open(tmp_path / "c.sqlite3").close()  # created and migrated beforehand
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TWINNING_DESK_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == ""
