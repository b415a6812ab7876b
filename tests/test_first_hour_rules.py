"""The rules of a committee's first hour, at their boundaries: two-digit years, the
dormant threshold, countries as committees write them, agreement wordings."""

from __future__ import annotations

from datetime import date

import pytest

from twinning_desk.db.models import AgreementType, DatePrecision
from twinning_desk.imports.partners import parse_agreement_type
from twinning_desk.services.context import Services
from twinning_desk.services.countries import match_country, resolve_country, split_country_suffix
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.partner_queries import months_before
from twinning_desk.services.partners import PartnerData


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("République démocratique du Congo", "CD"),
        ("RDC", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("Palestine", "PS"),
        ("Territoires palestiniens", "PS"),
        ("État de Palestine", "PS"),
        ("Corée du Sud", "KR"),
        ("Russie", "RU"),
        ("Viêt Nam", "VN"),
        ("Vietnam", "VN"),
        ("Macédoine du Nord", "MK"),
        ("République tchèque", "CZ"),
        ("Tchéquie", "CZ"),
        ("Biélorussie", "BY"),
        ("Bélarus", "BY"),
        ("Moldavie", "MD"),
        ("Côte d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("COTE D IVOIRE", "CI"),
        ("Royaume-Uni", "GB"),
        ("Angleterre", "GB"),
        ("Écosse", "GB"),
        ("Pays de Galles", "GB"),
        ("Irlande du Nord", "GB"),
        ("Allemagne de l'Est", "DE"),
        ("RDA", "DE"),
        ("Deutschland", "DE"),
        ("DEU", "DE"),
        ("pl", "PL"),
        ("Niemcy", "DE"),
    ],
)
def test_countries_as_committees_write_them(typed: str, code: str) -> None:
    assert resolve_country(typed) == code


def test_nations_keep_their_name_as_region_and_old_countries_say_so() -> None:
    scotland = match_country("Écosse")
    assert scotland is not None and scotland.region == "Écosse"
    gdr = match_country("RDA")
    assert gdr is not None and gdr.code == "DE" and gdr.historical == "RDA"
    split = match_country("Tchécoslovaquie")
    assert split is not None and split.code is None and set(split.codes) == {"CZ", "SK"}
    assert resolve_country("Atlantide") is None
    assert split_country_suffix("Vienne (Autriche)")[1] == match_country("Autriche")
    assert split_country_suffix("Frankfurt (Oder)") == ("Frankfurt (Oder)", None)


@pytest.mark.parametrize(
    ("typed", "start", "precision"),
    [
        ("08/09/1973", date(1973, 9, 8), DatePrecision.DAY),
        ("8 septembre 1973", date(1973, 9, 8), DatePrecision.DAY),
        ("1er mars 2001", date(2001, 3, 1), DatePrecision.DAY),
        ("septembre 1973", date(1973, 9, 1), DatePrecision.MONTH),
        ("1973", date(1973, 1, 1), DatePrecision.YEAR),
        ("1973-1975", date(1973, 1, 1), DatePrecision.RANGE),
        ("1973–1975", date(1973, 1, 1), DatePrecision.RANGE),
        ("signé le 8/9/73", date(1973, 9, 8), DatePrecision.DAY),
        ("8. September 1973", date(1973, 9, 8), DatePrecision.DAY),
        ("March 1st, 2001", date(2001, 3, 1), DatePrecision.DAY),
        ("31 décembre 1999", date(1999, 12, 31), DatePrecision.DAY),
        ("1 janvier 2000", date(2000, 1, 1), DatePrecision.DAY),
    ],
)
def test_dates_as_written(typed: str, start: date, precision: DatePrecision) -> None:
    parsed = parse_fuzzy_date("signed", typed)
    assert parsed is not None and (parsed.start, parsed.precision) == (start, precision)


def test_two_digit_years_reach_ten_years_ahead() -> None:
    """Next spring's trip typed "9/5/27" in 2026 is 2027, not 1927; an agreement signed
    "8/9/73" is 1973. The turn: ten years ahead is this century, eleven the last one."""
    this_year = date.today().year

    def typed(years_from_now: int) -> int:
        year = this_year + years_from_now
        parsed = parse_fuzzy_date("d", f"9/5/{year % 100:02d}")
        assert parsed is not None
        return parsed.start.year

    assert typed(-1) == this_year - 1
    assert typed(0) == this_year
    assert typed(1) == this_year + 1
    assert typed(9) == this_year + 9
    assert typed(10) == this_year + 10  # the last year read ahead
    assert typed(11) == this_year + 11 - 100  # the first read in the past
    assert typed(-89) == this_year - 89


def test_the_last_day_of_the_month_in_words() -> None:
    feb = parse_fuzzy_date("d", "février 2024")
    assert feb is not None and feb.end == date(2024, 2, 29)
    with pytest.raises(Exception, match="not a real date"):
        parse_fuzzy_date("d", "30 février 2024")


@pytest.mark.parametrize(
    ("wording", "kind", "known"),
    [
        ("Ville jumelle", AgreementType.CHARTER, True),
        ("Ville partenaire", AgreementType.FRIENDSHIP, True),
        ("Pacte d'amitié et de coopération", AgreementType.FRIENDSHIP, True),
        ("Accord de coopération décentralisée", AgreementType.COOPERATION, True),
        ("Protocole d'accord", AgreementType.COOPERATION, True),
        ("Memorandum of understanding", AgreementType.LETTER_OF_INTENT, True),
        ("Städtepartnerschaft", AgreementType.CHARTER, True),
        ("Partnerschaftsvertrag", AgreementType.CHARTER, True),
        ("Freundschaftsvertrag", AgreementType.FRIENDSHIP, True),
        ("Jumelage d'honneur", AgreementType.HONORARY, True),
        ("Échanges entre chorales", AgreementType.OTHER, False),
    ],
)
def test_agreement_wordings(wording: str, kind: AgreementType, known: bool) -> None:
    assert parse_agreement_type(wording) == (kind, known)


def test_a_remembered_wording_wins() -> None:
    remembered = {"echanges entre chorales": AgreementType.FRIENDSHIP}
    assert parse_agreement_type("Échanges entre chorales", remembered) == (
        AgreementType.FRIENDSHIP,
        True,
    )


def test_asleep_needs_a_known_exchange_older_than_the_threshold(configured: Services) -> None:
    """The day before the cutoff is asleep; the cutoff itself and the day after are not;
    no exchange at all is "no exchange recorded", never asleep."""
    cutoff = months_before(date.today(), 24)
    from datetime import timedelta

    noted = {
        "Before": cutoff - timedelta(days=1),
        "On": cutoff,
        "After": cutoff + timedelta(days=1),
        "Never": None,
    }
    for name, day in noted.items():
        configured.partners.save(PartnerData(name=name, country_code="DE", last_exchange_noted=day))
    rows = {r.name: r for r in configured.partners.rows()}
    assert {n: r.dormant for n, r in rows.items()} == {
        "After": False,
        "Before": True,
        "Never": False,
        "On": False,
    }
    assert rows["Never"].no_exchange and not rows["On"].no_exchange
