"""The Budget tab and its dialogs, driven with qtbot on real widgets and a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import click_message_button, when_modal
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import BudgetKind
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog, SubsidyDialog
from twinning_desk.ui.budget.budget_tab import BudgetTab
from twinning_desk.ui.common.undo import History


@pytest.fixture
def tab(qtbot: QtBot, configured: Services, tmp_path: Path) -> BudgetTab:
    configured.budget.ensure_year(2026)
    configured.budget.set_current(2026)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = BudgetTab(configured, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_add_a_line_and_see_the_totals_move(qtbot: QtBot, tab: BudgetTab) -> None:
    assert "0,00" in tab.totals_label.text()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, BudgetLineDialog)
        widget.kind.setCurrentIndex(widget.kind.findData(BudgetKind.CHARGE))
        widget.category.setCurrentIndex(widget.category.findData("625"))
        qtbot.keyClicks(widget.label, "Billets de train")
        qtbot.keyClicks(widget.forecast, "1 234,50")
        qtbot.keyClicks(widget.actual, "1180,2")
        widget.accept()

    when_modal(fill, BudgetLineDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    row = tab.model.row_at(0)
    assert row is not None and (row.forecast_cents, row.actual_cents) == (123_450, 118_020)
    text = tab.totals_label.text().replace("\u202f", " ")
    assert "1 234,50\u00a0€" in text and "1 180,20\u00a0€" in text  # never split
    assert "pas équilibré" in text or "not balanced" in text
    [total] = tab.summary_model.items
    assert total.code == "62" and total.variance_cents == 118_020 - 123_450


def test_a_bad_amount_keeps_the_dialog_open(qtbot: QtBot, tab: BudgetTab) -> None:
    dialog = BudgetLineDialog(tab.services.budget, tab.services.events, 2026)
    qtbot.addWidget(dialog)
    dialog.label.setText("Repas")
    dialog.forecast.setText("douze euros")
    dialog.accept()
    assert dialog.result() == 0 and "Forecast" in dialog.error.text()
    assert tab.services.budget.count(tab.model.query) == 0


def test_delete_undo_filter_and_export(qtbot: QtBot, tab: BudgetTab, tmp_path: Path) -> None:
    tab.services.budget.save_many(
        [
            BudgetLineData(2026, BudgetKind.CHARGE, "60", "Fournitures", 10_000, 9_000),
            BudgetLineData(2026, BudgetKind.PRODUIT, "756", "Cotisations", 10_000, 12_000),
        ]
    )
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.kind.setCurrentIndex(tab.kind.findData(BudgetKind.PRODUIT))
    assert [tab.model.row_at(r).label for r in range(tab.model.rowCount())] == ["Cotisations"]  # type: ignore[union-attr]
    tab.kind.setCurrentIndex(0)
    tab.view.selectRow(0)
    click_message_button("Delete")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    out = tmp_path / "budget.xlsx"
    assert tab.export_to(out)
    assert load_workbook(out).sheetnames == [
        "Summary",
        "Detail",
        "By action",
        "Forecast budget",
        "Financial report",
    ]


def test_subsidy_request_through_the_dialog(qtbot: QtBot, tab: BudgetTab) -> None:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, SubsidyDialog)
        widget.funder.setCurrentText("Département")
        qtbot.keyClicks(widget.action, "Echange scolaire")
        qtbot.keyClicks(widget.requested, "1500")
        widget.accept()

    when_modal(fill, SubsidyDialog)
    qtbot.mouseClick(tab.new_subsidy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.subsidy_model.rowCount() == 1)
    [subsidy] = tab.subsidy_model.items
    assert subsidy.requested_cents == 150_000 and subsidy.report_due is not None


def test_filter_by_action(qtbot: QtBot, tab: BudgetTab) -> None:
    from datetime import datetime

    from twinning_desk.services.events import EventData

    event_id = tab.services.events.save(
        EventData(title="Concert", type="concert", start=datetime(2026, 6, 1))
    )
    tab.services.budget.save_many(
        [
            BudgetLineData(2026, BudgetKind.CHARGE, "623", "Affiches", 10_000, event_id=event_id),
            BudgetLineData(2026, BudgetKind.CHARGE, "60", "Fournitures", 5_000),
        ]
    )
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.action.setCurrentIndex(tab.action.findData(f"event:{event_id}"))
    assert [tab.model.row_at(r).label for r in range(tab.model.rowCount())] == ["Affiches"]  # type: ignore[union-attr]


def test_the_action_filter_lists_the_year_actions_only(qtbot: QtBot, tab: BudgetTab) -> None:
    """Thirty years of events would fill the list for nothing: only the actions the
    year's lines belong to, by day; another year shows its own."""
    from datetime import datetime

    from twinning_desk.services.events import EventData

    events = tab.services.events
    concert = events.save(EventData(title="Concert", type="concert", start=datetime(2026, 6, 1)))
    fair = events.save(EventData(title="Foire", type="fair", start=datetime(2026, 3, 2)))
    events.save(EventData(title="Sans ligne", type="fair", start=datetime(2026, 4, 1)))
    old = events.save(EventData(title="Bal 2025", type="ball", start=datetime(2025, 5, 1)))
    tab.services.budget.ensure_year(2025)
    tab.services.budget.save_many(
        [
            BudgetLineData(2026, BudgetKind.CHARGE, "623", "Affiches", 10_000, event_id=concert),
            BudgetLineData(2026, BudgetKind.CHARGE, "60", "Stand", 5_000, event_id=fair),
            BudgetLineData(2025, BudgetKind.CHARGE, "60", "Orchestre", 5_000, event_id=old),
        ]
    )
    qtbot.waitUntil(lambda: tab.action.count() == 3)
    listed = [tab.action.itemData(i) for i in range(tab.action.count())]
    assert listed == [None, f"event:{fair}", f"event:{concert}"]  # March before June
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2025))
    listed = [tab.action.itemData(i) for i in range(tab.action.count())]
    assert listed == [None, f"event:{old}"]


def test_typing_in_the_filter_does_not_recompute_the_year_figures(
    qtbot: QtBot, tab: BudgetTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = tab.services.budget.summary

    def counted(year: int) -> object:
        calls.append(year)
        return real(year)

    monkeypatch.setattr(tab.services.budget, "summary", counted)
    qtbot.keyClicks(tab.search, "aff")
    tab._apply_filter()  # what the debounce fires after the last key
    assert calls == []
    tab.services.budget.save_many([BudgetLineData(2026, BudgetKind.CHARGE, "60", "Affiches", 1)])
    qtbot.waitUntil(lambda: calls == [2026])  # a change of data does recompute them


def test_export_with_an_action_chosen_gives_that_action_cerfa_sheets(
    qtbot: QtBot, tab: BudgetTab, tmp_path: Path
) -> None:
    """The subsidy file of one exchange: the filter's action chooses the Cerfa sheets'
    action, from the tab as from the command line (--event)."""
    from datetime import datetime

    from twinning_desk.cli import main
    from twinning_desk.services.events import EventData

    concert = tab.services.events.save(
        EventData(title="Concert", type="concert", start=datetime(2026, 6, 1))
    )
    tab.services.budget.save_many(
        [
            BudgetLineData(2026, BudgetKind.CHARGE, "623", "Affiches", 35_000, event_id=concert),
            BudgetLineData(2026, BudgetKind.CHARGE, "60", "Fournitures", 12_000),
        ]
    )
    qtbot.waitUntil(lambda: tab.action.findData(f"event:{concert}") >= 0)
    tab.action.setCurrentIndex(tab.action.findData(f"event:{concert}"))
    out = tmp_path / "concert.xlsx"
    assert tab.export_to(out)
    cli_out = tmp_path / "cli.xlsx"
    db = str(tab.services.db.path)
    assert main(["--db", db, "--lang", "en", "export", "budget", str(cli_out),
                 "--year", "2026", "--event", str(concert)]) == 0  # fmt: skip
    tab.action.setCurrentIndex(0)  # all actions: the whole year, as before
    whole = tmp_path / "year.xlsx"
    assert tab.export_to(whole)

    def amounts(path: Path) -> list[int]:
        sheet = load_workbook(path)["Forecast budget"]
        return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, int)]

    assert 350 in amounts(whole) and 120 in amounts(whole)
    for path in (out, cli_out):
        sheet = load_workbook(path)["Forecast budget"]
        cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
        assert any("Concert" in c for c in cells)
        # 350 € of posters only: the 120 € of supplies belong to no action.
        assert 350 in amounts(path) and 120 not in amounts(path)
