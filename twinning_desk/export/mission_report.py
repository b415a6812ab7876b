"""The mission report PDF (rapport de mission) and its blank template.

A4, the commune's header repeated on every page with "page X / Y", sections in the order
mayors sign them: objectives, delegation, programme day by day, results and effects,
conclusions, perspectives and next steps, costs and financing (with the élus' mission
allowances), distribution list and a signature block. The blank template keeps the
same layout with ruled lines, for mayors who write on paper. All user text is escaped.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from twinning_desk.db.models import BudgetKind, Direction, MemberRole
from twinning_desk.export import pdf
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.allowances import allowance_cents
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import PURPOSE_LABELS, ROLE_LABELS, TRANSPORTS
from twinning_desk.services.money import format_money
from twinning_desk.services.reports import ReportContent

Translate = Callable[[str, str], str]
CTX = "Printed"
T = {
    "title": QT_TRANSLATE_NOOP("Printed", "Mission report"),
    "partner": QT_TRANSLATE_NOOP("Printed", "Partner town"),
    "dates": QT_TRANSLATE_NOOP("Printed", "Dates"),
    "place": QT_TRANSLATE_NOOP("Printed", "Place"),
    "purpose": QT_TRANSLATE_NOOP("Printed", "Purpose"),
    "transport": QT_TRANSLATE_NOOP("Printed", "Transport"),
    "objectives": QT_TRANSLATE_NOOP("Printed", "Objectives and link with the partnership"),
    "delegation": QT_TRANSLATE_NOOP("Printed", "The delegation"),
    "name": QT_TRANSLATE_NOOP("Printed", "Name"),
    "role": QT_TRANSLATE_NOOP("Printed", "Role"),
    "mandat": QT_TRANSLATE_NOOP("Printed", "Mandat spécial"),
    "mandat_ref": QT_TRANSLATE_NOOP("Printed", "deliberation {number} of {date}"),
    "programme": QT_TRANSLATE_NOOP("Printed", "Programme and people met"),
    "time": QT_TRANSLATE_NOOP("Printed", "Time"),
    "activity": QT_TRANSLATE_NOOP("Printed", "Activity"),
    "people_met": QT_TRANSLATE_NOOP("Printed", "People met"),
    "results": QT_TRANSLATE_NOOP("Printed", "Results"),
    "effects_here": QT_TRANSLATE_NOOP("Printed", "Effects here"),
    "effects_there": QT_TRANSLATE_NOOP("Printed", "Effects in the partner town"),
    "conclusions": QT_TRANSLATE_NOOP("Printed", "Conclusions"),
    "perspectives": QT_TRANSLATE_NOOP("Printed", "Perspectives and next steps"),
    "action": QT_TRANSLATE_NOOP("Printed", "Action"),
    "owner": QT_TRANSLATE_NOOP("Printed", "Who"),
    "due": QT_TRANSLATE_NOOP("Printed", "By"),
    "costs": QT_TRANSLATE_NOOP("Printed", "Costs and financing"),
    "line": QT_TRANSLATE_NOOP("Printed", "Item"),
    "forecast": QT_TRANSLATE_NOOP("Printed", "Forecast"),
    "actual": QT_TRANSLATE_NOOP("Printed", "Actual"),
    "charge": QT_TRANSLATE_NOOP("Printed", "Expense"),
    "income": QT_TRANSLATE_NOOP("Printed", "Financing"),
    "allowances": QT_TRANSLATE_NOOP("Printed", "Mission allowances of the elected officials"),
    "days": QT_TRANSLATE_NOOP("Printed", "Days"),
    "rate": QT_TRANSLATE_NOOP("Printed", "Daily rate"),
    "nights": QT_TRANSLATE_NOOP("Printed", "Nights hosted free (−65 %)"),
    "meals": QT_TRANSLATE_NOOP("Printed", "Meals offered (−17.5 %)"),
    "total": QT_TRANSLATE_NOOP("Printed", "Total"),
    "no_costs": QT_TRANSLATE_NOOP("Printed", "No budget line is linked to this delegation."),
    "distribution": QT_TRANSLATE_NOOP("Printed", "Distribution list"),
    "done_at": QT_TRANSLATE_NOOP("Printed", "Done at {place}, on {date}"),
    "signature": QT_TRANSLATE_NOOP("Printed", "Signature"),
    "page": QT_TRANSLATE_NOOP("Printed", "Page {page} / {pages}"),
    "blank": QT_TRANSLATE_NOOP("Printed", "Template to fill in by hand"),
}


def _identity(_context: str, text: str) -> str:
    return text


class RuledLines(Flowable):
    """Lines to write on, the width of the frame."""

    def __init__(self, count: int, spacing: float = 8 * mm) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(pdf.LINE)
        self.canv.setLineWidth(0.4)
        for i in range(1, self.count + 1):
            y = self.count * self.spacing - i * self.spacing
            self.canv.line(0, y, self.width, y)


class _Writer:
    def __init__(self, content: ReportContent | None, translate: Translate, locale: str) -> None:
        self.c = content
        self.translate = translate
        self.locale = locale
        self.s = pdf.styles()
        self.story: list[Flowable] = []

    def t(self, key: str) -> str:
        return self.translate(CTX, T[key])

    def heading(self, key: str, space: float = 30 * mm) -> None:
        """A heading is never left alone at the foot of a page."""
        self.story.append(CondPageBreak(space))
        self.story.append(Paragraph(pdf.para_text(self.t(key)), self.s.heading))

    def text(self, value: str | None, blank_lines: int) -> None:
        if self.c is None or value is None:
            self.story.append(RuledLines(blank_lines))
            return
        for part in value.split("\n\n"):
            self.story.append(pdf.para(part, self.s.body))
            self.story.append(Spacer(1, 1.5 * mm))

    def table(self, rows: list[list[Any]], widths: list[float]) -> None:
        header = [pdf.para(h, self.s.cell_bold) for h in rows[0]]
        body = [
            [v if isinstance(v, Flowable) else pdf.para(v, self.s.cell) for v in row]
            for row in rows[1:]
        ]
        total = pdf.PAGE[0] - 2 * pdf.MARGIN
        # Empty rows of the blank template are tall enough to write in.
        heights = [None] + [9 * mm if all(v == "" for v in row) else None for row in rows[1:]]
        table = Table(
            [header, *body],
            colWidths=[total * w for w in widths],
            rowHeights=heights,
            repeatRows=1,
        )
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        table.setStyle(pdf.table_style(*commands))
        self.story.append(table)

    def money(self, cents: int) -> str:
        return format_money(cents, "EUR", self.locale).replace(" ", "\u00a0")  # one line

    def day(self, value: date | None) -> str:
        return format_day(value, self.locale) if value else ""


def _facts(w: _Writer) -> None:
    c = w.c
    if c is None:
        rows = [(w.t(k), "") for k in ("partner", "dates", "place", "purpose", "transport")]
    else:
        d = c.delegation
        dates = w.day(d.start_date)
        if d.end_date and d.end_date != d.start_date:
            dates += " – " + w.day(d.end_date)
        place = d.partner_name if d.direction == Direction.OUTGOING else c.commune
        transport = TRANSPORTS.get(d.transport or "")
        rows = [
            (w.t("partner"), f"{d.partner_name} ({country_name(d.partner_country, w.locale)})"),
            (w.t("dates"), dates),
            (w.t("place"), place),
            (w.t("purpose"), w.translate("Labels", PURPOSE_LABELS.get(d.purpose, d.purpose))),
            (
                w.t("transport"),
                w.translate("Labels", transport) if transport else d.transport or "",
            ),
        ]
    height = None if c is not None else 8 * mm
    table = Table(
        [[pdf.para(k, w.s.cell_bold), pdf.para(v, w.s.cell)] for k, v in rows],
        colWidths=[45 * mm, None],
        rowHeights=height,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if c is None:
        commands.append(("LINEBELOW", (1, 0), (1, -1), 0.4, pdf.LINE))
    table.setStyle(pdf.table_style(*commands))
    w.story.append(table)


def _members(w: _Writer) -> None:
    rows: list[list[Any]] = [[w.t("name"), w.t("role"), w.t("mandat")]]
    if w.c is None:
        rows += [["", "", ""] for _ in range(6)]
    else:
        for m in w.c.delegation.members:
            mandat = ""
            if m.role == MemberRole.ELECTED and (m.mandat_number or m.mandat_date):
                mandat = w.t("mandat_ref").format(
                    number=m.mandat_number or "?", date=w.day(m.mandat_date) or "?"
                )
            name = m.name or w.translate("Labels", "(anonymous person)")
            rows.append([name, w.translate("Labels", ROLE_LABELS[m.role]), mandat])
    w.table(rows, [0.38, 0.27, 0.35])


def _programme(w: _Writer) -> None:
    if w.c is None or not w.c.delegation.programme:
        rows: list[list[Any]] = [[w.t("time"), w.t("activity"), w.t("place"), w.t("people_met")]]
        rows += [["", "", "", ""] for _ in range(8)]
        w.table(rows, [0.1, 0.4, 0.2, 0.3])
        return
    for day, items in groupby(w.c.delegation.programme, key=lambda p: p.day):
        w.story.append(Paragraph(pdf.para_text(w.day(day)), w.s.cell_bold))
        rows = [[w.t("time"), w.t("activity"), w.t("place"), w.t("people_met")]]
        for p in items:
            time = p.start_time.strftime("%H:%M") if p.start_time else ""
            rows.append([time, p.activity, p.place or "", p.people_met or ""])
        w.table(rows, [0.1, 0.4, 0.2, 0.3])
        w.story.append(Spacer(1, 2 * mm))


def _next_steps(w: _Writer) -> None:
    rows: list[list[Any]] = [[w.t("action"), w.t("owner"), w.t("due")]]
    if w.c is None:
        rows += [["", "", ""] for _ in range(4)]
    else:
        if not w.c.report.next_steps:
            return
        rows += [[s.text, s.owner or "", w.day(s.due_date)] for s in w.c.report.next_steps]
    w.story.append(Spacer(1, 2 * mm))
    w.table(rows, [0.6, 0.22, 0.18])


def _costs(w: _Writer) -> None:
    c = w.c
    if c is None:
        rows: list[list[Any]] = [[w.t("line"), w.t("forecast"), w.t("actual")]]
        rows += [["", "", ""] for _ in range(5)]
        w.table(rows, [0.6, 0.2, 0.2])
    elif c.costs:
        rows = [[w.t("line"), w.t("forecast"), w.t("actual")]]
        for kind in (BudgetKind.CHARGE, BudgetKind.PRODUIT):
            lines = [line for line in c.costs if line.kind == kind]
            if not lines:
                continue
            label = w.t("charge") if kind == BudgetKind.CHARGE else w.t("income")
            rows.append([Paragraph(pdf.para_text(label), w.s.cell_bold), "", ""])
            for line in lines:
                rows.append([line.label, w.money(line.forecast_cents), w.money(line.actual_cents)])
        w.table(rows, [0.6, 0.2, 0.2])
    else:
        w.story.append(pdf.para(w.t("no_costs"), w.s.small))
    allowances = [] if c is None else [a for a in c.report.allowances if a.daily_rate_cents]
    if c is not None and not allowances:
        return
    w.story.append(Spacer(1, 3 * mm))
    w.story.append(Paragraph(pdf.para_text(w.t("allowances")), w.s.cell_bold))
    w.story.append(Spacer(1, 1 * mm))
    rows = [[w.t("name"), w.t("days"), w.t("rate"), w.t("nights"), w.t("meals"), w.t("total")]]
    if c is None:
        rows += [["", "", "", "", "", ""] for _ in range(3)]
    else:
        total = 0
        for a in allowances:
            cents = allowance_cents(a.days, a.daily_rate_cents, a.free_nights, a.free_meals)
            total += cents
            rows.append(
                [
                    a.name,
                    str(a.days),
                    w.money(a.daily_rate_cents or 0),
                    str(a.free_nights),
                    str(a.free_meals),
                    w.money(cents),
                ]
            )
        rows.append(
            [
                Paragraph(pdf.para_text(w.t("total")), w.s.cell_bold),
                "",
                "",
                "",
                "",
                Paragraph(pdf.para_text(w.money(total)), w.s.cell_bold),
            ]
        )
    w.table(rows, [0.3, 0.08, 0.14, 0.17, 0.17, 0.14])


def _signature(w: _Writer) -> None:
    r = None if w.c is None else w.c.report
    place = (r.signed_place if r else None) or "……………………"
    when = w.day(r.signed_on) if r and r.signed_on else "……………………"
    block = [
        Spacer(1, 6 * mm),
        pdf.para(w.t("done_at").format(place=place, date=when), w.s.body),
        Spacer(1, 3 * mm),
        pdf.para((r.signatory_name if r else None) or "", w.s.cell_bold),
        pdf.para((r.signatory_title if r else None) or "", w.s.body),
        Spacer(1, 2 * mm),
        pdf.para(w.t("signature"), w.s.small),
        Spacer(1, 22 * mm),
    ]
    w.story.append(KeepTogether(block))


def _header_painter(content: ReportContent | None, title: str) -> pdf.HeaderPainter:
    logo = None
    if content is not None and content.logo:
        try:
            logo = ImageReader(io.BytesIO(content.logo))
        except Exception:  # a damaged logo must not stop the report
            logo = None
    commune = content.commune if content else ""
    committee = (content.committee or "") if content else ""

    def paint(canvas: Canvas, _page: int) -> None:
        width, height = pdf.PAGE
        top = height - pdf.MARGIN
        x = pdf.MARGIN
        if logo is not None:
            canvas.drawImage(
                logo, x, top - 14 * mm, 14 * mm, 14 * mm, preserveAspectRatio=True, mask="auto"
            )
            x += 17 * mm
        canvas.setFont(pdf.FONT_BOLD, 11)
        canvas.drawString(x, top - 5 * mm, commune)
        canvas.setFont(pdf.FONT, 8)
        canvas.setFillColor(pdf.GREY)
        canvas.drawString(x, top - 10 * mm, committee)
        canvas.drawRightString(width - pdf.MARGIN, top - 5 * mm, title)
        canvas.setStrokeColor(pdf.LINE)
        canvas.line(pdf.MARGIN, top - 16 * mm, width - pdf.MARGIN, top - 16 * mm)

    return paint


def write_mission_report(
    path: Path,
    content: ReportContent | None,
    translate: Translate = _identity,
    locale: str = "fr",
    blank: bool = False,
) -> None:
    """``blank`` keeps the delegation's facts and members but leaves every text to write
    by hand; with no ``content`` at all, the whole template is empty."""
    w = _Writer(content, translate, locale)
    text_source = None if blank else content
    title = w.t("title")
    heading = title
    if content is not None:
        d = content.delegation
        heading = f"{title} — {d.partner_name} ({country_name(d.partner_country, locale)})"
    w.story.append(Paragraph(pdf.para_text(heading), w.s.title))
    if blank:
        w.story.append(pdf.para(w.t("blank"), w.s.small))
        w.story.append(Spacer(1, 2 * mm))
    _facts(w)
    report = text_source.report if text_source else None

    def section(key: str, value_key: str | None, lines: int) -> None:
        value = getattr(report, value_key) if report and value_key else None
        # Ruled lines to write on stay on the page of their heading.
        w.heading(key, 30 * mm if value else lines * 8 * mm + 14 * mm)
        w.text(value, lines)

    section("objectives", "objectives", 5)
    w.heading("delegation")
    _members(w)
    w.heading("programme")
    _programme(w)
    section("results", "results", 6)
    section("effects_here", "effects_here", 3)
    section("effects_there", "effects_there", 3)
    section("conclusions", "conclusions", 5)
    section("perspectives", "perspectives", 4)
    saved_content, w.c = w.c, text_source
    _next_steps(w)
    w.c = saved_content
    w.heading("costs")
    if blank:
        w.c = None
        _costs(w)
        w.c = saved_content
    else:
        _costs(w)
    section("distribution", "distribution", 3)
    if blank:
        w.c = None
        _signature(w)
        w.c = saved_content
    else:
        _signature(w)
    pdf.build(
        path,
        w.story,
        title=heading,
        header=_header_painter(content, title),
        page_label=w.t("page"),
        top_space=18 * mm,
    )


def suggested_file_name(content: ReportContent, translate: Translate = _identity) -> str:
    """ "rapport-de-mission-Łańcut-2026-06-25.pdf": the partner and the date, as asked."""
    stem = translate(CTX, T["title"]).lower().replace(" ", "-")
    d = content.delegation
    partner = "".join(ch for ch in d.partner_name if ch.isalnum() or ch in "-_ ").strip()
    return f"{stem}-{partner.replace(' ', '-')}-{d.start_date.isoformat()}.pdf"
