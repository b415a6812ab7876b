"""A record's History: who changed it, when, and what — its own fields and its lines'.

Read from the ``record_change`` table, which every flush writes (models._write_history)
along with the change itself, undo and redo included. Qt-free: the dialog translates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from twinning_desk.db.database import Database
from twinning_desk.db.models import RecordChange, Versioned
from twinning_desk.i18n import Message
from twinning_desk.services.errors import FIELD_LABELS
from twinning_desk.services.operations import RECORD_WORDS

# Attribute names whose label is another key of FIELD_LABELS.
FIELD_KEYS = {
    "country_code": "country",
    "type": "event_type",
    "start_date": "start",
    "end_date": "end",
    "partner_id": "partner",
    "partner_ids": "partner",
    "partners": "partner",
    "themes": "theme",
    "delegation_id": "delegation",
    "event_id": "event",
    "local_participants": "participants",
    "participant_counts": "participants",
    "forecast_cents": "forecast",
    "actual_cents": "actual",
    "category_id": "category",
    "funding_source_id": "funding_source",
    "entry_date": "day",
    "foreign_amount": "amount",
    "daily_rate_cents": "daily_rate",
    "attachments": "file",
    "filename": "file",
    "follow_ups": "follow_up",
    "text": "follow_up",
    "members": "members",
    "household_id": "household",
    "mandat_date": "mandat_number",
}


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str | None
    table: str
    record_id: int
    kind: str  # insert, update, delete, undo, redo
    fields: tuple[str, ...]
    version: int | None
    # A change of one of the record's lines (a contact), not of the record itself.
    parent_line: bool = False

    def field_labels(self) -> list[Message]:
        return [
            Message("Validation", FIELD_LABELS.get(FIELD_KEYS.get(f, f), f)) for f in self.fields
        ]

    def record_word(self) -> Message | None:
        word = RECORD_WORDS.get(self.table)
        return Message("Operations", word) if word else None


def record_history(db: Database, model: type[Versioned], record_id: int) -> list[HistoryEntry]:
    """Every change of the record and of its lines, the latest first."""
    table = model.__tablename__  # type: ignore[attr-defined]
    with db.reading() as session:
        rows = session.scalars(
            select(RecordChange)
            .where(
                or_(
                    (RecordChange.table_name == table) & (RecordChange.record_id == record_id),
                    (RecordChange.parent_table == table) & (RecordChange.parent_id == record_id),
                )
            )
            .order_by(RecordChange.changed_at.desc(), RecordChange.id.desc())
        ).all()
        return [
            HistoryEntry(
                at=row.changed_at,
                by=row.changed_by,
                table=row.table_name,
                record_id=row.record_id,
                kind=row.kind,
                fields=tuple(f for f in (row.fields or "").split(",") if f),
                version=row.version,
                parent_line=row.table_name != table,
            )
            for row in rows
        ]


@dataclass(frozen=True)
class LastChange:
    version: int
    by: str | None
    at: datetime | None


def last_change(db: Database, model: type[Versioned], record_id: int) -> LastChange | None:
    with db.reading() as session:
        row = session.get(model, record_id)
        if row is None:
            return None
        return LastChange(row.version, row.changed_by, row.changed_at)
