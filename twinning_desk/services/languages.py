"""Languages as people name them, kept as codes the hosting match can compare.

A host family that speaks "allemand, polonais" and a visitor who speaks "Deutsch" must
meet; the file keeps ISO 639 codes ("de,pl") and every screen shows names in the reader's
language (CLDR, through Babel), never "de, pl".
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

from twinning_desk.core.text import fold

# The interface languages, plus English: names typed in any of them are understood.
NAME_LOCALES = ("fr", "en", "de", "it", "es", "pl")


@cache
def _names(locale: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(locale).languages)
    except (UnknownLocaleError, ValueError):
        return dict(Locale("en").languages)


@cache
def _by_name() -> dict[str, str]:
    """Folded language name (in any interface language) → code, two-letter codes first."""
    found: dict[str, str] = {}
    for locale in NAME_LOCALES:
        for code, name in sorted(_names(locale).items(), key=lambda kv: len(kv[0])):
            if "_" in code:
                continue
            found.setdefault(fold(name), code)
    return found


def _code(token: str) -> str | None:
    token = token.strip()
    if not token:
        return None
    lowered = token.lower()
    if lowered in _names("en") and "_" not in lowered and len(lowered) <= 3:
        return lowered
    return _by_name().get(fold(token))


def language_codes(text: str | None) -> list[str]:
    """ "Deutsch, polonais; EN" → ["de", "pl", "en"]. A word that names no language is
    kept as typed (lower case): nothing the secretary wrote is dropped."""
    codes: list[str] = []
    for part in re.split(r"[,;/]+", text or ""):
        part = part.strip()
        if not part:
            continue
        code = _code(part)
        if code is not None:
            codes.append(code)
            continue
        words = [w for w in re.split(r"\s+|\bet\b|\band\b|\bund\b", part) if w.strip()]
        resolved = [_code(w) for w in words]
        if words and all(resolved):
            codes += [c for c in resolved if c]
        else:
            codes.append(part.lower())
    return list(dict.fromkeys(codes))


def language_names(codes: str | None, locale: str) -> str:
    """ "de,pl" → "allemand, polonais" in French; an unknown code is shown as it is."""
    names = _names(locale)
    return ", ".join(names.get(code, code) for code in language_codes(codes))
