"""Folding of the text people type into search and duplicate keys.

Folding makes "Łódź", "LODZ" and "lodz" the same key, so that search and duplicate
detection run in SQL on an indexed column rather than in Python over every row. The
database models keep such keys up to date on every write, so this lives below them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ħ": "h",
        "’": "'",
        "‘": "'",
        "–": "-",
        "—": "-",
    }
)
_SPACES = re.compile(r"[\s\-_'.,/]+")

# The first characters that make a spreadsheet program read a CSV cell as a formula
# (OWASP, "CSV injection"); tab and carriage return because some programs skip them
# first. export.spreadsheet.csv_safe puts a quote before them, imports.table takes it off.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_guard(value: str) -> bool:
    """A text a spreadsheet would compute, or one that looks guarded already ("'=x"):
    guarding the second kind too makes the guard exactly reversible."""
    return value.startswith(FORMULA_STARTS) or is_guarded(value)


def is_guarded(value: str) -> bool:
    """Quotes, then a formula start: what the guard writes ("'=x", "''=x")."""
    body = value.lstrip("'")
    return len(body) < len(value) and body.startswith(FORMULA_STARTS)


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-light key of a name.

    Cached: an import folds each name ten times over (duplicates, countries, wordings),
    and the search keys of the lists fold the same names again."""
    if text.isascii():  # no accent to take off, no special letter: the same key, sooner
        return _SPACES.sub(" ", text.lower()).strip()
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.casefold()).strip()
