"""Opening the file at start, and when it is refused, saying why and offering a way out.

Imported by run_gui once the window has painted (issue #17): this is where the database
layer (SQLAlchemy, the models, the services) is first loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from twinning_desk import APP_NAME
from twinning_desk.db.backup import restore_last_good
from twinning_desk.db.database import CorruptDatabaseError
from twinning_desk.db.lock import DatabaseLockedError
from twinning_desk.db.urls import is_server_url
from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.ui.app.connect_dialog import connect_interactively
from twinning_desk.ui.app.main_window import DB_FILTER
from twinning_desk.ui.common.helpers import error_text, to_qdatetime
from twinning_desk.ui.common.settings_store import LAST_DB, LAST_SHARED


def open_interactively(
    path: Path, paths: AppPaths, parent: QWidget | None = None
) -> Services | None:
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
                parent,
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
                parent=parent,
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
                        parent,
                        translate("App", "Cannot open the database"),
                        translate("App", "No sound backup of this file was found."),
                    )
                else:
                    QMessageBox.information(
                        parent,
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
                    parent, translate("App", "Open a database"), str(path.parent), DB_FILTER
                )
                if not name:
                    return None
                path, read_only, force = Path(name), False, False
            else:
                return None


def open_file(
    db: Path | None, settings: QSettings, paths: AppPaths, parent: QWidget | None = None
) -> Services | None:
    """The file named on the command line, else the one used last, else the default."""
    last = str(LAST_DB.get(settings) or "")
    if last and Path(last) == paths.demo_db:
        last = ""  # the demo is opened on request only; the committee's file comes back
    target = db or (Path(last) if last and Path(last).exists() else paths.default_db)
    if db is None and last and not Path(last).exists():
        # A USB stick taken out, a network share offline: say so rather than silently
        # showing another, emptier file.
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "The file used last time, {last}, cannot be found (a USB stick or network "
                "folder that is not connected?). Opening {default} instead; use File › Open "
                "database once the file is back.",
            ).format(last=last, default=target),
        )
    return open_interactively(Path(target), paths, parent)


def open_at_start(
    db: Path | str | None, settings: QSettings, paths: AppPaths, parent: QWidget | None = None
) -> Services | None:
    """The database to show at start: the address or file given, else the shared database
    used last, else the file used last (or the default one). None when the person gave up.
    """
    services: Services | None = None
    shared = str(db) if is_server_url(db) else ("" if db is not None else LAST_SHARED.get(settings))
    if shared:
        # With the keyring's password first; if refused, the connection form.
        services = connect_interactively(shared, parent, Services.open)
        if services is None and db is not None:
            return None
    if services is None:
        services = open_file(db if isinstance(db, Path) else None, settings, paths, parent)
    if services is None:
        return None
    if services.db.path is not None:
        LAST_DB.set(settings, services.db.path)
    LAST_SHARED.set(settings, services.db.url or "")
    for warning in services.warnings:
        QMessageBox.warning(parent, APP_NAME, error_text(warning))
    return services
