"""Start the GUI: paths, logging, language, the main window, then the database.

Nothing happens at import; :func:`run_gui` is called from ``main()``. Nothing imported
here at module level may load the database layer: the window paints before it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from twinning_desk import APP_NAME, DESKTOP_ID, ORG_NAME, __version__, pyside_hook  # noqa: F401
from twinning_desk.logs import setup_logging
from twinning_desk.paths import AppPaths, resource_path
from twinning_desk.translation import choose_language, install_translators
from twinning_desk.ui.app.crash import install_exception_hook
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.common.settings_store import LANGUAGE, upgrade

# If the window has not painted by then, its file is opened anyway (the variable lets a
# test make the fallback race the first paint).
FILL_ANYWAY_MS = int(os.environ.get("TWINNING_DESK_FILL_ANYWAY_MS", "2000"))


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    icon = resource_path("icons", "twinning-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(db: Path | str | None = None, language: str | None = None, smoke: bool = False) -> int:
    """Start the GUI. ``smoke`` (the hidden ``--smoke-test``) prints what a packaged build
    shows, then quits: installed wheels and frozen bundles are checked that way in CI.

    The window comes first (issue #17): its frame paints before the database layer is
    imported, then the file opens into it and the tab shown fills.
    """
    app = make_application()
    paths = AppPaths.from_environment()
    paths.ensure()
    log_file = setup_logging(paths)
    # An INI file inside the app's own home, never Qt's default location: a portable
    # install on a USB stick, or a test run, must leave no trace in the user's profile.
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    # Qt's own settings (the file dialog's history, in QtProject.conf) go there too.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(paths.config_dir))
    upgrade(settings)
    saved_language = LANGUAGE.get(settings) or None
    lang = choose_language(language, saved_language)
    install_translators(app, lang)
    install_exception_hook(str(log_file))

    window = MainWindow(
        None, None, settings, language=language or saved_language, demo_path=paths.demo_db
    )
    window.languageChanged.connect(
        lambda chosen: install_translators(app, choose_language(chosen or None))
    )
    started = refused = False

    def fill() -> None:
        nonlocal started, refused
        # Once: the fallback timer may fire while a dialog of the opening waits.
        if started:
            return
        started = True
        if not _open_into(window, db, settings, paths):
            refused = True
            window.close()
            app.exit(1)
            return
        if smoke:
            QTimer.singleShot(0, lambda: _print_smoke_report(window, app))

    window.firstPainted.connect(fill)
    # A window that never paints (minimised at start, a platform without expose events)
    # still gets its file.
    QTimer.singleShot(FILL_ANYWAY_MS, fill)
    window.show()
    code = app.exec()
    if window.attached:
        window.services.close()
    return 1 if refused else int(code)


def _open_into(
    window: MainWindow, db: Path | str | None, settings: QSettings, paths: AppPaths
) -> bool:
    """Open the file (asking what to do when it is refused) and give it to the window;
    False when the person gave up."""
    # The database layer loads here, once the window is on screen.
    from twinning_desk.services.context import Services
    from twinning_desk.services.geo import Gazetteer
    from twinning_desk.ui.app.opening import open_at_start

    services = open_at_start(db, settings, paths, window)
    if services is None:
        return False

    def opener(path: Path | str) -> Services:
        return Services.open(path, paths.backup_dir, automatic_backups=True)

    window.attach(services, Gazetteer(paths.gazetteer_db), opener)
    # The copy on opening runs in a thread now that the window is there (issue #17).
    window.start_backup_on_open()
    if not services.commune.is_configured() and not window.run_wizard():
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "You can set up your commune later in Edit › Settings; distances to partners "
                "are shown once its position is known.",
            ),
        )
    return True


def _print_smoke_report(window: MainWindow, app: QApplication) -> None:
    """One line per check of a packaged build: tab titles (our catalogue), a standard
    button (Qt's own catalogue), the window icon (our resources); then quit."""
    tabs = window.tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] if tabs else []
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    print(f"tabs: {' | '.join(titles)}")
    print(f"cancel: {cancel}")
    print(f"icon: {'yes' if not app.windowIcon().isNull() else 'no'}", flush=True)
    window.close()
    app.quit()
