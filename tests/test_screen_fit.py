"""Every window fits a 1366×768 laptop: 1366×728 once the task bar is taken.

Each dialog is opened on the demo commune, in French and in German (the longest), and
its minimum size, and the size it actually opens at, must fit; its buttons must lie
inside it. A dialog that grows past the screen hides its OK button from a secretary.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QDialog, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.translation import install_translators

SCREEN_W, SCREEN_H = 1366, 728


def _factories(s: Services, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    from twinning_desk.ui.app.commune_wizard import CommuneWizard
    from twinning_desk.ui.app.main_window import MainWindow
    from twinning_desk.ui.app.settings_dialog import SettingsDialog
    from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog, SubsidyDialog
    from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
    from twinning_desk.ui.delegations.people_dialog import DirectoryDialog
    from twinning_desk.ui.delegations.report_dialog import ReportDialog
    from twinning_desk.ui.events.event_dialog import EventDialog
    from twinning_desk.ui.partners.partner_dialog import AgreementDialog, PartnerDialog

    gazetteer = Gazetteer(tmp_path / "g.sqlite3")
    build_gazetteer(
        gazetteer.path,
        [
            {
                "geonameid": 1,
                "name": "Frankfurt am Main",
                "alternatenames": ["Francfort-sur-le-Main"],
                "latitude": 50.11,
                "longitude": 8.68,
                "countrycode": "DE",
                "population": 650000,
                "timezone": "Europe/Berlin",
            }
        ],
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    partner = s.partners.find_id("Łańcut", "PL")
    event = s.events.rows()[0].id
    delegation = s.delegations.rows()[0].id
    year = s.budget.current_year()
    return {
        "main window": lambda: MainWindow(s, gazetteer, settings),
        "settings": lambda: SettingsDialog(s, gazetteer, "fr"),
        "partner": lambda: PartnerDialog(s.partners, gazetteer, partner),
        "agreement": lambda: AgreementDialog(None),
        "event": lambda: EventDialog(s.events, s.partners, event),
        "delegation": lambda: DelegationDialog(s.delegations, s.people, delegation),
        "mission report": lambda: ReportDialog(s.reports, delegation, settings),
        "directory": lambda: DirectoryDialog(s.people, settings, []),
        "budget line": lambda: BudgetLineDialog(s.budget, s.events, year),
        "subsidy": lambda: SubsidyDialog(s.budget, year),
        "wizard": lambda: CommuneWizard(s, gazetteer),
        "report preview": lambda: _preview(ReportDialog(s.reports, delegation, settings)),
        "import preview": lambda: _import(s, gazetteer, tmp_path),
    }


def _preview(report: Any) -> QWidget:
    preview = report.preview()
    assert preview is not None
    return preview


def _import(s: Services, gazetteer: Gazetteer, tmp_path: Path) -> QWidget:
    from openpyxl import Workbook

    from twinning_desk.ui.partners.import_partners import ImportPartnersDialog

    wb = Workbook()
    wb.active.append(["Ville", "Pays", "Type de lien", "Date de signature", "Remarques"])
    wb.active.append(["Francfort-sur-le-Main", "Allemagne", "Ville jumelle", "1973", "x" * 80])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    return ImportPartnersDialog(s.partners, path, None, gazetteer)


def _scrolls(child: QWidget, top: QWidget) -> bool:
    parent = child.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


NAMES = [
    "main window",
    "settings",
    "partner",
    "agreement",
    "event",
    "delegation",
    "mission report",
    "directory",
    "budget line",
    "subsidy",
    "wizard",
    "report preview",
    "import preview",
]


@pytest.mark.parametrize("lang", ["fr", "de"])
@pytest.mark.parametrize("name", NAMES)
def test_every_window_fits_a_1366x768_screen(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path, name: str, lang: str
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, lang)
    try:
        widget: Any = _factories(demo_commune, tmp_path)[name]()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        assert minimum.width() <= SCREEN_W and minimum.height() <= SCREEN_H, (
            f"{name} needs at least {minimum.width()}×{minimum.height()}"
        )
        screen = widget.screen().geometry()
        assert (screen.width(), screen.height()) == (1366, 768)  # conftest's laptop screen
        size = widget.frameGeometry().size()
        assert size.width() <= SCREEN_W and size.height() <= SCREEN_H, (
            f"{name} opens at {size.width()}×{size.height()}"
        )
        for button in widget.findChildren(QAbstractButton):
            if _scrolls(button, widget):
                continue  # reached by scrolling, like the rest of a long form
            if button.isVisibleTo(widget) and button.text():
                corner = button.mapTo(widget, button.rect().bottomRight())
                assert corner.x() <= widget.width() and corner.y() <= widget.height(), (
                    f"{name}: button {button.text()!r} lies outside the window"
                )
        if name == "import preview":
            qtbot.waitUntil(lambda: widget.plan is not None, timeout=10000)
        if isinstance(widget, QDialog):
            widget.done(0)
        else:
            widget.close()
    finally:
        install_translators(app, "none")


# ------------------------------------------------------------------ 1920×1040 at 150 %
HERE = Path(__file__).resolve().parent


def test_every_window_fits_a_1920x1040_screen_at_150_percent(tmp_path: Path) -> None:
    """A 1920×1080 laptop less its task bar, at the 150 % Windows sets by default: 1280×693
    logical pixels. The scale factor must be set before the QApplication exists, so the
    windows are opened by tests/screen_fit_probe.py in a process of its own."""
    env = dict(os.environ)
    env["QT_SCALE_FACTOR"] = "1.5"
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'offscreen-1920x1040.json'}"
    env["TWINNING_DESK_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, str(HERE / "screen_fit_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert lines and lines[0].startswith("screen 1280×693 dpr 1.5"), result.stdout + result.stderr
    failures = [line for line in lines if line.startswith("FAIL")]
    assert failures == [], "\n".join(failures)
    assert f"checked {2 * len(NAMES)}" in lines, result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ the main window's place
def test_the_main_window_opens_inside_the_screen_at_a_sensible_size(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path
) -> None:
    window: Any = _factories(demo_commune, tmp_path)["main window"]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    assert window.width() >= 0.8 * available.width()
    assert window.height() >= 0.8 * available.height()
    window.close()


def test_a_geometry_saved_on_a_bigger_screen_is_brought_inside_this_one(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path
) -> None:
    from twinning_desk.ui.app.main_window import MainWindow
    from twinning_desk.ui.common.settings_store import WINDOW_GEOMETRY

    settings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    gazetteer = Gazetteer(tmp_path / "none.sqlite3")
    office = MainWindow(demo_commune, gazetteer, settings)
    qtbot.addWidget(office)
    office.setGeometry(2000, 40, 2560, 1440)  # a 2560×1440 monitor right of the laptop
    office.close()
    saved = office.saveGeometry()
    WINDOW_GEOMETRY.set(settings, saved)
    assert office.geometry().x() == 2000 and office.width() == 2560

    home = MainWindow(demo_commune, gazetteer, settings)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)
    available = home.screen().availableGeometry()
    assert (available.width(), available.height()) == (1366, 768)
    assert available.contains(home.frameGeometry()), home.frameGeometry()
    home.close()
