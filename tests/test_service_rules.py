"""Rules that lived in widgets or were written several times, now one service function
each: tested at their limits (the value before, at and after each one)."""

from __future__ import annotations

import ast
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import twinning_desk
from twinning_desk.db.models import Commune, Direction, MemberRole
from twinning_desk.services.allowances import MEALS_PER_DAY, check_free, days_abroad, max_free
from twinning_desk.services.commune import DEFAULT_COUNTRY, home_commune, home_country
from twinning_desk.services.context import Services
from twinning_desk.services.dates import parse_time
from twinning_desk.services.delegations import DelegationData, MemberData, is_visitor
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.eu_grant import (
    EU_MIN_COUNTRIES,
    EU_MIN_INVITED,
    EU_MIN_PARTICIPANTS,
    eu_check,
)
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import PersonData
from twinning_desk.ui.delegations.report_dialog import ReportDialog

START = date(2026, 6, 10)

# ------------------------------------------------------------------ time of a programme item


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("   ", None),
        ("0:00", time(0, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("12:59", time(12, 59)),
        ("14h30", time(14, 30)),
        ("14H30", time(14, 30)),
        ("14h", time(14, 0)),
        ("14.30", time(14, 30)),
        ("9", time(9, 0)),
        (" 9:05 ", time(9, 5)),
        ("14 h 30", time(14, 30)),
    ],
)
def test_times_people_write_are_read(typed: str, expected: time | None) -> None:
    assert parse_time("time", typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["24:00", "23:60", "12:60", "-1", "-0:01", "+7", "1_0", "1430", "25h", "midi", "7h30x"],
)
def test_times_past_the_day_or_the_hour_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_time("time", typed)
    assert refused.value.field == "time"
    assert f"“{typed.strip()}”" in refused.value.render()  # as typed, not as rewritten


# ------------------------------------------------------------------ who is a visitor


@pytest.mark.parametrize(
    ("invited", "direction", "visitor"),
    [
        (False, Direction.OUTGOING, False),
        (True, Direction.OUTGOING, True),
        (False, Direction.INCOMING, True),
        (True, Direction.INCOMING, True),
        (False, "incoming", True),  # as a combo box's data holds it
        (False, "outgoing", False),
    ],
)
def test_a_visitor_is_invited_or_comes_with_a_visit_received(
    invited: bool, direction: Direction | str, visitor: bool
) -> None:
    assert is_visitor(invited, direction) is visitor


# ------------------------------------------------------------------ nights and meals offered


def test_days_abroad_count_the_first_and_last_day() -> None:
    assert days_abroad(START, None) == 1
    assert days_abroad(START, START) == 1
    assert days_abroad(START, START + timedelta(days=2)) == 3


@pytest.mark.parametrize("days", [1, 3])
def test_at_most_one_night_a_day_and_three_meals(days: int) -> None:
    assert max_free("free_nights", days) == days
    assert max_free("free_meals", days) == MEALS_PER_DAY * days == 3 * days
    for field in ("free_nights", "free_meals"):
        limit = max_free(field, days)
        assert check_free(field, 0, days) == 0
        assert check_free(field, limit, days) == limit
        assert check_free(field, str(limit), days) == limit  # typed in a table cell
        assert check_free(field, "", days) == 0
        for wrong in (-1, limit + 1, "2.5", "deux"):
            with pytest.raises(ValidationError) as refused:
                check_free(field, wrong, days)
            assert refused.value.field == field
            assert refused.value.reason.params == {"min": 0, "max": limit}


def test_no_day_no_reduction() -> None:
    assert max_free("free_nights", 0) == 0 and max_free("free_meals", -2) == 0


def _elected(s: Services) -> tuple[int, int]:
    partner = s.partners.save(PartnerData(name="Košice", country_code="SK"))
    mayor = s.people.save_person(PersonData(first_name="Anne", last_name="Lefèvre"))
    return partner, mayor


def _three_days(partner: int, member: MemberData) -> DelegationData:
    return DelegationData(
        partner_id=partner,
        direction=Direction.OUTGOING,
        purpose="official",
        start_date=START,
        end_date=START + timedelta(days=2),
        members=[member],
    )


def test_a_delegation_keeps_nights_and_meals_within_its_days(configured: Services) -> None:
    s = configured
    partner, mayor = _elected(s)
    saved = s.delegations.save(
        _three_days(partner, MemberData(mayor, MemberRole.ELECTED, free_nights=3, free_meals=9))
    )
    assert s.delegations.get(saved).members[0].free_nights == 3
    for nights, meals, field in ((4, 0, "free_nights"), (0, 10, "free_meals")):
        member = MemberData(mayor, MemberRole.ELECTED, free_nights=nights, free_meals=meals)
        with pytest.raises(ValidationError) as refused:
            s.delegations.save(_three_days(partner, member))
        assert refused.value.field == field


def test_a_report_keeps_nights_within_its_days(configured: Services) -> None:
    s = configured
    partner, mayor = _elected(s)
    trip = s.delegations.save(_three_days(partner, MemberData(mayor, MemberRole.ELECTED)))
    report = s.reports.get(trip)
    assert report.allowances[0].days == 3
    report.allowances[0].free_nights = 4
    with pytest.raises(ValidationError) as refused:
        s.reports.save(report)
    assert refused.value.field == "free_nights"
    report.allowances[0].free_nights = 3
    report.allowances[0].free_meals = 9
    s.reports.save(report)
    assert s.reports.get(trip).allowances[0].free_nights == 3


def test_the_allowance_table_applies_the_same_limits(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    s = configured
    partner, mayor = _elected(s)
    trip = s.delegations.save(_three_days(partner, MemberData(mayor, MemberRole.ELECTED)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ReportDialog(s.reports, trip, settings)
    qtbot.addWidget(dialog)
    model = dialog.allowances
    assert model.setData(model.index(0, 3), "3") and model.error is None
    assert not model.setData(model.index(0, 3), "4")
    assert model.error is not None and model.error.field == "free_nights"
    assert model.setData(model.index(0, 4), "9") and model.error is None
    assert not model.setData(model.index(0, 4), "10")
    assert model.error is not None and model.error.field == "free_meals"
    assert model.items[0].free_nights == 3 and model.items[0].free_meals == 9


# ------------------------------------------------------------------ EU thresholds


@pytest.mark.parametrize(
    ("counts", "participants", "invited", "eligible"),
    [
        ({"FR": 25, "DE": 24}, False, False, False),  # 49 participants, 24 invited
        ({"FR": 25, "DE": 25}, True, True, True),  # 50 and 25: the limits themselves
        ({"FR": 26, "DE": 24}, True, False, False),  # enough people, one invited short
        ({"FR": 24, "DE": 26}, True, True, True),
    ],
)
def test_eu_thresholds_at_their_limits(
    counts: dict[str, int], participants: bool, invited: bool, eligible: bool
) -> None:
    check = eu_check(counts, "FR")
    assert (check.enough_participants, check.enough_invited) == (participants, invited)
    assert check.eligible is eligible
    assert (EU_MIN_PARTICIPANTS, EU_MIN_INVITED, EU_MIN_COUNTRIES) == (50, 25, 2)


def test_the_meeting_country_counts_once_even_without_its_own_people() -> None:
    assert eu_check({"FR": 30, "DE": 25}, "FR").countries == 2
    only_guests = eu_check({"DE": 50}, "FR")
    assert (only_guests.countries, only_guests.invited_from_abroad) == (2, 50)
    only_hosts = eu_check({"FR": 50}, "FR")
    assert (only_hosts.countries, only_hosts.enough_countries) == (1, False)


# ------------------------------------------------------------------ the home commune


def test_every_service_reads_the_same_home_commune(configured: Services) -> None:
    s = configured
    with s.db.transaction() as session:
        session.add(Commune(name="Bad Wimpfen", country_code="DE", latitude=49.2, longitude=9.2))
    with s.db.reading() as session:
        home = home_commune(session)
        assert home is not None and home.name == "Saint-Aubin-sur-Loire"
        assert home_country(session) == "FR"
    profile = s.commune.get()
    assert profile is not None and profile.name == "Saint-Aubin-sur-Loire"
    assert s.delegations.home() == ("Saint-Aubin-sur-Loire", "FR")
    assert s.partners.home_position() == (profile.latitude, profile.longitude)
    assert s.activity.report(2026).commune == "Saint-Aubin-sur-Loire"
    event = EventData(
        title="Fête",
        type="festival",
        start=datetime(2026, 6, 10),
        local_participants=30,
        invited=[InvitedCount("DE", 25)],
    )
    assert s.events.eu_check(event).by_country == {"FR": 30, "DE": 25}


def test_before_the_commune_is_set_the_country_is_the_default(services: Services) -> None:
    with services.db.reading() as session:
        assert home_commune(session) is None and home_country(session) == DEFAULT_COUNTRY
    assert services.delegations.home() == ("", DEFAULT_COUNTRY)
    event = EventData(title="Fête", type="festival", start=datetime(2026, 6, 10))
    assert services.events.eu_check(event).by_country == {DEFAULT_COUNTRY: 0}


def test_only_the_commune_service_reads_the_commune_table() -> None:
    root = Path(twinning_desk.__file__).parent
    readers = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in ("db/models.py", "services/commune.py") or rel.startswith("db/migrations/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(a.name == "Commune" for a in node.names):
                readers.append(f"{rel}:{node.lineno}")
    assert not readers, f"read the home commune through services.commune: {readers}"
