"""The records and the map's legend in words: one wording for the home tab, the printed
map and ``report geography``, translated by whoever shows it (``translate(context, text)``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from babel.numbers import get_decimal_symbol, get_group_symbol

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.geography import Geography, MapStatus, Record
from twinning_desk.services.money import babel_locale
from twinning_desk.services.partner_data import AGREEMENT_TYPE_LABELS

Translate = Callable[[str, str], str]
CTX = "Map"

# The colours of the map's points, shared by the screen and the printed map.
STATUS_COLOURS = {
    MapStatus.ACTIVE: "#2e7d32",
    MapStatus.NO_EXCHANGE: "#1e88e5",
    MapStatus.ASLEEP: "#ef6c00",
    MapStatus.PROSPECT: "#8e24aa",
    MapStatus.ENDED: "#9e9e9e",
}
HOME_COLOUR = "#c62828"
LAND_COLOUR = "#e4e1d6"
SEA_COLOUR = "#dbe8f2"
BORDER_COLOUR = "#ffffff"
ARC_COLOUR = "#5c7a99"

STATUS_LABELS = {
    MapStatus.ACTIVE: QT_TRANSLATE_NOOP("Map", "Active"),
    MapStatus.NO_EXCHANGE: QT_TRANSLATE_NOOP("Map", "No exchange recorded"),
    MapStatus.ASLEEP: QT_TRANSLATE_NOOP("Map", "Asleep"),
    MapStatus.PROSPECT: QT_TRANSLATE_NOOP("Map", "Prospecting"),
    MapStatus.ENDED: QT_TRANSLATE_NOOP("Map", "Ended"),
}
HOME_LABEL = QT_TRANSLATE_NOOP("Map", "Home commune")
SOURCE = QT_TRANSLATE_NOOP(
    "Map", "Outlines: Natural Earth (public domain). Distances as the crow flies."
)
TIE = QT_TRANSLATE_NOOP("Map", "tied with {names}, first by name")

_LABELS = {
    "farthest": QT_TRANSLATE_NOOP("Map", "Farthest"),
    "nearest": QT_TRANSLATE_NOOP("Map", "Nearest"),
    "northernmost": QT_TRANSLATE_NOOP("Map", "Northernmost"),
    "southernmost": QT_TRANSLATE_NOOP("Map", "Southernmost"),
    "most_populous": QT_TRANSLATE_NOOP("Map", "Most populous"),
    "oldest_agreement": QT_TRANSLATE_NOOP("Map", "Oldest agreement"),
    "newest_agreement": QT_TRANSLATE_NOOP("Map", "Newest agreement"),
    "countries": QT_TRANSLATE_NOOP("Map", "Countries"),
    "continents": QT_TRANSLATE_NOOP("Map", "Continents"),
    "trips": QT_TRANSLATE_NOOP("Map", "Trips in {year}, there and back"),
    "not_placed": QT_TRANSLATE_NOOP("Map", "Not placed on the map"),
}


@dataclass(frozen=True)
class RecordLine:
    key: str  # farthest, nearest… (what the line is about)
    label: str
    text: str
    partner_id: int | None = None  # the record's holder, to open it
    tie: str = ""  # "tied with …, first by name", or empty


@functools.cache
def _symbols(locale: str) -> tuple[str, str]:
    """The locale's group and decimal symbols (CLDR, through Babel), read once."""
    where = babel_locale(locale)
    return get_group_symbol(where), get_decimal_symbol(where)


def number(value: float, locale: str, decimals: int = 0) -> str:
    """1 646, 1,646 or 1.646 as the reader writes it (the map's tooltips format hundreds
    of these at once: Babel's symbols are looked up once, not per number)."""
    group, decimal = _symbols(locale)
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def km_text(value: float, locale: str) -> str:
    return f"{number(value, locale)}\u00a0km"


def latitude_text(value: float, locale: str) -> str:
    hemisphere = "N" if value >= 0 else "S"
    return f"{number(abs(value), locale, 2)}°\u00a0{hemisphere}"


def record_lines(geo: Geography, translate: Translate, locale: str) -> list[RecordLine]:
    """The brochure's lines, in order; a record nobody holds (no positions, no
    population typed in) is left out rather than shown empty."""

    def t(text: str) -> str:
        return translate(CTX, text)

    def who(record: Record) -> str:
        country = country_name(record.country_code, locale) if record.country_code else ""
        return f"{record.name} ({country})" if country else record.name

    def tie(record: Record) -> str:
        return t(TIE).format(names=", ".join(record.tied_with)) if record.tied_with else ""

    lines: list[RecordLine] = []

    def add(key: str, record: Record | None, value: str) -> None:
        if record is not None:
            lines.append(
                RecordLine(
                    key, t(_LABELS[key]), f"{who(record)} — {value}", record.partner_id, tie(record)
                )
            )

    if geo.farthest is not None:
        add("farthest", geo.farthest, km_text(float(geo.farthest.value), locale))
    if geo.nearest is not None:
        add("nearest", geo.nearest, km_text(float(geo.nearest.value), locale))
    if geo.northernmost is not None:
        add("northernmost", geo.northernmost, latitude_text(float(geo.northernmost.value), locale))
    if geo.southernmost is not None:
        add("southernmost", geo.southernmost, latitude_text(float(geo.southernmost.value), locale))
    if geo.most_populous is not None:
        add(
            "most_populous",
            geo.most_populous,
            number(int(geo.most_populous.value), locale),
        )
    for key, record in (
        ("oldest_agreement", geo.oldest_agreement),
        ("newest_agreement", geo.newest_agreement),
    ):
        if record is not None and record.signed is not None:
            kind = record.agreement_title or (
                translate("Labels", AGREEMENT_TYPE_LABELS[record.agreement_type])
                if record.agreement_type
                else ""
            )
            add(key, record, f"{kind}, {record.signed.format(locale)}")
    lines.append(RecordLine("countries", t(_LABELS["countries"]), str(geo.countries)))
    lines.append(RecordLine("continents", t(_LABELS["continents"]), str(geo.continents)))
    lines.append(
        RecordLine(
            "trips",
            t(_LABELS["trips"]).format(year=geo.year),
            f"{geo.trips} — {km_text(geo.trips_km, locale)}",
        )
    )
    if geo.not_placed:
        lines.append(
            RecordLine(
                "not_placed",
                t(_LABELS["not_placed"]),
                ", ".join(p.name for p in geo.not_placed),
            )
        )
    return lines
