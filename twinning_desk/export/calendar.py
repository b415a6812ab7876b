"""Events and delegations to an iCalendar (.ics) file that calendar programs import cleanly.

All-day events stay all-day (a DATE, with the exclusive end RFC 5545 asks for); timed
events carry the time zone of their place, with its VTIMEZONE in the file. A delegation
is an all-day entry from departure to return, named in the reader's language ("Déplacement
à Łańcut"), placed at the partner for a trip and at home for a visit received. Every
entry's UID is the random one stored with its record (see ``services/calendar.py``):
importing the file again updates the entries instead of doubling them, and another
committee's file never collides with ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar import Event as IcsEvent

from twinning_desk import __version__
from twinning_desk.db.models import DelegationStatus, Direction, EventStatus
from twinning_desk.export.atomic import atomic_path
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.calendar import CalendarService, CalendarVisit
from twinning_desk.services.countries import country_name
from twinning_desk.services.delegations import PURPOSE_LABELS, TRANSPORTS
from twinning_desk.services.events import EFFECTS_HERE, EVENT_TYPES, EventQuery

Translate = Callable[[str, str], str]

# A delegation's summary and description lines (context "Export").
TRIP_TITLE = QT_TRANSLATE_NOOP("Export", "Trip to {partner}")
VISIT_TITLE = QT_TRANSLATE_NOOP("Export", "Visit from {partner}")
PURPOSE_LINE = QT_TRANSLATE_NOOP("Export", "Purpose: {purpose}")
TRANSPORT_LINE = QT_TRANSLATE_NOOP("Export", "Transport: {transport}")
MEMBERS_LINE = QT_TRANSLATE_NOOP("Export", "Members: {count}")
DELEGATION_CATEGORY = QT_TRANSLATE_NOOP("Export", "Delegation")

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


def _identity(_context: str, text: str) -> str:
    return text


EVENT_STATUS = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.DONE: "CONFIRMED",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
VISIT_STATUS = {
    DelegationStatus.DRAFT: "TENTATIVE",
    DelegationStatus.READY: "CONFIRMED",
    DelegationStatus.DONE: "CONFIRMED",
    DelegationStatus.CANCELLED: "CANCELLED",
}


def calendar_items(
    calendar: CalendarService,
    query: EventQuery | None = None,
    ids: list[int] | None = None,
    home_country: str | None = None,
    translate_fn: Translate | None = None,
) -> list[CalendarItem]:
    """The events of a query (or the chosen ids) as plain calendar items for export."""
    say = translate_fn or _identity
    items = []
    for entry in calendar.events(query or EventQuery(sort="start", descending=False), ids):
        e = entry.event
        effects = f"{say('Labels', EFFECTS_HERE)}: {e.effects_here}" if e.effects_here else None
        parts = [p for p in (e.description, effects) if p]
        items.append(
            CalendarItem(
                uid=entry.uid,
                title=e.title,
                start=e.start,
                end=e.end,
                all_day=e.all_day,
                timezone=e.timezone or COUNTRY_ZONES.get((home_country or "").upper()),
                place=e.place,
                description="\n\n".join(parts) or None,
                categories=[say("Labels", EVENT_TYPES.get(e.type, e.type))],
                status=EVENT_STATUS.get(e.status),
            )
        )
    return items


def delegation_items(
    visits: list[CalendarVisit],
    translate_fn: Translate | None = None,
    locale: str = "fr",
    home: str | None = None,
) -> list[CalendarItem]:
    """Delegations as all-day items from departure to return (both days included).

    ``home`` is where visits received take place (the commune's name); a trip takes
    place at the partner, named with its country so that a phone's map finds it."""
    say = translate_fn or _identity
    items = []
    for v in visits:
        partner_place = (
            f"{v.partner}, {country_name(v.country_code, locale)}" if v.country_code else v.partner
        )
        outgoing = v.direction is Direction.OUTGOING
        purpose = say("Labels", PURPOSE_LABELS.get(v.purpose, v.purpose))
        lines = [say("Export", PURPOSE_LINE).format(purpose=purpose)]
        if v.transport:
            transport = say("Labels", TRANSPORTS.get(v.transport, v.transport))
            lines.append(say("Export", TRANSPORT_LINE).format(transport=transport))
        lines.append(say("Export", MEMBERS_LINE).format(count=v.members))
        items.append(
            CalendarItem(
                uid=v.uid,
                title=say("Export", TRIP_TITLE if outgoing else VISIT_TITLE).format(
                    partner=v.partner
                ),
                start=datetime.combine(v.start, time()),
                end=datetime.combine(v.end, time()),
                all_day=True,
                place=partner_place if outgoing else home,
                description="\n".join(lines),
                categories=[say("Export", DELEGATION_CATEGORY), purpose],
                status=VISIT_STATUS.get(v.status),
            )
        )
    return items


def by_start(items: list[CalendarItem]) -> list[CalendarItem]:
    """Events and delegations in one order, the file read top to bottom by date."""
    return sorted(items, key=lambda item: item.start)


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
