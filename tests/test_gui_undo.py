"""Undo and redo from the Edit menu, driven as a secretary does: dialogs clicked, menu
items triggered, Ctrl+Z pressed. Checks read the file back through the services."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import click_message_button, when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from twinning_desk.db.models import Direction
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import PartnerData, PartnerQuery
from twinning_desk.services.people import PersonData
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.partners.partner_dialog import PartnerDialog


@pytest.fixture
def window(qtbot: QtBot, configured: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gazetteer = Gazetteer(tmp_path / "g.sqlite3")
    w = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(w)
    w.show()
    # On the partners' tab, where these tests click: a tab out of sight reads what
    # changed when next shown, not at each change.
    assert w.tabs is not None
    w.tabs.setCurrentIndex(w.tabs.index_of("partners"))
    return w


def edit_action(window: MainWindow, prefix: str) -> QAction:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is None:
            continue
        for item in menu.actions():  # type: ignore[attr-defined]
            if item.text().replace("&", "").startswith(prefix):
                return item
    raise AssertionError(f"no menu item starting with {prefix!r}")


def names(services: Services) -> list[str]:
    return sorted(row.name for row in services.partners.rows(PartnerQuery()))


def select_partner(window: MainWindow, name: str) -> None:
    tab = window.partners_tab
    assert tab is not None
    for r in range(tab.model.rowCount()):
        row = tab.model.row_at(r)
        if row is not None and row.name == name:
            tab.view.selectRow(r)
            return
    raise AssertionError(f"{name} not listed")


def test_edit_in_the_dialog_then_undo_and_redo_from_the_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    services.partners.save(PartnerData(name="Bad Tolz", country_code="DE"))
    window.undo_stack.clear()
    qtbot.waitUntil(
        lambda: window.partners_tab is not None and window.partners_tab.model.rowCount() == 1
    )
    select_partner(window, "Bad Tolz")
    assert not edit_action(window, "Undo").isEnabled()

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, PartnerDialog)
        dialog.name.setText("Bad Tölz")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(rename, PartnerDialog)
    assert window.partners_tab is not None
    qtbot.mouseClick(window.partners_tab.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(services) == ["Bad Tölz"])

    undo = edit_action(window, "Undo")
    assert undo.isEnabled()
    # The menu says what will be undone.
    assert undo.text().replace("&", "") == "Undo “Edit partner Bad Tölz”"
    undo.trigger()
    assert names(services) == ["Bad Tolz"]
    redo = edit_action(window, "Redo")
    assert redo.text().replace("&", "") == "Redo “Edit partner Bad Tölz”"
    redo.trigger()
    assert names(services) == ["Bad Tölz"]
    # The list follows without reopening.
    qtbot.waitUntil(
        lambda: (
            window.partners_tab is not None
            and window.partners_tab.model.row_at(0) is not None
            and window.partners_tab.model.row_at(0).name == "Bad Tölz"
        )  # type: ignore[union-attr]
    )


def test_delete_create_then_ctrl_z_twice_restores_the_partner_and_its_people(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The first release's crash: delete, create another, undo; and the lost link."""
    services = window.services
    kenilworth = services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    person = services.people.save_person(
        PersonData(first_name="Alice", last_name="Smith", partner_id=kenilworth)
    )
    window.undo_stack.clear()
    qtbot.waitUntil(
        lambda: window.partners_tab is not None and window.partners_tab.model.rowCount() == 1
    )
    select_partner(window, "Kenilworth")
    click_message_button("Delete")
    assert window.partners_tab is not None
    qtbot.mouseClick(window.partners_tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(services) == [])

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, PartnerDialog)
        dialog.name.setText("Łańcut")
        dialog.country.set_code("PL")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(create, PartnerDialog)
    qtbot.mouseClick(window.partners_tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(services) == ["Łańcut"])

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # From the list (in the search field, Ctrl+Z undoes the typing, as everywhere).
    table = window.partners_tab.view
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(services) == []
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(services) == ["Kenilworth"]
    assert services.people.get_person(person).partner_id == kenilworth


def test_undo_refused_when_the_record_changed_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    partner_id = services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    assert window.undo_stack.count() == 1
    # Another program (the command line, another computer) changes it meanwhile.
    connection = sqlite3.connect(services.db.path)
    with connection:
        connection.execute("UPDATE partner SET name = 'Kenilworth (Warwickshire)'")
    connection.close()

    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(read, QMessageBox)
    edit_action(window, "Undo").trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert "changed since" in shown[0]
    # Nothing was written, and the step left the history.
    assert services.partners.get(partner_id).name == "Kenilworth (Warwickshire)"
    assert window.undo_stack.count() == 0
    assert not edit_action(window, "Undo").isEnabled()


def test_erasing_health_notes_keeps_what_was_typed_and_leaves_no_copy_to_undo(
    qtbot: QtBot, window: MainWindow
) -> None:

    services = window.services
    delegation_id = services.delegations.save(
        DelegationData(
            partner_id=services.partners.save(PartnerData(name="Łańcut", country_code="PL")),
            direction=Direction.INCOMING,
            purpose="official",
            start_date=date(2026, 5, 1),
            end_date=date(2026, 5, 4),
        )
    )
    person = services.people.save_person(PersonData(first_name="Ewa", last_name="Nowak"))
    data = services.delegations.get(delegation_id)
    data.members = [MemberData(person_id=person, invited=True, needs="Allergie aux arachides")]
    services.delegations.save(data)
    assert window.undo_stack.count() > 0  # these saves are in the history, with the note
    tab = window.delegations_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.selectRow(0)

    def erase(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegationDialog)
        dialog.notes.setPlainText("Accueil à la gare")  # typed, not saved yet
        click_message_button("Erase")
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        assert not dialog.has_changes()  # saved with the erasing, nothing to lose
        dialog.reject()

    when_modal(erase, DelegationDialog)
    tab.edit_item()
    assert services.delegations.get(delegation_id).notes == "Accueil à la gare"
    with services.db.reading() as session:
        notes = session.execute(text("SELECT needs, diet FROM delegation_member")).all()
    assert notes == [(None, None)]
    # No step of the history can bring the note back.
    assert window.undo_stack.count() == 0


def test_the_undo_and_redo_texts_follow_a_language_change(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    """Steps recorded in French are named in English once the settings switch to English,
    both a step named from the records (the service's save) and one a tab named (Delete)."""
    from twinning_desk.translation import install_translators
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert app is not None
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        assert install_translators(app, "fr")
        window = MainWindow(configured, Gazetteer(tmp_path / "g.sqlite3"), settings, "fr")
        qtbot.addWidget(window)
        # As app.py does: the translators follow the language chosen in the settings.
        window.languageChanged.connect(lambda lang: install_translators(app, lang))
        window.show()
        configured.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
        qtbot.waitUntil(
            lambda: window.partners_tab is not None and window.partners_tab.model.rowCount() == 1
        )
        select_partner(window, "Kenilworth")
        click_message_button("Supprimer")
        assert window.partners_tab is not None
        qtbot.mouseClick(window.partners_tab.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: names(configured) == [])
        nbsp = "\u00a0"
        assert (
            edit_action(window, "Annuler").text().replace("&", "")
            == f"Annuler «{nbsp}Supprimer le partenaire Kenilworth{nbsp}»"
        )

        def choose_english(widget: QWidget) -> None:
            assert isinstance(widget, SettingsDialog)
            widget.language.setCurrentIndex(widget.language.findData("en"))
            widget.accept()

        when_modal(choose_english, SettingsDialog)
        window.open_settings()
        # Qt posts the language change to the window and its children.
        qtbot.waitUntil(
            lambda: edit_action(window, "Undo").text().replace("&", "")
            == "Undo “Delete partner Kenilworth”"
        )
        undo = edit_action(window, "Undo")
        undo.trigger()
        assert names(configured) == ["Kenilworth"]
        undo, redo = edit_action(window, "Undo"), edit_action(window, "Redo")
        assert undo.text().replace("&", "") == "Undo “Create partner Kenilworth”"
        assert redo.text().replace("&", "") == "Redo “Delete partner Kenilworth”"
    finally:
        install_translators(app, "none")
