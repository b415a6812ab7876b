"""What passes in and out of the events service: event types and labels, an event whole
(partners, invited counts, follow-ups), the rows and query of the Events table, what to
prepare next (Upcoming), and what Undo needs to put a deleted event back.

No database access here: plain data classes, importable by any layer above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from twinning_desk.db.models import Direction, EventStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.attachments import AttachmentData

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
EFFECTS_HERE = QT_TRANSLATE_NOOP("Labels", "Effects here")
DIRECTION_LABELS = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("Labels", "Visit received"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Visit made"),
}
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
    # The record's version when it was read: a save over a later one is a conflict.
    version: int | None = None

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
    # An anniversary of an agreement known to the month or the year only: "month" or
    # "year", shown so ("2027"), never as an invented first day ("01/01/2027").
    precision: str = "day"
