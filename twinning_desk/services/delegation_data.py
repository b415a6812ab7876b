"""What passes in and out of the delegations service: the labels of its enumerations, a
delegation whole (members, programme), the rows and query of the Delegations table, and
what Undo needs to put a deleted delegation back.

No database access here: plain data classes, importable by any layer above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from twinning_desk.db.models import DelegationStatus, Direction, MemberRole
from twinning_desk.i18n import QT_TRANSLATE_NOOP

PURPOSE_LABELS = {
    "official": QT_TRANSLATE_NOOP("Labels", "Official mission"),
    "identification": QT_TRANSLATE_NOOP("Labels", "Identification mission"),
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical visit"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Youth exchange"),
    "citizens": QT_TRANSLATE_NOOP("Labels", "Citizens' trip"),
    "sports": QT_TRANSLATE_NOOP("Labels", "Sports delegation"),
    "cultural": QT_TRANSLATE_NOOP("Labels", "Cultural delegation"),
}
ROLE_LABELS = {
    MemberRole.ELECTED: QT_TRANSLATE_NOOP("Labels", "Elected official"),
    MemberRole.COMMITTEE: QT_TRANSLATE_NOOP("Labels", "Committee member"),
    MemberRole.RESIDENT: QT_TRANSLATE_NOOP("Labels", "Resident"),
    MemberRole.YOUTH: QT_TRANSLATE_NOOP("Labels", "Young person"),
    MemberRole.INTERPRETER: QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    MemberRole.DRIVER: QT_TRANSLATE_NOOP("Labels", "Driver"),
    MemberRole.CHAPERONE: QT_TRANSLATE_NOOP("Labels", "Chaperone"),
}
TRANSPORTS = {
    "coach": QT_TRANSLATE_NOOP("Labels", "Coach"),
    "car": QT_TRANSLATE_NOOP("Labels", "Car"),
    "train": QT_TRANSLATE_NOOP("Labels", "Train"),
    "plane": QT_TRANSLATE_NOOP("Labels", "Plane"),
    "minibus": QT_TRANSLATE_NOOP("Labels", "Minibus"),
}
DELEGATION_STATUS_LABELS = {
    DelegationStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Being prepared"),
    DelegationStatus.READY: QT_TRANSLATE_NOOP("Labels", "Ready"),
    DelegationStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Completed"),
    DelegationStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Called off"),
}


@dataclass(frozen=True)
class DelegationRow:
    id: int
    partner: str
    country_code: str
    direction: Direction
    purpose: str
    start: date
    end: date
    members: int
    status: DelegationStatus


@dataclass
class DelegationQuery:
    text: str = ""
    year: int | None = None
    partner_id: int | None = None
    direction: Direction | None = None
    sort: str = "start"
    descending: bool = True


MEMBER_FIELDS = (
    "role",
    "invited",
    "guardian_authorisation",
    "mandat_number",
    "mandat_date",
    "needs",
    "diet",
    "no_pets",
    "no_smoking",
    "needs_accessibility",
    "stay_together",
    "daily_rate_cents",
    "free_nights",
    "free_meals",
)


@dataclass
class MemberData:
    person_id: int
    role: MemberRole = MemberRole.RESIDENT
    invited: bool = False
    guardian_authorisation: bool = False
    mandat_number: str | None = None
    mandat_date: date | None = None
    needs: str | None = None  # health: allergy, treatment (sensitive)
    diet: str | None = None  # sensitive too; matched against what hosts offer
    no_pets: bool = False
    no_smoking: bool = False
    needs_accessibility: bool = False
    stay_together: str | None = None  # a group key: same key, same roof
    daily_rate_cents: int | None = None
    free_nights: int = 0
    free_meals: int = 0
    host_id: int | None = None
    id: int | None = None
    # From the directory, for display and checks; not written by a save.
    name: str = ""
    town: str | None = None
    country_code: str | None = None
    languages: str | None = None
    birth_date: date | None = None
    email: str | None = None


@dataclass
class ProgrammeData:
    day: date
    activity: str
    start_time: time | None = None
    place: str | None = None
    people_met: str | None = None
    id: int | None = None


@dataclass
class DelegationData:
    partner_id: int | None
    direction: Direction
    purpose: str
    start_date: date
    end_date: date | None = None
    transport: str | None = None
    status: DelegationStatus = DelegationStatus.DRAFT
    grant_reference: str | None = None
    notes: str | None = None
    event_id: int | None = None
    members: list[MemberData] = field(default_factory=list)
    programme: list[ProgrammeData] = field(default_factory=list)
    id: int | None = None
    # The record's version when it was read: a save over a later one is a conflict.
    version: int | None = None
    # Read only, filled by get().
    partner_name: str = ""
    partner_country: str = ""
