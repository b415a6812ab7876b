"""Events: the committee's calendar of exchanges, with follow-ups and anniversaries.

An event is saved whole (partners, themes, local actors, invited participants by
country, follow-ups) in one transaction, like a partner. Lists are pages sorted and
filtered in SQL; the calendar asks for one month at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    exists,
    extract,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, selectinload

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
    Setting,
    Theme,
    event_actors,
    event_partners,
    event_themes,
    row_snapshot,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import notify
from twinning_desk.services.attachments import (
    AttachmentData,
    attachment_content,
    check_attachments,
    describe,
    sync_attachments,
)
from twinning_desk.services.commune import home_country
from twinning_desk.services.countries import is_country_code
from twinning_desk.services.errors import NotFoundError, ValidationError
from twinning_desk.services.eu_grant import EuCheck, eu_check
from twinning_desk.services.text import clean_text, fold

EVENT_TYPES: dict[str, str] = {
    "official_reception": QT_TRANSLATE_NOOP("Labels", "Official reception"),
    "anniversary": QT_TRANSLATE_NOOP("Labels", "Twinning anniversary"),
    "school_exchange": QT_TRANSLATE_NOOP("Labels", "School exchange"),
    "youth_exchange": QT_TRANSLATE_NOOP("Labels", "Youth exchange"),
    "sports_meeting": QT_TRANSLATE_NOOP("Labels", "Sports meeting"),
    "concert": QT_TRANSLATE_NOOP("Labels", "Concert"),
    "exhibition": QT_TRANSLATE_NOOP("Labels", "Exhibition"),
    "market": QT_TRANSLATE_NOOP("Labels", "Market / stand"),
    "conference": QT_TRANSLATE_NOOP("Labels", "Conference / workshop"),
    "general_assembly": QT_TRANSLATE_NOOP("Labels", "General assembly"),
    "committee_meeting": QT_TRANSLATE_NOOP("Labels", "Committee meeting"),
    "fundraising": QT_TRANSLATE_NOOP("Labels", "Fundraising"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
EVENT_STATUS_LABELS = {
    EventStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    EventStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    EventStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
CUSTOM_TYPES_KEY = "event_types"
EFFECTS_HERE = QT_TRANSLATE_NOOP("Labels", "Effects here")
DIRECTION_LABELS = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("Labels", "Visit received"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Visit made"),
}
ANNIVERSARY_YEARS = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
MAX_COUNT = 100_000


@dataclass
class FollowUpData:
    text: str
    owner: str | None = None
    due_date: date | None = None
    done: bool = False
    id: int | None = None


@dataclass
class InvitedCount:
    country_code: str
    count: int
    partner_id: int | None = None


@dataclass
class EventData:
    title: str
    type: str
    start: datetime
    end: datetime | None = None
    all_day: bool = True
    timezone: str | None = None
    place: str | None = None
    status: EventStatus = EventStatus.PLANNED
    partner_ids: list[int] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    local_participants: int = 0
    invited: list[InvitedCount] = field(default_factory=list)
    description: str | None = None
    effects_here: str | None = None
    effects_there: str | None = None
    follow_ups: list[FollowUpData] = field(default_factory=list)
    delegation_id: int | None = None
    attachments: list[AttachmentData] = field(default_factory=list)
    id: int | None = None

    @property
    def participants(self) -> int:
        return self.local_participants + sum(c.count for c in self.invited)


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    type: str
    start: datetime
    end: datetime | None
    all_day: bool
    place: str | None
    status: EventStatus
    partners: str
    participants: int


@dataclass
class EventQuery:
    text: str = ""
    year: int | None = None
    partner_id: int | None = None
    type: str | None = None
    theme: str | None = None
    sort: str = "start"
    descending: bool = True


@dataclass(frozen=True)
class Upcoming:
    kind: str  # "event", "follow_up", "anniversary"
    day: date
    text: str
    years: int | None = None
    ref_id: int | None = None


@dataclass
class EventSnapshot:
    rows: list[tuple[type, dict[str, Any]]]
    links: list[tuple[Any, dict[str, Any]]]
    title: str


def clean_follow_up(f: FollowUpData) -> FollowUpData:
    """A follow-up action of an event, or a next step of a mission report."""
    return FollowUpData(
        id=f.id,
        text=clean_text("follow_up", f.text, max_length=2000, required=True, multiline=True) or "",
        owner=clean_text("owner", f.owner, max_length=200),
        due_date=f.due_date,
        done=bool(f.done),
    )


def _gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This event no longer exists."))
    )


def as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time(0, 0))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class EventService:
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    # ---------------------------------------------------------------- validation

    def validate(self, data: EventData) -> EventData:
        title = clean_text("title", data.title, max_length=300, required=True) or ""
        kind = clean_text("event_type", data.type, max_length=60, required=True) or ""
        if data.start is None:
            raise ValidationError("start", QT_TRANSLATE_NOOP("Validation", "is required."))
        start = as_datetime(data.start)
        end = as_datetime(data.end) if data.end is not None else None
        if data.all_day:
            start = datetime.combine(start.date(), time(0, 0))
            end = datetime.combine(end.date(), time(0, 0)) if end else None
        if end is not None and end < start:
            raise ValidationError("end", QT_TRANSLATE_NOOP("Validation", "is before the start."))
        if not 1800 <= start.year <= 2200:
            raise ValidationError(
                "start",
                QT_TRANSLATE_NOOP("Validation", "the year {year} is not between {min} and {max}."),
                year=start.year,
                min=1800,
                max=2200,
            )
        if not 0 <= data.local_participants <= MAX_COUNT:
            raise ValidationError(
                "participants",
                QT_TRANSLATE_NOOP("Validation", "must be between 0 and {max}."),
                max=MAX_COUNT,
            )
        invited = []
        for count in data.invited:
            if not is_country_code(count.country_code):
                raise ValidationError(
                    "country", QT_TRANSLATE_NOOP("Validation", "choose a country.")
                )
            if not 0 <= count.count <= MAX_COUNT:
                raise ValidationError(
                    "participants",
                    QT_TRANSLATE_NOOP("Validation", "must be between 0 and {max}."),
                    max=MAX_COUNT,
                )
            invited.append(replace(count, country_code=count.country_code.upper()))
        follow_ups = [clean_follow_up(f) for f in data.follow_ups]
        names: list[str] = []
        for raw in data.actors:
            name = clean_text("actors", raw, max_length=200)
            if name and fold(name) not in {fold(n) for n in names}:
                names.append(name)
        themes: list[str] = []
        for raw in data.themes:
            name = clean_text("theme", raw, max_length=100)
            if name and fold(name) not in {fold(n) for n in themes}:
                themes.append(name)
        check_attachments(data.attachments)
        return EventData(
            id=data.id,
            attachments=list(data.attachments),
            title=title,
            type=kind,
            start=start,
            end=end,
            all_day=data.all_day,
            timezone=clean_text("timezone", data.timezone, max_length=64),
            place=clean_text("place", data.place, max_length=300),
            status=EventStatus(data.status),
            partner_ids=list(dict.fromkeys(data.partner_ids)),
            themes=themes,
            actors=names,
            local_participants=data.local_participants,
            invited=invited,
            description=clean_text(
                "description", data.description, max_length=50_000, multiline=True
            ),
            effects_here=clean_text(
                "effects_here", data.effects_here, max_length=20_000, multiline=True
            ),
            effects_there=clean_text(
                "effects_there", data.effects_there, max_length=20_000, multiline=True
            ),
            follow_ups=follow_ups,
            delegation_id=data.delegation_id,
        )

    # ---------------------------------------------------------------- writing

    def save(self, data: EventData) -> int:
        clean = self.validate(data)
        with self.db.transaction() as session:
            event_id = self._write(session, clean)
        self.notifier.notify(notify.EVENTS)
        return event_id

    def _write(self, session: Session, data: EventData) -> int:
        if data.id is None:
            event = Event(title=data.title, type=data.type, start=data.start)
            session.add(event)
        else:
            found = session.get(Event, data.id)
            if found is None:
                raise _gone()
            event = found
        event.title, event.type = data.title, data.type
        event.start, event.end, event.all_day = data.start, data.end, data.all_day
        event.timezone, event.place, event.status = data.timezone, data.place, data.status
        event.local_participants = data.local_participants
        event.description = data.description
        event.effects_here, event.effects_there = data.effects_here, data.effects_there
        if data.delegation_id is not None and session.get(Delegation, data.delegation_id) is None:
            raise ValidationError(
                "delegation", QT_TRANSLATE_NOOP("Validation", "this delegation no longer exists.")
            )
        event.delegation_id = data.delegation_id
        partners = list(session.scalars(select(Partner).where(Partner.id.in_(data.partner_ids))))
        if len(partners) != len(data.partner_ids):
            raise ValidationError(
                "partner", QT_TRANSLATE_NOOP("Validation", "a chosen partner no longer exists.")
            )
        event.partners = partners
        event.themes = [self._named(session, Theme, name) for name in data.themes]
        event.actors = [self._named(session, LocalActor, name) for name in data.actors]
        event.participant_counts = [
            EventParticipantCount(
                country_code=c.country_code, count=c.count, partner_id=c.partner_id
            )
            for c in data.invited
        ]
        existing = {f.id: f for f in event.follow_ups} if data.id else {}
        rows = []
        for f in data.follow_ups:
            row = existing.get(f.id) if f.id else None
            if row is None:
                row = FollowUp(text=f.text)
            row.text, row.owner, row.due_date, row.done = f.text, f.owner, f.due_date, f.done
            rows.append(row)
        event.follow_ups = rows
        event.attachments = sync_attachments(event.attachments if data.id else [], data.attachments)
        session.flush()
        return event.id

    @staticmethod
    def _named(session: Session, model: Any, name: str) -> Any:
        """Reuse "École de musique" when "école de musique" is typed. SQLite's lower()
        knows only ASCII, so the comparison is made in Python (these tables are small)."""
        row = session.scalar(select(model).where(model.name == name))
        if row is None:
            wanted = name.casefold()
            row = next(
                (r for r in session.scalars(select(model)) if r.name.casefold() == wanted), None
            )
        if row is None:
            row = model(name=name)
            session.add(row)
            session.flush()
        return row

    def duplicate(self, event_id: int, years: int = 1) -> int:
        """Next year's edition: same partners, themes and actors, dates moved, follow-ups
        reopened, counts and results left for the new edition to fill."""
        data = self.get(event_id)
        new = replace(
            data,
            id=None,
            start=datetime.combine(_add_years(data.start.date(), years), data.start.time()),
            end=(
                datetime.combine(_add_years(data.end.date(), years), data.end.time())
                if data.end
                else None
            ),
            status=EventStatus.PLANNED,
            local_participants=0,
            invited=[],
            effects_here=None,
            effects_there=None,
            follow_ups=[
                FollowUpData(
                    text=f.text,
                    owner=f.owner,
                    due_date=_add_years(f.due_date, years) if f.due_date else None,
                )
                for f in data.follow_ups
            ],
            delegation_id=None,
            attachments=[],
        )
        return self.save(new)

    def eu_check(self, data: EventData) -> EuCheck:
        """The EU town-twinning thresholds for an event held at home: local participants
        count for our country, invited ones for theirs."""
        with self.db.reading() as session:
            home = home_country(session)
        counts: dict[str, int] = {home: data.local_participants}
        for c in data.invited:
            counts[c.country_code] = counts.get(c.country_code, 0) + c.count
        return eu_check(counts, home)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        return attachment_content(self.db, attachment_id)

    def set_follow_up_done(self, follow_up_id: int, done: bool = True) -> None:
        with self.db.transaction() as session:
            row = session.get(FollowUp, follow_up_id)
            if row is None:
                raise _gone()
            row.done = done
        self.notifier.notify(notify.EVENTS)

    # ---------------------------------------------------------------- delete / undo

    def delete(self, event_id: int) -> EventSnapshot:
        with self.db.transaction() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise _gone()
            rows = [row_snapshot(event)]
            rows += [row_snapshot(c) for c in event.participant_counts]
            rows += [row_snapshot(f) for f in event.follow_ups]
            rows += [row_snapshot(a) for a in event.attachments]
            links: list[tuple[Any, dict[str, Any]]] = []
            for table, column, key in (
                (event_partners, "partner_id", event_partners.c.event_id),
                (event_themes, "theme_id", event_themes.c.event_id),
                (event_actors, "actor_id", event_actors.c.event_id),
            ):
                for value in session.scalars(select(table.c[column]).where(key == event_id)):
                    links.append((table, {"event_id": event_id, column: value}))
            snapshot = EventSnapshot(rows, links, event.title)
            session.delete(event)
        self.notifier.notify(notify.EVENTS)
        return snapshot

    def restore(self, snapshot: EventSnapshot) -> int:
        event_id = 0
        with self.db.transaction() as session:
            for cls, values in snapshot.rows:
                if cls is Event and values.get("delegation_id") is not None:
                    if session.get(Delegation, values["delegation_id"]) is None:
                        values = {**values, "delegation_id": None}
                session.add(cls(**values))
                if cls is Event:
                    event_id = values["id"]
                    session.flush()
            session.flush()
            for table, values in snapshot.links:
                session.execute(table.insert().values(**values))
        self.notifier.notify(notify.EVENTS)
        return event_id

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
                raise _gone()
            return EventData(
                id=e.id,
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
            select(func.group_concat(Partner.name, ", "))
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
            partner_match = exists(
                select(event_partners.c.event_id)
                .join(Partner, Partner.id == event_partners.c.partner_id)
                .where(
                    event_partners.c.event_id == Event.id,
                    Partner.name_key.contains(fold(text), autoescape=True),
                )
            )
            conditions.append(or_(Event.title.ilike(like), Event.place.ilike(like), partner_match))
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

    def _theme_names(self, theme: str) -> list[str]:
        with self.db.reading() as session:
            return [
                n for n in session.scalars(select(Theme.name)) if n.casefold() == theme.casefold()
            ]

    def _select(self, query: EventQuery) -> Select:
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
        stmt = stmt.where(*self._filters(query))
        keys: dict[str, Any] = {
            "start": Event.start,
            "title": func.lower(Event.title),
            "type": Event.type,
            "place": func.lower(Event.place),
            "status": Event.status,
            "participants": participants,
            "partners": partners,
        }
        key = keys.get(query.sort, Event.start)
        order = key.desc().nulls_last() if query.descending else key.asc().nulls_last()
        return stmt.order_by(order, Event.id.desc())

    def rows(
        self, query: EventQuery | None = None, offset: int = 0, limit: int | None = None
    ) -> list[EventRow]:
        stmt = self._select(query or EventQuery()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return self._run(stmt)

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
        stmt = self._select(EventQuery(sort="start", descending=False)).where(
            Event.start < nxt, func.coalesce(Event.end, Event.start) >= first
        )
        return self._run(stmt)

    def years(self) -> list[int]:
        with self.db.reading() as session:
            year = extract("year", Event.start)
            values = session.scalars(select(year).distinct().order_by(year.desc()))
            return [int(v) for v in values if v is not None]

    def custom_types(self) -> list[str]:
        """The committee's own event types, kept in the file (Settings › Event types)."""
        with self.db.reading() as session:
            row = session.get(Setting, CUSTOM_TYPES_KEY)
        try:
            values = json.loads(row.value) if row else []
        except ValueError:
            return []
        return [str(v) for v in values if isinstance(v, str)]

    def set_custom_types(self, names: list[str]) -> None:
        cleaned: list[str] = []
        for raw in names:
            name = clean_text("event_type", raw, max_length=60)
            if name and name not in EVENT_TYPES and fold(name) not in {fold(n) for n in cleaned}:
                cleaned.append(name)
        with self.db.transaction() as session:
            row = session.get(Setting, CUSTOM_TYPES_KEY)
            if row is None:
                row = Setting(key=CUSTOM_TYPES_KEY, value="[]")
                session.add(row)
            row.value = json.dumps(cleaned, ensure_ascii=False)
        self.notifier.notify(notify.EVENTS)

    def types(self) -> list[str]:
        """The built-in types, the committee's own, then any other typed on an event."""
        custom = self.custom_types()
        with self.db.reading() as session:
            used = set(session.scalars(select(Event.type).distinct()))
        rest = sorted(used - set(EVENT_TYPES) - set(custom), key=fold)
        return list(EVENT_TYPES) + custom + rest

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
            for e in session.scalars(
                select(Event)
                .where(
                    Event.start >= datetime.combine(today, time(0, 0)),
                    Event.status != EventStatus.CANCELLED,
                )
                .order_by(Event.start)
                .limit(10)
            ):
                items.append(Upcoming("event", e.start.date(), e.title, ref_id=e.id))
            for f in session.scalars(
                select(FollowUp)
                .where(
                    FollowUp.done.is_(False),
                    FollowUp.due_date.is_not(None),
                    FollowUp.due_date <= today + timedelta(days=60),
                )
                .order_by(FollowUp.due_date)
            ):
                assert f.due_date is not None
                items.append(Upcoming("follow_up", f.due_date, f.text, ref_id=f.id))
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
                    day = _add_years(signed, years)
                    if precision not in ("day", None):
                        day = date(signed.year + years, 1, 1)
                    if today <= day <= horizon and (pid, years) not in seen:
                        seen.add((pid, years))
                        items.append(Upcoming("anniversary", day, name, years=years, ref_id=pid))
        return sorted(items, key=lambda u: (u.day, u.kind))
