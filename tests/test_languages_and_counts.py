"""Languages by name, populations grouped: what the screens show, and what they keep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.languages import language_codes, language_names
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import HouseholdData
from twinning_desk.ui.common.widgets.fields import parse_int
from twinning_desk.ui.partners.partner_dialog import PartnerDialog


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("de, pl", ["de", "pl"]),
        ("Deutsch, polonais; EN", ["de", "pl", "en"]),
        ("allemand et anglais", ["de", "en"]),
        ("niemiecki / włoski", ["de", "it"]),
        ("DE fr", ["de", "fr"]),
        ("occitan, patois du coin", ["oc", "patois du coin"]),  # never dropped
        ("", []),
    ],
)
def test_languages_typed_in_any_interface_language_become_codes(
    typed: str, codes: list[str]
) -> None:
    assert language_codes(typed) == codes


def test_codes_are_shown_by_name_in_the_readers_language() -> None:
    assert language_names("de,pl", "fr") == "allemand, polonais"
    assert language_names("de,pl", "de") == "Deutsch, Polnisch"
    assert language_names("de,xx", "pl") == "niemiecki, xx"


def test_a_host_family_typed_by_name_is_kept_as_codes(configured: Services) -> None:
    household_id = configured.people.save_household(
        HouseholdData(name="Famille Martin", languages="Allemand, anglais")
    )
    [saved] = [h for h in configured.people.households() if h.id == household_id]
    assert saved.languages == "de,en"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("fr_FR", "3\u202f208"), ("de_DE", "3.208"), ("en_GB", "3,208")],
)
def test_population_is_grouped_and_read_back(
    qtbot: QtBot, configured: Services, tmp_path: object, locale: str, shown: str
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        partner_id = configured.partners.save(
            PartnerData(name="Łańcut", country_code="PL", population=3208, languages="pl,de")
        )
        dialog = PartnerDialog(
            configured.partners, Gazetteer(configured.db.path.with_name("g.sqlite3")), partner_id
        )
        qtbot.addWidget(dialog)
        assert dialog.population.text() == shown
        assert parse_int("population", dialog.population.text()) == 3208
        assert not dialog.has_changes()  # showing it grouped is not an edit
        assert dialog.languages.text() == language_names("pl,de", locale[:2])
    finally:
        QLocale.setDefault(previous)
