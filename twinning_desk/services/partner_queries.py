"""Reading partners: the Partners table's pages, sorted and filtered in SQL (last exchange,
visits each way, the dormant flag), the agreements export, and one partner whole.

:class:`PartnerQueries` is the reading half of the partners service: ``PartnerService``
(``partners.py``) inherits it and adds validation and writing. It only reads, through
``self.db``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    AgreementType,
    DatePrecision,
    Delegation,
    DelegationStatus,
    Direction,
    Event,
    EventStatus,
    Partner,
    PartnerKind,
    PartnerStatus,
    Theme,
    event_partners,
)
from twinning_desk.db.portable import day_of, greatest
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.attachments import attachment_content, describe
from twinning_desk.services.commune import home_commune
from twinning_desk.services.countries import all_countries
from twinning_desk.services.dates import FuzzyDate
from twinning_desk.services.errors import NotFoundError
from twinning_desk.services.partner_data import (
    AgreementData,
    AgreementRow,
    ContactData,
    PartnerData,
    PartnerQuery,
    PartnerRow,
)
from twinning_desk.services.text import fold


def _fuzzy(start: date | None, end: date | None, precision: Any) -> FuzzyDate | None:
    if start is None:
        return None
    return FuzzyDate(start, end or start, DatePrecision(precision or DatePrecision.DAY))


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _noted_precision(last: Any, noted: Any, precision: Any) -> DatePrecision | None:
    """The list's precision, when the last exchange shown is the one the list gave."""
    if precision is None or noted is None or _as_date(last) != _as_date(noted):
        return None
    return DatePrecision(precision)


def months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def partner_gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This partner no longer exists."))
    )


class PartnerQueries:
    """The partners service's reading methods (see the module's docstring)."""

    db: Database

    # ---------------------------------------------------------------- reading lists

    def _dormant_months(self, session: Session) -> int:
        commune = home_commune(session)
        return int((commune.dormant_after_months if commune else None) or 24)

    def _activity(self, today: date) -> Any:
        """Per partner: the last exchange that took place and the visits each way, in one
        grouped pass over events and one over delegations.

        The last exchange is an event or a visit up to today, not cancelled, or the day
        noted by hand: a cancelled or a future one does not keep a partnership awake
        (DOMAIN.md flags partners with no exchange for two years). Visits count every
        delegation not cancelled, past or planned. Grouped once rather than correlated
        per partner: the list is recomputed at each keystroke of the filter (issue #17).
        """
        events = (
            select(
                event_partners.c.partner_id.label("pid"),
                func.max(day_of(Event.start)).label("last_event"),
            )
            .join(Event, Event.id == event_partners.c.event_id)
            .where(day_of(Event.start) <= today, Event.status != EventStatus.CANCELLED)
            .group_by(event_partners.c.partner_id)
            .subquery("event_activity")
        )
        visits = (
            select(
                Delegation.partner_id.label("pid"),
                func.max(case((Delegation.start_date <= today, Delegation.start_date))).label(
                    "last_delegation"
                ),
                func.count(case((Delegation.direction == Direction.INCOMING, 1))).label(
                    "received"
                ),
                func.count(case((Delegation.direction == Direction.OUTGOING, 1))).label("made"),
            )
            .where(Delegation.status != DelegationStatus.CANCELLED)
            .group_by(Delegation.partner_id)
            .subquery("visit_activity")
        )
        last_event, last_delegation = events.c.last_event, visits.c.last_delegation
        noted = Partner.last_exchange_noted
        # SQLite's scalar max() is NULL when any side is: coalesce every way round.
        last_exchange = greatest(
            func.coalesce(last_event, last_delegation, noted),
            func.coalesce(last_delegation, noted, last_event),
            func.coalesce(noted, last_event, last_delegation),
        )
        return (
            select(
                Partner.id.label("pid"),
                last_exchange.label("last_exchange"),
                func.coalesce(visits.c.received, 0).label("received"),
                func.coalesce(visits.c.made, 0).label("made"),
            )
            .select_from(Partner)
            .outerjoin(events, events.c.pid == Partner.id)
            .outerjoin(visits, visits.c.pid == Partner.id)
            .cte("activity")
            .prefix_with("MATERIALIZED")
        )

    def _list_select(self, query: PartnerQuery, session: Session, today: date) -> Select:
        current = aliased(Agreement)
        current_id = (
            select(Agreement.id)
            .where(Agreement.partner_id == Partner.id)
            .order_by(Agreement.signed_start.desc().nulls_last(), Agreement.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        # Computed once per partner in a materialised CTE: the dormant flag, the sort and the
        # column all read it.
        activity = self._activity(today)
        last_exchange = activity.c.last_exchange
        cutoff = months_before(today, self._dormant_months(session))
        dormant = case(
            (Partner.status == PartnerStatus.DORMANT, literal(True)),
            (
                # Asleep needs a known last exchange: a partner whose history is not
                # typed in yet is "no exchange recorded", a neutral state.
                and_(Partner.status == PartnerStatus.ACTIVE, last_exchange < cutoff),
                literal(True),
            ),
            else_=literal(False),
        ).label("dormant")
        stmt = (
            select(
                Partner.id,
                Partner.name,
                Partner.country_code,
                Partner.status,
                Partner.kind,
                current.type,
                current.title,
                current.signed_start,
                current.signed_end,
                current.signed_precision,
                Partner.distance_km,
                Partner.latitude,
                Partner.last_exchange_noted,
                Partner.last_exchange_noted_precision,
                last_exchange,
                activity.c.received,
                activity.c.made,
                dormant,
            )
            .select_from(Partner)
            .join(activity, activity.c.pid == Partner.id)
            .outerjoin(current, current.id == current_id)
        )
        stmt = stmt.where(*self._filters(query))
        if query.dormant_only:
            stmt = stmt.where(dormant.is_(True))
        order = self._order(query, current, last_exchange)
        return stmt.order_by(*order)

    @staticmethod
    def _filters(query: PartnerQuery) -> list[ColumnElement[bool]]:
        """Search text, status and country: what the table's filter bar sets."""
        conditions: list[ColumnElement[bool]] = []
        text = fold(query.text or "")
        if text:
            codes = [code for code, name in all_countries(query.locale) if text in fold(name)]
            matches = [Partner.name_key.contains(text, autoescape=True)]
            if codes:
                matches.append(Partner.country_code.in_(codes))
            if len(text) == 2:
                matches.append(Partner.country_code == text.upper())
            conditions.append(or_(*matches))
        if query.status is not None:
            conditions.append(Partner.status == query.status)
        if query.country_code:
            conditions.append(Partner.country_code == query.country_code.upper())
        return conditions

    def _order(
        self, query: PartnerQuery, current: Any, last_exchange: ColumnElement[Any]
    ) -> list[Any]:
        if query.sort == "country":
            ranks = {code: i for i, (code, _name) in enumerate(all_countries(query.locale))}
            key: Any = case(ranks, value=Partner.country_code, else_=len(ranks))
        elif query.sort == "status":
            key = Partner.status
        elif query.sort == "agreement":
            key = current.type
        elif query.sort == "signed":
            key = current.signed_start
        elif query.sort == "distance":
            key = Partner.distance_km
        elif query.sort == "last_exchange":
            key = last_exchange
        else:
            key = Partner.name_key
        primary = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
        return [primary, Partner.name_key, Partner.id]

    def rows(
        self, query: PartnerQuery | None = None, offset: int = 0, limit: int | None = None
    ) -> list[PartnerRow]:
        query = query or PartnerQuery()
        today = date.today()
        with self.db.reading() as session:
            stmt = self._list_select(query, session, today).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [
                PartnerRow(
                    id=r.id,
                    name=r.name,
                    country_code=r.country_code,
                    status=PartnerStatus(r.status),
                    kind=PartnerKind(r.kind),
                    agreement_type=AgreementType(r.type) if r.type else None,
                    signed=_fuzzy(r.signed_start, r.signed_end, r.signed_precision),
                    distance_km=r.distance_km,
                    last_exchange=_as_date(r.last_exchange),
                    visits_received=r.received or 0,
                    visits_made=r.made or 0,
                    dormant=bool(r.dormant),
                    agreement_title=r.title,
                    has_position=r.latitude is not None,
                    last_exchange_precision=_noted_precision(
                        r.last_exchange, r.last_exchange_noted, r.last_exchange_noted_precision
                    ),
                )
                for r in session.execute(stmt)
            ]

    def choices(self) -> list[tuple[int, str, str | None]]:
        """(id, name, country code) of every partner, in the list's order by name: what
        a filter or a picker offers, without the activity figures :meth:`rows` computes
        (a fiftieth of the time on a thirty-year file, issue #17)."""
        stmt = select(Partner.id, Partner.name, Partner.country_code).order_by(
            Partner.name_key, Partner.id
        )
        with self.db.reading() as session:
            return [(i, n, c) for i, n, c in session.execute(stmt)]

    def count(self, query: PartnerQuery | None = None) -> int:
        query = query or PartnerQuery()
        with self.db.reading() as session:
            if not query.dormant_only:  # no need for the exchange history to count
                stmt = select(func.count(Partner.id)).where(*self._filters(query))
                return int(session.scalar(stmt) or 0)
            inner = self._list_select(query, session, date.today()).order_by(None).subquery()
            return int(session.scalar(select(func.count()).select_from(inner)) or 0)

    def agreement_rows(self) -> list[AgreementRow]:
        """Every agreement, one row each, ordered by partner then date (for exports)."""
        stmt = (
            select(
                Agreement, Partner.name, Partner.country_code, Partner.latitude, Partner.longitude
            )
            .join(Partner, Partner.id == Agreement.partner_id)
            .order_by(Partner.name_key, Agreement.signed_start.nulls_last(), Agreement.id)
        )
        with self.db.reading() as session:
            return [
                AgreementRow(
                    partner_name=name,
                    country_code=country,
                    type=AgreementType(a.type),
                    signed=_fuzzy(a.signed_start, a.signed_end, a.signed_precision),
                    place=a.place,
                    signatories=a.signatories,
                    expires_on=a.expires_on,
                    french_version=a.french_version,
                    latitude=lat,
                    longitude=lon,
                    title=a.title,
                )
                for a, name, country, lat, lon in session.execute(stmt)
            ]

    def themes(self) -> list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(Theme.name).order_by(Theme.name)))

    # ---------------------------------------------------------------- one partner

    def get(self, partner_id: int) -> PartnerData:
        with self.db.reading() as session:
            p = session.get(Partner, partner_id)
            if p is None:
                raise partner_gone()
            return PartnerData(
                id=p.id,
                version=p.version,
                name=p.name,
                country_code=p.country_code,
                kind=PartnerKind(p.kind),
                status=PartnerStatus(p.status),
                region=p.region,
                population=p.population,
                languages=p.languages,
                timezone=p.timezone,
                latitude=p.latitude,
                longitude=p.longitude,
                website=p.website,
                notes=p.notes,
                geoname_id=p.geoname_id,
                distance_km=p.distance_km,
                last_exchange_noted=p.last_exchange_noted,
                last_exchange_precision=p.last_exchange_noted_precision,
                themes=[t.name for t in p.themes],
                agreements=[
                    AgreementData(
                        id=a.id,
                        type=AgreementType(a.type),
                        title=a.title,
                        signed=_fuzzy(a.signed_start, a.signed_end, a.signed_precision),
                        place=a.place,
                        signatories=a.signatories,
                        expires_on=a.expires_on,
                        renewal=a.renewal,
                        french_version=a.french_version,
                        notes=a.notes,
                    )
                    for a in p.agreements
                ],
                contacts=[
                    ContactData(
                        id=c.id,
                        name=c.name,
                        role=c.role,
                        email=c.email,
                        phone=c.phone,
                        language=c.language,
                        notes=c.notes,
                    )
                    for c in p.contacts
                ],
                attachments=describe(p.attachments),
            )

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        return attachment_content(self.db, attachment_id)

    def name_index(self) -> dict[tuple[str, str | None], int]:
        """(folded name, country) → id of every partner: one query for a whole import."""
        with self.db.reading() as session:
            return {
                (key, country): pid
                for pid, key, country in session.execute(
                    select(Partner.id, Partner.name_key, Partner.country_code)
                )
            }

    def find_id(self, name: str, country_code: str | None) -> int | None:
        with self.db.reading() as session:
            same_country = (
                Partner.country_code == country_code.upper()
                if country_code
                else Partner.country_code.is_(None)
            )
            return session.scalar(
                select(Partner.id).where(Partner.name_key == fold(name), same_country)
            )
