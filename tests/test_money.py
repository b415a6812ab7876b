"""Amounts as people type them: exact cents, clear refusals, parse(format(x)) == x."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twinning_desk.services.errors import ValidationError
from twinning_desk.services.money import MAX_CENTS, format_amount, format_money, parse_amount


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("12,50", "fr", 1250),
        ("12,5", "fr", 1250),
        ("1 234,50 €", "fr", 123450),
        ("1\u202f234,50\u00a0€", "fr", 123450),
        ("1.234,50", "fr", 123450),
        ("1.234,50", "de", 123450),
        ("1.234", "de", 123400),
        ("1.234,50", "it", 123450),
        ("1.234", "it", 123400),
        ("1.234,50", "es", 123450),
        ("1 234,50 zł", "pl", 123450),
        ("1.234", "pl", 123400),
        ("12,5", "pl", 1250),
        ("1,234.50", "en", 123450),
        ("1,234", "en", 123400),
        ("12.50", "fr", 1250),
        ("12.5", "en", 1250),
        ("EUR 300", "fr", 30000),
        ("-45,10", "fr", -4510),
        ("(45,10)", "fr", -4510),
        ("1 000 000", "fr", 100000000),
        (12.5, "fr", 1250),
        (0.1, "fr", 10),
        (3, "fr", 300),
        (Decimal("8500.00"), "fr", 850000),
    ],
)
def test_amounts_people_type(text: object, locale: str, cents: int) -> None:
    assert parse_amount("amount", text, locale) == cents


@pytest.mark.parametrize(
    "text", ["abc", "12,345,6", "1.2.3,4", "12,,5", "€", "1,2345", "12,505", "--5", "1e5", "NaN"]
)
def test_not_amounts_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount("forecast", text, "fr")
    assert info.value.field == "forecast"


def test_negative_and_absurd_amounts_where_not_allowed() -> None:
    with pytest.raises(ValidationError, match="negative"):
        parse_amount("granted", "-5", allow_negative=False)
    with pytest.raises(ValidationError, match="larger"):
        parse_amount("granted", "20 000 000")
    assert parse_amount("granted", "") is None and parse_amount("granted", None) is None


def test_display_per_language() -> None:
    assert format_amount(123450, "fr").replace("\u202f", " ") == "1 234,50"
    assert format_amount(123450, "de") == "1.234,50"
    assert format_amount(123450, "en") == "1,234.50"
    assert format_amount(123450, "it") == "1.234,50"
    assert format_amount(123456789, "es") == "1.234.567,89"
    assert format_amount(123450, "pl").replace("\xa0", " ") == "1 234,50"
    assert format_money(123450, "EUR", "fr").replace("\u202f", " ").replace("\xa0", " ") == (
        "1 234,50 €"
    )


@given(st.integers(-MAX_CENTS, MAX_CENTS), st.sampled_from(["fr", "de", "en", "it", "es", "pl"]))
def test_parse_of_format_is_identity(cents: int, locale: str) -> None:
    assert parse_amount("amount", format_amount(cents, locale), locale) == cents


@given(st.text(max_size=25), st.sampled_from(["fr", "de", "en", "it", "es", "pl"]))
def test_parser_never_crashes(text: str, locale: str) -> None:
    try:
        result = parse_amount("amount", text, locale)
    except ValidationError:
        return
    assert result is None or isinstance(result, int)


@pytest.mark.parametrize("cents", [0, 1, -1, 5, -5, 99, 100, -100, 99999, 100000, -123456, 10**12])
@pytest.mark.parametrize("locale", ["fr", "de", "en", "it", "es", "pl", "pt"])
def test_amounts_are_written_as_babel_writes_them(cents: int, locale: str) -> None:
    """format_amount applies Babel's separators itself (ten times faster, issue #17): the
    text must stay Babel's, character for character, sign and separators included."""
    from babel.numbers import format_decimal

    from twinning_desk.services.money import babel_locale

    expected = format_decimal(
        Decimal(cents) / 100, format="#,##0.00", locale=babel_locale(locale)
    )
    assert format_amount(cents, locale) == expected


@given(st.integers(-(10**13), 10**13), st.sampled_from(["fr", "de", "en", "it", "es", "pl"]))
def test_any_amount_is_written_as_babel_writes_it(cents: int, locale: str) -> None:
    from babel.numbers import format_decimal

    from twinning_desk.services.money import babel_locale

    expected = format_decimal(
        (Decimal(cents) / 100).quantize(Decimal("0.01")),
        format="#,##0.00",
        locale=babel_locale(locale),
    )
    assert format_amount(cents, locale) == expected
