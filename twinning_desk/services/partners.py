"""Partners, their agreements, contacts, themes and documents.

A partner is saved whole (fields and children) in one transaction, because the dialog
edits it whole. Tables ask for pages of :class:`PartnerRow`, sorted and filtered in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    AgreementType,
    Attachment,
    Contact,
    DatePrecision,
    Delegation,
    DelegationStatus,
    Direction,
    Event,
    EventParticipantCount,
    EventStatus,
    Partner,
    PartnerKind,
    PartnerStatus,
    Person,
    Setting,
    Theme,
    event_partners,
    partner_themes,
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
from twinning_desk.services.commune import (
    check_coordinates,
    check_country,
    check_population,
    home_commune,
)
from twinning_desk.services.countries import all_countries
from twinning_desk.services.dates import FuzzyDate, parse_day, parse_fuzzy_date
from twinning_desk.services.errors import ConflictError, NotFoundError, ValidationError
from twinning_desk.services.geo import great_circle_km
from twinning_desk.services.text import clean_email, clean_text, fold

# Labels of the enumerations, translated where shown (context "Labels").
PARTNER_STATUS_LABELS = {
    PartnerStatus.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospecting"),
    PartnerStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    PartnerStatus.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant"),
    PartnerStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
}
PARTNER_KIND_LABELS = {
    PartnerKind.TOWN: QT_TRANSLATE_NOOP("Labels", "Town"),
    PartnerKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    PartnerKind.NETWORK: QT_TRANSLATE_NOOP("Labels", "Network"),
}
AGREEMENT_TYPE_LABELS = {
    AgreementType.CHARTER: QT_TRANSLATE_NOOP("Labels", "Twinning charter"),
    AgreementType.HONORARY: QT_TRANSLATE_NOOP("Labels", "Honorary twinning"),
    AgreementType.EXCLUSIVE: QT_TRANSLATE_NOOP("Labels", "Exclusive twinning"),
    AgreementType.FRIENDSHIP: QT_TRANSLATE_NOOP("Labels", "Friendship and cooperation pact"),
    AgreementType.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Decentralised cooperation agreement"),
    AgreementType.LETTER_OF_INTENT: QT_TRANSLATE_NOOP("Labels", "Letter of intent"),
    AgreementType.PROJECT: QT_TRANSLATE_NOOP("Labels", "Project partnership"),
    AgreementType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other agreement"),
}

DEFAULT_THEMES = [
    QT_TRANSLATE_NOOP("Themes", "culture"),
    QT_TRANSLATE_NOOP("Themes", "youth"),
    QT_TRANSLATE_NOOP("Themes", "schools"),
    QT_TRANSLATE_NOOP("Themes", "sport"),
    QT_TRANSLATE_NOOP("Themes", "heritage"),
    QT_TRANSLATE_NOOP("Themes", "economy"),
    QT_TRANSLATE_NOOP("Themes", "tourism"),
    QT_TRANSLATE_NOOP("Themes", "environment"),
    QT_TRANSLATE_NOOP("Themes", "solidarity"),
    QT_TRANSLATE_NOOP("Themes", "local governance"),
    QT_TRANSLATE_NOOP("Themes", "health"),
]


# ---------------------------------------------------------------- data passed in and out


@dataclass
class AgreementData:
    type: AgreementType
    signed: FuzzyDate | None = None
    # The committee's own wording; shown instead of the type's name when set.
    title: str | None = None
    place: str | None = None
    signatories: str | None = None
    expires_on: date | None = None
    renewal: str | None = None
    french_version: bool = False
    notes: str | None = None
    id: int | None = None


@dataclass
class ContactData:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class PartnerData:
    name: str
    country_code: str | None
    kind: PartnerKind = PartnerKind.TOWN
    status: PartnerStatus = PartnerStatus.ACTIVE
    region: str | None = None
    population: int | None = None
    languages: str | None = None
    timezone: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    website: str | None = None
    notes: str | None = None
    geoname_id: int | None = None
    themes: list[str] = field(default_factory=list)
    agreements: list[AgreementData] = field(default_factory=list)
    contacts: list[ContactData] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)
    id: int | None = None
    distance_km: float | None = None
    last_exchange_noted: date | None = None
    last_exchange_precision: DatePrecision | None = None


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    country_code: str | None
    status: PartnerStatus
    kind: PartnerKind
    agreement_type: AgreementType | None
    signed: FuzzyDate | None
    distance_km: float | None
    last_exchange: date | None
    visits_received: int
    visits_made: int
    dormant: bool
    agreement_title: str | None = None
    has_position: bool = True
    # Set when the last exchange is the one a list gave, as precisely as it gave it.
    last_exchange_precision: DatePrecision | None = None

    @property
    def no_exchange(self) -> bool:
        """Nothing recorded yet: neutral, not a partner asleep."""
        return self.last_exchange is None


@dataclass(frozen=True)
class AgreementRow:
    partner_name: str
    country_code: str | None
    type: AgreementType
    signed: FuzzyDate | None
    place: str | None
    signatories: str | None
    expires_on: date | None
    french_version: bool
    latitude: float | None
    longitude: float | None
    title: str | None = None  # the committee's own wording, if any


@dataclass
class PartnerQuery:
    text: str = ""
    status: PartnerStatus | None = None
    country_code: str | None = None
    dormant_only: bool = False
    sort: str = "name"
    descending: bool = False
    locale: str = "fr"


# The committee's own agreement wordings mapped to types, remembered between imports.
WORDINGS_SETTING = "import.agreement_wordings"

SORT_KEYS = ("name", "country", "status", "agreement", "signed", "distance", "last_exchange")


@dataclass
class PartnerSnapshot:
    """Everything a deleted partner was, so that Undo puts it back with the same ids."""

    rows: list[tuple[type, dict[str, Any]]]
    theme_ids: list[int]
    name: str
    # Records that only mentioned the partner and were unlinked, to link them again.
    person_ids: list[int] = field(default_factory=list)
    count_ids: list[int] = field(default_factory=list)


# ---------------------------------------------------------------- the service


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


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


@dataclass
class _WriteContext:
    """What one transaction looks up once: the home position, themes, taken names."""

    home: tuple[float, float] | None
    themes: dict[str, Theme] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _WriteContext:
        commune = home_commune(session)
        home = (
            (commune.latitude, commune.longitude)
            if commune and commune.latitude is not None and commune.longitude is not None
            else None
        )
        return cls(home, {t.name.lower(): t for t in session.scalars(select(Theme))})

    def distance(self, latitude: float | None, longitude: float | None) -> float | None:
        if self.home is None or latitude is None or longitude is None:
            return None
        return round(great_circle_km(self.home[0], self.home[1], latitude, longitude), 1)

    def theme(self, session: Session, name: str) -> Theme:
        theme = self.themes.get(name.lower())
        if theme is None:
            theme = Theme(name=name)
            session.add(theme)
            self.themes[name.lower()] = theme
        return theme


class _Cancelled(Exception):
    """Raised inside a transaction to roll it back when the user cancels."""


def _partner_gone() -> NotFoundError:
    return NotFoundError(
        Message("Validation", QT_TRANSLATE_NOOP("Validation", "This partner no longer exists."))
    )


class PartnerService:
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    # ---------------------------------------------------------------- reading lists

    def _dormant_months(self, session: Session) -> int:
        commune = home_commune(session)
        return int((commune.dormant_after_months if commune else None) or 24)

    def _last_exchange_expr(self, today: date) -> ColumnElement[Any]:
        """The day of the last exchange that took place: an event or a visit up to today,
        not cancelled, or the day noted by hand. A cancelled or a future one does not keep
        a partnership awake: DOMAIN.md flags partners with no exchange for two years."""
        last_event = (
            select(func.max(func.date(Event.start)))
            .join(event_partners, event_partners.c.event_id == Event.id)
            .where(
                event_partners.c.partner_id == Partner.id,
                func.date(Event.start) <= today,
                # A cancelled event is no exchange, as a cancelled visit is none (below).
                Event.status != EventStatus.CANCELLED,
            )
            .scalar_subquery()
        )
        last_delegation = (
            select(func.max(Delegation.start_date))
            .where(
                Delegation.partner_id == Partner.id,
                Delegation.start_date <= today,
                Delegation.status != DelegationStatus.CANCELLED,
            )
            .scalar_subquery()
        )
        noted = Partner.last_exchange_noted
        # SQLite's scalar max() is NULL when any side is: coalesce every way round.
        return func.max(
            func.coalesce(last_event, last_delegation, noted),
            func.coalesce(last_delegation, noted, last_event),
            func.coalesce(noted, last_event, last_delegation),
        )

    def _visits(self, direction: Direction) -> ColumnElement[Any]:
        return (
            select(func.count(Delegation.id))
            .where(
                Delegation.partner_id == Partner.id,
                Delegation.direction == direction,
                Delegation.status != DelegationStatus.CANCELLED,
            )
            .scalar_subquery()
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
        # column all read it, and SQLite would otherwise re-run the subqueries for each.
        activity = (
            select(
                Partner.id.label("pid"),
                self._last_exchange_expr(today).label("last_exchange"),
                self._visits(Direction.INCOMING).label("received"),
                self._visits(Direction.OUTGOING).label("made"),
            )
            .cte("activity")
            .prefix_with("MATERIALIZED")
        )
        last_exchange = activity.c.last_exchange
        cutoff = _months_before(today, self._dormant_months(session))
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
                raise _partner_gone()
            return PartnerData(
                id=p.id,
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

    def home_position(self) -> tuple[float, float] | None:
        """The commune's coordinates, for distances shown before anything is saved."""
        with self.db.reading() as session:
            return _WriteContext.load(session).home

    def agreement_wordings(self) -> dict[str, AgreementType]:
        """Wordings the committee mapped to a type in an earlier import (folded keys)."""
        with self.db.reading() as session:
            row = session.get(Setting, WORDINGS_SETTING)
        try:
            stored = json.loads(row.value) if row else {}
            return {str(k): AgreementType(v) for k, v in stored.items()}
        except (ValueError, AttributeError):
            return {}

    def remember_agreement_wordings(self, mapping: dict[str, AgreementType]) -> None:
        merged = {**self.agreement_wordings(), **mapping}
        value = json.dumps({k: AgreementType(v).value for k, v in merged.items()})
        with self.db.transaction() as session:
            row = session.get(Setting, WORDINGS_SETTING)
            if row is None:
                session.add(Setting(key=WORDINGS_SETTING, value=value))
            else:
                row.value = value

    # ---------------------------------------------------------------- writing

    def validate(self, data: PartnerData, require_country: bool = True) -> PartnerData:
        """A cleaned copy of the data, or a ValidationError naming the field.

        An import keeps a town whose country nobody recognised (``require_country``
        False): it is marked in the list and the secretary fixes it later.
        """
        name = clean_text("name", data.name, max_length=200, required=True)
        assert name is not None
        check_coordinates(data.latitude, data.longitude)
        check_population(data.population)
        try:
            kind = PartnerKind(data.kind)
        except ValueError as exc:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("Validation", "unknown kind.")) from exc
        # A town is in a country; an association of cities or a network may not be.
        country: str | None = None
        if data.country_code or (kind is PartnerKind.TOWN and require_country):
            country = check_country(data.country_code)
        try:
            status = PartnerStatus(data.status)
        except ValueError as exc:
            raise ValidationError(
                "status", QT_TRANSLATE_NOOP("Validation", "unknown status.")
            ) from exc
        themes: list[str] = []
        for theme in data.themes:
            t = clean_text("theme", theme, max_length=100)
            if t and fold(t) not in {fold(x) for x in themes}:
                themes.append(t)
        agreements = [self.clean_agreement(a) for a in data.agreements]
        contacts = [self.clean_contact(c) for c in data.contacts]
        check_attachments(data.attachments)
        return PartnerData(
            id=data.id,
            name=name,
            country_code=country,
            kind=kind,
            status=status,
            region=clean_text("region", data.region, max_length=200),
            population=data.population,
            languages=clean_text("languages", data.languages, max_length=200),
            timezone=clean_text("timezone", data.timezone, max_length=64),
            latitude=data.latitude,
            longitude=data.longitude,
            website=clean_text("website", data.website, max_length=300),
            notes=clean_text("notes", data.notes, max_length=20_000, multiline=True),
            geoname_id=data.geoname_id,
            last_exchange_noted=data.last_exchange_noted,
            last_exchange_precision=data.last_exchange_precision,
            themes=themes,
            agreements=agreements,
            contacts=contacts,
            attachments=list(data.attachments),
        )

    @staticmethod
    def clean_agreement(a: AgreementData) -> AgreementData:
        try:
            kind = AgreementType(a.type)
        except ValueError as exc:
            raise ValidationError(
                "type", QT_TRANSLATE_NOOP("Validation", "unknown agreement type.")
            ) from exc
        signed = a.signed
        if signed is not None and not isinstance(signed, FuzzyDate):
            signed = parse_fuzzy_date("signed", signed)
        expires = a.expires_on
        if expires is not None and not isinstance(expires, date):
            expires = parse_day("expires_on", expires)
        if expires is not None and signed is not None and expires < signed.start:
            raise ValidationError(
                "expires_on", QT_TRANSLATE_NOOP("Validation", "is before the signature.")
            )
        return AgreementData(
            id=a.id,
            type=kind,
            title=clean_text("type", a.title, max_length=200),
            signed=signed,
            place=clean_text("place", a.place, max_length=200),
            signatories=clean_text("signatories", a.signatories, max_length=2000, multiline=True),
            expires_on=expires,
            renewal=clean_text("notes", a.renewal, max_length=2000, multiline=True),
            french_version=bool(a.french_version),
            notes=clean_text("notes", a.notes, max_length=20_000, multiline=True),
        )

    @staticmethod
    def clean_contact(c: ContactData) -> ContactData:
        email = clean_email("email", c.email)
        return ContactData(
            id=c.id,
            name=clean_text("name", c.name, max_length=200, required=True) or "",
            role=clean_text("role", c.role, max_length=200),
            email=email,
            phone=clean_text("phone", c.phone, max_length=60),
            language=clean_text("language", c.language, max_length=20),
            notes=clean_text("notes", c.notes, max_length=5000, multiline=True),
        )

    @staticmethod
    def _duplicate(data: PartnerData) -> ValidationError:
        return ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "Validation", "a partner called “{name}” already exists in this country."
            ),
            name=data.name,
        )

    def _check_duplicate(self, session: Session, data: PartnerData) -> None:
        clash = session.scalar(
            select(Partner.id).where(
                Partner.name_key == fold(data.name),
                Partner.country_code == data.country_code
                if data.country_code
                else Partner.country_code.is_(None),
                Partner.id != (data.id or 0),
            )
        )
        if clash is not None:
            raise self._duplicate(data)

    def save(self, data: PartnerData) -> int:
        """Create or update a partner with all its children, in one transaction."""
        clean = self.validate(data)
        with self.db.transaction() as session:
            self._check_duplicate(session, clean)
            partner_id = self._write(session, clean)
        self.notifier.notify(notify.PARTNERS)
        assert partner_id is not None
        return partner_id

    def save_many(
        self,
        partners: list[PartnerData],
        progress: Callable[[int, int], bool] | None = None,
        require_country: bool = True,
    ) -> bool:
        """Save a batch (an import) in one transaction; False, with nothing written, if
        ``progress`` asks to stop. A refused partner refuses the whole batch."""
        cleaned = [self.validate(p, require_country) for p in partners]
        total = len(cleaned)
        try:
            with self.db.transaction() as session, session.no_autoflush:
                context = _WriteContext.load(session)
                taken = {
                    (key, country): pid
                    for pid, key, country in session.execute(
                        select(Partner.id, Partner.name_key, Partner.country_code)
                    )
                }
                for index, data in enumerate(cleaned, start=1):
                    key = (fold(data.name), data.country_code)
                    mine = data.id if data.id is not None else -index  # new ones: unique
                    if taken.setdefault(key, mine) != mine:
                        raise self._duplicate(data)
                    self._write(session, data, context, flush=False)
                    if index % 1000 == 0:
                        session.flush()
                    if progress and index % 200 == 0 and not progress(index, total):
                        raise _Cancelled
        except _Cancelled:
            return False
        if progress:
            progress(total, total)
        self.notifier.notify(notify.PARTNERS)
        return True

    def _write(
        self,
        session: Session,
        data: PartnerData,
        context: _WriteContext | None = None,
        flush: bool = True,
    ) -> int | None:
        context = context or _WriteContext.load(session)
        if data.id is None:
            partner = Partner(
                name=data.name, name_key=fold(data.name), country_code=data.country_code
            )
            session.add(partner)
        else:
            found = session.get(Partner, data.id)
            if found is None:
                raise _partner_gone()
            partner = found
        partner.name = data.name
        partner.name_key = fold(data.name)
        partner.country_code = data.country_code
        partner.kind = data.kind
        partner.status = data.status
        partner.region = data.region
        partner.population = data.population
        partner.languages = data.languages
        partner.timezone = data.timezone
        partner.latitude = data.latitude
        partner.longitude = data.longitude
        partner.website = data.website
        partner.notes = data.notes
        partner.geoname_id = data.geoname_id
        partner.last_exchange_noted = data.last_exchange_noted
        partner.last_exchange_noted_precision = (
            data.last_exchange_precision if data.last_exchange_noted else None
        )
        partner.distance_km = context.distance(data.latitude, data.longitude)
        partner.themes = [context.theme(session, name) for name in data.themes]

        existing_agreements = {a.id: a for a in partner.agreements} if data.id else {}
        agreements: list[Agreement] = []
        for a in data.agreements:
            row = existing_agreements.get(a.id) if a.id else None
            if row is None:
                row = Agreement(type=a.type)
            row.type = a.type
            row.title = a.title
            row.signed_start = a.signed.start if a.signed else None
            row.signed_end = a.signed.end if a.signed else None
            row.signed_precision = a.signed.precision if a.signed else None
            row.place = a.place
            row.signatories = a.signatories
            row.expires_on = a.expires_on
            row.renewal = a.renewal
            row.french_version = a.french_version
            row.notes = a.notes
            agreements.append(row)
        partner.agreements = agreements

        existing_contacts = {c.id: c for c in partner.contacts} if data.id else {}
        contacts: list[Contact] = []
        for c in data.contacts:
            crow = existing_contacts.get(c.id) if c.id else None
            if crow is None:
                crow = Contact(name=c.name)
            crow.name = c.name
            crow.role = c.role
            crow.email = c.email
            crow.phone = c.phone
            crow.language = c.language
            crow.notes = c.notes
            contacts.append(crow)
        partner.contacts = contacts

        partner.attachments = sync_attachments(
            partner.attachments if data.id else [], data.attachments
        )
        if not flush:  # a batch flushes in bulk, far faster than one partner at a time
            return None
        session.flush()
        return partner.id

    def set_status(self, partner_id: int, status: PartnerStatus) -> None:
        with self.db.transaction() as session:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise _partner_gone()
            partner.status = PartnerStatus(status)
        self.notifier.notify(notify.PARTNERS)

    # ---------------------------------------------------------------- deleting and undo

    def dependants(self, partner_id: int) -> dict[str, int]:
        """What still refers to the partner; it cannot be deleted while this is not empty."""
        with self.db.reading() as session:
            counts = {
                "events": session.scalar(
                    select(func.count()).where(event_partners.c.partner_id == partner_id)
                ),
                "delegations": session.scalar(
                    select(func.count(Delegation.id)).where(Delegation.partner_id == partner_id)
                ),
            }
        return {k: int(v or 0) for k, v in counts.items() if v}

    def delete(self, partner_id: int) -> PartnerSnapshot:
        """Delete and return what is needed to undo it; refused while still in use."""
        used = self.dependants(partner_id)
        if used:
            raise ConflictError(
                Message(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This partner cannot be deleted: {events} event(s) and {delegations} "
                        "delegation(s) refer to it. Set its status to “Ended” instead.",
                    ),
                    {"events": used.get("events", 0), "delegations": used.get("delegations", 0)},
                )
            )
        with self.db.transaction() as session:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise _partner_gone()
            snapshot = self._snapshot(session, partner)
            # Records that only mention the partner keep their own data.
            session.execute(
                update(Person).where(Person.partner_id == partner_id).values(partner_id=None)
            )
            session.execute(
                update(EventParticipantCount)
                .where(EventParticipantCount.partner_id == partner_id)
                .values(partner_id=None)
            )
            session.delete(partner)
        self.notifier.notify(notify.PARTNERS)
        return snapshot

    def _snapshot(self, session: Session, partner: Partner) -> PartnerSnapshot:
        rows = [row_snapshot(partner)]
        rows += [row_snapshot(a) for a in partner.agreements]
        rows += [row_snapshot(c) for c in partner.contacts]
        docs = session.scalars(select(Attachment).where(Attachment.partner_id == partner.id))
        rows += [row_snapshot(d) for d in docs]
        theme_ids = list(
            session.scalars(
                select(partner_themes.c.theme_id).where(partner_themes.c.partner_id == partner.id)
            )
        )
        return PartnerSnapshot(
            rows=rows,
            theme_ids=theme_ids,
            name=partner.name,
            person_ids=list(
                session.scalars(select(Person.id).where(Person.partner_id == partner.id))
            ),
            count_ids=list(
                session.scalars(
                    select(EventParticipantCount.id).where(
                        EventParticipantCount.partner_id == partner.id
                    )
                )
            ),
        )

    def restore(self, snapshot: PartnerSnapshot) -> int:
        """Put a deleted partner back exactly, with the same ids (the Undo of delete)."""
        partner_id = 0
        with self.db.transaction() as session:
            for cls, values in snapshot.rows:
                session.add(cls(**values))
                if cls is Partner:
                    partner_id = values["id"]
                    session.flush()
            session.flush()
            existing = set(
                session.scalars(select(Theme.id).where(Theme.id.in_(snapshot.theme_ids)))
            )
            for theme_id in snapshot.theme_ids:
                if theme_id in existing:
                    session.execute(
                        partner_themes.insert().values(partner_id=partner_id, theme_id=theme_id)
                    )
            # People of the partner town and invited counts point at it again (those that
            # were not linked elsewhere in the meantime).
            if snapshot.person_ids:
                session.execute(
                    update(Person)
                    .where(Person.id.in_(snapshot.person_ids), Person.partner_id.is_(None))
                    .values(partner_id=partner_id)
                )
            if snapshot.count_ids:
                session.execute(
                    update(EventParticipantCount)
                    .where(
                        EventParticipantCount.id.in_(snapshot.count_ids),
                        EventParticipantCount.partner_id.is_(None),
                    )
                    .values(partner_id=partner_id)
                )
        self.notifier.notify(notify.PARTNERS)
        return partner_id
