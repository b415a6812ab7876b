"""Edit a budget line or a subsidy request; amounts typed the reader's way, kept in cents."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from twinning_desk.db.models import BudgetKind, SubsidyStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.budget import (
    KIND_LABELS,
    SUBSIDY_STATUS_LABELS,
    BudgetLineData,
    BudgetService,
    SubsidyData,
)
from twinning_desk.services.dates import format_day
from twinning_desk.services.errors import EditConflictError, ValidationError
from twinning_desk.services.events import DIRECTION_LABELS, EventQuery, EventService
from twinning_desk.services.money import format_amount, parse_amount
from twinning_desk.ui.budget.budget_model import euros
from twinning_desk.ui.common.conflict_dialog import (
    ConflictField,
    field_label,
    resolve_conflict,
    shown_in,
)
from twinning_desk.ui.common.helpers import example, qtr
from twinning_desk.ui.common.record_dialog import KeptOpen, RecordDialog
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.common.widgets.search_combo import SearchCombo


def _lang() -> str:
    return QLocale().name()[:2]


def _amount_text(cents: int | None) -> str:
    return "" if cents is None else format_amount(cents, _lang())


def _decimal(field: str, text: str) -> Decimal | None:
    text = text.strip().replace(" ", "").replace("\u202f", "").replace(",", ".")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "“{value}” is not a number."), value=text[:40]
        ) from exc


class BudgetLineDialog(RecordDialog):
    def __init__(
        self,
        budget: BudgetService,
        events: EventService,
        year: int,
        line: BudgetLineData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.budget = budget
        self.year = year
        self.original = line
        self.setWindowTitle(self.tr("Budget line") if line else self.tr("New budget line"))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(qtr("Labels", label), kind)
        self.category = QComboBox()
        self.category.setWhatsThis(
            self.tr(
                "The account of the associations' chart of accounts (60 to 87), as the "
                "subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for "
                "contributions in kind (volunteering, rooms lent). The workbook groups the "
                "lines by these accounts."
            )
        )
        self.chart = budget.categories()
        self.kind.currentIndexChanged.connect(self._fill_categories)
        self.label = QLineEdit()
        self.forecast = QLineEdit()
        self.actual = QLineEdit()
        for edit in (self.forecast, self.actual):
            edit.setPlaceholderText(example("1 234,50" if _lang() != "en" else "1,234.50"))
        self.date = DayEdit(optional=True)
        self.payee = QLineEdit()
        self.receipt = QLineEdit()
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItem("")
        self.source.addItems(budget.funding_sources())
        self.linked_event = SearchCombo()
        self.linked_event.addItem(self.tr("(none)"), None)
        for row in events.rows(EventQuery(year=year, sort="start", descending=False)):
            self.linked_event.addItem(
                f"{format_day(row.start.date(), _lang())} — {row.title}", row.id
            )
        self.delegation = SearchCombo()
        self.delegation.addItem(self.tr("(no delegation)"), None)
        for delegation_id, partner, direction, start in events.delegation_choices():
            direction_text = qtr("Labels", DIRECTION_LABELS[direction])
            self.delegation.addItem(
                f"{format_day(start, _lang())} — {direction_text} — {partner}", delegation_id
            )
        self.currency = QLineEdit("EUR")
        self.currency.setMaxLength(3)
        self.foreign = QLineEdit()
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(example("0,2315"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        form = self.form
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Label *"), self.label)
        form.addRow(self.tr("&Forecast (€)"), self.forecast)
        form.addRow(self.tr("&Actual (€)"), self.actual)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Payee or payer"), self.payee)
        form.addRow(self.tr("&Receipt"), self.receipt)
        form.addRow(self.tr("F&under (income)"), self.source)
        form.addRow(self.tr("Linked &event"), self.linked_event)
        form.addRow(self.tr("Linked dele&gation"), self.delegation)
        form.addRow(self.tr("C&urrency"), self.currency)
        form.addRow(self.tr("Amount in that c&urrency"), self.foreign)
        form.addRow(self.tr("E&xchange rate (€ per unit)"), self.rate)
        form.addRow(self.tr("N&otes"), self.notes)
        self._fill_categories()
        if line:
            self._load(line)
        self.resize(520, 560)

    def _fill_categories(self) -> None:
        # Qt hands enum data back as plain strings: compare by value.
        kind = BudgetKind(self.kind.currentData() or BudgetKind.CHARGE)
        current = self.category.currentData()
        self.category.clear()
        for code, label, category_kind in self.chart:
            if category_kind == kind:
                self.category.addItem(f"{code} — {qtr('Chart', label)}", code)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def _load(self, line: BudgetLineData) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(line.kind)))
        self._fill_categories()
        self.category.setCurrentIndex(max(0, self.category.findData(line.category_code)))
        self.label.setText(line.label)
        self.forecast.setText(_amount_text(line.forecast_cents))
        self.actual.setText(_amount_text(line.actual_cents))
        self.date.setDate(line.entry_date)
        self.payee.setText(line.payee or "")
        self.receipt.setText(line.receipt_ref or "")
        self.source.setCurrentText(line.funding_source or "")
        self.linked_event.setCurrentIndex(max(0, self.linked_event.findData(line.event_id)))
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(line.delegation_id)))
        self.currency.setText(line.currency)
        self.foreign.setText("" if line.foreign_amount is None else str(line.foreign_amount))
        self.rate.setText("" if line.exchange_rate is None else str(line.exchange_rate))
        self.notes.setPlainText(line.notes or "")

    def _build(self) -> int:
        """Saved here, so that a refusal keeps the dialog open on the field."""
        data = BudgetLineData(
            id=self.original.id if self.original else None,
            version=self.original.version if self.original else None,
            year=self.year,
            kind=BudgetKind(self.kind.currentData() or BudgetKind.CHARGE),
            category_code=self.category.currentData() or "",
            label=self.label.text(),
            forecast_cents=parse_amount("forecast", self.forecast.text(), _lang()) or 0,
            actual_cents=parse_amount("actual", self.actual.text(), _lang()) or 0,
            entry_date=self.date.read("date"),
            payee=self.payee.text(),
            receipt_ref=self.receipt.text(),
            funding_source=self.source.currentText(),
            event_id=self.linked_event.currentData(),
            delegation_id=self.delegation.currentData(),
            currency=self.currency.text() or "EUR",
            foreign_amount=_decimal("exchange_rate", self.foreign.text()),
            exchange_rate=_decimal("exchange_rate", self.rate.text()),
            notes=self.notes.toPlainText(),
        )
        try:
            return self.budget.save(data)
        except EditConflictError as conflict:
            # Someone saved this line meanwhile: nothing was written, the form keeps its text.
            saved = resolve_conflict(
                self, conflict, self.conflict_fields(), self.budget.save, self.original
            )
            if saved is None:
                raise KeptOpen from conflict
            return saved

    def conflict_fields(self) -> list[ConflictField]:
        def money(name: str) -> Callable[[BudgetLineData], str]:
            return lambda data: euros(getattr(data, name))

        def currency(data: BudgetLineData) -> str:
            if data.currency == "EUR" or data.foreign_amount is None:
                return data.currency
            return f"{data.foreign_amount} {data.currency} × {data.exchange_rate}"

        return [
            ConflictField(field_label("kind"), ("kind",)),
            ConflictField(
                field_label("category"),
                ("category_code",),
                shown_in(self.category, "category_code"),
            ),
            ConflictField(field_label("label"), ("label",)),
            ConflictField(field_label("forecast"), ("forecast_cents",), money("forecast_cents")),
            ConflictField(field_label("actual"), ("actual_cents",), money("actual_cents")),
            ConflictField(field_label("day"), ("entry_date",)),
            ConflictField(field_label("payee"), ("payee",)),
            ConflictField(field_label("receipt_ref"), ("receipt_ref",)),
            ConflictField(field_label("funding_source"), ("funding_source",)),
            ConflictField(
                field_label("event"), ("event_id",), shown_in(self.linked_event, "event_id")
            ),
            ConflictField(
                field_label("delegation"),
                ("delegation_id",),
                shown_in(self.delegation, "delegation_id"),
            ),
            ConflictField(
                field_label("currency"), ("currency", "foreign_amount", "exchange_rate"), currency
            ),
            ConflictField(field_label("notes"), ("notes",)),
        ]

    def accept(self) -> None:
        self.accept_with(
            self._build,
            {
                "label": self.label,
                "forecast": self.forecast,
                "actual": self.actual,
                "date": self.date,
                "currency": self.currency,
                "exchange_rate": self.rate,
                "category": self.category,
                "payee": self.payee,
            },
        )


class SubsidyDialog(RecordDialog):
    def __init__(
        self,
        budget: BudgetService,
        year: int,
        subsidy: SubsidyData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.budget = budget
        self.year = year
        self.original = subsidy
        self.setWindowTitle(self.tr("Subsidy request"))
        self.funder = QComboBox()
        self.funder.setEditable(True)
        self.funder.addItems(budget.funding_sources())
        self.funder.setCurrentText("")
        self.action = QLineEdit()
        self.requested = QLineEdit()
        self.granted = QLineEdit()
        self.status = QComboBox()
        for status, label in SUBSIDY_STATUS_LABELS.items():
            self.status.addItem(qtr("Labels", label), status)
        self.requested_on = DayEdit(optional=True)
        self.report_due = DayEdit(optional=True)
        self.report_due.edit.setPlaceholderText(
            self.tr("six months after the fiscal year, if empty")
        )
        self.reference = QLineEdit()
        form = self.form
        form.addRow(self.tr("&Funder *"), self.funder)
        form.addRow(self.tr("&Action financed *"), self.action)
        form.addRow(self.tr("Amount &requested (€)"), self.requested)
        form.addRow(self.tr("Amount &granted (€)"), self.granted)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Requested &on"), self.requested_on)
        form.addRow(self.tr("Financial report &due"), self.report_due)
        form.addRow(self.tr("Re&ference"), self.reference)
        if subsidy:
            self.funder.setCurrentText(subsidy.funder)
            self.action.setText(subsidy.action)
            self.requested.setText(_amount_text(subsidy.requested_cents))
            self.granted.setText(_amount_text(subsidy.granted_cents))
            self.status.setCurrentIndex(max(0, self.status.findData(subsidy.status)))
            self.requested_on.setDate(subsidy.requested_on)
            self.report_due.setDate(subsidy.report_due)
            self.reference.setText(subsidy.reference or "")

    def _build(self) -> int:
        return self.budget.save_subsidy(
            SubsidyData(
                id=self.original.id if self.original else None,
                year=self.year,
                funder=self.funder.currentText(),
                action=self.action.text(),
                requested_cents=parse_amount(
                    "requested", self.requested.text(), _lang(), allow_negative=False
                )
                or 0,
                granted_cents=parse_amount(
                    "granted", self.granted.text(), _lang(), allow_negative=False
                ),
                status=SubsidyStatus(self.status.currentData() or SubsidyStatus.PREPARED),
                requested_on=self.requested_on.read("date"),
                report_due=self.report_due.read("date"),
                reference=self.reference.text() or None,
            )
        )

    def accept(self) -> None:
        self.accept_with(
            self._build,
            {
                "requested": self.requested,
                "granted": self.granted,
                "date": self.requested_on,
                "action": self.action,
                "funding_source": self.funder,
            },
        )
