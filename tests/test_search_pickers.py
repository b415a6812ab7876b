"""Linking a record to one of thousands: the delegation and event pickers of the event,
delegation and budget line dialogs are typed into, accents and case aside, and picked
with the keyboard or the mouse, as a person does (issue #17: no combo of thousands)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import Direction
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData
from twinning_desk.services.events import EventData
from twinning_desk.services.partners import PartnerData
from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog
from twinning_desk.ui.common.widgets.search_combo import SearchCombo
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.events.event_dialog import EventDialog


@pytest.fixture
def linked(configured: Services) -> dict[str, int]:
    """Two towns, three delegations, three events of 2026."""
    partners = configured.partners
    lodz = partners.save(PartnerData(name="Łódź", country_code="PL"))
    tolz = partners.save(PartnerData(name="Bad Tölz", country_code="DE"))
    delegations = configured.delegations
    ids = {
        "lodz received": delegations.save(
            DelegationData(
                partner_id=lodz,
                direction=Direction.INCOMING,
                purpose="citizens",
                start_date=date(2026, 5, 4),
                end_date=date(2026, 5, 8),
            )
        ),
        "lodz sent": delegations.save(
            DelegationData(
                partner_id=lodz,
                direction=Direction.OUTGOING,
                purpose="youth",
                start_date=date(2026, 9, 1),
                end_date=date(2026, 9, 3),
            )
        ),
        "tolz received": delegations.save(
            DelegationData(
                partner_id=tolz,
                direction=Direction.INCOMING,
                purpose="citizens",
                start_date=date(2026, 6, 1),
                end_date=date(2026, 6, 2),
            )
        ),
    }
    events = configured.events
    for title, day in (
        ("Fête de l'été", datetime(2026, 6, 21)),
        ("Marché de Noël", datetime(2026, 12, 5)),
        ("Concert d'été à Łódź", datetime(2026, 7, 14)),
    ):
        ids[title] = events.save(EventData(title=title, type="concert", start=day))
    return ids


def _popup_texts(combo: SearchCombo) -> list[str]:
    popup = combo.completer().popup()
    assert popup is not None
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _type(qtbot: QtBot, combo: SearchCombo, text: str) -> QAbstractItemView:
    line = combo.lineEdit()
    assert line is not None
    combo.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    popup = combo.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    return popup


def test_the_event_dialog_finds_a_delegation_by_a_town_typed_without_accents(
    qtbot: QtBot, configured: Services, linked: dict[str, int]
) -> None:
    dialog = EventDialog(configured.events, configured.partners)
    # Closed by the test's end without asking to discard what was picked.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_unchanged())
    dialog.show()
    combo = dialog.delegation
    assert isinstance(combo, SearchCombo)
    assert combo.currentData() is None  # "(none)" until one is picked
    popup = _type(qtbot, combo, "LODZ")
    texts = _popup_texts(combo)
    assert len(texts) == 2 and all("Łódź" in t for t in texts)
    # Down to the second match, Enter: that delegation is linked, the field names it.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chosen = combo.currentData()
    assert chosen in (linked["lodz received"], linked["lodz sent"])
    assert combo.lineEdit().text() == combo.itemText(combo.currentIndex())  # type: ignore[union-attr]
    assert combo.itemText(combo.currentIndex()) == texts[1]
    assert dialog.collect().delegation_id == chosen


def test_two_words_narrow_the_list_and_enter_takes_the_first_match(
    qtbot: QtBot, configured: Services, linked: dict[str, int]
) -> None:
    dialog = EventDialog(configured.events, configured.partners)
    # Closed by the test's end without asking to discard what was picked.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_unchanged())
    dialog.show()
    combo = dialog.delegation
    assert isinstance(combo, SearchCombo)
    popup = _type(qtbot, combo, "lodz 09/2026")
    assert len(_popup_texts(combo)) == 1
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == linked["lodz sent"]


def test_text_naming_nothing_gives_back_the_choice_and_emptying_unlinks(
    qtbot: QtBot, configured: Services, linked: dict[str, int]
) -> None:
    dialog = DelegationDialog(configured.delegations, configured.people, linked["tolz received"])
    # Closed by the test's end without asking to discard what was picked.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_unchanged())
    dialog.show()
    combo = dialog.linked_event
    assert isinstance(combo, SearchCombo)
    popup = _type(qtbot, combo, "ete")  # "été": two events
    assert sorted(_popup_texts(combo)) == sorted(
        t for t in (combo.itemText(r) for r in range(combo.count())) if "été" in t
    )
    qtbot.mouseClick(
        popup.viewport(),
        Qt.MouseButton.LeftButton,
        pos=popup.visualRect(popup.model().index(0, 0)).center(),
    )
    first = combo.currentData()
    assert first in (linked["Fête de l'été"], linked["Concert d'été à Łódź"])
    line = combo.lineEdit()
    assert line is not None
    # A typo: no match, no popup; Enter puts back the event chosen, it stays linked.
    combo.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "zzz")
    assert not combo.completer().popup().isVisible()  # type: ignore[union-attr]
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert combo.currentData() == first and line.text() == combo.currentText()
    assert dialog.isVisible()  # Enter settled the field; it did not save the dialog
    # Emptied and left: no event linked.
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    dialog.notes.setFocus()
    combo.settle()  # what leaving the field does (no focus events offscreen, as type_day)
    assert combo.currentData() is None and line.text() == combo.itemText(0)
    assert dialog.collect().event_id is None


def test_the_arrows_still_step_through_the_whole_list(
    qtbot: QtBot, configured: Services, linked: dict[str, int]
) -> None:
    dialog = BudgetLineDialog(configured.budget, configured.events, 2026)
    # Closed by the test's end without asking to discard what was picked.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.mark_unchanged())
    dialog.show()
    combo = dialog.delegation
    assert isinstance(combo, SearchCombo)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 1 and combo.currentData() is not None
    # The budget line's event picker searches the same way.
    events = dialog.linked_event
    assert isinstance(events, SearchCombo)
    popup = _type(qtbot, events, "noel")
    assert _popup_texts(events) == [
        events.itemText(events.findData(linked["Marché de Noël"]))
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert events.currentData() == linked["Marché de Noël"]


def test_the_same_text_twice_picks_the_row_chosen(qtbot: QtBot) -> None:
    """Two visits of a town the same day read the same: the one picked is linked."""
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.addItem("(none)", None)
    combo.addItem("01/06/2026 — Bad Tölz", 7)
    combo.addItem("01/06/2026 — Bad Tölz", 8)
    combo.show()
    popup = _type(qtbot, combo, "tolz")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == 8


def test_a_long_list_searches_in_a_few_milliseconds(qtbot: QtBot) -> None:
    import time

    combo = SearchCombo()
    qtbot.addWidget(combo)
    for i in range(5000):
        combo.addItem(f"{i % 28 + 1:02d}/03/{1996 + i % 31} — Visite reçue — Partnerstadt {i}", i)
    combo.matches("x")  # the folded keys, made once
    started = time.perf_counter()
    found = combo.matches("recue partnerstadt 4999")
    assert found == [4999]
    assert time.perf_counter() - started < 0.05
