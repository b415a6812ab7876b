"""Backups of the committee's file: consistent copies, a rotation, and restore.

Copies go through SQLite's online backup API, so they are consistent even while the app
has the file open. Each database gets its own folder under the backup directory (named
after the file and a hash of its path), so two committees' files never mix. The rotation
keeps the ten newest copies, and the newest copy of each of the last 7 days and of each of
the last 8 weeks.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from twinning_desk.db.database import (
    SQLITE_HEADER,
    CorruptDatabaseError,
    DatabaseOpenError,
    _quick_check,
    copy_database,
    read_only_uri,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

KEEP_RECENT = 10  # a day's open/quit copies, so this morning's state stays reachable
KEEP_DAILY = 7
KEEP_WEEKLY = 8
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    partners: int | None
    events: int | None
    delegations: int | None
    budget_lines: int | None

    @property
    def readable(self) -> bool:
        return self.partners is not None


def folder_for(db_path: Path, backup_root: Path) -> Path:
    resolved = str(Path(db_path).expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return backup_root / f"{Path(db_path).stem}-{digest}"


def integrity_problem(path: Path) -> str | None:
    """SQLite's own verdict on the file (``quick_check``); None when it is sound."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return "not an SQLite database"
    except OSError as exc:
        return str(exc)
    return _quick_check(path)


def _counts(path: Path) -> tuple[int | None, int | None, int | None, int | None]:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:

            def count(table: str) -> int:
                return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

            return count("partner"), count("event"), count("delegation"), count("budget_line")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None, None, None, None


def make_backup(
    db_path: Path, backup_root: Path, reason: str = "manual", now: datetime | None = None
) -> Path:
    """Copy the database into its backup folder; returns the new file."""
    now = now or datetime.now()
    folder = folder_for(db_path, backup_root)
    target = folder / f"{Path(db_path).stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / f"{Path(db_path).stem}-{now:%Y%m%d-%H%M%S}-{reason}-{n}.sqlite3"
    try:
        copy_database(Path(db_path), target)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise DatabaseOpenError(
            Message(
                "Database",
                QT_TRANSLATE_NOOP("Database", "The backup to {path} failed: {reason}"),
                {"path": str(target), "reason": str(exc)},
            )
        ) from exc
    return target


def export_copy(db_path: Path, target: Path) -> Path:
    """A consistent copy to a place the user chose (a USB stick), written atomically."""
    copy_database(Path(db_path), Path(target))
    return Path(target)


def list_backups(db_path: Path, backup_root: Path) -> list[BackupInfo]:
    """Newest first, with what each copy holds."""
    folder = folder_for(db_path, backup_root)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*.sqlite3"):
        m = _NAME.match(path.name)
        if not m:
            continue
        created = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        partners, events, delegations, lines = _counts(path)
        found.append(
            BackupInfo(
                path,
                created,
                m["reason"] or "manual",
                path.stat().st_size,
                partners,
                events,
                delegations,
                lines,
            )
        )
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def rotate(
    db_path: Path,
    backup_root: Path,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    keep_recent: int = KEEP_RECENT,
) -> list[Path]:
    """Delete the copies the rotation does not keep; returns what was deleted."""
    backups = list_backups(db_path, backup_root)
    if not backups:
        return []
    keep: set[Path] = {b.path for b in backups[: max(1, keep_recent)]}
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for b in backups:  # newest first: the first seen of a day or week is its newest
        days.setdefault(b.created.date(), b.path)
        iso = b.created.isocalendar()
        weeks.setdefault((iso[0], iso[1]), b.path)
    keep.update(path for _day, path in sorted(days.items(), reverse=True)[:keep_daily])
    keep.update(path for _week, path in sorted(weeks.items(), reverse=True)[:keep_weekly])
    deleted = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def check_backup(backup: Path) -> None:
    """Refuse a damaged backup before anything is closed or replaced."""
    problem = integrity_problem(backup)
    if problem:
        raise CorruptDatabaseError(
            Message(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database", "The backup {path} is damaged ({reason}); nothing was restored."
                ),
                {"path": str(backup), "reason": problem},
            )
        )


def restore_file(backup: Path, db_path: Path) -> None:
    """Replace the database's content with a backup's, after checking the backup.

    The caller closes every connection first and backs up the current file, so that the
    restore itself can be undone.
    """
    check_backup(backup)
    db_path = Path(db_path)
    tmp = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp.replace(db_path)


def restore_last_good(db_path: Path, backup_root: Path) -> BackupInfo | None:
    """For a damaged file: keep it aside (renamed, never deleted) and put back the newest
    backup that passes the integrity check. None when no backup is sound."""
    db_path = Path(db_path)
    for info in list_backups(db_path, backup_root):
        if integrity_problem(info.path) is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            if db_path.exists():
                db_path.replace(
                    db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
                )
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            restore_file(info.path, db_path)
            return info
    return None
