"""The people directory shared by the whole app, host households, and personal data.

Delegation members are people of this directory, so a resident who travels twice is typed
once. Personal data follows the RGPD: a person can be exported or erased, and
participants of old visits purged. Erasing someone who took part in a delegation keeps an
anonymous placeholder (country kept) so past member and per-country counts stay true.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from twinning_desk.db import changes
from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Delegation,
    DelegationMember,
    HostingAssignment,
    Household,
    Person,
    moved_on,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import conflicts, notify
from twinning_desk.services.countries import is_country_code
from twinning_desk.services.errors import ConflictError, NotFoundError, ValidationError
from twinning_desk.services.languages import language_codes
from twinning_desk.services.text import clean_email, clean_text, fold

ANONYMOUS = QT_TRANSLATE_NOOP("Labels", "(anonymous person)")
MINOR_AGE = 18


def _gone() -> NotFoundError:
    return NotFoundError(
        Message(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "This record no longer exists; the list is refreshed."),
        )
    )


def clean_languages(value: str | None) -> str | None:
    """ "DE, fr ; polonais" → "de,fr,pl": codes the hosting match can compare."""
    text = clean_text("languages", value, max_length=200)
    if not text:
        return None
    return ",".join(language_codes(text)) or None


def language_set(value: str | None) -> set[str]:
    return {c.strip().lower() for c in (value or "").split(",") if c.strip()}


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass
class PersonData:
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    town: str | None = None
    country_code: str | None = None
    languages: str | None = None
    birth_date: date | None = None
    household_id: int | None = None
    partner_id: int | None = None
    notes: str | None = None
    anonymised: bool = False
    id: int | None = None
    # As read: a save over a newer one is refused (services.conflicts); None: not checked.
    version: int | None = None

    @property
    def display_name(self) -> str:
        """First name then SURNAME, as French lists print it."""
        if self.anonymised:
            return ""
        return f"{self.first_name} {self.last_name.upper()}".strip()


@dataclass
class HouseholdData:
    name: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    capacity: int = 0
    languages: str | None = None
    has_pets: bool = False
    smoking: bool = False
    accessible: bool = False
    diets_offered: str | None = None
    notes: str | None = None
    id: int | None = None
    people: list[str] = field(default_factory=list)  # read only: who lives there
    version: int | None = None  # as read, see PersonData


@dataclass
class PersonQuery:
    text: str = ""
    sort: str = "name"
    descending: bool = False
    include_anonymous: bool = False


class PeopleService:
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    # ---------------------------------------------------------------- people

    @staticmethod
    def validate(data: PersonData) -> PersonData:
        first = clean_text("first_name", data.first_name, max_length=100, required=True) or ""
        last = clean_text("last_name", data.last_name, max_length=100, required=True) or ""
        country = (data.country_code or "").strip().upper() or None
        if country and not is_country_code(country):
            raise ValidationError("country", QT_TRANSLATE_NOOP("Validation", "choose a country."))
        if data.birth_date is not None:
            if data.birth_date > date.today():
                raise ValidationError(
                    "birth_date", QT_TRANSLATE_NOOP("Validation", "is in the future.")
                )
            if data.birth_date.year < 1900:
                raise ValidationError(
                    "birth_date",
                    QT_TRANSLATE_NOOP(
                        "Validation", "the year {year} is not between {min} and {max}."
                    ),
                    year=data.birth_date.year,
                    min=1900,
                    max=date.today().year,
                )
        return PersonData(
            id=data.id,
            version=data.version,
            first_name=first,
            last_name=last,
            email=clean_email("email", data.email),
            phone=clean_text("phone", data.phone, max_length=60),
            address=clean_text("address", data.address, max_length=1000, multiline=True),
            town=clean_text("town", data.town, max_length=200),
            country_code=country,
            languages=clean_languages(data.languages),
            birth_date=data.birth_date,
            household_id=data.household_id,
            partner_id=data.partner_id,
            notes=clean_text("notes", data.notes, max_length=20_000, multiline=True),
        )

    def save_person(self, data: PersonData) -> int:
        clean = self.validate(data)
        with (
            conflicts.caught(self.db, Person, clean, self.get_person),
            self.db.transaction() as session,
        ):
            if clean.id is None:
                person = Person(first_name=clean.first_name, last_name=clean.last_name)
                session.add(person)
            else:
                found = session.get(Person, clean.id)
                if found is None:
                    raise _gone()
                conflicts.check_version(found, clean.version)
                person = found
            household = clean.household_id
            if household is not None and session.get(Household, household) is None:
                raise ValidationError(
                    "household",
                    QT_TRANSLATE_NOOP("Validation", "this household no longer exists."),
                )
            for key in (
                "first_name",
                "last_name",
                "email",
                "phone",
                "address",
                "town",
                "country_code",
                "languages",
                "birth_date",
                "household_id",
                "partner_id",
                "notes",
            ):
                setattr(person, key, getattr(clean, key))
            person.anonymised = False
            session.flush()
            person_id = person.id
        self.notifier.notify(notify.DELEGATIONS)
        return person_id

    @staticmethod
    def _person(p: Person) -> PersonData:
        return PersonData(
            id=p.id,
            version=p.version,
            first_name=p.first_name,
            last_name=p.last_name,
            email=p.email,
            phone=p.phone,
            address=p.address,
            town=p.town,
            country_code=p.country_code,
            languages=p.languages,
            birth_date=p.birth_date,
            household_id=p.household_id,
            partner_id=p.partner_id,
            notes=p.notes,
            anonymised=p.anonymised,
        )

    def get_person(self, person_id: int) -> PersonData:
        with self.db.reading() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise _gone()
            return self._person(person)

    def _select(self, query: PersonQuery) -> Select[Any]:
        stmt = select(Person)
        keys: dict[str, Any] = {
            "name": (Person.last_name, Person.first_name),
            "town": (Person.town, Person.last_name),
            "country": (Person.country_code, Person.last_name),
            "email": (Person.email,),
        }
        order = keys.get(query.sort, keys["name"])
        return stmt.order_by(*(c.desc() if query.descending else c.asc() for c in order))

    def _where(self, stmt: Select[Any], query: PersonQuery) -> Select[Any]:
        if not query.include_anonymous:
            stmt = stmt.where(Person.anonymised.is_(False))
        for word in fold(query.text).split():
            stmt = stmt.where(Person.search_key.contains(word, autoescape=True))
        return stmt

    def people(
        self, query: PersonQuery | None = None, offset: int = 0, limit: int | None = None
    ) -> list[PersonData]:
        """Searched and sorted in SQL: a directory may hold 100,000 people."""
        query = query or PersonQuery()
        stmt = self._where(self._select(query), query).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.reading() as session:
            return [self._person(p) for p in session.scalars(stmt)]

    def count_people(self, query: PersonQuery | None = None) -> int:
        query = query or PersonQuery()
        stmt = self._where(select(func.count(Person.id)), query)
        with self.db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def delete_person(self, person_id: int) -> None:
        """Only someone who never took part in a delegation; otherwise erase anonymises."""
        with self.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise _gone()
            used = session.scalar(
                select(func.count(DelegationMember.id)).where(
                    DelegationMember.person_id == person_id
                )
            )
            if used:
                raise ConflictError(
                    Message(
                        "Validation",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This person took part in {count} delegation(s); use “Erase "
                            "personal data” to keep the counts true.",
                        ),
                        {"count": used},
                    )
                )
            session.delete(person)
        self.notifier.notify(notify.DELEGATIONS)

    # ---------------------------------------------------------------- households

    @staticmethod
    def validate_household(data: HouseholdData) -> HouseholdData:
        if not 0 <= data.capacity <= 50:
            raise ValidationError(
                "capacity", QT_TRANSLATE_NOOP("Validation", "must be between 0 and {max}."), max=50
            )
        diets = clean_text("diets_offered", data.diets_offered, max_length=200)
        return HouseholdData(
            id=data.id,
            version=data.version,
            name=clean_text("name", data.name, max_length=200, required=True) or "",
            address=clean_text("address", data.address, max_length=1000, multiline=True),
            phone=clean_text("phone", data.phone, max_length=60),
            email=clean_email("email", data.email),
            capacity=data.capacity,
            languages=clean_languages(data.languages),
            has_pets=data.has_pets,
            smoking=data.smoking,
            accessible=data.accessible,
            diets_offered=diets,
            notes=clean_text("notes", data.notes, max_length=20_000, multiline=True),
        )

    def save_household(self, data: HouseholdData) -> int:
        clean = self.validate_household(data)
        with (
            conflicts.caught(self.db, Household, clean, self.get_household),
            self.db.transaction() as session,
        ):
            if clean.id is None:
                row = Household(name=clean.name)
                session.add(row)
            else:
                found = session.get(Household, clean.id)
                if found is None:
                    raise _gone()
                conflicts.check_version(found, clean.version)
                row = found
            for key in (
                "name",
                "address",
                "phone",
                "email",
                "capacity",
                "languages",
                "has_pets",
                "smoking",
                "accessible",
                "diets_offered",
                "notes",
            ):
                setattr(row, key, getattr(clean, key))
            session.flush()
            household_id = row.id
        self.notifier.notify(notify.DELEGATIONS)
        return household_id

    @staticmethod
    def _household(h: Household, session: Session) -> HouseholdData:
        names = session.scalars(
            select(Person).where(Person.household_id == h.id, Person.anonymised.is_(False))
        )
        return HouseholdData(
            id=h.id,
            version=h.version,
            name=h.name,
            address=h.address,
            phone=h.phone,
            email=h.email,
            capacity=h.capacity,
            languages=h.languages,
            has_pets=h.has_pets,
            smoking=h.smoking,
            accessible=h.accessible,
            diets_offered=h.diets_offered,
            notes=h.notes,
            people=[f"{p.first_name} {p.last_name.upper()}" for p in names],
        )

    def households(self, hosts_only: bool = False) -> list[HouseholdData]:
        stmt = select(Household).order_by(Household.name)
        if hosts_only:
            stmt = stmt.where(Household.capacity > 0)
        with self.db.reading() as session:
            rows = [self._household(h, session) for h in session.scalars(stmt)]
        return sorted(rows, key=lambda h: fold(h.name))

    def get_household(self, household_id: int) -> HouseholdData:
        with self.db.reading() as session:
            row = session.get(Household, household_id)
            if row is None:
                raise _gone()
            return self._household(row, session)

    def delete_household(self, household_id: int) -> None:
        with self.db.transaction() as session:
            row = session.get(Household, household_id)
            if row is None:
                raise _gone()
            hosted = session.scalar(
                select(func.count(HostingAssignment.id)).where(
                    HostingAssignment.household_id == household_id
                )
            )
            if hosted:
                raise ConflictError(
                    Message(
                        "Validation",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This household hosted {count} visitor(s); remove them from the "
                            "hosting plans first.",
                        ),
                        {"count": hosted},
                    )
                )
            session.execute(  # moved on: see PartnerService.delete
                update(Person)
                .where(Person.household_id == household_id)
                .values(household_id=None, **moved_on(Person))
            )
            session.delete(row)
        self.notifier.notify(notify.DELEGATIONS)

    # ---------------------------------------------------------------- personal data (RGPD)

    def personal_data(self, person_id: int) -> dict[str, Any]:
        """Everything the file holds about one person, for a subject access request."""
        with self.db.reading() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise _gone()
            data: dict[str, Any] = {
                "person": {
                    "id": person.id,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "email": person.email,
                    "phone": person.phone,
                    "address": person.address,
                    "town": person.town,
                    "country": person.country_code,
                    "languages": person.languages,
                    "birth_date": person.birth_date.isoformat() if person.birth_date else None,
                    "notes": person.notes,
                    "anonymised": person.anonymised,
                },
                "household": None,
                "delegations": [],
            }
            if person.household is not None:
                h = person.household
                data["household"] = {
                    "name": h.name,
                    "address": h.address,
                    "phone": h.phone,
                    "email": h.email,
                    "capacity": h.capacity,
                    "languages": h.languages,
                    "notes": h.notes,
                }
            members = session.scalars(
                select(DelegationMember)
                .join(Delegation)
                .where(DelegationMember.person_id == person_id)
                .order_by(Delegation.start_date)
            )
            for m in members:
                d = m.delegation
                data["delegations"].append(
                    {
                        "delegation_id": d.id,
                        "partner": d.partner.name,
                        "direction": str(d.direction),
                        "start": d.start_date.isoformat(),
                        "end": d.end_date.isoformat(),
                        "role": str(m.role),
                        "invited": m.invited,
                        "guardian_authorisation": m.guardian_authorisation,
                        "mandat_number": m.mandat_number,
                        "mandat_date": m.mandat_date.isoformat() if m.mandat_date else None,
                        "needs": m.needs,
                        "diet": m.diet,
                        "hosted_by": m.hosting.household.name if m.hosting else None,
                    }
                )
            return data

    def erase_person(self, person_id: int) -> bool:
        """Delete the person, or anonymise them when they took part in a delegation.

        Returns True when a placeholder was kept. Their country stays, so per-country
        counts of past visits do not change; the rest (names, contacts, needs) goes.
        """
        # Not undoable: erased personal data must not come back by Ctrl+Z.
        with changes.paused(), self.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise _gone()
            kept = self._erase(session, person)
        self.notifier.notify(notify.ERASED)
        self.notifier.notify(notify.DELEGATIONS)
        return kept

    @staticmethod
    def _erase(session: Session, person: Person) -> bool:
        members = list(
            session.scalars(select(DelegationMember).where(DelegationMember.person_id == person.id))
        )
        if not members:
            session.delete(person)
            return False
        person.first_name = ""
        person.last_name = ""
        for key in ("email", "phone", "address", "town", "languages", "birth_date", "notes"):
            setattr(person, key, None)
        person.household_id = None
        person.anonymised = True
        for m in members:
            m.needs = None
            m.diet = None
            m.stay_together = None
            m.mandat_number = None
        return True

    def purge_candidates(self, years: int, today: date | None = None) -> list[int]:
        """People whose last delegation ended more than ``years`` ago."""
        today = today or date.today()
        limit = today - timedelta(days=round(365.25 * years))
        last = (
            select(DelegationMember.person_id, func.max(Delegation.end_date).label("last"))
            .join(Delegation, Delegation.id == DelegationMember.delegation_id)
            .group_by(DelegationMember.person_id)
            .subquery()
        )
        stmt = (
            select(Person.id)
            .join(last, last.c.person_id == Person.id)
            .where(last.c.last < limit, Person.anonymised.is_(False))
        )
        with self.db.reading() as session:
            return list(session.scalars(stmt))

    def purge_older_than(self, years: int, today: date | None = None) -> int:
        if years < 1:
            raise ValidationError(
                "years",
                QT_TRANSLATE_NOOP("Validation", "must be between {min} and {max}."),
                min=1,
                max=50,
            )
        ids = self.purge_candidates(years, today)
        # Not undoable: erased personal data must not come back by Ctrl+Z.
        with changes.paused(), self.db.transaction() as session:
            for person in session.scalars(select(Person).where(Person.id.in_(ids))):
                self._erase(session, person)
        if ids:
            self.notifier.notify(notify.ERASED)
            self.notifier.notify(notify.DELEGATIONS)
        return len(ids)
