"""Money at its limits: the signs and spaces amounts arrive with, the half cent of an
allowance or a currency conversion, the largest amount. Each expected value is worked
out by hand from the rule (written in the comment), never copied from the code."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from twinning_desk.db.models import BudgetKind
from twinning_desk.services.allowances import allowance_cents, check_free
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.money import (
    MAX_CENTS,
    babel_locale,
    converted_cents,
    format_amount,
    format_money,
    parse_amount,
)
from twinning_desk.translation import install_translators, translate

MINUS = "\u2212"  # − MINUS SIGN
EN_DASH = "\u2013"  # –
FIGURE_DASH = "\u2012"  # ‒
EM_DASH = "\u2014"  # —
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French thousands separator in CLDR
THIN = "\u2009"

# ------------------------------------------------------------------ signs and separators


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        # U+2212, leading: what a typeset document or a PDF prints for a negative.
        (f"{MINUS}12,50", "fr", -1250),
        (f"{MINUS} 12,50", "fr", -1250),
        (f"{MINUS}0,01", "fr", -1),  # the smallest negative amount
        (f"{MINUS}1{NNBSP}234,50{NBSP}€", "fr", -123450),
        (f"{MINUS}1.234,50", "de", -123450),
        (f"{MINUS}1,234.50", "en", -123450),
        # Trailing minus (some accounting exports), whatever the dash.
        ("12,50-", "fr", -1250),
        (f"12,50{MINUS}", "fr", -1250),
        (f"12,50 {EN_DASH}", "fr", -1250),
        # The dashes a word processor or a PDF puts where a minus was typed.
        (f"{EN_DASH}12,50", "fr", -1250),
        (f"{EN_DASH} 12,50", "fr", -1250),
        (f"{FIGURE_DASH}12,50", "fr", -1250),
        ("\uff0d12,50", "fr", -1250),  # full-width hyphen-minus
        # Thousands separators: NBSP, NNBSP, thin space, ordinary space, Swiss apostrophes.
        (f"1{NBSP}234,50", "fr", 123450),
        (f"1{NNBSP}234,50", "fr", 123450),
        (f"1{THIN}234,50", "fr", 123450),
        (f"1{NNBSP}234{NNBSP}567,89{NBSP}€", "fr", 123456789),
        (f"1{NBSP}234,50 zł", "pl", 123450),
        ("1'234.50", "fr", 123450),
        ("1\u2019234.50 CHF", "fr", 123450),
        # Zero with a sign is zero, not a negative amount.
        (f"{MINUS}0,00", "fr", 0),
    ],
)
def test_signs_and_separators_people_paste(text: str, locale: str, cents: int) -> None:
    assert parse_amount("amount", text, locale) == cents


@pytest.mark.parametrize(
    "text",
    [
        f"{MINUS}",  # a sign and no number
        f"{MINUS}{MINUS}12,50",  # two signs
        f"-{MINUS}12,50",
        f"12{MINUS}50",  # a dash inside the number is not a sign
        f"12{EN_DASH}50",
        f"{EM_DASH} 12,50",  # an em dash means "nothing" in an accounts table
        EM_DASH,
        f"1{NNBSP}234,5{NNBSP}0,1",
    ],
)
def test_dashes_that_are_not_a_minus_sign_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount("actual", text, "fr")
    assert refused.value.field == "actual"


def test_a_minus_sign_where_negatives_are_not_allowed() -> None:
    with pytest.raises(ValidationError, match="negative"):
        parse_amount("granted", f"{MINUS}0,01", allow_negative=False)
    with pytest.raises(ValidationError, match="negative"):
        parse_amount("granted", f"{EN_DASH}5", allow_negative=False)
    assert parse_amount("granted", f"{MINUS}0,00", allow_negative=False) == 0
    assert parse_amount("granted", "0,01", allow_negative=False) == 1


# ------------------------------------------------------------------ the largest amount


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("9 999 999,99", 9_999_999_99),  # one cent under the limit
        ("10 000 000,00", 10_000_000_00),  # the limit itself
        (f"{MINUS}10 000 000,00", -10_000_000_00),
        (None, None),
    ],
)
def test_up_to_ten_million_euros(text: str | None, cents: int | None) -> None:
    assert MAX_CENTS == 10_000_000_00
    assert parse_amount("amount", text, "fr") == cents


@pytest.mark.parametrize("text", ["10 000 000,01", f"{MINUS}10 000 000,01", "10000001"])
def test_one_cent_over_ten_million_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="larger"):
        parse_amount("amount", text, "fr")


# ------------------------------------------------------------------ typed amounts: no rounding


@pytest.mark.parametrize(
    "value", ["0,005", "0,004", "0,006", "12,345", Decimal("0.005"), 0.005, Decimal("0.0050")]
)
def test_a_typed_half_cent_is_refused_not_rounded(value: object) -> None:
    """Half-even would read 0,005 as 0,00 and half-up as 0,01; a typed amount is exact,
    so neither: the person is asked to give cents."""
    with pytest.raises(ValidationError, match="two decimals"):
        parse_amount("amount", value, "fr")


@pytest.mark.parametrize(
    ("value", "cents"),
    [("0,01", 1), ("0,00", 0), (Decimal("12.500"), 1250), ("12,500", 1250), (0.01, 1)],
)
def test_trailing_zeros_are_still_exact_cents(value: object, cents: int) -> None:
    # "12,500" in French is twelve euros fifty: a comma is the decimal mark there.
    assert parse_amount("amount", value, "fr") == cents


# ------------------------------------------------------------------ allowances: half a cent up


@pytest.mark.parametrize(
    ("days", "rate", "nights", "meals", "expected"),
    [
        # A night hosted free takes 65 % of the rate: 12,30 € × 0,65 = 7,995 €.
        # 12,30 − 7,995 = 4,305 €: exactly half a cent, rounded up to 4,31 € (half-even: 4,30).
        (1, 1230, 1, 0, 431),
        # 12,29 × 0,65 = 7,9885; 12,29 − 7,9885 = 4,3015 € → 4,30 €.
        (1, 1229, 1, 0, 430),
        # 12,31 × 0,65 = 8,0015; 12,31 − 8,0015 = 4,3085 € → 4,31 €.
        (1, 1231, 1, 0, 431),
        # A meal offered takes 17,5 %: 60,20 × 0,175 = 10,535; 60,20 − 10,535 = 49,665 €:
        # half a cent again, up to 49,67 € (half-even: 49,66; rounding the reduction
        # first, 10,54, then subtracting: 49,66).
        (1, 6020, 0, 1, 4967),
        # 60,03 × 0,175 = 10,50525; 60,03 − 10,50525 = 49,52475 € → 49,52 € (below half).
        (1, 6003, 0, 1, 4952),
        # 60,37 × 0,175 = 10,56475; 60,37 − 10,56475 = 49,80525 € → 49,81 € (above half).
        (1, 6037, 0, 1, 4981),
        # Three days at 60,20 €, two nights and three meals hosted:
        # 180,60 − 2 × 39,13 − 3 × 10,535 = 180,60 − 78,26 − 31,605 = 70,735 € → 70,74 €.
        (3, 6020, 2, 3, 7074),
        # A night and two meals take 65 + 2 × 17,5 = 100 % of the day: exactly nothing.
        (1, 1000, 1, 2, 0),
        # A night and one meal: 10,00 − 6,50 − 1,75 = 1,75 €.
        (1, 1000, 1, 1, 175),
        # A night and three meals would be −1,75 €: never below zero.
        (1, 1000, 1, 3, 0),
        # No rate, a zero rate or no day: nothing.
        (3, None, 0, 0, 0),
        (3, 0, 0, 0, 0),
        (0, 1000, 0, 0, 0),
        (-1, 1000, 0, 0, 0),
        # One day, nothing offered: the rate itself.
        (1, 1230, 0, 0, 1230),
    ],
)
def test_allowance_rounds_half_a_cent_up_once(
    days: int, rate: int | None, nights: int, meals: int, expected: int
) -> None:
    assert allowance_cents(days, rate, nights, meals) == expected


# ------------------------------------------------------------------ currency conversion


@pytest.mark.parametrize(
    ("foreign", "rate", "cents"),
    [
        # 10,10 PLN × 0,25 = 2,525 €: half a cent, rounded up to 2,53 € (half-even: 2,52).
        ("10.10", "0.25", 253),
        ("10.09", "0.25", 252),  # 2,5225 € → 2,52 €
        ("10.11", "0.25", 253),  # 2,5275 € → 2,53 €
        ("10.30", "0.25", 258),  # 2,575 €: half-even would go up too, to 2,58 €
        ("-10.10", "0.25", -253),  # a refund: −2,525 € → −2,53 €, away from zero
        ("100", "0.2345", 2345),  # 23,45 € exactly
        ("0.02", "0.25", 1),  # 0,005 €, the smallest half cent → 0,01 €
        ("0.01", "0.25", 0),  # 0,0025 € → 0,00 €
    ],
)
def test_a_conversion_rounds_half_a_cent_up(foreign: str, rate: str, cents: int) -> None:
    assert converted_cents(Decimal(foreign), Decimal(rate)) == cents


def test_a_line_paid_in_zloty_keeps_the_rounded_up_euro_amount(services: Services) -> None:
    line = services.budget.validate(
        BudgetLineData(
            2026,
            BudgetKind.CHARGE,
            "625",
            "Bus à Łańcut",
            currency="pln",
            foreign_amount=Decimal("10.10"),
            exchange_rate=Decimal("0.25"),
        )
    )
    assert (line.currency, line.actual_cents) == ("PLN", 253)


# ------------------------------------------------------------------ what mutants showed
# tools/mutation.sh on services/money.py: each test below kills mutants that survived the
# tests above (a changed slice, comparison or default that no test noticed).


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("(45,15)", "fr", -4515),  # the last digit inside the parentheses counts
        ("12,55-", "fr", -1255),  # and before a trailing minus
        ("123.456,78", "de", 12345678),  # a first group of three digits
        ("1.234", "es", 123400),  # a dot groups thousands in Spanish
        ("1.234", "it", 123400),
    ],
)
def test_the_last_digit_and_the_first_group_are_read(text: str, locale: str, cents: int) -> None:
    assert parse_amount("amount", text, locale) == cents


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("(12,50", "fr"),  # one parenthesis is not an accounting negative
        ("12,50)", "fr"),
        ("1,234", "de"),  # a comma is the decimal mark in German: three decimals
        ("1.23.456,78", "fr"),  # a group of two digits
        ("1234.567,89", "fr"),  # a first group of four digits
        ("1234,567", "en"),
    ],
)
def test_misplaced_marks_are_refused(text: str, locale: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount("amount", text, locale)


@pytest.mark.parametrize("value", [True, False, Decimal("Infinity"), Decimal("NaN"), float("inf")])
def test_what_is_not_a_number_is_refused_naming_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount("granted", value)
    assert refused.value.field == "granted"
    assert f"“{value}”" in refused.value.render()  # what was given, shown back


def test_a_refusal_quotes_the_first_forty_characters_typed() -> None:
    typed = "x" * 39 + "yz"  # 41 characters: the 40th is "y", the 41st "z"
    with pytest.raises(ValidationError) as refused:
        parse_amount("amount", typed)
    shown = refused.value.render()
    assert "x" * 39 + "y”" in shown and "z" not in shown


def test_refusals_are_translated_with_their_values() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translators(app, "fr")

    def refusal(value: object, **options: object) -> str:
        with pytest.raises(ValidationError) as refused:
            parse_amount("amount", value, **options)  # type: ignore[arg-type]
        return refused.value.render(translate).replace(NBSP, " ").replace(NNBSP, " ")

    assert refusal("abc") == "Montant : « abc » n’est pas un montant ; écrivez 1 234,50 ou 12,5."
    assert refusal("0,005") == "Montant : le montant a plus de deux décimales (centimes)."
    assert refusal("-1", allow_negative=False) == "Montant : le montant ne peut pas être négatif."
    assert refusal("10 000 000,01") == "Montant : le montant dépasse 10 000 000,00 ; vérifiez-le."
    assert "10,000,000.00" in refusal("10,000,000.01", locale="en")
    with pytest.raises(ValidationError) as refused:
        check_free("free_nights", 4, days=3)
    assert refused.value.render(translate) == (
        "Nuits offertes\u00a0: indiquez un nombre compris entre 0 et 3."
    )


def test_defaults_are_french_and_euros() -> None:
    assert format_amount(123450).replace(NNBSP, " ") == "1 234,50"
    assert format_money(123450).replace(NNBSP, " ").replace(NBSP, " ") == "1 234,50 €"
    assert babel_locale("en_US") == "en_GB"  # the language decides, not the region
    assert babel_locale("pt") == "fr_FR"  # a language we do not have: French
