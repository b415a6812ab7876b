"""The less obvious fields explain themselves (Shift+F1): the mandat spécial, the Cerfa
account and the allowances' flat rate, in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.translation import install_translators
from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog
from twinning_desk.ui.delegations.member_dialog import MemberDialog
from twinning_desk.ui.delegations.report_dialog import ReportDialog


@pytest.fixture
def french(tmp_path: Path) -> Iterator[Services]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    try:
        yield services
    finally:
        services.close()
        install_translators(app, "none")


def test_the_less_obvious_fields_explain_themselves(
    qtbot: QtBot, french: Services, tmp_path: Path
) -> None:
    member = MemberDialog(None, french.people, False, [])
    line = BudgetLineDialog(french.budget, french.events, french.budget.current_year())
    delegation = french.delegations.rows()[0].id
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    report = ReportDialog(french.reports, delegation, settings)
    for dialog in (member, line, report):
        qtbot.addWidget(dialog)
    assert "délibération du conseil municipal" in member.mandat_box.whatsThis()
    assert "plan comptable des associations" in line.category.whatsThis()
    assert "forfait journalier" in report.allowance_view.whatsThis()
