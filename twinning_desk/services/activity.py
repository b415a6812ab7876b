"""The annual activity report (rapport d'activité) for the general assembly.

For a year: per partner, the events and delegations that took place (up to ``today``:
an event of today counts, one of tomorrow is in the year ahead) with their dates,
places, participants (local, and invited by country), results, and the money spent and
received through the budget lines linked to them; the year's budget as the accounts
give it (every actual charge and produit of the fiscal year, and the part linked to an
event or a delegation, so the two can be told apart); and the year ahead: planned
events and visits, charter anniversaries, subsidy reports due. Read in one session, so
the figures agree with each other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    BudgetKind,
    BudgetLine,
    BudgetYear,
    Delegation,
    DelegationMember,
    DelegationStatus,
    Direction,
    Event,
    EventStatus,
    FundingSource,
    MissionReport,
    Partner,
    Subsidy,
    SubsidyStatus,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.commune import DEFAULT_COUNTRY, home_commune
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.event_queries import ANNIVERSARY_YEARS, add_years


@dataclass
class ActivityItem:
    """One event or delegation as the general assembly reads it."""

    kind: str  # "event" or "delegation"
    title: str
    start: date
    end: date | None
    local: int
    invited: dict[str, int]
    results: str | None
    spent_cents: int
    received_cents: int
    direction: Direction | None = None
    record_id: int = 0
    place: str | None = None

    @property
    def participants(self) -> int:
        return self.local + sum(self.invited.values())


@dataclass
class PartnerActivity:
    name: str  # empty for the committee's own events with no partner
    country_code: str
    items: list[ActivityItem] = field(default_factory=list)

    @property
    def events(self) -> int:
        return sum(1 for i in self.items if i.kind == "event")

    @property
    def delegations(self) -> int:
        return sum(1 for i in self.items if i.kind == "delegation")

    @property
    def participants(self) -> int:
        return sum(i.participants for i in self.items)

    @property
    def spent_cents(self) -> int:
        return sum(i.spent_cents for i in self.items)

    @property
    def received_cents(self) -> int:
        return sum(i.received_cents for i in self.items)


@dataclass(frozen=True)
class AheadItem:
    """Something to prepare in the twelve months after ``today``."""

    kind: str  # "event", "delegation", "anniversary", "report_due"
    day: date
    text: str  # title, partner's name, or the subsidy's funder and action
    years: int | None = None  # the anniversary's number of years
    direction: Direction | None = None


@dataclass
class BudgetFigures:
    """The fiscal year's actual amounts, as the accounts give them (contributions in kind
    apart), and the part of them linked to an event or a delegation."""

    received_cents: int = 0
    spent_cents: int = 0
    linked_received_cents: int = 0
    linked_spent_cents: int = 0

    @property
    def result_cents(self) -> int:
        return self.received_cents - self.spent_cents


@dataclass
class ActivityReport:
    year: int
    commune: str
    committee: str | None
    home_country: str
    partners: list[PartnerActivity]
    events: int
    delegations: int
    received_visits: int
    made_visits: int
    local: int
    invited: dict[str, int]
    spent_cents: int
    received_cents: int
    today: date = field(default_factory=date.today)
    budget: BudgetFigures = field(default_factory=BudgetFigures)
    ahead: list[AheadItem] = field(default_factory=list)


def _money(lines: list[BudgetLine]) -> tuple[int, int]:
    spent = sum(line.actual_cents for line in lines if line.kind == BudgetKind.CHARGE)
    received = sum(line.actual_cents for line in lines if line.kind == BudgetKind.PRODUIT)
    return spent, received


class ActivityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def years(self) -> list[int]:
        with self.db.reading() as session:
            found = {d.year for d in session.scalars(select(Delegation.start_date))}
            found |= {d.year for d in session.scalars(select(Event.start))}
        return sorted(found, reverse=True)

    def report(self, year: int, today: date | None = None) -> ActivityReport:
        """The year up to ``today`` (default: the computer's date): what took place, and
        what is ahead from tomorrow on."""
        today = today or date.today()
        if not 1900 <= year <= 2200:
            raise ValidationError(
                "year",
                QT_TRANSLATE_NOOP("Validation", "the year {year} is not between {min} and {max}."),
                year=year,
                min=1900,
                max=2200,
            )
        first, last = datetime(year, 1, 1), datetime(year + 1, 1, 1)
        # Took place: started on or before today. Tomorrow onwards is the year ahead.
        tomorrow = datetime.combine(today + timedelta(days=1), time(0, 0))
        last = min(last, tomorrow)
        with self.db.reading() as session:
            commune = home_commune(session)
            home = commune.country_code if commune else DEFAULT_COUNTRY
            groups: dict[int | None, PartnerActivity] = {}

            def group(partner: Partner | None) -> PartnerActivity:
                key = partner.id if partner else None
                if key not in groups:
                    groups[key] = PartnerActivity(
                        partner.name if partner else "",
                        (partner.country_code or "") if partner else "",
                    )
                return groups[key]

            lines = list(
                session.scalars(
                    select(BudgetLine).where(
                        (BudgetLine.event_id.is_not(None)) | (BudgetLine.delegation_id.is_not(None))
                    )
                )
            )
            by_event: dict[int, list[BudgetLine]] = {}
            by_delegation: dict[int, list[BudgetLine]] = {}
            for line in lines:
                if line.event_id is not None:
                    by_event.setdefault(line.event_id, []).append(line)
                elif line.delegation_id is not None:
                    by_delegation.setdefault(line.delegation_id, []).append(line)

            events = session.scalars(
                select(Event)
                .where(
                    Event.start >= first,
                    Event.start < last,
                    Event.status != EventStatus.CANCELLED,
                )
                .options(selectinload(Event.partners), selectinload(Event.participant_counts))
                .order_by(Event.start)
            )
            for e in events:
                invited: Counter[str] = Counter()
                for c in e.participant_counts:
                    invited[c.country_code] += c.count
                spent, received = _money(by_event.get(e.id, []))
                results = "\n".join(x for x in (e.effects_here, e.effects_there) if x) or None
                item = ActivityItem(
                    "event",
                    e.title,
                    e.start.date(),
                    e.end.date() if e.end else None,
                    e.local_participants,
                    dict(invited),
                    results,
                    spent,
                    received,
                    record_id=e.id,
                    place=e.place,
                )
                event_partners: list[Partner | None] = list(e.partners) or [None]
                # Money and people are counted once, with the first partner.
                for index, partner in enumerate(event_partners):
                    if index:
                        item = ActivityItem(
                            **{
                                **item.__dict__,
                                "spent_cents": 0,
                                "received_cents": 0,
                                "local": 0,
                                "invited": {},
                            }
                        )
                    group(partner).items.append(item)

            delegations = session.scalars(
                select(Delegation)
                .where(
                    Delegation.start_date >= first.date(),
                    Delegation.start_date < last.date(),
                    Delegation.status != DelegationStatus.CANCELLED,
                )
                .options(
                    selectinload(Delegation.members).selectinload(DelegationMember.person),
                    selectinload(Delegation.partner),
                )
                .order_by(Delegation.start_date)
            )
            received_visits = made_visits = 0
            for d in delegations:
                counts: Counter[str] = Counter()
                for m in d.members:
                    counts[
                        m.person.country_code
                        or ((d.partner.country_code or home) if m.invited else home)
                    ] += 1
                local = counts.pop(home, 0)
                report = session.scalar(
                    select(MissionReport).where(MissionReport.delegation_id == d.id)
                )
                spent, received = _money(by_delegation.get(d.id, []))
                direction = Direction(d.direction)
                if direction == Direction.INCOMING:
                    received_visits += 1
                else:
                    made_visits += 1
                group(d.partner).items.append(
                    ActivityItem(
                        "delegation",
                        d.purpose,
                        d.start_date,
                        d.end_date,
                        local,
                        dict(counts),
                        report.results if report else None,
                        spent,
                        received,
                        direction,
                        record_id=d.id,
                    )
                )
            partners = sorted(groups.values(), key=lambda g: (g.name == "", g.name.casefold()))
            for g in partners:
                g.items.sort(key=lambda i: i.start)
            invited_total: Counter[str] = Counter()
            for g in partners:
                for i in g.items:
                    invited_total.update(i.invited)
            return ActivityReport(
                year=year,
                commune=commune.name if commune else "",
                committee=commune.committee_name if commune else None,
                home_country=home,
                partners=partners,
                events=len({i.record_id for g in partners for i in g.items if i.kind == "event"}),
                delegations=received_visits + made_visits,
                received_visits=received_visits,
                made_visits=made_visits,
                local=sum(i.local for g in partners for i in g.items),
                invited=dict(invited_total),
                spent_cents=sum(g.spent_cents for g in partners),
                received_cents=sum(g.received_cents for g in partners),
                today=today,
                budget=self._budget(session, year),
                ahead=self._ahead(session, today),
            )

    @staticmethod
    def _budget(session: Session, year: int) -> BudgetFigures:
        figures = BudgetFigures()
        rows = session.execute(
            select(
                BudgetLine.kind,
                BudgetLine.actual_cents,
                BudgetLine.event_id.is_not(None) | BudgetLine.delegation_id.is_not(None),
            )
            .join(BudgetYear, BudgetYear.id == BudgetLine.year_id)
            .where(BudgetYear.year == year)
        )
        for kind, actual, linked in rows:
            if kind == BudgetKind.CHARGE:
                figures.spent_cents += actual
                figures.linked_spent_cents += actual if linked else 0
            elif kind == BudgetKind.PRODUIT:
                figures.received_cents += actual
                figures.linked_received_cents += actual if linked else 0
        return figures

    @staticmethod
    def _ahead(session: Session, today: date) -> list[AheadItem]:
        """From tomorrow to a year after today: planned events and visits, anniversaries of
        the charters, and subsidy reports still due (overdue ones included)."""
        start = today + timedelta(days=1)
        horizon = today + timedelta(days=365)
        items: list[AheadItem] = []
        for e in session.scalars(
            select(Event)
            .where(
                Event.start >= datetime.combine(start, time(0, 0)),
                Event.start < datetime.combine(horizon + timedelta(days=1), time(0, 0)),
                Event.status != EventStatus.CANCELLED,
            )
            .order_by(Event.start)
        ):
            items.append(AheadItem("event", e.start.date(), e.title))
        for d, name in session.execute(
            select(Delegation, Partner.name)
            .join(Partner, Partner.id == Delegation.partner_id)
            .where(
                Delegation.start_date >= start,
                Delegation.start_date <= horizon,
                Delegation.status != DelegationStatus.CANCELLED,
            )
        ):
            items.append(AheadItem("delegation", d.start_date, name, direction=d.direction))
        seen: set[tuple[int, int]] = set()
        for signed, precision, name, pid in session.execute(
            select(Agreement.signed_start, Agreement.signed_precision, Partner.name, Partner.id)
            .join(Partner, Partner.id == Agreement.partner_id)
            .where(Agreement.signed_start.is_not(None))
        ):
            if signed is None:
                continue
            for years in ANNIVERSARY_YEARS:
                day = add_years(signed, years)
                if precision not in ("day", None):
                    day = date(signed.year + years, 1, 1)
                if start <= day <= horizon and (pid, years) not in seen:
                    seen.add((pid, years))
                    items.append(AheadItem("anniversary", day, name, years=years))
        for subsidy, funder in session.execute(
            select(Subsidy, FundingSource.name)
            .join(FundingSource, FundingSource.id == Subsidy.funding_source_id)
            .where(
                Subsidy.report_due.is_not(None),
                Subsidy.report_due <= horizon,
                Subsidy.status.in_([SubsidyStatus.GRANTED, SubsidyStatus.PAID]),
            )
        ):
            assert subsidy.report_due is not None
            items.append(
                AheadItem("report_due", subsidy.report_due, f"{funder} — {subsidy.action}")
            )
        return sorted(items, key=lambda i: (i.day, i.kind, i.text))
