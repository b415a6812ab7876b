"""The mission report PDF (rapport de mission), the hosting report of a visit received
(compte rendu d'accueil), and their blank template.

A4, the mairie's heading on every page (logo, "Mairie de …", address, the committee as
organiser) with "page X / Y", sections in the order mayors sign them: objectives,
delegation (with each élu's mandat spécial: deliberation number and date), programme
day by day, results and effects, conclusions, perspectives and next steps, costs and
financing as two tables that balance (charges, the élus' allowances included; produits:
subsidies, the partner's share, participants' contributions; the balance left to the
commune or the committee), distribution list, and a signature block with the name, the
function, "Fait à …, le …" and room for the mairie's stamp.

A delegation whose report was never saved prints a one-page summary of what the file
knows, then the sections blank, dated blank: a printout never claims today's date. The
blank template keeps the same layout with ruled lines, for mayors who write on paper.
All user text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
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
from twinning_desk.services.reports import CostLine, ReportContent

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
    "title_incoming": QT_TRANSLATE_NOOP("Printed", "Hosting report"),
    "mairie": QT_TRANSLATE_NOOP("Printed", "Town hall of {commune}"),
    "organiser": QT_TRANSLATE_NOOP("Printed", "Organised by: {committee}"),
    "partner_incoming": QT_TRANSLATE_NOOP("Printed", "Delegation received from"),
    "objectives_incoming": QT_TRANSLATE_NOOP(
        "Printed", "Objectives of the visit and link with the partnership"
    ),
    "delegation_incoming": QT_TRANSLATE_NOOP("Printed", "The delegation received"),
    "programme_incoming": QT_TRANSLATE_NOOP("Printed", "Programme of the visit and people met"),
    "mandat_none": QT_TRANSLATE_NOOP("Printed", "no deliberation recorded"),
    "charges": QT_TRANSLATE_NOOP("Printed", "Expenses"),
    "produits": QT_TRANSLATE_NOOP("Printed", "Income"),
    "subsidies": QT_TRANSLATE_NOOP("Printed", "Subsidies"),
    "partner_share": QT_TRANSLATE_NOOP("Printed", "Share of the partner town"),
    "contributions": QT_TRANSLATE_NOOP("Printed", "Participants’ contributions and other income"),
    "allowance_line": QT_TRANSLATE_NOOP("Printed", "Mission allowance: {name}"),
    "left_to_pay": QT_TRANSLATE_NOOP("Printed", "Balance borne by the commune or the committee"),
    "surplus": QT_TRANSLATE_NOOP("Printed", "Surplus"),
    "total_charges": QT_TRANSLATE_NOOP("Printed", "Total expenses"),
    "total_produits": QT_TRANSLATE_NOOP("Printed", "Total income"),
    "signatory": QT_TRANSLATE_NOOP("Printed", "Name: {name}"),
    "function": QT_TRANSLATE_NOOP("Printed", "Function: {function}"),
    "stamp": QT_TRANSLATE_NOOP("Printed", "Stamp of the town hall"),
    "summary": QT_TRANSLATE_NOOP("Printed", "Summary"),
    "draft": QT_TRANSLATE_NOOP(
        "Printed",
        "No report has been saved for this delegation yet: the sections after this page "
        "are left blank, to be filled in by hand.",
    ),
}
# The parts of an incoming visit's report that are worded for a visit received.
INCOMING = {
    "title": "title_incoming",
    "partner": "partner_incoming",
    "objectives": "objectives_incoming",
    "delegation": "delegation_incoming",
    "programme": "programme_incoming",
}
BLANK_LINE = "…………………………"


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

    @property
    def incoming(self) -> bool:
        return self.c is not None and self.c.delegation.direction == Direction.INCOMING

    def t(self, key: str) -> str:
        if self.incoming:
            key = INCOMING.get(key, key)
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

    def table(
        self, rows: list[list[Any]], widths: list[float], extra: tuple[Any, ...] = ()
    ) -> None:
        total = pdf.PAGE[0] - 2 * pdf.MARGIN
        header = [
            pdf.fit(h, self.s.cell_bold, total * w) for h, w in zip(rows[0], widths, strict=True)
        ]
        body = [
            [
                v if isinstance(v, Flowable) else pdf.fit(v, self.s.cell, total * w)
                for v, w in zip(row, widths, strict=True)
            ]
            for row in rows[1:]
        ]
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
            *extra,
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
    width = pdf.PAGE[0] - 2 * pdf.MARGIN
    table = Table(
        [
            [pdf.fit(k, w.s.cell_bold, 45 * mm), pdf.fit(v, w.s.cell, width - 45 * mm)]
            for k, v in rows
        ],
        colWidths=[45 * mm, width - 45 * mm],
        rowHeights=height,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if c is None:
        commands.append(("LINEBELOW", (1, 0), (1, -1), 0.4, pdf.LINE))
    table.setStyle(pdf.table_style(*commands))
    w.story.append(table)


def _members(w: _Writer) -> None:
    """Each élu of the commune who travels has the deliberation of the mandat spécial
    printed beside the name; a visit received shows no mandat column."""
    if w.incoming:
        rows: list[list[Any]] = [[w.t("name"), w.t("role")]]
        assert w.c is not None
        for m in w.c.delegation.members:
            name = m.name or w.translate("Labels", "(anonymous person)")
            rows.append([name, w.translate("Labels", ROLE_LABELS[m.role])])
        w.table(rows, [0.6, 0.4])
        return
    rows = [[w.t("name"), w.t("role"), w.t("mandat")]]
    if w.c is None:
        rows += [["", "", ""] for _ in range(6)]
    else:
        for m in w.c.delegation.members:
            mandat = ""
            if m.role == MemberRole.ELECTED and not m.invited:
                if m.mandat_number or m.mandat_date:
                    mandat = w.t("mandat_ref").format(
                        number=m.mandat_number or BLANK_LINE,
                        date=w.day(m.mandat_date) or BLANK_LINE,
                    )
                else:
                    mandat = w.t("mandat_none")
            name = m.name or w.translate("Labels", "(anonymous person)")
            rows.append([name, w.translate("Labels", ROLE_LABELS[m.role]), mandat])
    w.table(rows, [0.36, 0.24, 0.40])


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


def _next_steps(w: _Writer, blank: bool) -> None:
    rows: list[list[Any]] = [[w.t("action"), w.t("owner"), w.t("due")]]
    if blank or w.c is None:
        rows += [["", "", ""] for _ in range(4)]
    else:
        if not w.c.report.next_steps:
            return
        rows += [[s.text, s.owner or "", w.day(s.due_date)] for s in w.c.report.next_steps]
    w.story.append(Spacer(1, 2 * mm))
    w.table(rows, [0.6, 0.22, 0.18])


def _income_group(line: CostLine, partner: str) -> str:
    """Where an income line goes: subsidies (account 74), the partner town's share (a
    funder of kind "partner", or named as the partner), or the participants'
    contributions and other income."""
    if line.funding_kind == "partner" or (
        line.funder and line.funder.casefold() == partner.casefold()
    ):
        return "partner_share"
    if line.category_code.startswith("74"):
        return "subsidies"
    return "contributions"


def _allowance_lines(w: _Writer) -> list[CostLine]:
    assert w.c is not None
    lines = []
    for a in w.c.report.allowances:
        cents = allowance_cents(a.days, a.daily_rate_cents, a.free_nights, a.free_meals)
        if cents:
            label = w.t("allowance_line").format(name=a.name)
            lines.append(CostLine(label, BudgetKind.CHARGE, cents, cents))
    return lines


def _money_table(
    w: _Writer, title: str, groups: list[tuple[str | None, list[CostLine]]], total_label: str
) -> tuple[int, int]:
    """One side of the account: its lines (under group titles), then its total."""
    rows: list[list[Any]] = [[title, w.t("forecast"), w.t("actual")]]
    bold_rows = []
    forecast = actual = 0
    for group, lines in groups:
        if group is not None:
            bold_rows.append(len(rows))
            rows.append([Paragraph(pdf.para_text(group), w.s.cell_bold), "", ""])
        for line in lines:
            rows.append([line.label, w.money(line.forecast_cents), w.money(line.actual_cents)])
            forecast += line.forecast_cents
            actual += line.actual_cents
    rows.append(
        [
            Paragraph(pdf.para_text(total_label), w.s.cell_bold),
            Paragraph(pdf.para_text(w.money(forecast)), w.s.cell_bold),
            Paragraph(pdf.para_text(w.money(actual)), w.s.cell_bold),
        ]
    )
    extra: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, -1), (-1, -1), pdf.LIGHT),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]
    extra += [("SPAN", (0, r), (-1, r)) for r in bold_rows]
    w.table(rows, [0.6, 0.2, 0.2], tuple(extra))
    return forecast, actual


def _blank_money(w: _Writer, title: str, groups: list[str | None], total_label: str) -> None:
    rows: list[list[Any]] = [[title, w.t("forecast"), w.t("actual")]]
    for group in groups:
        if group is not None:
            rows.append([Paragraph(pdf.para_text(group), w.s.cell_bold), "", ""])
        rows += [["", "", ""] for _ in range(2 if group else 4)]
    rows.append([Paragraph(pdf.para_text(total_label), w.s.cell_bold), "", ""])
    w.table(rows, [0.6, 0.2, 0.2], (("BACKGROUND", (0, -1), (-1, -1), pdf.LIGHT),))


def _costs(w: _Writer, blank: bool) -> None:
    """Charges then produits; a balancing line (the part left to the commune or the
    committee, or a surplus) makes the two totals equal, column by column."""
    c = w.c
    income_groups = ["subsidies", "partner_share", "contributions"]
    if blank or c is None:
        _blank_money(w, w.t("charges"), [None], w.t("total_charges"))
        w.story.append(Spacer(1, 3 * mm))
        _blank_money(w, w.t("produits"), [w.t(g) for g in income_groups], w.t("total_produits"))
    else:
        charges = [line for line in c.costs if line.kind == BudgetKind.CHARGE]
        charges += _allowance_lines(w)
        income = [line for line in c.costs if line.kind == BudgetKind.PRODUIT]
        if not charges and not income:
            w.story.append(pdf.para(w.t("no_costs"), w.s.small))
        else:
            charge_f = sum(x.forecast_cents for x in charges)
            charge_a = sum(x.actual_cents for x in charges)
            income_f = sum(x.forecast_cents for x in income)
            income_a = sum(x.actual_cents for x in income)
            surplus = CostLine(
                w.t("surplus"),
                BudgetKind.CHARGE,
                max(income_f - charge_f, 0),
                max(income_a - charge_a, 0),
            )
            left = CostLine(
                w.t("left_to_pay"),
                BudgetKind.PRODUIT,
                max(charge_f - income_f, 0),
                max(charge_a - income_a, 0),
            )
            if surplus.forecast_cents or surplus.actual_cents:
                charges.append(surplus)
            _money_table(w, w.t("charges"), [(None, charges)], w.t("total_charges"))
            w.story.append(Spacer(1, 3 * mm))
            groups: list[tuple[str | None, list[CostLine]]] = []
            for key in income_groups:
                lines = [x for x in income if _income_group(x, c.delegation.partner_name) == key]
                if lines:
                    groups.append((w.t(key), lines))
            if left.forecast_cents or left.actual_cents:
                groups.append((None, [left]))
            _money_table(w, w.t("produits"), groups, w.t("total_produits"))
    if w.incoming:
        return
    allowances = [] if blank or c is None else c.report.allowances
    allowances = [a for a in allowances if a.daily_rate_cents]
    if not blank and c is not None and not allowances:
        return
    w.story.append(Spacer(1, 3 * mm))
    w.story.append(Paragraph(pdf.para_text(w.t("allowances")), w.s.cell_bold))
    w.story.append(Spacer(1, 1 * mm))
    rows: list[list[Any]] = [
        [w.t("name"), w.t("days"), w.t("rate"), w.t("nights"), w.t("meals"), w.t("total")]
    ]
    if blank or c is None:
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
    w.table(rows, [0.28, 0.1, 0.14, 0.17, 0.17, 0.14])


def _signature(w: _Writer, blank: bool) -> None:
    """ "Fait à …, le …", the name and function of who signs, and a box for the stamp.
    The date is the one saved with the report, never the day of printing."""
    r = None if blank or w.c is None or not w.c.report.saved else w.c.report
    place = (r.signed_place if r else None) or BLANK_LINE
    when = w.day(r.signed_on) if r and r.signed_on else BLANK_LINE
    name = (r.signatory_name if r else None) or BLANK_LINE
    function = (r.signatory_title if r else None) or BLANK_LINE
    width = pdf.PAGE[0] - 2 * pdf.MARGIN
    left = [
        pdf.para(w.t("done_at").format(place=place, date=when), w.s.body),
        Spacer(1, 3 * mm),
        pdf.para(w.t("signatory").format(name=name), w.s.body),
        pdf.para(w.t("function").format(function=function), w.s.body),
        Spacer(1, 2 * mm),
        pdf.para(w.t("signature"), w.s.small),
    ]
    stamp = [pdf.para(w.t("stamp"), w.s.small)]
    table = Table(
        [[left, stamp]],
        colWidths=[width - 62 * mm, 62 * mm],
        rowHeights=[42 * mm],
    )
    table.setStyle(
        pdf.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (1, 0), (1, 0), 0.6, pdf.LINE),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        )
    )
    w.story.append(KeepTogether([Spacer(1, 6 * mm), table]))


def letterhead(content: ReportContent | None, translate: Translate) -> pdf.Letterhead:
    if content is None:
        return pdf.Letterhead(commune="", mairie="", address=None)
    committee = content.committee
    return pdf.Letterhead(
        commune=content.commune,
        mairie=translate(CTX, T["mairie"]).format(commune=content.commune),
        address=content.mairie_address,
        organiser=translate(CTX, T["organiser"]).format(committee=committee) if committee else None,
        logo=content.logo,
    )


def _header_painter(
    content: ReportContent | None, title: str, translate: Translate
) -> pdf.HeaderPainter:
    paint = pdf.letterhead_painter(letterhead(content, translate), title)

    def header(canvas: Canvas, _page: int, _group: Any) -> None:
        paint(canvas)

    return header


def write_mission_report(
    path: Path,
    content: ReportContent | None,
    translate: Translate = _identity,
    locale: str = "fr",
    blank: bool = False,
) -> None:
    """``blank`` keeps the delegation's facts and members but leaves every text to write
    by hand; with no ``content`` at all, the whole template is empty. A report never
    saved prints a summary page, then the sections blank."""
    w = _Writer(content, translate, locale)
    draft = content is not None and not blank and not content.report.saved
    blank_text = blank or draft
    title = w.t("title")
    heading = title
    if content is not None:
        d = content.delegation
        heading = f"{title} — {d.partner_name} ({country_name(d.partner_country, locale)})"
    w.story.append(Paragraph(pdf.para_text(heading), w.s.title))
    if blank:
        w.story.append(pdf.para(w.t("blank"), w.s.small))
        w.story.append(Spacer(1, 2 * mm))
    report = None if blank_text or content is None else content.report

    def section(key: str, value_key: str | None, lines: int) -> None:
        value = getattr(report, value_key) if report and value_key else None
        # Ruled lines to write on stay on the page of their heading.
        w.heading(key, 30 * mm if value else lines * 8 * mm + 14 * mm)
        if report is None:
            w.story.append(RuledLines(lines))
        else:
            w.text(value, lines)

    if draft:
        w.story.append(Paragraph(pdf.para_text(w.t("summary")), w.s.heading))
    _facts(w)
    if draft:
        w.heading("delegation")
        _members(w)
        w.heading("costs")
        _costs(w, blank=False)
        w.story.append(Spacer(1, 4 * mm))
        w.story.append(pdf.para(w.t("draft"), w.s.small))
        w.story.append(PageBreak())
    section("objectives", "objectives", 5)
    if not draft:
        w.heading("delegation")
        _members(w)
    w.heading("programme")
    _programme(w)
    section("results", "results", 6)
    section("effects_here", "effects_here", 3)
    section("effects_there", "effects_there", 3)
    section("conclusions", "conclusions", 5)
    section("perspectives", "perspectives", 4)
    _next_steps(w, blank_text)
    if not draft:
        w.heading("costs")
        _costs(w, blank)
    section("distribution", "distribution", 3)
    _signature(w, blank_text)
    pdf.build(
        path,
        w.story,
        title=heading,
        header=_header_painter(content, title, translate),
        page_label=w.t("page"),
        top_space=20 * mm,
    )


def suggested_file_name(content: ReportContent, translate: Translate = _identity) -> str:
    """ "rapport-de-mission-Łańcut-2026-06-25.pdf": the partner and the date, as asked."""
    key = "title_incoming" if content.delegation.direction == Direction.INCOMING else "title"
    stem = translate(CTX, T[key]).lower().replace(" ", "-").replace("’", "-")
    d = content.delegation
    partner = "".join(ch for ch in d.partner_name if ch.isalnum() or ch in "-_ ").strip()
    return f"{stem}-{partner.replace(' ', '-')}-{d.start_date.isoformat()}.pdf"
