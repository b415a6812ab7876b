"""What is unsure about an imported row, said in words, for the preview and the CLI.

Plain messages (no Qt): the GUI and the command line translate and show them.
"""

from __future__ import annotations

from collections.abc import Callable

from babel.numbers import format_decimal

from twinning_desk.db.models import PartnerKind
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.imports.partners import ImportPlan, RowResult
from twinning_desk.services.countries import country_name
from twinning_desk.services.geo import Place
from twinning_desk.services.text import fold

CTX = "ImportDoubts"
Translate = Callable[[str, str], str] | None


def _locale(locale: str) -> str:
    return {"fr": "fr_FR", "de": "de_DE", "en": "en_GB", "it": "it_IT", "es": "es_ES"}.get(
        locale[:2], "pl_PL" if locale.startswith("pl") else "fr_FR"
    )


def describe_place(
    place: Place,
    plan: ImportPlan | None,
    locale: str,
    translate: Translate = None,
    typed: str | None = None,
) -> str:
    """Enough to tell two places apart: "Vienne — France, 32 293 inhabitants, 452 km".

    GeoNames names places in English or their own language; when the committee typed
    another name ("Varsovie"), it comes first and the gazetteer's follows in brackets.
    """
    parts = [country_name(place.country_code, locale)]
    if place.population:
        text = QT_TRANSLATE_NOOP("ImportDoubts", "{count} inhabitants")
        parts.append(
            Message(
                CTX, text, {"count": format_decimal(place.population, locale=_locale(locale))}
            ).render(translate)
        )
    distance = plan.distance(place) if plan else None
    if distance is not None:
        parts.append(f"{format_decimal(round(distance), locale=_locale(locale))}\u00a0km")
    name = place.name
    if typed and fold(typed) != fold(place.name):
        name = f"{typed} ({place.name})"
    return f"{name} — {', '.join(parts)}"


def doubts(result: RowResult, locale: str = "fr") -> list[Message]:
    found: list[Message] = []
    if result.country_unknown:
        found.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("ImportDoubts", "country “{value}” not recognised: choose it"),
                {"value": result.country},
            )
        )
    if result.ambiguous and result.place is not None:
        found.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("ImportDoubts", "{count} places fit; {place} was chosen"),
                {
                    "count": len(result.candidates),
                    "place": f"{result.place.name} "
                    f"({country_name(result.place.country_code, locale)})",
                },
            )
        )
        if result.merged_into is not None:
            found.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP("ImportDoubts", "added to the partner of row {row}"),
                    {"row": result.merged_into},
                )
            )
    if result.kind is PartnerKind.TOWN and result.position is None:
        found.append(Message(CTX, QT_TRANSLATE_NOOP("ImportDoubts", "position unknown")))
    if not result.wording_known and result.wording:
        found.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("ImportDoubts", "wording “{value}” kept as an “other” agreement"),
                {"value": result.wording},
            )
        )
    found.extend(result.warnings)
    return found


def row_doubts(result: RowResult, translate: Translate = None, locale: str = "fr") -> str:
    return "; ".join(m.render(translate) for m in doubts(result, locale))
