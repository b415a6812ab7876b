"""Delegations edited whole: members from the directory, roles, the guardian's
authorisation, the mandat spécial warning, counts per country, the EU thresholds,
hosting, personal data, and undo of a delete. Real SQLite files, no mocks."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from twinning_desk.db.models import DelegationStatus, Direction, MemberRole
from twinning_desk.export.personal_data import write_personal_data
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData, ProgrammeData
from twinning_desk.services.errors import ConflictError, ValidationError
from twinning_desk.services.eu_grant import eu_check
from twinning_desk.services.events import EventData
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import HouseholdData, PersonData, PersonQuery

START = date(2026, 6, 10)


@pytest.fixture
def partner(configured: Services) -> int:
    return configured.partners.save(PartnerData(name="Łódź", country_code="PL"))


def person(s: Services, first: str, last: str, **kw: object) -> int:
    return s.people.save_person(PersonData(first_name=first, last_name=last, **kw))  # type: ignore[arg-type]


def trip(partner_id: int, members: list[MemberData], **kw: object) -> DelegationData:
    values: dict[str, object] = {
        "partner_id": partner_id,
        "direction": Direction.OUTGOING,
        "purpose": "official",
        "start_date": START,
        "end_date": START + timedelta(days=3),
    }
    values.update(kw)
    return DelegationData(members=members, **values)  # type: ignore[arg-type]


def test_save_and_read_back_members_programme_and_event(configured: Services, partner: int) -> None:
    s = configured
    mayor = person(s, "Anne", "Lefèvre", country_code="FR")
    event = s.events.save(EventData(title="Fête", type="festival", start=START))
    data = trip(
        partner,
        [
            MemberData(
                mayor, MemberRole.ELECTED, mandat_number="2026-12", mandat_date=date(2026, 5, 2)
            )
        ],
        transport="plane",
        event_id=event,
        programme=[
            ProgrammeData(START + timedelta(days=1), "Visite du lycée", time(14, 0)),
            ProgrammeData(START + timedelta(days=1), "Réception", time(10, 0)),
            ProgrammeData(START, "Arrivée"),
        ],
    )
    delegation_id = s.delegations.save(data)
    back = s.delegations.get(delegation_id)
    assert back.partner_name == "Łódź"
    assert [m.name for m in back.members] == ["Anne LEFÈVRE"]
    assert back.members[0].mandat_number == "2026-12"
    # Days in order; within a day, the order the user gave (not the time) is kept.
    assert [p.activity for p in back.programme] == ["Arrivée", "Visite du lycée", "Réception"]
    assert back.event_id == event
    assert s.events.get(event).delegation_id == delegation_id
    back.event_id = None
    s.delegations.save(back)
    assert s.events.get(event).delegation_id is None
    assert s.delegations.rows()[0].members == 1


def test_end_before_start_and_missing_partner_are_refused(
    configured: Services, partner: int
) -> None:
    with pytest.raises(ValidationError) as exc:
        configured.delegations.save(trip(partner, [], end_date=START - timedelta(days=1)))
    assert exc.value.field == "end"
    with pytest.raises(ValidationError) as exc:
        configured.delegations.save(trip(None, []))  # type: ignore[arg-type]
    assert exc.value.field == "partner"
    assert configured.delegations.count() == 0


def test_minor_needs_guardian_authorisation_before_ready(
    configured: Services, partner: int
) -> None:
    s = configured
    teen = person(s, "Lucas", "Marchand", birth_date=date(2011, 3, 14))  # 15 at departure
    adult = person(s, "Léa", "Marchand", birth_date=date(2008, 6, 1))  # 18 on 10/06/2026
    members = [MemberData(teen, MemberRole.YOUTH), MemberData(adult, MemberRole.YOUTH)]
    draft = s.delegations.save(trip(partner, members))
    warnings = [w.render() for w in s.delegations.warnings(s.delegations.get(draft))]
    assert any("Lucas MARCHAND" in w and "guardian" in w for w in warnings)
    assert not any("Léa" in w for w in warnings)
    data = s.delegations.get(draft)
    data.status = DelegationStatus.READY
    with pytest.raises(ValidationError, match="Lucas MARCHAND") as exc:
        s.delegations.save(data)
    assert exc.value.field == "members"
    assert s.delegations.get(draft).status is DelegationStatus.DRAFT
    next(m for m in data.members if m.person_id == teen).guardian_authorisation = True
    s.delegations.save(data)
    assert s.delegations.get(draft).status is DelegationStatus.READY


def test_youth_without_birth_date_is_treated_as_minor(configured: Services, partner: int) -> None:
    kid = person(configured, "Tom", "Petit")
    data = trip(partner, [MemberData(kid, MemberRole.YOUTH)], status=DelegationStatus.READY)
    with pytest.raises(ValidationError):
        configured.delegations.save(data)


def test_mandat_special_warnings(configured: Services, partner: int) -> None:
    s = configured
    mayor = person(s, "Anne", "Lefèvre")
    deputy = person(s, "Karim", "Benali")
    resident = person(s, "Paul", "Durand")
    data = trip(
        partner,
        [
            MemberData(mayor, MemberRole.ELECTED),
            MemberData(deputy, MemberRole.ELECTED, mandat_number="12", mandat_date=START),
            MemberData(resident, MemberRole.RESIDENT),
        ],
    )
    data = s.delegations.get(s.delegations.save(data))
    texts = [w.render() for w in s.delegations.warnings(data)]
    mayor_text = [t for t in texts if "Anne" in t]
    deputy_text = [t for t in texts if "Karim" in t]
    assert len(mayor_text) == 1 and "no mandat spécial" in mayor_text[0]
    assert len(deputy_text) == 1 and "before departure" in deputy_text[0]
    assert not [t for t in texts if "Paul" in t]
    # Voted the day before departure: no warning. A visit received needs no mandat.
    data.members[1].mandat_date = START - timedelta(days=1)
    data.members[0].mandat_number, data.members[0].mandat_date = "11", date(2026, 4, 1)
    assert s.delegations.warnings(data) == []
    incoming = trip(partner, [MemberData(mayor, MemberRole.ELECTED)], direction=Direction.INCOMING)
    assert not [w for w in s.delegations.warnings(incoming) if "mandat" in w.render()]


def test_counts_per_country_and_eu_thresholds(configured: Services, partner: int) -> None:
    s = configured
    members = []
    for i in range(30):
        members.append(
            MemberData(person(s, f"Jan{i}", "Kowalski", country_code="PL"), invited=True)
        )
    for i in range(12):
        members.append(MemberData(person(s, f"Hans{i}", "Müller", country_code="DE"), invited=True))
    for i in range(7):
        members.append(MemberData(person(s, f"Jean{i}", "Martin"), invited=False))
    data = trip(partner, members, direction=Direction.INCOMING)
    s.delegations.save(data)
    counts = s.delegations.country_counts(data)
    assert counts == {"PL": 30, "DE": 12, "FR": 7}
    check = s.delegations.eu_check(data)
    assert (check.participants, check.invited_from_abroad, check.countries) == (49, 42, 3)
    assert not check.eligible and not check.enough_participants
    data.members.append(MemberData(person(s, "Marie", "Curie", country_code="FR")))
    assert s.delegations.eu_check(data).eligible
    # Seen from Poland (a visit made), the Poles are hosts, not invited from abroad.
    made = eu_check(counts, "PL")
    assert made.invited_from_abroad == 19 and not made.enough_invited


def test_delete_and_undo_keeps_links(configured: Services, partner: int) -> None:
    s = configured
    mayor = person(s, "Anne", "Lefèvre")
    event = s.events.save(EventData(title="Fête", type="festival", start=START))
    delegation_id = s.delegations.save(
        trip(
            partner,
            [MemberData(mayor, MemberRole.ELECTED)],
            event_id=event,
            programme=[ProgrammeData(START, "Arrivée")],
        )
    )
    with s.operations.record() as deleted:
        s.delegations.delete(delegation_id)
    assert s.delegations.count() == 0
    assert s.events.get(event).delegation_id is None
    s.operations.undo(deleted)
    back = s.delegations.get(delegation_id)
    assert [m.name for m in back.members] == ["Anne LEFÈVRE"]
    assert back.programme[0].activity == "Arrivée"
    assert s.events.get(event).delegation_id == delegation_id


def test_person_and_household_validation(configured: Services) -> None:
    s = configured
    with pytest.raises(ValidationError) as exc:
        person(s, "Anne", "")
    assert exc.value.field == "last_name"
    with pytest.raises(ValidationError) as exc:
        person(s, "Anne", "Lefèvre", email="anne.example.fr")
    assert exc.value.field == "email"
    with pytest.raises(ValidationError) as exc:
        person(s, "Anne", "Lefèvre", birth_date=date.today() + timedelta(days=2))
    assert exc.value.field == "birth_date"
    with pytest.raises(ValidationError) as exc:
        s.people.save_household(HouseholdData(name="Garnier", capacity=-1))
    assert exc.value.field == "capacity"
    pid = person(s, "Zoé", "Ñúñez", languages="ES; fr")
    assert s.people.get_person(pid).languages == "es,fr"
    assert [p.display_name for p in s.people.people()] == ["Zoé ÑÚÑEZ"]
    assert [p.id for p in s.people.people(PersonQuery(text="nunez"))] == [pid]


def test_export_and_erase_person_keeps_counts(
    configured: Services, partner: int, tmp_path: Path
) -> None:
    s = configured
    household = s.people.save_household(HouseholdData(name="Famille Garnier", capacity=2))
    visitor = person(s, "Jürgen", "Köhler", country_code="DE", email="jk@example.de")
    lone = person(s, "Nobody", "Else")
    data = trip(
        partner,
        [MemberData(visitor, invited=True, needs="allergie aux arachides", host_id=household)],
        direction=Direction.INCOMING,
    )
    delegation_id = s.delegations.save(data)
    s.delegations.get(delegation_id)
    write_personal_data(tmp_path / "p.json", s.people.personal_data(visitor))
    exported = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert exported["person"]["email"] == "jk@example.de"
    assert exported["delegations"][0]["needs"] == "allergie aux arachides"
    assert exported["delegations"][0]["hosted_by"] == "Famille Garnier"
    write_personal_data(tmp_path / "p.xlsx", s.people.personal_data(visitor))
    book = load_workbook(tmp_path / "p.xlsx")
    values = {r[0]: r[1] for r in book["Person"].iter_rows(min_row=2, values_only=True)}
    assert values["last_name"] == "Köhler"
    assert book["Delegations"].max_row == 2

    with pytest.raises(ConflictError):
        s.people.delete_person(visitor)
    assert s.people.erase_person(visitor) is True
    assert s.people.erase_person(lone) is False
    after = s.delegations.get(delegation_id)
    assert after.members[0].name == "" and after.members[0].needs is None
    assert s.delegations.country_counts(after) == {"DE": 1}
    assert s.delegations.rows()[0].members == 1
    assert s.people.people() == []
    gone = s.people.personal_data(visitor)["person"]
    assert gone["email"] is None and gone["first_name"] == "" and gone["anonymised"]


def test_purge_participants_older_than(configured: Services, partner: int) -> None:
    s = configured
    old = person(s, "Old", "Visitor")
    recent = person(s, "Recent", "Visitor")
    both = person(s, "Both", "Visits")
    s.delegations.save(
        trip(
            partner,
            [MemberData(old), MemberData(both)],
            start_date=date(2015, 5, 1),
            end_date=date(2015, 5, 4),
        )
    )
    s.delegations.save(trip(partner, [MemberData(recent), MemberData(both)]))
    assert s.people.purge_candidates(5, today=date(2026, 11, 22)) == [old]
    assert s.people.purge_older_than(5, today=date(2026, 11, 22)) == 1
    names = {p.first_name for p in s.people.people()}
    assert names == {"Recent", "Both"}
    with pytest.raises(ValidationError):
        s.people.purge_older_than(0)


def test_purge_health_notes_after_visit(configured: Services, partner: int) -> None:
    s = configured
    v = person(s, "Helga", "Schröder", country_code="DE")
    w = person(s, "Otto", "Schröder", country_code="DE")
    delegation_id = s.delegations.save(
        trip(
            partner,
            [
                MemberData(v, invited=True, needs="diabète", diet="végétarien"),
                MemberData(w, invited=True),
            ],
            direction=Direction.INCOMING,
        )
    )
    assert s.delegations.purge_health_notes(delegation_id) == 1
    member = next(m for m in s.delegations.get(delegation_id).members if m.person_id == v)
    assert member.needs is None and member.diet is None
