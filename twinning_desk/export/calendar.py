"""Events to an iCalendar (.ics) file that calendar programs import cleanly.

All-day events stay all-day (a DATE, with the exclusive end RFC 5545 asks for); timed
events carry the time zone of their place, with its VTIMEZONE in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar import Event as IcsEvent

from twinning_desk import __version__
from twinning_desk.db.models import EventStatus
from twinning_desk.export.atomic import atomic_path
from twinning_desk.services.events import EFFECTS_HERE, EVENT_TYPES, EventQuery, EventService

# The main time zone of the countries committees most often twin with; anything else
# falls back to UTC unless the event names its zone.
COUNTRY_ZONES = {
    "FR": "Europe/Paris",
    "DE": "Europe/Berlin",
    "IT": "Europe/Rome",
    "ES": "Europe/Madrid",
    "GB": "Europe/London",
    "PL": "Europe/Warsaw",
    "BE": "Europe/Brussels",
    "NL": "Europe/Amsterdam",
    "LU": "Europe/Luxembourg",
    "CH": "Europe/Zurich",
    "AT": "Europe/Vienna",
    "PT": "Europe/Lisbon",
    "IE": "Europe/Dublin",
    "CZ": "Europe/Prague",
    "SK": "Europe/Bratislava",
    "HU": "Europe/Budapest",
    "RO": "Europe/Bucharest",
    "BG": "Europe/Sofia",
    "GR": "Europe/Athens",
    "LT": "Europe/Vilnius",
    "LV": "Europe/Riga",
    "EE": "Europe/Tallinn",
    "FI": "Europe/Helsinki",
    "SE": "Europe/Stockholm",
    "DK": "Europe/Copenhagen",
    "NO": "Europe/Oslo",
    "HR": "Europe/Zagreb",
    "SI": "Europe/Ljubljana",
    "UA": "Europe/Kyiv",
    "MA": "Africa/Casablanca",
    "SN": "Africa/Dakar",
}


@dataclass
class CalendarItem:
    uid: str
    title: str
    start: datetime
    end: datetime | None
    all_day: bool
    timezone: str | None = None
    place: str | None = None
    description: str | None = None
    categories: list[str] = field(default_factory=list)
    status: str | None = None  # CONFIRMED, TENTATIVE, CANCELLED


def calendar_items(
    service: EventService,
    query: EventQuery | None = None,
    ids: list[int] | None = None,
    home_country: str | None = None,
    translate_fn: Any = None,
) -> list[CalendarItem]:
    """The events of a query (or the chosen ids) as plain calendar items for export."""

    def label(text: str) -> str:
        return translate_fn("Labels", text) if translate_fn else text

    chosen = (
        ids
        if ids is not None
        else [r.id for r in service.rows(query or EventQuery(sort="start", descending=False))]
    )
    status = {
        EventStatus.CONFIRMED: "CONFIRMED",
        EventStatus.DONE: "CONFIRMED",
        EventStatus.PLANNED: "TENTATIVE",
        EventStatus.CANCELLED: "CANCELLED",
    }
    items = []
    for event_id in chosen:
        e = service.get(event_id)
        effects = f"{label(EFFECTS_HERE)}: {e.effects_here}" if e.effects_here else None
        parts = [p for p in (e.description, effects) if p]
        items.append(
            CalendarItem(
                uid=f"event-{e.id}@twinning-desk",
                title=e.title,
                start=e.start,
                end=e.end,
                all_day=e.all_day,
                timezone=e.timezone or COUNTRY_ZONES.get((home_country or "").upper()),
                place=e.place,
                description="\n\n".join(parts) or None,
                categories=[label(EVENT_TYPES.get(e.type, e.type))],
                status=status.get(e.status),
            )
        )
    return items


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def build_calendar(items: list[CalendarItem], name: str = "Twinning Desk") -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//Twinning Desk//{__version__}//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in items:
        event = IcsEvent()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        if item.all_day:
            last = (item.end or item.start).date()
            event.add("dtstart", item.start.date())
            event.add("dtend", last + timedelta(days=1))  # DTEND of a DATE is exclusive
        else:
            tz = zone(item.timezone)
            start = item.start.replace(tzinfo=tz)
            end = (item.end or item.start + timedelta(hours=1)).replace(tzinfo=tz)
            event.add("dtstart", start)
            event.add("dtend", end)
        if item.place:
            event.add("location", item.place)
        if item.description:
            event.add("description", item.description)
        if item.categories:
            event.add("categories", item.categories)
        if item.status:
            event.add("status", item.status)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_ics(path: Path, items: list[CalendarItem], name: str = "Twinning Desk") -> None:
    data = build_calendar(items, name).to_ical()
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
