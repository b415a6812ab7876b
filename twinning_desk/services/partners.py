"""Partners, their agreements, contacts, themes and documents: validating and saving.

A partner is saved whole (fields and children) in one transaction, because the dialog
edits it whole. Tables ask for pages of :class:`PartnerRow`, sorted and filtered in SQL.

:class:`PartnerService` is the partners' one entry point: it validates and writes here,
and inherits its reading methods from :class:`PartnerQueries` (``partner_queries.py``);
the data classes and labels it takes and returns are in ``partner_data.py`` and are
importable from this module too, as before the split.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from twinning_desk.db import changes
from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Agreement,
    AgreementType,
    Contact,
    Delegation,
    Event,
    EventParticipantCount,
    Partner,
    PartnerKind,
    PartnerStatus,
    Person,
    Setting,
    Theme,
    event_partners,
    moved_on,
    now_to_the_second,
    partner_themes,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import conflicts, notify
from twinning_desk.services.attachments import check_attachments, sync_attachments
from twinning_desk.services.commune import (
    check_coordinates,
    check_country,
    check_population,
    home_commune,
)
from twinning_desk.services.dates import FuzzyDate, parse_day, parse_fuzzy_date
from twinning_desk.services.errors import ConflictError, ValidationError
from twinning_desk.services.geo import great_circle_km
from twinning_desk.services.languages import language_codes
from twinning_desk.services.partner_data import (
    AGREEMENT_TYPE_LABELS,
    DEFAULT_THEMES,
    PARTNER_KIND_LABELS,
    PARTNER_STATUS_LABELS,
    SORT_KEYS,
    AgreementData,
    AgreementRow,
    ContactData,
    PartnerData,
    PartnerQuery,
    PartnerRow,
)
from twinning_desk.services.partner_queries import PartnerQueries, partner_gone
from twinning_desk.services.text import clean_email, clean_text, fold

__all__ = [
    "AGREEMENT_TYPE_LABELS",
    "DEFAULT_THEMES",
    "PARTNER_KIND_LABELS",
    "PARTNER_STATUS_LABELS",
    "SORT_KEYS",
    "WORDINGS_SETTING",
    "AgreementData",
    "AgreementRow",
    "ContactData",
    "PartnerData",
    "PartnerQuery",
    "PartnerRow",
    "PartnerService",
]

# The committee's own agreement wordings mapped to types, remembered between imports.
WORDINGS_SETTING = "import.agreement_wordings"


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


# New partners written per statement in an import: big enough for speed, small enough
# for the progress bar to move and a cancel to be heard.
BULK_CHUNK = 1000


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _without_empty_columns(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows without the columns that none of them fills and that are NULL when left
    out (nullable, no default): an import's many empty columns (website, population…)
    then cost nothing per row. Every row keeps the same columns, as executemany needs."""
    empty = [
        name
        for name in rows[0]
        if name in _nullable_without_default(table) and all(row[name] is None for row in rows)
    ]
    for row in rows if empty else ():
        for name in empty:
            del row[name]
    return rows


@cache
def _nullable_without_default(table: Table) -> frozenset[str]:
    return frozenset(
        column.name
        for column in table.columns
        if column.nullable and column.default is None and column.server_default is None
    )


class _Cancelled(Exception):
    """Raised inside a transaction to roll it back when the user cancels."""


class PartnerService(PartnerQueries):
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier
        notifier.watch(self.forget_activity)

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
            version=data.version,
            name=name,
            country_code=country,
            kind=kind,
            status=status,
            region=clean_text("region", data.region, max_length=200),
            population=data.population,
            languages=",".join(
                language_codes(clean_text("languages", data.languages, max_length=200))
            )
            or None,
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
        with conflicts.caught(self.db, Partner, clean, self.get), self.db.transaction() as session:
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
                # New partners go in a few Core statements per thousand; a partner already
                # in the file (or one with documents) through the ORM, one by one.
                bulk = [p for p in cleaned if p.id is None and not p.attachments]
                one_by_one = [p for p in cleaned if p.id is not None or p.attachments]
                if bulk:
                    self._note_new_rows(session)
                done = 0
                for start in range(0, len(bulk), BULK_CHUNK):
                    chunk = bulk[start : start + BULK_CHUNK]
                    self._insert_new(session, chunk, context)
                    done += len(chunk)
                    if progress and not progress(done, total):
                        raise _Cancelled
                for data in one_by_one:
                    self._write(session, data, context, flush=False)
                    done += 1
                    if done % 1000 == 0:
                        session.flush()
                    if progress and done % 200 == 0 and not progress(done, total):
                        raise _Cancelled
        except _Cancelled:
            return False
        if progress:
            progress(total, total)
        self.notifier.notify(notify.PARTNERS)
        return True

    @staticmethod
    def _note_new_rows(session: Session) -> None:
        """Tell the undo recorder which rows the bulk inserts below create: those past the
        highest ids now (ids are never reused, so no other row can take them)."""
        for column, table in (
            (Partner.id, Partner.__table__),
            (Agreement.id, Agreement.__table__),
            (Contact.id, Contact.__table__),
        ):
            highest = session.scalar(select(func.max(column))) or 0
            changes.note_new_rows(session, table, column > highest)  # type: ignore[arg-type]
        first_partner = session.scalar(select(func.max(Partner.id))) or 0
        changes.note_new_rows(session, partner_themes, partner_themes.c.partner_id > first_partner)

    def _insert_new(
        self, session: Session, batch: list[PartnerData], context: _WriteContext
    ) -> None:
        """New partners, their agreements, contacts and themes, each table in one Core
        executemany: an import of 20,000 rows builds no ORM object.

        The partners' ids come back with RETURNING, matched to the batch by name and
        country (the batch was checked to name each partner once): asking them back in
        the batch's order instead makes SQLite insert one row per statement. The time of
        creation is read once per batch rather than once per row and column, as the
        columns' default would."""
        now = now_to_the_second()
        stamps = {"created_at": now, "updated_at": now}
        rows = [
            {
                "name": d.name,
                "name_key": fold(d.name),
                "country_code": d.country_code,
                "kind": d.kind,
                "status": d.status,
                "region": d.region,
                "population": d.population,
                "languages": d.languages,
                "timezone": d.timezone,
                "latitude": d.latitude,
                "longitude": d.longitude,
                "website": d.website,
                "notes": d.notes,
                "geoname_id": d.geoname_id,
                "last_exchange_noted": d.last_exchange_noted,
                "last_exchange_noted_precision": (
                    d.last_exchange_precision if d.last_exchange_noted else None
                ),
                "distance_km": context.distance(d.latitude, d.longitude),
                **stamps,
            }
            for d in batch
        ]
        table = _table(Partner)
        returned = session.execute(
            insert(table).returning(table.c.id, table.c.name_key, table.c.country_code),
            _without_empty_columns(table, rows),
        )
        by_key = {(key, country): pid for pid, key, country in returned}
        ids = [by_key[(fold(d.name), d.country_code)] for d in batch]
        agreements = [
            {
                "partner_id": pid,
                "type": a.type,
                "title": a.title,
                "signed_start": a.signed.start if a.signed else None,
                "signed_end": a.signed.end if a.signed else None,
                "signed_precision": a.signed.precision if a.signed else None,
                "place": a.place,
                "signatories": a.signatories,
                "expires_on": a.expires_on,
                "renewal": a.renewal,
                "french_version": a.french_version,
                "notes": a.notes,
                **stamps,
            }
            for pid, d in zip(ids, batch, strict=True)
            for a in d.agreements
        ]
        contacts = [
            {
                "partner_id": pid,
                "name": c.name,
                "role": c.role,
                "email": c.email,
                "phone": c.phone,
                "language": c.language,
                "notes": c.notes,
                **stamps,
            }
            for pid, d in zip(ids, batch, strict=True)
            for c in d.contacts
        ]
        themes = {name.lower(): context.theme(session, name) for d in batch for name in d.themes}
        if themes:
            session.flush()  # new themes get their ids
        links = {
            (pid, themes[name.lower()].id)
            for pid, d in zip(ids, batch, strict=True)
            for name in d.themes
        }
        if agreements:
            table = _table(Agreement)
            session.execute(insert(table), _without_empty_columns(table, agreements))
        if contacts:
            table = _table(Contact)
            session.execute(insert(table), _without_empty_columns(table, contacts))
        if links:
            session.execute(
                insert(partner_themes), [{"partner_id": p, "theme_id": t} for p, t in links]
            )

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
                raise partner_gone()
            conflicts.check_version(found, data.version)
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
                raise partner_gone()
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

    def delete(self, partner_id: int) -> None:
        """Refused while still in use; undone by the operations layer like any change."""
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
                raise partner_gone()
            # Records that only mention the partner keep their own data, and move on a
            # version: a person's or an event's dialog open meanwhile would otherwise save
            # the link to the partner back.
            session.execute(
                update(Person)
                .where(Person.partner_id == partner_id)
                .values(partner_id=None, **moved_on(Person))
            )
            counted = select(EventParticipantCount.event_id).where(
                EventParticipantCount.partner_id == partner_id
            )
            session.execute(update(Event).where(Event.id.in_(counted)).values(**moved_on(Event)))
            session.execute(
                update(EventParticipantCount)
                .where(EventParticipantCount.partner_id == partner_id)
                .values(partner_id=None)
            )
            session.delete(partner)
        self.notifier.notify(notify.PARTNERS)
