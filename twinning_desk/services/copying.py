"""A whole committee database copied between an SQLite file and a PostgreSQL server.

``twinning-desk copy SRC DST`` moves a committee to its shared server and back, and a
shared database is backed up as a dated SQLite file the same way. The promise: the target
holds exactly the source, or nothing at all.

- The tables come from the models' metadata (``Base.metadata.sorted_tables``, parents
  before children), never from a list written here: a migration that adds a table or a
  column is copied without a change to this module.
- The source is read in one snapshot (a read-only REPEATABLE READ transaction on the
  server; one SQLite read transaction), so a copy taken while others work is consistent.
- The target is written in one transaction: a new file is built under a temporary name and
  renamed into place once checked; a server database gets its schema and rows in the
  same transaction (PostgreSQL's DDL is transactional), so a failure half-way, a dropped
  connection or a refused row leaves it as it was.
- A target that holds anything is refused: only what opening a database seeds by itself
  (the chart of accounts) may be there, and is replaced by the source's.
- The source must be at this version's schema revision: an older file is upgraded by
  opening it once (which backs it up first), not silently by a copy.
- At the end, the rows are read back from the target inside its transaction and compared
  with the source's, table by table: the row count and a checksum computed the same way
  from the rows as Python values (so SQLite's text dates and PostgreSQL's dates, 0/1 and
  booleans, text and numeric decimals compare equal). Any difference and nothing is kept.
- Ids are kept, and each table's id counter (PostgreSQL sequence, SQLite's
  ``sqlite_sequence``) is set past the largest id the source ever handed out, so the next
  record does not collide and a deleted id is not reused.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Enum, Float, String, Table, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.sql import TableClause, column
from sqlalchemy.sql import table as table_clause

from twinning_desk.core.errors import TwinningError
from twinning_desk.db.database import (
    DatabaseOpenError,
    alembic_config,
    check_file,
    ensure_sound,
    head_revision,
    known_revisions,
    make_engine,
    open_database,
)
from twinning_desk.db.lock import DatabaseLock
from twinning_desk.db.models import Base
from twinning_desk.db.server import (
    UPGRADE_LOCK,
    display_url,
    make_server_engine,
    server_error,
    server_url,
)
from twinning_desk.db.urls import is_server_url
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.budget_chart import CHART

CTX = "Database"
# Rows sent to the target per statement: large enough to be quick on a server across a
# network, small enough that a table of scanned agreements never sits whole in memory.
BATCH_ROWS = 200
# Tables whose only rows a target may already hold: what opening a database writes by
# itself (the chart of accounts, seeded at every opening for writing). They are replaced.
SEEDED_TABLES = ("budget_category",)
# Named first when a target is refused for holding records: what people recognise.
TELLING = ("partner", "event", "delegation", "budget_line", "person")


class CopyError(TwinningError):
    """The copy was refused or failed; the target is as it was. The message says why."""


@dataclass(frozen=True)
class TableCheck:
    """One table as copied: its rows and the checksum of their values."""

    name: str
    rows: int
    checksum: str


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


# Told after each table is copied: (table, its rows, its position from 1, how many tables).
Progress = Callable[[str, int, int, int], None]


def _message(text_: str, **params: Any) -> Message:
    return Message(CTX, text_, params)


# ------------------------------------------------------------------ rows as values


def _raw_type(col: Any) -> Any:
    """The column's type as copied: an enumeration as its stored text, so that a value
    this version does not list (written by hand, or by an import "as written") is copied
    as it is rather than refused; every other type through its own conversion (dates,
    booleans, exact decimals), so both engines yield the same Python values."""
    if isinstance(col.type, Enum):
        return String()
    return col.type


def raw_table(table: Table) -> TableClause:
    return table_clause(table.name, *(column(c.name, _raw_type(c)) for c in table.columns))


def _key_columns(table: Table) -> list[str]:
    keys = [c.name for c in table.primary_key.columns]
    return keys or [c.name for c in table.columns]


def _canonical(value: Any, is_float: bool) -> bytes:
    """One value as bytes that do not depend on the engine it was read from."""
    if value is None:
        return b"N"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return b"B1" if value else b"B0"
    if isinstance(value, int) and is_float:
        value = float(value)
    if isinstance(value, int):
        return b"I" + str(value).encode()
    if isinstance(value, float):
        return b"F" + value.hex().encode()
    if isinstance(value, Decimal):
        # 1.50 and 1.5 are one amount; normalize() would print 100 as 1E+2, "f" does not.
        return b"D" + format(value.normalize(), "f").encode()
    if isinstance(value, datetime):
        return b"T" + value.isoformat().encode()
    if isinstance(value, date):
        return b"d" + value.isoformat().encode()
    if isinstance(value, time):
        return b"t" + value.isoformat().encode()
    if isinstance(value, bytes | bytearray | memoryview):
        return b"X" + hashlib.sha256(bytes(value)).digest()
    if isinstance(value, str):
        return b"S" + value.encode("utf-8", "surrogatepass")
    return b"?" + repr(value).encode()


class _TableDigest:
    """A table's checksum, fed row by row in any order: each row's digest is kept with
    its primary key, and the digests are hashed in key order at the end (the engines
    sort text differently, so the order is Python's, not SQL's)."""

    def __init__(self, table: Table) -> None:
        self.columns = sorted(c.name for c in table.columns)
        self.floats = {c.name for c in table.columns if isinstance(c.type, Float)}
        self.keys = _key_columns(table)
        self.rows: list[tuple[tuple[Any, ...], bytes]] = []

    def add(self, row: dict[str, Any]) -> None:
        digest = hashlib.sha256()
        for name in self.columns:
            value = _canonical(row[name], name in self.floats)
            digest.update(name.encode() + b"\x00" + len(value).to_bytes(8, "big") + value)
        key = tuple((v is None, v) for v in (row[k] for k in self.keys))
        self.rows.append((key, digest.digest()))

    def result(self, name: str) -> TableCheck:
        total = hashlib.sha256()
        for _key, digest in sorted(self.rows):
            total.update(digest)
        return TableCheck(name, len(self.rows), total.hexdigest())


def table_rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Every row of the table as a dict of Python values, streamed in key order."""
    raw = raw_table(table)
    order = [raw.c[name] for name in _key_columns(table)]
    # Streamed (a server-side cursor on PostgreSQL): a table of scanned documents is
    # never held whole. Set on the statement: on the connection it would stay.
    result = connection.execute(
        select(raw).order_by(*order).execution_options(yield_per=BATCH_ROWS)
    )
    for row in result:
        yield dict(row._mapping)


def table_check(connection: Connection, table: Table) -> TableCheck:
    digest = _TableDigest(table)
    for row in table_rows(connection, table):
        digest.add(row)
    return digest.result(table.name)


def database_checks(connection: Connection) -> list[TableCheck]:
    """Row count and checksum of every table of the models, the same way on both engines."""
    return [table_check(connection, t) for t in Base.metadata.sorted_tables]


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A table that refers to itself (a sub-account under its account): each row after
    the one it refers to, since the server checks every reference at once."""
    links = [
        (fk.parent.name, fk.column.name)
        for fk in table.foreign_keys
        if fk.column.table.name == table.name
    ]
    if not links:
        return rows
    present = {(parent, row[parent]) for row in rows for _child, parent in links}
    placed: set[tuple[str, Any]] = set()
    ordered: list[dict[str, Any]] = []
    waiting = rows
    while waiting:
        later = []
        for row in waiting:
            # A reference to a row that is not there is left for the server to refuse.
            ready = all(
                row[child] is None
                or (parent, row[child]) in placed
                or (parent, row[child]) not in present
                for child, parent in links
            )
            if ready:
                ordered.append(row)
                placed.update((parent, row[parent]) for _child, parent in links)
            else:
                later.append(row)
        if len(later) == len(waiting):  # a loop: let the server refuse it in words
            ordered.extend(later)
            break
        waiting = later
    return ordered


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ------------------------------------------------------------------ the two ends


@dataclass
class Source:
    """A database to read: an engine and the words that name it (never its password)."""

    engine: Engine
    label: str
    server: bool
    owned: bool = True  # opened here, disposed here

    def close(self) -> None:
        if self.owned:
            self.engine.dispose()


def open_source(location: str | Path) -> Source:
    """The file or the server database to copy from, opened for reading only."""
    if is_server_url(location):
        url = server_url(str(location))
        return Source(make_server_engine(url, read_only=True), display_url(url), server=True)
    path = Path(location).expanduser().resolve()
    check_file(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise CopyError(
            _message(QT_TRANSLATE_NOOP("Database", "{path} does not exist."), path=str(path))
        )
    # A damaged file is refused in words before a row of it is read.
    ensure_sound(path)
    return Source(make_engine(path, read_only=True), str(path), server=False)


def source_of(engine: Engine, label: str) -> Source:
    """An engine already open (the app's own, for a backup), not disposed after."""
    return Source(engine, label, server=engine.dialect.name == "postgresql", owned=False)


@contextlib.contextmanager
def _snapshot(source: Source) -> Iterator[Connection]:
    """One consistent view of the source for the whole copy, while others keep working."""
    try:
        connection = source.engine.connect()
    except DBAPIError as exc:
        raise _unreadable(exc, source) from exc
    try:
        try:
            if source.server:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
                connection.execute(text("SET TRANSACTION READ ONLY"))
            else:
                # pysqlite opens no transaction for reads: without this each table would
                # be read as of its own moment.
                connection.exec_driver_sql("BEGIN")
        except DBAPIError as exc:
            raise _unreadable(exc, source) from exc
        yield connection
    finally:
        with contextlib.suppress(SQLAlchemyError):
            connection.rollback()
        connection.close()


def _unreadable(exc: DBAPIError, source: Source) -> TwinningError:
    if source.server:
        return server_error(exc, source.label)
    return CopyError(
        _message(
            QT_TRANSLATE_NOOP("Database", "{path} cannot be read: {reason}"),
            path=source.label,
            reason=_reason(exc),
        )
    )


def _reading(rows: Iterator[dict[str, Any]], label: str) -> Iterator[dict[str, Any]]:
    """The source's rows; a failure to read them said as the source's, not the target's."""
    try:
        yield from rows
    except DBAPIError as exc:
        raise _failed(
            exc,
            label,
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} cannot be read ({reason}): nothing was copied, the target is as it was.",
            ),
        ) from exc


def _reason(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _revision(connection: Connection, server: bool) -> str | None:
    if server:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
    else:
        found = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).scalar()
        if found is None:
            return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_source_revision(connection: Connection, source: Source) -> None:
    revision = _revision(connection, source.server)
    if revision == head_revision():
        return
    if revision is None:
        message = QT_TRANSLATE_NOOP(
            "Database", "{path} is not a Twinning Desk database: there is nothing to copy."
        )
    elif revision not in known_revisions():
        message = QT_TRANSLATE_NOOP(
            "Database",
            "{path} was written by a newer version of Twinning Desk. Install the newer "
            "version to open it; the database was not changed.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Database",
            "{path} was made by an older version of Twinning Desk: open it once with this "
            "version (which upgrades it), then copy it. Nothing was copied.",
        )
    raise CopyError(_message(message, path=source.label))


def _high_water(connection: Connection, server: bool, table: Table) -> int:
    """The largest id the source ever handed out in the table (deleted ones included)."""
    if server:
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"),
            {"t": table.name, "c": _key_columns(table)[0]},
        ).scalar()
        if (
            not sequence
            or not connection.execute(
                text("SELECT has_sequence_privilege(:s, 'SELECT')"), {"s": sequence}
            ).scalar()
        ):
            return 0
        last, called = connection.execute(
            text(f"SELECT last_value, is_called FROM {sequence}")
        ).one()
        return int(last) if called else int(last) - 1
    found = connection.execute(
        text(
            "SELECT seq FROM sqlite_sequence WHERE name = :t AND EXISTS "
            "(SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence')"
        ),
        {"t": table.name},
    ).scalar()
    return int(found or 0)


def _counted_tables() -> list[Table]:
    """Tables whose single integer key is handed out by a counter."""
    tables = []
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and keys[0].type.python_type is int:
            tables.append(table)
    return tables


def _set_counters(target: Connection, server: bool, high: dict[str, int]) -> None:
    for table in _counted_tables():
        key = _key_columns(table)[0]
        ids = raw_table(table).c[key]
        largest = target.execute(select(ids).order_by(ids.desc()).limit(1)).scalar()
        value = max(int(largest or 0), high.get(table.name, 0))
        if server:
            sequence = target.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": key}
            ).scalar()
            if sequence:
                # is_called false at 1: the next id is 1 in an empty table.
                target.execute(
                    text("SELECT setval(:s, :v, :called)"),
                    {"s": sequence, "v": max(value, 1), "called": value > 0},
                )
        elif value > 0:
            target.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table.name})
            target.execute(
                text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :v)"),
                {"t": table.name, "v": value},
            )


# ------------------------------------------------------------------ the target's emptiness


def _seeded_chart(connection: Connection) -> bool:
    """budget_category holds nothing but the chart opening seeds (unrenamed, unextended)."""
    table = Base.metadata.tables["budget_category"]
    by_id = {row["id"]: row for row in table_rows(connection, table)}
    expected = {
        (code, label, str(kind.value), position, parent)
        for position, (code, label, kind, parent) in enumerate(CHART)
    }
    for row in by_id.values():
        parent = by_id.get(row["parent_id"])
        found = (
            row["code"],
            row["label"],
            row["kind"],
            row["position"],
            parent["code"] if parent else None,
        )
        if found not in expected:
            return False
    return True


def _holding(connection: Connection) -> list[str]:
    """The tables of the target that hold something of a committee's."""
    held = []
    for table in Base.metadata.sorted_tables:
        count = connection.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar()
        if not count:
            continue
        if table.name in SEEDED_TABLES and _seeded_chart(connection):
            continue
        held.append(table.name)
    return held


def _require_empty(connection: Connection, label: str) -> None:
    held = sorted(_holding(connection), key=lambda name: name not in TELLING)
    if held:
        raise CopyError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is not empty (it holds {tables}): nothing was copied. Copy into "
                    "a new file, or into an empty database.",
                ),
                path=label,
                # The first few say enough (the parents first: partner before contact).
                tables=", ".join(held[:4] + (["…"] if len(held) > 4 else [])),
            )
        )
    for name in reversed(SEEDED_TABLES):
        _empty_table(connection, Base.metadata.tables[name])


def _empty_table(connection: Connection, table: Table) -> None:
    """Delete every row, the ones others refer to last (a parent account after its
    sub-accounts: SQLite checks each row of a DELETE as it goes)."""
    links = [
        (fk.parent.name, fk.column.name)
        for fk in table.foreign_keys
        if fk.column.table.name == table.name
    ]
    for _ in range(100):
        kept = " AND ".join(
            f'"{parent}" NOT IN (SELECT "{child}" FROM "{table.name}" WHERE "{child}" IS NOT NULL)'
            for child, parent in links
        )
        where = f" WHERE {kept}" if kept else ""
        if not connection.execute(text(f'DELETE FROM "{table.name}"{where}')).rowcount:
            break


# ------------------------------------------------------------------ errors in words


def _lost(exc: BaseException) -> bool:
    low = str(exc).lower()
    return any(
        words in low
        for words in (
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "consuming input failed",
            "connection to server",
            "ssl syscall error",
            "connection is lost",
            "the connection is lost",
        )
    )


_COPY_FAILED = QT_TRANSLATE_NOOP(
    "Database",
    "The copy to {path} failed ({reason}): nothing was copied, the target is as it was.",
)


def _failed(exc: BaseException, label: str, otherwise: str = _COPY_FAILED) -> CopyError:
    """A lost connection said as such, on either side; any other failure as ``otherwise``."""
    if _lost(exc) or getattr(exc, "connection_invalidated", False):
        message = QT_TRANSLATE_NOOP(
            "Database",
            "The connection to {path} was lost during the copy: nothing was copied, the "
            "target is as it was. Try again.",
        )
    else:
        message = otherwise
    return CopyError(_message(message, path=label, reason=_reason(exc)))


# ------------------------------------------------------------------ the copy itself


def _fill(
    source: Connection,
    source_server: bool,
    source_label: str,
    target: Connection,
    target_server: bool,
    target_label: str,
    progress: Progress | None,
) -> list[TableCheck]:
    """Insert every row, then read the target back and compare, inside its transaction."""
    tables = Base.metadata.sorted_tables
    copied: list[TableCheck] = []
    for index, table in enumerate(tables, 1):
        digest = _TableDigest(table)
        raw = raw_table(table)
        rows: Iterable[dict[str, Any]] = _reading(table_rows(source, table), source_label)
        if any(fk.column.table.name == table.name for fk in table.foreign_keys):
            rows = _parents_first(table, list(rows))
        for batch in _batches(rows, BATCH_ROWS):
            for row in batch:
                digest.add(row)
            target.execute(raw.insert(), batch)
        check = digest.result(table.name)
        copied.append(check)
        if progress is not None:
            progress(table.name, check.rows, index, len(tables))
    high = {t.name: _high_water(source, source_server, t) for t in _counted_tables()}
    _set_counters(target, target_server, high)
    for expected, table in zip(copied, tables, strict=True):
        found = table_check(target, table)
        if found != expected:
            raise CopyError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "The copy to {path} does not match its source in the table {table} "
                        "({source_rows} rows, checksum {source_sum}; copied: {target_rows} "
                        "rows, checksum {target_sum}): nothing was kept.",
                    ),
                    path=target_label,
                    table=table.name,
                    source_rows=expected.rows,
                    source_sum=expected.checksum[:12],
                    target_rows=found.rows,
                    target_sum=found.checksum[:12],
                )
            )
    return copied


def copy_database(
    source: str | Path | Source,
    target: str | Path,
    progress: Progress | None = None,
    *,
    replace_file: bool = False,
) -> CopyReport:
    """Copy a whole database, checked; the target holds exactly the source or is as it was.

    ``replace_file``: a file target that exists is replaced whole once the copy is checked
    (a backup to a file the person named), instead of being required empty."""
    opened = source if isinstance(source, Source) else open_source(source)
    try:
        with _snapshot(opened) as reading:
            _check_source_revision(reading, opened)
            if is_server_url(target):
                return _to_server(opened, reading, str(target), progress)
            return _to_file(opened, reading, Path(target), progress, replace_file)
    finally:
        if not isinstance(source, Source):
            opened.close()


def _to_server(
    source: Source, reading: Connection, address: str, progress: Progress | None
) -> CopyReport:
    url = server_url(address)
    label = display_url(url)
    if label == source.label:
        raise _same(label)
    engine = make_server_engine(url)
    report = CopyReport(source.label, label)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as exc:
            raise server_error(exc, label) from exc
        with connection:
            try:
                with connection.begin():
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK}
                    )
                    _prepare_server(connection, label)
                    report.tables = _fill(
                        reading, source.server, source.label, connection, True, label, progress
                    )
            except (CopyError, DatabaseOpenError):
                raise
            except SQLAlchemyError as exc:
                raise _failed(exc, label) from exc
    finally:
        engine.dispose()
    return report


def _prepare_server(connection: Connection, label: str) -> None:
    """The schema at this version's head, inside the copy's transaction, and nobody
    writing to the tables until it commits."""
    revision = _revision(connection, server=True)
    if revision is None:
        other = connection.execute(
            text(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            )
        ).scalar()
        if other:
            raise CopyError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{path} holds another application's tables, not a Twinning Desk "
                        "database. Choose an empty database or a committee's.",
                    ),
                    path=label,
                )
            )
    elif revision not in known_revisions():
        raise CopyError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} was written by a newer version of Twinning Desk. Install the "
                    "newer version to open it; the database was not changed.",
                ),
                path=label,
            )
        )
    if revision != head_revision():
        from alembic import command

        command.upgrade(alembic_config(connection), "head")
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
    _require_empty(connection, label)


def _to_file(
    source: Source,
    reading: Connection,
    path: Path,
    progress: Progress | None,
    replace_file: bool,
) -> CopyReport:
    path = path.expanduser().resolve()
    check_file(path)
    if not source.server and str(path) == source.label:
        raise _same(str(path))
    report = CopyReport(source.label, str(path))
    exists = path.exists() and path.stat().st_size > 0
    if exists and not replace_file:
        report.tables = _into_existing_file(reading, source, path, progress)
        return report
    # Built beside the target under a temporary name, renamed into place once checked:
    # stopped half-way, it leaves a stray temporary file, never a half copy.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _failed(exc, str(path)) from exc
    temporary = path.with_name(f".{path.name}.copying-{os.getpid()}")
    _remove_file(temporary)
    try:
        db = open_database(temporary, check=False)
        try:
            with db.engine.connect() as connection:
                with connection.begin():
                    report.tables = _fill(
                        reading,
                        source.server,
                        source.label,
                        connection,
                        False,
                        str(path),
                        progress,
                    )
                # One self-contained file, without a write-ahead log beside it.
                connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
        finally:
            db.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except (CopyError, DatabaseOpenError):
        _remove_file(temporary)
        raise
    except (SQLAlchemyError, OSError) as exc:
        _remove_file(temporary)
        raise _failed(exc, str(path)) from exc
    except BaseException:
        _remove_file(temporary)
        raise
    return report


def _into_existing_file(
    reading: Connection, source: Source, path: Path, progress: Progress | None
) -> list[TableCheck]:
    """An empty committee file someone made first: filled in one transaction, under its
    lock (the app cannot have it open meanwhile)."""
    lock = DatabaseLock(path)
    lock.acquire()
    try:
        db = open_database(path)
        try:
            with db.engine.connect() as connection, connection.begin():
                _require_empty(connection, str(path))
                return _fill(
                    reading, source.server, source.label, connection, False, str(path), progress
                )
        except (CopyError, DatabaseOpenError):
            raise
        except SQLAlchemyError as exc:
            raise _failed(exc, str(path)) from exc
        finally:
            db.close()
    finally:
        lock.release()


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _same(label: str) -> CopyError:
    return CopyError(
        _message(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is both the source and the target: nothing was copied."
            ),
            path=label,
        )
    )


def dated_backup_name(database: str, when: datetime | None = None) -> str:
    """``<database>-YYYYMMDD-HHMMSS.sqlite3``: sorts by date, says which committee."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in database) or "database"
    return f"{safe}-{stamp}.sqlite3"


def backup_to_file(
    engine: Engine, label: str, database: str, folder: Path, progress: Progress | None = None
) -> CopyReport:
    """A shared database's backup: a checked copy to a new dated SQLite file."""
    target = folder / dated_backup_name(database)
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / dated_backup_name(f"{database}-{n}")
    return copy_database(source_of(engine, label), target, progress)
