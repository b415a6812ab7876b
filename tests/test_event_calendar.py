"""The month calendar shows the events' titles in the grid, all of them in the tooltip."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.events.events_tab import EventsTab


def test_titles_in_the_grid_and_the_tooltip(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    for title, start, end in (
        (
            "Marché de Noël de Bad Wimpfen, stand du comité",
            datetime(2026, 12, 5),
            datetime(2026, 12, 6),
        ),
        ("Concert de la chorale", datetime(2026, 12, 6, 20), None),
    ):
        configured.events.save(EventData(title=title, type="concert", start=start, end=end))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab = EventsTab(configured, History(configured), settings)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.show_view(1)
    tab.calendar.setCurrentPage(2026, 12)
    qtbot.waitUntil(lambda: date(2026, 12, 6) in tab.calendar.titles)
    assert tab.calendar.titles[date(2026, 12, 5)] == [
        "Marché de Noël de Bad Wimpfen, stand du comité"
    ]
    assert sorted(tab.calendar.titles[date(2026, 12, 6)]) == [
        "Concert de la chorale",
        "Marché de Noël de Bad Wimpfen, stand du comité",
    ]
    tooltip = tab.calendar.dateTextFormat(QDate(2026, 12, 6)).toolTip()
    assert "Concert de la chorale" in tooltip and "Marché de Noël" in tooltip
    # The titles are really painted: the grid differs without them.
    with_titles = tab.calendar.grab().toImage()
    tab.calendar.set_titles({})
    assert tab.calendar.grab().toImage() != with_titles
    # Clicking a day lists its events below.
    tab.calendar.setSelectedDate(QDate(2026, 12, 6))
    assert sorted(r.title for r in tab.day_model.items) == [
        "Concert de la chorale",
        "Marché de Noël de Bad Wimpfen, stand du comité",
    ]
