"""First slice of the Delegations issue: the list, its filters, and the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from twinning_desk.cli import main
from twinning_desk.db.models import Direction
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationQuery
from twinning_desk.services.demo import load_demo
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.delegations.delegations_tab import DelegationsTab


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services)
    return services


def test_rows_filters_and_members(demo: Services) -> None:
    rows = demo.delegations.rows()
    assert [r.start for r in rows] == sorted((r.start for r in rows), reverse=True)
    by_partner = {r.partner: r for r in rows}
    assert by_partner["Łańcut"].direction is Direction.OUTGOING
    assert by_partner["Łańcut"].members == 3  # the demo's mayor, secretary and young member
    assert by_partner["Bad Wimpfen"].members == 6  # six visitors staying with three families
    received = demo.delegations.rows(DelegationQuery(direction=Direction.INCOMING))
    assert {r.partner for r in received} == {"Bad Wimpfen", "Peñíscola"}
    assert [r.partner for r in demo.delegations.rows(DelegationQuery(year=2019))] == ["Peñíscola"]
    assert demo.delegations.count(DelegationQuery(text="lancut")) == 1


def test_tab_lists_and_filters(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    tab = DelegationsTab(
        demo, History(demo), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 5
    tab.direction.setCurrentIndex(tab.direction.findData(Direction.OUTGOING.value))
    assert {tab.model.row_at(r).partner for r in range(tab.model.rowCount())} == {  # type: ignore[union-attr]
        "Łańcut",
        "Montefalco",
        "Kenilworth",
    }
    qtbot.keyClicks(tab.search, "monte")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_cli_list_delegations_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--lang", "en", "demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "list", "delegations", "--format", "json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 5
    assert set(data[0]) == {"id", "partner", "direction", "start", "end", "members"}
    assert data[0]["partner"] == "Peñíscola" and data[0]["start"] == "2019-05-30"
