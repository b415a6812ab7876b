"""Tables as CSV that a spreadsheet opens right in the reader's language.

Excel decides how to split a CSV and read its numbers from the system's regional
settings, not from the file: in French, German, Italian, Spanish or Polish it splits on
``;`` and reads ``650,7``; in English it splits on ``,`` and reads ``650.7``. So the list
separator follows the decimal mark, as Windows' own regional settings pair them. The
text is UTF-8 with a byte order mark, without which Excel reads it as Windows-1252 and
prints "Łańcut" as "Å" and stray signs. Numbers carry no thousands separator (CLDR's
narrow no-break space in French makes Excel read "1 593,5" as text); dates are the
app's own form
(:func:`twinning_desk.services.dates.format_day`: 18/06/1977 in French, 18.06.1977 in
German, ISO in English), which every spreadsheet and the app's own import read as a day.

Every CSV the app writes goes through here: the partners export (GUI and command line)
and ``list … --format csv``, so that both give the same bytes. User text that a
spreadsheet would compute keeps the leading-quote guard of
:func:`twinning_desk.export.spreadsheet.csv_safe`, which the app's import takes off.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal, get_decimal_symbol

from twinning_desk.export.atomic import atomic_path
from twinning_desk.export.spreadsheet import csv_safe
from twinning_desk.services.dates import format_day
from twinning_desk.services.money import babel_locale

BOM = "\ufeff"
# CLDR locales whose decimal mark is the one asked for, when the language's is the other.
_MARK_LOCALES = {",": "fr_FR", ".": "en_GB"}


@dataclass(frozen=True)
class CsvStyle:
    """How one CSV writes its cells: ``language`` for dates, ``number_locale`` (CLDR)
    for numbers, and the list separator that goes with its decimal mark."""

    language: str
    number_locale: str

    @classmethod
    def for_language(cls, language: str, decimal_mark: str | None = None) -> CsvStyle:
        """The language's own forms; ``decimal_mark`` ("," or ".") overrides its numbers
        (``--decimal-mark`` on the command line: an English Excel on a French desk)."""
        number_locale = babel_locale(language)
        if decimal_mark and get_decimal_symbol(number_locale) != decimal_mark:
            number_locale = _MARK_LOCALES[decimal_mark]
        return cls(language, number_locale)

    @property
    def decimal_mark(self) -> str:
        return str(get_decimal_symbol(self.number_locale))

    @property
    def delimiter(self) -> str:
        return ";" if self.decimal_mark == "," else ","


def csv_cell(value: Any, style: CsvStyle) -> str:
    """One cell: numbers and dates in the style's forms, never guarded ("-12,5" stays a
    number); text guarded when a spreadsheet would take it for a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):  # an amount: always its two decimals (1234,50)
        return str(format_decimal(value, format="0.00", locale=style.number_locale))
    if isinstance(value, float):  # every digit the value has (45,123456), none added
        return str(
            format_decimal(
                value, format="0.#", locale=style.number_locale, decimal_quantization=False
            )
        )
    if isinstance(value, datetime):
        return f"{format_day(value.date(), style.language)} {value:%H:%M}"
    if isinstance(value, date):
        return format_day(value, style.language)
    return str(csv_safe(str(value)))


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[Any]], style: CsvStyle) -> str:
    """The whole file as text, byte order mark first, lines ended by CRLF (RFC 4180)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in headers])
    writer.writerows([csv_cell(v, style) for v in row] for row in rows)
    return out.getvalue()


def write_csv(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], style: CsvStyle
) -> None:
    data = csv_text(headers, rows, style).encode("utf-8")
    with atomic_path(Path(path)) as tmp:
        tmp.write_bytes(data)
