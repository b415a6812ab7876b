"""The few colours the app adds to the system's palette, readable on every palette.

A dark red that reads well on white vanishes on a dark theme, and a pale yellow cell
behind white text cannot be read at all. So every colour the window draws is named by
what it says (an error, a warning, a hint…), chosen for the palette in use (light or
dark), and checked against its background with the WCAG contrast ratio: when even the
dark variant falls short (a high-contrast theme), the palette's own text colour is used,
which the theme made readable.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# WCAG 2.1 level AA for normal text.
MIN_CONTRAST = 4.5


class Tone(Enum):
    """What a coloured text says; each has a light-theme and a dark-theme colour."""

    ERROR = ("#b00020", "#ff8a80")  # refused values, rows that will not be imported
    WARNING = ("#a33b00", "#ffb74d")  # asleep partners, deadlines close
    DOUBT = ("#7a6100", "#ffe082")  # duplicates, values to look at
    SUCCESS = ("#1b5e20", "#a5d6a7")  # an EU grant's conditions met
    MUTED = ("#555555", "#b8b8b8")  # hints, cancelled events, no exchange yet


class Fill(Enum):
    """A background behind the palette's text colour: pale on light, deep on dark."""

    UNSURE = ("#fff4c2", "#4d3d00")  # an imported value the user should check
    MARKED_DAY = ("#fde3c2", "#5c3300")  # a day with an event in the calendar
    NOTICE = ("#fff4ce", "#3d3300")  # a warning box above a form


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return _palette(palette).color(QPalette.ColorRole.Base).lightness() < 128


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tone(kind: Tone, palette: QPalette | None = None) -> QColor:
    """The colour for this kind of text on this palette's window and fields."""
    pal = _palette(palette)
    chosen = QColor(kind.value[1] if is_dark(pal) else kind.value[0])
    backgrounds = (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Window))
    if min(contrast(chosen, back) for back in backgrounds) >= MIN_CONTRAST:
        return chosen
    return pal.color(QPalette.ColorRole.Text)


def fill(kind: Fill, palette: QPalette | None = None) -> QColor:
    """A background under the palette's text; none (the base) when it would not read."""
    pal = _palette(palette)
    chosen = QColor(kind.value[1] if is_dark(pal) else kind.value[0])
    if contrast(chosen, pal.color(QPalette.ColorRole.Text)) >= MIN_CONTRAST:
        return chosen
    return pal.color(QPalette.ColorRole.Base)


def style_tone(widget: QWidget, kind: Tone | None, bold: bool = False) -> None:
    """Colour a label's text; None goes back to the palette's."""
    if kind is None:
        widget.setStyleSheet("")
        return
    weight = " font-weight: bold;" if bold else ""
    widget.setStyleSheet(f"color: {tone(kind).name()};{weight}")


def style_notice(widget: QWidget) -> None:
    """The framed warning box above a form (an unanswered question, a missing deliberation)."""
    back = fill(Fill.NOTICE)
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    border = tone(Tone.DOUBT)
    widget.setStyleSheet(
        f"background: {back.name()}; border: 1px solid {border.name()}; padding: 6px;"
        f" color: {text.name()};"
    )
