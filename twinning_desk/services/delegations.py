"""Delegations: visits received (accueil) and made (déplacement), listed and filtered.

This first slice reads; creating and editing delegations, their members, programme and
host families follow in the Delegations issue, on the models that already exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from twinning_desk.db.database import Database
from twinning_desk.db.models import (
    Delegation,
    DelegationMember,
    DelegationStatus,
    Direction,
    Partner,
)
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services import notify
from twinning_desk.services.text import fold

PURPOSE_LABELS = {
    "official": QT_TRANSLATE_NOOP("Labels", "Official mission"),
    "identification": QT_TRANSLATE_NOOP("Labels", "Identification mission"),
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical visit"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Youth exchange"),
    "citizens": QT_TRANSLATE_NOOP("Labels", "Citizens' trip"),
    "sports": QT_TRANSLATE_NOOP("Labels", "Sports delegation"),
    "cultural": QT_TRANSLATE_NOOP("Labels", "Cultural delegation"),
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


class DelegationService:
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
                    Delegation.transport.ilike(f"%{query.text.strip()}%"),
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
        with self.db.reading() as session:
            starts = session.scalars(select(Delegation.start_date))
            return sorted({d.year for d in starts}, reverse=True)
