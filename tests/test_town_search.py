"""The town search says where a town is (région, country, inhabitants) and fills the
région; GeoNames' French region codes are checked against real towns."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.services.regions import FRANCE_REGIONS
from twinning_desk.translation import install_translators
from twinning_desk.ui.partners.partner_dialog import PartnerDialog

VIENNE_FR = {
    "geonameid": 2969284,
    "name": "Vienne",
    "latitude": 45.52569,
    "longitude": 4.87484,
    "countrycode": "FR",
    "population": 32293,
    "timezone": "Europe/Paris",
    "admin1code": "84",
    "alternatenames": [],
}
VIENNA_AT = {
    "geonameid": 2761369,
    "name": "Vienna",
    "latitude": 48.20849,
    "longitude": 16.37208,
    "countrycode": "AT",
    "population": 1691468,
    "timezone": "Europe/Vienna",
    "admin1code": "09",
    "alternatenames": ["Vienne", "Wien"],
}


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gaz = Gazetteer(tmp_path / "g.sqlite3")
    build_gazetteer(gaz.path, [VIENNE_FR, VIENNA_AT])
    return gaz


def test_a_french_town_knows_its_region_and_a_foreign_one_guesses_none(
    gazetteer: Gazetteer,
) -> None:
    found = {p.country_code: p for p in gazetteer.exact("Vienne")}
    assert found["FR"].region == "Auvergne-Rhône-Alpes"
    assert found["AT"].region is None  # Austrian codes have no names offline: no guess


def test_an_index_built_before_regions_is_rebuilt(tmp_path: Path) -> None:
    gaz = Gazetteer(tmp_path / "old.sqlite3")
    build_gazetteer(gaz.path, [VIENNE_FR])
    with sqlite3.connect(gaz.path) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'version'")
    assert not gaz.is_ready()


def test_the_list_shows_region_country_and_inhabitants_and_fills_the_region(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")  # also the French number forms
    sep = "[\u00a0\u202f ]"  # a no-break space, narrow or not, as the locale has it
    try:
        dialog = PartnerDialog(configured.partners, gazetteer)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.place_search.edit, "vienne")
        places = dialog.place_search.search()
        labels = dict(
            zip(
                [p.country_code for p in places],
                dialog.place_search._model.stringList(),
                strict=True,
            )
        )
        assert re.fullmatch(
            rf"Vienne — Auvergne-Rhône-Alpes, France — 32{sep}293{sep}hab\.", labels["FR"]
        ), labels["FR"]
        assert re.fullmatch(rf"Vienna — Autriche — 1{sep}691{sep}468{sep}hab\.", labels["AT"])
        dialog.place_search.choose([p.country_code for p in places].index("FR"))
        assert dialog.region.text() == "Auvergne-Rhône-Alpes"
        assert re.fullmatch(rf"32{sep}293", dialog.population.text())
    finally:
        install_translators(app, "none")


def test_a_region_typed_by_the_user_is_kept(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    dialog = PartnerDialog(configured.partners, gazetteer)
    qtbot.addWidget(dialog)
    dialog.region.setText("Isère")
    qtbot.keyClicks(dialog.place_search.edit, "vienne")
    places = dialog.place_search.search()
    dialog.place_search.choose([p.country_code for p in places].index("FR"))
    assert dialog.region.text() == "Isère"


# Regional capitals and big towns, with the région each is in (INSEE, 2016 regions).
TOWNS = {
    "Paris": "Île-de-France",
    "Orléans": "Centre-Val de Loire",
    "Dijon": "Bourgogne-Franche-Comté",
    "Rouen": "Normandie",
    "Lille": "Hauts-de-France",
    "Strasbourg": "Grand Est",
    "Nantes": "Pays de la Loire",
    "Rennes": "Bretagne",
    "Bordeaux": "Nouvelle-Aquitaine",
    "Toulouse": "Occitanie",
    "Lyon": "Auvergne-Rhône-Alpes",
    "Marseille": "Provence-Alpes-Côte d’Azur",
    "Ajaccio": "Corse",
}


@pytest.mark.slow
def test_every_french_region_code_names_the_right_region(full_gazetteer: Gazetteer) -> None:
    assert sorted(TOWNS.values()) == sorted(FRANCE_REGIONS.values())
    for town, region in TOWNS.items():
        place = full_gazetteer.exact(town, ["FR"], limit=1)[0]
        assert place.region == region, town
