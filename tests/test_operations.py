"""Undo and redo of whole user actions: every row comes back exactly, links included.

The checks compare a dump of every table of the file (every column of every row), taken
before the action, after it, after undo and after redo; nothing is taken from the code
under test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, text

from twinning_desk.db.models import Base
from twinning_desk.services import notify
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.operations import OperationRefused

Dump = dict[str, list[tuple[Any, ...]]]
BOOKKEEPING = {"version", "changed_by", "changed_at"}


def dump(services: Services) -> Dump:
    """Every column of every row, but a record's version and who changed it last, and
    the History: those only go on, undo and redo included (test_record_conflicts and
    test_history check them)."""
    with services.db.reading() as session:
        return {
            table.name: sorted(
                (
                    tuple(value for key, value in row._mapping.items() if key not in BOOKKEEPING)
                    for row in session.execute(select(table))
                ),
                key=repr,
            )
            for table in Base.metadata.sorted_tables
            if table.name != "record_change"  # the History only grows, undo included
        }


@pytest.fixture
def demo(services: Services) -> Services:
    load_demo(services)
    return services


def round_trip(services: Services, action: Callable[[], object]) -> tuple[Dump, Dump]:
    """Run ``action`` recorded, undo it, redo it; returns the dumps before and after."""
    before = dump(services)
    with services.operations.record() as changes:
        action()
    after = dump(services)
    assert after != before, "the action changed nothing"
    assert changes, "the action's changes were not recorded"
    services.operations.undo(changes)
    assert dump(services) == before
    services.operations.redo(changes)
    assert dump(services) == after
    services.operations.undo(changes)
    assert dump(services) == before
    return before, after


def first_id(services: Services, table: str, where: str = "1=1") -> int:
    with services.db.reading() as session:
        value = session.execute(text(f"SELECT min(id) FROM {table} WHERE {where}")).scalar()
    assert value is not None, f"no {table} row where {where}"
    return int(value)


def test_delete_partner_with_its_people_and_counts(demo: Services) -> None:
    partner_id = first_id(
        demo,
        "partner",
        "id NOT IN (SELECT partner_id FROM delegation) "
        "AND id NOT IN (SELECT partner_id FROM event_partners)",
    )
    with demo.db.transaction() as session:
        session.execute(
            text("UPDATE person SET partner_id = :p WHERE id = (SELECT min(id) FROM person)"),
            {"p": partner_id},
        )
    before, after = round_trip(demo, lambda: demo.partners.delete(partner_id))
    linked = [row for row in before["person"] if partner_id in row]
    assert linked, "the test needs a person linked to the partner"
    assert not [row for row in after["partner"] if row[0] == partner_id]


def test_delete_event_delegation_and_budget_line(demo: Services) -> None:
    round_trip(demo, lambda: demo.events.delete(first_id(demo, "event")))
    round_trip(demo, lambda: demo.delegations.delete(first_id(demo, "delegation")))
    round_trip(demo, lambda: demo.budget.delete(first_id(demo, "budget_line")))


def test_edit_partner_including_themes_and_agreements(demo: Services) -> None:
    partner_id = first_id(demo, "partner", "id IN (SELECT partner_id FROM agreement)")
    data = demo.partners.get(partner_id)
    data.name = data.name + " (renamed)"
    data.themes = ["Jeunesse", "Sport"]
    data.agreements = data.agreements[1:]
    round_trip(demo, lambda: demo.partners.save(data))


def test_create_then_undo_removes_it_and_redo_keeps_its_id(demo: Services) -> None:
    data = demo.partners.get(first_id(demo, "partner"))
    data.id = None
    data.name = "Zgorzelec-Nord"
    for agreement in data.agreements:
        agreement.id = None
    for contact in data.contacts:
        contact.id = None
    with demo.operations.record() as changes:
        new_id = demo.partners.save(data)
    demo.operations.undo(changes)
    with demo.db.reading() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM partner WHERE id=:i"), {"i": new_id}
            ).scalar()
            == 0
        )
    demo.operations.redo(changes)
    assert demo.partners.get(new_id).name == "Zgorzelec-Nord"


def test_delete_create_then_undo_both_in_order(demo: Services) -> None:
    """The first release's crash: delete, create, undo twice."""
    victim = first_id(
        demo,
        "partner",
        "id NOT IN (SELECT partner_id FROM delegation) "
        "AND id NOT IN (SELECT partner_id FROM event_partners)",
    )
    start = dump(demo)
    with demo.operations.record() as deleted:
        demo.partners.delete(victim)
    data = demo.partners.get(first_id(demo, "partner"))
    data.id, data.name, data.agreements, data.contacts = None, "Nouvelle", [], []
    with demo.operations.record() as created:
        new_id = demo.partners.save(data)
    assert new_id != victim
    demo.operations.undo(created)
    demo.operations.undo(deleted)
    assert dump(demo) == start


def test_undo_refuses_to_overwrite_a_later_change(demo: Services) -> None:
    partner_id = first_id(demo, "partner")
    data = demo.partners.get(partner_id)
    data.name = "Premier nom"
    with demo.operations.record() as changes:
        demo.partners.save(data)
    # Changed meanwhile outside the history (another window, the command line).
    data = demo.partners.get(partner_id)
    data.name = "Nom changé ailleurs"
    demo.partners.save(data)
    middle = dump(demo)
    with pytest.raises(OperationRefused) as refused:
        demo.operations.undo(changes)
    assert "a partner" in refused.value.render()
    assert dump(demo) == middle


def test_undo_refuses_to_remove_a_record_used_since(demo: Services) -> None:
    """Undoing a creation must not unlink (or cascade away) what was tied to it since."""
    data = demo.partners.get(first_id(demo, "partner"))
    data.id, data.name, data.agreements, data.contacts = None, "Görlitz-Ost", [], []
    with demo.operations.record() as changes:
        new_id = demo.partners.save(data)
    with demo.db.transaction() as session:
        session.execute(
            text("UPDATE person SET partner_id = :p WHERE id = (SELECT min(id) FROM person)"),
            {"p": new_id},
        )
    middle = dump(demo)
    with pytest.raises(OperationRefused):
        demo.operations.undo(changes)
    assert dump(demo) == middle


def test_notifies_the_views_of_what_changed(demo: Services) -> None:
    heard: list[str] = []
    demo.notifier.subscribe(heard.append)
    with demo.operations.record() as changes:
        demo.events.delete(first_id(demo, "event"))
    heard.clear()
    demo.operations.undo(changes)
    assert notify.EVENTS in heard
    assert notify.PARTNERS not in heard


def test_a_failed_action_records_nothing(demo: Services) -> None:
    before = dump(demo)
    with pytest.raises(Exception), demo.operations.record() as changes:  # noqa: B017
        with demo.db.transaction() as session:
            session.execute(text("UPDATE partner SET name = 'x'"))
            raise RuntimeError("boom")
    assert not changes
    assert dump(demo) == before


def test_two_transactions_are_one_action(demo: Services) -> None:
    first = first_id(demo, "event")
    second = first_id(demo, "event", f"id > {first}")
    round_trip(demo, lambda: (demo.events.delete(first), demo.events.delete(second)))


# ---------------------------------------------------------------- every kind of change
def _edit_delegation_members(s: Services) -> None:
    """Members, programme and hosting of a delegation, changed in one save."""
    delegation_id = first_id(s, "delegation", "id IN (SELECT delegation_id FROM delegation_member)")
    data = s.delegations.get(delegation_id)
    data.members = data.members[1:]
    data.programme = [*data.programme[1:]]
    if data.programme:
        data.programme[0].activity = "Visite du marché couvert"
    data.notes = "Changé pour le test"
    s.delegations.save(data)


def _edit_event(s: Services) -> None:
    data = s.events.get(first_id(s, "event", "id IN (SELECT event_id FROM follow_up)"))
    data.title = data.title + " (bis)"
    data.follow_ups = data.follow_ups[1:]
    data.partner_ids = data.partner_ids[:1]
    s.events.save(data)


def _new_budget_line(s: Services) -> None:
    line = s.budget.get(first_id(s, "budget_line"))
    line.id, line.label, line.actual_cents = None, "Cars pour Bad Wimpfen", 123_456
    s.budget.save(line)


def _edit_subsidy(s: Services) -> None:
    year = s.budget.years()[-1]
    subsidies = s.budget.subsidies(year) or [
        sub for y in s.budget.years() for sub in s.budget.subsidies(y)
    ]
    subsidy = subsidies[0]
    subsidy.granted_cents = (subsidy.granted_cents or 0) + 1
    s.budget.save_subsidy(subsidy)


def _new_person_and_household(s: Services) -> None:
    from twinning_desk.services.people import HouseholdData, PersonData

    household_id = s.people.save_household(HouseholdData(name="Famille Łukasiewicz", capacity=3))
    s.people.save_person(
        PersonData(first_name="Zofia", last_name="Wiśniewska", household_id=household_id)
    )


def _mission_report(s: Services) -> None:
    report = s.reports.get(first_id(s, "delegation"))
    report.results = "Des résultats"
    report.signed_on = None
    s.reports.save(report)


def _follow_up_done(s: Services) -> None:
    s.events.set_follow_up_done(first_id(s, "follow_up", "NOT done"), True)


def _custom_types_and_chart(s: Services) -> None:
    s.events.set_custom_types(["Marché de Noël", "Jumelage scolaire"])


def _commune(s: Services) -> None:
    profile = s.commune.get()
    assert profile is not None
    profile.name = profile.name + " (test)"
    s.commune.save(profile)


EVERY_CHANGE = {
    "delegation members, programme, hosting": _edit_delegation_members,
    "event with follow-ups and partners": _edit_event,
    "new budget line": _new_budget_line,
    "subsidy": _edit_subsidy,
    "person and host family": _new_person_and_household,
    "mission report": _mission_report,
    "follow-up done": _follow_up_done,
    "custom event types": _custom_types_and_chart,
    "commune": _commune,
}


@pytest.mark.parametrize("change", EVERY_CHANGE.values(), ids=EVERY_CHANGE.keys())
def test_every_kind_of_change_undoes_and_redoes_exactly(
    demo: Services, change: Callable[[Services], None]
) -> None:
    round_trip(demo, lambda: change(demo))


def test_deleting_a_host_family_unlinks_its_people_and_undo_links_them(demo: Services) -> None:
    """ON DELETE SET NULL happens in the database, unseen by the ORM: still undone."""
    from twinning_desk.services.people import HouseholdData, PersonData

    household_id = demo.people.save_household(HouseholdData(name="Famille Kowalska"))
    person_id = demo.people.save_person(
        PersonData(first_name="Jan", last_name="Kowalski", household_id=household_id)
    )
    round_trip(demo, lambda: demo.people.delete_household(household_id))
    with demo.db.reading() as session:
        linked = session.execute(
            text("SELECT household_id FROM person WHERE id = :p"), {"p": person_id}
        ).scalar()
    assert linked == household_id


def test_a_constraint_refusal_is_said_in_words(configured: Services) -> None:
    """Two windows adding the same theme at once: the second gets a sentence, not SQL."""
    from twinning_desk.core.errors import TwinningError
    from twinning_desk.db.models import Theme

    with configured.db.transaction() as session:
        session.add(Theme(name="Jeunesse"))
    with pytest.raises(TwinningError) as refused:
        with configured.db.transaction() as session:
            session.add(Theme(name="Jeunesse"))
    text_shown = refused.value.render()
    assert text_shown.startswith("Another record already has this value (")
    assert "nothing was saved" in text_shown
    assert "INSERT" not in text_shown and "sqlite3" not in text_shown


def test_an_import_written_in_bulk_is_undone_and_redone_whole(demo: Services) -> None:
    """New partners of an import go in with Core executemany (issue #17), past the
    recorder's per-object hooks: they are named to it by condition, and undo removes
    every partner, agreement, contact and theme link; redo puts them back by id."""
    from twinning_desk.services.dates import FuzzyDate
    from twinning_desk.services.partner_data import AgreementData, ContactData, PartnerData

    existing = demo.partners.get(first_id(demo, "partner"))
    existing.notes = "changed by the import"
    batch = [existing] + [
        PartnerData(
            name=f"Gmina {i}",
            country_code="PL",
            themes=["Jeunesse", "Nouveau thème"] if i % 2 else [],
            agreements=[AgreementData(type="charter", signed=FuzzyDate.year(1990 + i))],
            contacts=[ContactData(name=f"Contact {i}", email=f"c{i}@gmina.pl")] if i % 3 else [],
        )
        for i in range(2500)  # more than one bulk chunk
    ]
    _before, after = round_trip(demo, lambda: demo.partners.save_many(batch))
    new = [row for row in after["partner"] if str(row[1]).startswith("Gmina ")]
    assert len(new) == 2500
    assert len(after["agreement"]) >= 2500 and len(after["contact"]) >= 1666
