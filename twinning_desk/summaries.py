"""Sentences with counts, in the user's language, for the GUI and the command line.

Plural forms differ by language (Polish has three), so counts go through Qt's ``%n``
translations rather than "{n} partners" templates; QtCore only, so the CLI can use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinning_desk.imports.partners import ImportPlan, RowStatus


def _n(text: str, count: int) -> str:
    return QCoreApplication.translate("ImportSummary", text, None, count)


def import_summary(plan: ImportPlan, done: bool = False) -> str:
    """ "12 new partners (9 placed on the map, 3 without a position), 14 agreements; 1 duplicate
    skipped." — what a secretary reads before and after clicking Import."""
    new = plan.count(RowStatus.NEW)
    parts = [_n("%n new partner(s)", new)]
    if new:
        placed = _n("%n placed on the map", plan.placed)
        if plan.not_placed:
            placed += ", " + _n("%n without a position (to place later)", plan.not_placed)
        parts[0] += f" ({placed})"
    parts.append(_n("%n agreement(s)", plan.agreements_added))
    sentence = ", ".join(parts)
    extras = []
    if plan.count(RowStatus.DUPLICATE):
        extras.append(_n("%n duplicate(s) skipped", plan.count(RowStatus.DUPLICATE)))
    if plan.count(RowStatus.ERROR):
        extras.append(_n("%n row(s) without a name left out", plan.count(RowStatus.ERROR)))
    if plan.hidden_rows:
        extras.append(_n("%n hidden row(s) skipped", plan.hidden_rows))
    unsure = sum(1 for r in plan.results if r.unsure)
    if unsure:
        extras.append(_n("%n row(s) to check (marked)", unsure))
    if extras:
        sentence += "; " + ", ".join(extras)
    template = (
        QCoreApplication.translate("ImportSummary", "Imported: {summary}.")
        if done
        else QCoreApplication.translate("ImportSummary", "To import: {summary}.")
    )
    return template.format(summary=sentence)
