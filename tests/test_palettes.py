"""Readable on the palettes people use: light, dark, and both high-contrast themes.

Every colour the app adds is checked against the backgrounds it is drawn on with the
WCAG contrast ratio (4.5:1, level AA), and no colour is written into a widget outside
the one module that checks them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory
from pytestqt.qtbot import QtBot

import twinning_desk
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.ui.common.colours import MIN_CONTRAST, Fill, Tone, contrast, fill, tone
from twinning_desk.ui.common.record_dialog import ErrorLabel


def _palette(window: str, base: str, text: str) -> QPalette:
    pal = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        pal.setColor(role, QColor(window))
    pal.setColor(QPalette.ColorRole.Base, QColor(base))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(base))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(role, QColor(text))
    return pal


PALETTES = {
    "light": lambda: QStyleFactory.create("Fusion").standardPalette(),
    "dark": lambda: _palette("#2d2d2d", "#1e1e1e", "#f0f0f0"),
    "high contrast black": lambda: _palette("#000000", "#000000", "#ffffff"),
    "high contrast white": lambda: _palette("#ffffff", "#ffffff", "#000000"),
    # A grey theme where neither colour set reads: the palette's own text takes over.
    "mid grey": lambda: _palette("#808080", "#808080", "#000000"),
}


def test_the_contrast_ratio_matches_the_wcag_reference_values() -> None:
    # Black on white is 21:1; the same colour 1:1; #777 on white is the known 4.48:1.
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
def test_every_coloured_text_reads_on_every_palette(qapp: QApplication, name: str) -> None:
    pal = PALETTES[name]()
    for kind in Tone:
        colour = tone(kind, pal)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            ratio = contrast(colour, pal.color(role))
            assert ratio >= MIN_CONTRAST, f"{kind.name} on {role.name}: {ratio:.2f}"
    for kind in Fill:
        back = fill(kind, pal)
        ratio = contrast(back, pal.color(QPalette.ColorRole.Text))
        assert ratio >= MIN_CONTRAST, f"text on {kind.name}: {ratio:.2f}"


def test_a_dark_theme_gets_the_light_variants(qapp: QApplication) -> None:
    dark, light = PALETTES["dark"](), PALETTES["light"]()
    assert tone(Tone.ERROR, dark).lightness() > tone(Tone.ERROR, light).lightness()
    assert fill(Fill.UNSURE, dark).lightness() < fill(Fill.UNSURE, light).lightness()


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    qapp.setPalette(PALETTES["dark"]())
    yield qapp
    qapp.setPalette(before)


def _stylesheet_colour(label: QLabel) -> QColor:
    found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    assert found, label.styleSheet()
    return QColor(found[1])


def test_a_refusal_reads_on_a_dark_theme(qtbot: QtBot, dark_app: QApplication) -> None:
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_error("Le nom est obligatoire.")
    window = dark_app.palette().color(QPalette.ColorRole.Window)
    assert contrast(_stylesheet_colour(label), window) >= MIN_CONTRAST


def test_the_window_on_a_dark_theme_is_screenshotted(
    qtbot: QtBot, dark_app: QApplication, demo_commune: Services, tmp_path: Path
) -> None:
    """The partners table's asleep and unplaced marks, drawn on the dark base."""
    from twinning_desk.ui.app.main_window import MainWindow

    window = MainWindow(
        demo_commune,
        Gazetteer(tmp_path / "none.sqlite3"),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.partners_tab.model
    base = dark_app.palette().color(QPalette.ColorRole.Base)
    coloured = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            brush = model.index(row, column).data(0x0009)  # ForegroundRole
            if brush is not None:
                coloured += 1
                assert contrast(brush.color(), base) >= MIN_CONTRAST
    assert coloured > 0  # the demo has asleep partners: the check saw some colours
    shot = tmp_path / "dark.png"
    assert window.grab().save(str(shot))
    if os.environ.get("TWINNING_SHOTS"):  # to look at it: TWINNING_SHOTS=/some/folder
        window.grab().save(str(Path(os.environ["TWINNING_SHOTS"]) / "dark-partners.png"))
    assert shot.stat().st_size > 10_000


def test_no_colour_is_written_outside_the_checked_module() -> None:
    package = Path(twinning_desk.__file__).parent / "ui"
    allowed = {"colours.py", "forecast_chart.py"}  # the chart's two bar fills, not text
    literal = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b[\"';)]")
    found = [
        f"{path.name}: {line.strip()}"
        for path in package.rglob("*.py")
        if path.name not in allowed
        for line in path.read_text(encoding="utf-8").splitlines()
        if literal.search(line)
    ]
    assert not found, found
