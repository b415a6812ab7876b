"""What every printed document shares: an embedded font, A4 styles, escaped user text,
a header repeated on each page and "page X / Y".

The font is DejaVu Sans from ``resources/fonts`` (Latin, Greek and Cyrillic), embedded in
every PDF so "Łódź", "Θεσσαλονίκη" or "Київ" never print as boxes on the mayor's printer.
Reportlab's paragraphs read a small markup language, so user text always goes through
:func:`para_text`: a ``<b>`` typed in a field prints as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from twinning_desk.export.atomic import atomic_path
from twinning_desk.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
PAGE = A4
MARGIN = 18 * mm
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8eef5")
LINE = colors.HexColor("#9aa5b1")


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resource_path("fonts")
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    centred: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4 * mm
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11
        ),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """Tables default to Helvetica for plain cells: every table starts from our font."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *commands])


def para_text(text: object) -> str:
    """User text for a Paragraph: markup characters escaped, line breaks kept."""
    if text is None:
        return ""
    return escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


class _NumberedCanvas(Canvas):
    """Draws "page X / Y" once the page count is known (pages are kept until save)."""

    label = "{page} / {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            text = self.label.format(page=self._pageNumber, pages=total)
            self.drawRightString(self._pagesize[0] - MARGIN, 10 * mm, text)
            super().showPage()
        super().save()


HeaderPainter = Callable[[Canvas, int], None]


def build(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    header: HeaderPainter | None = None,
    page_label: str = "{page} / {pages}",
    top_space: float = 0,
    landscape: bool = False,
) -> None:
    """Write a document through a temporary file renamed on success."""
    register_fonts()
    size = (PAGE[1], PAGE[0]) if landscape else PAGE

    class Canvas_(_NumberedCanvas):
        label = page_label

    with atomic_path(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + top_space,
            bottomMargin=MARGIN,
            title=title,
            author="Twinning Desk",
            # Not Helvetica: a standard font is never embedded and has no "ł".
            initialFontName=FONT,
            initialFontSize=10,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

        def on_page(canvas: Canvas, document: Any) -> None:
            if header is not None:
                canvas.saveState()
                header(canvas, document.page)
                canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        doc.build(story, canvasmaker=Canvas_)


def page_size(landscape: bool = False) -> tuple[float, float]:
    return (PAGE[1], PAGE[0]) if landscape else PAGE
