"""People at the limits of the rules that protect them or count them: the 18th birthday
on the day before, of and after departure (29 February too), and the EU grant's count of
participants, invited guests and countries. Expected values are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from twinning_desk.db.models import DelegationStatus, Direction, MemberRole
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, DelegationService, MemberData
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.eu_grant import eu_check
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import MINOR_AGE, PersonData, age_on

# ------------------------------------------------------------------ the 18th birthday


def test_a_minor_is_under_eighteen() -> None:
    assert MINOR_AGE == 18


@pytest.mark.parametrize(
    ("birth", "departure", "age"),
    [
        # Born 10 June 2008: 18 on 10 June 2026, not a day earlier.
        (date(2008, 6, 10), date(2026, 6, 9), 17),
        (date(2008, 6, 10), date(2026, 6, 10), 18),
        (date(2008, 6, 10), date(2026, 6, 11), 18),
        # New Year: born 1 January 2008, 18 on 1 January 2026; 31 December is the day before.
        (date(2008, 1, 1), date(2025, 12, 31), 17),
        (date(2008, 1, 1), date(2026, 1, 1), 18),
        # Born 31 December 2007: 18 on 31 December 2025.
        (date(2007, 12, 31), date(2025, 12, 30), 17),
        (date(2007, 12, 31), date(2025, 12, 31), 18),
        (date(2007, 12, 31), date(2026, 1, 1), 18),
        # Born 29 February 2008. Eighteen years after a leap year is never a leap year
        # (2008 + 18 = 2026), so the 18th birthday has no 29 February: the person comes
        # of age on 1 March, when 29 February has passed. Until then, a minor: the safe
        # side for a rule that protects children.
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2026, 3, 2), 18),
        # A leap year departure for someone born on 29 February: 20 on 29 February 2028.
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        # Born 1 March 2008: still 17 on 28 February 2026.
        (date(2008, 3, 1), date(2026, 2, 28), 17),
        (date(2008, 3, 1), date(2026, 3, 1), 18),
    ],
)
def test_age_on_the_departure_day(birth: date, departure: date, age: int) -> None:
    assert age_on(birth, departure) == age
    member = MemberData(1, MemberRole.RESIDENT, birth_date=birth)
    assert DelegationService.is_minor(member, departure) is (age < 18)


def test_without_a_birth_date_only_a_youth_is_a_minor() -> None:
    day = date(2026, 6, 10)
    assert DelegationService.is_minor(MemberData(1, MemberRole.YOUTH), day) is True
    for role in MemberRole:
        if role is not MemberRole.YOUTH:
            assert DelegationService.is_minor(MemberData(1, role), day) is False
    # A birth date decides over the role: an adult "jeune" needs no authorisation.
    adult = MemberData(1, MemberRole.YOUTH, birth_date=date(2000, 1, 1))
    assert DelegationService.is_minor(adult, day) is False


@pytest.fixture
def partner(configured: Services) -> int:
    return configured.partners.save(PartnerData(name="Łańcut", country_code="PL"))


def _ready_trip(partner: int, member: MemberData, departure: date) -> DelegationData:
    return DelegationData(
        partner_id=partner,
        direction=Direction.OUTGOING,
        purpose="youth",
        start_date=departure,
        end_date=departure + timedelta(days=4),
        status=DelegationStatus.READY,
        members=[member],
    )


@pytest.mark.parametrize(
    ("birth", "departure", "needs_authorisation"),
    [
        (date(2008, 6, 10), date(2026, 6, 9), True),  # the day before the 18th birthday
        (date(2008, 6, 10), date(2026, 6, 10), False),  # the birthday itself
        (date(2008, 6, 10), date(2026, 6, 11), False),  # the day after
        (date(2008, 2, 29), date(2026, 2, 28), True),
        (date(2008, 2, 29), date(2026, 3, 1), False),
    ],
)
def test_a_ready_delegation_needs_the_authorisation_of_a_minor_on_departure(
    configured: Services,
    partner: int,
    birth: date,
    departure: date,
    needs_authorisation: bool,
) -> None:
    s = configured
    teen = s.people.save_person(PersonData("Lucie", "Marchand", birth_date=birth))
    # Still 17 on the last day of the trip does not matter, nor 18 by its end: the
    # departure decides, as the parents sign for the whole journey before it starts.
    data = _ready_trip(partner, MemberData(teen, MemberRole.YOUTH), departure)
    draft = DelegationData(**{**data.__dict__, "status": DelegationStatus.DRAFT})
    warned = [w.render() for w in s.delegations.warnings(draft)]
    assert any("guardian" in w for w in warned) is needs_authorisation
    if needs_authorisation:
        with pytest.raises(ValidationError) as refused:
            s.delegations.save(data)
        assert refused.value.field == "members"
        assert s.delegations.count() == 0
        data.members[0].guardian_authorisation = True
    s.delegations.save(data)
    assert s.delegations.count() == 1


# ------------------------------------------------------------------ EU grant: countries


@pytest.mark.parametrize(
    ("counts", "meeting", "countries"),
    [
        ({"FR": 25, "DE": 25}, "FR", 2),  # the host's country with its own people: once
        ({"DE": 50}, "FR", 2),  # the host counts even with nobody of its own listed
        ({"FR": 0, "DE": 50}, "FR", 2),  # a zero for the host: still once
        ({"FR": 50}, "FR", 1),  # only the host: one country, not two
        ({"FR": 50, "DE": 0}, "FR", 1),  # a country with nobody does not count
        ({"FR": 49, "DE": 1}, "FR", 2),  # one person is enough for a country to count
        ({"FR": 1, "DE": 49}, "DE", 2),
        ({"DE": 25, "PL": 25}, "FR", 3),  # two guest countries and the host
        ({"FR": 20, "DE": 20, "PL": 10}, "DE", 3),  # a visit made: Germany hosts
        ({"FR": 50}, "DE", 2),  # our delegation abroad: we are the guests
        ({}, "FR", 1),
    ],
)
def test_the_meeting_country_counts_once(
    counts: dict[str, int], meeting: str, countries: int
) -> None:
    check = eu_check(counts, meeting)
    assert check.countries == countries
    assert check.enough_countries is (countries >= 2)


@pytest.mark.parametrize(
    ("counts", "participants", "invited", "eligible"),
    [
        # 50 participants, 25 invited, 2 countries: each limit exactly met.
        ({"FR": 25, "DE": 25}, 50, 25, True),
        # 49 participants: one short, though 25 are invited from 2 countries.
        ({"FR": 24, "DE": 25}, 49, 25, False),
        # 51 participants, 24 invited: one guest short.
        ({"FR": 27, "DE": 24}, 51, 24, False),
        # Invited from two countries add up: 12 + 13 = 25.
        ({"FR": 25, "DE": 12, "PL": 13}, 50, 25, True),
        # 50 people of the host's country only: no one invited, one country.
        ({"FR": 50}, 50, 0, False),
        # 50 guests and nobody from the host: eligible (the host's country counts).
        ({"DE": 50}, 50, 50, True),
    ],
)
def test_eu_limits_before_at_and_after(
    counts: dict[str, int], participants: int, invited: int, eligible: bool
) -> None:
    check = eu_check(counts, "FR")
    assert (check.participants, check.invited_from_abroad) == (participants, invited)
    assert check.eligible is eligible


@pytest.mark.parametrize(
    ("invited", "eligible"),
    [
        ([InvitedCount("DE", 25)], True),
        ([InvitedCount("DE", 24)], False),  # 49 people, 24 guests
        # A French neighbour town invited too: 50 people, but 24 from abroad.
        ([InvitedCount("DE", 24), InvitedCount("FR", 1)], False),
        ([InvitedCount("DE", 24), InvitedCount("AT", 1)], True),
    ],
)
def test_an_event_at_home_counts_guests_of_our_country_as_local(
    configured: Services, invited: list[InvitedCount], eligible: bool
) -> None:
    event = EventData(
        title="Jumelage 30 ans",
        type="anniversary",
        start=datetime(2026, 6, 10),
        local_participants=25,
        invited=invited,
    )
    check = configured.events.eu_check(event)
    assert check.eligible is eligible
    assert check.invited_from_abroad == sum(c.count for c in invited if c.country_code != "FR")


def test_a_visit_made_is_held_in_the_partners_country(configured: Services) -> None:
    """Our 50 travellers are the guests from abroad; Germany, the host, counts once."""
    s = configured
    partner = s.partners.save(PartnerData(name="Bad Tölz", country_code="DE"))
    members = [
        MemberData(s.people.save_person(PersonData(f"Jean{i}", "Martin")), MemberRole.RESIDENT)
        for i in range(50)
    ]
    data = DelegationData(
        partner_id=partner,
        direction=Direction.OUTGOING,
        purpose="citizens",
        start_date=date(2026, 6, 10),
        members=members,
    )
    check = s.delegations.eu_check(data)
    assert (check.participants, check.invited_from_abroad, check.countries) == (50, 50, 2)
    assert check.eligible
    received = DelegationData(**{**data.__dict__, "direction": Direction.INCOMING})
    # The same 50 French people received at home: none from abroad, one country.
    check = s.delegations.eu_check(received)
    assert (check.invited_from_abroad, check.countries, check.eligible) == (0, 1, False)
