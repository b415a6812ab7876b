"""Event service on a real SQLite file: save whole, validate, list, month, duplicate,
follow-ups due, anniversaries, delete and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from twinning_desk.db.models import AgreementType, EventStatus
from twinning_desk.services.context import Services
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.events import EventData, EventQuery, FollowUpData, InvitedCount
from twinning_desk.services.partners import AgreementData, PartnerData


@pytest.fixture
def partners(configured: Services) -> dict[str, int]:
    return {
        name: configured.partners.save(PartnerData(name=name, country_code=cc))
        for name, cc in [("Łańcut", "PL"), ("Bad Wimpfen", "DE"), ("Kenilworth", "GB")]
    }


def concert(partners: dict[str, int], **changes: object) -> EventData:
    data = EventData(
        title="Concert des chorales",
        type="concert",
        start=datetime(2026, 6, 20),
        end=datetime(2026, 6, 21),
        place="Église Saint-Aubin",
        partner_ids=[partners["Bad Wimpfen"], partners["Łańcut"]],
        themes=["culture", "Culture"],
        actors=["Chorale municipale", "École de musique", "chorale municipale"],
        local_participants=80,
        invited=[InvitedCount("DE", 30, partners["Bad Wimpfen"]), InvitedCount("pl", 12)],
        follow_ups=[FollowUpData("Envoyer les photos", "Sophie", date(2026, 7, 1))],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_save_and_get_whole(configured: Services, partners: dict[str, int]) -> None:
    eid = configured.events.save(concert(partners))
    got = configured.events.get(eid)
    assert got.themes == ["culture"]
    assert got.actors == ["Chorale municipale", "École de musique"]
    assert sorted(got.partner_ids) == sorted([partners["Bad Wimpfen"], partners["Łańcut"]])
    assert [(c.country_code, c.count) for c in got.invited] == [("DE", 30), ("PL", 12)]
    assert got.participants == 80 + 30 + 12
    assert got.follow_ups[0].due_date == date(2026, 7, 1)
    [row] = configured.events.rows()
    assert row.participants == 122 and "Bad Wimpfen" in row.partners and "Łańcut" in row.partners


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"type": ""}, "event_type"),
        ({"end": datetime(2026, 6, 19)}, "end"),
        ({"start": datetime(20, 1, 1), "end": None}, "start"),
        ({"local_participants": -1}, "participants"),
        ({"invited": [InvitedCount("XX", 3)]}, "country"),
        ({"follow_ups": [FollowUpData("")]}, "follow_up"),
        ({"title": "x" * 10_000}, "title"),
        ({"title": "Fête\x00"}, "title"),
    ],
)
def test_refusals_name_the_field_and_write_nothing(
    configured: Services, partners: dict[str, int], changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        configured.events.save(concert(partners, **changes))
    assert info.value.field == field
    assert configured.events.count() == 0


def test_timed_events_keep_their_hours(configured: Services, partners: dict[str, int]) -> None:
    eid = configured.events.save(
        concert(
            partners,
            all_day=False,
            start=datetime(2026, 6, 20, 18, 30),
            end=datetime(2026, 6, 20, 22, 0),
            timezone="Europe/Paris",
        )
    )
    got = configured.events.get(eid)
    assert (got.start.hour, got.start.minute, got.end and got.end.hour) == (18, 30, 22)


def test_filters_sort_and_month(configured: Services, partners: dict[str, int]) -> None:
    configured.events.save(concert(partners))
    configured.events.save(
        concert(
            partners,
            title="Match de football",
            type="sports_meeting",
            start=datetime(2025, 9, 3),
            end=None,
            themes=["sport"],
            partner_ids=[partners["Kenilworth"]],
        )
    )
    configured.events.save(
        concert(
            partners,
            title="Assemblée générale",
            type="general_assembly",
            start=datetime(2026, 1, 15),
            end=None,
            partner_ids=[],
            themes=[],
        )
    )
    titles = [r.title for r in configured.events.rows()]
    assert titles == ["Concert des chorales", "Assemblée générale", "Match de football"]
    assert [r.title for r in configured.events.rows(EventQuery(year=2025))] == ["Match de football"]
    assert [r.title for r in configured.events.rows(EventQuery(text="lancut"))] == [
        "Concert des chorales"
    ]
    assert [
        r.title for r in configured.events.rows(EventQuery(partner_id=partners["Kenilworth"]))
    ] == ["Match de football"]
    assert configured.events.count(EventQuery(type="general_assembly")) == 1
    assert configured.events.count(EventQuery(theme="SPORT")) == 1
    by_title = [r.title for r in configured.events.rows(EventQuery(sort="title", descending=False))]
    assert by_title == ["Assemblée générale", "Concert des chorales", "Match de football"]
    assert [r.title for r in configured.events.month(2026, 6)] == ["Concert des chorales"]
    assert configured.events.month(2026, 7) == []
    assert configured.events.years() == [2026, 2025]
    assert "sports_meeting" in configured.events.types()


def test_events_feed_the_partners_last_exchange(
    configured: Services, partners: dict[str, int]
) -> None:
    day = date.today() - timedelta(days=3)
    configured.events.save(
        concert(partners, start=datetime.combine(day, datetime.min.time()), end=None)
    )
    rows = {r.name: r for r in configured.partners.rows()}
    assert rows["Łańcut"].last_exchange == day
    assert rows["Kenilworth"].last_exchange is None


def test_duplicate_prepares_next_year(configured: Services, partners: dict[str, int]) -> None:
    source = configured.events.save(
        concert(partners, status=EventStatus.DONE, effects_here="Deux nouveaux choristes")
    )
    configured.events.set_follow_up_done(configured.events.get(source).follow_ups[0].id or 0)
    copy = configured.events.get(configured.events.duplicate(source))
    assert copy.start == datetime(2027, 6, 20) and copy.end == datetime(2027, 6, 21)
    assert copy.status is EventStatus.PLANNED and copy.participants == 0
    assert copy.effects_here is None
    assert [(f.text, f.done, f.due_date) for f in copy.follow_ups] == [
        ("Envoyer les photos", False, date(2027, 7, 1))
    ]
    assert sorted(copy.partner_ids) == sorted(configured.events.get(source).partner_ids)


def test_upcoming_events_follow_ups_and_anniversaries(
    configured: Services, partners: dict[str, int]
) -> None:
    today = date(2026, 11, 22)
    pid = configured.partners.save(
        PartnerData(
            name="Montefalco",
            country_code="IT",
            agreements=[
                AgreementData(type=AgreementType.CHARTER, signed="18/06/1977"),  # 50 in 2027
                AgreementData(type=AgreementType.FRIENDSHIP, signed="2002"),  # 25 in 2027
                AgreementData(type=AgreementType.PROJECT, signed="2013"),  # 13: not round
            ],
        )
    )
    configured.events.save(
        concert(
            partners,
            start=datetime(2026, 12, 5),
            end=None,
            follow_ups=[
                FollowUpData("Réserver la salle", None, date(2026, 12, 1)),
                FollowUpData("Bilan", None, date(2027, 9, 1)),
            ],
        )
    )
    items = configured.events.upcoming(today)
    kinds = [(u.kind, u.day, u.years) for u in items]
    assert ("follow_up", date(2026, 12, 1), None) in kinds
    assert ("event", date(2026, 12, 5), None) in kinds
    assert ("anniversary", date(2027, 6, 18), 50) in kinds
    assert ("anniversary", date(2027, 1, 1), 25) in kinds
    assert not [k for k in kinds if k[0] == "follow_up" and k[1] == date(2027, 9, 1)]
    assert all(u.ref_id == pid for u in items if u.kind == "anniversary")
    assert [u.day for u in items] == sorted(u.day for u in items)
    # Known to the year only: the whole year, shown as the year, never "01/01".
    assert [u.precision for u in items if u.years == 25] == ["year"]


def test_an_anniversary_known_to_the_year_is_ahead_until_the_year_ends(
    configured: Services,
) -> None:
    """Signed in "1956": its 70th is ahead all through 2026, the day before the year
    ends included, and gone the day after; one of a known day past this year is gone."""
    configured.partners.save(
        PartnerData(
            name="Le Caire",
            country_code="EG",
            agreements=[
                AgreementData(type=AgreementType.FRIENDSHIP, signed="1956"),  # 70 in 2026
                AgreementData(type=AgreementType.CHARTER, signed="12/03/1976"),  # 50 in March
            ],
        )
    )

    def anniversaries(today: date) -> list[tuple[date, int | None, str]]:
        return [
            (u.day, u.years, u.precision)
            for u in configured.events.upcoming(today)
            if u.kind == "anniversary"
        ]

    assert anniversaries(date(2026, 11, 28)) == [(date(2026, 11, 28), 70, "year")]
    assert anniversaries(date(2026, 12, 31)) == [(date(2026, 12, 31), 70, "year")]
    assert anniversaries(date(2027, 1, 1)) == []


def test_delete_and_undo(configured: Services, partners: dict[str, int]) -> None:
    eid = configured.events.save(concert(partners))
    before = configured.events.get(eid)
    with configured.operations.record() as deleted:
        configured.events.delete(eid)
    assert configured.events.count() == 0
    configured.operations.undo(deleted)
    back = configured.events.get(eid)
    # Back under a later version: a dialog read before the delete is told it changed.
    assert back.version is not None and before.version is not None
    assert back.version > before.version
    assert replace(back, version=before.version) == before


def test_deleting_a_partner_in_an_event_is_refused(
    configured: Services, partners: dict[str, int]
) -> None:
    configured.events.save(concert(partners))
    from twinning_desk.services.errors import ConflictError

    with pytest.raises(ConflictError, match="1 event"):
        configured.partners.delete(partners["Łańcut"])


def test_photos_and_posters_are_kept_and_come_back_with_undo(
    configured: Services, partners: dict[str, int]
) -> None:
    from twinning_desk.services.attachments import AttachmentData

    poster = AttachmentData(filename="affiche.png", content=b"\x89PNG poster")
    eid = configured.events.save(concert(partners, attachments=[poster]))
    [doc] = configured.events.get(eid).attachments
    assert doc.size == len(b"\x89PNG poster") and doc.content is None
    assert configured.events.attachment_content(doc.id or 0) == ("affiche.png", b"\x89PNG poster")
    with configured.operations.record() as deleted:
        configured.events.delete(eid)
    configured.operations.undo(deleted)
    assert configured.events.attachment_content(doc.id or 0)[1] == b"\x89PNG poster"
    data = configured.events.get(eid)
    data.attachments = []
    configured.events.save(data)
    assert configured.events.get(eid).attachments == []


def test_custom_event_types_live_in_the_file(configured: Services) -> None:
    configured.events.set_custom_types(["Marché de Noël", "marché de noël", "concert", " "])
    assert configured.events.custom_types() == ["Marché de Noël"]
    types = configured.events.types()
    assert types[: len(types) - 1][-1] == "other" and types[-1] == "Marché de Noël"
    configured.events.save(
        EventData(title="Tournée", type="Tournée de la chorale", start=datetime(2026, 5, 1))
    )
    assert configured.events.types()[-1] == "Tournée de la chorale"


@pytest.fixture
def many_events(configured: Services, partners: dict[str, int]) -> list[int]:
    """26 events with ties on every sort key (days, types, places, participants), so
    that a page's boundary falls between events sorted equal."""
    ids = []
    names = list(partners.values())
    for i in range(26):
        ids.append(
            configured.events.save(
                EventData(
                    title=["Concert des CHORALES", "Bal", "Rencontre sportive"][i % 3] + f" {i}",
                    type=["concert", "ball"][i % 2],
                    start=datetime(2026, 1 + i % 4, 1 + i % 2),
                    place=[None, "Église Saint-Aubin", "salle des fêtes"][i % 3],
                    partner_ids=[names[j] for j in range(i % 4) if j < len(names)],
                    local_participants=10 * (i % 5),
                )
            )
        )
    return ids


@pytest.mark.parametrize(
    "sort", ["start", "title", "type", "place", "status", "participants", "partners"]
)
def test_a_page_is_its_slice_of_the_whole_list(
    configured: Services, many_events: list[int], sort: str
) -> None:
    """A page is chosen by id first and then read with its partners and participants
    (issue #17): the pages laid end to end are the list read whole, in its order."""
    events = configured.events
    for text in ("", "chorale", "WIMPFEN"):
        for descending in (False, True):
            query = EventQuery(text=text, sort=sort, descending=descending)
            whole = events.rows(query)
            pages = [r for offset in range(0, 28, 6) for r in events.rows(query, offset, 6)]
            assert pages == whole, (text, descending)
            assert events.count(query) == len(whole)


def test_the_search_finds_titles_places_and_partners_whatever_the_case(
    configured: Services, partners: dict[str, int], many_events: list[int]
) -> None:
    events = configured.events
    everything = events.rows(EventQuery(sort="title", descending=False))
    wimpfen_events = {
        r.id for r in everything if "Bad Wimpfen" in r.partners.split(", ")
    }  # partners listed by name: computed apart from the search

    def found(text: str) -> set[int]:
        return {r.id for r in events.rows(EventQuery(text=text), 0, 200)}

    assert found("chorales") == {r.id for r in everything if "CHORALES" in r.title}
    assert found("SAINT-aubin") == {r.id for r in everything if r.place == "Église Saint-Aubin"}
    assert found("wimpfen") == wimpfen_events and wimpfen_events
    assert found("sportive 1") == {
        r.id for r in everything if r.title.startswith("Rencontre sportive 1")
    }
    assert found("nowhere") == set()
    assert events.count(EventQuery(text="nowhere")) == 0
