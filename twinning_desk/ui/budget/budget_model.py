"""The budget table: pages of BudgetRow from the service, sorted and filtered in SQL, and
amounts in euros as the reader writes them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.budget import KIND_LABELS, BudgetQuery, BudgetRow, BudgetService
from twinning_desk.services.dates import format_day
from twinning_desk.services.money import format_amount
from twinning_desk.ui.common.helpers import qtr
from twinning_desk.ui.common.table_model import Column, PagedTableModel


def _lang() -> str:
    return QLocale().name()[:2]


def euros(cents: int | None) -> str:
    return "" if cents is None else f"{format_amount(cents, _lang())}\u00a0€"


class BudgetTableModel(PagedTableModel[BudgetRow]):
    columns = (
        Column("category", QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.category_code),
        Column("label", QT_TRANSLATE_NOOP("Columns", "Label"), lambda r: r.label),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r: qtr("Labels", KIND_LABELS[r.kind]),
        ),
        Column(
            "forecast",
            QT_TRANSLATE_NOOP("Columns", "Forecast"),
            lambda r: euros(r.forecast_cents),
            align_right=True,
        ),
        Column(
            "actual",
            QT_TRANSLATE_NOOP("Columns", "Actual"),
            lambda r: euros(r.actual_cents),
            align_right=True,
        ),
        Column(
            "date",
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda r: format_day(r.entry_date, _lang()) if r.entry_date else "",
        ),
        Column("payee", QT_TRANSLATE_NOOP("Columns", "Payee or payer"), lambda r: r.payee),
        Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: r.action),
    )

    def __init__(self, service: BudgetService, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = BudgetQuery(year=year)

    def _query(self) -> BudgetQuery:
        self.query.sort, self.query.descending = self.sort_key, self.descending
        return self.query

    def fetch(self, offset: int, limit: int) -> list[BudgetRow]:
        return self.service.rows(self._query(), offset, limit)

    def total(self) -> int:
        return self.service.count(self._query())
