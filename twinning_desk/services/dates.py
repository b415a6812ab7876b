"""Dates as committees write them: a day, a month, a year, or a range like 2001–2002.

Old charters are often known only by their year; real lists say "2001-2002" for a
signature in two towns. A :class:`FuzzyDate` keeps the first and last possible day and
the precision, so it sorts and filters in SQL and prints back as it was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from twinning_desk.core.text import fold
from twinning_desk.db.models import DatePrecision
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

MIN_YEAR = 1800
MAX_YEAR = 2200

_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4})\s*(?:-|–|—|/|à|to|bis)\s*(\d{2,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{2,4})$")
_MY = re.compile(r"^(\d{1,2})[./\-](\d{4})$")
_YM = re.compile(r"^(\d{4})-(\d{1,2})$")
# "8 septembre 1973", "1er mars 2001", "8. September 1973", "March 1st, 2001" (folded).
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+([a-z]+)\.?,?\s+(\d{2,4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")

# Month names and abbreviations in French, English and German, folded (no accents).
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier january januar janv jan jaenner",
        "fevrier february februar fevr fev feb",
        "mars march marz maerz mar",
        "avril april avr apr",
        "mai may",
        "juin june juni jun",
        "juillet july juli juil jul",
        "aout august aug",
        "septembre september sept sep",
        "octobre october oktober oct okt",
        "novembre november nov",
        "decembre december dezember dec dez",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Words written before a date in a list: "signé le 8/9/73", "unterzeichnet am 3.5.1990".
_LEAD = re.compile(r"^(?:[^\W\d]+\s+)*?(?:le|du|en|am|on|in|im|vom|since|depuis|seit)\s+")


def _last_day_of_month(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@dataclass(frozen=True)
class FuzzyDate:
    start: date
    end: date
    precision: DatePrecision

    @classmethod
    def day(cls, d: date) -> FuzzyDate:
        return cls(d, d, DatePrecision.DAY)

    @classmethod
    def year(cls, y: int) -> FuzzyDate:
        return cls(date(y, 1, 1), date(y, 12, 31), DatePrecision.YEAR)

    @property
    def year_value(self) -> int:
        return self.start.year

    def format(self, locale: str = "fr") -> str:
        """Printed back as typed; days in the locale's short numeric form."""
        if self.precision is DatePrecision.YEAR:
            return str(self.start.year)
        if self.precision is DatePrecision.RANGE:
            return f"{self.start.year}–{self.end.year}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.start.month:02d}/{self.start.year}"
        return format_day(self.start, locale)


def format_day(d: date, locale: str = "fr") -> str:
    """ISO in English; 14.07.2026 in German and Polish; 14/07/2026 in French, Italian, Spanish."""
    # Formatted by hand: strftime costs ten times more, and lists format thousands of days.
    if locale.startswith("en"):
        return d.isoformat()
    if locale.startswith(("de", "pl")):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def qt_day_format(locale: str = "fr") -> str:
    """The QDateEdit display format matching :func:`format_day` (day first in every language)."""
    return "dd.MM.yyyy" if locale.startswith(("de", "pl")) else "dd/MM/yyyy"


def excel_day_format(locale: str = "fr") -> str:
    """The spreadsheet number format matching :func:`format_day`."""
    if locale.startswith("en"):
        return "YYYY-MM-DD"
    return "DD.MM.YYYY" if locale.startswith(("de", "pl")) else "DD/MM/YYYY"


def _check_year(field: str, year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "the year {year} is not between {min} and {max}."),
            year=year,
            min=MIN_YEAR,
            max=MAX_YEAR,
        )


def _make_date(field: str, year: int, month: int, day: int) -> date:
    _check_year(field, year)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "{day:02d}/{month:02d}/{year} is not a real date."),
            day=day,
            month=month,
            year=year,
        ) from exc


def parse_fuzzy_date(field: str, value: object) -> FuzzyDate | None:
    """Read a day, a month, a year or a range; ``None`` for an empty value.

    Day-first (French and German habit) for slashed and dotted dates; ISO when the year
    comes first. Excel cells arrive as ``datetime`` or as a number for a year.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        _check_year(field, value.year)
        return FuzzyDate.day(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        _check_year(field, value)
        return FuzzyDate.year(value)
    text = str(value).strip()
    if not text:
        return None
    if m := _YEAR.match(text):
        year = int(m.group(1))
        _check_year(field, year)
        return FuzzyDate.year(year)
    if m := _RANGE.match(text):
        first = int(m.group(1))
        second_text = m.group(2)
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        _check_year(field, first)
        _check_year(field, second)
        if second < first:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "the range {first}–{second} ends before it starts."
                ),
                first=first,
                second=second,
            )
        if second == first:
            return FuzzyDate.year(first)
        return FuzzyDate(date(first, 1, 1), date(second, 12, 31), DatePrecision.RANGE)
    if m := _ISO.match(text):
        return FuzzyDate.day(_make_date(field, int(m[1]), int(m[2]), int(m[3])))
    if m := _DMY.match(text):
        year = _two_digit_year(int(m[3]))
        return FuzzyDate.day(_make_date(field, year, int(m[2]), int(m[1])))
    if m := _MY.match(text) or _YM.match(text):
        month, year = (int(m[1]), int(m[2])) if m.re is _MY else (int(m[2]), int(m[1]))
        first_day = _make_date(field, year, month, 1)
        return FuzzyDate(first_day, _last_day_of_month(year, month), DatePrecision.MONTH)
    worded = _worded_date(field, text)
    if worded is not None:
        return worded
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP(
            "Validation",
            "“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.",
        ),
        value=text[:40],
    )


# A two-digit year up to this many years ahead is this century's: a committee types
# next spring's trip as "9/5/27" (2027), and an agreement signed "8/9/73" is 1973.
TWO_DIGIT_YEARS_AHEAD = 10


def _two_digit_year(year: int) -> int:
    """73 → 1973, 05 → 2005, 27 → 2027 (typed in 2026): up to ten years ahead."""
    if year >= 100:
        return year
    this_year = date.today().year
    century = this_year // 100 * 100
    candidate = century + year
    if candidate > this_year + TWO_DIGIT_YEARS_AHEAD:
        candidate -= 100
    elif candidate + 100 <= this_year + TWO_DIGIT_YEARS_AHEAD:
        candidate += 100  # late in a century: "03" typed in 2095 is 2103
    return candidate


def _worded_date(field: str, text: str) -> FuzzyDate | None:
    """Dates written in words, or after a few words ("signé le 8/9/73")."""
    key = fold(text.replace(",", " ").replace(".", " "))
    lead = _LEAD.match(key)
    if lead and lead.end() < len(key):
        key = key[lead.end() :]
        digits = re.search(r"\d", text)
        if digits and key[0].isdigit() and not _DAY_MONTH_YEAR.match(key):
            # "le 8/9/73": read the numbers the same way as without the words.
            return parse_fuzzy_date(field, text[digits.start() :])
    # "1 er mars" (a stray space) reads like "1er mars".
    key = re.sub(r"^(\d{1,2}) (er|st|nd|rd|th) ", r"\1\2 ", key)
    if m := _DAY_MONTH_YEAR.match(key):
        month = _MONTHS.get(m[2])
        if month:
            return FuzzyDate.day(_make_date(field, _two_digit_year(int(m[3])), month, int(m[1])))
    if m := _MONTH_DAY_YEAR.match(key):
        month = _MONTHS.get(m[1])
        if month:
            return FuzzyDate.day(_make_date(field, int(m[3]), month, int(m[2])))
    if m := _MONTH_YEAR.match(key):
        month = _MONTHS.get(m[1])
        if month:
            year = int(m[2])
            first_day = _make_date(field, year, month, 1)
            return FuzzyDate(first_day, _last_day_of_month(year, month), DatePrecision.MONTH)
    return None


def parse_day(field: str, value: object) -> date | None:
    """A full date is required here (an expiry, a deliberation)."""
    fuzzy = parse_fuzzy_date(field, value)
    if fuzzy is None:
        return None
    if fuzzy.precision is not DatePrecision.DAY:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "needs a full date such as 14/07/2025.")
        )
    return fuzzy.start


_DIGITS_ONLY = re.compile(r"\d{6}|\d{8}", re.ASCII)
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]?", re.ASCII)


def parse_typed_day(field: str, text: str, today: date | None = None) -> date | None:
    """A day typed in a form, the quick ways people type it: "8/9/73", "08092026",
    "080926", "8 sept", "8/9" (the last two in the current year).

    Only for fields a person fills: an imported list keeps the stricter parse_day,
    where a day without its year is a question, not this year."""
    typed = text.strip()
    if not typed:
        return None
    if _DIGITS_ONLY.fullmatch(typed):
        year = typed[4:]
        typed = f"{typed[:2]}/{typed[2:4]}/{year}"
    else:
        this_year = (today or date.today()).year
        match = _DAY_MONTH.fullmatch(typed)
        if match is not None:
            typed = f"{match[1]}/{match[2]}/{this_year}"
        else:
            try:
                parse_day(field, typed)
            except ValidationError:
                # "8 sept": the month in words, the year left out.
                try:
                    return parse_day(field, f"{typed} {this_year}")
                except ValidationError:
                    pass
    return parse_day(field, typed)


# Hours, then "h", ":" or "." and the minutes if any; ASCII digits only, no sign.
_TIME = re.compile(r"(\d{1,2})\s*(?:[:hH.]\s*(\d{1,2})?)?", re.ASCII)


def parse_time(field: str, text: str) -> time | None:
    """A time of day as people write it: "14:30", "14h30", "14h", "14.30", "9"; blank
    for none (a programme item need not have one).

    Hours run from 0 to 23 and minutes from 0 to 59: "24:00" is refused rather than
    read as midnight, because the item belongs to the day it is filed under.
    """
    typed = text.strip()
    if not typed:
        return None
    match = _TIME.fullmatch(typed)
    try:
        if match is None:
            raise ValueError(typed)
        return time(int(match[1]), int(match[2] or 0))
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "“{value}” is not a time (hh:mm)."), value=typed
        ) from None
