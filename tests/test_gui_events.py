"""The Events tab and dialog, driven with qtbot on real widgets and a real file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from gui_helpers import click_message_button, type_day, when_modal
from icalendar import Calendar
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import Direction
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.events.event_dialog import EventDialog, FollowUpDialog
from twinning_desk.ui.events.events_tab import EventsTab


@pytest.fixture
def tab(qtbot: QtBot, configured: Services, tmp_path: Path) -> EventsTab:
    for name, cc in (("Łańcut", "PL"), ("Kenilworth", "GB")):
        configured.partners.save(PartnerData(name=name, country_code=cc))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = EventsTab(configured, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(tab: EventsTab) -> list[str]:
    return [tab.model.row_at(r).title for r in range(tab.model.rowCount())]  # type: ignore[union-attr]


def test_create_an_event_in_the_dialog_and_see_it_everywhere(qtbot: QtBot, tab: EventsTab) -> None:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, EventDialog)
        qtbot.keyClicks(widget.title, "Semaine polonaise")
        widget.type.setCurrentIndex(widget.type.findData("school_exchange"))
        type_day(qtbot, widget.start.day, "22/06/2026")
        type_day(qtbot, widget.end.day, "26062026")
        widget.partners.set_checked([tab.services.partners.find_id("Łańcut", "PL")], by_data=True)
        widget.local.setValue(25)
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, EventDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(tab) == ["Semaine polonaise"])
    row = tab.model.row_at(0)
    assert row is not None and row.partners == "Łańcut" and row.participants == 25
    tab.calendar_button.click()
    tab.calendar.setCurrentPage(2026, 6)
    tab.calendar.setSelectedDate(QDate(2026, 6, 24))
    assert [r.title for r in tab.day_model.items] == ["Semaine polonaise"]
    marked = tab.calendar.dateTextFormat(QDate(2026, 6, 26))
    assert marked.toolTip() == "Semaine polonaise"
    assert tab.calendar.dateTextFormat(QDate(2026, 6, 27)).toolTip() == ""


def test_end_before_start_is_refused_in_the_dialog(qtbot: QtBot, tab: EventsTab) -> None:
    dialog = EventDialog(tab.services.events, tab.services.partners)
    qtbot.addWidget(dialog)
    dialog.title.setText("Fête")
    type_day(qtbot, dialog.start.day, "22/06/2026")
    type_day(qtbot, dialog.end.day, "20/06/2026")
    dialog.accept()
    assert "End" in dialog.error.text() and dialog.result() == 0
    assert tab.services.events.count() == 0


def _seed(services: Services) -> None:
    pid = services.partners.find_id("Kenilworth", "GB")
    for title, kind, day, partner in (
        ("Concert", "concert", datetime(2026, 3, 1), None),
        ("Match", "sports_meeting", datetime(2025, 5, 1), pid),
        ("Assemblée", "general_assembly", datetime(2026, 1, 10), None),
    ):
        services.events.save(
            EventData(title=title, type=kind, start=day, partner_ids=[partner] if partner else [])
        )


def test_filters_search_and_sort(qtbot: QtBot, tab: EventsTab) -> None:
    _seed(tab.services)
    qtbot.waitUntil(lambda: titles(tab) == ["Concert", "Assemblée", "Match"])
    tab.year.setCurrentIndex(tab.year.findData(2025))
    assert titles(tab) == ["Match"]
    tab.year.setCurrentIndex(0)
    tab.type.setCurrentIndex(tab.type.findData("concert"))
    assert titles(tab) == ["Concert"]
    tab.type.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "kenil")
    qtbot.waitUntil(lambda: titles(tab) == ["Match"])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(titles(tab)) == 3)
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert titles(tab) == ["Assemblée", "Concert", "Match"]


def test_duplicate_delete_undo_and_export(qtbot: QtBot, tab: EventsTab, tmp_path: Path) -> None:
    _seed(tab.services)
    qtbot.waitUntil(lambda: len(titles(tab)) == 3)
    tab.view.selectRow(titles(tab).index("Concert"))
    qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(tab).count("Concert") == 2)
    starts = sorted(r.start for r in tab.services.events.rows() if r.title == "Concert")
    assert [s.date() for s in starts] == [date(2026, 3, 1), date(2027, 3, 1)]
    tab.view.selectRow(titles(tab).index("Match"))
    click_message_button("Delete")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Match" not in titles(tab))
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: "Match" in titles(tab))
    out = tmp_path / "agenda.ics"
    tab.view.clearSelection()
    assert tab.export_to(out)
    cal = Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT")) == [
        "Assemblée",
        "Concert",
        "Concert",
        "Match",
    ]


def test_upcoming_panel_lists_due_follow_ups(qtbot: QtBot, tab: EventsTab) -> None:
    from twinning_desk.services.events import FollowUpData

    today = date.today()
    tab.services.events.save(
        EventData(
            title="Bilan",
            type="committee_meeting",
            start=datetime(today.year - 1, 1, 1),
            follow_ups=[FollowUpData("Relancer Kenilworth", due_date=today)],
        )
    )
    qtbot.waitUntil(lambda: any(u.kind == "follow_up" for u in tab.upcoming_model.items))


def test_a_follow_up_is_accepted(qtbot: QtBot) -> None:
    # Its "Done" box was once the attribute `done`, which hid QDialog.done(): OK crashed.
    dialog = FollowUpDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Envoyer les photos")
    dialog.done_box.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.result_data.text == "Envoyer les photos" and dialog.result_data.done


def test_event_dialog_asks_before_discarding_typing(qtbot: QtBot, tab: EventsTab) -> None:
    dialog = EventDialog(tab.services.events, tab.services.partners)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Fete de la musique")
    click_message_button("Cancel")
    dialog.reject()
    assert dialog.isVisible() and dialog.title.text() == "Fete de la musique"
    click_message_button("Discard changes")
    dialog.reject()
    assert not dialog.isVisible() and tab.services.events.count() == 0


def test_eu_thresholds_shown_as_counts_are_typed(qtbot: QtBot, tab: EventsTab) -> None:
    dialog = EventDialog(tab.services.events, tab.services.partners)
    qtbot.addWidget(dialog)
    dialog.local.setValue(20)
    assert (
        "does not meet" in dialog.eu_label.text() and "participants 20/50" in dialog.eu_label.text()
    )
    dialog.invited.set_items([InvitedCount("PL", 30)])
    assert "meets the EU" in dialog.eu_label.text() and "does not" not in dialog.eu_label.text()
    assert "invited from abroad 30/25, countries 2/2" in dialog.eu_label.text()
    dialog.done(0)


def test_event_attendance_list_from_the_tab(qtbot: QtBot, tab: EventsTab, tmp_path: Path) -> None:
    from pypdf import PdfReader

    lancut = tab.services.partners.find_id("Łańcut", "PL")
    event_id = tab.services.events.save(
        EventData(
            title="Semaine polonaise",
            type="festival",
            start=datetime(2026, 6, 22),
            partner_ids=[lancut],
            invited=[InvitedCount("PL", 12, lancut)],
        )
    )
    out = tmp_path / "liste.pdf"
    assert tab.export_attendance(event_id, out)
    pages = PdfReader(out).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    # Twelve expected guests and eight rows for walk-ins: 20 numbered rows, no 21st.
    assert "Semaine polonaise" in text and "Łańcut (Pologne)" in text
    assert " 20 " in text and " 21 " not in text


def test_calendar_export_adds_the_delegations_unless_an_events_only_filter_is_set(
    qtbot: QtBot, tab: EventsTab, tmp_path: Path
) -> None:
    services = tab.services
    services.events.save(EventData(title="Concert", type="concert", start=datetime(2026, 3, 1)))
    services.delegations.save(
        DelegationData(
            partner_id=services.partners.find_id("Łańcut", "PL"),
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 5, 1),
            end_date=date(2026, 5, 1),
        )
    )
    tab.refresh()
    qtbot.waitUntil(lambda: titles(tab) == ["Concert"])
    out = tmp_path / "all.ics"
    assert tab.export_to(out)
    entries = {str(e["SUMMARY"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert set(entries) == {"Concert", "Trip to Łańcut"}  # no translator: the source text
    trip = entries["Trip to Łańcut"]
    assert (trip.decoded("DTSTART"), trip.decoded("DTEND")) == (date(2026, 5, 1), date(2026, 5, 2))
    # A type filter only events have: the delegations stay out.
    tab.type.setCurrentIndex(tab.type.findData("concert"))
    qtbot.waitUntil(lambda: tab.model.query.type == "concert")
    out = tmp_path / "concerts.ics"
    assert tab.export_to(out)
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert summaries == ["Concert"]
