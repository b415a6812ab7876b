"""Days typed in forms the quick ways people type them; imports stay strict."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import type_day
from PySide6.QtCore import QDate, Qt, QTimer
from pytestqt.qtbot import QtBot

from twinning_desk.core.errors import ValidationError
from twinning_desk.services.context import Services
from twinning_desk.services.dates import parse_day, parse_typed_day
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("8/9/73", date(1973, 9, 8)),
        ("08092026", date(2026, 9, 8)),  # ddmmyyyy, no separators
        ("080926", date(2026, 9, 8)),  # ddmmyy
        ("8 sept", date(2026, 9, 8)),  # this year
        ("8/9", date(2026, 9, 8)),
        ("31/12", date(2026, 12, 31)),
        ("1/1", date(2026, 1, 1)),
        ("1 janv.", date(2026, 1, 1)),
        ("29/02/2028", date(2028, 2, 29)),
        ("2026-09-08", date(2026, 9, 8)),
        ("", None),
    ],
)
def test_quick_ways_to_type_a_day(typed: str, day: date | None) -> None:
    assert parse_typed_day("date", typed, TODAY) == day


@pytest.mark.parametrize("typed", ["31/02/2026", "32/1", "29/02", "13/13", "2026", "demain"])
def test_impossible_days_are_refused_with_the_field(typed: str) -> None:
    # 29/02 in 2026 (not a leap year) does not exist.
    with pytest.raises(ValidationError) as refused:
        parse_typed_day("date", typed, TODAY)
    assert refused.value.field == "date"


def test_an_import_never_guesses_the_year() -> None:
    with pytest.raises(ValidationError):
        parse_day("date", "8/9")


# ---------------------------------------------------------------- the field in forms
def test_a_day_typed_digit_by_digit_settles_into_the_full_day(qtbot: QtBot) -> None:
    field = DayEdit()
    qtbot.addWidget(field)
    seen: list[date | None] = []
    field.dateChanged.connect(seen.append)
    qtbot.keyClicks(field.edit, "8/9/73")
    assert field.date() is None  # nothing is guessed while typing
    field.settle()
    assert field.date() == date(1973, 9, 8)
    assert field.text() == "08/09/1973"
    assert seen == [date(1973, 9, 8)]


def test_a_wrong_day_stays_as_typed_and_is_refused_on_saving(qtbot: QtBot) -> None:
    field = DayEdit(optional=True)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "31/02/2026")
    field.settle()
    assert field.text() == "31/02/2026"  # kept, for the person to correct
    assert field.edit.property("invalid") is True
    assert "31/02/2026" in field.edit.toolTip()
    with pytest.raises(ValidationError) as refused:
        field.read("expires_on")
    assert refused.value.field == "expires_on"


def test_an_empty_day_is_none_when_optional_and_refused_when_required(qtbot: QtBot) -> None:
    optional, required = DayEdit(optional=True), DayEdit()
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert optional.read("due") is None
    with pytest.raises(ValidationError) as refused:
        required.required("start")
    assert refused.value.field == "start"


def test_the_calendar_button_picks_a_day(qtbot: QtBot) -> None:
    field = DayEdit(initial=date(2026, 6, 10))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.menu.aboutToShow.emit()  # what opening the pop-up does first
    assert field.calendar.selectedDate() == QDate(2026, 6, 10)
    field.calendar.setSelectedDate(QDate(2026, 6, 24))
    field.calendar.clicked.emit(QDate(2026, 6, 24))
    assert field.date() == date(2026, 6, 24)
    assert field.text() == "24/06/2026"


def test_a_delegation_end_follows_a_later_start(qtbot: QtBot, demo_commune: Services) -> None:
    dialog = DelegationDialog(demo_commune.delegations, demo_commune.people)
    qtbot.addWidget(dialog)
    type_day(qtbot, dialog.start, "10/6/26")
    type_day(qtbot, dialog.end, "12/6/26")
    type_day(qtbot, dialog.start, "15/6/26")  # the day before stays, the end moves with it
    assert dialog.end.date() == date(2026, 6, 15)
    type_day(qtbot, dialog.start, "14/6/26")  # an earlier start leaves the end alone
    assert dialog.end.date() == date(2026, 6, 15)


def test_alt_down_opens_the_calendar_from_the_keyboard(qtbot: QtBot) -> None:
    field = DayEdit(initial=date(2026, 6, 10))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    seen: list[bool] = []

    def pick() -> None:
        seen.append(field.menu.isVisible())
        field.calendar.clicked.emit(QDate(2026, 6, 12))

    QTimer.singleShot(50, pick)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert seen == [True]
    assert field.date() == date(2026, 6, 12) and not field.menu.isVisible()
