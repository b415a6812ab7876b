"""The committee's data, designed once for the whole domain of DOMAIN.md.

Screens for events, delegations and the budget arrive in later issues, but their tables
exist from the first revision so that a committee's file never needs a risky reshaping.
Money is integer cents (sums stay exact in SQL); foreign amounts and rates are decimal
text. Enumerations are stored as their string values without a CHECK constraint, so a
new value (a new agreement type) needs no migration.
"""

from __future__ import annotations

import enum
import getpass
import socket
import uuid
import weakref
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    event,
    func,
    inspect,
)
from sqlalchemy.orm import (
    MANYTOONE,
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    deferred,
    mapped_column,
    object_session,
    relationship,
)

from twinning_desk.core.text import fold

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal kept as text: SQLite's NUMERIC would round it through a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def str_enum(cls: type[enum.Enum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=False,
    )


# ---------------------------------------------------------------- enumerations


class PartnerKind(enum.StrEnum):
    TOWN = "town"
    ORGANISATION = "organisation"
    NETWORK = "network"


class PartnerStatus(enum.StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class AgreementType(enum.StrEnum):
    CHARTER = "charter"  # charte de jumelage
    HONORARY = "honorary"  # jumelage d'honneur
    EXCLUSIVE = "exclusive"  # jumelage exclusif
    FRIENDSHIP = "friendship"  # pacte d'amitié et de coopération
    COOPERATION = "cooperation"  # convention de coopération décentralisée
    LETTER_OF_INTENT = "letter_of_intent"  # lettre d'intention
    PROJECT = "project"  # partenariat de projet
    OTHER = "other"  # the committee's own wording, kept as the agreement's title


class DatePrecision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class Direction(enum.StrEnum):
    INCOMING = "incoming"  # accueil
    OUTGOING = "outgoing"  # déplacement


class DelegationStatus(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"
    DONE = "done"
    CANCELLED = "cancelled"


class MemberRole(enum.StrEnum):
    ELECTED = "elected"
    COMMITTEE = "committee"
    RESIDENT = "resident"
    YOUTH = "youth"
    INTERPRETER = "interpreter"
    DRIVER = "driver"
    CHAPERONE = "chaperone"


class BudgetKind(enum.StrEnum):
    CHARGE = "charge"
    PRODUIT = "produit"
    CONTRIBUTION = "contribution"  # 86/87 contributions volontaires en nature


class SubsidyStatus(enum.StrEnum):
    PREPARED = "prepared"
    REQUESTED = "requested"
    GRANTED = "granted"
    PAID = "paid"
    SETTLED = "settled"
    REFUSED = "refused"


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def now_to_the_second() -> datetime:
    """When a record changes, as ``created_at`` and ``changed_at`` keep it."""
    return _now()


def new_ics_uid() -> str:
    """A calendar UID (RFC 5545, as RFC 7986 advises: a random UUID), drawn once when the
    record is created and kept with it: the same event keeps its UID from one export to
    the next (calendars update it instead of adding a copy), and two committees' files
    never give the same UID, as a UID built from the row id would."""
    return str(uuid.uuid4())


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, server_default=func.now()
    )


def current_author() -> str:
    """Who writes, as the others read it in a record's history: the computer's user and
    its name, as the shared server shows who is connected (without the process id)."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):
        who = "?"
    return f"{who}@{socket.gethostname()}"[:200]


class Versioned:
    """A record two people may edit at once (the secretary and the treasurer on one shared
    database, or two windows on one file).

    ``version`` goes up by one with every change, and every UPDATE is made only where the
    version is still the one read (SQLAlchemy's ``version_id_col``): a save over a change
    made meanwhile writes nothing and is reported as a conflict, never a lost update. The
    number is kept by :func:`_bump_versions` rather than by SQLAlchemy's own counter so
    that a record whose lines changed (a partner's contacts, a delegation's members) goes
    up too: its dialog edits it whole. ``changed_by`` and ``changed_at`` say who changed
    it last and when."""

    # The columns pointing at the record this one is a line of: a change here is a change
    # of that record too.
    __version_parents__: tuple[str, ...] = ()

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version, "version_id_generator": False}


# ---------------------------------------------------------------- the commune itself


class Commune(Base, Timestamped, Versioned):
    """The home commune: one row, used in reports and for distances."""

    __tablename__ = "commune"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(200))
    population: Mapped[int | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    committee_name: Mapped[str | None] = mapped_column(String(200))
    logo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    logo_mime: Mapped[str | None] = mapped_column(String(60))
    # A partner with no exchange for this long is flagged as asleep.
    dormant_after_months: Mapped[int] = mapped_column(default=24, server_default="24")
    # Month the fiscal year (exercice) starts; most associations use January.
    fiscal_year_start_month: Mapped[int] = mapped_column(default=1, server_default="1")


class Setting(Base):
    """Committee-wide settings that travel with the file (custom event types…), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------- partners

partner_themes = Table(
    "partner_themes",
    Base.metadata,
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

event_themes = Table(
    "event_themes",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

event_partners = Table(
    "event_partners",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id", ondelete="RESTRICT"), primary_key=True),
    Index("ix_event_partners_partner_id", "partner_id"),
)

event_actors = Table(
    "event_actors",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("local_actor.id", ondelete="CASCADE"), primary_key=True),
)


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Partner(Base, Timestamped, Versioned):
    __tablename__ = "partner"
    __table_args__ = (
        Index("ix_partner_name_key", "name_key"),
        Index("ix_partner_country_code", "country_code"),
        Index("ix_partner_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and accent-folded name: search and duplicate detection in SQL.
    name_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PartnerKind] = mapped_column(str_enum(PartnerKind), default=PartnerKind.TOWN)
    # None for an organisation or network that belongs to no single country.
    country_code: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(200))
    population: Mapped[int | None]
    languages: Mapped[str | None] = mapped_column(String(200))  # ISO 639 codes, comma separated
    timezone: Mapped[str | None] = mapped_column(String(64))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    # Great-circle distance from the home commune, kept so that tables sort on it in SQL.
    distance_km: Mapped[float | None]
    status: Mapped[PartnerStatus] = mapped_column(
        str_enum(PartnerStatus), default=PartnerStatus.ACTIVE
    )
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    geoname_id: Mapped[int | None]
    # The last exchange as an imported list gave it ("dernier échange : 2019"), for
    # partners whose history is not typed in; events and delegations count as well.
    last_exchange_noted: Mapped[date | None] = mapped_column(Date)
    # "2024" in the list: the noted date is the year's last day, printed back as 2024.
    last_exchange_noted_precision: Mapped[DatePrecision | None] = mapped_column(
        str_enum(DatePrecision)
    )

    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Agreement.signed_start"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Contact.name"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=partner_themes, order_by="Theme.name")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="partner",
        cascade="all, delete-orphan",
        foreign_keys="Attachment.partner_id",
    )


class Agreement(Base, Timestamped, Versioned):
    __tablename__ = "agreement"

    __version_parents__ = ("partner_id",)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[AgreementType] = mapped_column(str_enum(AgreementType))
    # The committee's own wording ("Ville jumelle", "Protocole d'accord"), when it has one.
    title: Mapped[str | None] = mapped_column(String(200))
    # A signature known to the day, a year, or a range like 2001–2002: the first and last
    # possible day, and how precise the record is.
    signed_start: Mapped[date | None] = mapped_column(Date)
    signed_end: Mapped[date | None] = mapped_column(Date)
    signed_precision: Mapped[DatePrecision | None] = mapped_column(str_enum(DatePrecision))
    place: Mapped[str | None] = mapped_column(String(200))
    signatories: Mapped[str | None] = mapped_column(Text)
    expires_on: Mapped[date | None] = mapped_column(Date)
    renewal: Mapped[str | None] = mapped_column(Text)
    french_version: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="agreements")
    documents: Mapped[list[Attachment]] = relationship(
        back_populates="agreement", foreign_keys="Attachment.agreement_id"
    )


class Contact(Base, Timestamped, Versioned):
    __tablename__ = "contact"

    __version_parents__ = ("partner_id",)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    language: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="contacts")


class Attachment(Base, Timestamped, Versioned):
    """A scanned agreement, a poster, a photo: kept inside the one database file."""

    __tablename__ = "attachment"

    __version_parents__ = ("partner_id", "event_id", "delegation_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(default=0)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    description: Mapped[str | None] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )

    partner: Mapped[Partner | None] = relationship(
        back_populates="attachments", foreign_keys=[partner_id]
    )
    agreement: Mapped[Agreement | None] = relationship(
        back_populates="documents", foreign_keys=[agreement_id]
    )


# ---------------------------------------------------------------- people


class Household(Base, Timestamped, Versioned):
    """A family or home: hosts incoming visitors (hébergement chez l'habitant)."""

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[int] = mapped_column(default=0)  # beds offered to visitors
    languages: Mapped[str | None] = mapped_column(String(200))
    has_pets: Mapped[bool] = mapped_column(default=False)
    smoking: Mapped[bool] = mapped_column(default=False)
    accessible: Mapped[bool] = mapped_column(default=False)
    diets_offered: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Base, Timestamped, Versioned):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_last_name", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(Text)
    town: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[str | None] = mapped_column(String(200))
    # Kept for minors only (guardian authorisation); RGPD: no more than needed.
    birth_date: Mapped[date | None] = mapped_column(Date)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    anonymised: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded "first last email town" (no accents, lower case): SQLite's LIKE folds ASCII
    # only, so "nunez" finds "Núñez" through this column, kept up to date on every write.
    search_key: Mapped[str] = mapped_column(String(600), default="", server_default="")

    household: Mapped[Household | None] = relationship(back_populates="members")

    def refresh_search_key(self) -> None:
        parts = (self.first_name, self.last_name, self.email, self.town)
        self.search_key = "" if self.anonymised else fold(" ".join(p or "" for p in parts))


# ---------------------------------------------------------------- events


class LocalActor(Base):
    """A school, club, choir or association taking part in events; names are reused."""

    __tablename__ = "local_actor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Event(Base, Timestamped, Versioned):
    __tablename__ = "event"
    # By start with the words searched: the Events tab's search reads the index alone,
    # in the list's order (migration 0011, issue #17).
    __table_args__ = (Index("ix_event_start_words", "start", "title", "place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(60))
    start: Mapped[datetime] = mapped_column(DateTime)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    all_day: Mapped[bool] = mapped_column(default=True)
    timezone: Mapped[str | None] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[EventStatus] = mapped_column(str_enum(EventStatus), default=EventStatus.PLANNED)
    description: Mapped[str | None] = mapped_column(Text)
    effects_here: Mapped[str | None] = mapped_column(Text)
    effects_there: Mapped[str | None] = mapped_column(Text)
    local_participants: Mapped[int] = mapped_column(default=0)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    ics_uid: Mapped[str] = mapped_column(String(36), default=new_ics_uid, unique=True, index=True)

    partners: Mapped[list[Partner]] = relationship(secondary=event_partners)
    themes: Mapped[list[Theme]] = relationship(secondary=event_themes)
    actors: Mapped[list[LocalActor]] = relationship(secondary=event_actors)
    participant_counts: Mapped[list[EventParticipantCount]] = relationship(
        cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUp.due_date"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", foreign_keys="Attachment.event_id"
    )


class EventParticipantCount(Base):
    """Invited participants by country (and partner), for EU grant thresholds."""

    __tablename__ = "event_participant_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    country_code: Mapped[str] = mapped_column(String(2))
    count: Mapped[int] = mapped_column(default=0)


class FollowUp(Base, Timestamped, Versioned):
    __tablename__ = "follow_up"

    __version_parents__ = ("event_id", "delegation_id")

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(default=False)


# ---------------------------------------------------------------- delegations


class Delegation(Base, Timestamped, Versioned):
    __tablename__ = "delegation"
    __table_args__ = (Index("ix_delegation_start_date", "start_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    direction: Mapped[Direction] = mapped_column(str_enum(Direction))
    purpose: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    transport: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[DelegationStatus] = mapped_column(
        str_enum(DelegationStatus), default=DelegationStatus.DRAFT
    )
    grant_reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    ics_uid: Mapped[str] = mapped_column(String(36), default=new_ics_uid, unique=True, index=True)

    partner: Mapped[Partner] = relationship()
    members: Mapped[list[DelegationMember]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan"
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        cascade="all, delete-orphan", order_by="(ProgrammeItem.day, ProgrammeItem.position)"
    )
    report: Mapped[MissionReport | None] = relationship(cascade="all, delete-orphan", uselist=False)


class DelegationMember(Base, Versioned):
    __tablename__ = "delegation_member"

    __version_parents__ = ("delegation_id",)
    __table_args__ = (UniqueConstraint("delegation_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[MemberRole] = mapped_column(str_enum(MemberRole))
    # Visitor from the partner side (counted per country for EU grants) or one of ours.
    invited: Mapped[bool] = mapped_column(default=False)
    guardian_authorisation: Mapped[bool] = mapped_column(default=False)
    mandat_number: Mapped[str | None] = mapped_column(String(60))
    mandat_date: Mapped[date | None] = mapped_column(Date)
    # Needs of a visitor for hosting; health and diet are sensitive (purged after the visit).
    needs: Mapped[str | None] = mapped_column(Text)
    diet: Mapped[str | None] = mapped_column(String(200))
    no_pets: Mapped[bool] = mapped_column(default=False)
    no_smoking: Mapped[bool] = mapped_column(default=False)
    needs_accessibility: Mapped[bool] = mapped_column(default=False)
    stay_together: Mapped[str | None] = mapped_column(String(60))
    # Mission allowance of an élu (per diem), in cents; reductions counted per night/meal.
    daily_rate_cents: Mapped[int | None]
    free_nights: Mapped[int] = mapped_column(default=0)
    free_meals: Mapped[int] = mapped_column(default=0)

    delegation: Mapped[Delegation] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
    hosting: Mapped[HostingAssignment | None] = relationship(
        cascade="all, delete-orphan", uselist=False
    )


class HostingAssignment(Base):
    __tablename__ = "hosting_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("delegation_member.id", ondelete="CASCADE"), unique=True
    )
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), index=True
    )

    household: Mapped[Household] = relationship()


class ProgrammeItem(Base, Versioned):
    __tablename__ = "programme_item"

    __version_parents__ = ("delegation_id",)

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    position: Mapped[int] = mapped_column(default=0)
    activity: Mapped[str] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(300))
    people_met: Mapped[str | None] = mapped_column(Text)


class MissionReport(Base, Timestamped, Versioned):
    """What the report dialog asks for, saved so the report can be reprinted."""

    __tablename__ = "mission_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), unique=True
    )
    objectives: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    effects_here: Mapped[str | None] = mapped_column(Text)
    effects_there: Mapped[str | None] = mapped_column(Text)
    conclusions: Mapped[str | None] = mapped_column(Text)
    perspectives: Mapped[str | None] = mapped_column(Text)
    distribution: Mapped[str | None] = mapped_column(Text)
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    signed_place: Mapped[str | None] = mapped_column(String(200))
    signed_on: Mapped[date | None] = mapped_column(Date)


# ---------------------------------------------------------------- budget


class BudgetYear(Base):
    """An exercice; usually the calendar year, but it may start in another month."""

    __tablename__ = "budget_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(default=False)
    closed: Mapped[bool] = mapped_column(default=False)


class BudgetCategory(Base):
    """An account of the association chart (60 Achats … 87), as the Cerfa form lays out."""

    __tablename__ = "budget_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[BudgetKind] = mapped_column(str_enum(BudgetKind))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_category.id", ondelete="RESTRICT")
    )
    position: Mapped[int] = mapped_column(default=0)


class FundingSource(Base):
    __tablename__ = "funding_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))


class BudgetLine(Base, Timestamped, Versioned):
    __tablename__ = "budget_line"
    __table_args__ = (
        # The year's lines by account, with their amounts: a year's summary is summed
        # from the index alone (migration 0011, issue #17).
        Index(
            "ix_budget_line_year_totals", "year_id", "category_id", "forecast_cents", "actual_cents"
        ),
        Index("ix_budget_line_event_id", "event_id"),
        Index("ix_budget_line_delegation_id", "delegation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("budget_year.id", ondelete="RESTRICT"))
    kind: Mapped[BudgetKind] = mapped_column(str_enum(BudgetKind))
    category_id: Mapped[int] = mapped_column(ForeignKey("budget_category.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(300))
    forecast_cents: Mapped[int] = mapped_column(default=0)
    actual_cents: Mapped[int] = mapped_column(default=0)
    entry_date: Mapped[date | None] = mapped_column(Date)
    payee: Mapped[str | None] = mapped_column(String(200))
    receipt_ref: Mapped[str | None] = mapped_column(String(100))
    funding_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_source.id", ondelete="SET NULL")
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    foreign_amount: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    exchange_rate: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    notes: Mapped[str | None] = mapped_column(Text)

    category: Mapped[BudgetCategory] = relationship()
    year: Mapped[BudgetYear] = relationship()


class Subsidy(Base, Timestamped, Versioned):
    __tablename__ = "subsidy"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("budget_year.id", ondelete="RESTRICT"))
    funding_source_id: Mapped[int] = mapped_column(
        ForeignKey("funding_source.id", ondelete="RESTRICT")
    )
    action: Mapped[str] = mapped_column(String(300))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL")
    )
    requested_cents: Mapped[int] = mapped_column(default=0)
    granted_cents: Mapped[int | None]
    status: Mapped[SubsidyStatus] = mapped_column(
        str_enum(SubsidyStatus), default=SubsidyStatus.PREPARED
    )
    requested_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    report_due: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_search_key(_mapper: Any, _connection: Any, person: Person) -> None:
    person.refresh_search_key()


class RecordChange(Base):
    """One change of one record, for its History: who, when, what (append-only).

    Written at each flush (:func:`_write_history`) with plain SQL on the flush's own
    connection, so it is in the same transaction as the change, never undone by an undo
    (which is itself a change, written here too) and never announced as a change of its
    own to the other computers. A line of a record (a partner's contact) names that
    record as its parent, so the partner's History lists it."""

    __tablename__ = "record_change"
    __table_args__ = (
        Index("ix_record_change_record", "table_name", "record_id"),
        Index("ix_record_change_parent", "parent_table", "parent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int]
    parent_table: Mapped[str | None] = mapped_column(String(40))
    parent_id: Mapped[int | None]
    # insert, update, delete; undo and redo as well (the data put back).
    kind: Mapped[str] = mapped_column(String(10))
    # The fields changed, comma separated (attribute names).
    fields: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int | None]


RECORD_CHANGES: Table = RecordChange.__table__  # type: ignore[assignment]

VERSIONED_TABLES = frozenset(
    mapper.local_table.name
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Versioned) and isinstance(mapper.local_table, Table)
)
# What undo and redo leave out when they compare a row with what the action left: the
# bookkeeping of who changed it, which an undo moves on as any change does.
BOOKKEEPING_COLUMNS = frozenset({"version", "changed_by", "changed_at"})


_PARENTS: dict[str, list[tuple[str, type[Versioned]]]] = {}


def _parent_classes(cls: type[Versioned]) -> list[tuple[str, type[Versioned]]]:
    """(column, class) of the records ``cls`` is a line of, from the foreign keys."""
    known = _PARENTS.get(cls.__name__)
    if known is not None:
        return known
    table = cls.__table__  # type: ignore[attr-defined]
    found = []
    for name in cls.__version_parents__:
        (fk,) = table.c[name].foreign_keys
        for mapper in Base.registry.mappers:
            if mapper.local_table is fk.column.table and issubclass(mapper.class_, Versioned):
                found.append((name, mapper.class_))
    _PARENTS[cls.__name__] = found
    return found


MOVED_ON = "twinning_desk.versions_moved_on"


def moved_on(cls: type[Versioned]) -> dict[str, Any]:
    """What a bulk UPDATE sets so that the records it changes move on one version, as an
    edit through the ORM does (:func:`_bump_versions` sees no bulk statement): a dialog
    open on one of them then meets a conflict instead of saving its old value back."""
    return {"version": cls.version + 1, "changed_by": current_author(), "changed_at": _now()}


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Every record about to change goes up one version and says who changed it; so does
    the record it is a line of (a partner when one of its contacts changes).

    Once per transaction: a save flushes several times, and a record created or already
    moved on in this transaction is the same change."""
    author, now = current_author(), _now()
    moved: weakref.WeakSet[Any] = session.info.setdefault(MOVED_ON, weakref.WeakSet())

    def touch(obj: Any, new: bool = False) -> None:
        if obj in moved or not isinstance(obj, Versioned):
            return
        moved.add(obj)
        if not new:
            obj.version = (obj.version or 0) + 1
        obj.changed_by, obj.changed_at = author, now

    def touch_parents(obj: Any) -> None:
        for column, parent_class in _parent_classes(type(obj)):
            parent_id = getattr(obj, column)
            if parent_id is None:
                continue
            parent = session.get(parent_class, parent_id)
            if parent is not None and parent not in session.deleted:
                touch(parent)

    for obj in list(session.new):
        touch(obj, new=True)
        if isinstance(obj, Versioned):
            touch_parents(obj)
    for obj in list(session.dirty):
        if isinstance(obj, Versioned) and session.is_modified(obj) and _edited(obj):
            touch(obj)
            touch_parents(obj)
    for obj in list(session.deleted):
        if isinstance(obj, Versioned):
            touch_parents(obj)


def _edited(obj: Any) -> bool:
    """Changed in what people edit, not only in what the app keeps up to date itself (a
    partner's distance, recomputed when the commune moves): that is no new version, or
    every partner open in a dialog would conflict with a change nobody made to it."""
    return any(
        attr.history.has_changes() for attr in inspect(obj).attrs if attr.key not in NOT_HISTORY
    )


@event.listens_for(Session, "after_transaction_end")
def _forget_moved(session: Session, transaction: Any) -> None:
    """The next transaction of a long-lived session is another change."""
    if transaction.parent is None:
        session.info.pop(MOVED_ON, None)
        session.info.pop(HISTORY_KEY, None)


HISTORY_KEY = "twinning_desk.history_rows"
# Kept up to date by the app itself, not typed: not worth a line in a History.
NOT_HISTORY = frozenset(
    {
        "version",
        "changed_by",
        "changed_at",
        "updated_at",
        "created_at",
        "name_key",
        "search_key",
        "distance_km",
    }
)


def parent_of(table: str, row: dict[str, Any]) -> tuple[str | None, int | None]:
    """The record a line belongs to (a contact's partner), from a row's values."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(mapper.local_table, "name", None) == table and issubclass(cls, Versioned):
            for column, parent_class in _parent_classes(cls):
                if row.get(column) is not None:
                    return parent_class.__tablename__, row[column]  # type: ignore[attr-defined]
    return None, None


def history_row(
    table: str,
    record_id: int,
    kind: str,
    fields: list[str],
    values: dict[str, Any],
    version: int | None,
    author: str,
    when: datetime,
) -> dict[str, Any]:
    parent_table, parent_id = parent_of(table, values)
    return {
        "changed_at": when,
        "changed_by": author,
        "table_name": table,
        "record_id": record_id,
        "parent_table": parent_table,
        "parent_id": parent_id,
        "kind": kind,
        "fields": ",".join(f for f in fields if f not in NOT_HISTORY) or None,
        "version": version,
    }


Pending = tuple[tuple[str, int], dict[str, Any], list[str]]


def _note_change(
    session: Session, connection: Any, obj: Any, kind: str, pending: list[Pending] | None
) -> None:
    """The History line of one record changed in this transaction: added to ``pending``
    (written in one statement per flush) or, without it, written at once. A record
    changed again in the same transaction (a save flushes several times) keeps one line,
    its fields added to."""
    if not isinstance(obj, Versioned):
        return
    written: dict[tuple[str, int], tuple[int, list[str]]] = session.info.setdefault(HISTORY_KEY, {})
    state = inspect(obj)
    mapper = state.mapper
    name = str(getattr(mapper.local_table, "name", ""))
    key = mapper.primary_key_from_instance(obj)[0]
    if key is None:
        return
    # Links to other records are said by their columns (partner_id), and the lines of a
    # record (its contacts) by lines of their own.
    skipped = {
        rel.key
        for rel in mapper.relationships
        if rel.direction is MANYTOONE
        or (issubclass(rel.mapper.class_, Versioned) and rel.mapper.class_.__version_parents__)
    }
    changed = (
        [
            attr.key
            for attr in state.attrs
            if attr.key not in NOT_HISTORY
            and attr.key not in skipped
            and attr.history.has_changes()
        ]
        if kind == "update"
        else []
    )
    if kind == "update" and not changed:
        return  # moved on only because one of its lines changed: the line says so
    # Only what the line needs: a deleted document's content is not read again.
    values = {c: state.dict.get(c) for c in (*obj.__version_parents__, "version")}
    table = RECORD_CHANGES
    earlier = written.get((name, key))
    if earlier is not None:
        row_id, fields = earlier
        fields.extend(f for f in changed if f not in fields)
        update = {
            "fields": ",".join(f for f in fields if f not in NOT_HISTORY) or None,
            "version": values.get("version"),
        }
        if kind == "delete":
            update["kind"] = "delete"
        connection.execute(table.update().where(table.c.id == row_id).values(**update))
        return
    row = history_row(
        name, key, kind, changed, values, values.get("version"), current_author(), _now()
    )
    if pending is not None:
        pending.append(((name, key), row, list(changed)))
        return
    inserted = connection.execute(table.insert().values(**row)).inserted_primary_key
    assert inserted is not None
    written[(name, key)] = (inserted[0], list(changed))


@event.listens_for(Session, "after_flush")
def _write_history(session: Session, _context: Any) -> None:
    """A History line for each record the flush created or changed, in one statement
    (deletions are written as they happen, below: a line taken out of its record is
    deleted as an orphan inside the flush, in no list of the session)."""
    connection = session.connection()
    pending: list[Pending] = []
    for obj in session.new:
        _note_change(session, connection, obj, "insert", pending)
    for obj in session.dirty:
        _note_change(session, connection, obj, "update", pending)
    if not pending:
        return
    table = RECORD_CHANGES
    ids = connection.execute(
        table.insert().returning(table.c.id, sort_by_parameter_order=True),
        [row for _key, row, _fields in pending],
    ).scalars()
    written = session.info.setdefault(HISTORY_KEY, {})
    for (key, _row, fields), row_id in zip(pending, ids, strict=True):
        written[key] = (row_id, fields)


@event.listens_for(Versioned, "after_delete", propagate=True)
def _history_of_deletion(_mapper: Any, connection: Any, obj: Any) -> None:
    session = object_session(obj)
    if session is not None:
        _note_change(session, connection, obj, "delete", None)


def _ids_never_reused() -> list[str]:
    """Every table with a numeric id gets SQLite's AUTOINCREMENT.

    Without it SQLite hands the id of the last deleted row to the next new one, and the
    undo of that delete (which puts the row back under its own id) would collide with it.
    """
    tables = []
    for table in Base.metadata.tables.values():
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and keys[0].type.python_type is int:
            table.dialect_options["sqlite"]["autoincrement"] = True
            tables.append(table.name)
    return sorted(tables)


AUTOINCREMENT_TABLES = _ids_never_reused()
