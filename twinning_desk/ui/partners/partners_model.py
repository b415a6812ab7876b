"""The partner table: a page of PartnerRow from the service, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QFont

from twinning_desk.db.models import DatePrecision
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import FuzzyDate, format_day
from twinning_desk.services.partners import (
    AGREEMENT_TYPE_LABELS,
    PARTNER_STATUS_LABELS,
    PartnerQuery,
    PartnerRow,
    PartnerService,
)
from twinning_desk.ui.common.colours import Tone, tone
from twinning_desk.ui.common.table_model import Column, PagedTableModel


def _language() -> str:
    return QLocale().name()[:2]


def _tr_label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _km(value: float | None) -> str | None:
    return None if value is None else QLocale().toString(float(round(value)), "f", 0)


def _status_text(row: PartnerRow) -> str:
    status = _tr_label(PARTNER_STATUS_LABELS[row.status])
    if row.dormant and row.status.value != "dormant":
        return QCoreApplication.translate("PartnerTableModel", "{status}, asleep").format(
            status=status
        )
    return status


def _agreement_text(row: PartnerRow) -> str | None:
    if row.agreement_title:  # the committee's own wording, as its list says it
        return row.agreement_title
    return _tr_label(AGREEMENT_TYPE_LABELS[row.agreement_type]) if row.agreement_type else None


def _distance_text(row: PartnerRow) -> str | None:
    if not row.has_position and row.kind.value == "town":
        return QCoreApplication.translate("PartnerTableModel", "position unknown")
    return _km(row.distance_km)


def _last_exchange_text(row: PartnerRow) -> str:
    if row.last_exchange is None:
        return QCoreApplication.translate("PartnerTableModel", "no exchange recorded")
    precision = row.last_exchange_precision
    if precision in (DatePrecision.YEAR, DatePrecision.RANGE):
        return str(row.last_exchange.year)  # "2024" as the list said, not 31/12/2024
    if precision is DatePrecision.MONTH:
        return FuzzyDate(row.last_exchange, row.last_exchange, precision).format(_language())
    return format_day(row.last_exchange, _language())


class PartnerTableModel(PagedTableModel[PartnerRow]):
    NAME, COUNTRY, STATUS, AGREEMENT, SIGNED, DISTANCE, LAST = range(7)
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Partner"), lambda r: r.name),
        Column(
            "country",
            QT_TRANSLATE_NOOP("Columns", "Country"),
            lambda r: country_name(r.country_code, _language()),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: _status_text(r),
        ),
        Column(
            "agreement",
            QT_TRANSLATE_NOOP("Columns", "Current agreement"),
            lambda r: _agreement_text(r),
        ),
        Column(
            "signed",
            QT_TRANSLATE_NOOP("Columns", "Signed"),
            lambda r: r.signed.format(_language()) if r.signed else None,
        ),
        Column(
            "distance",
            QT_TRANSLATE_NOOP("Columns", "Distance (km)"),
            lambda r: _distance_text(r),
            align_right=True,
        ),
        Column(
            "last_exchange",
            QT_TRANSLATE_NOOP("Columns", "Last exchange"),
            lambda r: _last_exchange_text(r),
        ),
    )

    def __init__(self, service: PartnerService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = PartnerQuery()
        self.dormant_months = 24

    def _query(self) -> PartnerQuery:
        self.query.sort = self.sort_key
        self.query.descending = self.descending
        self.query.locale = _language()
        return self.query

    def fetch(self, offset: int, limit: int) -> list[PartnerRow]:
        return self.service.rows(self._query(), offset, limit)

    def total(self) -> int:
        return self.service.count(self._query())

    def set_filter(
        self, text: str | None = None, status: Any = ..., dormant_only: bool | None = None
    ) -> None:
        if text is not None:
            self.query.text = text
        if status is not ...:
            self.query.status = status
        if dormant_only is not None:
            self.query.dormant_only = dormant_only
        self.refresh()

    decorated_roles = frozenset(
        {
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.DecorationRole,
        }
    )

    def decorate(self, row: PartnerRow, column: Column[PartnerRow], role: int) -> Any:
        if column.key == "distance" and not row.has_position and row.kind.value == "town":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(tone(Tone.ERROR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "PartnerTableModel",
                    "This town is not placed on the map yet: open it and find it by its name.",
                )
            return None
        if row.no_exchange and not row.dormant and column.key == "last_exchange":
            # Neutral grey: the history is simply not typed in yet.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(tone(Tone.MUTED))
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "PartnerTableModel",
                    "No event or delegation is recorded with this partner yet.",
                )
            return None
        if not row.dormant:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column.key in ("name", "last_exchange"):
            return QBrush(tone(Tone.WARNING))
        if role == Qt.ItemDataRole.FontRole and column.key == "name":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PartnerTableModel", "Asleep: no exchange for more than {months} months."
            ).format(months=self.dormant_months)
        if role == Qt.ItemDataRole.DecorationRole and column.key == "name":
            return tone(Tone.WARNING)
        return None
