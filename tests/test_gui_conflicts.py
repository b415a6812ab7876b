"""The conflict dialog, driven as a person does: two people edit the same record, the
second one's Save shows both versions field by field, and whatever they click, nothing
typed and nothing the other saved is lost.

The other person is a second Services object on the same database (a second window or
the command line on an SQLite file; a second computer on PostgreSQL); what is stored is
read back with SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from twinning_desk.db.database import open_database
from twinning_desk.db.models import BudgetKind, Direction
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData
from twinning_desk.services.events import EventData
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.services.partners import ContactData, PartnerData
from twinning_desk.services.people import HouseholdData, PersonData
from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog
from twinning_desk.ui.common.conflict_dialog import ConflictDialog
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.delegations.people_dialog import HouseholdDialog, PersonDialog
from twinning_desk.ui.events.event_dialog import EventDialog
from twinning_desk.ui.partners.partner_dialog import PartnerDialog


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gaz = Gazetteer(tmp_path / "gazetteer.sqlite3")
    build_gazetteer(gaz.path, [])
    return gaz


@pytest.fixture
def pair(configured: Services) -> Iterator[tuple[Services, Services]]:
    """The secretary's window and, on the same file, the treasurer's."""
    assert configured.db.path is not None
    other = Services.over(open_database(configured.db.path))
    yield configured, other
    other.close()


def stored(services: Services, sql: str) -> list[tuple[object, ...]]:
    with services.db.reading() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok_button(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def row_of(dialog: ConflictDialog, label: str) -> object:
    for row in dialog.rows:
        if row.field.label == label:
            return row
    raise AssertionError(f"no row {label!r} in {[r.field.label for r in dialog.rows]}")


def on_conflict(action: Callable[[ConflictDialog], None]) -> list[QWidget]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        try:
            action(widget)
        finally:
            if widget.isVisible():  # the action failed: do not leave the test hanging
                widget.done(QDialog.DialogCode.Rejected)

    return when_modal(act, ConflictDialog)


def new_partner(services: Services) -> int:
    return services.partners.save(
        PartnerData(
            name="Gorlitz",
            country_code="DE",
            notes="Jumelage depuis 1991",
            contacts=[ContactData(name="Anna Nowak")],
        )
    )


def test_partner_combined_field_by_field(
    qtbot: QtBot, pair: tuple[Services, Services], gazetteer: Gazetteer
) -> None:
    mine, theirs = pair
    partner_id = new_partner(mine)
    dialog = PartnerDialog(mine.partners, gazetteer, partner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile the treasurer changes the notes and the population, and saves.
    other = theirs.partners.get(partner_id)
    other.notes = "Visite prevue en mai"
    other.population = 56000
    theirs.partners.save(other)
    # The secretary types the region and other notes, and saves.
    qtbot.keyClicks(dialog.region, "Saxe")
    dialog.notes.clear()
    qtbot.keyClicks(dialog.notes, "Nouveau maire")
    seen: dict[str, object] = {}

    def choose(conflict: ConflictDialog) -> None:
        seen["labels"] = [row.field.label for row in conflict.rows]
        notes, population, region = (
            row_of(conflict, "Notes"),
            row_of(conflict, "Population"),
            row_of(conflict, "Region"),
        )
        # Only the other changed the population: theirs is proposed; only I changed
        # the region: mine; both changed the notes: mine, flagged.
        seen["defaults"] = (
            population.theirs.isChecked(),  # type: ignore[attr-defined]
            region.mine.isChecked(),  # type: ignore[attr-defined]
            notes.mine.isChecked(),  # type: ignore[attr-defined]
            notes.both_changed,  # type: ignore[attr-defined]
        )
        click(qtbot, notes.theirs)  # type: ignore[attr-defined]
        click(qtbot, conflict.save_button)

    shown = on_conflict(choose)
    click(qtbot, dialog.save_button)
    assert shown, "the conflict dialog did not open"
    assert sorted(seen["labels"]) == ["Notes", "Population", "Region"]  # type: ignore[arg-type]
    assert seen["defaults"] == (True, True, True, True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(mine, "SELECT notes, population, region, version FROM partner") == [
        ("Visite prevue en mai", 56000, "Saxe", 3)
    ]


def test_back_to_my_changes_keeps_the_typing_then_take_theirs(
    qtbot: QtBot, pair: tuple[Services, Services], gazetteer: Gazetteer
) -> None:
    mine, theirs = pair
    partner_id = new_partner(mine)
    dialog = PartnerDialog(mine.partners, gazetteer, partner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.partners.get(partner_id)
    other.contacts[0].phone = "+49 3581 670"
    theirs.partners.save(other)
    qtbot.keyClicks(dialog.website, "https://goerlitz.de")

    shown = on_conflict(lambda conflict: click(qtbot, conflict.back_button))
    click(qtbot, dialog.save_button)
    assert shown
    # Nothing saved, the dialog still open with what was typed.
    assert dialog.isVisible()
    assert dialog.website.text() == "https://goerlitz.de"
    assert stored(mine, "SELECT website, version FROM partner") == [(None, 2)]
    assert stored(mine, "SELECT phone FROM contact") == [("+49 3581 670",)]

    # Saved again: this time the secretary takes the other's version whole.
    labels: list[str] = []

    def take_theirs(conflict: ConflictDialog) -> None:
        labels.extend(row.field.label for row in conflict.rows)
        click(qtbot, conflict.all_theirs_button)
        click(qtbot, conflict.save_button)

    shown = on_conflict(take_theirs)
    click(qtbot, dialog.save_button)
    assert shown
    assert sorted(labels) == ["Contacts", "Website"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(mine, "SELECT website, version FROM partner") == [(None, 2)]
    assert stored(mine, "SELECT phone FROM contact") == [("+49 3581 670",)]


def test_keep_all_mine_saves_over_the_other_on_purpose(
    qtbot: QtBot, pair: tuple[Services, Services], gazetteer: Gazetteer
) -> None:
    mine, theirs = pair
    partner_id = new_partner(mine)
    dialog = PartnerDialog(mine.partners, gazetteer, partner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.partners.get(partner_id)
    other.name = "Goerlitz"
    theirs.partners.save(other)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Gorlitz (Saxe)")

    def keep_mine(conflict: ConflictDialog) -> None:
        click(qtbot, conflict.all_mine_button)
        click(qtbot, conflict.save_button)

    shown = on_conflict(keep_mine)
    click(qtbot, dialog.save_button)
    assert shown
    assert stored(mine, "SELECT name, version FROM partner") == [("Gorlitz (Saxe)", 3)]


def test_a_third_change_while_choosing_is_caught_in_turn(
    qtbot: QtBot, pair: tuple[Services, Services], gazetteer: Gazetteer
) -> None:
    mine, theirs = pair
    partner_id = new_partner(mine)
    dialog = PartnerDialog(mine.partners, gazetteer, partner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.partners.get(partner_id)
    other.region = "Saxe"
    theirs.partners.save(other)
    qtbot.keyClicks(dialog.website, "https://goerlitz.de")
    rounds: list[list[str]] = []

    def first(conflict: ConflictDialog) -> None:
        rounds.append([row.field.label for row in conflict.rows])
        # While the secretary reads, the treasurer saves once more.
        again = theirs.partners.get(partner_id)
        again.population = 56000
        theirs.partners.save(again)
        on_conflict(second)
        click(qtbot, conflict.save_button)

    def second(conflict: ConflictDialog) -> None:
        rounds.append([row.field.label for row in conflict.rows])
        click(qtbot, conflict.save_button)

    on_conflict(first)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: len(rounds) == 2)
    assert sorted(rounds[0]) == ["Region", "Website"]
    # The second comparison shows the new change (and what is still mine).
    assert "Population" in rounds[1]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert stored(mine, "SELECT website, region, population, version FROM partner") == [
        ("https://goerlitz.de", "Saxe", 56000, 4)
    ]


@pytest.mark.postgresql
def test_two_computers_on_postgresql_edit_the_same_partner(
    qtbot: QtBot, pg_url: str, gazetteer: Gazetteer
) -> None:
    """The secretary and the treasurer, each with their own connection to the server."""
    mine, theirs = Services.open(pg_url), Services.open(pg_url)
    try:
        partner_id = new_partner(mine)
        dialog = PartnerDialog(mine.partners, gazetteer, partner_id)
        qtbot.addWidget(dialog)
        dialog.show()
        other_dialog = PartnerDialog(theirs.partners, gazetteer, partner_id)
        qtbot.addWidget(other_dialog)
        other_dialog.show()
        qtbot.keyClicks(other_dialog.region, "Oberlausitz")
        click(qtbot, other_dialog.save_button)
        assert other_dialog.result() == QDialog.DialogCode.Accepted
        qtbot.keyClicks(dialog.website, "https://goerlitz.de")
        labels: list[str] = []

        def combine(conflict: ConflictDialog) -> None:
            labels.extend(row.field.label for row in conflict.rows)
            click(qtbot, conflict.save_button)  # the defaults: their region, my website

        shown = on_conflict(combine)
        click(qtbot, dialog.save_button)
        assert shown and sorted(labels) == ["Region", "Website"]
        assert stored(mine, "SELECT region, website, version FROM partner") == [
            ("Oberlausitz", "https://goerlitz.de", 3)
        ]
    finally:
        mine.close()
        theirs.close()


def test_event_delegation_and_budget_dialogs_catch_it_too(
    qtbot: QtBot, pair: tuple[Services, Services]
) -> None:
    mine, theirs = pair
    # ---- an event
    event_id = mine.events.save(
        EventData(title="Fete de l'Europe", type="festival", start=datetime(2026, 5, 9))
    )
    dialog = EventDialog(mine.events, mine.partners, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.events.get(event_id)
    other.place = "Place de la mairie"
    theirs.events.save(other)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Fete de l'Europe 2026")
    labels: list[str] = []

    def save_defaults(conflict: ConflictDialog) -> None:
        labels.extend(row.field.label for row in conflict.rows)
        click(qtbot, conflict.save_button)

    assert on_conflict(save_defaults) is not None
    click(qtbot, dialog.save_button)
    assert sorted(labels) == ["Place", "Title"]
    assert stored(mine, "SELECT title, place FROM event") == [
        ("Fete de l'Europe 2026", "Place de la mairie")
    ]

    # ---- a delegation
    partner_id = new_partner(mine)
    delegation_id = mine.delegations.save(
        DelegationData(
            partner_id=partner_id,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 6, 1),
            end_date=date(2026, 6, 3),
        )
    )
    delegation_dialog = DelegationDialog(mine.delegations, mine.people, delegation_id)
    qtbot.addWidget(delegation_dialog)
    delegation_dialog.show()
    other_d = theirs.delegations.get(delegation_id)
    other_d.grant_reference = "ERASMUS-2026-17"
    theirs.delegations.save(other_d)
    qtbot.keyClicks(delegation_dialog.notes, "Cadeaux: miel")
    labels.clear()
    on_conflict(save_defaults)
    click(qtbot, delegation_dialog.save_button)
    assert sorted(labels) == ["Grant reference", "Notes"]
    assert stored(mine, "SELECT notes, grant_reference FROM delegation") == [
        ("Cadeaux: miel", "ERASMUS-2026-17")
    ]

    # ---- a budget line
    line_id = mine.budget.save(
        BudgetLineData(
            year=2026,
            kind=BudgetKind.CHARGE,
            category_code="625",
            label="Car pour Gorlitz",
            forecast_cents=120_000,
        )
    )
    line_dialog = BudgetLineDialog(mine.budget, mine.events, 2026, mine.budget.get(line_id))
    qtbot.addWidget(line_dialog)
    line_dialog.show()
    other_b = theirs.budget.get(line_id)
    other_b.actual_cents = 118_050
    theirs.budget.save(other_b)
    line_dialog.forecast.clear()
    qtbot.keyClicks(line_dialog.forecast, "1300")
    labels.clear()

    def back(conflict: ConflictDialog) -> None:
        labels.extend(row.field.label for row in conflict.rows)
        click(qtbot, conflict.back_button)

    on_conflict(back)
    click(qtbot, ok_button(line_dialog))
    assert sorted(labels) == ["Actual", "Forecast"]
    assert line_dialog.isVisible() and line_dialog.forecast.text() == "1300"
    assert stored(mine, "SELECT forecast_cents, actual_cents FROM budget_line") == [
        (120_000, 118_050)
    ]
    on_conflict(save_defaults)
    click(qtbot, ok_button(line_dialog))
    assert line_dialog.result() == QDialog.DialogCode.Accepted
    assert stored(mine, "SELECT forecast_cents, actual_cents FROM budget_line") == [
        (130_000, 118_050)
    ]


def test_a_host_family_edited_by_two_keeps_both_changes(
    qtbot: QtBot, pair: tuple[Services, Services]
) -> None:
    """The people directory's dialogs compare too: the other's new number of beds and
    my pets, both kept; then going back to the form keeps my typing and saves nothing."""
    mine, theirs = pair
    household_id = mine.people.save_household(HouseholdData(name="Famille Petit", capacity=2))
    dialog = HouseholdDialog(mine.people, mine.people.get_household(household_id))
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.people.get_household(household_id)
    other.capacity = 4
    theirs.people.save_household(other)
    # On its box, as a person does (the middle of a wide check box is empty space).
    qtbot.mouseClick(
        dialog.pets, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.pets.height() // 2)
    )
    assert dialog.pets.isChecked()
    labels: list[str] = []

    def keep_both(conflict: ConflictDialog) -> None:
        labels.extend(row.field.label for row in conflict.rows)
        click(qtbot, conflict.save_button)  # the defaults: their beds, my pets

    shown = on_conflict(keep_both)
    click(qtbot, ok_button(dialog))
    assert shown, "the conflict dialog did not open"
    assert labels == ["Beds", "Pets at home"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id == household_id
    assert stored(mine, "SELECT capacity, has_pets, version FROM household") == [(4, 1, 3)]


def test_a_person_changed_meanwhile_back_to_my_form_saves_nothing(
    qtbot: QtBot, pair: tuple[Services, Services]
) -> None:
    mine, theirs = pair
    person_id = mine.people.save_person(PersonData(first_name="Jeanne", last_name="Martin"))
    dialog = PersonDialog(mine.people, mine.people.get_person(person_id))
    qtbot.addWidget(dialog)
    dialog.show()
    other = theirs.people.get_person(person_id)
    other.email = "jeanne.martin@example.org"
    theirs.people.save_person(other)
    qtbot.keyClicks(dialog.phone, "06 12 34 56 78")

    shown = on_conflict(lambda conflict: click(qtbot, conflict.back_button))
    click(qtbot, ok_button(dialog))
    assert shown, "the conflict dialog did not open"
    assert dialog.isVisible()
    assert dialog.phone.text() == "06 12 34 56 78"
    assert stored(mine, "SELECT email, phone, version FROM person") == [
        ("jeanne.martin@example.org", None, 2)
    ]
