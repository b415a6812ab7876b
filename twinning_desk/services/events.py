"""Events: the committee's calendar of exchanges, with follow-ups and anniversaries.

An event is saved whole (partners, themes, local actors, invited participants by
country, follow-ups) in one transaction, like a partner. Lists are pages sorted and
filtered in SQL; the calendar asks for one month at a time.

:class:`EventService` is the events' one entry point: validation, saving, duplicating,
deleting and the committee's own event types here; the lists, the calendar and
``upcoming`` it inherits from :class:`EventQueries` (``event_queries.py``); the data
classes and labels are in ``event_data.py`` and importable from here too.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Delegation,
    Event,
    EventParticipantCount,
    EventStatus,
    FollowUp,
    LocalActor,
    Partner,
    Setting,
    Theme,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services import conflicts, notify
from twinning_desk.services.attachments import (
    attachment_content,
    check_attachments,
    sync_attachments,
)
from twinning_desk.services.commune import home_country
from twinning_desk.services.countries import is_country_code
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.eu_grant import EuCheck, eu_check
from twinning_desk.services.event_data import (
    DIRECTION_LABELS,
    EFFECTS_HERE,
    EVENT_STATUS_LABELS,
    EVENT_TYPES,
    MAX_COUNT,
    EventData,
    EventQuery,
    EventRow,
    FollowUpData,
    InvitedCount,
    Upcoming,
)
from twinning_desk.services.event_queries import (
    ANNIVERSARY_YEARS,
    EventQueries,
    add_years,
    event_gone,
)
from twinning_desk.services.text import clean_text, fold

__all__ = [
    "ANNIVERSARY_YEARS",
    "CUSTOM_TYPES_KEY",
    "DIRECTION_LABELS",
    "EFFECTS_HERE",
    "EVENT_STATUS_LABELS",
    "EVENT_TYPES",
    "MAX_COUNT",
    "EventData",
    "EventQuery",
    "EventRow",
    "EventService",
    "FollowUpData",
    "InvitedCount",
    "Upcoming",
    "as_datetime",
    "clean_follow_up",
]

CUSTOM_TYPES_KEY = "event_types"


def clean_follow_up(f: FollowUpData) -> FollowUpData:
    """A follow-up action of an event, or a next step of a mission report."""
    return FollowUpData(
        id=f.id,
        text=clean_text("follow_up", f.text, max_length=2000, required=True, multiline=True) or "",
        owner=clean_text("owner", f.owner, max_length=200),
        due_date=f.due_date,
        done=bool(f.done),
    )


def as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time(0, 0))


class EventService(EventQueries):
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
            version=data.version,
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
        with conflicts.caught(self.db, Event, clean, self.get), self.db.transaction() as session:
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
                raise event_gone()
            conflicts.check_version(found, data.version)
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
            start=datetime.combine(add_years(data.start.date(), years), data.start.time()),
            end=(
                datetime.combine(add_years(data.end.date(), years), data.end.time())
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
                    due_date=add_years(f.due_date, years) if f.due_date else None,
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
                raise event_gone()
            row.done = done
        self.notifier.notify(notify.EVENTS)

    # ---------------------------------------------------------------- delete / undo

    def delete(self, event_id: int) -> None:
        """Deleted with its follow-ups, counts and documents (undone as any change)."""
        with self.db.transaction() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise event_gone()
            session.delete(event)
        self.notifier.notify(notify.EVENTS)

    # ---------------------------------------------------------------- the committee's own types

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
                if not cleaned:
                    return  # none before, none now: no change (and no undo step)
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
