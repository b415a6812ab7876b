"""Reading partners: the Partners table's pages (filtered and paged in SQL, with the
exchange figures kept between changes: last exchange, visits each way, the dormant flag),
the agreements export, and one partner whole.

:class:`PartnerQueries` is the reading half of the partners service: ``PartnerService``
(``partners.py``) inherits it and adds validation and writing. It only reads, through
``self.db``.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, case, func, or_, select
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
from twinning_desk.db.portable import day_of
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


# A shared database's figures are read again after this long even if no change was
# heard of: a change notice lost with a dropped connection does not leave them stale.
SHARED_ACTIVITY_SECONDS = 60
ACTIVITY_TOPICS = frozenset({"partners", "events", "delegations", "all"})


class Activity(NamedTuple):
    """A partner's exchanges so far: the last event or visit up to today (not the day
    noted by hand), and the visits not cancelled each way."""

    last: date | None
    received: int
    made: int


def _row(r: Any, activity: Activity | None, cutoff: date) -> PartnerRow:
    """One line of the list, its last exchange the latest of the events, the visits and
    the day noted by hand; asleep when set so, or active with that day before ``cutoff``."""
    noted = _as_date(r.last_exchange_noted)
    days = [d for d in (activity.last if activity else None, noted) if d is not None]
    last = max(days) if days else None
    status = PartnerStatus(r.status)
    dormant = status == PartnerStatus.DORMANT or (
        # Asleep needs a known last exchange: a partner whose history is not typed in
        # yet is "no exchange recorded", a neutral state.
        status == PartnerStatus.ACTIVE and last is not None and last < cutoff
    )
    return PartnerRow(
        id=r.id,
        name=r.name,
        country_code=r.country_code,
        status=status,
        kind=PartnerKind(r.kind),
        agreement_type=AgreementType(r.type) if r.type else None,
        signed=_fuzzy(r.signed_start, r.signed_end, r.signed_precision),
        distance_km=r.distance_km,
        last_exchange=last,
        visits_received=activity.received if activity else 0,
        visits_made=activity.made if activity else 0,
        dormant=dormant,
        agreement_title=r.title,
        has_position=r.latitude is not None,
        last_exchange_precision=_noted_precision(
            last, r.last_exchange_noted, r.last_exchange_noted_precision
        ),
    )


def partner_gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This partner no longer exists."))
    )


class PartnerQueries:
    """The partners service's reading methods (see the module's docstring)."""

    db: Database
    # (the day, the file's change count, when, the figures) of _activity: kept until a
    # change is heard of.
    _activity_kept: tuple[date, int | None, float, dict[int, Activity]] | None = None

    # ---------------------------------------------------------------- reading lists

    def _dormant_months(self, session: Session) -> int:
        commune = home_commune(session)
        return int((commune.dormant_after_months if commune else None) or 24)

    def _activity(self, session: Session, today: date) -> dict[int, Activity]:
        """Per partner: the last exchange that took place and the visits each way, in one
        grouped pass over events and one over delegations, kept until the day changes or
        the data do: a change made here (:meth:`forget_activity`), by another program
        on the file (:meth:`Database.change_count`), or by others on a server.

        The last exchange is an event or a visit up to today, not cancelled, or the day
        noted by hand: a cancelled or a future one does not keep a partnership awake
        (DOMAIN.md flags partners with no exchange for two years). Visits count every
        delegation not cancelled, past or planned. Both passes read every event and
        every delegation (35 ms at thirty years of data): made at each keystroke of the
        list's filter, they were most of it (issue #17), so they are made once per change.
        """
        kept = self._activity_kept
        # Another program writing to the file is told by the file's change count; a
        # server's changes by the notices the window hears (and, lest one is lost, by
        # the clock).
        count = self.db.change_count()
        if (
            kept is not None
            and kept[0] == today
            and kept[1] == count
            and (not self.db.shared or time.monotonic() - kept[2] < SHARED_ACTIVITY_SECONDS)
        ):
            return kept[3]
        events = (
            select(event_partners.c.partner_id, func.max(day_of(Event.start)))
            .join(Event, Event.id == event_partners.c.event_id)
            .where(day_of(Event.start) <= today, Event.status != EventStatus.CANCELLED)
            .group_by(event_partners.c.partner_id)
        )
        visits = (
            select(
                Delegation.partner_id,
                func.max(case((Delegation.start_date <= today, Delegation.start_date))),
                func.count(case((Delegation.direction == Direction.INCOMING, 1))),
                func.count(case((Delegation.direction == Direction.OUTGOING, 1))),
            )
            .where(Delegation.status != DelegationStatus.CANCELLED)
            .group_by(Delegation.partner_id)
        )
        found: dict[int, Activity] = {}
        for pid, last in session.execute(events):
            found[pid] = Activity(_as_date(last), 0, 0)
        for pid, last, received, made in session.execute(visits):
            seen = found.get(pid)
            last_day = _as_date(last)
            if seen is not None and seen.last is not None:
                last_day = max(seen.last, last_day) if last_day is not None else seen.last
            found[pid] = Activity(last_day, int(received or 0), int(made or 0))
        self._activity_kept = (today, count, time.monotonic(), found)
        return found

    def forget_activity(self, topic: str) -> None:
        """Events, visits or partners changed (here, or by others on a shared database):
        the figures are computed again when next read. Called in the notifying thread,
        before any view reads the list again (:meth:`ChangeNotifier.watch`)."""
        if topic in ACTIVITY_TOPICS:
            self._activity_kept = None

    def _list_select(self, query: PartnerQuery) -> Select:
        """The partners the filter keeps, with their current agreement, in the order
        asked when SQL can give it (not by last exchange: that is :meth:`_activity`'s)."""
        current = aliased(Agreement)
        current_id = (
            select(Agreement.id)
            .where(Agreement.partner_id == Partner.id)
            .order_by(Agreement.signed_start.desc().nulls_last(), Agreement.id.desc())
            .limit(1)
            .scalar_subquery()
        )
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
            )
            .select_from(Partner)
            .outerjoin(current, current.id == current_id)
        )
        stmt = stmt.where(*self._filters(query))
        return stmt.order_by(*self._order(query, current))

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

    def _order(self, query: PartnerQuery, current: Any) -> list[Any]:
        if query.sort == "last_exchange":  # by name here; rows() sorts by the day
            return [Partner.name_key, Partner.id]
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
        else:
            key = Partner.name_key
        primary = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
        return [primary, Partner.name_key, Partner.id]

    def rows(
        self,
        query: PartnerQuery | None = None,
        offset: int = 0,
        limit: int | None = None,
        today: date | None = None,
    ) -> list[PartnerRow]:
        """A page of the list; ``today`` (this day unless given) decides which exchanges
        have taken place and who is asleep."""
        query = query or PartnerQuery()
        today = today or date.today()
        # SQL pages the list, unless it depends on the activity figures: then every
        # partner the filter keeps is read (a few hundred at most) and Python pages them.
        in_sql = query.sort != "last_exchange" and not query.dormant_only
        with self.db.reading() as session:
            activity = self._activity(session, today)
            cutoff = months_before(today, self._dormant_months(session))
            stmt = self._list_select(query)
            if in_sql:
                stmt = stmt.offset(offset)
                if limit is not None:
                    stmt = stmt.limit(limit)
            rows = [_row(r, activity.get(r.id), cutoff) for r in session.execute(stmt)]
        if in_sql:
            return rows
        if query.dormant_only:
            rows = [r for r in rows if r.dormant]
        if query.sort == "last_exchange":
            # In name order already; stable sorts keep it among equal days. Partners
            # with no exchange come last either way, as NULLS LAST put them.
            known = [r for r in rows if r.last_exchange is not None]
            known.sort(key=lambda r: r.last_exchange or today, reverse=query.descending)
            rows = known + [r for r in rows if r.last_exchange is None]
        return rows[offset : None if limit is None else offset + limit]

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
        if query.dormant_only:  # the only filter that needs the exchange history
            return len(self.rows(query))
        with self.db.reading() as session:
            stmt = select(func.count(Partner.id)).where(*self._filters(query))
            return int(session.scalar(stmt) or 0)

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
