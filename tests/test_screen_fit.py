"""Every window fits a 1366×768 laptop: 1366×728 once the task bar is taken.

Each dialog is opened on the demo commune, in French and in German (the longest), and
its minimum size, and the size it actually opens at, must fit; its buttons must lie
inside it. A dialog that grows past the screen hides its OK button from a secretary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QDialog, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.translation import install_translators

SCREEN_W, SCREEN_H = 1366, 728


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    yield services
    services.close()


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
    qtbot: QtBot, demo: Services, tmp_path: Path, name: str, lang: str
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, lang)
    try:
        widget: Any = _factories(demo, tmp_path)[name]()
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
