"""What a calendar file needs from the database: each event whole with its stored UID,
and the delegations as dated visits.

The UIDs are drawn at random when a record is created (``db.models.new_ics_uid``) and
never change, so that a calendar updates the event it imported last time instead of
adding a copy, and two committees' files never clash. Delegations come from the same
query as the Delegations table, so the calendar holds the visits the table shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from twinning_desk.db.database import Database
from twinning_desk.db.models import Delegation, DelegationStatus, Direction, Event
from twinning_desk.services.delegations import DelegationQuery, DelegationService
from twinning_desk.services.event_data import EventData, EventQuery
from twinning_desk.services.events import EventService

CHUNK = 500  # ids per IN (...): well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    event: EventData


@dataclass(frozen=True)
class CalendarVisit:
    """A delegation as a calendar shows it: the days from departure to return."""

    id: int
    uid: str
    partner: str
    country_code: str | None
    direction: Direction
    purpose: str
    start: date
    end: date
    members: int
    status: DelegationStatus
    transport: str | None


class CalendarService:
    def __init__(self, db: Database, events: EventService, delegations: DelegationService) -> None:
        self.db = db
        self.events_service = events
        self.delegations_service = delegations

    def _uids(self, model: type[Event] | type[Delegation], ids: list[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        with self.db.reading() as session:
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                stmt = select(model.id, model.ics_uid).where(model.id.in_(chunk))
                found.update({row_id: uid for row_id, uid in session.execute(stmt)})
        return found

    def events(
        self, query: EventQuery | None = None, ids: Iterable[int] | None = None
    ) -> list[CalendarEvent]:
        """The events of ``query`` (by start), or the chosen ``ids``, each with its UID."""
        chosen = (
            list(ids)
            if ids is not None
            else [
                r.id
                for r in self.events_service.rows(
                    query or EventQuery(sort="start", descending=False)
                )
            ]
        )
        uids = self._uids(Event, chosen)
        return [
            CalendarEvent(uids[event_id], self.events_service.get(event_id))
            for event_id in chosen
            if event_id in uids
        ]

    def visits(self, query: DelegationQuery | None = None) -> list[CalendarVisit]:
        """The delegations of ``query`` (the Delegations table's filters), by departure."""
        rows = self.delegations_service.rows(query or DelegationQuery(descending=False))
        ids = [r.id for r in rows]
        details: dict[int, tuple[str, str | None]] = {}
        with self.db.reading() as session:
            for i in range(0, len(ids), CHUNK):
                stmt = select(Delegation.id, Delegation.ics_uid, Delegation.transport).where(
                    Delegation.id.in_(ids[i : i + CHUNK])
                )
                details.update(
                    {d_id: (uid, transport) for d_id, uid, transport in session.execute(stmt)}
                )
        return [
            CalendarVisit(
                id=r.id,
                uid=details[r.id][0],
                partner=r.partner,
                country_code=r.country_code,
                direction=r.direction,
                purpose=r.purpose,
                start=r.start,
                end=r.end,
                members=r.members,
                status=r.status,
                transport=details[r.id][1],
            )
            for r in rows
            if r.id in details
        ]
