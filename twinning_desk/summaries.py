"""Sentences with counts, in the user's language, for the GUI and the command line.

Plural forms differ by language (Polish has three), so counts go through Qt's ``%n``
translations rather than "{n} partners" templates; QtCore only, so the CLI can use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from twinning_desk.imports.partners import ImportPlan, RowStatus


def import_summary(plan: ImportPlan, done: bool = False) -> str:
    """ "12 new partners (9 placed on the map, 3 without a position), 14 agreements; 1 duplicate
    skipped." — what a secretary reads before and after clicking Import."""
    new = plan.count(RowStatus.NEW)
    parts = [QCoreApplication.translate("ImportSummary", "%n new partner(s)", None, new)]
    if new:
        placed = QCoreApplication.translate(
            "ImportSummary", "%n placed on the map", None, plan.placed
        )
        if plan.not_placed:
            placed += ", " + QCoreApplication.translate(
                "ImportSummary", "%n without a position", None, plan.not_placed
            )
        parts[0] += f" ({placed})"
    parts.append(
        QCoreApplication.translate("ImportSummary", "%n agreement(s)", None, plan.agreements_added)
    )
    sentence = ", ".join(parts)
    extras = []
    if plan.count(RowStatus.DUPLICATE):
        extras.append(
            QCoreApplication.translate(
                "ImportSummary", "%n duplicate(s) skipped", None, plan.count(RowStatus.DUPLICATE)
            )
        )
    if plan.count(RowStatus.ERROR):
        extras.append(
            QCoreApplication.translate(
                "ImportSummary",
                "%n row(s) without a name left out",
                None,
                plan.count(RowStatus.ERROR),
            )
        )
    if plan.hidden_rows:
        extras.append(
            QCoreApplication.translate(
                "ImportSummary", "%n hidden row(s) skipped", None, plan.hidden_rows
            )
        )
    unsure = sum(1 for r in plan.results if r.unsure)
    if unsure:
        extras.append(
            QCoreApplication.translate("ImportSummary", "%n row(s) to check (marked)", None, unsure)
        )
    if extras:
        # French puts a space before ";": the joint is translated too.
        sentence = QCoreApplication.translate("ImportSummary", "{main}; {extras}").format(
            main=sentence, extras=", ".join(extras)
        )
    template = (
        QCoreApplication.translate("ImportSummary", "Imported: {summary}.")
        if done
        else QCoreApplication.translate("ImportSummary", "To import: {summary}.")
    )
    return template.format(summary=sentence)
