"""Row-level record of what a user action changed, so that it can be undone and redone.

Undo that is written per feature (a snapshot function and a restore function for each
kind of record) misses links sooner or later: a person's partner, a budget line's event,
a theme row. So the record is taken where every write passes, the session: before each
flush the rows about to change are read as they are in the file (with the rows that point
at a deleted one, which the database cascades or unlinks), and at the end of the
transaction the same rows are read again. The difference, row by row, is the change;
undo writes the "before" images back and redo the "after" ones. Ids are never reused
(AUTOINCREMENT), so a row comes back under its own id and every link to it holds.

Before writing, undo and redo check that each row is still as the action left it: a row
changed meanwhile (by the command line, another window, an action that cannot be undone)
is never overwritten; the action is refused instead.

A record's version (models.Versioned) only ever goes up: undo and redo write the data of
the image but the next version number, and themselves as who changed it last. Put back
to an earlier number, a version would name two different contents, and someone who read
the first could save over the second unnoticed. So the check above leaves the
bookkeeping columns out: a row is "as the action left it" when its data are.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Table, and_, event, inspect, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ONETOMANY, ORMExecuteState, Session, UOWTransaction
from sqlalchemy.sql.dml import Delete, Insert, Update

from twinning_desk.db.models import (
    BOOKKEEPING_COLUMNS,
    NOT_HISTORY,
    RECORD_CHANGES,
    VERSIONED_TABLES,
    Base,
    current_author,
    history_row,
    now_to_the_second,
)

Key = tuple[str, tuple[Any, ...]]
Image = dict[str, Any]
CHUNK = 500


@dataclass(frozen=True)
class RowChange:
    """One row, as it was before the action and as the action left it (None: absent)."""

    table: str
    key: tuple[Any, ...]
    before: Image | None
    after: Image | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"


@dataclass
class ChangeSet:
    """What one action changed, in the order the rows were first touched."""

    rows: list[RowChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def ids(self, table: str, kind: str | None = None) -> set[Any]:
        """The primary keys (single-column ones unwrapped) of one table's changed rows."""
        return {
            row.key[0] if len(row.key) == 1 else row.key
            for row in self.rows
            if row.table == table and (kind is None or row.kind == kind)
        }

    def extend(self, other: ChangeSet) -> None:
        """Fold a later transaction of the same action into this one."""
        index = {(r.table, r.key): i for i, r in enumerate(self.rows)}
        for row in other.rows:
            i = index.get((row.table, row.key))
            if i is None:
                index[(row.table, row.key)] = len(self.rows)
                self.rows.append(row)
            else:
                first = self.rows[i]
                self.rows[i] = RowChange(row.table, row.key, first.before, row.after)
        self.rows = [r for r in self.rows if r.before != r.after]


class ChangedMeanwhile(Exception):
    """A row is no longer as the action left it; undo or redo would overwrite that."""

    def __init__(self, table: str, key: tuple[Any, ...]) -> None:
        super().__init__(f"{table} {key} changed meanwhile")
        self.table = table
        self.key = key


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk(table: Table) -> list[Column[Any]]:
    return list(table.primary_key.columns)


def _key_of(table: Table, row: Any) -> tuple[Any, ...]:
    return tuple(row._mapping[c.name] for c in _pk(table))


def _image(row: Any) -> Image:
    return dict(row._mapping)


def _dependents(table: Table) -> Iterator[tuple[Table, Column[Any], Column[Any], bool]]:
    """Tables whose rows point at ``table``: (child, its column, the column it points
    at, whether the database deletes the child with the row)."""
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                yield child, fk.parent, fk.column, (fk.ondelete or "").upper() == "CASCADE"


def _read_keys(connection: Connection, table: Table, keys: Iterable[tuple[Any, ...]]) -> dict:
    """Rows by primary key, in chunks; a key that has no row maps to None."""
    wanted = list(dict.fromkeys(keys))
    found: dict[tuple[Any, ...], Image | None] = dict.fromkeys(wanted)
    columns = _pk(table)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        if len(columns) == 1:
            clause = columns[0].in_([k[0] for k in chunk])
        else:
            clause = tuple_(*columns).in_(chunk)
        for row in connection.execute(select(table).where(clause)):
            found[_key_of(table, row)] = _image(row)
    return found


class Tracker:
    """Watches one session's transaction; ``finish`` returns its change set."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.before: dict[Key, Image | None] = {}
        # Rows found later by a condition (new rows of a link table, new children).
        self.scopes: list[tuple[Table, Any]] = []
        self.closed = False
        session.info[TRACKER_KEY] = self
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)
        event.listen(session, "do_orm_execute", self._on_execute)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.session.info.pop(TRACKER_KEY, None)
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)
        event.remove(self.session, "do_orm_execute", self._on_execute)

    # ------------------------------------------------------------ capture "before"
    def _connection(self) -> Connection:
        return self.session.connection()

    def _capture(self, table: Table, clause: Any, follow_deletes: bool = False) -> None:
        """Remember, as they are now, the rows matching ``clause`` not seen before."""
        rows = list(self._connection().execute(select(table).where(clause)))
        fresh = []
        for row in rows:
            key = (table.name, _key_of(table, row))
            if key not in self.before:
                self.before[key] = _image(row)
                fresh.append(row)
        self.scopes.append((table, clause))
        if follow_deletes:
            for row in fresh:
                self._capture_dependents(table, row._mapping)

    def _capture_keys(self, table: Table, keys: list[tuple[Any, ...]], deleting: bool) -> None:
        missing = [k for k in keys if (table.name, k) not in self.before]
        if missing:
            for key, image in _read_keys(self._connection(), table, missing).items():
                self.before[(table.name, key)] = image
        if deleting:
            for key in keys:
                image = self.before.get((table.name, key))
                if image is not None:
                    self._capture_dependents(table, image)

    def _capture_dependents(self, table: Table, image: Any) -> None:
        """The rows a delete will cascade to or unlink, before the database touches them."""
        for child, column, target, cascades in _dependents(table):
            value = image[target.name]
            if value is None:
                continue
            self._capture(child, column == value, follow_deletes=cascades)

    def _capture_object(self, obj: Any, deleting: bool) -> None:
        state = _state(obj)
        mapper = state.mapper
        table = mapper.local_table
        if not isinstance(table, Table):
            return
        key = tuple(state.identity) if state.identity else None
        if key is not None:
            self._capture_keys(table, [key], deleting)
        for rel in mapper.relationships:
            history = state.attrs[rel.key].history
            if rel.secondary is None:
                # A child taken out of a collection is unlinked or deleted as an orphan
                # during the flush, without ever being in ``session.deleted``.
                if rel.direction is not ONETOMANY:
                    continue
                for child in history.deleted or ():
                    if child is not None and _state(child).persistent:
                        self._capture_object(child, deleting=True)
                continue
            if not isinstance(rel.secondary, Table) or key is None:
                continue
            if deleting or history.added or history.deleted:
                local = [fk.parent for fk in rel.secondary.foreign_keys if fk.column.table is table]
                for column in local:
                    self._capture(rel.secondary, column == key[0])

    def _before_flush(self, session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
        for obj in list(session.dirty):
            if session.is_modified(obj):
                self._capture_object(obj, deleting=False)
        for obj in list(session.deleted):
            self._capture_object(obj, deleting=True)

    def _after_flush(self, session: Session, _ctx: UOWTransaction) -> None:
        for obj in session.new:
            mapper = _state(obj).mapper
            table = mapper.local_table
            if not isinstance(table, Table):
                continue
            # The identity key is set only after this hook; the primary key is known.
            key = tuple(mapper.primary_key_from_instance(obj))
            self.before.setdefault((table.name, key), None)
            # Link-table rows of a new record are found at the end by condition.
            for rel in mapper.relationships:
                if isinstance(rel.secondary, Table):
                    for fk in rel.secondary.foreign_keys:
                        if fk.column.table is table:
                            self.scopes.append((rel.secondary, fk.parent == key[0]))

    def _on_execute(self, state: ORMExecuteState) -> None:
        statement = state.statement
        if isinstance(statement, (Update, Delete)) and isinstance(statement.table, Table):
            clause = statement.whereclause
            table = statement.table
            rows = self._connection().execute(
                select(table) if clause is None else select(table).where(clause)
            )
            keys = [_key_of(table, row) for row in rows]
            self._capture_keys(table, keys, deleting=isinstance(statement, Delete))
        elif isinstance(statement, Insert) and isinstance(statement.table, Table):
            if isinstance(state.parameters, list):
                return  # many rows at once: new rows, named by note_new_rows()
            values = statement.compile().params
            table = statement.table
            conditions = [table.c[name] == v for name, v in values.items() if name in table.c]
            if conditions:
                self._capture(table, and_(*conditions))

    # ------------------------------------------------------------ "after" and diff
    def finish(self) -> ChangeSet:
        """Read every remembered row again (call before commit, after the last write)."""
        self.session.flush()
        connection = self._connection()
        for table, clause in self.scopes:
            for row in connection.execute(select(table).where(clause)):
                self.before.setdefault((table.name, _key_of(table, row)), None)
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for name, key in self.before:
            by_table.setdefault(name, []).append(key)
        after: dict[Key, Image | None] = {}
        for name, keys in by_table.items():
            for key, image in _read_keys(connection, _table(name), keys).items():
                after[(name, key)] = image
        changes = ChangeSet(
            [
                RowChange(name, key, before, after[(name, key)])
                for (name, key), before in self.before.items()
                if before != after[(name, key)]
            ]
        )
        self.close()
        return changes


TRACKER_KEY = "twinning_desk.change_tracker"


def note_new_rows(session: Session, table: Table, clause: Any) -> None:
    """Rows a bulk insert wrote (an import, through SQLAlchemy Core for speed): the
    recorder cannot see them one by one, so the writer names them by a condition, and
    they are read at the end of the transaction like any new row (undo removes them)."""
    tracker = session.info.get(TRACKER_KEY)
    if isinstance(tracker, Tracker):
        tracker.scopes.append((table, clause))


def _state(obj: Any) -> Any:
    return inspect(obj)


# ---------------------------------------------------------------- recording switch
_local = threading.local()


def active() -> ChangeSet | None:
    """The change set this thread is recording into, if an action is being recorded."""
    return getattr(_local, "changes", None)


def is_paused() -> bool:
    """Inside undo, redo or an action that is not to be undone (a privacy purge)."""
    return bool(getattr(_local, "paused", False))


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Undo and redo write outside any recording: they are not actions of their own."""
    outer, was_paused = active(), is_paused()
    _local.changes, _local.paused = None, True
    try:
        yield
    finally:
        _local.changes, _local.paused = outer, was_paused


class Recording:
    """Records every transaction committed on this thread while it is open."""

    def __init__(self) -> None:
        self.changes = ChangeSet()
        self._outer: ChangeSet | None = None

    def __enter__(self) -> ChangeSet:
        self._outer = active()
        _local.changes = self.changes if self._outer is None else self._outer
        return self.changes if self._outer is None else self._outer

    def __exit__(self, *_exc: object) -> None:
        _local.changes = self._outer


# ---------------------------------------------------------------- undo and redo
def _data(image: Image | None) -> Image | None:
    """A row's data, without who changed it last and its version."""
    if image is None:
        return None
    return {k: v for k, v in image.items() if k not in BOOKKEEPING_COLUMNS}


def _order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def apply(session: Session, changes: ChangeSet, backwards: bool) -> None:
    """Put every row of ``changes`` back to its before (undo) or after (redo) image.

    Refused with ChangedMeanwhile, writing nothing, when a row is not as the other side
    left it, or when a row to remove is now pointed at by a row the action did not make.
    """
    connection = session.connection()
    expected = {(r.table, r.key): (r.after if backwards else r.before) for r in changes.rows}
    target = {(r.table, r.key): (r.before if backwards else r.after) for r in changes.rows}
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for name, key in expected:
        by_table.setdefault(name, []).append(key)
    for name, keys in by_table.items():
        for key, image in _read_keys(connection, _table(name), keys).items():
            if _data(image) != _data(expected[(name, key)]):
                raise ChangedMeanwhile(name, key)
    removed = {k for k, image in target.items() if image is None}
    for name, key in removed:
        table = _table(name)
        image = expected[(name, key)]
        assert image is not None
        for child, column, referenced, _cascades in _dependents(table):
            value = image[referenced.name]
            if value is None:
                continue
            for row in connection.execute(select(child).where(column == value)):
                # A row this action also writes ends as its image says; any other
                # would be left pointing at nothing (or cascaded away).
                if (child.name, _key_of(child, row)) not in target:
                    raise ChangedMeanwhile(child.name, _key_of(child, row))
    order = _order()
    ranked = sorted(target.items(), key=lambda item: order[item[0][0]])
    if connection.dialect.name == "sqlite":
        # Checked at commit: a row may point at one written a moment later.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    author, now = current_author(), now_to_the_second()
    for (name, key), image in ranked:
        table = _table(name)
        if image is not None and expected[(name, key)] is None:
            if name in VERSIONED_TABLES:
                # Back under a number it never had: whoever read it before it went away
                # is told it changed.
                image = {**image, "version": (image["version"] or 0) + 1}
                image.update(changed_by=author, changed_at=now)
            connection.execute(table.insert().values(**image))
    for (name, key), image in ranked:
        table = _table(name)
        if image is not None and expected[(name, key)] is not None:
            where = and_(*(c == v for c, v in zip(_pk(table), key, strict=True)))
            values: dict[str, Any] = dict(image)
            if name in VERSIONED_TABLES:
                values.update(version=table.c.version + 1, changed_by=author, changed_at=now)
            connection.execute(table.update().where(where).values(**values))
    for (name, key), image in reversed(ranked):
        if image is None:
            table = _table(name)
            where = and_(*(c == v for c, v in zip(_pk(table), key, strict=True)))
            connection.execute(table.delete().where(where))
    # Undo and redo are changes too: the History says who put what back.
    history = []
    for (name, key), image in ranked:
        if name not in VERSIONED_TABLES or len(key) != 1:
            continue
        before = _data(expected[(name, key)]) or {}
        after = _data(image) or {}
        fields = sorted(
            k
            for k in set(before) | set(after)
            if before.get(k) != after.get(k) and k not in NOT_HISTORY
        )
        if before and after and not fields:
            continue  # moved on only because one of its lines did: the line says so
        kind = "undo" if backwards else "redo"
        values = image or expected[(name, key)] or {}
        history.append(history_row(name, key[0], kind, fields, values, None, author, now))
    if history:
        connection.execute(RECORD_CHANGES.insert(), history)
    session.expire_all()
