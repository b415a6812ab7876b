"""The partners' map for a brochure or the general assembly: an A4 landscape page (PDF,
or PNG rendered from that very page) with the map, its legend and the records.

The map is drawn with reportlab's vector graphics, so it prints sharp at any size; the
PNG is the PDF's page rendered by PDFium, so both files always show the same thing.
:func:`map_flowables` gives the same map as flowables, for a longer document (the
activity report) to include.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from twinning_desk.export import pdf
from twinning_desk.export.atomic import atomic_path
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import format_day
from twinning_desk.services.geo import (
    equal_earth,
    great_circle_points,
    map_frame,
    projected_world,
    split_at_antimeridian,
)
from twinning_desk.services.geography import Geography, MapStatus
from twinning_desk.services.geography_text import (
    ARC_COLOUR,
    BORDER_COLOUR,
    HOME_COLOUR,
    HOME_LABEL,
    LAND_COLOUR,
    SEA_COLOUR,
    SOURCE,
    STATUS_COLOURS,
    STATUS_LABELS,
    record_lines,
)

Translate = Callable[[str, str], str]
CTX = "Map"
T = {
    "title": QT_TRANSLATE_NOOP("Map", "Our partners — {commune}"),
    "untitled": QT_TRANSLATE_NOOP("Map", "Our partners"),
    "legend": QT_TRANSLATE_NOOP("Map", "Legend"),
    "records": QT_TRANSLATE_NOOP("Map", "Records"),
    "made_on": QT_TRANSLATE_NOOP("Map", "Made on {date} with Twinning Desk."),
    "no_home": QT_TRANSLATE_NOOP(
        "Map", "The home commune has no position yet: distances are not shown."
    ),
}
PNG_DPI = 150
MAP_FORMATS = (".pdf", ".png")


def _identity(_context: str, text: str) -> str:
    return text


def _colour(hex_colour: str) -> colors.Color:
    return colors.HexColor(hex_colour)


def draw_map(
    canvas: Canvas,
    geo: Geography,
    x: float,
    y: float,
    width: float,
    height: float,
    view: str = "auto",
    labels: bool = True,
) -> None:
    """The map in the rectangle (x, y, width, height) of the canvas, clipped to it."""
    home = geo.home
    placed = geo.placed
    points = [(p.latitude, p.longitude) for p in placed if p.latitude is not None]
    home_point = (
        (home.latitude, home.longitude)
        if home is not None and home.latitude is not None and home.longitude is not None
        else None
    )
    framed = [*points, *([home_point] if home_point else [])]
    x0, y0, x1, _y1 = map_frame([(a, b) for a, b in framed if b is not None], width / height, view)
    scale = width / (x1 - x0)

    def page(px: float, py: float) -> tuple[float, float]:
        return x + (px - x0) * scale, y + (py - y0) * scale

    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(_colour(SEA_COLOUR))
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    land = canvas.beginPath()
    for ring in projected_world():
        first = True
        for px, py in ring:
            if first:
                land.moveTo(*page(px, py))
                first = False
            else:
                land.lineTo(*page(px, py))
        land.close()
    canvas.setFillColor(_colour(LAND_COLOUR))
    canvas.setStrokeColor(_colour(BORDER_COLOUR))
    canvas.setLineWidth(0.4)
    canvas.setLineJoin(1)
    canvas.drawPath(land, stroke=1, fill=1, fillMode=1)  # even-odd: lakes stay holes

    if home_point is not None:
        canvas.setStrokeColor(_colour(ARC_COLOUR))
        canvas.setLineWidth(0.6)
        for p in placed:
            assert p.latitude is not None and p.longitude is not None
            arc = great_circle_points(home_point[0], home_point[1], p.latitude, p.longitude)
            for piece in split_at_antimeridian(arc):
                path = canvas.beginPath()
                path.moveTo(*page(*equal_earth(*piece[0])))
                for lat, lon in piece[1:]:
                    path.lineTo(*page(*equal_earth(lat, lon)))
                canvas.drawPath(path, stroke=1, fill=0)

    font_size = 6.5
    taken: list[tuple[float, float, float, float]] = []
    if home_point is not None and home is not None:
        hx, hy = page(*equal_earth(*home_point))
        taken.append(
            (hx - 3, hy - 3, hx + 5 + canvas.stringWidth(home.name, pdf.FONT_BOLD, 7), hy + 5)
        )
    marks = []
    for p in placed:
        assert p.latitude is not None and p.longitude is not None
        px, py = page(*equal_earth(p.latitude, p.longitude))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.6)
        canvas.setFillColor(_colour(STATUS_COLOURS[p.status]))
        canvas.circle(px, py, 2.6, stroke=1, fill=1)
        marks.append((px, py, p.name))
    if labels:
        # A name that would cover another is left out: the point stays, and a crowded
        # region stays readable (the records and the tab's hover still name everyone).
        canvas.setFont(pdf.FONT, font_size)
        canvas.setFillColor(colors.HexColor("#263238"))
        for px, py, name in marks:
            text_width = canvas.stringWidth(name, pdf.FONT, font_size)
            left = px + 3.6
            if left + text_width > x + width:  # at the right edge: the name goes left
                left = px - 3.6 - text_width
            box = (left - 0.2, py, left + text_width + 0.2, py + 7)
            if any(_overlap(box, other) for other in taken):
                continue
            taken.append(box)
            canvas.drawString(left, py + 1.2, name)
    if home_point is not None and home is not None:
        hx, hy = page(*equal_earth(*home_point))
        canvas.setFillColor(_colour(HOME_COLOUR))
        canvas.setStrokeColor(colors.white)
        canvas.rect(hx - 3, hy - 3, 6, 6, stroke=1, fill=1)
        canvas.setFont(pdf.FONT_BOLD, 7)
        canvas.drawString(hx + 4.5, hy - 2.5, home.name)
    canvas.restoreState()
    canvas.setStrokeColor(pdf.LINE)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, width, height, stroke=1, fill=0)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _legend(geo: Geography, translate: Translate) -> list[tuple[str, str]]:
    """(colour, label) for the home commune and each status shown on the map."""
    shown = {p.status for p in geo.placed}
    entries = [(HOME_COLOUR, translate(CTX, HOME_LABEL))] if geo.home is not None else []
    entries += [
        (STATUS_COLOURS[s], translate(CTX, STATUS_LABELS[s])) for s in MapStatus.ALL if s in shown
    ]
    return entries


def draw_page(
    canvas: Canvas, geo: Geography, translate: Translate, locale: str, today: Any = None
) -> None:
    """One A4 landscape page: title, map on the left, legend and records on the right."""
    s = pdf.styles()
    page_w, page_h = pdf.page_size(landscape=True)
    margin = 12 * mm
    column = 78 * mm
    gap = 6 * mm
    title = (
        translate(CTX, T["title"]).format(commune=geo.home.name)
        if geo.home is not None and geo.home.name
        else translate(CTX, T["untitled"])
    )
    canvas.setTitle(title)
    canvas.setAuthor("Twinning Desk")
    heading = Paragraph(pdf.para_text(title), s.title)
    _w, h = heading.wrap(page_w - 2 * margin, 30 * mm)
    heading.drawOn(canvas, margin, page_h - margin - h)
    top = page_h - margin - h - 3 * mm
    bottom = margin + 6 * mm
    map_w = page_w - 2 * margin - column - gap
    draw_map(canvas, geo, margin, bottom, map_w, top - bottom)

    cx = margin + map_w + gap
    cy = top
    flow: list[Flowable] = [Paragraph(pdf.para_text(translate(CTX, T["legend"])), s.heading)]
    for colour, label in _legend(geo, translate):
        flow.append(_Swatch(colour, label, column, square=colour == HOME_COLOUR))
    flow.append(Paragraph(pdf.para_text(translate(CTX, T["records"])), s.heading))
    if geo.home is None or not geo.home.placed:
        flow.append(Paragraph(pdf.para_text(translate(CTX, T["no_home"])), s.small))
    for line in record_lines(geo, translate, locale):
        text = f"<b>{pdf.para_text(line.label)}</b><br/>{pdf.para_text(line.text)}"
        if line.tie:
            text += f"<br/><i>{pdf.para_text(line.tie)}</i>"
        flow.append(Paragraph(text, s.cell))
        flow.append(Spacer(1, 1.5 * mm))
    for item in flow:
        _w, h = item.wrap(column, cy - bottom)
        if cy - h < bottom:
            break  # a very long "not placed" list: the page ends, the map stays whole
        item.drawOn(canvas, cx, cy - h)
        cy -= h
    canvas.setFont(pdf.FONT, 7)
    canvas.setFillColor(pdf.GREY)
    footer = translate(CTX, SOURCE)
    if today is not None:
        footer += " " + translate(CTX, T["made_on"]).format(date=format_day(today, locale))
    canvas.drawString(margin, margin, footer)


class _Swatch(Flowable):
    """A coloured mark and its label: one line of the legend."""

    def __init__(self, colour: str, label: str, width: float, square: bool = False) -> None:
        super().__init__()
        self.colour, self.label, self.width, self.square = colour, label, width, square
        self.height = 5 * mm

    def wrap(self, _avail_w: float, _avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(_colour(self.colour))
        c.setStrokeColor(colors.white)
        if self.square:
            c.rect(1, self.height / 2 - 3, 6, 6, stroke=1, fill=1)
        else:
            c.circle(4, self.height / 2, 3, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont(pdf.FONT, 9)
        c.drawString(12, self.height / 2 - 3, self.label)


class PartnerMapFlowable(Flowable):
    """The map alone, as a flowable of a given size (for the activity report)."""

    def __init__(self, geo: Geography, width: float, height: float, view: str = "auto") -> None:
        super().__init__()
        self.geo, self.width, self.height, self.view = geo, width, height, view

    def wrap(self, _avail_w: float, _avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_map(self.canv, self.geo, 0, 0, self.width, self.height, self.view)


def map_flowables(
    geo: Geography, translate: Translate = _identity, locale: str = "fr", width: float = 170 * mm
) -> list[Flowable]:
    """The map, its legend and the records, for another document's story."""
    s = pdf.styles()
    story: list[Flowable] = [PartnerMapFlowable(geo, width, width * 0.55), Spacer(1, 2 * mm)]
    story.append(
        Paragraph(
            " · ".join(
                f'<font color="{colour}">●</font> {pdf.para_text(label)}'
                for colour, label in _legend(geo, translate)
            ),
            s.small,
        )
    )
    for line in record_lines(geo, translate, locale):
        colon = "\u00a0:" if locale.startswith("fr") else ":"
        text = f"<b>{pdf.para_text(line.label)}{colon}</b> {pdf.para_text(line.text)}"
        story.append(Paragraph(text, s.cell))
    story.append(Paragraph(pdf.para_text(translate(CTX, SOURCE)), s.small))
    return story


def _pdf_bytes(geo: Geography, translate: Translate, locale: str, today: Any) -> bytes:
    pdf.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pdf.page_size(landscape=True))
    draw_page(canvas, geo, translate, locale, today)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_partner_map(
    path: Path,
    geo: Geography,
    translate: Translate = _identity,
    locale: str = "fr",
    today: Any = None,
) -> None:
    """Write the map page as ``.pdf`` or ``.png`` (A4 landscape at 150 dpi), by suffix."""
    suffix = path.suffix.lower()
    if suffix not in MAP_FORMATS:
        raise ValueError(f"unsupported map format: {path.suffix}")
    data = _pdf_bytes(geo, translate, locale, today)
    with atomic_path(path) as tmp:
        if suffix == ".pdf":
            Path(tmp).write_bytes(data)
        else:
            _render_png(data, Path(tmp))


def _render_png(data: bytes, target: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        bitmap = document[0].render(scale=PNG_DPI / 72)
        bitmap.to_pil().save(target, format="PNG", optimize=True)
    finally:
        document.close()


def report_geography(
    geo: Geography, translate: Translate = _identity, locale: str = "fr"
) -> Flowable | None:
    """The map, legend and records for the activity report; None while the commune has
    no position (the report then says nothing of geography rather than print an empty
    frame)."""
    if geo.home is None:
        return None
    return KeepTogether(map_flowables(geo, translate, locale, width=170 * mm))
