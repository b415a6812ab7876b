"""Amounts of money as people type them, kept exactly as integer cents.

"1 234,50 €", "1.234,50", "12,5" (the continental habit) and "1,234.50" (English) all
mean what their writer meant; floats never touch a sum. Display goes through Babel
so each language sees its own separators.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel.numbers import format_currency, format_decimal

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

MAX_CENTS = 10_000_000_00  # ten million euros: beyond any twinning committee's budget
_CURRENCY = re.compile(r"(€|eur|euros?|\$|£|chf|pln|zł|huf|ft|gbp|usd)", re.IGNORECASE)
# Thousands separators: spaces (the no-break and narrow no-break spaces French and Polish
# print), and the apostrophes of Swiss amounts (1'234.50, and CLDR's 1’234.50 in CHF).
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'\u2019]")
# Minus signs as amounts arrive: the hyphen-minus, the minus sign U+2212 (typeset documents,
# some CLDR locales), and what word processors and PDFs put in its place: the figure and en
# dashes, the small and full-width hyphen-minus. Not the em dash: an accounts table writes
# "—" for "nothing", so "— 12,50" is refused rather than read as a negative.
_MINUS = ("-", "\u2212", "\u2012", "\u2013", "\ufe63", "\uff0d")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")


def _not_an_amount(field: str, text: str) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("Validation", "“{value}” is not an amount; write 1 234,50 or 12,5."),
        value=text[:40],
    )


def _normalise(field: str, text: str, locale: str) -> str:
    """The digits with a dot as the only decimal separator."""
    body = _SPACES.sub("", _CURRENCY.sub("", text))
    if not body or not _NUMBER.match(body):
        raise _not_an_amount(field, text)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or not _groups_ok(whole, group_mark):
            raise _not_an_amount(field, text)
        return whole.replace(group_mark, "") + "." + fraction
    mark = "," if commas else "." if dots else ""
    if not mark:
        return body
    count = commas or dots
    parts = body.split(mark)
    grouping_here = (mark == "," and locale.startswith("en")) or (
        mark == "." and locale.startswith(("de", "it", "es", "pl"))
    )
    if count > 1 or (grouping_here and len(parts[1]) == 3):
        if not _groups_ok(body, mark):
            raise _not_an_amount(field, text)
        return body.replace(mark, "")
    return parts[0] + "." + parts[1]


def _groups_ok(whole: str, mark: str) -> bool:
    groups = whole.split(mark)
    return all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3 or len(groups) == 1


def parse_amount(
    field: str,
    value: object,
    locale: str = "fr",
    *,
    allow_negative: bool = True,
    max_cents: int = MAX_CENTS,
) -> int | None:
    """Cents for a typed or imported amount; None when empty; a ValidationError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _not_an_amount(field, str(value))
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))  # what the spreadsheet showed, not the binary float
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = str(value).strip()
        if not text:
            return None
        negative = False
        if text.startswith("(") and text.endswith(")"):
            negative, text = True, text[1:-1].strip()
        if text.startswith(_MINUS):
            negative, text = True, text[1:].strip()
        elif text.endswith(_MINUS):
            negative, text = True, text[:-1].strip()
        try:
            amount = Decimal(_normalise(field, text, locale))
        except InvalidOperation as exc:
            raise _not_an_amount(field, text) from exc
        if negative:
            amount = -amount
    if not amount.is_finite():
        raise _not_an_amount(field, str(value))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "has more than two decimals (cents).")
        )
    cents = int((amount * 100).to_integral_value(ROUND_HALF_EVEN))
    if cents < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "cannot be negative."))
    if abs(cents) > max_cents:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "is larger than {max}; check the amount."),
            max=format_amount(max_cents, locale),
        )
    return cents


def converted_cents(foreign_amount: Decimal, rate: Decimal) -> int:
    """Euro cents of an amount paid in another currency at the rate used (euros per unit).

    Rounded to the nearest cent, and a half cent up, away from zero: 2,525 € is 2,53 € and
    −2,525 € is −2,53 €. That is the French public accounts' "arrondi au centime le plus
    proche" and the rule of the euro conversions (EU regulation 1103/97, art. 5: "if the
    application of the conversion rate gives a result which is exactly half-way, the sum
    shall be rounded up"); the banker's half-even rounding would write 2,52 €, a cent off
    the treasurer's receipt. The mission allowances round the same way
    (:func:`twinning_desk.services.allowances.allowance_cents`).
    """
    euros = Decimal(foreign_amount) * Decimal(rate)
    return int((euros * 100).to_integral_value(ROUND_HALF_UP))


def to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_amount(cents: int, locale: str = "fr") -> str:
    """1 234,50 in French, 1.234,50 in German, 1,234.50 in English.

    Babel's separators, applied here: formatting through Babel takes about 10 µs an
    amount, and a budget table formats hundreds each time it is painted or sized
    (issue #17). tests/test_money.py checks the result against Babel's own."""
    minus, group, point = _amount_symbols(babel_locale(locale))
    whole, rest = divmod(abs(int(cents)), 100)
    digits = f"{whole:,}".replace(",", group) + f"{point}{rest:02d}"
    return minus + digits if cents < 0 else digits


@cache
def _amount_symbols(locale: str) -> tuple[str, str, str]:
    """(minus sign, group separator, decimal separator) as Babel writes #,##0.00 amounts,
    read once per language from an amount Babel formats."""
    probe = format_decimal(Decimal("-1234567.89"), format="#,##0.00", locale=locale)
    match = re.fullmatch(r"(\D*)1(\D+)234(\D+)567(\D+)89", probe)
    if match is None or match.group(2) != match.group(3):
        raise ValueError(f"unexpected Babel amount {probe!r} for {locale}")
    return match.group(1), match.group(2), match.group(4)


def format_money(cents: int, currency: str = "EUR", locale: str = "fr") -> str:
    return format_currency(to_decimal(cents), currency, locale=babel_locale(locale))


_BABEL_LOCALES = {
    "fr": "fr_FR",
    "de": "de_DE",
    "en": "en_GB",
    "it": "it_IT",
    "es": "es_ES",
    "pl": "pl_PL",
}


def babel_locale(locale: str) -> str:
    """The Babel (CLDR) locale for one of our UI languages; French for any other."""
    return _BABEL_LOCALES.get(locale[:2], "fr_FR")
