"""The treasurer's budget: fiscal years, lines in exact cents, the summary, subsidies.

Lines are *charges*, *produits* or in-kind contributions (86/87), each with a forecast
(prévisionnel) and an actual (réalisé) amount in euro cents. A line paid in another
currency keeps that amount and the rate used; its euro amount is what adds up.

:class:`BudgetService` is the budget's one entry point: fiscal years, the chart of
accounts, lines and subsidies here; the lists and totals it inherits from
:class:`BudgetQueries` (``budget_queries.py``); the data classes and labels are in
``budget_data.py`` and importable from here too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    BudgetCategory,
    BudgetKind,
    BudgetLine,
    BudgetYear,
    Delegation,
    Event,
    FundingSource,
    Subsidy,
    SubsidyStatus,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import conflicts, notify
from twinning_desk.services.budget_chart import CHART, ensure_chart
from twinning_desk.services.budget_data import (
    KIND_LABELS,
    SUBSIDY_STATUS_LABELS,
    BudgetLineData,
    BudgetQuery,
    BudgetRow,
    BudgetSummary,
    CategoryTotal,
    SubsidyData,
)
from twinning_desk.services.budget_queries import BudgetQueries
from twinning_desk.services.commune import home_commune
from twinning_desk.services.errors import NotFoundError, ValidationError
from twinning_desk.services.money import MAX_CENTS, converted_cents
from twinning_desk.services.text import clean_text

__all__ = [
    "KIND_LABELS",
    "SUBSIDY_STATUS_LABELS",
    "BudgetLineData",
    "BudgetQuery",
    "BudgetRow",
    "BudgetService",
    "BudgetSummary",
    "CategoryTotal",
    "SubsidyData",
]


def _gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This budget line no longer exists."))
    )


def _check_amount(field_name: str, cents: int, allow_negative: bool = True) -> int:
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Validation", "is not an amount."))
    if cents < 0 and not allow_negative:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Validation", "cannot be negative."))
    if abs(cents) > MAX_CENTS:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "is larger than {max}; check the amount."),
            max="10 000 000",
        )
    return cents


class BudgetService(BudgetQueries):
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    # ---------------------------------------------------------------- years, categories

    def _year(self, session: Session, year: int, create: bool = True) -> BudgetYear:
        row = session.scalar(select(BudgetYear).where(BudgetYear.year == year))
        if row is None:
            if not create:
                raise ValidationError(
                    "year",
                    QT_TRANSLATE_NOOP("Validation", "the fiscal year {year} does not exist."),
                    year=year,
                )
            if not 1900 <= year <= 2200:
                raise ValidationError(
                    "year",
                    QT_TRANSLATE_NOOP(
                        "Validation", "the year {year} is not between {min} and {max}."
                    ),
                    year=year,
                    min=1900,
                    max=2200,
                )
            # Usually the calendar year; some associations start in another month.
            commune = home_commune(session)
            month = (commune.fiscal_year_start_month if commune else None) or 1
            start = date(year, month, 1)
            end = date(year + 1, month, 1) - timedelta(days=1)
            row = BudgetYear(year=year, start_date=start, end_date=end)
            session.add(row)
            session.flush()
        return row

    def ensure_year(self, year: int) -> None:
        with self.db.transaction() as session:
            ensure_chart(session)
            self._year(session, year)
        self.notifier.notify(notify.BUDGET)

    def years(self) -> list[int]:
        with self.db.reading() as session:
            return list(session.scalars(select(BudgetYear.year).order_by(BudgetYear.year.desc())))

    def current_year(self) -> int:
        with self.db.reading() as session:
            year = session.scalar(select(BudgetYear.year).where(BudgetYear.is_current.is_(True)))
        return int(year) if year else date.today().year

    def set_current(self, year: int) -> None:
        with self.db.transaction() as session:
            target = self._year(session, year)
            for row in session.scalars(select(BudgetYear)):
                row.is_current = row.id == target.id
        self.notifier.notify(notify.BUDGET)

    def seed_chart(self) -> None:
        """Add the accounts a file lacks; run when a file is opened for writing, so that
        showing the budget never has to write (a read-only file shows it too)."""
        with self.db.transaction() as session:
            ensure_chart(session)

    def categories(self) -> list[tuple[str, str, BudgetKind]]:
        """(code, label marker, kind) in the Cerfa order.

        A file never opened for writing since the chart came (read-only) shows the
        built-in chart rather than nothing.
        """
        # Columns, not the mapped objects: what the Budget tab's first show reads.
        stmt = select(BudgetCategory.code, BudgetCategory.label, BudgetCategory.kind).order_by(
            BudgetCategory.position, BudgetCategory.code
        )
        with self.db.reading() as session:
            rows = session.execute(stmt).all()
        if not rows:
            return [(code, label, kind) for code, label, kind, _parent in CHART]
        return [(code, label, BudgetKind(kind)) for code, label, kind in rows]

    def rename_category(self, code: str, label: str) -> None:
        """The treasurer's own wording for an account (shown as typed in every language)."""
        text = clean_text("label", label, max_length=200, required=True)
        with self.db.transaction() as session:
            ensure_chart(session)
            category = session.scalar(select(BudgetCategory).where(BudgetCategory.code == code))
            if category is None:
                raise ValidationError(
                    "category",
                    QT_TRANSLATE_NOOP("Validation", "choose a category of the chart of accounts."),
                )
            category.label = text or category.label
        self.notifier.notify(notify.BUDGET)

    def add_category(self, code: str, label: str, parent_code: str) -> None:
        """A sub-account (6257 "Réceptions" under 62…), of the same kind as its parent."""
        code = (clean_text("category", code, max_length=20, required=True) or "").upper()
        text = clean_text("label", label, max_length=200, required=True) or ""
        with self.db.transaction() as session:
            ensure_chart(session)
            parent = session.scalar(
                select(BudgetCategory).where(BudgetCategory.code == parent_code)
            )
            if parent is None:
                raise ValidationError(
                    "category",
                    QT_TRANSLATE_NOOP("Validation", "choose a category of the chart of accounts."),
                )
            if session.scalar(select(BudgetCategory.id).where(BudgetCategory.code == code)):
                raise ValidationError(
                    "category",
                    QT_TRANSLATE_NOOP("Validation", "the account {code} already exists."),
                    code=code,
                )
            top = (
                parent
                if parent.parent_id is None
                else session.get(BudgetCategory, parent.parent_id)
            )
            assert top is not None
            session.add(
                BudgetCategory(
                    code=code,
                    label=text,
                    kind=parent.kind,
                    parent_id=top.id,
                    position=parent.position,
                )
            )
        self.notifier.notify(notify.BUDGET)

    def funding_sources(self) -> list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(FundingSource.name).order_by(FundingSource.name)))

    def carry_over(self, from_year: int, to_year: int) -> int:
        """Start a year from another's forecast (actuals left at zero); returns the count."""
        with self.db.transaction() as session:
            source = self._year(session, from_year, create=False)
            target = self._year(session, to_year)
            count = 0
            for line in session.scalars(select(BudgetLine).where(BudgetLine.year_id == source.id)):
                session.add(
                    BudgetLine(
                        year_id=target.id,
                        kind=line.kind,
                        category_id=line.category_id,
                        label=line.label,
                        forecast_cents=line.forecast_cents,
                        actual_cents=0,
                        funding_source_id=line.funding_source_id,
                        currency="EUR",
                        notes=line.notes,
                    )
                )
                count += 1
        self.notifier.notify(notify.BUDGET)
        return count

    # ---------------------------------------------------------------- lines

    def validate(self, data: BudgetLineData) -> BudgetLineData:
        label = clean_text("label", data.label, max_length=300, required=True) or ""
        try:
            kind = BudgetKind(data.kind)
        except ValueError as exc:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("Validation", "unknown kind.")) from exc
        currency = (data.currency or "EUR").strip().upper()
        if pycountry.currencies.get(alpha_3=currency) is None:
            raise ValidationError(
                "currency",
                QT_TRANSLATE_NOOP(
                    "Validation", "“{value}” is not a currency code such as EUR, PLN or GBP."
                ),
                value=currency[:10],
            )
        forecast = _check_amount("forecast", data.forecast_cents)
        actual = _check_amount("actual", data.actual_cents)
        foreign, rate = data.foreign_amount, data.exchange_rate
        if currency != "EUR":
            if foreign is None or rate is None or rate <= 0:
                raise ValidationError(
                    "exchange_rate",
                    QT_TRANSLATE_NOOP(
                        "Validation", "give the amount in {currency} and the rate used."
                    ),
                    currency=currency,
                )
            actual = _check_amount("actual", converted_cents(foreign, rate))
        else:
            foreign, rate = None, None
        return BudgetLineData(
            id=data.id,
            version=data.version,
            year=data.year,
            kind=kind,
            category_code=data.category_code,
            label=label,
            forecast_cents=forecast,
            actual_cents=actual,
            entry_date=data.entry_date,
            payee=clean_text("payee", data.payee, max_length=200),
            receipt_ref=clean_text("receipt_ref", data.receipt_ref, max_length=100),
            funding_source=clean_text("funding_source", data.funding_source, max_length=200),
            event_id=data.event_id,
            delegation_id=data.delegation_id,
            currency=currency,
            foreign_amount=foreign,
            exchange_rate=rate,
            notes=clean_text("notes", data.notes, max_length=10_000, multiline=True),
        )

    def save(self, data: BudgetLineData) -> int:
        clean = self.validate(data)
        with (
            conflicts.caught(self.db, BudgetLine, clean, self.get),
            self.db.transaction() as session,
        ):
            line_id = self._write(session, clean)
        self.notifier.notify(notify.BUDGET)
        return line_id

    def save_many(self, lines: list[BudgetLineData]) -> int:
        cleaned = [self.validate(line) for line in lines]
        with self.db.transaction() as session:
            for line in cleaned:
                self._write(session, line, flush=False)
        self.notifier.notify(notify.BUDGET)
        return len(cleaned)

    def _write(self, session: Session, data: BudgetLineData, flush: bool = True) -> int:
        ensure_chart(session)
        category = session.scalar(
            select(BudgetCategory).where(BudgetCategory.code == data.category_code)
        )
        if category is None:
            raise ValidationError(
                "category",
                QT_TRANSLATE_NOOP("Validation", "choose a category of the chart of accounts."),
            )
        if BudgetKind(category.kind) is not data.kind:
            raise ValidationError(
                "category",
                QT_TRANSLATE_NOOP("Validation", "this category does not match the kind of line."),
            )
        year = self._year(session, data.year)
        if data.id is None:
            line = BudgetLine(
                year_id=year.id, kind=data.kind, category_id=category.id, label=data.label
            )
            session.add(line)
        else:
            found = session.get(BudgetLine, data.id)
            if found is None:
                raise _gone()
            conflicts.check_version(found, data.version)
            line = found
        for model, value, name in (
            (Event, data.event_id, "event"),
            (Delegation, data.delegation_id, "delegation"),
        ):
            if value is not None and session.get(model, value) is None:
                raise ValidationError(
                    name, QT_TRANSLATE_NOOP("Validation", "this record no longer exists.")
                )
        source_id = None
        if data.funding_source:
            source = session.scalar(
                select(FundingSource).where(FundingSource.name == data.funding_source)
            )
            if source is None:
                source = FundingSource(name=data.funding_source, kind="other")
                session.add(source)
                session.flush()
            source_id = source.id
        line.year_id, line.kind, line.category_id = year.id, data.kind, category.id
        line.label = data.label
        line.forecast_cents, line.actual_cents = data.forecast_cents, data.actual_cents
        line.entry_date, line.payee, line.receipt_ref = (
            data.entry_date,
            data.payee,
            data.receipt_ref,
        )
        line.funding_source_id = source_id
        line.event_id, line.delegation_id = data.event_id, data.delegation_id
        line.currency, line.foreign_amount = data.currency, data.foreign_amount
        line.exchange_rate, line.notes = data.exchange_rate, data.notes
        if flush:
            session.flush()
        return line.id or 0

    def get(self, line_id: int) -> BudgetLineData:
        with self.db.reading() as session:
            line = session.get(BudgetLine, line_id)
            if line is None:
                raise _gone()
            source = (
                session.get(FundingSource, line.funding_source_id)
                if line.funding_source_id
                else None
            )
            return BudgetLineData(
                id=line.id,
                version=line.version,
                year=line.year.year,
                kind=BudgetKind(line.kind),
                category_code=line.category.code,
                label=line.label,
                forecast_cents=line.forecast_cents,
                actual_cents=line.actual_cents,
                entry_date=line.entry_date,
                payee=line.payee,
                receipt_ref=line.receipt_ref,
                funding_source=source.name if source else None,
                event_id=line.event_id,
                delegation_id=line.delegation_id,
                currency=line.currency,
                foreign_amount=line.foreign_amount,
                exchange_rate=line.exchange_rate,
                notes=line.notes,
            )

    def duplicate(self, line_id: int) -> int:
        data = self.get(line_id)
        data.id = None
        return self.save(data)

    def delete(self, line_id: int) -> None:
        with self.db.transaction() as session:
            line = session.get(BudgetLine, line_id)
            if line is None:
                raise _gone()
            session.delete(line)
        self.notifier.notify(notify.BUDGET)

    # ---------------------------------------------------------------- subsidies

    def save_subsidy(self, data: SubsidyData) -> int:
        action = clean_text("action", data.action, max_length=300, required=True) or ""
        funder = clean_text("funding_source", data.funder, max_length=200, required=True) or ""
        requested = _check_amount("requested", data.requested_cents, allow_negative=False)
        granted = (
            None
            if data.granted_cents is None
            else _check_amount("granted", data.granted_cents, allow_negative=False)
        )
        with self.db.transaction() as session:
            year = self._year(session, data.year)
            source = session.scalar(select(FundingSource).where(FundingSource.name == funder))
            if source is None:
                source = FundingSource(name=funder, kind="other")
                session.add(source)
                session.flush()
            row = session.get(Subsidy, data.id) if data.id else None
            if row is None:
                row = Subsidy(year_id=year.id, funding_source_id=source.id, action=action)
                session.add(row)
            row.year_id, row.funding_source_id, row.action = year.id, source.id, action
            row.requested_cents, row.granted_cents = requested, granted
            row.status = SubsidyStatus(data.status)
            row.requested_on, row.decided_on, row.paid_on = (
                data.requested_on,
                data.decided_on,
                data.paid_on,
            )
            row.report_due = data.report_due or report_deadline(year.end_date)
            row.reference, row.notes = data.reference, data.notes
            row.event_id, row.delegation_id = data.event_id, data.delegation_id
            session.flush()
            subsidy_id = row.id
        self.notifier.notify(notify.BUDGET)
        return subsidy_id

    def _subsidy_select(self) -> Any:
        return (
            select(Subsidy, FundingSource.name, BudgetYear.year)
            .join(FundingSource, FundingSource.id == Subsidy.funding_source_id)
            .join(BudgetYear, BudgetYear.id == Subsidy.year_id)
        )

    def _subsidy_data(self, stmt: Any) -> list[SubsidyData]:
        with self.db.reading() as session:
            return [
                SubsidyData(
                    id=s.id,
                    year=y,
                    funder=name,
                    action=s.action,
                    requested_cents=s.requested_cents,
                    granted_cents=s.granted_cents,
                    status=SubsidyStatus(s.status),
                    requested_on=s.requested_on,
                    decided_on=s.decided_on,
                    paid_on=s.paid_on,
                    report_due=s.report_due,
                    reference=s.reference,
                    event_id=s.event_id,
                    delegation_id=s.delegation_id,
                    notes=s.notes,
                )
                for s, name, y in session.execute(stmt)
            ]

    def subsidies(self, year: int) -> list[SubsidyData]:
        return self._subsidy_data(
            self._subsidy_select().where(BudgetYear.year == year).order_by(Subsidy.id)
        )

    def reports_due(self, today: date | None = None, within_days: int = 120) -> list[SubsidyData]:
        """Subsidies granted or paid whose financial report is due soon (or overdue).

        One query over every year (it was one per fiscal year: thirty of them at each
        change of the budget's year, issue #17)."""
        today = today or date.today()
        return self._subsidy_data(
            self._subsidy_select()
            .where(
                Subsidy.status.in_([SubsidyStatus.GRANTED, SubsidyStatus.PAID]),
                Subsidy.report_due.is_not(None),
                Subsidy.report_due <= today + timedelta(days=within_days),
            )
            .order_by(Subsidy.report_due, BudgetYear.year, Subsidy.id)
        )


def report_deadline(fiscal_year_end: date) -> date:
    """The last day to send a subsidy's financial report (Cerfa 15059): "within the six
    months that follow the end of the fiscal year" (arrêté of 11 October 2006), so the
    last day of the sixth month after it. Six months after the day itself would give
    30 December for a year ending 30 June, a day early, and 28 August for one ending
    28 February instead of 31 August."""
    return _add_months(fiscal_year_end + timedelta(days=1), 6) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))
