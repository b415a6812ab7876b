"""Days typed in forms the quick ways people type them; imports stay strict."""

from __future__ import annotations

from datetime import date

import pytest

from twinning_desk.core.errors import ValidationError
from twinning_desk.services.dates import parse_day, parse_typed_day

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
