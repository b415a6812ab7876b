"""The annual activity report (rapport d'activité) for the general assembly.

For a year: per partner, the events and delegations with their dates, participants
(local, and invited by country), results, and the money spent and received through the
budget lines linked to them; then the year's totals. Read in one session, so the
figures agree with each other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    BudgetKind,
    BudgetLine,
    Delegation,
    DelegationMember,
    Direction,
    Event,
    MissionReport,
    Partner,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.commune import DEFAULT_COUNTRY, home_commune
from twinning_desk.services.errors import ValidationError


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

    def report(self, year: int) -> ActivityReport:
        if not 1900 <= year <= 2200:
            raise ValidationError(
                "year",
                QT_TRANSLATE_NOOP("Validation", "the year {year} is not between {min} and {max}."),
                year=year,
                min=1900,
                max=2200,
            )
        first, last = datetime(year, 1, 1), datetime(year + 1, 1, 1)
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
                .where(Event.start >= first, Event.start < last)
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
                .where(Delegation.start_date >= first.date(), Delegation.start_date < last.date())
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
            )
