"""Reading the budget: a year's lines sorted and filtered in SQL, their count, the
summary by top-level account (sub-accounts roll up) and the totals per action.

:class:`BudgetQueries` is the reading half of the budget service: ``BudgetService``
(``budget.py``) inherits it and adds years, accounts, lines and subsidies. It only
reads, through ``self.db``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import aliased

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    BudgetCategory,
    BudgetKind,
    BudgetLine,
    BudgetYear,
    Delegation,
    Direction,
    Event,
    FundingSource,
    Partner,
)
from twinning_desk.db.portable import like_any_case
from twinning_desk.services.budget_data import (
    AccountTotal,
    ActionTotals,
    BudgetQuery,
    BudgetRow,
    BudgetSummary,
    CategoryTotal,
)


class BudgetQueries:
    """The budget service's reading methods (see the module's docstring)."""

    db: Database

    # ---------------------------------------------------------------- lists and totals

    def _filters(self, query: BudgetQuery) -> list[ColumnElement[bool]]:
        year_id = select(BudgetYear.id).where(BudgetYear.year == query.year).scalar_subquery()
        conditions: list[ColumnElement[bool]] = [BudgetLine.year_id == year_id]
        text = (query.text or "").strip()
        if text:
            like = f"%{text}%"
            conditions.append(
                or_(
                    like_any_case(BudgetLine.label, like),
                    like_any_case(BudgetLine.payee, like),
                    like_any_case(BudgetLine.receipt_ref, like),
                )
            )
        if query.kind is not None:
            conditions.append(BudgetLine.kind == query.kind)
        if query.category_code:
            codes = select(BudgetCategory.id).where(
                or_(
                    BudgetCategory.code == query.category_code,
                    BudgetCategory.parent_id.in_(
                        select(BudgetCategory.id).where(BudgetCategory.code == query.category_code)
                    ),
                )
            )
            conditions.append(BudgetLine.category_id.in_(codes))
        if query.event_id:
            conditions.append(BudgetLine.event_id == query.event_id)
        if query.delegation_id:
            conditions.append(BudgetLine.delegation_id == query.delegation_id)
        return conditions

    @staticmethod
    def _action() -> Any:
        """The event's title or the delegation's partner a line belongs to."""
        return func.coalesce(
            select(Event.title).where(Event.id == BudgetLine.event_id).scalar_subquery(),
            select(Partner.name)
            .join(Delegation, Delegation.partner_id == Partner.id)
            .where(Delegation.id == BudgetLine.delegation_id)
            .scalar_subquery(),
        ).label("action")

    def _select(self, query: BudgetQuery, page: Any = None) -> Select:
        """The lines the query keeps, sorted; with ``page`` (a subquery of line ids),
        those lines only."""
        action = self._action()
        stmt = select(
            BudgetLine.id,
            BudgetLine.kind,
            BudgetCategory.code,
            BudgetCategory.label,
            BudgetLine.label.label("line_label"),
            BudgetLine.forecast_cents,
            BudgetLine.actual_cents,
            BudgetLine.entry_date,
            BudgetLine.payee,
            BudgetLine.receipt_ref,
            BudgetLine.currency,
            BudgetLine.foreign_amount,
            action,
        ).join(BudgetCategory, BudgetCategory.id == BudgetLine.category_id)
        if page is None:
            stmt = stmt.where(*self._filters(query))
        else:
            stmt = stmt.join(page, page.c.id == BudgetLine.id)
        return stmt.order_by(*self._order(query, action))

    @staticmethod
    def _order(query: BudgetQuery, action: Any) -> list[Any]:
        keys: dict[str, Any] = {
            "category": BudgetCategory.position,
            "label": func.lower(BudgetLine.label),
            "forecast": BudgetLine.forecast_cents,
            "actual": BudgetLine.actual_cents,
            "date": BudgetLine.entry_date,
            "payee": func.lower(BudgetLine.payee),
            "kind": BudgetLine.kind,
            "action": action,
        }
        key = keys.get(query.sort, BudgetCategory.position)
        order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
        return [order, BudgetLine.id]

    def _page(self, query: BudgetQuery, offset: int, limit: int) -> Any:
        """The ids of one page of lines: chosen first, so that each line's action (an
        event's title, a delegation's partner) is read for those 200 only, not for
        each of the year's 6,500 lines before the sort (issue #17)."""
        return (
            select(BudgetLine.id)
            .join(BudgetCategory, BudgetCategory.id == BudgetLine.category_id)
            .where(*self._filters(query))
            .order_by(*self._order(query, self._action()))
            .offset(offset)
            .limit(limit)
            .subquery()
        )

    def rows(
        self, query: BudgetQuery, offset: int = 0, limit: int | None = None
    ) -> list[BudgetRow]:
        if limit is None:
            stmt = self._select(query).offset(offset)
        else:
            stmt = self._select(query, self._page(query, offset, limit))
        with self.db.reading() as session:
            return [
                BudgetRow(
                    r.id,
                    BudgetKind(r.kind),
                    r.code,
                    r.label,
                    r.line_label,
                    r.forecast_cents,
                    r.actual_cents,
                    r.entry_date,
                    r.payee,
                    r.receipt_ref,
                    r.currency,
                    r.foreign_amount,
                    r.action,
                )
                for r in session.execute(stmt)
            ]

    def count(self, query: BudgetQuery) -> int:
        with self.db.reading() as session:
            return int(
                session.scalar(select(func.count(BudgetLine.id)).where(*self._filters(query))) or 0
            )

    def summary(self, year: int) -> BudgetSummary:
        """Totals by top-level account (sub-accounts roll up into 62, 74, 75), in SQL."""
        parent = select(
            BudgetCategory.id,
            func.coalesce(BudgetCategory.parent_id, BudgetCategory.id).label("top"),
        ).subquery()
        year_id = select(BudgetYear.id).where(BudgetYear.year == year).scalar_subquery()
        sums = (
            select(
                parent.c.top, func.sum(BudgetLine.forecast_cents), func.sum(BudgetLine.actual_cents)
            )
            .join(parent, parent.c.id == BudgetLine.category_id)
            .where(BudgetLine.year_id == year_id)
            .group_by(parent.c.top)
        )
        with self.db.reading() as session:  # the chart is seeded when a file opens
            totals = {top: (int(f or 0), int(a or 0)) for top, f, a in session.execute(sums)}
            # Columns, not the mapped objects: read at each change of year.
            tops = session.execute(
                select(
                    BudgetCategory.id,
                    BudgetCategory.code,
                    BudgetCategory.label,
                    BudgetCategory.kind,
                )
                .where(BudgetCategory.parent_id.is_(None))
                .order_by(BudgetCategory.position)
            )
            summary = BudgetSummary(year)
            for ident, code, label, kind in tops:
                forecast, actual = totals.get(ident, (0, 0))
                summary.categories.append(
                    CategoryTotal(code, label, BudgetKind(kind), forecast, actual)
                )
        return summary

    def account_totals(
        self, year: int, event_id: int | None = None, delegation_id: int | None = None
    ) -> list[AccountTotal]:
        """Every account of the chart in the Cerfa order, split by the funder named on
        its lines, for the subsidy forms (each funder of account 74 on its own line).

        Sums in SQL, grouped by account and funding source; an account with no line
        comes once at zero. ``event_id`` or ``delegation_id`` keep one action's lines."""
        query = BudgetQuery(year=year, event_id=event_id, delegation_id=delegation_id)
        sums = (
            select(
                BudgetLine.category_id,
                FundingSource.name,
                func.sum(BudgetLine.forecast_cents),
                func.sum(BudgetLine.actual_cents),
            )
            .outerjoin(FundingSource, FundingSource.id == BudgetLine.funding_source_id)
            .where(*self._filters(query))
            .group_by(BudgetLine.category_id, FundingSource.name)
            .order_by(BudgetLine.category_id, FundingSource.name.asc().nulls_first())
        )
        parent = aliased(BudgetCategory)
        chart = (
            select(BudgetCategory, parent.code)
            .outerjoin(parent, parent.id == BudgetCategory.parent_id)
            .order_by(BudgetCategory.position, BudgetCategory.code)
        )
        with self.db.reading() as session:
            by_category: dict[int, list[tuple[str | None, int, int]]] = {}
            for category_id, name, planned, done in session.execute(sums):
                by_category.setdefault(category_id, []).append(
                    (name, int(planned or 0), int(done or 0))
                )
            totals: list[AccountTotal] = []
            for category, parent_code in session.execute(chart):
                for funder, forecast, actual in by_category.get(category.id, [(None, 0, 0)]):
                    totals.append(
                        AccountTotal(
                            category.code,
                            category.label,
                            BudgetKind(category.kind),
                            parent_code,
                            funder,
                            forecast,
                            actual,
                        )
                    )
        return totals

    def year_period(self, year: int) -> tuple[date, date] | None:
        """First and last day of the fiscal year, when it exists."""
        with self.db.reading() as session:
            row = session.execute(
                select(BudgetYear.start_date, BudgetYear.end_date).where(BudgetYear.year == year)
            ).first()
        return (row[0], row[1]) if row else None

    def by_action(self, year: int) -> list[ActionTotals]:
        """Charges and income, forecast and actual, per event or delegation of the year,
        for the "Par action" sheet, in the order they took place.

        Each action by its own record, never by its name: two trips to the same town in
        one year are two rows. A line linked to both a delegation and an event counts
        once, for the delegation, as the delegation's mission report counts it."""
        lines = (
            select(
                BudgetLine.kind,
                BudgetLine.forecast_cents,
                BudgetLine.actual_cents,
                BudgetLine.event_id,
                BudgetLine.delegation_id,
            )
            .join(BudgetYear)
            .where(
                BudgetYear.year == year,
                or_(BudgetLine.event_id.is_not(None), BudgetLine.delegation_id.is_not(None)),
            )
        )
        totals: dict[tuple[str, int], list[int]] = {}
        with self.db.reading() as session:
            for kind, forecast, actual, event_id, delegation_id in session.execute(lines):
                if BudgetKind(kind) is BudgetKind.CONTRIBUTION:
                    continue
                # The query keeps lines with one or the other.
                key = ("delegation", delegation_id) if delegation_id else ("event", event_id or 0)
                sums = totals.setdefault(key, [0, 0, 0, 0])
                offset = 0 if BudgetKind(kind) is BudgetKind.CHARGE else 2
                sums[offset] += forecast
                sums[offset + 1] += actual
            named: dict[tuple[str, int], tuple[str, date, Direction | None]] = {}
            event_ids = [i for k, i in totals if k == "event"]
            delegation_ids = [i for k, i in totals if k == "delegation"]
            if event_ids:
                for i, title, began in session.execute(
                    select(Event.id, Event.title, Event.start).where(Event.id.in_(event_ids))
                ):
                    named[("event", i)] = (title, began.date(), None)
            if delegation_ids:
                for i, partner, first_day, direction in session.execute(
                    select(Delegation.id, Partner.name, Delegation.start_date, Delegation.direction)
                    .join(Partner, Partner.id == Delegation.partner_id)
                    .where(Delegation.id.in_(delegation_ids))
                ):
                    named[("delegation", i)] = (partner, first_day, Direction(direction))
        rows = [
            ActionTotals(kind, *named[(kind, ident)], *sums)
            for (kind, ident), sums in totals.items()
            if (kind, ident) in named
        ]
        return sorted(rows, key=lambda a: (a.day, a.name.casefold(), a.kind))

    def linked_actions(self, year: int) -> list[tuple[str, int, str, date]]:
        """("event" or "delegation", id, title or partner, first day) of the actions the
        year's lines belong to, by day: the choices of the budget's "by action" filter.

        Only those: thirty years of events in one list would take a second to fill and
        hide the few that matter for the year."""
        # The year's lines read once for both kinds of action (they are spread over the
        # file: reading them is most of the cost), then each action by its key.
        linked = (
            select(BudgetLine.event_id, BudgetLine.delegation_id)
            .join(BudgetYear)
            .where(BudgetYear.year == year)
            .distinct()
        )
        with self.db.reading() as session:
            pairs = session.execute(linked).all()
            event_ids = sorted({e for e, _ in pairs if e is not None})
            delegation_ids = sorted({d for _, d in pairs if d is not None})
            found: list[tuple[str, int, str, date]] = []
            if event_ids:
                events = select(Event.id, Event.title, Event.start).where(Event.id.in_(event_ids))
                found += [("event", i, t, s.date()) for i, t, s in session.execute(events)]
            if delegation_ids:
                delegations = (
                    select(Delegation.id, Partner.name, Delegation.start_date)
                    .join(Partner, Partner.id == Delegation.partner_id)
                    .where(Delegation.id.in_(delegation_ids))
                )
                found += [("delegation", i, n, d) for i, n, d in session.execute(delegations)]
        return sorted(found, key=lambda a: (a[3], a[2].casefold(), a[1]))
