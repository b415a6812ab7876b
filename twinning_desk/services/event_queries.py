"""Reading events: the Events table's pages and the calendar's month, sorted and filtered
in SQL, one event whole, the choices the event editor offers, and what to prepare next
(next events, follow-ups due, charter anniversaries).

:class:`EventQueries` is the reading half of the events service: ``EventService``
(``events.py``) inherits it and adds validation and writing. It only reads, through
``self.db``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, extract, func, or_, select
from sqlalchemy.orm import selectinload

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    Delegation,
    Direction,
    Event,
    EventParticipantCount,
    EventStatus,
    FollowUp,
    LocalActor,
    Partner,
    Theme,
    event_partners,
    event_themes,
)
from twinning_desk.db.portable import joined, like_any_case, unindexed
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.attachments import describe
from twinning_desk.services.errors import NotFoundError
from twinning_desk.services.event_data import (
    EventData,
    EventQuery,
    EventRow,
    FollowUpData,
    InvitedCount,
    Upcoming,
)
from twinning_desk.services.text import fold

ANNIVERSARY_YEARS = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)


def event_gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This event no longer exists."))
    )


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class EventQueries:
    """The events service's reading methods (see the module's docstring)."""

    db: Database

    # ---------------------------------------------------------------- reading

    def get(self, event_id: int) -> EventData:
        with self.db.reading() as session:
            e = session.get(
                Event,
                event_id,
                options=[
                    selectinload(Event.partners),
                    selectinload(Event.themes),
                    selectinload(Event.actors),
                ],
            )
            if e is None:
                raise event_gone()
            return EventData(
                id=e.id,
                version=e.version,
                title=e.title,
                type=e.type,
                start=e.start,
                end=e.end,
                all_day=e.all_day,
                timezone=e.timezone,
                place=e.place,
                status=EventStatus(e.status),
                partner_ids=[p.id for p in e.partners],
                themes=[t.name for t in e.themes],
                actors=[a.name for a in e.actors],
                local_participants=e.local_participants,
                invited=[
                    InvitedCount(c.country_code, c.count, c.partner_id)
                    for c in e.participant_counts
                ],
                description=e.description,
                effects_here=e.effects_here,
                effects_there=e.effects_there,
                follow_ups=[
                    FollowUpData(
                        id=f.id, text=f.text, owner=f.owner, due_date=f.due_date, done=f.done
                    )
                    for f in e.follow_ups
                ],
                delegation_id=e.delegation_id,
                attachments=describe(e.attachments),
            )

    def _participants_expr(self) -> ColumnElement[Any]:
        invited = (
            select(func.coalesce(func.sum(EventParticipantCount.count), 0))
            .where(EventParticipantCount.event_id == Event.id)
            .scalar_subquery()
        )
        return (Event.local_participants + invited).label("participants")

    def _partners_expr(self) -> ColumnElement[Any]:
        return (
            select(joined(Partner.name, ", "))
            .join(event_partners, event_partners.c.partner_id == Partner.id)
            .where(event_partners.c.event_id == Event.id)
            .scalar_subquery()
            .label("partners")
        )

    def _filters(self, query: EventQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        text = (query.text or "").strip()
        if text:
            like = f"%{text}%"
            matches: list[ColumnElement[bool]] = [
                like_any_case(Event.title, like),
                like_any_case(Event.place, like),
            ]
            # The partners named are found first (300 names): most words name none,
            # and no event is then looked up by partner; otherwise each event's
            # partners are checked against those, only for the events the words did
            # not find already (issue #17).
            partner_ids = self._partners_named(text)
            if partner_ids:
                matches.append(
                    exists(
                        select(event_partners.c.event_id).where(
                            event_partners.c.event_id == Event.id,
                            unindexed(event_partners.c.partner_id).in_(partner_ids),
                        )
                    )
                )
            conditions.append(or_(*matches))
        if query.year:
            conditions.append(Event.start >= datetime(query.year, 1, 1))
            conditions.append(Event.start < datetime(query.year + 1, 1, 1))
        if query.partner_id:
            conditions.append(
                exists(
                    select(event_partners.c.event_id).where(
                        event_partners.c.event_id == Event.id,
                        event_partners.c.partner_id == query.partner_id,
                    )
                )
            )
        if query.type:
            conditions.append(Event.type == query.type)
        if query.theme:
            conditions.append(
                exists(
                    select(event_themes.c.event_id)
                    .join(Theme, Theme.id == event_themes.c.theme_id)
                    .where(
                        event_themes.c.event_id == Event.id,
                        Theme.name.in_(self._theme_names(query.theme)),
                    )
                )
            )
        return conditions

    def _partners_named(self, text: str) -> list[int]:
        """The partners whose name holds ``text``, accents and case aside."""
        stmt = select(Partner.id).where(Partner.name_key.contains(fold(text), autoescape=True))
        with self.db.reading() as session:
            return list(session.scalars(stmt))

    def _theme_names(self, theme: str) -> list[str]:
        with self.db.reading() as session:
            return [
                n for n in session.scalars(select(Theme.name)) if n.casefold() == theme.casefold()
            ]

    def _columns(self) -> tuple[Select, dict[str, Any]]:
        """The list's columns, and the sort keys by column (sharing their expressions:
        a key the select has is sorted on by its label, not computed twice)."""
        participants = self._participants_expr()
        partners = self._partners_expr()
        stmt = select(
            Event.id,
            Event.title,
            Event.type,
            Event.start,
            Event.end,
            Event.all_day,
            Event.place,
            Event.status,
            partners,
            participants,
        )
        keys: dict[str, Any] = {
            "start": Event.start,
            "title": func.lower(Event.title),
            "type": Event.type,
            "place": func.lower(Event.place),
            "status": Event.status,
            "participants": participants,
            "partners": partners,
        }
        return stmt, keys

    @staticmethod
    def _order(query: EventQuery, keys: dict[str, Any]) -> list[ColumnElement[Any]]:
        key = keys.get(query.sort, Event.start)
        order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
        return [order, Event.id.desc()]

    def _select(self, query: EventQuery) -> Select:
        stmt, keys = self._columns()
        return stmt.where(*self._filters(query)).order_by(*self._order(query, keys))

    def rows(
        self, query: EventQuery | None = None, offset: int = 0, limit: int | None = None
    ) -> list[EventRow]:
        query = query or EventQuery()
        if limit is None or (query.sort == "start" and not (query.text or "").strip()):
            # Walked in the order of the index on start, no sort after: the partners
            # and participants are read for the rows given only.
            stmt = self._select(query).offset(offset)
            return self._run(stmt if limit is None else stmt.limit(limit))
        # The page's events chosen first, then their partners and participants read:
        # for those 200 only, not for every event the filter keeps before the sort
        # (20,000 for a letter typed in the search, issue #17).
        stmt, keys = self._columns()
        page = (
            select(Event.id)
            .where(*self._filters(query))
            .order_by(*self._order(query, keys))
            .offset(offset)
            .limit(limit)
            .subquery()
        )
        return self._run(stmt.join(page, page.c.id == Event.id).order_by(*self._order(query, keys)))

    def _run(self, stmt: Select) -> list[EventRow]:
        with self.db.reading() as session:
            return [
                EventRow(
                    r.id,
                    r.title,
                    r.type,
                    r.start,
                    r.end,
                    r.all_day,
                    r.place,
                    EventStatus(r.status),
                    r.partners or "",
                    int(r.participants or 0),
                )
                for r in session.execute(stmt)
            ]

    def count(self, query: EventQuery | None = None) -> int:
        stmt = select(func.count(Event.id)).where(*self._filters(query or EventQuery()))
        with self.db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def month(self, year: int, month: int) -> list[EventRow]:
        """Events touching a month, for the calendar view."""
        first = datetime(year, month, 1)
        nxt = datetime(year + (month == 12), month % 12 + 1, 1)
        # coalesce(start, end) is the start (never NULL), written so that the database
        # reads the table through and sorts the month's few events, rather than walking
        # the index on start: every event before the month matches "start < next
        # month", and fetching them one by one through the index took ten times longer
        # than reading the table (issue #17).
        start = func.coalesce(Event.start, Event.end)
        stmt = (
            self._select(EventQuery(sort="start", descending=False))
            .where(start < nxt, func.coalesce(Event.end, Event.start) >= first)
            .order_by(None)
            .order_by(start, Event.id.desc())
        )
        return self._run(stmt)

    def years(self) -> list[int]:
        with self.db.reading() as session:
            year = extract("year", Event.start)
            values = session.scalars(select(year).distinct().order_by(year.desc()))
            return [int(v) for v in values if v is not None]

    def delegation_choices(self) -> list[tuple[int, str, Direction, date]]:
        """(id, partner, direction, start) of every delegation, newest first."""
        stmt = (
            select(Delegation.id, Partner.name, Delegation.direction, Delegation.start_date)
            .join(Partner, Partner.id == Delegation.partner_id)
            .order_by(Delegation.start_date.desc())
        )
        with self.db.reading() as session:
            return [(i, n, Direction(d), s) for i, n, d, s in session.execute(stmt)]

    def theme_names(self) -> list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(Theme.name).order_by(Theme.name)))

    def actor_names(self) -> list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(LocalActor.name).order_by(LocalActor.name)))

    def upcoming(self, today: date | None = None, days: int = 365) -> list[Upcoming]:
        """What to prepare: next events, open follow-ups due, charter anniversaries."""
        today = today or date.today()
        horizon = today + timedelta(days=days)
        items: list[Upcoming] = []
        with self.db.reading() as session:
            # Columns, not the mapped objects: read at the Events tab's first show and
            # at each change of data.
            for ident, start, title in session.execute(
                select(Event.id, Event.start, Event.title)
                .where(
                    Event.start >= datetime.combine(today, time(0, 0)),
                    Event.status != EventStatus.CANCELLED,
                )
                .order_by(Event.start)
                .limit(10)
            ):
                items.append(Upcoming("event", start.date(), title, ref_id=ident))
            for ident, due, text in session.execute(
                select(FollowUp.id, FollowUp.due_date, FollowUp.text)
                .where(
                    FollowUp.done.is_(False),
                    FollowUp.due_date.is_not(None),
                    FollowUp.due_date <= today + timedelta(days=60),
                )
                .order_by(FollowUp.due_date)
            ):
                assert due is not None
                items.append(Upcoming("follow_up", due, text, ref_id=ident))
            rows = session.execute(
                select(Agreement.signed_start, Agreement.signed_precision, Partner.name, Partner.id)
                .join(Partner, Partner.id == Agreement.partner_id)
                .where(Agreement.signed_start.is_not(None))
            )
            seen: set[tuple[int, int]] = set()
            for signed, precision, name, pid in rows:
                if signed is None:
                    continue
                for years in ANNIVERSARY_YEARS:
                    if (pid, years) in seen:
                        continue
                    shown = "day"
                    if precision in ("day", None):
                        day = add_years(signed, years)
                        first, last = day, day
                    elif precision == "month":
                        # The whole month: still ahead while it runs.
                        shown = "month"
                        first = date(signed.year + years, signed.month, 1)
                        last = add_years(signed, years).replace(day=1) + timedelta(days=31)
                        last = last.replace(day=1) - timedelta(days=1)
                    else:
                        # Signed some day of a year ("1977", "2001-2002"): the whole year,
                        # still ahead while it runs, shown as the year.
                        shown = "year"
                        first = date(signed.year + years, 1, 1)
                        last = date(signed.year + years, 12, 31)
                    if last < today or first > horizon:
                        continue
                    seen.add((pid, years))
                    items.append(
                        Upcoming(
                            "anniversary",
                            max(first, today),
                            name,
                            years=years,
                            ref_id=pid,
                            precision=shown,
                        )
                    )
        return sorted(items, key=lambda u: (u.day, u.kind))
