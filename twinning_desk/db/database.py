"""Opening the committee's SQLite file: checks, backup before upgrade, migrations.

The engine is created here, from ``main()`` through :func:`open_database`, never at import.
Every connection gets foreign keys and the WAL journal from a connect listener.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from twinning_desk.core.errors import FIELD_LABELS, TwinningError
from twinning_desk.db import changes
from twinning_desk.db.models import Base
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
CTX = "Database"


class DatabaseOpenError(TwinningError):
    """The file cannot be opened as a Twinning Desk database; the message says why."""


class CorruptDatabaseError(DatabaseOpenError):
    """SQLite's integrity check failed: offer the last good backup, never overwrite."""


class StorageError(TwinningError):
    """A write failed for a reason outside the app (full disk, read-only file, lock)."""


def storage_error(exc: Exception, path: Path | str) -> StorageError:
    text = str(exc).lower()
    if (
        "server closed the connection" in text
        or "terminating connection" in text
        or "connection is closed" in text
        or "consuming input failed" in text
        or "connection to server" in text
        or "ssl syscall error" in text
    ):
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The connection to {path} was lost: nothing was saved. Check the network, "
            "then save again; what you typed is still there.",
        )
    elif "read-only transaction" in text or "permission denied" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "You may only read {path}: nothing was saved. Ask the committee's "
            "administrator for the right to write.",
        )
    elif "full" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The disk holding {path} is full: nothing was saved. Free some space, then try again.",
        )
    elif "readonly" in text or "read-only" in text or "read only" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "{path} is open read-only: nothing was saved. Open a copy you can write to.",
        )
    elif "unable to open" in text or "permission" in text or "disk i/o" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "{path} cannot be written to (no permission, or its drive was removed): nothing "
            "was saved. Check that the drive or network folder is still there.",
        )
    elif "locked" in text or "busy" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "{path} is busy (another program is writing to it): nothing was saved. Try again "
            "in a moment.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Database", "Writing to {path} failed ({reason}): nothing was saved."
        )
    return StorageError(Message(CTX, message, {"path": str(path), "reason": str(exc)}))


def integrity_error(exc: Exception) -> StorageError:
    """A constraint of the file refused the change, said in words.

    The services check values first, so this is a race (two windows, the command line)
    or a bug; either way the person gets what was refused, not SQL."""
    text = str(exc).lower()
    column = ""
    for marker in ("constraint failed: ", 'in column "'):
        if marker in text:
            rest = text.split(marker, 1)[1].split("\n")[0]
            column = rest.split(",")[0].split('"')[0].split(".")[-1].strip()
    field = Message("Validation", FIELD_LABELS.get(column, column or "?"))
    if "unique" in text or "duplicate key" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "Another record already has this value ({field}): nothing was saved.",
        )
    elif "foreign key" in text:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "This change would break a link between records (one is still in use, or was "
            "deleted meanwhile): nothing was saved.",
        )
    elif "not null" in text or "null value" in text:
        message = QT_TRANSLATE_NOOP(
            "Database", "A required value is missing ({field}): nothing was saved."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Database", "The file refused a value ({reason}): nothing was saved."
        )
    return StorageError(Message(CTX, message, {"field": field, "reason": str(exc)}))


def _message(text: str, path: Path, **params: Any) -> Message:
    return Message(CTX, text, {"path": str(path), **params})


def alembic_config(connection: Any = None) -> Config:
    # Alembic is imported only when a migration runs: importing it costs half a second
    # at every start, and a file already at the head revision needs none of it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w.-]+|None)['\"]?", re.M)


def _revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one before it, read from the scripts' text.

    Alembic's ScriptDirectory gives the same answer (a test compares them) but needs
    Alembic imported; opening a file already at the head revision needs only this."""
    graph: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((m[0], m[1]) for m in _REVISION.findall(script.read_text("utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off, then check them.

    SQLite alters a table by copying it and dropping the old one; with foreign keys on,
    dropping ``partner`` would cascade and delete every agreement. The pragma cannot
    change inside a transaction, so it is set before and restored after.
    """
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            from alembic import command

            command.upgrade(alembic_config(connection), "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade left broken references: {broken[:5]}")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def _on_read_only_medium(path: Path) -> bool:
    """A write-protected stick or a read-only share: SQLite cannot even create the WAL
    index there, and would call a sound file unopenable."""
    return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading, wherever it is.

    On read-only media, immutable=1: nothing can change the file under us, so SQLite
    needs no lock and no WAL index beside it (which it could not create there).
    """
    flags = "mode=ro&immutable=1" if _on_read_only_medium(path) else "mode=ro"
    return f"file:{path}?{flags}"


def make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        engine = create_engine(f"sqlite:///{read_only_uri(path)}&uri=true", future=True)
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


_batches = threading.local()


@dataclass
class Database:
    """An open database; services share it and open one session per user action.

    Either a committee's SQLite file (``path``) or a shared PostgreSQL database (``url``,
    its address without the password): the services see no difference."""

    path: Path | None
    engine: Engine
    session_factory: sessionmaker[Session]
    upgraded_from: str | None = None
    backup_before_upgrade: Path | None = None
    read_only: bool = False
    # A half-created file found in its place was moved here and the file made anew.
    recreated_from: Path | None = None
    # Told of every committed transaction not inside a recorded action (the GUI's undo
    # history takes each as an action of its own); None: nobody listens.
    journal: Callable[[changes.ChangeSet], None] | None = None
    # The shared database's address, password left out (None: an SQLite file).
    url: str | None = None
    # Tells this opening's own change notices from others' (two windows, one process).
    instance: str = field(default_factory=lambda: uuid.uuid4().hex)
    # Told after each commit on a shared database, so the others' windows refresh.
    announce: Callable[[Session, changes.ChangeSet | None], None] | None = None
    # The connection change_count() asks (opened when first asked), and its lock.
    _watcher: sqlite3.Connection | None = field(default=None, repr=False)
    _watching: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def shared(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """What the person reads in titles and messages: the file, or base@server."""
        if self.path is not None:
            return str(self.path)
        assert self.url is not None
        return self.url

    @property
    def location(self) -> Path | str:
        """What File › Recent files keeps: the file's path, or the server's address."""
        return self.path if self.path is not None else self.label

    @property
    def name(self) -> str:
        """Short, for a window title: the file's name, or the database's name."""
        if self.path is not None:
            return self.path.name
        return self.label.rsplit("/", 1)[-1].split("?", 1)[0]

    @property
    def file(self) -> Path:
        """The SQLite file, for what only a file has (lock, file backups, copy)."""
        if self.path is None:
            raise DatabaseOpenError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{path} is a shared database on a server, not a file: this is "
                        'done on the server (see the README, "Shared database").',
                    ),
                    {"path": self.label},
                )
            )
        return self.path

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction: all of it is written, or nothing."""
        if self.read_only:
            raise StorageError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{path} is open read-only: nothing was saved. Open a copy you can "
                        "write to.",
                    ),
                    {"path": self.label},
                )
            )
        shared = self._batch_session()
        if shared is not None:
            # Inside a batch: one transaction for all, committed (or not) by the batch.
            yield shared
            shared.flush()
            return
        recording = changes.active()
        if recording is None and self.journal is not None and not changes.is_paused():
            recording = changes.ChangeSet()
            journal = self.journal
        else:
            journal = None
        done: changes.ChangeSet | None = None
        try:
            with self.session_factory() as session, session.begin():
                tracker = changes.Tracker(session) if recording is not None else None
                try:
                    yield session
                    done = tracker.finish() if tracker is not None else None
                    if self.announce is not None:
                        session.flush()
                        self.announce(session, done)
                finally:
                    if tracker is not None:
                        tracker.close()
        except IntegrityError as exc:
            raise integrity_error(exc) from exc
        except OperationalError as exc:
            raise storage_error(exc, self.label) from exc
        except DBAPIError as exc:
            if not self.shared:
                raise
            raise storage_error(exc, self.label) from exc
        # Committed: only now does it belong to the action being recorded.
        if recording is not None and done is not None:
            recording.extend(done)
            if journal is not None and recording:
                journal(recording)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        shared = self._batch_session()
        if shared is not None:
            yield shared  # sees what the batch wrote so far
            return
        with self.session_factory() as session:
            yield session

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls as one transaction: all of it is written, or none.

        For work made of many saves that must not stop half-way (the demo commune: killed
        after six partners, it used to leave a file the demo then refused to fill)."""
        if self._batch_session() is not None:
            yield
            return
        with self.transaction() as session:
            _batches.sessions[id(self)] = session
            try:
                yield
            finally:
                del _batches.sessions[id(self)]

    def _batch_session(self) -> Session | None:
        if not hasattr(_batches, "sessions"):
            _batches.sessions = {}
        return _batches.sessions.get(id(self))  # type: ignore[no-any-return]

    def change_count(self) -> int | None:
        """A number that changes whenever anyone commits to the file: this process, or
        another program writing to it (a window that opened it read-only, one that took
        it over, the command line). For what a service keeps in memory between changes.

        SQLite's ``PRAGMA data_version``, asked on a connection of its own: its answers
        compare only with the same connection's earlier ones. None on a shared server,
        whose changes are announced (:attr:`announce`) instead."""
        if self.path is None:
            return None
        with self._watching:
            if self._watcher is None:
                self._watcher = sqlite3.connect(
                    read_only_uri(self.path), uri=True, check_same_thread=False
                )
            try:
                return int(self._watcher.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None  # unreadable now: the reading that follows says why

    def close(self) -> None:
        with self._watching:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        self.engine.dispose()


def _read_revision(path: Path) -> tuple[str | None, bool]:
    """The file's Alembic revision, and whether it holds any table at all."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        conn.close()


def _half_created(path: Path) -> bool:
    """Left by a creation that was stopped (an older version created the tables one by
    one): only our tables, every one of them empty. It holds no user data."""
    ours = set(Base.metadata.tables) | {"alembic_version", "sqlite_sequence"}
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        if not tables or not set(tables) <= ours:
            return False
        return all(
            conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0
            for name in tables
            if name != "sqlite_sequence"
        )
    finally:
        conn.close()


def _create(path: Path) -> None:
    """A new file is built under a temporary name beside the target and renamed into
    place: killed half-way, it leaves a stray temporary file, never a half database."""
    temporary = path.with_name(f".{path.name}.creating-{os.getpid()}")
    # Left by a creation that was killed: never user data.
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        leftover.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{temporary}")
    try:
        _upgrade(engine)
    finally:
        engine.dispose()
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _has_data(path: Path) -> bool:
    """Something to keep: the file, or a write-ahead log not yet folded into it."""
    wal = Path(f"{path}-wal")
    return (path.exists() and path.stat().st_size > 0) or (wal.exists() and wal.stat().st_size > 0)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API, safe while others read it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def check_file(path: Path) -> None:
    """Refuse, with a clear reason, a file that is not an SQLite database."""
    if path.is_dir():
        raise DatabaseOpenError(
            _message(QT_TRANSLATE_NOOP("Database", "{path} is a folder, not a file."), path)
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise DatabaseOpenError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Database", "{path} is not a Twinning Desk database (not an SQLite file)."
                    ),
                    path,
                )
            )


def refuse_foreign_schema(
    revision: str | None, other_tables: bool, where: Path | str, shared: bool
) -> None:
    """Refuse, before anything is written, a database holding another application's
    tables or written by a newer Twinning Desk: half understood, it would be damaged.
    The same rule for a file and for a server's database, said in each one's words."""
    if revision is None and other_tables:
        text = (
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} holds another application's tables, not a Twinning "
                "Desk database. Choose an empty database or a committee's.",
            )
            if shared
            else QT_TRANSLATE_NOOP(
                "Database",
                "{path} is an SQLite file from another application, "
                "not a Twinning Desk database.",
            )
        )
        raise DatabaseOpenError(Message(CTX, text, {"path": str(where)}))
    if revision is not None and revision not in known_revisions():
        text = (
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} was written by a newer version of Twinning Desk. "
                "Install the newer version to open it; the database was not "
                "changed.",
            )
            if shared
            else QT_TRANSLATE_NOOP(
                "Database",
                "{path} was written by a newer version of Twinning Desk. "
                "Install the newer version to open it; the file was not changed.",
            )
        )
        raise DatabaseOpenError(Message(CTX, text, {"path": str(where)}))


def open_database(
    path: Path, backup_dir: Path | None = None, read_only: bool = False, check: bool = True
) -> Database:
    """Open (creating if needed) and upgrade the file, copying it aside before an upgrade.

    A file written by a newer Twinning Desk is refused rather than half understood; a file
    that fails SQLite's integrity check is refused before anything writes to it.
    """
    path = Path(path).expanduser().resolve()
    check_file(path)
    if read_only and not path.exists():
        raise DatabaseOpenError(
            _message(QT_TRANSLATE_NOOP("Database", "{path} does not exist."), path)
        )
    if check and path.exists() and path.stat().st_size > 0:
        ensure_sound(path)
    head = head_revision()
    revision: str | None = None
    upgraded_from: str | None = None
    backup: Path | None = None
    recreated_from: Path | None = None
    if not read_only and path.exists() and path.stat().st_size > 0:
        try:
            if _half_created(path):
                # Moved aside, not deleted: it is empty, but nothing is ever thrown away.
                recreated_from = path.with_name(f"{path.name}.half-created")
                os.replace(path, recreated_from)
        except (sqlite3.DatabaseError, OSError):
            recreated_from = None
    if _has_data(path):
        try:
            revision, has_tables = _read_revision(path)
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(
                _message(
                    QT_TRANSLATE_NOOP("Database", "{path} cannot be read: {reason}"),
                    path,
                    reason=str(exc),
                )
            ) from exc
        refuse_foreign_schema(revision, has_tables, path, shared=False)
        if revision is not None and revision != head:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            folder = backup_dir or path.parent
            backup = folder / f"{path.stem}-{stamp}-before-upgrade.sqlite3"
            copy_database(path, backup)
            upgraded_from = revision
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                _message(
                    QT_TRANSLATE_NOOP("Database", "{path} cannot be created: {reason}"),
                    path,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
    if read_only and revision != head:
        raise DatabaseOpenError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} was made by an older version and must be upgraded, which a "
                    "read-only file does not allow. Open a copy you can write to.",
                ),
                path,
            )
        )
    if not read_only and not _has_data(path):
        try:
            _create(path)
        except (OSError, OperationalError) as exc:
            raise DatabaseOpenError(
                _message(
                    QT_TRANSLATE_NOOP("Database", "{path} cannot be created: {reason}"),
                    path,
                    reason=getattr(exc, "strerror", None) or str(exc),
                )
            ) from exc
        revision = head
    engine = make_engine(path, read_only)
    try:
        if revision != head:
            _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseOpenError(storage_error(exc, path).message) from exc
    except Exception:
        engine.dispose()
        raise
    return Database(
        path=path,
        engine=engine,
        session_factory=sessionmaker(engine, expire_on_commit=False),
        upgraded_from=upgraded_from,
        backup_before_upgrade=backup,
        read_only=read_only,
        recreated_from=recreated_from,
    )


def ensure_sound(path: Path) -> None:
    """Refuse a file that fails SQLite's integrity check, before anything writes to it."""
    problem = _quick_check(path)
    if problem:
        raise CorruptDatabaseError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is damaged ({reason}). It was not changed. Restore the last "
                    "good backup, or choose another file.",
                ),
                path,
                reason=problem,
            )
        )


def _quick_check(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    verdict = "; ".join(str(r[0]) for r in rows[:5])
    return None if verdict == "ok" else verdict


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
