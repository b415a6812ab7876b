"""The .ics file read back with the same library, field by field."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from conftest import HOME
from icalendar import Calendar

from twinning_desk.cli import main
from twinning_desk.db.database import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from twinning_desk.db.models import DelegationStatus, Direction
from twinning_desk.export.calendar import calendar_items, write_ics
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData
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
            configured.calendar, EventQuery(sort="start", descending=False), home_country="FR"
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
    capsys.readouterr()
    assert main(["--lang", "en", "list", "delegations", "--format", "json", "--db", db]) == 0
    visits = json.loads(capsys.readouterr().out)
    expected_visits = [v for v in visits if v["start"].startswith(str(year))]
    assert expected_visits  # the demo has delegations this year: they are in the file
    assert len(list(cal.walk("VEVENT"))) == len(expected) + len(expected_visits)
    assert main(["--lang", "en", "export", "calendar", str(tmp_path / "x.txt"), "--db", db]) == 2


# ---------------------------------------------------------------- stored UIDs, delegations


def _uids(path: Path) -> dict[str, str]:
    """SUMMARY -> UID of every entry of an .ics file."""
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): str(e["UID"]) for e in cal.walk("VEVENT")}


def _fill(services: Services) -> None:
    """The same content in any file: a partner, two events, two delegations (one of a
    single day)."""
    services.commune.save(HOME)
    pid = services.partners.save(PartnerData(name="Łańcut", country_code="PL"))
    services.events.save(
        EventData(title="Concert", type="concert", start=datetime(2026, 7, 14), partner_ids=[pid])
    )
    services.events.save(EventData(title="Marché", type="market", start=datetime(2026, 12, 12)))
    services.delegations.save(
        DelegationData(
            partner_id=pid,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 5, 1),
            end_date=date(2026, 5, 4),
            transport="plane",
            status=DelegationStatus.READY,
        )
    )
    services.delegations.save(
        DelegationData(
            partner_id=pid,
            direction=Direction.INCOMING,
            purpose="youth",
            start_date=date(2026, 6, 30),
            end_date=date(2026, 6, 30),  # a single day: DTEND is the day after
        )
    )


def _export(db: Path, out: Path, lang: str = "fr") -> int:
    return main(["--lang", lang, "export", "calendar", str(out), "--db", str(db)])


def test_uids_are_stored_random_values_stable_across_exports_and_edits(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    services = Services.open(db)
    try:
        _fill(services)
    finally:
        services.close()
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    assert _export(db, first) == 0
    assert _export(db, second) == 0
    uids = _uids(first)
    assert len(uids) == 4 and len(set(uids.values())) == 4
    assert _uids(second) == uids
    for uid in uids.values():  # a UUID, as RFC 7986 advises, and nothing of the row id
        assert str(uuid.UUID(uid)) == uid
    with sqlite3.connect(db) as conn:
        stored = {
            r[0]
            for r in conn.execute(
                "SELECT ics_uid FROM event UNION ALL SELECT ics_uid FROM delegation"
            )
        }
    conn.close()
    assert stored == set(uids.values())

    # Edited, an event keeps its UID (the calendar updates it); a copy gets its own.
    services = Services.open(db)
    try:
        concert = next(r for r in services.events.rows() if r.title == "Concert")
        data = services.events.get(concert.id)
        services.events.save(replace(data, title="Concert d’été"))
        services.events.duplicate(concert.id)
    finally:
        services.close()
    third = tmp_path / "3.ics"
    assert _export(db, third) == 0
    cal = Calendar.from_ical(third.read_bytes())
    summer = [e for e in cal.walk("VEVENT") if str(e["SUMMARY"]) == "Concert d’été"]
    assert len(summer) == 2
    by_year = {e.decoded("DTSTART").year: str(e["UID"]) for e in summer}
    assert by_year[2026] == uids["Concert"]
    assert by_year[2027] not in uids.values()


def test_two_files_with_the_same_rows_never_share_a_uid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    outs = []
    for name in ("ours", "theirs"):
        db = tmp_path / f"{name}.sqlite3"
        services = Services.open(db)
        try:
            _fill(services)  # the same ids, titles and dates in both files
        finally:
            services.close()
        outs.append(tmp_path / f"{name}.ics")
        assert _export(db, outs[-1]) == 0
    ours, theirs = (_uids(out) for out in outs)
    assert set(ours) == set(theirs)
    assert not set(ours.values()) & set(theirs.values())


def test_delegations_are_all_day_entries_in_the_readers_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    services = Services.open(db)
    try:
        _fill(services)
    finally:
        services.close()
    out = tmp_path / "fr.ics"
    assert _export(db, out, "fr") == 0
    assert "2 délégation(s)" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    entries = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    trip = entries["Déplacement à Łańcut"]
    visit = entries["Accueil de la délégation de Łańcut"]
    # All-day dates (no time, no zone); DTEND exclusive: the day after the return.
    assert type(trip.decoded("DTSTART")) is date
    assert trip.decoded("DTSTART") == date(2026, 5, 1)
    assert trip.decoded("DTEND") == date(2026, 5, 4) + timedelta(days=1)
    assert visit.decoded("DTSTART") == date(2026, 6, 30)
    assert visit.decoded("DTEND") == date(2026, 7, 1)  # one day: DTEND = return + 1 day
    # A trip takes place at the partner, a visit received at home.
    assert str(trip["LOCATION"]) == "Łańcut, Pologne"
    assert str(visit["LOCATION"]) == HOME.name
    assert str(trip["STATUS"]) == "CONFIRMED" and str(visit["STATUS"]) == "TENTATIVE"
    assert "Mission officielle" in str(trip["DESCRIPTION"])
    assert "Transport\u00a0: Avion" in str(trip["DESCRIPTION"])  # the label, not the code
    # Events and delegations in date order.
    starts = [e.decoded("DTSTART") for e in cal.walk("VEVENT")]
    assert starts == sorted(starts)

    out = tmp_path / "en.ics"
    assert _export(db, out, "en") == 0
    assert set(_uids(out)) == {"Concert", "Marché", "Trip to Łańcut", "Visit from Łańcut"}
    cal = Calendar.from_ical(out.read_bytes())
    trip = next(e for e in cal.walk("VEVENT") if str(e["SUMMARY"]) == "Trip to Łańcut")
    assert str(trip["LOCATION"]) == "Łańcut, Poland"


def test_calendar_year_keeps_the_delegations_of_that_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A delegation leaving on 31 December belongs to that year, one leaving on
    1 January to the next."""
    db = tmp_path / "a.sqlite3"
    services = Services.open(db)
    try:
        services.commune.save(HOME)
        pid = services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
        for start in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31)):
            services.delegations.save(
                DelegationData(
                    partner_id=pid,
                    direction=Direction.OUTGOING,
                    purpose="citizens",
                    start_date=start,
                    end_date=start + timedelta(days=2),
                )
            )
    finally:
        services.close()
    out = tmp_path / "2026.ics"
    assert (
        main(["--lang", "en", "export", "calendar", str(out), "--year", "2026", "--db", str(db)])
        == 0
    )
    cal = Calendar.from_ical(out.read_bytes())
    starts = sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT"))
    assert starts == [date(2026, 1, 1), date(2026, 12, 31)]
    ends = sorted(e.decoded("DTEND") for e in cal.walk("VEVENT"))
    assert ends == [date(2026, 1, 4), date(2027, 1, 3)]


def test_upgrade_from_0007_gives_every_event_and_delegation_its_own_uid(
    tmp_path: Path,
) -> None:
    """0008 adds the stored UID: no row lost, each row a distinct UUID, ids and
    AUTOINCREMENT kept, and a new row afterwards gets a UID of its own."""
    path = tmp_path / "before-0008.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007_last_exchange_precision")
        conn.exec_driver_sql(
            "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
            " VALUES (1, 'Łańcut', 'lancut', 'town', 'PL', 'active')"
        )
        for i in range(1, 31):
            conn.exec_driver_sql(
                "INSERT INTO event (id, title, type, start, all_day, status,"
                " local_participants) VALUES"
                f" ({i}, 'Event {i}', 'concert', '2026-01-{i:02d} 00:00:00', 1, 'planned', 0)"
            )
        for i in range(1, 21):
            conn.exec_driver_sql(
                "INSERT INTO delegation (id, partner_id, direction, purpose, start_date,"
                f" end_date, status) VALUES ({i}, 1, 'outgoing', 'official', '2025-05-{i:02d}',"
                f" '2025-05-{i:02d}', 'done')"
            )
        conn.exec_driver_sql("UPDATE event SET delegation_id = 3 WHERE id = 7")
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            for table, count in (("event", 30), ("delegation", 20)):
                rows = conn.exec_driver_sql(f"SELECT id, ics_uid FROM {table}").fetchall()
                assert sorted(r[0] for r in rows) == list(range(1, count + 1))
                uids = [r[1] for r in rows]
                assert all(str(uuid.UUID(u)) == u for u in uids)
                assert len(set(uids)) == count
                sql = conn.exec_driver_sql(
                    f"SELECT sql FROM sqlite_master WHERE name = '{table}'"
                ).scalar()
                assert "AUTOINCREMENT" in sql
            link = "SELECT delegation_id FROM event WHERE id = 7"
            assert conn.exec_driver_sql(link).scalar() == 3
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            old = {r[0] for r in conn.exec_driver_sql("SELECT ics_uid FROM event")}
    finally:
        db.close()
    services = Services.open(path)
    try:
        new_id = services.events.save(
            EventData(title="Nouveau", type="concert", start=datetime(2026, 3, 1))
        )
        assert new_id == 31
        fresh = services.calendar.events(ids=[new_id])[0].uid
    finally:
        services.close()
    assert fresh not in old and str(uuid.UUID(fresh)) == fresh
