"""The .ics file read back with the same library, field by field."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from twinning_desk.cli import main
from twinning_desk.export.calendar import calendar_items, write_ics
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData, EventQuery
from twinning_desk.services.partners import PartnerData


def test_all_day_and_timed_events_read_back(configured: Services, tmp_path: Path) -> None:
    pid = configured.partners.save(PartnerData(name="Łańcut", country_code="PL"))
    configured.events.save(
        EventData(
            title="Semaine polonaise",
            type="school_exchange",
            start=datetime(2026, 6, 22),
            end=datetime(2026, 6, 26),
            place="Łańcut",
            partner_ids=[pid],
            description="Vingt élèves & deux professeurs <b>",
        )
    )
    configured.events.save(
        EventData(
            title="Concert",
            type="concert",
            all_day=False,
            start=datetime(2026, 7, 14, 20, 30),
            end=datetime(2026, 7, 14, 23, 0),
            timezone="Europe/Warsaw",
            place="Zamek",
        )
    )
    out = tmp_path / "cal.ics"
    write_ics(
        out,
        calendar_items(
            configured.events, EventQuery(sort="start", descending=False), home_country="FR"
        ),
    )
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Semaine polonaise", "Concert"]
    week, concert = events
    assert week.decoded("DTSTART") == date(2026, 6, 22)
    assert week.decoded("DTEND") == date(2026, 6, 27)  # exclusive end: still five days
    assert str(week["LOCATION"]) == "Łańcut"
    assert str(week["DESCRIPTION"]) == "Vingt élèves & deux professeurs <b>"
    start = concert.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (20, 30, "Europe/Warsaw")
    assert concert.decoded("DTEND") - start == timedelta(hours=2, minutes=30)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Europe/Warsaw"}
    assert len({str(e["UID"]) for e in events}) == 2


def test_cli_calendar_and_events_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--lang", "en", "demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "list", "events", "--format", "json", "--db", db]) == 0
    events = json.loads(capsys.readouterr().out)
    assert len(events) >= 7
    assert set(events[0]) == {"id", "title", "type", "start", "end", "partners", "participants"}
    concert = next(e for e in events if e["type"] == "concert")
    # The demo concert: 120 local people and 28 invited from Bad Wimpfen.
    assert concert["partners"] == ["Bad Wimpfen"] and concert["participants"] == 120 + 28
    year = date.today().year
    out = tmp_path / "agenda.ics"
    assert (
        main(["--lang", "en", "export", "calendar", str(out), "--year", str(year), "--db", db]) == 0
    )
    cal = Calendar.from_ical(out.read_bytes())
    expected = [e for e in events if e["start"].startswith(str(year))]
    assert len(list(cal.walk("VEVENT"))) == len(expected)
    assert main(["--lang", "en", "export", "calendar", str(tmp_path / "x.txt"), "--db", db]) == 2
