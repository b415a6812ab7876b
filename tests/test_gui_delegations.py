"""The Delegations tab, the delegation dialog and the directory, driven with qtbot on
real widgets over a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gui_helpers import click_message_button, type_day, when_modal
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import DelegationStatus, Direction, MemberRole
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData, ProgrammeData
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import HouseholdData, PersonData
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.delegations.delegations_tab import DelegationsTab
from twinning_desk.ui.delegations.member_dialog import MemberDialog
from twinning_desk.ui.delegations.people_dialog import DirectoryDialog, PersonDialog
from twinning_desk.ui.delegations.programme import ProgrammeDialog


@pytest.fixture
def world(configured: Services) -> dict[str, int]:
    s = configured
    ids = {
        "lodz": s.partners.save(PartnerData(name="Łódź", country_code="PL")),
        "anne": s.people.save_person(PersonData(first_name="Anne", last_name="Lefèvre")),
        "helga": s.people.save_person(
            PersonData(first_name="Helga", last_name="Schröder", country_code="DE", languages="de")
        ),
        "cats": s.people.save_household(
            HouseholdData(name="Famille Garnier", capacity=2, languages="fr", has_pets=True)
        ),
        "flat": s.people.save_household(
            HouseholdData(name="M. Roux", capacity=1, languages="fr,de")
        ),
    }
    return ids


@pytest.fixture
def tab(
    qtbot: QtBot, configured: Services, world: dict[str, int], tmp_path: Path
) -> DelegationsTab:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = DelegationsTab(configured, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_create_a_delegation_with_an_elected_member_and_see_the_mandat_warning(
    qtbot: QtBot, tab: DelegationsTab, world: dict[str, int]
) -> None:
    seen: dict[str, str] = {}

    def fill_member(widget: QWidget) -> None:
        assert isinstance(widget, MemberDialog)
        assert not widget.needs_box.isVisible()  # health questions only for visitors
        widget.person.setCurrentIndex(widget.person.findData(world["anne"]))
        widget.role.setCurrentIndex(widget.role.findData(MemberRole.ELECTED.value))
        assert widget.mandat_box.isVisible()
        widget.accept()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, DelegationDialog)
        widget.partner.setCurrentIndex(widget.partner.findData(world["lodz"]))
        widget.direction.setCurrentIndex(widget.direction.findData(Direction.OUTGOING.value))
        type_day(qtbot, widget.start, "10/6/26")
        type_day(qtbot, widget.end, "13 juin 2026")
        widget.tabs.setCurrentIndex(1)
        when_modal(fill_member, MemberDialog)
        qtbot.mouseClick(widget.member_list.add_button, Qt.MouseButton.LeftButton)
        widget.update_checks()
        seen["warning"] = widget.warning_label.text()
        seen["eu"] = widget.eu_label.text()
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, DelegationDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "Anne LEFÈVRE" in seen["warning"] and "mandat spécial" in seen["warning"]
    assert "participants 1/50" in seen["eu"]
    row = tab.model.row_at(0)
    assert row is not None and row.partner == "Łódź" and row.members == 1
    saved = tab.services.delegations.get(row.id)
    assert saved.members[0].role is MemberRole.ELECTED and saved.start_date == date(2026, 6, 10)


def _incoming(s: Services, world: dict[str, int], **member: object) -> int:
    return s.delegations.save(
        DelegationData(
            partner_id=world["lodz"],
            direction=Direction.INCOMING,
            purpose="citizens",
            start_date=date(2026, 7, 1),
            end_date=date(2026, 7, 4),
            members=[MemberData(world["helga"], invited=True, **member)],  # type: ignore[arg-type]
        )
    )


def test_drop_a_visitor_on_a_family_and_see_the_pet_warning(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    delegation = _incoming(configured, world, no_pets=True)
    dialog = DelegationDialog(configured.delegations, configured.people, delegation)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    assert dialog.tabs.isTabEnabled(3)
    assert "No host yet for: Helga SCHRÖDER" in dialog.warning_label.text()
    # Drag the visitor onto the family with a cat, as the mouse would.
    mime = dialog.visitors.mimeData([dialog.visitors.index(0, 0)])
    cats_row = [h.id for h in dialog.hosts_model.items].index(world["cats"])
    target = dialog.host_view.visualRect(dialog.hosts_model.index(cats_row, 0)).center()
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.host_view.dropEvent(drop)
    assert dialog.members.items[0].host_id == world["cats"]
    assert dialog.visitors.data(dialog.visitors.index(0, 1)) == "Famille Garnier"
    qtbot.waitUntil(lambda: "cannot stay with pets" in dialog.warning_label.text())
    # Suggest moves nobody the secretary placed; unassign, then Suggest finds the flat.
    dialog.visitor_view.selectRow(0)
    qtbot.mouseClick(dialog.unassign_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.members.items[0].host_id == world["flat"]
    qtbot.waitUntil(lambda: not dialog.warning_label.isVisible())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert configured.delegations.get(delegation).members[0].host_id == world["flat"]


def test_assign_with_the_button_and_sensitive_column_hidden_by_default(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    delegation = _incoming(configured, world, diet="végétarien")
    dialog = DelegationDialog(configured.delegations, configured.people, delegation)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    assert dialog.visitor_view.isColumnHidden(5)
    dialog.show_sensitive.setChecked(True)
    assert not dialog.visitor_view.isColumnHidden(5)
    assert dialog.visitors.data(dialog.visitors.index(0, 5)) == "végétarien"
    dialog.visitor_view.selectRow(0)
    flat_row = [h.id for h in dialog.hosts_model.items].index(world["flat"])
    dialog.host_view.selectRow(flat_row)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert dialog.members.items[0].host_id == world["flat"]
    qtbot.waitUntil(lambda: "does not offer the diet" in dialog.warning_label.text())
    dialog.done(0)  # leave without the "discard changes?" question


def test_minor_without_authorisation_cannot_be_marked_ready(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    kid = configured.people.save_person(
        PersonData(first_name="Lucas", last_name="Marchand", birth_date=date(2012, 1, 5))
    )
    delegation = configured.delegations.save(
        DelegationData(
            partner_id=world["lodz"],
            direction=Direction.OUTGOING,
            purpose="youth",
            start_date=date(2026, 7, 1),
            members=[MemberData(kid, MemberRole.YOUTH)],
        )
    )
    dialog = DelegationDialog(configured.delegations, configured.people, delegation)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Lucas MARCHAND is a minor" in dialog.warning_label.text()
    dialog.status.setCurrentIndex(dialog.status.findData(DelegationStatus.READY.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert "guardian's authorisation" in dialog.error.text()
    assert configured.delegations.get(delegation).status is DelegationStatus.DRAFT
    dialog.done(0)


def test_programme_order_within_a_day(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    day = date(2026, 7, 2)
    delegation = configured.delegations.save(
        DelegationData(
            partner_id=world["lodz"],
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 7, 1),
            end_date=date(2026, 7, 3),
            programme=[
                ProgrammeData(date(2026, 7, 1), "Arrivée"),
                ProgrammeData(day, "Réception"),
                ProgrammeData(day, "Visite"),
            ],
        )
    )
    dialog = DelegationDialog(configured.delegations, configured.people, delegation)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    dialog.programme_list.view.selectRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    dialog.programme_list.view.selectRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # not across days
    assert [p.activity for p in dialog.programme.items] == ["Arrivée", "Visite", "Réception"]
    # Drag "Réception" back above "Visite"; a drag across days changes nothing.
    model = dialog.programme
    drop = Qt.DropAction.MoveAction
    assert not model.dropMimeData(
        model.mimeData([model.index(2, 0)]), drop, -1, 0, model.index(1, 0)
    )
    model.dropMimeData(model.mimeData([model.index(0, 0)]), drop, -1, 0, model.index(2, 0))
    assert [p.activity for p in dialog.programme.items] == ["Arrivée", "Réception", "Visite"]

    def add(widget: QWidget) -> None:
        assert isinstance(widget, ProgrammeDialog)
        type_day(qtbot, widget.day, "03/07/2026")
        qtbot.keyClicks(widget.time, "9h30")
        qtbot.keyClicks(widget.activity, "Depart")
        widget.accept()

    when_modal(add, ProgrammeDialog)
    qtbot.mouseClick(dialog.programme_list.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = configured.delegations.get(delegation).programme
    assert [p.activity for p in saved] == ["Arrivée", "Réception", "Visite", "Depart"]
    assert saved[-1].start_time is not None and saved[-1].start_time.strftime("%H:%M") == "09:30"


def test_delete_with_confirmation_then_undo(
    qtbot: QtBot, tab: DelegationsTab, world: dict[str, int]
) -> None:
    _incoming(tab.services, world)
    tab.refresh()
    tab.view.selectRow(0)
    click_message_button("Delete")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    restored = tab.model.row_at(0)
    assert restored is not None and restored.members == 1


def test_attendance_list_from_the_tab(
    qtbot: QtBot, tab: DelegationsTab, world: dict[str, int], tmp_path: Path
) -> None:
    delegation = _incoming(tab.services, world)
    out = tmp_path / "liste.pdf"
    assert tab.export_attendance(delegation, out)
    text = PdfReader(out).pages[0].extract_text()
    assert "Helga SCHRÖDER" in text and "Łódź" in text


def test_directory_adds_a_person_and_erases_one(
    qtbot: QtBot, configured: Services, world: dict[str, int], tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    directory = DirectoryDialog(configured.people, settings)
    qtbot.addWidget(directory)
    directory.show()
    assert directory.model.rowCount() == 2

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, PersonDialog)
        qtbot.keyClicks(widget.first_name, "Zoe")
        widget.accept()  # no surname: refused, stays open with the reason
        assert widget.isVisible() and "Surname" in widget.error.text()
        qtbot.keyClicks(widget.last_name, "Martin")
        widget.minor.setChecked(True)
        type_day(qtbot, widget.birth, "14/03/2012")
        widget.accept()

    when_modal(fill, PersonDialog)
    qtbot.mouseClick(directory.new_person_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory.model.rowCount() == 3)
    zoe = next(p for p in configured.people.people() if p.first_name == "Zoe")
    assert zoe.birth_date == date(2012, 3, 14)
    directory.search.setText("schroder")
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1)
    directory.view.selectRow(0)
    click_message_button("Erase")
    qtbot.mouseClick(directory.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: directory.model.rowCount() == 0)
    assert all(p.first_name != "Helga" for p in configured.people.people())
    directory.tabs.setCurrentIndex(1)
    assert [h.name for h in directory.households.items] == ["Famille Garnier", "M. Roux"]


def test_member_dialog_searches_the_directory(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    nunez = configured.people.save_person(PersonData(first_name="Javier", last_name="Núñez"))
    dialog = MemberDialog(None, configured.people, True, [])
    qtbot.addWidget(dialog)
    assert dialog.person.count() == 3
    assert dialog.person.currentIndex() == -1  # nobody chosen for the secretary
    assert dialog.person.placeholderText()
    qtbot.keyClicks(dialog.person_search, "nunez")
    qtbot.waitUntil(lambda: dialog.person.count() == 1)
    assert dialog.person.currentData() == nunez
    assert dialog.needs_box.isVisibleTo(dialog)  # a visitor: hosting needs are asked
    dialog.accept()
    assert dialog.result_data is not None and dialog.result_data.name == "Javier NÚÑEZ"


def test_every_member_shows_a_country_even_without_one_in_the_directory(
    qtbot: QtBot, configured: Services, world: dict[str, int]
) -> None:
    """Anne (ours) and Jan (invited) were recorded without a country: the Country column
    says the one they count for, as the "By country" line and the attendance list do."""
    s = configured
    jan = s.people.save_person(PersonData(first_name="Jan", last_name="Nowak"))
    bonn = s.partners.save(PartnerData(name="Bonn", country_code="DE"))
    delegation = s.delegations.save(
        DelegationData(
            partner_id=world["lodz"],
            direction=Direction.OUTGOING,
            purpose="citizens",
            start_date=date(2026, 7, 1),
            end_date=date(2026, 7, 4),
            members=[
                MemberData(world["anne"]),
                MemberData(world["helga"], invited=True),
                MemberData(jan, invited=True),
            ],
        )
    )
    dialog = DelegationDialog(s.delegations, s.people, delegation)
    qtbot.addWidget(dialog)
    dialog.show()
    column = [c.key for c in dialog.members.columns].index("country")

    def countries() -> dict[str, str]:
        model = dialog.members
        return {
            str(model.data(model.index(row, 0))): str(model.data(model.index(row, column)))
            for row in range(model.rowCount())
        }

    # The home commune is French (HOME in conftest); the UI is French.
    assert countries() == {
        "Anne LEFÈVRE": "France",
        "Helga SCHRÖDER": "Allemagne",
        "Jan NOWAK": "Pologne",
    }
    assert "France 1" in dialog.counts_label.text()
    # Jan comes from whichever town the delegation goes to: another partner, another country.
    dialog.partner.setCurrentIndex(dialog.partner.findData(bonn))
    assert countries()["Jan NOWAK"] == "Allemagne"
    assert countries()["Anne LEFÈVRE"] == "France"
    # No partner chosen: where Jan comes from is not known, and not guessed.
    dialog.partner.setCurrentIndex(dialog.partner.findData(None))
    assert countries() == {
        "Anne LEFÈVRE": "France",
        "Helga SCHRÖDER": "Allemagne",
        "Jan NOWAK": "",
    }
    dialog.done(0)
