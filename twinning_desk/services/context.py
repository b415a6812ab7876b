"""All services over one open database, built once in ``main()`` and passed down.

Opening follows the order that loses nothing: check the file's integrity (a damaged file
is never copied over good backups), take the lock, back the file up, then migrate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from twinning_desk.db import backup as backups
from twinning_desk.db.database import (
    Database,
    DatabaseOpenError,
    check_file,
    ensure_sound,
    open_database,
)
from twinning_desk.db.lock import DatabaseLock
from twinning_desk.db.urls import is_server_url
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.activity import ActivityService
from twinning_desk.services.budget import BudgetService
from twinning_desk.services.calendar import CalendarService
from twinning_desk.services.commune import CommuneService
from twinning_desk.services.delegations import DelegationService
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.events import EventService
from twinning_desk.services.notify import ChangeNotifier
from twinning_desk.services.operations import Operations
from twinning_desk.services.partners import PartnerService
from twinning_desk.services.people import PeopleService
from twinning_desk.services.reports import ReportService

log = logging.getLogger(__name__)


def _os_error(exc: OSError) -> TwinningError:
    return TwinningError(
        Message(
            "Database",
            QT_TRANSLATE_NOOP("Database", "The automatic backup failed: {reason}"),
            {"reason": exc.strerror or str(exc)},
        )
    )


@dataclass
class Services:
    db: Database
    notifier: ChangeNotifier
    commune: CommuneService
    partners: PartnerService
    events: EventService
    budget: BudgetService
    delegations: DelegationService
    people: PeopleService
    reports: ReportService
    activity: ActivityService
    operations: Operations
    calendar: CalendarService
    backup_dir: Path | None = None
    lock: DatabaseLock | None = None
    backup_on_close: bool = False
    # Problems that did not stop the opening (a backup that could not be written).
    warnings: list[TwinningError] = field(default_factory=list)
    # The copy made on opening is still to do (backup_on_open, in the window's thread).
    backup_pending: bool = False
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def over(cls, db: Database) -> Services:
        notifier = ChangeNotifier()
        delegations = DelegationService(db, notifier)
        events = EventService(db, notifier)
        return cls(
            db=db,
            notifier=notifier,
            commune=CommuneService(db, notifier),
            partners=PartnerService(db, notifier),
            events=events,
            budget=BudgetService(db, notifier),
            delegations=delegations,
            people=PeopleService(db, notifier),
            reports=ReportService(db, notifier, delegations),
            activity=ActivityService(db),
            operations=Operations(db, notifier),
            calendar=CalendarService(db, events, delegations),
        )

    @classmethod
    def open(
        cls,
        path: Path | str,
        backup_dir: Path | None = None,
        *,
        read_only: bool = False,
        force: bool = False,
        automatic_backups: bool = False,
        password: str | None = None,
        backup_later: bool = False,
    ) -> Services:
        """Open a file, or a shared database (``postgresql://…``), for the GUI or the CLI.

        ``automatic_backups`` (the GUI) copies the file on open and on close, rotated;
        ``force`` takes over a lock held by someone else; ``read_only`` writes nothing.
        A shared database has no lock (the server's row locks and the version counters
        stand in) and no file backups (``twinning-desk copy`` to a dated file does).
        ``backup_later``: the copy made on opening is left to :meth:`backup_on_open`,
        which the window runs in a thread once it is shown (a large file's copy and the
        rotation take a second; the integrity check still runs first, here).
        """
        if is_server_url(path):
            return cls._open_shared(
                str(path), read_only=read_only, password=password, backup_dir=backup_dir
            )
        path = Path(path).expanduser().resolve()
        check_file(path)
        existing = path.exists() and path.stat().st_size > 0
        if existing:
            ensure_sound(path)
        lock = None
        if not read_only:
            lock = DatabaseLock(path)
            lock.acquire(force=force)
        warnings: list[TwinningError] = []
        try:
            later = backup_later and existing and automatic_backups and backup_dir is not None
            if later or read_only:
                pass
            elif existing and automatic_backups and backup_dir is not None:
                try:
                    backups.make_backup(path, backup_dir, "open")
                    backups.rotate(path, backup_dir)
                except (DatabaseOpenError, OSError) as exc:
                    # A full backup disk must not lock the committee out of its own file.
                    log.warning("Backup on open failed: %s", exc)
                    warnings.append(exc if isinstance(exc, TwinningError) else _os_error(exc))
            db = open_database(
                path,
                backups.folder_for(path, backup_dir) if backup_dir else None,
                read_only=read_only,
                check=False,
            )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        services = cls.over(db)
        if not read_only:
            services.budget.seed_chart()
        services.backup_dir = backup_dir
        services.lock = lock
        services.backup_on_close = automatic_backups and not read_only
        services.backup_pending = bool(later) and not read_only
        if db.recreated_from is not None:
            warnings.append(
                TwinningError(
                    Message(
                        "Database",
                        QT_TRANSLATE_NOOP(
                            "Database",
                            "{path} had been left half-created (the program was stopped while "
                            "creating it) and held no data: it was created again. The "
                            "unfinished file was kept as {kept}.",
                        ),
                        {"path": str(path), "kept": str(db.recreated_from)},
                    )
                )
            )
        services.warnings = warnings
        return services

    @classmethod
    def _open_shared(
        cls, address: str, *, read_only: bool, password: str | None, backup_dir: Path | None
    ) -> Services:
        from twinning_desk.db.server import open_server_database, server_url
        from twinning_desk.services.passwords import stored_password

        if password is None and server_url(address).password is None:
            # Kept by the keyring at the last connection; libpq still reads PGPASSWORD
            # and ~/.pgpass when there is none.
            password = stored_password(address)
        db = open_server_database(address, password=password, read_only=read_only)
        services = cls.over(db)
        services.backup_dir = backup_dir
        if not db.read_only:
            services.budget.seed_chart()
        return services

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def backup_now(self, reason: str = "manual") -> Path:
        if self.backup_dir is None:
            raise DatabaseOpenError(
                Message("Database", QT_TRANSLATE_NOOP("Database", "No backup folder is set."))
            )
        if self.db.shared:
            # A shared database: a checked copy to a dated SQLite file the committee keeps.
            from twinning_desk.services.copying import backup_to_file

            self.backup_dir.mkdir(parents=True, exist_ok=True)
            report = backup_to_file(self.db.engine, self.db.label, self.db.name, self.backup_dir)
            return Path(report.target)
        target = backups.make_backup(self.db.file, self.backup_dir, reason)
        backups.rotate(self.db.file, self.backup_dir)
        return target

    def save_copy(self, target: Path) -> Path:
        """File › Save a copy: the file copied as it is now, or a shared database copied
        (checked) to a new SQLite file — a committee can always take its data home."""
        if self.db.shared:
            from twinning_desk.services.copying import copy_database, source_of

            copy_database(source_of(self.db.engine, self.db.label), target, replace_file=True)
            return target
        return backups.export_copy(self.db.file, target)

    def backup_on_open(self) -> TwinningError | None:
        """The copy on opening, when it was left for later: safe beside the window's reads
        and writes (SQLite's online backup API reads a consistent snapshot). Returns the
        problem to show, if any; a failed backup never closes the file."""
        if not self.backup_pending or self.backup_dir is None or self.db.path is None:
            return None
        self.backup_pending = False
        try:
            backups.make_backup(self.db.path, self.backup_dir, "open")
            backups.rotate(self.db.path, self.backup_dir)
        except (DatabaseOpenError, OSError) as exc:
            log.warning("Backup on open failed: %s", exc)
            return exc if isinstance(exc, TwinningError) else _os_error(exc)
        return None

    def list_backups(self) -> list[backups.BackupInfo]:
        if self.backup_dir is None or self.db.path is None:
            return []
        return backups.list_backups(self.db.path, self.backup_dir)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self.backup_on_close and self.backup_dir is not None and self.db.path:
                backups.make_backup(self.db.path, self.backup_dir, "quit")
                backups.rotate(self.db.path, self.backup_dir)
        except (DatabaseOpenError, OSError) as exc:
            log.warning("Backup on close failed: %s", exc)
        finally:
            self.db.close()
            if self.lock is not None:
                self.lock.release()


def restore_backup(services: Services, backup: Path) -> Services:
    """Replace the open file with a backup; the current state is backed up first, so the
    restore itself can be undone from the same list. Returns the reopened services."""
    path, backup_dir = services.db.file, services.backup_dir
    backups.check_backup(backup)
    automatic = services.backup_on_close
    if backup_dir is not None and backups.integrity_problem(path) is None:
        backups.make_backup(path, backup_dir, "before-restore")
    services.backup_on_close = False  # the copy above already holds the current state
    services.close()
    backups.restore_file(backup, path)
    return Services.open(path, backup_dir, automatic_backups=automatic)
