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


def run_child(
    driver: str, argument: Path, home: Path, **environ: str
) -> subprocess.CompletedProcess[str]:
    """A driver script in a fresh Python, as the app starts: offscreen, its own home."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TWINNING_DESK_HOME=str(home), **environ)
    return subprocess.run(
        [sys.executable, "-c", driver, str(argument)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_the_main_window_opens_without_the_export_libraries(tmp_path: Path) -> None:
    from twinning_desk.services.context import Services

    Services.open(tmp_path / "c.sqlite3").close()  # created and migrated beforehand
    out = run_child(DRIVER, tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


# The real start-up (run_gui), watched from inside: at the window's first paint, which
# modules are loaded; then, once the file is given, what the window shows.
FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    from twinning_desk import app as app_module

    seen = []

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
                seen.append(obj)
                loaded = [m for m in ("sqlalchemy", "twinning_desk.db.models",
                          "twinning_desk.services.context") if m in sys.modules]
                print("at first paint:", " ".join(loaded) or "-", "|", obj.windowTitle(),
                      "|", getattr(obj, "attached", None), flush=True)
                QTimer.singleShot(0, check)
            return False

    def check():
        window = seen[0]
        if not window.attached:
            QTimer.singleShot(20, check)
            return
        tabs = window.tabs
        print("filled:", window.windowTitle(), "|",
              window.services.partners.count(), "|",
              " ".join(tabs.tabText(i).replace("&", "") for i in range(tabs.count())),
              flush=True)
        window.close()

    make = app_module.make_application
    def make_with_probe():
        qapp = make()
        qapp.installEventFilter(probe)
        return qapp
    probe = Probe()
    app_module.make_application = make_with_probe
    # As the user starts it: the command's entry point, which must not load the
    # commands' modules (the services, the exports) before the window paints.
    from twinning_desk.cli import main
    sys.exit(main(["--db", sys.argv[1], "--lang", "fr"]))
    """
)


@pytest.mark.slow
def test_the_window_paints_before_the_database_layer_loads(tmp_path: Path) -> None:
    """Issue #17: the frame (title, menus, tab names) is on screen before SQLAlchemy and
    the models are imported; the file then opens into that same window."""
    from twinning_desk.services.context import Services
    from twinning_desk.services.demo import load_demo

    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    partners = services.partners.count()
    commune = services.commune.get()
    assert commune is not None and partners > 0
    services.close()
    out = run_child(FIRST_PAINT, tmp_path / "demo.sqlite3", home=tmp_path / "h")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "at first paint: - | Twinning Desk | False", out.stdout + out.stderr
    assert lines[1] == (
        f"filled: {commune.name} — Twinning Desk | {partners} | "
        "Accueil Partenaires Événements Délégations Budget"
    ), out.stdout + out.stderr


REFUSED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from twinning_desk import app as app_module

    said = []

    def poll():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            box = boxes[0]
            parent = box.parentWidget()
            said.append("%d box over %s, attached=%s" % (
                len(boxes), type(parent).__name__, getattr(parent, "attached", None)))
            quit_button = [b for b in box.buttons() if b.text().replace("&", "") == "Quitter"]
            quit_button[0].click()
            return
        QTimer.singleShot(100, poll)

    QTimer.singleShot(0, poll)
    code = app_module.run_gui(db=Path(sys.argv[1]), language="fr")
    print(" | ".join(said), "| code", code)
    """
)


@pytest.mark.slow
def test_a_file_refused_at_start_is_said_once_over_the_window(tmp_path: Path) -> None:
    """The window is on screen before the file opens: a refusal is said over it, once
    (the fallback that opens the file of a window never painted must not ask again while
    the first question waits), and Quit ends the app with an error code."""
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("minutes of the general assembly, not a database\n", encoding="utf-8")
    out = run_child(REFUSED, bad, home=tmp_path / "h", TWINNING_DESK_FILL_ANYWAY_MS="50")
    assert out.stdout.strip() == "1 box over MainWindow, attached=False | code 1", (
        out.stdout + out.stderr
    )


WARM = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
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
    TABS = ("partners", "events", "delegations", "budget")
    def modules():
        return " ".join(k for k in TABS if f"twinning_desk.ui.{k}.{k}_tab" in sys.modules)
    print("shown:", modules() or "-", flush=True)
    def later():
        print("idle:", modules(), "| built:",
              " ".join(k for k in TABS if window.tabs.is_built(k)) or "-", flush=True)
        window.close()
    QTimer.singleShot(1500, later)
    app.exec()
    services.close()
    """
)


@pytest.mark.slow
def test_the_other_tabs_are_loaded_and_built_while_the_window_is_idle(tmp_path: Path) -> None:
    """Their modules are not loaded before the window shows (start-up), but while it
    sits idle afterwards, and the tabs are built then too, hidden: a tab's first show
    is a paint (issue #17)."""
    from twinning_desk.services.context import Services

    Services.open(tmp_path / "c.sqlite3").close()
    out = run_child(WARM, tmp_path, home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "shown: -",
        "idle: partners events delegations budget | built: partners events delegations budget",
    ], out.stdout + out.stderr
