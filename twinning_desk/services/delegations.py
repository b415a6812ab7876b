"""Delegations: visits received (accueil) and made (déplacement), with their members,
programme day by day and host families.

A delegation is saved whole (members, programme, hosting plan and the linked event) in one
transaction. Rules that protect people are refusals (a minor without the guardian's
authorisation cannot travel in a delegation marked ready); rules about paperwork are
warnings shown beside the form (an élu travelling without a *mandat spécial* voted
before departure), so the secretary can save a delegation that is still being prepared.

:class:`DelegationService` is the delegations' one entry point: listing, validating,
saving, deleting and reading one delegation here; the warnings, hosting plan and grant
counts it inherits from :class:`DelegationChecks` (``delegation_checks.py``); the data
classes and labels are in ``delegation_data.py`` and importable from here too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, extract, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from twinning_desk.db import changes
from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Delegation,
    DelegationMember,
    DelegationStatus,
    Direction,
    Event,
    HostingAssignment,
    Household,
    MemberRole,
    Partner,
    Person,
    ProgrammeItem,
)
from twinning_desk.db.portable import like_any_case
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import conflicts, notify
from twinning_desk.services.allowances import check_free, days_abroad
from twinning_desk.services.delegation_checks import (
    HOSTING_PROBLEM_TEXT,
    DelegationChecks,
    is_visitor,
    member_country,
)
from twinning_desk.services.delegation_data import (
    DELEGATION_STATUS_LABELS,
    MEMBER_FIELDS,
    PURPOSE_LABELS,
    ROLE_LABELS,
    TRANSPORTS,
    DelegationData,
    DelegationQuery,
    DelegationRow,
    MemberData,
    ProgrammeData,
)
from twinning_desk.services.errors import NotFoundError, ValidationError
from twinning_desk.services.text import clean_text, fold

__all__ = [
    "DELEGATION_STATUS_LABELS",
    "HOSTING_PROBLEM_TEXT",
    "MEMBER_FIELDS",
    "PURPOSE_LABELS",
    "ROLE_LABELS",
    "TRANSPORTS",
    "DelegationData",
    "DelegationQuery",
    "DelegationRow",
    "DelegationService",
    "MemberData",
    "ProgrammeData",
    "is_visitor",
    "member_country",
]


class DelegationService(DelegationChecks):
    def __init__(self, db: Database, notifier: notify.ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    def _filters(self, query: DelegationQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        text = fold(query.text or "")
        if text:
            conditions.append(
                or_(
                    Partner.name_key.contains(text, autoescape=True),
                    like_any_case(Delegation.transport, f"%{query.text.strip()}%"),
                )
            )
        if query.year:
            conditions.append(Delegation.start_date >= date(query.year, 1, 1))
            conditions.append(Delegation.start_date <= date(query.year, 12, 31))
        if query.partner_id:
            conditions.append(Delegation.partner_id == query.partner_id)
        if query.direction is not None:
            conditions.append(Delegation.direction == query.direction)
        return conditions

    def _select(self, query: DelegationQuery) -> Select:
        members = (
            select(func.count(DelegationMember.id))
            .where(DelegationMember.delegation_id == Delegation.id)
            .scalar_subquery()
            .label("members")
        )
        stmt = (
            select(
                Delegation.id,
                Partner.name,
                Partner.country_code,
                Delegation.direction,
                Delegation.purpose,
                Delegation.start_date,
                Delegation.end_date,
                members,
                Delegation.status,
            )
            .join(Partner, Partner.id == Delegation.partner_id)
            .where(*self._filters(query))
        )
        keys: dict[str, Any] = {
            "start": Delegation.start_date,
            "partner": Partner.name_key,
            "direction": Delegation.direction,
            "purpose": Delegation.purpose,
            "members": members,
            "status": Delegation.status,
            "end": Delegation.end_date,
        }
        key = keys.get(query.sort, Delegation.start_date)
        order = key.desc() if query.descending else key.asc()
        return stmt.order_by(order, Delegation.id.desc())

    def rows(
        self, query: DelegationQuery | None = None, offset: int = 0, limit: int | None = None
    ) -> list[DelegationRow]:
        stmt = self._select(query or DelegationQuery()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.reading() as session:
            return [
                DelegationRow(
                    r.id,
                    r.name,
                    r.country_code,
                    Direction(r.direction),
                    r.purpose,
                    r.start_date,
                    r.end_date,
                    int(r.members or 0),
                    DelegationStatus(r.status),
                )
                for r in session.execute(stmt)
            ]

    def count(self, query: DelegationQuery | None = None) -> int:
        stmt = (
            select(func.count(Delegation.id))
            .join(Partner, Partner.id == Delegation.partner_id)
            .where(*self._filters(query or DelegationQuery()))
        )
        with self.db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def years(self) -> list[int]:
        # Distinct in SQL from the index on start_date: not 5,000 dates into Python.
        year = extract("year", Delegation.start_date)
        with self.db.reading() as session:
            values = session.scalars(select(year).distinct().order_by(year.desc()))
            return [int(v) for v in values if v is not None]

    # ================================================================ editing

    def validate(self, data: DelegationData) -> DelegationData:
        if data.partner_id is None:
            raise ValidationError("partner", QT_TRANSLATE_NOOP("Validation", "choose a partner."))
        if data.purpose not in PURPOSE_LABELS:
            raise ValidationError("purpose", QT_TRANSLATE_NOOP("Validation", "choose a purpose."))
        if data.start_date is None:
            raise ValidationError("start", QT_TRANSLATE_NOOP("Validation", "is required."))
        end = data.end_date or data.start_date
        if end < data.start_date:
            raise ValidationError("end", QT_TRANSLATE_NOOP("Validation", "is before the start."))
        if not 1900 <= data.start_date.year <= 2200:
            raise ValidationError(
                "start",
                QT_TRANSLATE_NOOP("Validation", "the year {year} is not between {min} and {max}."),
                year=data.start_date.year,
                min=1900,
                max=2200,
            )
        members: list[MemberData] = []
        seen: set[int] = set()
        for m in data.members:
            if m.person_id in seen:
                raise ValidationError(
                    "members",
                    QT_TRANSLATE_NOOP("Validation", "{name} is listed twice."),
                    name=m.name or m.person_id,
                )
            seen.add(m.person_id)
            check_free("free_nights", m.free_nights, days_abroad(data.start_date, end))
            check_free("free_meals", m.free_meals, days_abroad(data.start_date, end))
            if m.daily_rate_cents is not None and not 0 <= m.daily_rate_cents <= 100_000_00:
                raise ValidationError(
                    "daily_rate", QT_TRANSLATE_NOOP("Validation", "is not a sensible amount.")
                )
            members.append(
                MemberData(
                    **{
                        **m.__dict__,
                        "role": MemberRole(m.role),
                        "mandat_number": clean_text(
                            "mandat_number", m.mandat_number, max_length=60
                        ),
                        "needs": clean_text("needs", m.needs, max_length=2000, multiline=True),
                        "diet": clean_text("diet", m.diet, max_length=200),
                        "stay_together": clean_text(
                            "stay_together", m.stay_together, max_length=60
                        ),
                    }
                )
            )
        status = DelegationStatus(data.status)
        if status in (DelegationStatus.READY, DelegationStatus.DONE):
            for m in members:
                if self.is_minor(m, data.start_date) and not m.guardian_authorisation:
                    raise ValidationError(
                        "members",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{name} is a minor: tick the guardian's authorisation before "
                            "marking the delegation ready.",
                        ),
                        name=m.name or m.person_id,
                    )
        programme = []
        for item in data.programme:
            programme.append(
                ProgrammeData(
                    id=item.id,
                    day=item.day,
                    start_time=item.start_time,
                    activity=clean_text(
                        "activity", item.activity, max_length=5000, required=True, multiline=True
                    )
                    or "",
                    place=clean_text("place", item.place, max_length=300),
                    people_met=clean_text(
                        "people_met", item.people_met, max_length=5000, multiline=True
                    ),
                )
            )
        return DelegationData(
            id=data.id,
            version=data.version,
            partner_id=data.partner_id,
            direction=Direction(data.direction),
            purpose=data.purpose,
            start_date=data.start_date,
            end_date=end,
            transport=clean_text("transport", data.transport, max_length=200),
            status=status,
            grant_reference=clean_text("grant_reference", data.grant_reference, max_length=100),
            notes=clean_text("notes", data.notes, max_length=50_000, multiline=True),
            event_id=data.event_id,
            members=members,
            programme=programme,
        )

    def save(self, data: DelegationData) -> int:
        self.with_directory(data)  # the directory is the source of truth for ages
        clean = self.validate(data)
        with (
            conflicts.caught(self.db, Delegation, clean, self.get),
            self.db.transaction() as session,
        ):
            delegation_id = self._write(session, clean)
        self.notifier.notify(notify.DELEGATIONS)
        return delegation_id

    def _write(self, session: Session, data: DelegationData) -> int:
        if session.get(Partner, data.partner_id) is None:
            raise ValidationError(
                "partner", QT_TRANSLATE_NOOP("Validation", "a chosen partner no longer exists.")
            )
        if data.id is None:
            row = Delegation(
                partner_id=data.partner_id,
                direction=data.direction,
                purpose=data.purpose,
                start_date=data.start_date,
                end_date=data.end_date,
            )
            session.add(row)
        else:
            found = session.get(Delegation, data.id, options=[selectinload(Delegation.members)])
            if found is None:
                raise _gone()
            conflicts.check_version(found, data.version)
            row = found
        for key in (
            "partner_id",
            "direction",
            "purpose",
            "start_date",
            "end_date",
            "transport",
            "status",
            "grant_reference",
            "notes",
        ):
            setattr(row, key, getattr(data, key))
        people = set(
            session.scalars(
                select(Person.id).where(Person.id.in_([m.person_id for m in data.members]))
            )
        )
        hosts = set(
            session.scalars(
                select(Household.id).where(
                    Household.id.in_([m.host_id for m in data.members if m.host_id])
                )
            )
        )
        existing = {m.person_id: m for m in row.members} if data.id else {}
        members = []
        for m in data.members:
            if m.person_id not in people:
                raise ValidationError(
                    "members", QT_TRANSLATE_NOOP("Validation", "a chosen person no longer exists.")
                )
            member = existing.get(m.person_id) or DelegationMember(person_id=m.person_id)
            for key in MEMBER_FIELDS:
                setattr(member, key, getattr(m, key))
            if m.host_id is not None and m.host_id not in hosts:
                raise ValidationError(
                    "hosting", QT_TRANSLATE_NOOP("Validation", "this household no longer exists.")
                )
            if m.host_id is None:
                member.hosting = None
            elif member.hosting is None:
                member.hosting = HostingAssignment(household_id=m.host_id)
            else:
                member.hosting.household_id = m.host_id
            members.append(member)
        row.members = members
        row.programme = [
            ProgrammeItem(
                day=p.day,
                start_time=p.start_time,
                position=index,
                activity=p.activity,
                place=p.place,
                people_met=p.people_met,
            )
            for index, p in enumerate(sorted(data.programme, key=_programme_key))
        ]
        session.flush()
        session.execute(
            update(Event)
            .where(Event.delegation_id == row.id, Event.id != (data.event_id or -1))
            .values(delegation_id=None, version=Event.version + 1)
        )
        if data.event_id is not None:
            event = session.get(Event, data.event_id)
            if event is None:
                raise ValidationError(
                    "event", QT_TRANSLATE_NOOP("Validation", "this event no longer exists.")
                )
            event.delegation_id = row.id
        session.flush()
        return row.id

    def set_hosting(self, delegation_id: int, assignment: dict[int, int | None]) -> None:
        """Save a hosting plan alone (person id → household id or None)."""
        data = self.get(delegation_id)
        for m in data.members:
            if m.person_id in assignment:
                m.host_id = assignment[m.person_id]
        self.save(data)

    def purge_health_notes(self, delegation_id: int) -> int:
        """After the visit: needs and diets go; returns how many members had some."""
        # Not undoable: erased personal data must not come back by Ctrl+Z.
        with changes.paused(), self.db.transaction() as session:
            if session.get(Delegation, delegation_id) is None:
                raise _gone()
            rows = list(
                session.scalars(
                    select(DelegationMember).where(
                        DelegationMember.delegation_id == delegation_id,
                        or_(
                            DelegationMember.needs.is_not(None),
                            DelegationMember.diet.is_not(None),
                        ),
                    )
                )
            )
            for m in rows:
                m.needs = None
                m.diet = None
        self.notifier.notify(notify.ERASED)
        self.notifier.notify(notify.DELEGATIONS)
        return len(rows)

    # ---------------------------------------------------------------- delete / undo

    def delete(self, delegation_id: int) -> None:
        """Deleted with its members, programme and report; events and budget lines that
        pointed at it are unlinked (and linked again by an undo, as any change)."""
        with self.db.transaction() as session:
            row = session.get(Delegation, delegation_id)
            if row is None:
                raise _gone()
            session.delete(row)
        self.notifier.notify(notify.DELEGATIONS)

    # ---------------------------------------------------------------- reading

    def get(self, delegation_id: int) -> DelegationData:
        with self.db.reading() as session:
            row = session.get(
                Delegation,
                delegation_id,
                options=[selectinload(Delegation.members).selectinload(DelegationMember.person)],
            )
            if row is None:
                raise _gone()
            event_id = session.scalar(
                select(Event.id).where(Event.delegation_id == delegation_id).order_by(Event.start)
            )
            members = [self._member(m) for m in row.members]
            members.sort(key=lambda m: (not m.role == MemberRole.ELECTED, fold(m.name)))
            return DelegationData(
                id=row.id,
                version=row.version,
                partner_id=row.partner_id,
                direction=Direction(row.direction),
                purpose=row.purpose,
                start_date=row.start_date,
                end_date=row.end_date,
                transport=row.transport,
                status=DelegationStatus(row.status),
                grant_reference=row.grant_reference,
                notes=row.notes,
                event_id=event_id,
                members=members,
                programme=[
                    ProgrammeData(
                        id=p.id,
                        day=p.day,
                        start_time=p.start_time,
                        activity=p.activity,
                        place=p.place,
                        people_met=p.people_met,
                    )
                    for p in row.programme
                ],
                partner_name=row.partner.name,
                partner_country=row.partner.country_code or "",
            )

    @staticmethod
    def _member(m: DelegationMember) -> MemberData:
        p = m.person
        values = {key: getattr(m, key) for key in MEMBER_FIELDS}
        return MemberData(
            person_id=m.person_id,
            id=m.id,
            host_id=m.hosting.household_id if m.hosting else None,
            name="" if p.anonymised else f"{p.first_name} {p.last_name.upper()}".strip(),
            town=p.town,
            country_code=p.country_code,
            languages=p.languages,
            birth_date=p.birth_date,
            email=p.email,
            **{**values, "role": MemberRole(values["role"])},
        )

    def partner_choices(self) -> list[tuple[int, str, str]]:
        with self.db.reading() as session:
            rows = session.execute(select(Partner.id, Partner.name, Partner.country_code)).all()
        return sorted(((r[0], r[1], r[2] or "") for r in rows), key=lambda r: fold(r[1]))

    def event_choices(self) -> list[tuple[int, str, date]]:
        with self.db.reading() as session:
            rows = session.execute(
                select(Event.id, Event.title, Event.start).order_by(Event.start.desc())
            ).all()
        return [(r[0], r[1], r[2].date()) for r in rows]


def _programme_key(p: ProgrammeData) -> tuple[date, int]:
    """Within a day, the order given by the user (drag or buttons) is kept."""
    return (p.day, 0)


def _gone() -> NotFoundError:
    return NotFoundError(
        Message(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation", "This delegation no longer exists; the list is refreshed."
            ),
        )
    )
