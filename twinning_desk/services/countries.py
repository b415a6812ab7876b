"""Countries by ISO 3166 code, named in the reader's language.

pycountry is the list of codes (kept up to date with ISO); Babel (CLDR) gives each name in
the six UI languages, and lets an import recognise "Allemagne", "Germany", "Niemcy" or "DEU".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


# Names committees write that ISO and CLDR spell otherwise, in one place for the import,
# the partner dialog and the command line. Keys are folded (see text.fold).
ALIASES: dict[str, str] = {
    # Democratic Republic of the Congo and Republic of the Congo
    "rdc": "CD",
    "rd congo": "CD",
    "drc": "CD",
    "dr congo": "CD",
    "republique democratique du congo": "CD",
    "congo kinshasa": "CD",
    "zaire": "CD",
    "congo brazzaville": "CG",
    "republique du congo": "CG",
    # Palestine
    "palestine": "PS",
    "etat de palestine": "PS",
    "state of palestine": "PS",
    "territoires palestiniens": "PS",
    "territoire palestinien": "PS",
    "palestinian territories": "PS",
    "palastina": "PS",
    # Usual short or old names
    "russie": "RU",
    "coree du sud": "KR",
    "south korea": "KR",
    "coree du nord": "KP",
    "north korea": "KP",
    "viet nam": "VN",
    "vietnam": "VN",
    "macedoine": "MK",
    "macedoine du nord": "MK",
    "macedonia": "MK",
    "republique tcheque": "CZ",
    "tchequie": "CZ",
    "czech republic": "CZ",
    "czechia": "CZ",
    "tschechien": "CZ",
    "bielorussie": "BY",
    "belarus": "BY",
    "weissrussland": "BY",
    "moldavie": "MD",
    "moldova": "MD",
    "cote d ivoire": "CI",
    "cote divoire": "CI",
    "ivory coast": "CI",
    "elfenbeinkuste": "CI",
    "royaume uni": "GB",
    "uk": "GB",
    "grande bretagne": "GB",
    "great britain": "GB",
    "united kingdom": "GB",
    "hollande": "NL",
    "holland": "NL",
    "burkina": "BF",
    "birmanie": "MM",
    "burma": "MM",
    "swaziland": "SZ",
    "etats unis": "US",
    "etats unis d amerique": "US",
    "usa": "US",
    "turquie": "TR",
    "turkiye": "TR",
    "cap vert": "CV",
}

# The nations of the United Kingdom: the country is GB, the nation is kept as the region.
NATIONS: dict[str, tuple[str, str]] = {
    "angleterre": ("GB", "England"),
    "england": ("GB", "England"),
    "ecosse": ("GB", "Scotland"),
    "scotland": ("GB", "Scotland"),
    "schottland": ("GB", "Scotland"),
    "pays de galles": ("GB", "Wales"),
    "wales": ("GB", "Wales"),
    "irlande du nord": ("GB", "Northern Ireland"),
    "northern ireland": ("GB", "Northern Ireland"),
    "nordirland": ("GB", "Northern Ireland"),
}

# Countries that no longer exist: today's country, with a note for the user to check.
HISTORICAL: dict[str, tuple[str, ...]] = {
    "allemagne de l est": ("DE",),
    "rda": ("DE",),
    "gdr": ("DE",),
    "ddr": ("DE",),
    "east germany": ("DE",),
    "allemagne de l ouest": ("DE",),
    "rfa": ("DE",),
    "brd": ("DE",),
    "west germany": ("DE",),
    "tchecoslovaquie": ("CZ", "SK"),
    "czechoslovakia": ("CZ", "SK"),
    "tschechoslowakei": ("CZ", "SK"),
    "urss": ("RU", "UA", "BY", "MD", "LT", "LV", "EE", "GE", "AM", "AZ", "KZ"),
    "ussr": ("RU", "UA", "BY", "MD", "LT", "LV", "EE", "GE", "AM", "AZ", "KZ"),
    "udssr": ("RU", "UA", "BY", "MD", "LT", "LV", "EE", "GE", "AM", "AZ", "KZ"),
    "yougoslavie": ("SI", "HR", "BA", "RS", "ME", "MK"),
    "yugoslavia": ("SI", "HR", "BA", "RS", "ME", "MK"),
    "jugoslawien": ("SI", "HR", "BA", "RS", "ME", "MK"),
}


@dataclass(frozen=True)
class CountryMatch:
    """What a typed country says: one code, or today's candidates of a former country.

    ``region`` keeps what the name said beyond the country (Écosse → GB, Scotland);
    ``historical`` is the name of a country that no longer exists, for a note.
    """

    codes: tuple[str, ...]
    region: str | None = None
    historical: str | None = None

    @property
    def code(self) -> str | None:
        return self.codes[0] if len(self.codes) == 1 else None


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
            # CLDR's short and variant forms ("Congo-Kinshasa", "Hong Kong").
            for variant in ("short", "variant"):
                alt = _babel_locale(loc).territories.get(f"{code}-alt-{variant}")
                if alt:
                    names.add(str(alt))
        for name in names:
            index.setdefault(fold(name), code)
    # The alias table wins over CLDR: "Congo" alone stays CLDR's, "RDC" is ours.
    index.update(ALIASES)
    return index


def match_country(text: str | None) -> CountryMatch | None:
    """What a country cell says, in a UI language (or Dutch, Portuguese), code or name."""
    if not text:
        return None
    key = fold(str(text))
    if not key:
        return None
    if key in NATIONS:
        code, region = NATIONS[key]
        return CountryMatch((code,), region=str(text).strip() or region)
    if key in HISTORICAL:
        return CountryMatch(HISTORICAL[key], historical=str(text).strip())
    found = _name_index().get(key)
    return CountryMatch((found,)) if found else None


def resolve_country(text: str | None) -> str | None:
    """ISO code for a code or a name in French, English or German; None if unknown.

    A nation of the United Kingdom gives GB; a former country that split gives None.
    """
    found = match_country(text)
    return found.code if found else None


_PAREN = re.compile(r"^(?P<name>.*?)\s*[(\[](?P<inner>[^)\]]+)[)\]]\s*$")


def split_country_suffix(name: str) -> tuple[str, CountryMatch | None]:
    """ "Vienne (Autriche)" → ("Vienne", AT); a bracket that is not a country stays."""
    m = _PAREN.match(name.strip())
    if m:
        found = match_country(m["inner"])
        if found:
            return m["name"].strip(), found
    return name.strip(), None
