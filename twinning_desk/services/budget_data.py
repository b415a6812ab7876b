"""What passes in and out of the budget service: the labels of its enumerations, a
budget line and a subsidy as the dialogs edit them, the rows and query of the Budget
table, the year's summary by account, and what Undo needs to put a deleted line back.

No database access here: plain data classes, importable by any layer above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from twinning_desk.db.models import BudgetKind, Direction, SubsidyStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP

KIND_LABELS = {
    BudgetKind.CHARGE: QT_TRANSLATE_NOOP("Labels", "Expense"),
    BudgetKind.PRODUIT: QT_TRANSLATE_NOOP("Labels", "Income"),
    BudgetKind.CONTRIBUTION: QT_TRANSLATE_NOOP("Labels", "In kind"),
}
SUBSIDY_STATUS_LABELS = {
    SubsidyStatus.PREPARED: QT_TRANSLATE_NOOP("Labels", "Prepared"),
    SubsidyStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "Requested"),
    SubsidyStatus.GRANTED: QT_TRANSLATE_NOOP("Labels", "Granted"),
    SubsidyStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    SubsidyStatus.SETTLED: QT_TRANSLATE_NOOP("Labels", "Settled"),
    SubsidyStatus.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
}


@dataclass
class BudgetLineData:
    year: int
    kind: BudgetKind
    category_code: str
    label: str
    forecast_cents: int = 0
    actual_cents: int = 0
    entry_date: date | None = None
    payee: str | None = None
    receipt_ref: str | None = None
    funding_source: str | None = None
    event_id: int | None = None
    delegation_id: int | None = None
    currency: str = "EUR"
    foreign_amount: Decimal | None = None
    exchange_rate: Decimal | None = None
    notes: str | None = None
    id: int | None = None
    # The record's version when it was read: a save over a later one is a conflict.
    version: int | None = None


@dataclass(frozen=True)
class BudgetRow:
    id: int
    kind: BudgetKind
    category_code: str
    category_label: str
    label: str
    forecast_cents: int
    actual_cents: int
    entry_date: date | None
    payee: str | None
    receipt_ref: str | None
    currency: str
    foreign_amount: Decimal | None
    action: str | None  # the linked event's title or delegation's partner


@dataclass
class BudgetQuery:
    year: int
    text: str = ""
    kind: BudgetKind | None = None
    category_code: str | None = None
    event_id: int | None = None
    delegation_id: int | None = None
    sort: str = "category"
    descending: bool = False


@dataclass(frozen=True)
class CategoryTotal:
    code: str
    label: str
    kind: BudgetKind
    forecast_cents: int
    actual_cents: int

    @property
    def variance_cents(self) -> int:
        return self.actual_cents - self.forecast_cents

    @property
    def percent_done(self) -> Decimal | None:
        if not self.forecast_cents:
            return None
        return (Decimal(self.actual_cents) * 100 / Decimal(self.forecast_cents)).quantize(
            Decimal("0.1"), ROUND_HALF_EVEN
        )


@dataclass(frozen=True)
class AccountTotal:
    """One account's amounts from one funder, as the Cerfa tables break them down.

    ``parent_code`` is the top-level account (``"74"`` for ``"74-COM"``) or None for a
    top-level one; ``funder`` is the funding source named on the lines (None when not
    given). An account of the chart with no line still comes, at zero, so that the
    tables show every line of the form."""

    code: str
    label: str
    kind: BudgetKind
    parent_code: str | None
    funder: str | None
    forecast_cents: int
    actual_cents: int


@dataclass(frozen=True)
class ActionTotals:
    """One event's or delegation's amounts of the year (the "Par action" sheet); a
    delegation says its direction, so that the sheet can say "Trip to" or "Visit of"."""

    kind: str  # "event" or "delegation"
    name: str  # the event's title, or the delegation's partner
    day: date
    direction: Direction | None
    charges_forecast: int
    charges_actual: int
    income_forecast: int
    income_actual: int


@dataclass
class BudgetSummary:
    year: int
    categories: list[CategoryTotal] = field(default_factory=list)

    def total(self, kind: BudgetKind, actual: bool = False) -> int:
        return sum(
            c.actual_cents if actual else c.forecast_cents
            for c in self.categories
            if c.kind is kind
        )

    @property
    def result_forecast(self) -> int:
        return self.total(BudgetKind.PRODUIT) - self.total(BudgetKind.CHARGE)

    @property
    def result_actual(self) -> int:
        return self.total(BudgetKind.PRODUIT, True) - self.total(BudgetKind.CHARGE, True)

    @property
    def balanced(self) -> bool:
        """A forecast must balance: total charges equal total produits."""
        return self.result_forecast == 0


@dataclass
class SubsidyData:
    year: int
    funder: str
    action: str
    requested_cents: int = 0
    granted_cents: int | None = None
    status: SubsidyStatus = SubsidyStatus.PREPARED
    requested_on: date | None = None
    decided_on: date | None = None
    paid_on: date | None = None
    report_due: date | None = None
    reference: str | None = None
    event_id: int | None = None
    delegation_id: int | None = None
    notes: str | None = None
    id: int | None = None
