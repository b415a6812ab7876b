"""What every printed document shares: an embedded font, A4 styles, escaped user text,
a header repeated on each page and "page X / Y" (per document, or per list when a file
holds several lists that go to different people).

Wrapping is the layout's job, not luck's: every style breaks lines between words only
(``splitLongWords`` off, no hyphenation dictionary), a compound such as
"Saint-Aubin-des-Vignes" may break after one of its own hyphens, and :func:`fit` shrinks
a cell's font rather than cut a word that is wider than its column, and breaks an e-mail
address at its "@" or a ".", never inside a word. ReportLab would break a line at a
narrow no-break space (U+202F, the French thousands separator), so :func:`para_text`
prints it as a no-break space.

The font is DejaVu Sans from ``resources/fonts`` (Latin, Greek and Cyrillic), embedded in
every PDF so "Łódź", "Θεσσαλονίκη" or "Київ" never print as boxes on the mayor's printer.
Reportlab's paragraphs read a small markup language, so user text always goes through
:func:`para_text`: a ``<b>`` typed in a field prints as typed.
"""

from __future__ import annotations

import io
import re
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
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
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


# Lines break between words: never inside one (splitLongWords), never by a hyphenation
# dictionary; a compound name may break after one of its own hyphens.
WRAP = {
    "splitLongWords": 0,
    "hyphenationLang": "",
    "embeddedHyphenation": 1,
    "uriWasteReduce": 0,
}


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, **WRAP)
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
    """User text for a Paragraph: markup characters escaped, line breaks kept, and the
    narrow no-break space (where ReportLab would break a line) as a no-break space."""
    if text is None:
        return ""
    value = escape(str(text)).replace("\u202f", "\u00a0")
    return value.replace("\r\n", "\n").replace("\n", "<br/>")


_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
# Room a table cell takes around its text (ReportLab's default padding, both sides).
CELL_PADDING = 12


def _break_email(address: str, width: float, font: str, size: float) -> list[str]:
    """The address in lines no wider than ``width``, broken before a "@" or a "." only."""
    pieces = re.split(r"(?=[@.])", address)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and stringWidth(current + piece, font, size) > width:
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return lines


def _widest_word(text: str, font: str, size: float) -> float:
    words = [w for line in text.split("\n") for w in re.split(r"[ \t]+", line) if w]
    widest = 0.0
    for word in words:
        # A compound may break after its own hyphens, an e-mail address before its "@"
        # or a ".": only its widest part must fit.
        if _EMAIL.match(word):
            parts = re.split(r"(?=[@.])", word)
        else:
            parts = re.findall(r"[^-]+-?", word.replace("\u202f", "\u00a0")) or [word]
        widest = max(widest, *(stringWidth(p, font, size) for p in parts))
    return widest


def fit(text: object, style: ParagraphStyle, width: float, smallest: float = 6) -> Paragraph:
    """A cell's paragraph for a column ``width`` points wide (padding included): an e-mail
    address breaks at "@" or "."; a word wider than the column makes the font smaller
    (down to ``smallest`` points) instead of being cut."""
    value = "" if text is None else str(text)
    room = width - CELL_PADDING
    size = style.fontSize
    while size > smallest and _widest_word(value, style.fontName, size) > room:
        size -= 0.5
    if size != style.fontSize:
        style = ParagraphStyle(
            f"{style.name}-{size}",
            parent=style,
            fontSize=size,
            leading=size * style.leading / style.fontSize,
        )
    if _EMAIL.match(value.strip()):
        lines = _break_email(value.strip(), room, style.fontName, style.fontSize)
        return Paragraph("<br/>".join(para_text(line) for line in lines), style)
    return Paragraph(para_text(value), style)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


class PageGroup(Flowable):
    """Starts a group of pages numbered on their own ("Page 1 / 2" for each attendance
    list), carrying what the group's pages repeat in their header (``data``).

    Zero-sized; put it first on the group's first page (after a page break)."""

    def __init__(self, data: Any = None) -> None:
        super().__init__()
        self.data = data
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.page_group = getattr(canvas, "page_group", -1) + 1
        canvas.page_group_data = self.data


class _NumberedCanvas(Canvas):
    """Draws "page X / Y" once the page count is known (pages are kept until save); X and
    Y count the pages of the page's group when the document has :class:`PageGroup`s."""

    label = "{page} / {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.page_group = -1
        self.page_group_data: Any = None

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        groups = [state.get("page_group", -1) for state in self._pages]
        for index, state in enumerate(self._pages):
            self.__dict__.update(state)
            group = groups[index]
            page = groups[: index + 1].count(group)
            pages = groups.count(group)
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            text = self.label.format(page=page, pages=pages)
            self.drawRightString(self._pagesize[0] - MARGIN, 10 * mm, text)
            super().showPage()
        super().save()


# Paints a page's header and footer once its content is drawn: (canvas, page number in
# the file, data of the page's PageGroup or None).
HeaderPainter = Callable[[Canvas, int, Any], None]


def build(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    header: HeaderPainter | None = None,
    page_label: str = "{page} / {pages}",
    top_space: float = 0,
    bottom_space: float = 0,
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
            bottomMargin=MARGIN + bottom_space,
            title=title,
            author="Twinning Desk",
            # Not Helvetica: a standard font is never embedded and has no "ł".
            initialFontName=FONT,
            initialFontSize=10,
        )
        # No padding: tables as wide as the text line up with the paragraphs.
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def on_page_end(canvas: Canvas, document: Any) -> None:
            # At the end of the page, so a PageGroup drawn on it is already known.
            if header is not None:
                canvas.saveState()
                header(canvas, document.page, getattr(canvas, "page_group_data", None))
                canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_page_end)])
        doc.build(story, canvasmaker=Canvas_)


def page_size(landscape: bool = False) -> tuple[float, float]:
    return (PAGE[1], PAGE[0]) if landscape else PAGE


@dataclass(frozen=True)
class Letterhead:
    """The mairie's heading: its logo, "Mairie de …" and address; the committee named as
    organiser under it when the document is the committee's."""

    commune: str
    mairie: str  # "Mairie de Saint-Aubin-des-Vignes", in the document's language
    address: str | None = None
    organiser: str | None = None  # "Organisé par le Comité de jumelage …"
    logo: bytes | None = None


LETTERHEAD_HEIGHT = 20 * mm


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # a damaged logo must not stop the document
        return None


def letterhead_painter(head: Letterhead, right: str = "") -> Callable[[Canvas], None]:
    """Paints the heading at the top of a page, ``right`` (the document's title) on the
    right, over a rule ``LETTERHEAD_HEIGHT`` below the top margin."""
    logo = _logo(head.logo)

    def paint(canvas: Canvas) -> None:
        width, height = canvas._pagesize
        top = height - MARGIN
        x = MARGIN
        if logo is not None:
            canvas.drawImage(
                logo, x, top - 16 * mm, 16 * mm, 16 * mm, preserveAspectRatio=True, mask="auto"
            )
            x += 19 * mm
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(x, top - 4 * mm, head.mairie)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        y = top - 8.5 * mm
        for line in (head.address or "").splitlines()[:2]:
            canvas.drawString(x, y, line.strip())
            y -= 3.5 * mm
        if head.organiser:
            canvas.setFont(FONT_ITALIC, 8)
            canvas.drawString(x, y, head.organiser)
        if right:
            canvas.setFont(FONT_BOLD, 9)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(width - MARGIN, top - 4 * mm, right)
        canvas.setStrokeColor(LINE)
        canvas.line(MARGIN, top - 18 * mm, width - MARGIN, top - 18 * mm)

    return paint
