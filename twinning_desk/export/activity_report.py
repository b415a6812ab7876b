"""The annual activity report PDF: a one-page summary first, then each partner's year."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from twinning_desk.db.models import Direction
from twinning_desk.export import pdf
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.activity import ActivityItem, ActivityReport
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import PURPOSE_LABELS
from twinning_desk.services.events import DIRECTION_LABELS
from twinning_desk.services.money import format_money

Translate = Callable[[str, str], str]
CTX = "Printed"
T = {
    "title": QT_TRANSLATE_NOOP("Printed", "Activity report {year}"),
    "summary": QT_TRANSLATE_NOOP("Printed", "The year at a glance"),
    "events": QT_TRANSLATE_NOOP("Printed", "Events"),
    "delegations": QT_TRANSLATE_NOOP("Printed", "Delegations"),
    "received": QT_TRANSLATE_NOOP("Printed", "Visits received"),
    "made": QT_TRANSLATE_NOOP("Printed", "Visits made"),
    "local": QT_TRANSLATE_NOOP("Printed", "Local participants"),
    "invited": QT_TRANSLATE_NOOP("Printed", "Invited participants"),
    "spent": QT_TRANSLATE_NOOP("Printed", "Spent"),
    "income": QT_TRANSLATE_NOOP("Printed", "Received"),
    "by_partner": QT_TRANSLATE_NOOP("Printed", "By partner"),
    "partner": QT_TRANSLATE_NOOP("Printed", "Partner"),
    "participants": QT_TRANSLATE_NOOP("Printed", "Participants"),
    "no_partner": QT_TRANSLATE_NOOP("Printed", "Committee events with no partner"),
    "date": QT_TRANSLATE_NOOP("Printed", "Date"),
    "what": QT_TRANSLATE_NOOP("Printed", "What"),
    "results": QT_TRANSLATE_NOOP("Printed", "Results"),
    "total": QT_TRANSLATE_NOOP("Printed", "Total"),
    "nothing": QT_TRANSLATE_NOOP("Printed", "No event and no delegation this year."),
    "money_note": QT_TRANSLATE_NOOP(
        "Printed",
        "Money: actual amounts of the budget lines linked to each event or delegation.",
    ),
    "page": QT_TRANSLATE_NOOP("Printed", "Page {page} / {pages}"),
}


def _identity(_context: str, text: str) -> str:
    return text


def write_activity_report(
    path: Path, report: ActivityReport, translate: Translate = _identity, locale: str = "fr"
) -> None:
    s = pdf.styles()
    header_style = ParagraphStyle("head8", parent=s.cell_bold, fontSize=8, leading=10)

    def t(key: str) -> str:
        return translate(CTX, T[key])

    def money(cents: int) -> str:
        return format_money(cents, "EUR", locale).replace(" ", "\u00a0")  # one line

    def invited_text(counts: dict[str, int]) -> str:
        parts = sorted(counts.items(), key=lambda kv: -kv[1])
        return ", ".join(f"{country_name(code, locale)} {n}" for code, n in parts if n)

    def table(rows: list[list[Any]], widths: list[float], bold_last: bool = False) -> Table:
        total = pdf.PAGE[0] - 2 * pdf.MARGIN
        body = [
            [v if isinstance(v, Flowable) else pdf.para(v, s.cell) for v in row] for row in rows[1:]
        ]
        result = Table(
            [[pdf.para(h, header_style) for h in rows[0]], *body],
            colWidths=[total * w for w in widths],
            repeatRows=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if bold_last:
            commands.append(("BACKGROUND", (0, -1), (-1, -1), pdf.LIGHT))
        result.setStyle(pdf.table_style(*commands))
        return result

    title = t("title").format(year=report.year)
    story: list[Flowable] = [
        Paragraph(pdf.para_text(title), s.title),
        pdf.para(report.committee or report.commune, s.heading),
        Paragraph(pdf.para_text(t("summary")), s.heading),
    ]
    figures = [
        [t("events"), str(report.events)],
        [t("delegations"), str(report.delegations)],
        [t("received"), str(report.received_visits)],
        [t("made"), str(report.made_visits)],
        [t("local"), str(report.local)],
        [
            t("invited"),
            f"{sum(report.invited.values())} ({invited_text(report.invited)})"
            if report.invited
            else "0",
        ],
        [t("spent"), money(report.spent_cents)],
        [t("income"), money(report.received_cents)],
    ]
    key_figures = Table(
        [[pdf.para(k, s.cell_bold), pdf.para(v, s.cell)] for k, v in figures],
        colWidths=[60 * mm, None],
        hAlign="LEFT",
    )
    key_figures.setStyle(pdf.table_style(("LINEBELOW", (0, 0), (-1, -1), 0.3, pdf.LINE)))
    story += [key_figures, Paragraph(pdf.para_text(t("by_partner")), s.heading)]
    if not report.partners:
        story.append(pdf.para(t("nothing"), s.body))
    else:
        rows: list[list[Any]] = [
            [
                t("partner"),
                t("events"),
                t("delegations"),
                t("participants"),
                t("spent"),
                t("income"),
            ]
        ]
        for g in report.partners:
            name = (
                f"{g.name} ({country_name(g.country_code, locale)})" if g.name else t("no_partner")
            )
            rows.append(
                [
                    name,
                    str(g.events),
                    str(g.delegations),
                    str(g.participants),
                    money(g.spent_cents),
                    money(g.received_cents),
                ]
            )
        rows.append(
            [
                Paragraph(pdf.para_text(t("total")), s.cell_bold),
                str(report.events),
                str(report.delegations),
                str(report.local + sum(report.invited.values())),
                money(report.spent_cents),
                money(report.received_cents),
            ]
        )
        # Wide enough for "Veranstaltungen" or "Wydarzenia" in the header, unbroken.
        story.append(table(rows, [0.22, 0.18, 0.15, 0.16, 0.145, 0.145], bold_last=True))
    story += [Spacer(1, 2 * mm), pdf.para(t("money_note"), s.small)]

    def what(item: ActivityItem) -> str:
        if item.kind == "delegation":
            direction = translate("Labels", DIRECTION_LABELS[item.direction or Direction.INCOMING])
            purpose = translate("Labels", PURPOSE_LABELS.get(item.title, item.title))
            return f"{direction} — {purpose}"
        return item.title

    for index, g in enumerate(report.partners):
        story.append(PageBreak() if index == 0 else CondPageBreak(50 * mm))
        heading = (
            f"{g.name} ({country_name(g.country_code, locale)})" if g.name else t("no_partner")
        )
        story.append(Paragraph(pdf.para_text(heading), s.heading))
        rows = [[t("date"), t("what"), t("participants"), t("results"), t("spent"), t("income")]]
        for item in g.items:
            when = format_day(item.start, locale)
            if item.end and item.end != item.start:
                when += " – " + format_day(item.end, locale)
            people = str(item.participants)
            if item.invited:
                people += f" ({invited_text(item.invited)})"
            rows.append(
                [
                    when,
                    what(item),
                    people,
                    item.results or "",
                    money(item.spent_cents),
                    money(item.received_cents),
                ]
            )
        story.append(table(rows, [0.15, 0.19, 0.15, 0.23, 0.14, 0.14]))
    pdf.build(path, story, title=title, page_label=t("page"))
