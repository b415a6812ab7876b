"""Start the GUI: paths, logging, language, the database, the main window.

Nothing happens at import; :func:`run_gui` is called from ``main()``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)

from twinning_desk import APP_NAME, DESKTOP_ID, ORG_NAME, __version__
from twinning_desk.db.backup import restore_last_good
from twinning_desk.db.database import CorruptDatabaseError, is_server_url
from twinning_desk.db.lock import DatabaseLockedError
from twinning_desk.logs import setup_logging
from twinning_desk.paths import AppPaths, resource_path
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.passwords import remember_password
from twinning_desk.translation import choose_language, install_translators
from twinning_desk.ui.app.connect_dialog import ConnectDialog
from twinning_desk.ui.app.crash import install_exception_hook
from twinning_desk.ui.app.main_window import DB_FILTER, MainWindow
from twinning_desk.ui.common.helpers import error_text, to_qdatetime
from twinning_desk.ui.common.settings_store import LANGUAGE, LAST_DB, LAST_SHARED, upgrade


def open_interactively(path: Path, paths: AppPaths) -> Services | None:
    """Open a file; when it is refused, say why and offer what can be done.

    Damaged: restore the last good backup. In use elsewhere: open read-only, or take it
    over. Not writable: open read-only. Always: choose another file, or quit.
    """
    translate = QCoreApplication.translate
    read_only = False
    force = False
    while True:
        if not read_only and path.exists() and not os.access(path, os.W_OK):
            read_only = True
            QMessageBox.information(
                None,
                translate("App", "Read-only file"),
                translate("App", "{path} cannot be written to, so it opens read-only.").format(
                    path=path
                ),
            )
        try:
            return Services.open(
                path,
                paths.backup_dir,
                read_only=read_only,
                force=force,
                automatic_backups=True,
                backup_later=True,
            )
        except (TwinningError, OSError) as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("App", "Cannot open the database"),
                error_text(exc),
            )
            actions: dict[object, str] = {}
            if isinstance(exc, CorruptDatabaseError):
                actions[
                    box.addButton(
                        translate("App", "Restore the last good backup"),
                        QMessageBox.ButtonRole.AcceptRole,
                    )
                ] = "restore"
            if isinstance(exc, DatabaseLockedError):
                actions[
                    box.addButton(
                        translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
                    )
                ] = "read-only"
                actions[
                    box.addButton(
                        translate("App", "Open anyway"), QMessageBox.ButtonRole.DestructiveRole
                    )
                ] = "force"
            actions[
                box.addButton(
                    translate("App", "Choose another file…"), QMessageBox.ButtonRole.ActionRole
                )
            ] = "other"
            actions[box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)] = (
                "quit"
            )
            box.exec()
            choice = actions.get(box.clickedButton(), "quit")
            if choice == "restore":
                info = restore_last_good(path, paths.backup_dir)
                if info is None:
                    QMessageBox.warning(
                        None,
                        translate("App", "Cannot open the database"),
                        translate("App", "No sound backup of this file was found."),
                    )
                else:
                    QMessageBox.information(
                        None,
                        translate("App", "Backup restored"),
                        translate(
                            "App",
                            "The copy of {date} was restored. The damaged file was kept "
                            "beside it, renamed.",
                        ).format(
                            date=QLocale().toString(
                                to_qdatetime(info.created), QLocale.FormatType.ShortFormat
                            )
                        ),
                    )
            elif choice == "read-only":
                read_only = True
            elif choice == "force":
                force = True
            elif choice == "other":
                name, _ = QFileDialog.getOpenFileName(
                    None, translate("App", "Open a database"), str(path.parent), DB_FILTER
                )
                if not name:
                    return None
                path, read_only, force = Path(name), False, False
            else:
                return None


def _open_file(db: Path | None, settings: QSettings, paths: AppPaths) -> Services | None:
    """The file named on the command line, else the one used last, else the default."""
    last = str(LAST_DB.get(settings) or "")
    if last and Path(last) == paths.demo_db:
        last = ""  # the demo is opened on request only; the committee's file comes back
    target = db or (Path(last) if last and Path(last).exists() else paths.default_db)
    if db is None and last and not Path(last).exists():
        # A USB stick taken out, a network share offline: say so rather than silently
        # showing another, emptier file.
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "The file used last time, {last}, cannot be found (a USB stick or network "
                "folder that is not connected?). Opening {default} instead; use File › Open "
                "database once the file is back.",
            ).format(last=last, default=target),
        )
    return open_interactively(Path(target), paths)


def open_shared_interactively(address: str) -> Services | None:
    """A shared database: with the keyring's password first; if refused, the connection
    form, filled and saying why, until it connects or is cancelled."""
    problem = ""
    try:
        return Services.open(address)
    except TwinningError as exc:
        problem = error_text(exc)
    dialog = ConnectDialog(
        lambda a, p: Services.open(a, password=p),
        address,
        None,
        remember=remember_password,
        problem=problem,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.services
    return None


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

    services: Services | None = None
    shared = str(db) if is_server_url(db) else ("" if db is not None else LAST_SHARED.get(settings))
    if shared:
        services = open_shared_interactively(shared)
        if services is None and db is not None:
            return 1
    if services is None:
        services = _open_file(db if isinstance(db, Path) else None, settings, paths)
    if services is None:
        return 1
    if services.db.path is not None:
        LAST_DB.set(settings, services.db.path)
    LAST_SHARED.set(settings, services.db.url or "")
    for warning in services.warnings:
        QMessageBox.warning(None, APP_NAME, error_text(warning))
    gazetteer = Gazetteer(paths.gazetteer_db)

    def opener(path: Path | str) -> Services:
        return Services.open(path, paths.backup_dir, automatic_backups=True)

    window = MainWindow(
        services, gazetteer, settings, opener, language or saved_language, demo_path=paths.demo_db
    )

    def on_language(chosen: str) -> None:
        install_translators(app, choose_language(chosen or None))

    window.languageChanged.connect(on_language)
    window.show()
    # The copy on opening runs in a thread now that the window is there (issue #17).
    QTimer.singleShot(0, window.start_backup_on_open)
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
    if smoke:
        QTimer.singleShot(0, lambda: _print_smoke_report(window, app))
    code = app.exec()
    window.services.close()
    return int(code)


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
