"""The annual activity report PDF (rapport d'activité) for the general assembly.

A cover line (the committee and the year), the year at a glance, the year's accounts as
the budget gives them (received, spent, and how much of it is linked to an event or a
delegation, said plainly), then per partner a short account written from the year's
events and delegations (when, who, where, how many) over a table of them, and the year
ahead (planned events and visits, charter anniversaries, financial reports due). Only
what took place by the report's ``today`` counts as done. Every page carries the
committee and the report's title.

The partner geography is the home dashboard's map: ``geography`` takes the flowable it
will provide (a map image, or a table) and prints it in its own section.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from twinning_desk.db.models import Direction
from twinning_desk.export import pdf
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.activity import ActivityItem, ActivityReport, AheadItem
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import PURPOSE_LABELS
from twinning_desk.services.events import DIRECTION_LABELS
from twinning_desk.services.money import format_money

Translate = Callable[[str, str], str]
CTX = "Printed"
T = {
    "title": QT_TRANSLATE_NOOP("Printed", "Activity report {year}"),
    "cover": QT_TRANSLATE_NOOP("Printed", "Year {year}"),
    "as_of": QT_TRANSLATE_NOOP("Printed", "Situation on {date}"),
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
    "what": QT_TRANSLATE_NOOP("Printed", "Action"),
    "results": QT_TRANSLATE_NOOP("Printed", "Results"),
    "total": QT_TRANSLATE_NOOP("Printed", "Total"),
    "nothing": QT_TRANSLATE_NOOP("Printed", "No event and no delegation this year."),
    "page": QT_TRANSLATE_NOOP("Printed", "Page {page} / {pages}"),
    "accounts": QT_TRANSLATE_NOOP("Printed", "The year’s accounts"),
    "budget_total": QT_TRANSLATE_NOOP("Printed", "Whole budget of the year"),
    "budget_linked": QT_TRANSLATE_NOOP("Printed", "of which linked to an event or a delegation"),
    "budget_unlinked": QT_TRANSLATE_NOOP(
        "Printed", "of which not linked to an action (running costs, annual subsidies, dues)"
    ),
    "result": QT_TRANSLATE_NOOP("Printed", "Result of the year (received less spent)"),
    "budget_note": QT_TRANSLATE_NOOP(
        "Printed",
        "Actual amounts of the {year} budget, contributions in kind apart. The amounts "
        "per partner and per action below are those of the budget lines linked to each "
        "event or delegation that took place.",
    ),
    "when_range": QT_TRANSLATE_NOOP("Printed", "from {start} to {end}"),
    "when_day": QT_TRANSLATE_NOOP("Printed", "on {day}"),
    "narr_incoming": QT_TRANSLATE_NOOP(
        "Printed",
        "{when}, {commune} received a delegation from {partner} ({purpose}); "
        "participants: {count}.",
    ),
    "narr_outgoing": QT_TRANSLATE_NOOP(
        "Printed",
        "{when}, a delegation from {commune} travelled to {partner} ({purpose}); "
        "participants: {count}.",
    ),
    "narr_event": QT_TRANSLATE_NOOP("Printed", "{when}, “{title}”{place}; participants: {count}."),
    "narr_event_invited": QT_TRANSLATE_NOOP(
        "Printed",
        "{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.",
    ),
    "narr_results": QT_TRANSLATE_NOOP("Printed", "Results: {results}"),
    "ahead": QT_TRANSLATE_NOOP("Printed", "The year ahead"),
    "ahead_intro": QT_TRANSLATE_NOOP("Printed", "What is planned or due from {start} to {end}."),
    "ahead_nothing": QT_TRANSLATE_NOOP(
        "Printed", "Nothing planned yet for the next twelve months."
    ),
    "ahead_kind": QT_TRANSLATE_NOOP("Printed", "Kind"),
    "kind_event": QT_TRANSLATE_NOOP("Printed", "Event"),
    "kind_delegation": QT_TRANSLATE_NOOP("Printed", "Visit"),
    "kind_anniversary": QT_TRANSLATE_NOOP("Printed", "Anniversary"),
    "kind_report_due": QT_TRANSLATE_NOOP("Printed", "Report due"),
    "ahead_incoming": QT_TRANSLATE_NOOP("Printed", "Delegation from {partner} received"),
    "ahead_outgoing": QT_TRANSLATE_NOOP("Printed", "Delegation travelling to {partner}"),
    "ahead_anniversary": QT_TRANSLATE_NOOP(
        "Printed", "{years} years of the twinning with {partner}"
    ),
    "ahead_report": QT_TRANSLATE_NOOP("Printed", "Financial report to send: {what}"),
    "geography": QT_TRANSLATE_NOOP("Printed", "Where our partners are"),
}


def _identity(_context: str, text: str) -> str:
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_activity_report(
    path: Path,
    report: ActivityReport,
    translate: Translate = _identity,
    locale: str = "fr",
    geography: Flowable | None = None,
) -> None:
    s = pdf.styles()
    header_style = ParagraphStyle("head8", parent=s.cell_bold, fontSize=8, leading=10)
    width = pdf.PAGE[0] - 2 * pdf.MARGIN

    def t(key: str) -> str:
        return translate(CTX, T[key])

    def money(cents: int) -> str:
        return format_money(cents, "EUR", locale).replace(" ", "\u00a0")  # one line

    def num(value: int) -> str:
        """1 184 with the language's thousands separator (a narrow no-break space in French)."""
        return format_decimal(value, locale=locale)

    def day(value: Any) -> str:
        return format_day(value, locale)

    def when(item: ActivityItem) -> str:
        if item.end and item.end != item.start:
            return t("when_range").format(start=day(item.start), end=day(item.end))
        return t("when_day").format(day=day(item.start))

    def invited_text(counts: dict[str, int]) -> str:
        parts = sorted(counts.items(), key=lambda kv: -kv[1])
        return ", ".join(f"{country_name(code, locale)} {num(n)}" for code, n in parts if n)

    def table(rows: list[list[Any]], widths: list[float], bold_last: bool = False) -> Table:
        cols = [width * w for w in widths]
        head = [pdf.fit(h, header_style, c) for h, c in zip(rows[0], cols, strict=True)]
        body = [
            [
                v if isinstance(v, Flowable) else pdf.fit(v, s.cell, c)
                for v, c in zip(row, cols, strict=True)
            ]
            for row in rows[1:]
        ]
        result = Table([head, *body], colWidths=cols, repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, pdf.LINE),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if bold_last:
            commands.append(("BACKGROUND", (0, -1), (-1, -1), pdf.LIGHT))
        result.setStyle(pdf.table_style(*commands))
        return result

    def heading(text: str) -> list[Flowable]:
        return [CondPageBreak(40 * mm), Paragraph(pdf.para_text(text), s.heading)]

    def partner_name(name: str, code: str) -> str:
        return f"{name} ({country_name(code, locale)})" if name else t("no_partner")

    title = t("title").format(year=report.year)
    committee = report.committee or report.commune
    story: list[Flowable] = [
        Paragraph(pdf.para_text(title), s.title),
        pdf.para(f"{committee} — {t('cover').format(year=report.year)}", s.heading),
    ]
    if report.today.year == report.year:
        story.append(pdf.para(t("as_of").format(date=day(report.today)), s.small))

    # ------------------------------------------------------------ the year at a glance
    story += heading(t("summary"))
    invited_total = sum(report.invited.values())
    figures = [
        [t("events"), num(report.events)],
        [t("delegations"), num(report.delegations)],
        [t("received"), num(report.received_visits)],
        [t("made"), num(report.made_visits)],
        [t("local"), num(report.local)],
        [
            t("invited"),
            f"{num(invited_total)} ({invited_text(report.invited)})" if report.invited else "0",
        ],
    ]
    key_figures = Table(
        [
            [pdf.fit(k, s.cell_bold, 60 * mm), pdf.fit(v, s.cell, width - 60 * mm)]
            for k, v in figures
        ],
        colWidths=[60 * mm, width - 60 * mm],
        hAlign="LEFT",
    )
    key_figures.setStyle(pdf.table_style(("LINEBELOW", (0, 0), (-1, -1), 0.3, pdf.LINE)))
    story.append(key_figures)

    # ------------------------------------------------------------ the accounts
    b = report.budget
    story += heading(t("accounts"))
    rows: list[list[Any]] = [
        ["", t("income"), t("spent")],
        [
            Paragraph(pdf.para_text(t("budget_total")), s.cell_bold),
            Paragraph(pdf.para_text(money(b.received_cents)), s.cell_bold),
            Paragraph(pdf.para_text(money(b.spent_cents)), s.cell_bold),
        ],
        [t("budget_linked"), money(b.linked_received_cents), money(b.linked_spent_cents)],
        [
            t("budget_unlinked"),
            money(b.received_cents - b.linked_received_cents),
            money(b.spent_cents - b.linked_spent_cents),
        ],
        [
            Paragraph(pdf.para_text(t("result")), s.cell_bold),
            Paragraph(pdf.para_text(money(b.result_cents)), s.cell_bold),
            "",
        ],
    ]
    accounts = table(rows, [0.56, 0.22, 0.22], bold_last=True)
    story += [
        accounts,
        Spacer(1, 2 * mm),
        pdf.para(t("budget_note").format(year=report.year), s.small),
    ]

    # ------------------------------------------------------------ by partner
    story += heading(t("by_partner"))
    if not report.partners:
        story.append(pdf.para(t("nothing"), s.body))
    else:
        rows = [
            [t("partner"), t("events"), t("delegations"), t("participants"), t("spent")]
            + [t("income")]
        ]
        for g in report.partners:
            rows.append(
                [
                    partner_name(g.name, g.country_code),
                    num(g.events),
                    num(g.delegations),
                    num(g.participants),
                    money(g.spent_cents),
                    money(g.received_cents),
                ]
            )
        rows.append(
            [
                Paragraph(pdf.para_text(t("total")), s.cell_bold),
                num(report.events),
                num(report.delegations),
                num(report.local + invited_total),
                money(report.spent_cents),
                money(report.received_cents),
            ]
        )
        story.append(table(rows, [0.25, 0.15, 0.15, 0.15, 0.15, 0.15], bold_last=True))

    def what(item: ActivityItem) -> str:
        if item.kind == "delegation":
            direction = translate("Labels", DIRECTION_LABELS[item.direction or Direction.INCOMING])
            purpose = translate("Labels", PURPOSE_LABELS.get(item.title, item.title))
            return f"{direction} — {purpose}"
        return item.title

    def sentence(item: ActivityItem, partner: str) -> str:
        if item.kind == "delegation":
            key = "narr_incoming" if item.direction == Direction.INCOMING else "narr_outgoing"
            text = t(key).format(
                when=when(item),
                commune=report.commune,
                partner=partner or report.commune,
                purpose=translate("Labels", PURPOSE_LABELS.get(item.title, item.title)).lower(),
                count=num(item.participants),
            )
        else:
            invited = sum(item.invited.values())
            text = t("narr_event_invited" if invited else "narr_event").format(
                when=when(item),
                title=item.title,
                place=f" ({item.place})" if item.place else "",
                count=num(item.participants),
                invited=num(invited),
            )
        text = _capital(text)
        if item.results:
            text += " " + t("narr_results").format(results=" ".join(item.results.split()))
        return text

    for g in report.partners:
        block: list[Flowable] = [
            Paragraph(pdf.para_text(partner_name(g.name, g.country_code)), s.heading)
        ]
        for item in g.items:
            block.append(pdf.para(sentence(item, g.name), s.body))
            block.append(Spacer(1, 1 * mm))
        story += [CondPageBreak(60 * mm), *block, Spacer(1, 1 * mm)]
        rows = [[t("date"), t("what"), t("participants"), t("results"), t("spent"), t("income")]]
        for item in g.items:
            dates = day(item.start)
            if item.end and item.end != item.start:
                dates += " – " + day(item.end)
            people = num(item.participants)
            if item.invited:
                people += f" ({invited_text(item.invited)})"
            rows.append(
                [
                    dates,
                    what(item),
                    people,
                    item.results or "",
                    money(item.spent_cents),
                    money(item.received_cents),
                ]
            )
        story.append(table(rows, [0.15, 0.21, 0.15, 0.21, 0.14, 0.14]))

    # ------------------------------------------------------------ the year ahead
    from_day = report.today.toordinal() + 1
    story += heading(t("ahead"))
    if not report.ahead:
        story.append(pdf.para(t("ahead_nothing"), s.body))
    else:
        start = type(report.today).fromordinal(from_day)
        end = type(report.today).fromordinal(report.today.toordinal() + 365)
        story.append(pdf.para(t("ahead_intro").format(start=day(start), end=day(end)), s.body))
        story.append(Spacer(1, 2 * mm))

        def ahead_text(a: AheadItem) -> str:
            if a.kind == "delegation":
                key = "ahead_incoming" if a.direction == Direction.INCOMING else "ahead_outgoing"
                return t(key).format(partner=a.text)
            if a.kind == "anniversary":
                return t("ahead_anniversary").format(years=a.years, partner=a.text)
            if a.kind == "report_due":
                return t("ahead_report").format(what=a.text)
            return a.text

        rows = [[t("date"), t("ahead_kind"), t("what")]]
        rows += [[day(a.day), t(f"kind_{a.kind}"), ahead_text(a)] for a in report.ahead]
        story.append(table(rows, [0.16, 0.18, 0.66]))

    if geography is not None:
        # The heading goes with the map, never alone at the foot of a page.
        story.append(KeepTogether([*heading(t("geography")), geography]))

    def header(canvas: Canvas, _page: int, _group: Any) -> None:
        page_width, page_height = canvas._pagesize
        top = page_height - pdf.MARGIN
        canvas.setFont(pdf.FONT_BOLD, 9)
        canvas.setFillColor(colors.black)
        canvas.drawString(pdf.MARGIN, top - 4 * mm, committee)
        canvas.drawRightString(page_width - pdf.MARGIN, top - 4 * mm, title)
        canvas.setStrokeColor(pdf.LINE)
        canvas.line(pdf.MARGIN, top - 6.5 * mm, page_width - pdf.MARGIN, top - 6.5 * mm)

    pdf.build(path, story, title=title, header=header, page_label=t("page"), top_space=10 * mm)
