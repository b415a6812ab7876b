"""The committee at a glance: where the partners are, the brochure's records, the ties to
look after and the year ahead. Read by the home tab, ``report geography`` and the map
export, so the three always agree.

Rules, said once here:

- Distances are great circles on the WGS84 mean radius (``geo.great_circle_km``, haversine),
  from the home commune's coordinates, computed afresh rather than read from the stored
  column, which an old import may have left stale.
- Every record has one holder; when several partners share the value (two towns the
  same distance away, two charters of the same year) the first by name (folded, then by
  id) holds it and the others are listed as ``tied_with``.
- An agreement dated only by a year or by a range (2001–2002) sorts by its first year:
  by its first possible day, the 1st of January of that year.
- Every partner is counted in ``partners``; those without coordinates are listed as not
  placed, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    AgreementType,
    DatePrecision,
    Delegation,
    DelegationMember,
    DelegationStatus,
    Direction,
    Event,
    EventStatus,
    FollowUp,
    FundingSource,
    MemberRole,
    Partner,
    PartnerStatus,
    Subsidy,
    SubsidyStatus,
)
from twinning_desk.services.commune import home_commune
from twinning_desk.services.dates import FuzzyDate
from twinning_desk.services.geo import continent_of, great_circle_km
from twinning_desk.services.partner_data import PartnerRow
from twinning_desk.services.partner_queries import PartnerQueries
from twinning_desk.services.text import fold

# The anniversaries a committee celebrates (DOMAIN.md): 10, 20, 25, 30, 40, 50… years.
ANNIVERSARIES = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
ONE_WAY_YEARS = 5
# Two visits or more in five years, all in the same direction: a one-way tie.
ONE_WAY_MIN_VISITS = 2
AHEAD_DAYS = 365
# How long an expired agreement stays in "to renew".
EXPIRED_SHOWN_DAYS = 365
AHEAD_LIMIT = 8


# ---------------------------------------------------------------- what is returned


class MapStatus:
    """How a partner is coloured: the Partners tab's words for its state."""

    ACTIVE = "active"
    NO_EXCHANGE = "no_exchange"
    ASLEEP = "asleep"
    ENDED = "ended"
    PROSPECT = "prospect"

    ALL = (ACTIVE, NO_EXCHANGE, ASLEEP, PROSPECT, ENDED)


@dataclass(frozen=True)
class MapPartner:
    id: int
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    population: int | None
    status: str  # a MapStatus value
    distance_km: float | None  # from home; None when either has no position

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Home:
    name: str
    country_code: str
    latitude: float | None
    longitude: float | None

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Record:
    """One line of the brochure: who holds it, the value, and who shares the value."""

    partner_id: int
    name: str
    country_code: str | None
    value: float | int
    tied_with: tuple[str, ...] = ()
    # For the agreement records: the agreement's type, title and date.
    agreement_type: AgreementType | None = None
    agreement_title: str | None = None
    signed: FuzzyDate | None = None


@dataclass
class Geography:
    home: Home | None
    partners: list[MapPartner]
    farthest: Record | None = None
    nearest: Record | None = None
    northernmost: Record | None = None
    southernmost: Record | None = None
    most_populous: Record | None = None
    oldest_agreement: Record | None = None
    newest_agreement: Record | None = None
    countries: int = 0
    continents: int = 0
    trips: int = 0  # outgoing delegations this calendar year
    trips_km: float = 0.0  # their round trips, home to partner and back
    year: int = 0

    @property
    def placed(self) -> list[MapPartner]:
        return [p for p in self.partners if p.placed]

    @property
    def not_placed(self) -> list[MapPartner]:
        return [p for p in self.partners if not p.placed]


@dataclass(frozen=True)
class Asleep:
    partner_id: int
    name: str
    last_exchange: date | None


@dataclass(frozen=True)
class OneWay:
    partner_id: int
    name: str
    received: int
    made: int


@dataclass(frozen=True)
class Expiring:
    partner_id: int
    name: str
    agreement_type: AgreementType
    agreement_title: str | None
    expires_on: date

    def expired(self, today: date) -> bool:
        return self.expires_on < today


@dataclass(frozen=True)
class Anniversary:
    partner_id: int
    name: str
    agreement_type: AgreementType
    agreement_title: str | None
    signed: FuzzyDate
    years: int
    on: date  # the day; the 1st of January when the agreement has only a year

    @property
    def exact(self) -> bool:
        return self.signed.precision is DatePrecision.DAY


@dataclass
class Watch:
    """Ties to look after."""

    asleep: list[Asleep] = field(default_factory=list)
    one_way: list[OneWay] = field(default_factory=list)
    expiring: list[Expiring] = field(default_factory=list)
    anniversaries: list[Anniversary] = field(default_factory=list)


@dataclass(frozen=True)
class ComingEvent:
    event_id: int
    title: str
    start: datetime
    partners: tuple[str, ...]


@dataclass(frozen=True)
class ComingDelegation:
    delegation_id: int
    partner_name: str
    direction: Direction
    start: date
    end: date


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: int
    text: str
    due: date
    event_id: int | None
    delegation_id: int | None


@dataclass(frozen=True)
class SubsidyReport:
    subsidy_id: int
    action: str
    funder: str
    due: date


@dataclass(frozen=True)
class MandatToVote:
    delegation_id: int
    partner_name: str
    start: date
    names: tuple[str, ...]


@dataclass
class YearAhead:
    events: list[ComingEvent] = field(default_factory=list)
    delegations: list[ComingDelegation] = field(default_factory=list)
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    subsidy_reports: list[SubsidyReport] = field(default_factory=list)
    mandats: list[MandatToVote] = field(default_factory=list)


# ---------------------------------------------------------------- records


T = TypeVar("T")


def pick(
    items: Iterable[T],
    value: Callable[[T], Any],
    name: Callable[[T], str],
    ident: Callable[[T], int],
    highest: bool,
) -> tuple[T, list[T]] | None:
    """The holder of a record and the others with the same value.

    The best value wins; among equals the first by folded name, then by id: the same
    answer on every machine and in every run."""
    pool = list(items)
    if not pool:
        return None
    best = max(value(i) for i in pool) if highest else min(value(i) for i in pool)
    equal = sorted((i for i in pool if value(i) == best), key=lambda i: (fold(name(i)), ident(i)))
    return equal[0], equal[1:]


def _record(
    found: tuple[MapPartner, list[MapPartner]] | None, value: Callable[[MapPartner], Any]
) -> Record | None:
    if found is None:
        return None
    holder, others = found
    return Record(
        partner_id=holder.id,
        name=holder.name,
        country_code=holder.country_code,
        value=value(holder),
        tied_with=tuple(o.name for o in others),
    )


def map_status(row: PartnerRow | None, status: PartnerStatus) -> str:
    if status is PartnerStatus.ENDED:
        return MapStatus.ENDED
    if status is PartnerStatus.PROSPECT:
        return MapStatus.PROSPECT
    if row is not None and row.dormant or status is PartnerStatus.DORMANT:
        return MapStatus.ASLEEP
    if row is None or row.no_exchange:
        return MapStatus.NO_EXCHANGE
    return MapStatus.ACTIVE


@dataclass(frozen=True)
class _Signed:
    partner_id: int
    name: str
    country_code: str | None
    type: AgreementType
    title: str | None
    signed: FuzzyDate


class GeographyService:
    """Reads only; built over the open database and the partners service (for the
    Partners tab's own last-exchange and dormant rules)."""

    def __init__(self, db: Database, partners: PartnerQueries) -> None:
        self.db = db
        self.partners = partners

    def geography(self, today: date | None = None) -> Geography:
        today = today or date.today()
        rows = {r.id: r for r in self.partners.rows()}
        with self.db.reading() as session:
            commune = home_commune(session)
            home = (
                Home(commune.name, commune.country_code, commune.latitude, commune.longitude)
                if commune is not None
                else None
            )
            stored = list(
                session.execute(
                    select(
                        Partner.id,
                        Partner.name,
                        Partner.country_code,
                        Partner.latitude,
                        Partner.longitude,
                        Partner.population,
                        Partner.status,
                    )
                )
            )
            signed = [
                _Signed(
                    a.partner_id,
                    name,
                    country,
                    AgreementType(a.type),
                    a.title,
                    signed,
                )
                for a, name, country in session.execute(
                    select(Agreement, Partner.name, Partner.country_code)
                    .join(Partner, Partner.id == Agreement.partner_id)
                    .where(Agreement.signed_start.is_not(None))
                )
                if (signed := _signed(a)) is not None
            ]
            year_start, year_end = date(today.year, 1, 1), date(today.year, 12, 31)
            trips = list(
                session.scalars(
                    select(Delegation.partner_id).where(
                        Delegation.direction == Direction.OUTGOING,
                        Delegation.status != DelegationStatus.CANCELLED,
                        Delegation.start_date >= year_start,
                        Delegation.start_date <= year_end,
                    )
                )
            )

        def distance(lat: float | None, lon: float | None) -> float | None:
            if home is None or not home.placed or lat is None or lon is None:
                return None
            assert home.latitude is not None and home.longitude is not None
            return round(great_circle_km(home.latitude, home.longitude, lat, lon), 1)

        partners = [
            MapPartner(
                id=pid,
                name=name,
                country_code=country,
                latitude=lat if lat is not None and lon is not None else None,
                longitude=lon if lat is not None and lon is not None else None,
                population=population,
                status=map_status(rows.get(pid), PartnerStatus(status)),
                distance_km=distance(lat, lon),
            )
            for pid, name, country, lat, lon, population, status in stored
        ]
        partners.sort(key=lambda p: (fold(p.name), p.id))
        geo = Geography(home=home, partners=partners, year=today.year)

        def name_of(p: MapPartner) -> str:
            return p.name

        def id_of(p: MapPartner) -> int:
            return p.id

        def km(p: MapPartner) -> float:
            assert p.distance_km is not None
            return p.distance_km

        def lat_of(p: MapPartner) -> float:
            assert p.latitude is not None
            return p.latitude

        def population_of(p: MapPartner) -> int:
            assert p.population is not None
            return p.population

        measured = [p for p in partners if p.distance_km is not None]
        placed = [p for p in partners if p.placed]
        counted = [p for p in partners if p.population is not None]
        geo.farthest = _record(pick(measured, km, name_of, id_of, True), km)
        geo.nearest = _record(pick(measured, km, name_of, id_of, False), km)
        geo.northernmost = _record(pick(placed, lat_of, name_of, id_of, True), lat_of)
        geo.southernmost = _record(pick(placed, lat_of, name_of, id_of, False), lat_of)
        geo.most_populous = _record(
            pick(counted, population_of, name_of, id_of, True), population_of
        )
        for attr, highest in (("oldest_agreement", False), ("newest_agreement", True)):
            found = pick(
                signed,
                lambda s: s.signed.start,
                lambda s: s.name,
                lambda s: s.partner_id,
                highest,
            )
            if found is not None:
                holder, others = found
                setattr(
                    geo,
                    attr,
                    Record(
                        partner_id=holder.partner_id,
                        name=holder.name,
                        country_code=holder.country_code,
                        value=holder.signed.start.year,
                        tied_with=tuple(
                            dict.fromkeys(o.name for o in others if o.name != holder.name)
                        ),
                        agreement_type=holder.type,
                        agreement_title=holder.title,
                        signed=holder.signed,
                    ),
                )
        codes = {p.country_code.upper() for p in partners if p.country_code}
        geo.countries = len(codes)
        geo.continents = len({c for c in (continent_of(code) for code in codes) if c})
        by_id = {p.id: p for p in partners}
        geo.trips = len(trips)
        geo.trips_km = round(
            sum(2 * (by_id[pid].distance_km or 0.0) for pid in trips if pid in by_id), 1
        )
        return geo

    # ---------------------------------------------------------------- ties to look after

    def watch(self, today: date | None = None) -> Watch:
        today = today or date.today()
        rows = self.partners.rows()
        found = Watch()
        found.asleep = sorted(
            (
                Asleep(r.id, r.name, r.last_exchange)
                for r in rows
                if r.dormant and r.status is not PartnerStatus.ENDED
            ),
            key=lambda a: (a.last_exchange or date.min, fold(a.name)),
        )
        since = _years_before(today, ONE_WAY_YEARS)
        horizon = today + timedelta(days=AHEAD_DAYS)
        with self.db.reading() as session:
            visits: dict[int, list[int]] = {}
            for pid, direction in session.execute(
                select(Delegation.partner_id, Delegation.direction).where(
                    Delegation.status != DelegationStatus.CANCELLED,
                    Delegation.start_date >= since,
                    Delegation.start_date <= today,
                )
            ):
                counts = visits.setdefault(pid, [0, 0])
                counts[0 if Direction(direction) is Direction.INCOMING else 1] += 1
            names: dict[int, str] = {}
            statuses: dict[int, PartnerStatus] = {}
            for pid, name, status in session.execute(
                select(Partner.id, Partner.name, Partner.status)
            ):
                names[pid], statuses[pid] = name, PartnerStatus(status)
            found.one_way = sorted(
                (
                    OneWay(pid, names[pid], received, made)
                    for pid, (received, made) in visits.items()
                    if received + made >= ONE_WAY_MIN_VISITS and min(received, made) == 0
                ),
                key=lambda o: (-(o.received + o.made), fold(o.name)),
            )
            agreements = [
                (a, name)
                for a, name in session.execute(select(Agreement, Partner.name).join(Partner))
            ]
        for a, name in agreements:
            if statuses[a.partner_id] is PartnerStatus.ENDED:
                continue
            if a.expires_on is not None and (
                today - timedelta(days=EXPIRED_SHOWN_DAYS) <= a.expires_on <= horizon
            ):
                found.expiring.append(
                    Expiring(a.partner_id, name, AgreementType(a.type), a.title, a.expires_on)
                )
            signed = _signed(a)
            if signed is None:
                continue
            for years in ANNIVERSARIES:
                on = _anniversary(signed, years)
                if on is None:
                    continue
                if signed.precision is DatePrecision.DAY:
                    inside = today <= on <= horizon
                else:  # known to the year (or month): the anniversary's year counts
                    inside = today.year <= on.year <= horizon.year and (
                        signed.precision is not DatePrecision.MONTH
                        or date(on.year, on.month, 1) >= date(today.year, today.month, 1)
                    )
                if inside:
                    found.anniversaries.append(
                        Anniversary(
                            a.partner_id, name, AgreementType(a.type), a.title, signed, years, on
                        )
                    )
        found.expiring.sort(key=lambda e: (e.expires_on, fold(e.name)))
        found.anniversaries.sort(key=lambda a: (a.on, fold(a.name), a.years))
        return found

    # ---------------------------------------------------------------- the year ahead

    def year_ahead(self, today: date | None = None, limit: int = AHEAD_LIMIT) -> YearAhead:
        today = today or date.today()
        horizon = today + timedelta(days=AHEAD_DAYS)
        ahead = YearAhead()
        with self.db.reading() as session:
            for event in session.scalars(
                select(Event)
                .options(selectinload(Event.partners))
                .where(
                    Event.start >= datetime.combine(today, time.min),
                    Event.start <= datetime.combine(horizon, time.max),
                    Event.status != EventStatus.CANCELLED,
                )
                .order_by(Event.start, Event.id)
                .limit(limit)
            ):
                ahead.events.append(
                    ComingEvent(
                        event.id, event.title, event.start, tuple(p.name for p in event.partners)
                    )
                )
            coming = list(
                session.scalars(
                    select(Delegation)
                    .options(
                        selectinload(Delegation.partner),
                        selectinload(Delegation.members).selectinload(DelegationMember.person),
                    )
                    .where(
                        Delegation.start_date >= today,
                        Delegation.start_date <= horizon,
                        Delegation.status != DelegationStatus.CANCELLED,
                    )
                    .order_by(Delegation.start_date, Delegation.id)
                )
            )
            for d in coming[:limit]:
                ahead.delegations.append(
                    ComingDelegation(
                        d.id, d.partner.name, Direction(d.direction), d.start_date, d.end_date
                    )
                )
            for d in coming:
                if Direction(d.direction) is not Direction.OUTGOING:
                    continue
                missing = tuple(
                    f"{m.person.first_name} {m.person.last_name.upper()}".strip()
                    for m in d.members
                    if MemberRole(m.role) is MemberRole.ELECTED
                    and (not m.mandat_number or m.mandat_date is None)
                )
                if missing:
                    ahead.mandats.append(
                        MandatToVote(d.id, d.partner.name, d.start_date, tuple(sorted(missing)))
                    )
            for f in session.scalars(
                select(FollowUp)
                .where(
                    FollowUp.done.is_(False),
                    FollowUp.due_date.is_not(None),
                    FollowUp.due_date <= horizon,
                )
                .order_by(FollowUp.due_date, FollowUp.id)
                .limit(limit)
            ):
                assert f.due_date is not None
                ahead.follow_ups.append(
                    DueFollowUp(f.id, f.text, f.due_date, f.event_id, f.delegation_id)
                )
            for s, funder in session.execute(
                select(Subsidy, FundingSource.name)
                .join(FundingSource, FundingSource.id == Subsidy.funding_source_id)
                .where(
                    Subsidy.report_due.is_not(None),
                    Subsidy.report_due <= horizon,
                    Subsidy.status.not_in([SubsidyStatus.SETTLED, SubsidyStatus.REFUSED]),
                )
                .order_by(Subsidy.report_due, Subsidy.id)
                .limit(limit)
            ):
                assert s.report_due is not None
                ahead.subsidy_reports.append(SubsidyReport(s.id, s.action, funder, s.report_due))
        return ahead


def _signed(agreement: Agreement) -> FuzzyDate | None:
    if agreement.signed_start is None:
        return None
    return FuzzyDate(
        agreement.signed_start,
        agreement.signed_end or agreement.signed_start,
        DatePrecision(agreement.signed_precision or DatePrecision.DAY),
    )


def _other_names(holder: str, names: Iterable[str]) -> tuple[str, ...]:
    """The other partners sharing a record, once each (a partner's two agreements of the
    same day are no tie)."""
    return tuple(dict.fromkeys(n for n in names if n != holder))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # the 29th of February
        return day.replace(year=day.year - years, day=28)


def _anniversary(signed: FuzzyDate, years: int) -> date | None:
    start = signed.start
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # signed on a 29th of February: celebrated on the 28th
        return start.replace(year=start.year + years, day=28)


# ---------------------------------------------------------------- plain data for JSON


def signed_text(signed: FuzzyDate | None) -> str | None:
    """ISO 8601: a day "1973-05-12", a month "1973-05", a year "1973", a range "2001/2002"."""
    if signed is None:
        return None
    if signed.precision is DatePrecision.YEAR:
        return str(signed.start.year)
    if signed.precision is DatePrecision.MONTH:
        return f"{signed.start.year:04d}-{signed.start.month:02d}"
    if signed.precision is DatePrecision.RANGE:
        return f"{signed.start.year}/{signed.end.year}"
    return signed.start.isoformat()


def records_json(geo: Geography) -> dict[str, Any]:
    """What ``report geography --format json`` prints (the shape issue #18 gives),
    with the count of continents, the year's trips and the partners not placed."""

    def place(record: Record | None, key: str) -> dict[str, Any] | None:
        if record is None:
            return None
        return {
            "name": record.name,
            "country": record.country_code,
            key: record.value,
            "tied_with": list(record.tied_with),
        }

    def agreement(record: Record | None) -> dict[str, Any] | None:
        if record is None:
            return None
        return {
            "name": record.name,
            "type": record.agreement_type.value if record.agreement_type else None,
            "signed": signed_text(record.signed),
            "tied_with": list(record.tied_with),
        }

    home = geo.home
    return {
        "home": {
            "name": home.name if home else None,
            "lat": home.latitude if home else None,
            "lon": home.longitude if home else None,
        },
        "partners": len(geo.partners),
        "countries": geo.countries,
        "continents": geo.continents,
        "farthest": place(geo.farthest, "km"),
        "nearest": place(geo.nearest, "km"),
        "northernmost": place(geo.northernmost, "lat"),
        "southernmost": place(geo.southernmost, "lat"),
        "most_populous": place(geo.most_populous, "population"),
        "oldest_agreement": agreement(geo.oldest_agreement),
        "newest_agreement": agreement(geo.newest_agreement),
        "trips": {"year": geo.year, "count": geo.trips, "km": geo.trips_km},
        "not_placed": [{"name": p.name, "country": p.country_code} for p in geo.not_placed],
    }
