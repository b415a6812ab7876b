"""A committee's shared database on a PostgreSQL server, opened like the SQLite file.

What SQLite needs and a server does not, and what stands in for it here:

- PRAGMAs (foreign keys, WAL, busy timeout): PostgreSQL always checks foreign keys and
  lets writers wait on row locks; nothing to set.
- ``mode=ro``: a reader opens with ``default_transaction_read_only``; a role without
  write grants is detected and opened read-only whatever was asked.
- The lock file: the server takes row locks; several people work at once, and a record
  changed meanwhile is caught by its version counter (conflict, never a lost update).
- File backups before an upgrade: PostgreSQL changes the schema inside the transaction,
  so a failed upgrade leaves the database as it was; backups are ``twinning-desk copy``
  to a dated SQLite file, or ``pg_dump`` (README).
- The integrity check (``PRAGMA quick_check``): the server's job, skipped.
- The folded search key is a plain column computed in Python, the same on both.

Qt-free: the window wraps :class:`ChangeListener` in a signal.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import threading
import unicodedata
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from twinning_desk.db import changes
from twinning_desk.db.database import (
    Database,
    DatabaseOpenError,
    alembic_config,
    head_revision,
    refuse_foreign_schema,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

CTX = "Database"
DRIVER = "postgresql+psycopg"
# Older servers lack what the migrations use (identity columns, procedures); 12 is the
# oldest still supported by the PostgreSQL project when this was written.
OLDEST_SERVER = 120000
CHANNEL = "twinning_desk"
APP_NAME_PREFIX = "Twinning Desk"
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
# Upgrades by two people opening at once run one after the other.
UPGRADE_LOCK = 0x7477696E  # "twin"

# Which views each table's changes concern (the notifier's topics).
TOPICS: dict[str, str] = {
    "partner": "partners",
    "agreement": "partners",
    "contact": "partners",
    "partner_themes": "partners",
    "theme": "partners",
    "follow_up": "partners",
    "event": "events",
    "event_partners": "events",
    "event_themes": "events",
    "event_actors": "events",
    "event_participant_count": "events",
    "local_actor": "events",
    "delegation": "delegations",
    "delegation_member": "delegations",
    "programme_item": "delegations",
    "hosting_assignment": "delegations",
    "household": "delegations",
    "person": "delegations",
    "mission_report": "delegations",
    "budget_line": "budget",
    "budget_year": "budget",
    "budget_category": "budget",
    "funding_source": "budget",
    "subsidy": "budget",
    "commune": "commune",
    "setting": "commune",
}


def _message(text_: str, label: str, **params: Any) -> Message:
    return Message(CTX, text_, {"path": label, **params})


def server_url(value: str, password: str | None = None) -> URL:
    """The address the engine is given: psycopg 3, the password, TLS unless local.

    ``sslmode=require`` for any host that is not this computer: a committee's password and
    its members' personal data must not cross a network in clear. A local server (or a
    Unix socket) is left as libpq would."""
    try:
        url = make_url(value.strip().replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise DatabaseOpenError(
            _message(
                QT_TRANSLATE_NOOP("Database", "{path} is not a database address: {reason}"),
                value,
                reason=str(exc),
            )
        ) from exc
    url = url.set(drivername=DRIVER)
    if password:
        url = url.set(password=password)
    host = url.host or ""
    query = dict(url.query)
    if "sslmode" not in query and host not in LOCAL_HOSTS and not host.startswith("/"):
        query["sslmode"] = "require"
    return url.set(query=query)


def display_url(url: URL) -> str:
    """The address people read: no password, no driver name."""
    # URL.set() takes None for "unchanged": the password is dropped by building anew.
    shown = URL.create(
        "postgresql", url.username, None, url.host, url.port, url.database, url.query
    )
    return shown.render_as_string(hide_password=False)


def server_error(exc: BaseException, label: str) -> DatabaseOpenError:
    """What went wrong reaching the server, in words, from libpq's message."""
    reason = str(getattr(exc, "orig", None) or exc).strip()
    low = reason.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The server of {path} refused the user name or the password. Check them, "
            "then try again.",
        )
    elif "does not support ssl" in low or "ssl" in low and ("refused" in low or "negotiat" in low):
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The server of {path} does not accept an encrypted (TLS) connection. Ask its "
            "administrator to turn TLS on; turn encryption off only on a network you trust.",
        )
    elif "database" in low and "does not exist" in low:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The server has no database by the name given in {path}. Check the name, or ask "
            "the server's administrator to create it.",
        )
    elif "permission denied" in low:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The user of {path} may not use this database ({reason}). Ask the server's "
            "administrator for access.",
        )
    elif (
        "connection refused" in low
        or "could not connect" in low
        or "timeout" in low
        or "could not translate host name" in low
        or "name or service not known" in low
        or "no route to host" in low
        or "network is unreachable" in low
        or "connection failed" in low
    ):
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The server of {path} cannot be reached: it is stopped, or the address, port "
            "or network is wrong. Nothing was changed.",
        )
    else:
        message = QT_TRANSLATE_NOOP("Database", "{path} cannot be opened: {reason}")
    return DatabaseOpenError(_message(message, label, reason=reason))


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET default_transaction_read_only = on")
    cursor.close()
    dbapi_connection.commit()


def application_name() -> str:
    """Shown by the server to the others: who is connected, from which computer."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):
        who = "?"
    # The process id tells two windows on one computer apart; it is not shown.
    # ASCII only: the server replaces anything else in an application name by "?".
    plain = unicodedata.normalize("NFKD", f"{who}@{socket.gethostname()}")
    plain = plain.encode("ascii", "ignore").decode()
    return f"{APP_NAME_PREFIX}: {plain}"[:54] + f" [{os.getpid()}]"


# The name each engine's connections carry, fixed when it was made (the listener's own
# connection carries the same, so that it is not counted as someone else).
_NAMES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def make_server_engine(url: URL, read_only: bool = False) -> Engine:
    name = application_name()
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=3,
        max_overflow=2,
        connect_args={"connect_timeout": 10, "application_name": name},
    )
    _NAMES[engine] = name
    if read_only:
        event.listen(engine, "connect", _on_connect_read_only)
    return engine


def _may_write(connection: Any) -> bool:
    """A role granted SELECT only (the mayor who prints) opens read-only."""
    row = connection.execute(
        text(
            "SELECT has_table_privilege(current_user, 'partner', 'INSERT') "
            "AND has_table_privilege(current_user, 'partner', 'UPDATE')"
        )
    ).scalar()
    return bool(row)


def _stored_revision(connection: Any) -> str | None:
    if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()  # type: ignore[no-any-return]


def _has_other_tables(connection: Any) -> bool:
    count = connection.execute(
        text(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    ).scalar()
    return bool(count)


def open_server_database(
    address: str, password: str | None = None, read_only: bool = False
) -> Database:
    """Connect, check the server and the schema, create or upgrade it, and say who we are.

    Every refusal is a :class:`DatabaseOpenError` in words, and nothing is written before
    the checks pass: an unknown revision (a newer Twinning Desk) is refused unchanged."""
    url = server_url(address, password)
    label = display_url(url)
    engine = make_server_engine(url, read_only)
    try:
        with engine.connect() as connection:
            version = int(connection.execute(text("SHOW server_version_num")).scalar() or 0)
            if version < OLDEST_SERVER:
                raise DatabaseOpenError(
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Database",
                            "The server of {path} runs PostgreSQL {version}, older than "
                            "version 12, the oldest Twinning Desk supports. Ask its "
                            "administrator to upgrade it.",
                        ),
                        label,
                        version=f"{version // 10000}.{version % 10000 // 100}"
                        if version < 100000
                        else str(version // 10000),
                    )
                )
            revision = _stored_revision(connection)
            refuse_foreign_schema(revision, _has_other_tables(connection), label, shared=True)
            writable = _may_write(connection) if revision is not None else True
            connection.rollback()
        if not writable:
            read_only = True
            engine.dispose()
            engine = make_server_engine(url, read_only=True)
        if revision != head_revision():
            if read_only:
                raise DatabaseOpenError(
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Database",
                            "{path} was made by an older version and must be upgraded, "
                            "which a reader may not do. Ask someone who may write to open "
                            "it once with this version.",
                        ),
                        label,
                    )
                )
            _upgrade(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise server_error(exc, label) from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    instance = uuid.uuid4().hex
    factory.configure(info={"instance": instance})
    # Which tables each transaction wrote, for the NOTIFY sent at its commit.
    event.listen(factory, "before_flush", _note_flush)
    event.listen(factory, "do_orm_execute", _note_statement)
    db = Database(
        path=None,
        engine=engine,
        session_factory=factory,
        read_only=read_only,
        url=label,
        instance=instance,
    )
    db.announce = announce
    return db


def _upgrade(engine: Engine) -> None:
    """Create or upgrade the schema in one transaction (PostgreSQL's DDL is transactional:
    a failed upgrade leaves the database as it was), one opener at a time."""
    from alembic import command

    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        # Someone else may have upgraded while we waited for the lock.
        if _stored_revision(connection) != head_revision():
            command.upgrade(alembic_config(connection), "head")


# ------------------------------------------------------------------ telling the others


def touched_tables(session: Session) -> set[str]:
    return session.info.setdefault("touched_tables", set())  # type: ignore[no-any-return]


def _note_flush(session: Session, _context: Any, _instances: Any) -> None:
    tables = touched_tables(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__table__", None)
        if table is not None:
            tables.add(table.name)


def _note_statement(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and getattr(table, "name", None):
            touched_tables(state.session).add(table.name)


def announce(session: Session, done: changes.ChangeSet | None) -> None:
    """Inside the transaction: a NOTIFY is delivered at commit, and only if it commits."""
    tables = set(touched_tables(session))
    if done is not None:
        tables |= {row.table for row in done.rows}
    if not tables:
        return
    topics = sorted({TOPICS.get(name, "all") for name in tables})
    payload = json.dumps({"from": session.info.get("instance"), "topics": topics})
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


class ChangeListener:
    """A thread holding one connection that LISTENs, and calls ``on_change(topics)`` for
    every change another program committed (never for our own)."""

    def __init__(self, db: Database, on_change: Callable[[list[str]], None]) -> None:
        self.db = db
        self.on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: Any = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="twinning-listen", daemon=True)
        self._thread.start()

    def _connect(self) -> Any:
        import psycopg

        url = self.db.engine.url.set(drivername="postgresql")
        return psycopg.connect(
            url.render_as_string(hide_password=False),
            autocommit=True,
            connect_timeout=10,
            application_name=_NAMES.get(self.db.engine, application_name()),
        )

    def _run(self) -> None:
        import psycopg

        me = self.db.instance
        while not self._stop.is_set():
            try:
                self._connection = self._connect()
                self._connection.execute(f"LISTEN {CHANNEL}")
                while not self._stop.is_set():
                    for note in self._connection.notifies(timeout=0.5):
                        topics = self._topics(note.payload, me)
                        if topics:
                            self.on_change(topics)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                log.warning("Listening for others' changes stopped: %s", exc)
                self._stop.wait(5)
            finally:
                with contextlib.suppress(Exception):
                    if self._connection is not None:
                        self._connection.close()
                self._connection = None

    @staticmethod
    def _topics(payload: str, me: str) -> list[str]:
        try:
            data = json.loads(payload)
        except ValueError:
            return ["all"]
        if data.get("from") == me:
            return []
        return [str(t) for t in data.get("topics", ["all"])]

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)


def connected_others(db: Database) -> list[str]:
    """Who else has this database open in Twinning Desk, as the server sees them."""
    if not db.shared:
        return []
    with db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT DISTINCT application_name FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND application_name LIKE :prefix "
                "AND application_name <> current_setting('application_name')"
            ),
            {"prefix": APP_NAME_PREFIX + ": %"},
        ).scalars()
        return sorted({name.split(": ", 1)[1].rsplit(" [", 1)[0] for name in rows if name})
