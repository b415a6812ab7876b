"""Countries by ISO 3166 code, named in the reader's language.

pycountry is the list of codes (kept up to date with ISO); Babel (CLDR) gives each name in
the six UI languages, and lets an import recognise "Allemagne", "Germany", "Niemcy" or "DEU".
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

from twinning_desk.services.text import fold

UI_LOCALES = ("fr", "en", "de", "it", "es", "pl")


@cache
def _babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_").split(".")[0])
    except (UnknownLocaleError, ValueError):
        return Locale("fr")


def is_country_code(code: str | None) -> bool:
    if not code:
        return False
    return pycountry.countries.get(alpha_2=code.upper()) is not None


def country_name(code: str | None, locale: str = "fr") -> str:
    if not code:
        return ""
    code = code.upper()
    name = _babel_locale(locale).territories.get(code)
    if name:
        return str(name)
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else code


@cache
def all_countries(locale: str = "fr") -> list[tuple[str, str]]:
    """(code, name) pairs sorted by the folded name, for combo boxes."""
    pairs = [(c.alpha_2, country_name(c.alpha_2, locale)) for c in pycountry.countries]
    return sorted(pairs, key=lambda pair: fold(pair[1]))


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {code, country.alpha_3, country.name}
        for attr in ("official_name", "common_name"):
            if hasattr(country, attr):
                names.add(getattr(country, attr))
        for loc in UI_LOCALES + ("nl", "pt"):
            names.add(country_name(code, loc))
        for name in names:
            index.setdefault(fold(name), code)
    # Names committees write that ISO spells otherwise.
    for alias, code in {
        "angleterre": "GB",
        "england": "GB",
        "ecosse": "GB",
        "scotland": "GB",
        "pays de galles": "GB",
        "wales": "GB",
        "uk": "GB",
        "grande bretagne": "GB",
        "great britain": "GB",
        "irlande du nord": "GB",
        "hollande": "NL",
        "republique tcheque": "CZ",
        "czech republic": "CZ",
        "russie": "RU",
    }.items():
        index.setdefault(alias, code)
    return index


def resolve_country(text: str | None) -> str | None:
    """ISO code for a code or a name in a UI language (or Dutch, Portuguese); None if unknown."""
    if not text:
        return None
    key = fold(str(text))
    if not key:
        return None
    return _name_index().get(key)
