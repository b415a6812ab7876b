"""Two people saving the same record: the second save is a conflict, never a lost update.

Runs on an SQLite file and on a real PostgreSQL database (``backend``). The "other
person" is a second Services object over the same database, as a second computer (or a
second window, or the command line) is; what is stored is read back with SQL.
"""

from __future__ import annotations

import getpass
import socket
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from twinning_desk.db.database import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from twinning_desk.db.models import BudgetKind, Direction, MemberRole, Partner
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.conflicts import combine, differing
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData
from twinning_desk.services.errors import ConflictError, EditConflictError
from twinning_desk.services.events import EventData
from twinning_desk.services.partners import ContactData, PartnerData
from twinning_desk.services.people import HouseholdData, PersonData

ME = f"{getpass.getuser()}@{socket.gethostname()}"


@pytest.fixture
def other(services: Services, backend: str, request: pytest.FixtureRequest) -> Iterator[Services]:
    """The same database opened a second time: the treasurer's computer (on a file: a
    second window, or the command line, which take no lock of their own)."""
    if backend == "postgresql":
        second = Services.open(request.getfixturevalue("pg_url"))
    else:
        assert services.db.path is not None
        second = Services.over(open_database(services.db.path))
    yield second
    second.close()


def stored(services: Services, sql: str, **params: object) -> list[tuple[object, ...]]:
    with services.db.reading() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def new_partner(services: Services) -> int:
    return services.partners.save(
        PartnerData(
            name="Görlitz",
            country_code="DE",
            notes="Jumelage depuis 1991",
            contacts=[ContactData(name="Anna Nowak", role="interprète")],
        )
    )


# ------------------------------------------------------------------ versions


def test_a_save_moves_the_version_on_and_says_who_and_when(services: Services) -> None:
    before = datetime.now().replace(microsecond=0)
    partner_id = new_partner(services)
    assert stored(
        services, "SELECT version, changed_by FROM partner WHERE id = :i", i=partner_id
    ) == [(1, ME)]
    data = services.partners.get(partner_id)
    assert data.version == 1
    data.notes = "Jumelage depuis 1992"
    services.partners.save(data)
    ((version, who, when),) = stored(
        services, "SELECT version, changed_by, changed_at FROM partner WHERE id = :i", i=partner_id
    )
    assert (version, who) == (2, ME)
    when = when if isinstance(when, datetime) else datetime.fromisoformat(str(when))
    assert before <= when <= datetime.now()
    # Saving without a change is no change: the version stays.
    services.partners.save(services.partners.get(partner_id))
    assert services.partners.get(partner_id).version == 2


def test_a_change_of_a_line_is_a_change_of_its_record(services: Services) -> None:
    """A contact edited (or removed) changes the partner's version: its dialog saves the
    partner whole, contacts included, and must not save over that change."""
    partner_id = new_partner(services)
    data = services.partners.get(partner_id)
    data.contacts[0].email = "anna@goerlitz.de"
    services.partners.save(data)
    assert services.partners.get(partner_id).version == 2
    data = services.partners.get(partner_id)
    data.contacts = []
    services.partners.save(data)
    assert services.partners.get(partner_id).version == 3
    data = services.partners.get(partner_id)
    data.themes = ["jeunesse"]
    services.partners.save(data)
    assert services.partners.get(partner_id).version == 4


# ------------------------------------------------------------------ conflicts


def test_second_save_of_a_partner_is_a_conflict_never_a_lost_update(
    services: Services, other: Services
) -> None:
    partner_id = new_partner(services)
    mine = services.partners.get(partner_id)  # the secretary opens the dialog
    theirs = other.partners.get(partner_id)  # the treasurer opens it too
    theirs.notes = "Visite prévue en mai"
    theirs.population = 56_000
    other.partners.save(theirs)  # and saves first
    mine.notes = "Jumelage depuis 1991 ; nouveau maire"
    mine.region = "Saxe"
    with pytest.raises(EditConflictError) as caught:
        services.partners.save(mine)
    conflict = caught.value
    assert isinstance(conflict, ConflictError)
    assert conflict.mine.notes == "Jumelage depuis 1991 ; nouveau maire"
    assert conflict.mine.region == "Saxe"
    assert conflict.theirs.notes == "Visite prévue en mai"
    assert conflict.theirs.population == 56_000
    assert conflict.theirs.version == 2
    assert conflict.changed_by == ME
    assert "Nothing was saved" in conflict.render()
    # Nothing of the refused save was written.
    assert stored(
        services,
        "SELECT notes, region, population, version FROM partner WHERE id = :i",
        i=partner_id,
    ) == [("Visite prévue en mai", None, 56_000, 2)]
    assert set(differing(conflict.mine, conflict.theirs)) == {"notes", "region", "population"}
    # Combined (my region and notes, their population), saved against their version.
    combined = combine(conflict.mine, conflict.theirs, {"population"})
    assert combined.version == 2
    services.partners.save(combined)
    assert stored(
        services,
        "SELECT notes, region, population, version FROM partner WHERE id = :i",
        i=partner_id,
    ) == [("Jumelage depuis 1991 ; nouveau maire", "Saxe", 56_000, 3)]
    # The treasurer's dialog, still at version 2, now conflicts in turn.
    theirs.notes = "encore"
    with pytest.raises(EditConflictError):
        other.partners.save(theirs)


def test_a_contact_changed_by_the_other_is_a_conflict_too(
    services: Services, other: Services
) -> None:
    partner_id = new_partner(services)
    mine = services.partners.get(partner_id)
    theirs = other.partners.get(partner_id)
    theirs.contacts[0].phone = "+49 3581 67 0"
    other.partners.save(theirs)
    mine.name = "Görlitz / Zgorzelec"
    with pytest.raises(EditConflictError) as caught:
        services.partners.save(mine)
    assert differing(caught.value.mine, caught.value.theirs) == ["name", "contacts"]
    assert stored(services, "SELECT phone FROM contact") == [("+49 3581 67 0",)]


def test_events_delegations_and_budget_lines_conflict_the_same_way(
    services: Services, other: Services
) -> None:
    event_id = services.events.save(
        EventData(title="Fête de l’Europe", type="festival", start=datetime(2026, 5, 9))
    )
    mine_e, theirs_e = services.events.get(event_id), other.events.get(event_id)
    assert mine_e.version == 1  # one save is one version, however many flushes it takes
    theirs_e.place = "Place de la mairie"
    other.events.save(theirs_e)
    assert other.events.get(event_id).version == 2
    mine_e.title = "Fête de l’Europe 2026"
    with pytest.raises(EditConflictError) as caught_e:
        services.events.save(mine_e)
    assert caught_e.value.theirs.place == "Place de la mairie"
    assert stored(services, "SELECT title FROM event") == [("Fête de l’Europe",)]

    partner_id = new_partner(services)
    person_id = services.people.save_person(PersonData(first_name="Jeanne", last_name="Martin"))
    delegation_id = services.delegations.save(
        DelegationData(
            partner_id=partner_id,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 6, 1),
            end_date=date(2026, 6, 3),
        )
    )
    mine_d, theirs_d = services.delegations.get(delegation_id), other.delegations.get(delegation_id)
    theirs_d.members = [MemberData(person_id=person_id, role=MemberRole.ELECTED)]
    other.delegations.save(theirs_d)
    mine_d.transport = "train"
    with pytest.raises(EditConflictError) as caught_d:
        services.delegations.save(mine_d)
    assert [m.person_id for m in caught_d.value.theirs.members] == [person_id]
    assert stored(services, "SELECT transport FROM delegation") == [(None,)]
    assert stored(services, "SELECT person_id FROM delegation_member") == [(person_id,)]

    line_id = services.budget.save(
        BudgetLineData(
            year=2026,
            kind=BudgetKind.CHARGE,
            category_code="625",
            label="Car pour Görlitz",
            forecast_cents=120_000,
        )
    )
    mine_b, theirs_b = services.budget.get(line_id), other.budget.get(line_id)
    theirs_b.actual_cents = 118_050
    other.budget.save(theirs_b)
    mine_b.forecast_cents = 130_000
    with pytest.raises(EditConflictError) as caught_b:
        services.budget.save(mine_b)
    assert caught_b.value.mine.forecast_cents == 130_000
    assert stored(services, "SELECT forecast_cents, actual_cents FROM budget_line") == [
        (120_000, 118_050)
    ]


def test_people_and_host_families_conflict_the_same_way(
    services: Services, other: Services
) -> None:
    """The directory is edited by several people too: a host family's beds or a
    person's email saved meanwhile is never overwritten."""
    person_id = services.people.save_person(PersonData(first_name="Jeanne", last_name="Martin"))
    mine_p, theirs_p = services.people.get_person(person_id), other.people.get_person(person_id)
    assert mine_p.version == 1
    theirs_p.email = "jeanne.martin@example.org"
    other.people.save_person(theirs_p)
    assert other.people.get_person(person_id).version == 2
    mine_p.phone = "06 12 34 56 78"
    with pytest.raises(EditConflictError) as caught_p:
        services.people.save_person(mine_p)
    assert caught_p.value.theirs.email == "jeanne.martin@example.org"
    assert differing(caught_p.value.mine, caught_p.value.theirs) == ["email", "phone"]
    assert stored(services, "SELECT email, phone FROM person") == [
        ("jeanne.martin@example.org", None)
    ]
    # Both kept: the person's phone, the other's email, saved against the stored version.
    both = combine(caught_p.value.mine, caught_p.value.theirs, {"email"})
    services.people.save_person(both)
    assert stored(services, "SELECT email, phone, version FROM person") == [
        ("jeanne.martin@example.org", "06 12 34 56 78", 3)
    ]

    household_id = services.people.save_household(HouseholdData(name="Famille Petit", capacity=2))
    mine_h = services.people.get_household(household_id)
    theirs_h = other.people.get_household(household_id)
    theirs_h.capacity = 4
    other.people.save_household(theirs_h)
    mine_h.has_pets = True
    with pytest.raises(EditConflictError) as caught_h:
        services.people.save_household(mine_h)
    assert caught_h.value.theirs.capacity == 4
    assert stored(services, "SELECT capacity, has_pets FROM household") == [(4, False)]


def test_moving_the_commune_is_no_change_of_the_partners_open_elsewhere(
    services: Services, other: Services
) -> None:
    """Their distances are recomputed, but nobody edited them: no new version, no line
    of history, and a partner open in the other's dialog saves without a conflict."""
    from dataclasses import replace

    from twinning_desk.services.commune import CommuneProfile

    services.commune.save(
        CommuneProfile(name="Chinon", country_code="FR", latitude=47.1667, longitude=0.2427)
    )
    partner_id = services.partners.save(
        PartnerData(name="Görlitz", country_code="DE", latitude=51.1528, longitude=14.9872)
    )
    before = stored(services, "SELECT version, distance_km FROM partner")
    history = stored(services, "SELECT count(*) FROM record_change WHERE table_name = 'partner'")
    opened = other.partners.get(partner_id)  # the treasurer's dialog, open meanwhile
    profile = services.commune.get()
    assert profile is not None
    services.commune.save(replace(profile, latitude=48.8566, longitude=2.3522))  # to Paris
    after = stored(services, "SELECT version, distance_km FROM partner")
    assert after[0][0] == before[0][0] == 1
    assert after[0][1] != before[0][1]  # Paris–Görlitz is not Chinon–Görlitz
    assert (
        stored(services, "SELECT count(*) FROM record_change WHERE table_name = 'partner'")
        == history
    )
    opened.notes = "Marché de Noël commun"
    other.partners.save(opened)
    assert stored(services, "SELECT notes, version FROM partner") == [("Marché de Noël commun", 2)]


def test_a_record_deleted_meanwhile_is_said_so(services: Services, other: Services) -> None:
    from twinning_desk.services.errors import NotFoundError

    partner_id = new_partner(services)
    mine = services.partners.get(partner_id)
    other.partners.delete(partner_id)
    mine.notes = "trop tard"
    with pytest.raises(NotFoundError):
        services.partners.save(mine)


@pytest.mark.postgresql
def test_a_save_racing_another_in_the_same_instant_is_a_conflict(pg_url: str) -> None:
    """The version was right when read, but the other's change committed before our
    UPDATE ran: the UPDATE, made only where the version is still the one read, matches
    nothing (SQLAlchemy's StaleDataError), and the save is the same conflict."""
    first = Services.open(pg_url)
    second = Services.open(pg_url)
    try:
        partner_id = new_partner(first)
        mine = first.partners.get(partner_id)
        mine.notes = "ma version"
        # The other holds the row: its change is written, not yet committed.
        session = Session(second.db.engine)
        session.begin()
        row = session.get(Partner, partner_id)
        assert row is not None
        row.notes = "leur version"
        session.flush()
        outcome: list[BaseException | int] = []

        def save() -> None:
            try:
                outcome.append(first.partners.save(mine))
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                outcome.append(exc)

        thread = threading.Thread(target=save)
        thread.start()
        thread.join(1.5)
        assert thread.is_alive(), "our UPDATE should wait for the other's row lock"
        session.commit()
        session.close()
        thread.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], EditConflictError)
        assert outcome[0].theirs.notes == "leur version"
        assert stored(first, "SELECT notes, version FROM partner") == [("leur version", 2)]
    finally:
        first.close()
        second.close()


# ------------------------------------------------------------------ undo and redo


def test_undo_and_redo_move_the_version_on(services: Services, other: Services) -> None:
    """Undo puts the data back, not the old number: a number names one content only, so
    a dialog opened before the undo cannot save over what came after it."""
    partner_id = new_partner(services)
    data = services.partners.get(partner_id)
    data.notes = "v2"
    with services.operations.record() as change:
        services.partners.save(data)
    opened_at_v2 = other.partners.get(partner_id)
    services.operations.undo(change)
    after_undo = services.partners.get(partner_id)
    assert (after_undo.notes, after_undo.version) == ("Jumelage depuis 1991", 3)
    # Someone edits after the undo; the dialog opened at version 2 must not win.
    after_undo.notes = "v4"
    services.partners.save(after_undo)
    opened_at_v2.region = "Saxe"
    with pytest.raises(EditConflictError):
        other.partners.save(opened_at_v2)
    assert stored(services, "SELECT notes, region, version FROM partner") == [("v4", None, 4)]


def test_redo_moves_it_on_too_and_still_refuses_a_later_change(services: Services) -> None:
    from twinning_desk.services.operations import OperationRefused

    partner_id = new_partner(services)
    data = services.partners.get(partner_id)
    data.notes = "v2"
    with services.operations.record() as change:
        services.partners.save(data)
    services.operations.undo(change)
    services.operations.redo(change)
    assert stored(services, "SELECT notes, version FROM partner") == [("v2", 4)]
    later = services.partners.get(partner_id)
    later.notes = "changé ensuite"
    services.partners.save(later)
    with pytest.raises(OperationRefused):
        services.operations.undo(change)


# ------------------------------------------------------------------ the migration


def _fill_at_0008(conn: object) -> None:
    execute = conn.exec_driver_sql  # type: ignore[attr-defined]
    execute(
        "INSERT INTO commune (id, name, country_code, dormant_after_months,"
        " fiscal_year_start_month) VALUES (1, 'Saint-Aubin', 'FR', 24, 1)"
    )
    for i in range(1, 41):
        execute(
            "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
            f" VALUES ({i}, 'Ville {i}', 'ville {i}', 'town', 'DE', 'active')"
        )
        execute(
            "INSERT INTO agreement (id, partner_id, type, french_version)"
            f" VALUES ({i}, {i}, 'charter', false)"
        )
        execute(f"INSERT INTO contact (id, partner_id, name) VALUES ({i}, {i}, 'Contact {i}')")
        execute(
            "INSERT INTO person (id, first_name, last_name, anonymised, search_key)"
            f" VALUES ({i}, 'P{i}', 'N{i}', false, 'p{i} n{i}')"
        )
        execute(
            "INSERT INTO event (id, title, type, start, all_day, status, local_participants,"
            f" ics_uid) VALUES ({i}, 'E{i}', 'concert', '2026-01-01 00:00:00', true, 'planned',"
            f" 0, 'uid-e-{i}')"
        )
        execute(
            "INSERT INTO delegation (id, partner_id, direction, purpose, start_date, end_date,"
            f" status, ics_uid) VALUES ({i}, {i}, 'outgoing', 'official', '2025-05-01',"
            f" '2025-05-02', 'done', 'uid-d-{i}')"
        )
        execute(
            "INSERT INTO delegation_member (id, delegation_id, person_id, role, invited,"
            " guardian_authorisation, no_pets, no_smoking, needs_accessibility, free_nights,"
            f" free_meals) VALUES ({i}, {i}, {i}, 'elected', false, false, false, false, false,"
            " 0, 0)"
        )


VERSIONED = (
    ("commune", 1),
    ("partner", 40),
    ("agreement", 40),
    ("contact", 40),
    ("person", 40),
    ("event", 40),
    ("delegation", 40),
    ("delegation_member", 40),
)


def _check_upgraded(conn: object) -> None:
    execute = conn.exec_driver_sql  # type: ignore[attr-defined]
    for table, count in VERSIONED:
        rows = execute(f"SELECT id, version, changed_by, changed_at FROM {table}").fetchall()
        assert sorted(r[0] for r in rows) == list(range(1, count + 1)), table
        assert {(r[1], r[2], r[3]) for r in rows} == {(1, None, None)}, table
    assert execute("SELECT partner_id FROM delegation WHERE id = 7").scalar() == 7


def test_upgrade_from_0008_loses_no_row_and_starts_every_record_at_version_1(
    tmp_path: Path,
) -> None:
    path = tmp_path / "before-0009.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0008_calendar_uids")
        _fill_at_0008(conn)
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            _check_upgraded(conn)
            for table, _count in VERSIONED:
                sql = conn.exec_driver_sql(
                    f"SELECT sql FROM sqlite_master WHERE name = '{table}'"
                ).scalar()
                assert "AUTOINCREMENT" in sql, table
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()
    services = Services.open(path)
    try:
        data = services.partners.get(3)
        assert data.version == 1
        data.notes = "après la mise à jour"
        services.partners.save(data)
        assert services.partners.get(3).version == 2
        assert services.partners.save(PartnerData(name="Nouvelle", country_code="PL")) == 41
    finally:
        services.close()


@pytest.mark.postgresql
def test_upgrade_from_0008_on_postgresql_loses_no_row(pg_server: object) -> None:
    from pytest_postgresql.janitor import DatabaseJanitor

    server = pg_server
    janitor = DatabaseJanitor(
        user=server.user,  # type: ignore[attr-defined]
        host=server.host,  # type: ignore[attr-defined]
        port=server.port,  # type: ignore[attr-defined]
        password=server.password,  # type: ignore[attr-defined]
        dbname="committee_at_0008",
    )
    janitor.init()
    try:
        url = server.url("committee_at_0008")  # type: ignore[attr-defined]
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0008_calendar_uids")
            _fill_at_0008(conn)
        engine.dispose()
        services = Services.open(url)
        try:
            assert current_revision(services.db.engine) == head_revision()
            with services.db.engine.connect() as conn:
                _check_upgraded(conn)
        finally:
            services.close()
    finally:
        janitor.drop()


def test_deleting_a_partner_or_a_household_moves_on_what_named_it(
    services: Services, other: Services
) -> None:
    """People (and an event's invited count) lose their link to a deleted partner or
    household in one bulk statement: they move on a version too, so that a dialog open
    on one of them meets a conflict instead of saving the link back."""
    from twinning_desk.services.events import InvitedCount

    partner_id = new_partner(services)
    guest = services.people.save_person(
        PersonData(first_name="Anna", last_name="Nowak", partner_id=partner_id)
    )
    household_id = services.people.save_household(HouseholdData(name="Famille Roux", capacity=2))
    host = services.people.save_person(
        PersonData(first_name="Luc", last_name="Roux", household_id=household_id)
    )
    event_id = services.events.save(
        EventData(
            title="Concert de l’amitié",
            type="concert",
            start=datetime(2026, 5, 1, 20, 0),
            invited=[InvitedCount(country_code="DE", count=12, partner_id=partner_id)],
        )
    )
    # Another window has them open.
    guest_opened, host_opened = other.people.get_person(guest), other.people.get_person(host)
    event_opened = other.events.get(event_id)
    untouched = services.people.save_person(PersonData(first_name="Marie", last_name="Blanc"))

    services.partners.delete(partner_id)
    services.people.delete_household(household_id)

    assert stored(services, "SELECT partner_id, household_id, version FROM person ORDER BY id") == [
        (None, None, 2),  # the guest: her partner gone
        (None, None, 2),  # the host: his household gone
        (None, None, 1),  # nobody else moves on
    ]
    assert untouched == 3
    assert stored(services, "SELECT version FROM event") == [(2,)]
    guest_opened.phone = "+49 3581 000"
    host_opened.phone = "02 47 00 00 00"
    event_opened.place = "Église Saint-Aubin"
    for save, opened in (
        (other.people.save_person, guest_opened),
        (other.people.save_person, host_opened),
        (other.events.save, event_opened),
    ):
        with pytest.raises(EditConflictError):
            save(opened)  # type: ignore[operator]
    assert stored(services, "SELECT partner_id FROM event_participant_count") == [(None,)]
