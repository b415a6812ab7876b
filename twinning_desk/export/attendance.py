"""Attendance lists (listes de présence) and the host families' list.

EU town-twinning grants count only participants who signed, one list per invited town.
Each list goes to a different town, so each is numbered on its own ("Page 1 / 2"), and
every page of it repeats the mairie's heading, the title, both towns, the dates, the
place and the grant reference: a page separated from the others still says what it is.
Names are printed, empty numbered rows follow for walk-ins, every row is tall enough to
sign, and each list ends with the organiser's certification (name, function, date,
signature). Cells wrap between words; an e-mail address breaks at "@" or ".".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from twinning_desk.db.models import Direction
from twinning_desk.export import pdf
from twinning_desk.export.spreadsheet import Sheet, write_xlsx
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import PURPOSE_LABELS, is_visitor, member_country
from twinning_desk.services.text import fold

Translate = Callable[[str, str], str]
CTX = "Printed"
T = {
    "attendance": QT_TRANSLATE_NOOP("Printed", "Attendance list"),
    "host_town": QT_TRANSLATE_NOOP("Printed", "Host town"),
    "invited_town": QT_TRANSLATE_NOOP("Printed", "Invited town"),
    "dates": QT_TRANSLATE_NOOP("Printed", "Dates"),
    "place": QT_TRANSLATE_NOOP("Printed", "Place"),
    "grant": QT_TRANSLATE_NOOP("Printed", "Grant reference"),
    "number": QT_TRANSLATE_NOOP("Printed", "No."),
    "name": QT_TRANSLATE_NOOP("Printed", "First name and SURNAME"),
    "town": QT_TRANSLATE_NOOP("Printed", "Town"),
    "country": QT_TRANSLATE_NOOP("Printed", "Country"),
    "email": QT_TRANSLATE_NOOP("Printed", "Email"),
    "signature": QT_TRANSLATE_NOOP("Printed", "Signature"),
    "page": QT_TRANSLATE_NOOP("Printed", "Page {page} / {pages}"),
    "certify": QT_TRANSLATE_NOOP(
        "Printed",
        "By signing, each participant certifies having taken part in the activity above.",
    ),
    "hosting": QT_TRANSLATE_NOOP("Printed", "Host families"),
    "visitor": QT_TRANSLATE_NOOP("Printed", "Visitor"),
    "host": QT_TRANSLATE_NOOP("Printed", "Host family"),
    "address": QT_TRANSLATE_NOOP("Printed", "Address"),
    "phone": QT_TRANSLATE_NOOP("Printed", "Phone"),
    "needs": QT_TRANSLATE_NOOP("Printed", "Diet and health"),
    "no_host": QT_TRANSLATE_NOOP("Printed", "(no host yet)"),
    "confidential": QT_TRANSLATE_NOOP(
        "Printed", "Contains health information: keep it safe and destroy it after the visit."
    ),
    "mairie": QT_TRANSLATE_NOOP("Printed", "Town hall of {commune}"),
    "organiser": QT_TRANSLATE_NOOP("Printed", "Organised by: {committee}"),
    "certification": QT_TRANSLATE_NOOP("Printed", "Certification by the organiser"),
    "certify_organiser": QT_TRANSLATE_NOOP(
        "Printed",
        "I, the undersigned, organiser of the activity, certify that this list is accurate "
        "and was signed by the participants present.",
    ),
    "cert_name": QT_TRANSLATE_NOOP("Printed", "Name"),
    "cert_function": QT_TRANSLATE_NOOP("Printed", "Function"),
    "cert_date": QT_TRANSLATE_NOOP("Printed", "Date"),
}


def _identity(_context: str, text: str) -> str:
    return text


@dataclass
class Participant:
    name: str = ""
    town: str = ""
    country_code: str = ""
    email: str = ""


@dataclass
class AttendanceSheet:
    """One list: the invited town and who is expected from it."""

    invited_town: str
    invited_country: str
    participants: list[Participant] = field(default_factory=list)
    expected: int = 0  # rows to print when names are not known (an event's counts)


@dataclass
class AttendanceDocument:
    title: str
    host_town: str
    host_country: str
    start: date
    end: date
    place: str
    grant_reference: str | None
    sheets: list[AttendanceSheet]
    commune: str = ""  # the home commune, whose mairie heads every page
    committee: str | None = None  # named as organiser under the mairie
    mairie_address: str | None = None
    logo: bytes | None = None


def _t(translate: Translate, key: str) -> str:
    return translate(CTX, T[key])


def _sheet_header(
    document: AttendanceDocument,
    sheet: AttendanceSheet,
    translate: Translate,
    locale: str,
) -> Table:
    """The title and facts every page of a list repeats, as one table."""
    s = pdf.styles()
    dates = format_day(document.start, locale)
    if document.end != document.start:
        dates += " – " + format_day(document.end, locale)
    facts = [
        (
            _t(translate, "host_town"),
            f"{document.host_town} ({country_name(document.host_country, locale)})",
        ),
        (
            _t(translate, "invited_town"),
            f"{sheet.invited_town} ({country_name(sheet.invited_country, locale)})",
        ),
        (_t(translate, "dates"), dates),
        (_t(translate, "place"), document.place),
        (_t(translate, "grant"), document.grant_reference or "—"),
    ]
    width = pdf.PAGE[0] - 2 * pdf.MARGIN
    label = 45 * mm
    title = f"{_t(translate, 'attendance')} — {document.title}"
    rows: list[list[Any]] = [[pdf.fit(title, s.heading, width), ""]]
    rows += [[pdf.fit(k, s.cell_bold, label), pdf.fit(v, s.cell, width - label)] for k, v in facts]
    table = Table(rows, colWidths=[label, width - label], hAlign="LEFT")
    table.setStyle(
        pdf.table_style(
            ("SPAN", (0, 0), (-1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return table


# Room at the top of each page for the mairie's heading and the list's facts.
HEADER_SPACE = 58 * mm


def _certification(translate: Translate, committee: str | None) -> Flowable:
    """The organiser certifies the list: name, function, date and signature."""
    s = pdf.styles()
    width = pdf.PAGE[0] - 2 * pdf.MARGIN
    widths = [width * r for r in (0.3, 0.25, 0.15, 0.3)]
    keys = ("cert_name", "cert_function", "cert_date", "signature")
    name = committee or ""
    table = Table(
        [
            [pdf.fit(_t(translate, k), s.cell_bold, w) for k, w in zip(keys, widths, strict=True)],
            [pdf.fit(name, s.small, widths[0]), "", "", ""],
        ],
        colWidths=widths,
        rowHeights=[None, 20 * mm],
    )
    table.setStyle(
        pdf.table_style(
            ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        )
    )
    return KeepTogether(
        [
            Spacer(1, 5 * mm),
            Paragraph(pdf.para_text(_t(translate, "certification")), s.heading),
            pdf.para(_t(translate, "certify_organiser"), s.body),
            Spacer(1, 2 * mm),
            table,
        ]
    )


def write_attendance(
    path: Path,
    document: AttendanceDocument,
    translate: Translate = _identity,
    locale: str = "fr",
    walk_in_rows: int = 8,
) -> None:
    s = pdf.styles()
    story: list[Flowable] = []
    small = ParagraphStyle("list", parent=s.cell, fontSize=8, leading=10)
    small_bold = ParagraphStyle("list_bold", parent=s.cell_bold, fontSize=8, leading=10)
    widths = [10 * mm, 44 * mm, 34 * mm, 22 * mm, 38 * mm]
    widths.append(pdf.PAGE[0] - 2 * pdf.MARGIN - sum(widths))
    keys = ("number", "name", "town", "country", "email", "signature")
    for index, sheet in enumerate(document.sheets):
        if index:
            story.append(PageBreak())
        story.append(pdf.PageGroup(sheet))
        rows: list[list[Any]] = [
            [pdf.fit(_t(translate, k), small_bold, w) for k, w in zip(keys, widths, strict=True)]
        ]
        people = sorted(sheet.participants, key=lambda p: fold(p.name))
        for n, p in enumerate(people, start=1):
            country = country_name(p.country_code, locale) if p.country_code else ""
            rows.append(
                [
                    str(n),
                    pdf.fit(p.name, small, widths[1]),
                    pdf.fit(p.town, small, widths[2]),
                    pdf.fit(country, small, widths[3]),
                    pdf.fit(p.email, small, widths[4]),
                    "",
                ]
            )
        blank = max(sheet.expected - len(people), 0) + walk_in_rows
        for n in range(len(people) + 1, len(people) + blank + 1):
            rows.append([str(n), "", "", "", "", ""])
        # 12 mm: room for a signature, however short the name.
        table = Table(
            rows, colWidths=widths, repeatRows=1, rowHeights=[None] + [12 * mm] * (len(rows) - 1)
        )
        table.setStyle(
            pdf.table_style(
                ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
                ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            )
        )
        story += [table, Spacer(1, 3 * mm), pdf.para(_t(translate, "certify"), s.small)]
        story.append(_certification(translate, document.committee))
    head = pdf.Letterhead(
        commune=document.commune or document.host_town,
        mairie=_t(translate, "mairie").format(commune=document.commune or document.host_town),
        address=document.mairie_address,
        organiser=_t(translate, "organiser").format(committee=document.committee)
        if document.committee
        else None,
        logo=document.logo,
    )
    letterhead = pdf.letterhead_painter(head)

    def header(canvas: Canvas, _page: int, sheet: Any) -> None:
        letterhead(canvas)
        if isinstance(sheet, AttendanceSheet):
            facts = _sheet_header(document, sheet, translate, locale)
            width, height = canvas._pagesize
            _w, h = facts.wrapOn(canvas, width - 2 * pdf.MARGIN, HEADER_SPACE)
            facts.drawOn(canvas, pdf.MARGIN, height - pdf.MARGIN - 21 * mm - h)

    pdf.build(
        path,
        story,
        title=f"{_t(translate, 'attendance')} — {document.title}",
        header=header,
        page_label=_t(translate, "page"),
        top_space=HEADER_SPACE,
    )


def _commune_fields(services: Any) -> dict[str, Any]:
    profile = services.commune.get()
    return {
        "commune": profile.name if profile else "",
        "committee": profile.committee_name if profile else None,
        "logo": profile.logo if profile else None,
        "mairie_address": services.reports.mairie_address(),
    }


# ---------------------------------------------------------------- from the services


def delegation_attendance(
    services: Any, delegation_id: int, translate: Translate = _identity
) -> AttendanceDocument:
    """One sheet per town the members come from, the host town's own people last."""
    data = services.delegations.get(delegation_id)
    home_name, home_country = services.delegations.home()
    incoming = data.direction == Direction.INCOMING
    host_town, host_country = (
        (home_name, home_country) if incoming else (data.partner_name, data.partner_country)
    )
    groups: dict[tuple[str, str], list[Participant]] = {}
    for m in data.members:
        country = member_country(m, data.partner_country, home_country)
        town = m.town or (data.partner_name if m.invited else home_name)
        groups.setdefault((town, country), []).append(
            Participant(m.name, town, country, m.email or "")
        )
    keys = sorted(groups, key=lambda k: (fold(k[0]) == fold(host_town), fold(k[0])))
    if not keys:
        keys = [
            (data.partner_name, data.partner_country) if incoming else (home_name, home_country)
        ]
        groups[keys[0]] = []
    purpose = translate("Labels", PURPOSE_LABELS.get(data.purpose, data.purpose))
    return AttendanceDocument(
        title=f"{purpose} — {data.partner_name}",
        host_town=host_town,
        host_country=host_country,
        start=data.start_date,
        end=data.end_date or data.start_date,
        place=host_town,
        grant_reference=data.grant_reference,
        sheets=[AttendanceSheet(k[0], k[1], groups[k]) for k in keys],
        **_commune_fields(services),
    )


def event_attendance(services: Any, event_id: int) -> AttendanceDocument:
    """Events hold counts, not names: one sheet per invited partner (or country) with as
    many numbered rows as people expected."""
    event = services.events.get(event_id)
    home_name, home_country = services.delegations.home()
    partners = {p[0]: (p[1], p[2]) for p in services.delegations.partner_choices()}
    sheets: dict[tuple[str, str], AttendanceSheet] = {}
    for count in event.invited:
        name, country = partners.get(count.partner_id or -1, ("", count.country_code))
        key = (name or country_name(count.country_code), count.country_code)
        sheet = sheets.setdefault(key, AttendanceSheet(key[0], count.country_code))
        sheet.expected += count.count
    for pid in event.partner_ids:
        name, country = partners.get(pid, ("", ""))
        if name and not any(k[0] == name for k in sheets):
            sheets[(name, country)] = AttendanceSheet(name, country)
    start = event.start.date()
    return AttendanceDocument(
        title=event.title,
        host_town=home_name,
        host_country=home_country,
        start=start,
        end=(event.end or event.start).date(),
        place=event.place or home_name,
        grant_reference=None,
        sheets=list(sheets.values()) or [AttendanceSheet(home_name, home_country)],
        **_commune_fields(services),
    )


# ---------------------------------------------------------------- hosting list


@dataclass
class HostingRow:
    visitor: str
    visitor_country: str
    host: str
    address: str
    phone: str
    needs: str


def hosting_rows(
    services: Any,
    delegation_id: int,
    include_sensitive: bool,
    translate: Translate = _identity,
    locale: str = "fr",
) -> tuple[str, list[HostingRow]]:
    data = services.delegations.get(delegation_id)
    hosts = {h.id: h for h in services.people.households()}
    rows = []
    for m in data.members:
        if not is_visitor(m.invited, data.direction):
            continue
        host = hosts.get(m.host_id) if m.host_id else None
        needs = ", ".join(x for x in (m.diet, m.needs) if x) if include_sensitive else ""
        rows.append(
            HostingRow(
                visitor=m.name,
                visitor_country=m.country_code or data.partner_country,
                host=host.name if host else _t(translate, "no_host"),
                address=(host.address or "") if host else "",
                phone=(host.phone or "") if host else "",
                needs=needs,
            )
        )
    rows.sort(key=lambda r: (fold(r.host), fold(r.visitor)))
    return f"{data.partner_name} — {format_day(data.start_date, locale)}", rows


def write_hosting_pdf(
    path: Path,
    title: str,
    rows: Sequence[HostingRow],
    include_sensitive: bool,
    translate: Translate = _identity,
    locale: str = "fr",
) -> None:
    s = pdf.styles()
    keys = ["host", "address", "phone", "visitor", "country"] + (
        ["needs"] if include_sensitive else []
    )
    width = pdf.page_size(landscape=True)[0] - 2 * pdf.MARGIN
    ratios = [0.17, 0.25, 0.12, 0.18, 0.1] + ([0.18] if include_sensitive else [])
    total = sum(ratios)
    cols = [width * r / total for r in ratios]
    table_rows: list[list[Any]] = [
        [pdf.fit(_t(translate, k), s.cell_bold, c) for k, c in zip(keys, cols, strict=True)]
    ]
    for r in rows:
        values = [r.host, r.address, r.phone, r.visitor, country_name(r.visitor_country, locale)]
        if include_sensitive:
            values.append(r.needs)
        table_rows.append([pdf.fit(v, s.cell, c) for v, c in zip(values, cols, strict=True)])
    table = Table(table_rows, colWidths=cols, repeatRows=1)
    table.setStyle(
        pdf.table_style(
            ("GRID", (0, 0), (-1, -1), 0.5, pdf.LINE),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    story: list[Flowable] = [
        Paragraph(pdf.para_text(_t(translate, "hosting")), s.title),
        pdf.para(title, s.heading),
    ]
    if include_sensitive:
        story.append(pdf.para(_t(translate, "confidential"), s.small))
    story += [Spacer(1, 3 * mm), table]
    pdf.build(
        path,
        story,
        title=f"{_t(translate, 'hosting')} — {title}",
        page_label=_t(translate, "page"),
        landscape=True,
    )


def write_hosting_xlsx(
    path: Path,
    rows: Sequence[HostingRow],
    include_sensitive: bool,
    translate: Translate = _identity,
    locale: str = "fr",
) -> None:
    keys = ["host", "address", "phone", "visitor", "country"] + (
        ["needs"] if include_sensitive else []
    )
    values: list[Sequence[Any]] = []
    for r in rows:
        row = [r.host, r.address, r.phone, r.visitor, country_name(r.visitor_country, locale)]
        if include_sensitive:
            row.append(r.needs)
        values.append(row)
    write_xlsx(path, [Sheet(_t(translate, "hosting"), [_t(translate, k) for k in keys], values)])
