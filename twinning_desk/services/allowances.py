"""Mission allowances of the élus who travel (rules of DOMAIN.md), in one place.

Days abroad times a daily rate typed in, less 65 % of the rate for each night hosted
free and 17.5 % for each meal offered by the partner, never below zero. Money is in
integer cents, rounded half up once. The delegation, the mission report and the
report's allowance table all check the nights and meals with :func:`check_free`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

NIGHT_SHARE = Decimal("0.65")
MEAL_SHARE = Decimal("0.175")
# Breakfast, lunch and dinner: the most meals a partner can offer in one day.
MEALS_PER_DAY = 3


def days_abroad(start: date, end: date | None) -> int:
    """Days of the mission, the first and the last included (one day when no end)."""
    return ((end or start) - start).days + 1


def allowance_cents(days: int, rate_cents: int | None, free_nights: int, free_meals: int) -> int:
    if not rate_cents or days <= 0:
        return 0
    rate = Decimal(rate_cents)
    total = rate * days - rate * NIGHT_SHARE * free_nights - rate * MEAL_SHARE * free_meals
    return max(0, int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def max_free(field: str, days: int) -> int:
    """The most nights hosted free (``"free_nights"``) or meals offered (``"free_meals"``)
    that can reduce the allowance of a mission of ``days`` days.

    Each day's rate holds one night's share (65 %), so there are at most as many nights
    hosted free as days counted, and at most :data:`MEALS_PER_DAY` meals a day. More
    would take off shares the allowance never paid: a typing error, refused whether it
    comes from the report's table, the saved report or the delegation.
    """
    days = max(days, 0)
    return days if field == "free_nights" else MEALS_PER_DAY * days


def check_free(field: str, value: int | str, days: int) -> int:
    """``value`` (a number, or the text typed in a table cell, blank for 0) as a whole
    number between 0 and :func:`max_free`; else a ValidationError naming ``field``."""
    limit = max_free(field, days)
    try:
        number = int(str(value).strip() or 0)
    except ValueError:
        number = -1
    if not 0 <= number <= limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "must be between {min} and {max}."),
            min=0,
            max=limit,
        )
    return number
