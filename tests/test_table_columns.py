"""The lists' columns show their content: sized to it on the first fill, remembered only
once the user chose, shown or hidden from the header's menu, reset from it.

On the demo commune, at the 1366×768 test screen, in each of the four tabs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QStyle, QTableView
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.geo import Gazetteer
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.common.settings_store import (
    BUDGET_HEADER,
    DELEGATIONS_HEADER,
    EVENTS_HEADER,
    PARTNERS_HEADER,
)
from twinning_desk.ui.common.table_columns import TableColumns

# The tab, its header setting, and the columns holding a date or an amount.
RESET = "Reset columns"  # the source text: the tests run without a translator

TABS = {
    "partners": (PARTNERS_HEADER, {"signed", "distance", "last_exchange"}),
    "events": (EVENTS_HEADER, {"start", "participants"}),
    "delegations": (DELEGATIONS_HEADER, {"start", "members"}),
    "budget": (BUDGET_HEADER, {"forecast", "actual", "date"}),
}


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    return Gazetteer(tmp_path / "g.sqlite3")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, services: Services, gazetteer: Gazetteer, s: QSettings) -> MainWindow:
    window = MainWindow(services, gazetteer, s)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def columns_of(window: MainWindow, name: str) -> TableColumns:
    tab = getattr(window, f"{name}_tab")
    assert window.tabs is not None
    window.tabs.setCurrentWidget(tab)
    columns = tab.columns
    assert isinstance(columns, TableColumns)
    return columns


def elided_cells(view: QTableView, keys: set[str], rows: int = 30) -> list[str]:
    """Cells of the columns ``keys`` whose text is wider than the column leaves room for."""
    model = view.model()
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics = view.fontMetrics()
    found = []
    for column, declared in enumerate(model.columns):  # type: ignore[attr-defined]
        if declared.key not in keys or view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        for row in range(min(rows, model.rowCount())):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
            if metrics.horizontalAdvance(text) + margin > width:
                found.append(f"{declared.key}[{row}] {text!r} in {width} px")
    return found


@pytest.mark.parametrize("name", list(TABS))
def test_dates_and_amounts_read_whole_after_the_first_fill(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings, name: str
) -> None:
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, name)
    assert window.screen().geometry().width() == 1366
    assert columns.view.model().rowCount() > 0
    assert elided_cells(columns.view, TABS[name][1]) == []
    # The columns fit the view: none wider than its share.
    cap = int(columns.view.screen().availableGeometry().width() * 0.4)
    assert all(columns.view.columnWidth(c) <= cap for c in range(columns.header.count() - 1))


@pytest.mark.parametrize("name", list(TABS))
def test_nothing_is_saved_unless_the_user_changed_the_columns(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings, name: str
) -> None:
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns_of(window, name)
    window.close()
    assert TABS[name][0].get(settings) is None


@pytest.mark.parametrize("name", list(TABS))
def test_a_hidden_column_stays_hidden_and_reset_shows_it_again(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings, name: str
) -> None:
    setting, keys = TABS[name]
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, name)
    menu = columns.build_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert len(titles) == columns.header.count()
    assert RESET in [a.text() for a in menu.actions()]
    # Hide the second column from the menu.
    second = columns.view.model().headerData(1, Qt.Orientation.Horizontal)
    [action] = [a for a in menu.actions() if a.text() == second]
    action.setChecked(False)
    assert columns.view.isColumnHidden(1)
    window.close()
    assert setting.get(settings) is not None

    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, name)
    assert columns.view.isColumnHidden(1)
    assert not columns.build_menu().actions()[1].isChecked()

    [reset] = [a for a in columns.build_menu().actions() if a.text() == RESET]
    reset.trigger()
    assert not columns.view.isColumnHidden(1)
    assert setting.get(settings) is None
    assert elided_cells(columns.view, keys) == []
    window.close()
    assert setting.get(settings) is None


def test_the_last_shown_column_cannot_be_hidden(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, "events")
    for column in range(columns.header.count()):
        columns.set_shown(column, False)
    assert columns.shown_count() == 1
    entries = [a for a in columns.build_menu().actions() if a.isCheckable()]
    assert [a.isEnabled() for a in entries if a.isChecked()] == [False]


def test_the_menu_opens_on_a_right_click_on_the_header(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, "partners")
    columns.header.customContextMenuRequested.emit(QPoint(10, 5))
    assert isinstance(columns.menu, QMenu)
    qtbot.waitUntil(columns.menu.isVisible)
    columns.menu.close()


def test_a_column_dragged_wider_is_remembered(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    columns = columns_of(window, "budget")
    header = columns.header
    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(viewport, QPoint(edge + 40, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, y))
    assert columns.changed_by_user
    wide = header.sectionSize(0)
    window.close()
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    assert columns_of(window, "budget").header.sectionSize(0) == wide


@pytest.mark.parametrize("name", list(TABS))
def test_an_empty_first_start_then_data_does_not_bring_back_slivers(
    qtbot: QtBot, tmp_path: Path, gazetteer: Gazetteer, settings: QSettings, name: str
) -> None:
    services = Services.open(tmp_path / "empty.sqlite3")
    try:
        window = open_window(qtbot, services, gazetteer, settings)
        columns_of(window, name)
        window.close()
        assert TABS[name][0].get(settings) is None
        load_demo(services)
        window = open_window(qtbot, services, gazetteer, settings)
        assert elided_cells(columns_of(window, name).view, TABS[name][1]) == []
        window.close()
    finally:
        services.close()


def test_data_arriving_in_an_open_empty_list_is_sized_to_it(
    qtbot: QtBot, tmp_path: Path, gazetteer: Gazetteer, settings: QSettings
) -> None:
    services = Services.open(tmp_path / "empty.sqlite3")
    try:
        window = open_window(qtbot, services, gazetteer, settings)
        columns = columns_of(window, "budget")
        assert columns.view.model().rowCount() == 0
        load_demo(services)
        assert window.budget_tab is not None
        window.budget_tab.refresh()
        assert columns.view.model().rowCount() > 0
        assert elided_cells(columns.view, TABS["budget"][1]) == []
        window.close()
    finally:
        services.close()


def test_the_menu_speaks_french(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    from PySide6.QtCore import QCoreApplication

    from twinning_desk.translation import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    try:
        window = open_window(qtbot, demo_commune, gazetteer, settings)
        texts = [a.text() for a in columns_of(window, "budget").build_menu().actions()]
        assert "Réinitialiser les colonnes" in texts
        window.close()
    finally:
        install_translators(app, "none")


def test_the_budget_amounts_are_in_view_at_the_default_window_size(
    qtbot: QtBot, demo_commune: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    """The Réalisé column used to fall off the right edge of the lines list (#15)."""
    window = open_window(qtbot, demo_commune, gazetteer, settings)
    assert window.tabs is not None and window.budget_tab is not None
    window.tabs.setCurrentWidget(window.budget_tab)
    view = window.budget_tab.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0)
    header = view.horizontalHeader()
    for key in ("forecast", "actual"):
        [column] = [
            c
            for c in range(header.count())
            if view.model().columns[c].key == key  # type: ignore[attr-defined]
        ]
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= view.viewport().width(), f"{key} ends at {right}"
