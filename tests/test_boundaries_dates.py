"""Days at the edges of a year, a fiscal year and the two years after which a partnership
is asleep: 31 December and 1 January in every year filter, the fiscal year's first and
last days, the subsidy report's deadline, and which exchanges count as the last one.
Expected days are worked out by hand from the rule written beside them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from twinning_desk.db.models import (
    BudgetKind,
    BudgetYear,
    DelegationStatus,
    Direction,
    EventStatus,
    PartnerStatus,
)
from twinning_desk.services.budget import BudgetLineData, BudgetQuery, SubsidyData
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, DelegationQuery
from twinning_desk.services.events import EventData, EventQuery
from twinning_desk.services.partners import PartnerData

# The last moment of 2025 and the first of 2026, and their neighbours.
EDGES = {
    "first moment of 2025": datetime(2025, 1, 1, 0, 0),
    "last minute of 2025": datetime(2025, 12, 31, 23, 59),
    "first moment of 2026": datetime(2026, 1, 1, 0, 0),
    "last minute of 2024": datetime(2024, 12, 31, 23, 59),
    "midday 31 December 2025": datetime(2025, 12, 31, 12, 0),
}
IN_2025 = {"first moment of 2025", "last minute of 2025", "midday 31 December 2025"}


@pytest.fixture
def partner(configured: Services) -> int:
    return configured.partners.save(PartnerData(name="Bad Tölz", country_code="DE"))


def _events_at_the_edges(s: Services, partner: int) -> None:
    for title, start in EDGES.items():
        s.events.save(
            EventData(
                title=title,
                type="concert",
                start=start,
                all_day=start.time() == time(0, 0),
                partner_ids=[partner],
            )
        )


def _delegations_at_the_edges(s: Services, partner: int) -> None:
    for title, start in EDGES.items():
        if start.time() != time(0, 0) and start.hour != 23:
            continue  # a delegation has days, not times: one per day is enough
        s.delegations.save(
            DelegationData(
                partner_id=partner,
                direction=Direction.INCOMING,
                purpose="official",
                transport=title,
                start_date=start.date(),
                # Across New Year: 31 December to 2 January belongs to the year it starts in.
                end_date=start.date() + timedelta(days=2),
            )
        )


# ------------------------------------------------------------------ events


def test_the_events_of_a_year_run_from_1_january_to_31_december(
    configured: Services, partner: int
) -> None:
    _events_at_the_edges(configured, partner)
    titles = {r.title for r in configured.events.rows(EventQuery(year=2025))}
    assert titles == IN_2025
    assert configured.events.count(EventQuery(year=2025)) == 3
    assert {r.title for r in configured.events.rows(EventQuery(year=2026))} == {
        "first moment of 2026"
    }
    assert {r.title for r in configured.events.rows(EventQuery(year=2024))} == {
        "last minute of 2024"
    }
    assert configured.events.years() == [2026, 2025, 2024]


def test_the_calendar_month_of_december_ends_on_the_31st(
    configured: Services, partner: int
) -> None:
    _events_at_the_edges(configured, partner)
    december = {r.title for r in configured.events.month(2025, 12)}
    assert december == {"last minute of 2025", "midday 31 December 2025"}
    assert {r.title for r in configured.events.month(2026, 1)} == {"first moment of 2026"}
    assert {r.title for r in configured.events.month(2025, 1)} == {"first moment of 2025"}


# ------------------------------------------------------------------ delegations


def test_the_delegations_of_a_year_start_in_it(configured: Services, partner: int) -> None:
    _delegations_at_the_edges(configured, partner)

    def starts(year: int) -> set[date]:
        return {r.start for r in configured.delegations.rows(DelegationQuery(year=year))}

    assert starts(2025) == {date(2025, 1, 1), date(2025, 12, 31)}
    assert configured.delegations.count(DelegationQuery(year=2025)) == 2
    assert starts(2026) == {date(2026, 1, 1)}
    assert starts(2024) == {date(2024, 12, 31)}
    assert configured.delegations.years() == [2026, 2025, 2024]


# ------------------------------------------------------------------ activity report


def test_the_activity_report_of_a_year_holds_31_december_not_1_january(
    configured: Services, partner: int
) -> None:
    _events_at_the_edges(configured, partner)
    _delegations_at_the_edges(configured, partner)
    report = configured.activity.report(2025)
    items = {(i.kind, i.start) for g in report.partners for i in g.items}
    assert items == {
        ("event", date(2025, 1, 1)),
        ("event", date(2025, 12, 31)),  # two events that day: 12:00 and 23:59
        ("delegation", date(2025, 1, 1)),
        ("delegation", date(2025, 12, 31)),
    }
    titles = {i.title for g in report.partners for i in g.items if i.kind == "event"}
    assert titles == IN_2025
    assert (report.events, report.delegations, report.received_visits) == (3, 2, 2)
    report = configured.activity.report(2026)
    items = {(i.kind, i.start) for g in report.partners for i in g.items}
    assert items == {("event", date(2026, 1, 1)), ("delegation", date(2026, 1, 1))}
    assert (report.events, report.delegations) == (1, 1)
    assert configured.activity.years() == [2026, 2025, 2024]


# ------------------------------------------------------------------ budget by fiscal year


def _fiscal_year(s: Services, year: int) -> tuple[date, date]:
    s.budget.ensure_year(year)
    with s.db.reading() as session:
        row = session.scalar(select(BudgetYear).where(BudgetYear.year == year))
        assert row is not None
        return row.start_date, row.end_date


def _start_fiscal_year_in(s: Services, month: int) -> None:
    profile = s.commune.get()
    assert profile is not None
    profile.fiscal_year_start_month = month
    s.commune.save(profile)


@pytest.mark.parametrize(
    ("month", "year", "first", "last"),
    [
        (1, 2025, date(2025, 1, 1), date(2025, 12, 31)),  # the calendar year
        (7, 2025, date(2025, 7, 1), date(2026, 6, 30)),  # July to June
        (12, 2025, date(2025, 12, 1), date(2026, 11, 30)),
        (3, 2027, date(2027, 3, 1), date(2028, 2, 29)),  # ends on a leap day
        (3, 2025, date(2025, 3, 1), date(2026, 2, 28)),
    ],
)
def test_a_fiscal_year_is_twelve_months_to_the_day(
    configured: Services, month: int, year: int, first: date, last: date
) -> None:
    _start_fiscal_year_in(configured, month)
    assert _fiscal_year(configured, year) == (first, last)


def test_a_line_of_31_december_stays_in_its_fiscal_year(configured: Services) -> None:
    s = configured
    s.budget.save_many(
        [
            BudgetLineData(
                2025,
                BudgetKind.CHARGE,
                "625",
                "Réveillon",
                forecast_cents=10_000,
                actual_cents=12_345,
                entry_date=date(2025, 12, 31),
            ),
            BudgetLineData(
                2026,
                BudgetKind.CHARGE,
                "625",
                "Galette des rois",
                forecast_cents=5_000,
                actual_cents=4_000,
                entry_date=date(2026, 1, 1),
            ),
        ]
    )
    assert [r.label for r in s.budget.rows(BudgetQuery(year=2025))] == ["Réveillon"]
    assert [r.label for r in s.budget.rows(BudgetQuery(year=2026))] == ["Galette des rois"]
    # 625 rolls up into 62: 123,45 € actual in 2025, 40,00 € in 2026.
    assert s.budget.summary(2025).total(BudgetKind.CHARGE, actual=True) == 12_345
    assert s.budget.summary(2026).total(BudgetKind.CHARGE, actual=True) == 4_000
    assert s.budget.by_action(2025) == []


@pytest.mark.parametrize(
    ("month", "due"),
    [
        # "Within the six months that follow the end of the fiscal year" (Cerfa 15059,
        # arrêté of 11 October 2006): the last day of the sixth month after it.
        (1, date(2026, 6, 30)),  # ends 31/12/2025 → 30/06/2026
        (7, date(2026, 12, 31)),  # ends 30/06/2026 → 31/12/2026, not 30/12
        (10, date(2027, 3, 31)),  # ends 30/09/2026 → 31/03/2027, not 30/03
        (3, date(2026, 8, 31)),  # ends 28/02/2026 → 31/08/2026, not 28/08
        (9, date(2027, 2, 28)),  # ends 31/08/2026 → 28/02/2027 (no 31 February)
    ],
)
def test_the_financial_report_is_due_on_the_last_day_of_the_sixth_month(
    configured: Services, month: int, due: date
) -> None:
    _start_fiscal_year_in(configured, month)
    configured.budget.save_subsidy(
        SubsidyData(year=2025, funder="Commune", action="Jumelage", requested_cents=100_000)
    )
    assert [s.report_due for s in configured.budget.subsidies(2025)] == [due]


# ------------------------------------------------------------------ the last exchange


def _two_years_before(day: date) -> date:
    """The same day two years earlier; 28 February for a 29 February."""
    try:
        return day.replace(year=day.year - 2)
    except ValueError:
        return day.replace(year=day.year - 2, day=28)


def _event(s: Services, partner: int, day: date, status: EventStatus) -> None:
    s.events.save(
        EventData(
            title=f"{status} {day}",
            type="concert",
            start=datetime.combine(day, time(20, 0)),
            all_day=False,
            status=status,
            partner_ids=[partner],
        )
    )


def _delegation(s: Services, partner: int, day: date, status: DelegationStatus) -> None:
    s.delegations.save(
        DelegationData(
            partner_id=partner,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=day,
            end_date=day + timedelta(days=1),
            status=status,
        )
    )


def _row(s: Services) -> tuple[date | None, bool]:
    (row,) = s.partners.rows()
    return row.last_exchange, row.dormant


def test_a_cancelled_event_is_not_an_exchange(configured: Services, partner: int) -> None:
    s = configured
    today = date.today()
    long_ago = today - timedelta(days=365 * 3)
    _event(s, partner, long_ago, EventStatus.DONE)
    _event(s, partner, today - timedelta(days=10), EventStatus.CANCELLED)
    assert _row(s) == (long_ago, True)


def test_a_cancelled_visit_is_not_an_exchange(configured: Services, partner: int) -> None:
    s = configured
    today = date.today()
    long_ago = today - timedelta(days=365 * 3)
    _delegation(s, partner, long_ago, DelegationStatus.DONE)
    _delegation(s, partner, today - timedelta(days=10), DelegationStatus.CANCELLED)
    assert _row(s) == (long_ago, True)
    (row,) = s.partners.rows()
    assert (row.visits_received, row.visits_made) == (0, 1)


@pytest.mark.parametrize("kind", ["event", "delegation"])
def test_a_planned_exchange_counts_from_its_day_not_before(
    configured: Services, partner: int, kind: str
) -> None:
    """An exchange is the last one once it has happened: a visit planned for tomorrow does
    not wake a sleeping partnership today; one that starts today does."""
    s = configured
    today = date.today()
    long_ago = today - timedelta(days=365 * 3)
    add = (
        (lambda day: _event(s, partner, day, EventStatus.PLANNED))
        if kind == "event"
        else (lambda day: _delegation(s, partner, day, DelegationStatus.READY))
    )
    add(long_ago)
    add(today + timedelta(days=1))
    add(today + timedelta(days=400))
    assert _row(s) == (long_ago, True)
    add(today)
    assert _row(s) == (today, False)


@pytest.mark.parametrize(
    ("days_after_cutoff", "dormant"),
    [(-1, True), (0, False), (1, False)],
    ids=["a day more than two years", "exactly two years", "a day less"],
)
def test_asleep_after_two_full_years_without_an_exchange(
    configured: Services, partner: int, days_after_cutoff: int, dormant: bool
) -> None:
    """The default is 24 months: an exchange exactly two years ago to the day still keeps
    the partnership awake today; one a day older does not."""
    s = configured
    day = _two_years_before(date.today()) + timedelta(days=days_after_cutoff)
    _delegation(s, partner, day, DelegationStatus.DONE)
    assert _row(s) == (day, dormant)


def test_only_an_active_partnership_falls_asleep(configured: Services, partner: int) -> None:
    s = configured
    long_ago = date.today() - timedelta(days=365 * 3)
    _delegation(s, partner, long_ago, DelegationStatus.DONE)
    data = s.partners.get(partner)
    data.status = PartnerStatus.ENDED
    s.partners.save(data)
    assert _row(s) == (long_ago, False)
