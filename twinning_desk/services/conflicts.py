"""Saving a record someone else changed meanwhile: caught, never overwritten.

A dialog reads a record with its ``version`` and gives it back with the edited data. The
save compares it with the stored version (someone saved since: a conflict) and the
UPDATE itself is made only where the version is still the one read (someone saved in
the instant between: SQLAlchemy's StaleDataError, the same conflict). Either way the
transaction writes nothing and :class:`EditConflictError` carries both versions — what
the person typed and what is stored — for the conflict dialog to show field by field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from twinning_desk.db.database import Database
from twinning_desk.db.models import Versioned
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.errors import EditConflictError

CTX = "Conflicts"
CHANGED_BY = QT_TRANSLATE_NOOP(
    "Conflicts",
    "{who} changed this record on {when}, after you opened it. Nothing was saved, so "
    "neither change is lost: compare the two versions and choose what to keep.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "Conflicts",
    "Someone else changed this record after you opened it. Nothing was saved, so "
    "neither change is lost: compare the two versions and choose what to keep.",
)

T = TypeVar("T")


class Stale(Exception):
    """Raised inside the transaction: the stored version is not the one the dialog read."""


def check_version(row: Versioned, version: int | None) -> None:
    """Refuse to write over a record whose version moved on since ``version`` was read.

    None (an import, the command line, a record read and saved in one go) is not
    checked: the UPDATE still is, against the version read in this transaction."""
    if version is not None and row.version != version:
        raise Stale


@dataclass(frozen=True)
class Stamp:
    version: int
    changed_by: str | None
    changed_at: Any


def stamp(db: Database, model: type[Versioned], record_id: int) -> Stamp | None:
    """A record's version and who changed it last, when."""
    table = model.__table__  # type: ignore[attr-defined]
    with db.reading() as session:
        row = session.execute(
            select(table.c.version, table.c.changed_by, table.c.changed_at).where(
                table.c.id == record_id
            )
        ).first()
    return None if row is None else Stamp(row[0], row[1], row[2])


@contextlib.contextmanager
def caught(
    db: Database, model: type[Versioned], mine: Any, load: Callable[[int], Any]
) -> Iterator[None]:
    """Turn a stale save inside the block into an :class:`EditConflictError` carrying
    ``mine`` and the stored record as ``load(id)`` reads it now (after the rollback)."""
    try:
        yield
    except (Stale, StaleDataError) as exc:
        theirs = load(mine.id)  # gone meanwhile: its NotFoundError says so instead
        found = stamp(db, model, mine.id)
        who = found.changed_by if found else None
        when = found.changed_at if found else None
        if who and when is not None:
            message = Message(
                CTX, CHANGED_BY, {"who": who, "when": when.strftime("%Y-%m-%d %H:%M")}
            )
        else:
            message = Message(CTX, CHANGED)
        raise EditConflictError(message, mine, theirs, who, when) from exc


# ------------------------------------------------------------------ comparing, combining


def differing(mine: Any, theirs: Any, names: list[str] | None = None) -> list[str]:
    """The fields whose values differ (``version`` and ``id`` never count)."""
    keys = names or [f.name for f in fields(mine)]
    return [
        key
        for key in keys
        if key not in ("id", "version") and getattr(mine, key) != getattr(theirs, key)
    ]


def combine(mine: T, theirs: T, take_theirs: set[str]) -> T:
    """What the person chose: their own values, but ``take_theirs`` from the stored
    record, with the stored version (the save is checked against it in turn)."""
    values = {name: getattr(theirs, name) for name in take_theirs}
    values["version"] = getattr(theirs, "version")  # noqa: B009
    return replace(mine, **values)  # type: ignore[type-var]
