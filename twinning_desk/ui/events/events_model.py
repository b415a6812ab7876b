"""The event table: pages of EventRow from the service, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush

from twinning_desk.db.models import EventStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import format_day
from twinning_desk.services.events import (
    EVENT_STATUS_LABELS,
    EVENT_TYPES,
    EventQuery,
    EventRow,
    EventService,
)
from twinning_desk.ui.common.colours import Tone, tone
from twinning_desk.ui.common.table_model import Column, PagedTableModel


def _language() -> str:
    return QLocale().name()[:2]


def type_label(kind: str) -> str:
    label = EVENT_TYPES.get(kind)
    return QCoreApplication.translate("Labels", label) if label else kind


def when(row: EventRow) -> str:
    start = format_day(row.start.date(), _language())
    if not row.all_day:
        start += f" {row.start:%H:%M}"
    if row.end and row.end.date() != row.start.date():
        return f"{start} – {format_day(row.end.date(), _language())}"
    return start


class EventTableModel(PagedTableModel[EventRow]):
    columns = (
        Column("start", QT_TRANSLATE_NOOP("Columns", "Date"), when),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
        Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: type_label(r.type)),
        Column("partners", QT_TRANSLATE_NOOP("Columns", "Partners"), lambda r: r.partners),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place),
        Column(
            "participants",
            QT_TRANSLATE_NOOP("Columns", "Participants"),
            lambda r: QLocale().toString(r.participants),
            align_right=True,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: QCoreApplication.translate("Labels", EVENT_STATUS_LABELS[r.status]),
        ),
    )

    decorated_roles = frozenset({Qt.ItemDataRole.ForegroundRole})

    def __init__(self, service: EventService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = EventQuery()
        self.descending = True  # newest first, as a secretary looks for the latest

    def _query(self) -> EventQuery:
        self.query.sort = self.sort_key
        self.query.descending = self.descending
        return self.query

    def fetch(self, offset: int, limit: int) -> list[EventRow]:
        return self.service.rows(self._query(), offset, limit)

    def total(self) -> int:
        return self.service.count(self._query())

    def decorate(self, row: EventRow, column: Column[EventRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status is EventStatus.CANCELLED:
            return QBrush(tone(Tone.MUTED))
        return None
