"""Partner service on a real SQLite file: validation, saving whole, lists, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from twinning_desk.db.models import (
    AgreementType,
    DatePrecision,
    Delegation,
    DelegationStatus,
    Direction,
    Event,
    Partner,
    PartnerStatus,
)
from twinning_desk.services.attachments import AttachmentData
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.dates import FuzzyDate
from twinning_desk.services.errors import ConflictError, ValidationError
from twinning_desk.services.partners import (
    AgreementData,
    ContactData,
    PartnerData,
    PartnerQuery,
)


def berlin(**changes: object) -> PartnerData:
    data = PartnerData(name="Berlin", country_code="DE", latitude=52.52, longitude=13.405)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_save_and_get_round_trip_with_children(configured: Services) -> None:
    data = berlin(
        themes=["culture", "Culture", "sport"],
        agreements=[
            AgreementData(type=AgreementType.CHARTER, signed="1985", french_version=True),
            AgreementData(type=AgreementType.FRIENDSHIP, signed=FuzzyDate.day(date(2010, 6, 5))),
        ],
        contacts=[ContactData(name="Anna Schmidt", role="Bürgermeisterin", email="a@b.de")],
        attachments=[AttachmentData(filename="charte.pdf", content=b"%PDF-1.4 fake")],
    )
    pid = configured.partners.save(data)
    got = configured.partners.get(pid)
    assert got.name == "Berlin"
    assert got.themes == ["culture", "sport"]  # same theme typed twice is kept once
    assert [a.type for a in got.agreements] == [AgreementType.CHARTER, AgreementType.FRIENDSHIP]
    assert got.agreements[0].signed == FuzzyDate(
        date(1985, 1, 1), date(1985, 12, 31), DatePrecision.YEAR
    )
    assert got.contacts[0].email == "a@b.de"
    assert got.attachments[0].size == len(b"%PDF-1.4 fake")
    assert configured.partners.attachment_content(got.attachments[0].id or 0)[1] == b"%PDF-1.4 fake"
    # Tours to Berlin is about 1,080 km as the crow flies.
    assert got.distance_km is not None and 1000 < got.distance_km < 1150


def test_update_replaces_children_in_one_go(configured: Services) -> None:
    pid = configured.partners.save(
        berlin(agreements=[AgreementData(type=AgreementType.CHARTER, signed="1985")])
    )
    data = configured.partners.get(pid)
    data.agreements.append(AgreementData(type=AgreementType.PROJECT, signed="2001-2002"))
    data.contacts = [ContactData(name="Jan")]
    configured.partners.save(data)
    again = configured.partners.get(pid)
    assert len(again.agreements) == 2
    assert again.agreements[0].id == data.agreements[0].id  # kept, not recreated
    assert again.agreements[1].signed is not None
    assert again.agreements[1].signed.precision is DatePrecision.RANGE
    assert [c.name for c in again.contacts] == ["Jan"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"name": "Ber\x00lin"}, "name"),
        ({"country_code": "XX"}, "country"),
        ({"country_code": ""}, "country"),
        ({"latitude": 95.0}, "latitude"),
        ({"longitude": None}, "longitude"),
        ({"population": -3}, "population"),
        (
            {"agreements": [AgreementData(type=AgreementType.CHARTER, signed="31/02/1990")]},
            "signed",
        ),
        ({"agreements": [AgreementData(type=AgreementType.CHARTER, signed="20250")]}, "signed"),
        ({"contacts": [ContactData(name="A", email="not-an-email")]}, "email"),
        ({"contacts": [ContactData(name="")]}, "name"),
    ],
)
def test_bad_values_are_refused_naming_the_field(
    configured: Services, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        configured.partners.save(berlin(**changes))
    assert info.value.field == field
    assert configured.partners.count() == 0


def test_duplicate_name_in_same_country_is_refused(configured: Services) -> None:
    configured.partners.save(PartnerData(name="Łódź", country_code="PL"))
    with pytest.raises(ValidationError) as info:
        configured.partners.save(PartnerData(name="LODZ", country_code="PL"))
    assert info.value.field == "name"
    # The same name elsewhere is another town.
    configured.partners.save(PartnerData(name="Lodz", country_code="DE"))
    assert configured.partners.count() == 2


def test_emoji_and_right_to_left_text_are_kept(configured: Services) -> None:
    pid = configured.partners.save(
        PartnerData(name="عمّان 🎉", country_code="JO", notes="مرحبا\nsecond line")
    )
    got = configured.partners.get(pid)
    assert got.name == "عمّان 🎉"
    assert got.notes == "مرحبا\nsecond line"


def _add_exchange(services: Services, pid: int, day: date, direction: Direction) -> None:
    with services.db.transaction() as s:
        s.add(
            Delegation(
                partner_id=pid,
                direction=direction,
                purpose="official",
                start_date=day,
                end_date=day + timedelta(days=2),
                status=DelegationStatus.DONE,
            )
        )


def test_list_search_sort_and_dormant_flag(configured: Services) -> None:
    ids = {
        name: configured.partners.save(
            PartnerData(name=name, country_code=cc, latitude=lat, longitude=lon)
        )
        for name, cc, lat, lon in [
            ("Łódź", "PL", 51.7592, 19.4560),
            ("Bad Tölz", "DE", 47.7603, 11.5570),
            ("Kenilworth", "GB", 52.3497, -1.5802),
        ]
    }
    today = date.today()
    _add_exchange(configured, ids["Łódź"], today - timedelta(days=30), Direction.INCOMING)
    _add_exchange(configured, ids["Łódź"], today - timedelta(days=400), Direction.OUTGOING)
    _add_exchange(configured, ids["Bad Tölz"], today - timedelta(days=365 * 3), Direction.OUTGOING)
    with configured.db.transaction() as s:
        event = Event(title="Fête", type="concert", start=datetime.now() - timedelta(days=10))
        event.partners = [s.get(Partner, ids["Kenilworth"])]
        s.add(event)

    rows = {r.name: r for r in configured.partners.rows()}
    assert rows["Łódź"].last_exchange == today - timedelta(days=30)
    assert (rows["Łódź"].visits_received, rows["Łódź"].visits_made) == (1, 1)
    assert rows["Bad Tölz"].dormant is True
    assert rows["Łódź"].dormant is False
    assert rows["Kenilworth"].last_exchange == today - timedelta(days=10)

    assert [r.name for r in configured.partners.rows(PartnerQuery(text="lodz"))] == ["Łódź"]
    assert [r.name for r in configured.partners.rows(PartnerQuery(text="allem"))] == ["Bad Tölz"]
    assert [r.name for r in configured.partners.rows(PartnerQuery(dormant_only=True))] == [
        "Bad Tölz"
    ]
    by_distance = [r.name for r in configured.partners.rows(PartnerQuery(sort="distance"))]
    assert by_distance == ["Kenilworth", "Bad Tölz", "Łódź"]
    by_country_fr = [r.country_code for r in configured.partners.rows(PartnerQuery(sort="country"))]
    assert by_country_fr == ["DE", "PL", "GB"]  # Allemagne, Pologne, Royaume-Uni
    by_country_en = [
        r.country_code for r in configured.partners.rows(PartnerQuery(sort="country", locale="en"))
    ]
    assert by_country_en == ["DE", "PL", "GB"]  # Germany, Poland, United Kingdom
    desc = configured.partners.rows(PartnerQuery(sort="name", descending=True))
    assert [r.name for r in desc] == ["Łódź", "Kenilworth", "Bad Tölz"]
    assert configured.partners.count(PartnerQuery(text="ken")) == 1
    assert [r.name for r in configured.partners.rows(offset=1, limit=1)] == ["Kenilworth"]


def test_the_list_by_last_exchange_pages_as_sql_did_and_follows_each_change(
    configured: Services,
) -> None:
    """Issue #17: the exchange figures are computed once per change, not at each
    keystroke of the filter, and the list sorted by them (Python's work now) keeps
    SQL's order: by day, partners with none last either way, then by name."""
    from sqlalchemy import event as sa_event

    from twinning_desk.db.models import EventStatus
    from twinning_desk.services.events import EventData

    today = date.today()
    names = ["Aalen", "Bonn", "Celle", "Dahme", "Essen", "Fulda"]
    pid = {n: configured.partners.save(PartnerData(name=n, country_code="DE")) for n in names}

    def meeting(name: str, day: date, status: EventStatus = EventStatus.DONE) -> None:
        start = datetime(day.year, day.month, day.day, 18, 30)
        configured.events.save(
            EventData(
                title=f"Réunion {name}",
                type="meeting",
                start=start,
                status=status,
                partner_ids=[pid[name]],
            )
        )

    bonn_day = today - timedelta(days=3 * 365)
    meeting("Bonn", bonn_day)
    celle_day = today - timedelta(days=40)
    _add_exchange(configured, pid["Celle"], celle_day, Direction.INCOMING)
    configured.notifier.notify("delegations")  # as the delegations service does
    dahme_day = today - timedelta(days=2 * 365 + 30)
    configured.partners.save(
        replace(configured.partners.get(pid["Dahme"]), last_exchange_noted=dahme_day)
    )
    essen_day = today + timedelta(days=20)
    meeting("Essen", essen_day, EventStatus.PLANNED)  # not yet an exchange
    meeting("Fulda", today - timedelta(days=5), EventStatus.CANCELLED)  # never one

    def listed(**query: object) -> list[str]:
        return [r.name for r in configured.partners.rows(PartnerQuery(**query))]  # type: ignore[arg-type]

    assert listed(sort="last_exchange") == ["Bonn", "Dahme", "Celle", "Aalen", "Essen", "Fulda"]
    assert listed(sort="last_exchange", descending=True) == [
        "Celle",
        "Dahme",
        "Bonn",
        "Aalen",
        "Essen",
        "Fulda",
    ]
    page = configured.partners.rows(PartnerQuery(sort="last_exchange"), offset=2, limit=2)
    assert [r.name for r in page] == ["Celle", "Aalen"]
    assert listed(dormant_only=True) == ["Bonn", "Dahme"]  # over two years, none noted later
    assert configured.partners.count(PartnerQuery(dormant_only=True)) == 2
    rows = {r.name: r for r in configured.partners.rows()}
    assert (rows["Celle"].last_exchange, rows["Celle"].visits_received) == (celle_day, 1)
    assert rows["Dahme"].last_exchange == dahme_day

    # Typing in the filter reads the partners, not every event and visit again.
    statements: list[str] = []

    def seen(_c: object, _cur: object, statement: str, *_a: object) -> None:
        statements.append(statement)

    sa_event.listen(configured.db.engine, "before_cursor_execute", seen)
    try:
        for text in ("a", "al", "ale"):
            configured.partners.rows(PartnerQuery(text=text), 0, 200)
        assert not [s for s in statements if "FROM event" in s or "FROM delegation" in s]
        # A change heard of: read again, and shown.
        meeting("Aalen", today)
        assert [r.name for r in configured.partners.rows(PartnerQuery(text="aal"))] == ["Aalen"]
        assert [s for s in statements if "GROUP BY" in s]
    finally:
        sa_event.remove(configured.db.engine, "before_cursor_execute", seen)
    assert configured.partners.rows(PartnerQuery(text="aal"))[0].last_exchange == today

    # Another day: Essen's meeting counts from its day on, not the day before.
    def essen(day: date) -> date | None:
        return configured.partners.rows(PartnerQuery(text="essen"), today=day)[0].last_exchange

    assert essen(essen_day - timedelta(days=1)) is None
    assert essen(essen_day) == essen_day
    assert essen(essen_day + timedelta(days=1)) == essen_day


def test_dormant_threshold_follows_the_setting(configured: Services) -> None:
    pid = configured.partners.save(PartnerData(name="Bad Tölz", country_code="DE"))
    _add_exchange(configured, pid, date.today() - timedelta(days=200), Direction.OUTGOING)
    assert configured.partners.rows()[0].dormant is False
    profile = configured.commune.get()
    assert profile is not None
    profile.dormant_after_months = 6
    configured.commune.save(profile)
    assert configured.partners.rows()[0].dormant is True


def test_moving_home_recomputes_distances(configured: Services) -> None:
    pid = configured.partners.save(berlin())
    profile = configured.commune.get()
    assert profile is not None
    profile.latitude, profile.longitude = 52.52, 13.405
    configured.commune.save(profile)
    assert configured.partners.get(pid).distance_km == 0.0


def test_delete_then_restore_brings_everything_back(configured: Services) -> None:
    pid = configured.partners.save(
        berlin(
            themes=["culture"],
            agreements=[AgreementData(type=AgreementType.CHARTER, signed="1985")],
            contacts=[ContactData(name="Anna")],
            attachments=[AttachmentData(filename="scan.png", content=b"\x89PNG")],
        )
    )
    before = configured.partners.get(pid)
    with configured.operations.record() as deleted:
        configured.partners.delete(pid)
    assert configured.partners.count() == 0
    configured.operations.undo(deleted)
    after = configured.partners.get(pid)
    # Back under a later version: a dialog read before the delete is told it changed.
    assert (after.version or 0) > (before.version or 0)
    assert replace(after, version=before.version) == before
    assert configured.partners.attachment_content(after.attachments[0].id or 0)[1] == b"\x89PNG"


def test_delete_is_refused_while_delegations_refer(configured: Services) -> None:
    pid = configured.partners.save(berlin())
    _add_exchange(configured, pid, date(2020, 5, 1), Direction.OUTGOING)
    with pytest.raises(ConflictError, match="1 delegation"):
        configured.partners.delete(pid)
    assert configured.partners.count() == 1


def test_listeners_hear_about_changes(configured: Services) -> None:
    heard: list[str] = []
    configured.notifier.subscribe(heard.append)
    pid = configured.partners.save(berlin())
    configured.partners.set_status(pid, PartnerStatus.ENDED)
    assert heard == ["partners", "partners"]


def test_undo_of_a_delete_after_a_new_partner_keeps_both_and_relinks_people(
    configured: Services,
) -> None:
    """Delete the newest partner, create another, undo: SQLite must not have given the
    deleted id to the new one, and the partner's people point at it again."""
    from twinning_desk.services.people import PersonData

    partners = configured.partners
    partners.save(PartnerData(name="Bad Wimpfen", country_code="DE"))
    newest = partners.save(PartnerData(name="Łańcut", country_code="PL"))
    person = configured.people.save_person(
        PersonData(first_name="Anna", last_name="Kowalska", partner_id=newest)
    )
    with configured.operations.record() as deleted:
        partners.delete(newest)
    assert configured.people.get_person(person).partner_id is None
    other = partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    assert other != newest  # AUTOINCREMENT: ids are never reused
    configured.operations.undo(deleted)
    assert sorted(r.name for r in partners.rows()) == ["Bad Wimpfen", "Kenilworth", "Łańcut"]
    assert configured.people.get_person(person).partner_id == newest


def test_the_figures_follow_another_program_writing_to_the_file(db_path: Path) -> None:
    """A window that opened the file read-only (or a second one on it) hears nothing of
    another program's changes: the file's change count tells it, and the list shows
    them at its next reading (found by a newcomer's review: the figures stayed as read
    until midnight)."""
    from twinning_desk.services.events import EventData

    writer = Services.open(db_path)
    try:
        writer.commune.save(CommuneProfile(name="Chinon", country_code="FR"))
        pid = writer.partners.save(PartnerData(name="Peñíscola", country_code="ES"))
        reader = Services.open(db_path, read_only=True)
        try:
            assert reader.partners.rows()[0].last_exchange is None
            day = date.today() - timedelta(days=8)
            writer.events.save(
                EventData(
                    title="Visite de Peñíscola",
                    type="meeting",
                    start=datetime(day.year, day.month, day.day, 10, 0),
                    partner_ids=[pid],
                )
            )
            assert reader.partners.rows()[0].last_exchange == day
            assert reader.partners.rows(PartnerQuery(text="peñ"))[0].last_exchange == day
        finally:
            reader.close()
    finally:
        writer.close()
