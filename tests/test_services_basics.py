"""Dates, text folding, countries and distances: the small rules everything relies on."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twinning_desk.db.models import DatePrecision
from twinning_desk.services.countries import country_name, resolve_country
from twinning_desk.services.dates import FuzzyDate, format_day, parse_fuzzy_date
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.geo import Gazetteer, build_gazetteer, great_circle_km
from twinning_desk.services.text import clean_text, fold


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("1985", date(1985, 1, 1), date(1985, 12, 31), DatePrecision.YEAR),
        ("2001-2002", date(2001, 1, 1), date(2002, 12, 31), DatePrecision.RANGE),
        ("2001–02", date(2001, 1, 1), date(2002, 12, 31), DatePrecision.RANGE),
        ("14/07/1989", date(1989, 7, 14), date(1989, 7, 14), DatePrecision.DAY),
        ("14.07.1989", date(1989, 7, 14), date(1989, 7, 14), DatePrecision.DAY),
        ("1989-07-14", date(1989, 7, 14), date(1989, 7, 14), DatePrecision.DAY),
        ("02/2004", date(2004, 2, 1), date(2004, 2, 29), DatePrecision.MONTH),
        (datetime(2003, 5, 6, 0, 0), date(2003, 5, 6), date(2003, 5, 6), DatePrecision.DAY),
        (1995, date(1995, 1, 1), date(1995, 12, 31), DatePrecision.YEAR),
        (1995.0, date(1995, 1, 1), date(1995, 12, 31), DatePrecision.YEAR),
    ],
)
def test_fuzzy_dates(text: object, start: date, end: date, precision: DatePrecision) -> None:
    assert parse_fuzzy_date("signed", text) == FuzzyDate(start, end, precision)


@pytest.mark.parametrize(
    "text", ["31/02/2020", "0", "20250", "0000", "abc", "2005-2001", "1/13/2000"]
)
def test_bad_dates_name_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_fuzzy_date("signed", text)
    assert info.value.field == "signed"


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_day_format_parse_round_trip(day: date) -> None:
    for locale in ("fr", "en", "de", "it", "es", "pl"):
        fuzzy = FuzzyDate.day(day)
        assert parse_fuzzy_date("signed", fuzzy.format(locale)) == fuzzy


@given(st.integers(1800, 2199), st.integers(1, 20))
def test_range_format_parse_round_trip(first: int, span: int) -> None:
    fuzzy = FuzzyDate(date(first, 1, 1), date(min(first + span, 2200), 12, 31), DatePrecision.RANGE)
    assert parse_fuzzy_date("signed", fuzzy.format()) == fuzzy


@given(st.text(max_size=30))
def test_date_parser_never_crashes(text: str) -> None:
    try:
        parse_fuzzy_date("signed", text)
    except ValidationError:
        pass


def test_fold_makes_polish_and_german_names_searchable() -> None:
    assert fold("Łódź") == fold("LODZ") == "lodz"
    assert fold("Bad Tölz") == "bad tolz"
    assert fold("Saint-Étienne") == "saint etienne"
    assert fold("Großbottwar") == "grossbottwar"


def test_clean_text_rules() -> None:
    assert clean_text("name", "  Łódź ", max_length=10) == "Łódź"
    assert clean_text("name", "", max_length=10) is None
    with pytest.raises(ValidationError):
        clean_text("name", "a\x07b", max_length=10)
    with pytest.raises(ValidationError):
        clean_text("name", "x" * 10_000, max_length=200)
    assert clean_text("notes", "a\nb", max_length=10, multiline=True) == "a\nb"
    assert clean_text("name", "a\nb", max_length=10) == "a b"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Allemagne", "DE"),
        ("germany", "DE"),
        ("DEU", "DE"),
        ("de", "DE"),
        ("Pologne", "PL"),
        ("Royaume-Uni", "GB"),
        ("United Kingdom", "GB"),
        ("Angleterre", "GB"),
        ("Espagne", "ES"),
        ("Italien", "IT"),
        ("Niemcy", "DE"),
        ("Francja", "FR"),
        ("Germania", "DE"),
        ("Alemania", "DE"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_resolve_country(text: str, code: str | None) -> None:
    assert resolve_country(text) == code


def test_country_names_follow_locale() -> None:
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("DE", "de") == "Deutschland"
    assert country_name("DE", "en") == "Germany"
    assert country_name("DE", "it") == "Germania"
    assert country_name("DE", "es") == "Alemania"
    assert country_name("DE", "pl") == "Niemcy"
    assert country_name("FR", "pl") == "Francja"


def test_days_follow_locale() -> None:
    day = date(2026, 7, 14)
    assert format_day(day, "pl") == "14.07.2026"
    assert format_day(day, "it") == format_day(day, "es") == "14/07/2026"


def test_great_circle_paris_london() -> None:
    # Published great-circle distance Paris–London: about 344 km.
    assert great_circle_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.5)


SMALL = [
    {
        "geonameid": 1,
        "name": "Łódź",
        "latitude": 51.76,
        "longitude": 19.46,
        "countrycode": "PL",
        "population": 670000,
        "timezone": "Europe/Warsaw",
        "alternatenames": ["Lodz", "Лодзь"],
    },
    {
        "geonameid": 2,
        "name": "Lodève",
        "latitude": 43.73,
        "longitude": 3.32,
        "countrycode": "FR",
        "population": 7000,
        "timezone": "Europe/Paris",
        "alternatenames": [],
    },
    {
        "geonameid": 3,
        "name": "Kraków",
        "latitude": 50.06,
        "longitude": 19.94,
        "countrycode": "PL",
        "population": 760000,
        "timezone": "Europe/Warsaw",
        "alternatenames": ["Cracow", "Krakau"],
    },
    {
        "geonameid": 4,
        "name": "Lod",
        "latitude": 31.95,
        "longitude": 34.89,
        "countrycode": "IL",
        "population": 75000,
        "timezone": "Asia/Jerusalem",
        "alternatenames": [],
    },
]


def test_gazetteer_prefix_search(tmp_path: Path) -> None:
    gaz = Gazetteer(tmp_path / "g.sqlite3")
    assert not gaz.is_ready()
    assert build_gazetteer(gaz.path, SMALL)
    assert gaz.is_ready()
    names = [p.name for p in gaz.search("lod")]
    assert names[0] == "Lod"  # exact match first, then by population
    assert names[1:] == ["Łódź", "Lodève"]
    assert [p.name for p in gaz.search("cracow")] == ["Kraków"]
    assert [p.name for p in gaz.search("lod", country="FR")] == ["Lodève"]
    assert gaz.search("") == []


@pytest.mark.slow
def test_gazetteer_build_can_be_cancelled(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite3"
    records = [dict(SMALL[0], geonameid=i) for i in range(12_000)]
    assert build_gazetteer(target, records, progress=lambda done, total: False) is False
    assert not target.exists()
    assert not target.with_name(target.name + ".part").exists()


@pytest.mark.slow
def test_real_gazetteer_has_small_towns_and_polish_letters(tmp_path: Path) -> None:
    """The shipped GeoNames data, built for real (about ten seconds)."""
    gaz = Gazetteer(tmp_path / "full.sqlite3")
    assert gaz.build()
    soldeu = gaz.search("soldeu", country="AD")
    assert soldeu and soldeu[0].population < 1000  # a village of about 600 people
    lancut = gaz.search("lancut", country="PL")
    assert lancut and lancut[0].name == "Łańcut"
    assert lancut[0].timezone == "Europe/Warsaw"
    assert abs(lancut[0].latitude - 50.07) < 0.05
