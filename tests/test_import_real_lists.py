"""A committee's own list, typed in French, imported whole: every town placed, none dropped.

The fixtures are written here the way committees keep them: a title above the header,
exonyms (Varsovie, Le Caire), French country names (RDC, Écosse, RDA), their own wording
for agreements, dates in every form, an organisation, a duplicate, an ambiguous name.
Coordinates are checked against the gazetteer entry the test itself looks up by the
place's own name, never against what the import produced.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from twinning_desk.db.models import AgreementType, DatePrecision, PartnerKind
from twinning_desk.imports.partners import RowStatus, apply_plan, read_plan
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer

TITLE = ["Comité de jumelage de Saint-Aubin-sur-Loire — nos villes partenaires"]
HEADER = ["Ville", "Pays", "Type de lien", "Date de signature", "Dernier échange"]
# (row as typed, expected country, gazetteer name to look up, or None when not placed)
ROWS: list[tuple[list[object], str | None, str | None]] = [
    (["Varsovie", "Pologne", "Ville jumelle", "08/09/1973", 2025], "PL", "Warsaw"),
    (["Nuremberg", "Allemagne", "Ville partenaire", "1er mars 2001", None], "DE", "Nuremberg"),
    (
        [
            "Francfort-sur-le-Main",
            "Allemagne",
            "Pacte d'amitié et de coopération",
            "septembre 1973",
        ],
        "DE",
        "Frankfurt am Main",
    ),
    (["Le Caire", "Égypte", "Protocole d'accord", "1973–1975", None], "EG", "Cairo"),
    (["Fès", "Maroc", "Accord de coopération décentralisée", 1973, None], "MA", "Fes"),
    (["Moscou", "Russie", "Ville jumelle", "signé le 8/9/73", "2015"], "RU", "Moscow"),
    (["Vienne (Autriche)", None, "Städtepartnerschaft", "1985", None], "AT", "Vienna"),
    (["Nankin", "Chine", "Memorandum of understanding", "2010", None], "CN", "Nanjing"),
    (["Cuzco", "Pérou", "Convention", "2005", None], "PE", "Cusco"),
    (["Kinshasa", "RDC", "Lettre d'intention", "2012", None], "CD", "Kinshasa"),
    (["Brazzaville", "Congo-Brazzaville", "Ville partenaire", "2013", None], "CG", "Brazzaville"),
    (["Bethléem", "Territoires palestiniens", "Pacte d'amitié", "1998", None], "PS", "Bethlehem"),
    (["Séoul", "Corée du Sud", "Ville partenaire", "2002", None], "KR", "Seoul"),
    (["Hanoï", "Viêt Nam", "Coopération décentralisée", "1999", None], "VN", "Hanoi"),
    (["Skopje", "Macédoine du Nord", "Ville jumelle", "2004", None], "MK", "Skopje"),
    (["Prague", "Tchéquie", "Ville jumelle", "1995", None], "CZ", "Prague"),
    (["Minsk", "Biélorussie", "Pacte d'amitié", "1996", None], "BY", "Minsk"),
    (["Chișinău", "Moldavie", "Ville partenaire", "2008", None], "MD", "Chisinau"),
    (["Abidjan", "Côte d’Ivoire", "Coopération décentralisée", "2000", None], "CI", "Abidjan"),
    (["Bouaké", "Côte d'Ivoire", "Convention", "2001", None], "CI", "Bouaké"),
    (["Édimbourg", "Écosse", "Ville jumelle", "1994", None], "GB", "Edinburgh"),
    (["Cardiff", "Pays de Galles", "Ville jumelle", "1990", None], "GB", "Cardiff"),
    (["Belfast", "Irlande du Nord", "Ville partenaire", "1999", None], "GB", "Belfast"),
    (["Kenilworth", "Angleterre", "Jumelage", "14/07/1989", None], "GB", "Kenilworth"),
    (["Leipzig", "RDA", "Ville jumelle", "1962", None], "DE", "Leipzig"),
    (["Cracovie", "Pologne", "Freundschaftsvertrag", "1993", None], "PL", "Kraków"),
    (["Łódź", "Pologne", "Partnerschaftsvertrag", "1992", None], "PL", "Łódź"),
    (["Québec", "Canada", "Ville jumelle", "1980", None], "CA", "Québec"),
    (["La Nouvelle-Orléans", "États-Unis", "Ville jumelle", "1991", None], "US", "New Orleans"),
    (
        ["Ouagadougou", "Burkina Faso", "Coopération décentralisée", "1997", None],
        "BF",
        "Ouagadougou",
    ),
    (["Bamako", "Mali", "Convention", "1986", None], "ML", "Bamako"),
    (["Saint-Louis", "Sénégal", "Ville jumelle", "1985", None], "SN", "Saint-Louis"),
    (["Fribourg-en-Brisgau", "Allemagne", "Ville jumelle", "1959", None], "DE", "Freiburg"),
    (["Tübingen", "Deutschland", "Ville jumelle", "1960", None], "DE", "Tübingen"),
    (["Montefalco", "Italie", "Gemellaggio", "2003", None], "IT", "Montefalco"),
    (["Peñíscola", "Espagne", "Hermanamiento", "2006", None], "ES", "Peníscola"),
    (
        ["Bad Wimpfen", "Allemagne", "Échanges entre chorales", "1970", None],
        "DE",
        "Bad Wimpfen",
    ),
    (["Saint-Denis", None, "Ville partenaire", "2011", None], "RE", "Saint-Denis"),
    (
        ["Association des maires francophones", None, "Partenariat de projet", "2016", None],
        None,
        None,
    ),
    (["Atlantide", "Nulle part", "Ville jumelle", "1900", None], None, None),
]
DUPLICATE = ["VARSOVIE", "Pologne", "Ville jumelle", "8 septembre 1973", None]


def _rows() -> list[list[object]]:
    return [r for r, _c, _g in ROWS]


def write_list_xlsx(path: Path) -> Path:
    wb = Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Ce classeur contient la liste des partenaires sur la feuille suivante."])
    ws = wb.create_sheet("Partenaires")
    ws.append(TITLE)
    ws.merge_cells("A1:E1")
    ws.append(["Mise à jour : assemblée générale 2025"])
    ws.append([])
    ws.append(HEADER)
    for row in _rows():
        ws.append(row)
    ws.append(DUPLICATE)
    ws.append(["Ville cachée", "France", "Ville jumelle", "2000", None])
    ws.row_dimensions[ws.max_row].hidden = True
    wb.save(path)
    return path


def write_list_csv(path: Path) -> Path:
    with path.open("w", encoding="cp1252", newline="", errors="strict") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(TITLE)
        writer.writerow([])
        writer.writerow(HEADER)
        for row in _rows():
            # Excel on Windows cannot write ș, Ł or ’ in Windows-1252: the committee's
            # sheet holds what the code page can hold.
            writer.writerow(
                [
                    ""
                    if v is None
                    else str(v)
                    .replace("ș", "s")
                    .replace("ă", "a")
                    .replace("Ł", "L")
                    .replace("ź", "z")
                    .replace("’", "'")
                    for v in row
                ]
            )
        writer.writerow(DUPLICATE)
    return path


def _check_import(services: Services, gazetteer: Gazetteer, path: Path) -> None:
    plan = read_plan(path, services.partners, gazetteer=gazetteer)
    assert plan is not None and plan.can_apply
    assert not plan.missing_columns
    by_name = {r.name: r for r in plan.results if r.status is RowStatus.NEW}
    # Every row of the list is there; only the repeated Varsovie is a duplicate.
    assert len(by_name) == len(ROWS)
    assert plan.count(RowStatus.DUPLICATE) == 1 and plan.count(RowStatus.ERROR) == 0
    assert plan.results[0].row == 5 if path.suffix == ".xlsx" else True
    assert apply_plan(plan, services.partners)
    rows = {r.name: r for r in services.partners.rows()}
    assert len(rows) == len(ROWS)
    for typed, country, gazetteer_name in ROWS:
        name = str(typed[0]).replace(" (Autriche)", "")
        if path.suffix == ".csv":
            name = name.replace("ș", "s").replace("ă", "a").replace("Ł", "L").replace("ź", "z")
        row = rows[name]
        assert row.country_code == country, name
        partner = services.partners.get(row.id)
        if gazetteer_name is None:
            assert partner.latitude is None and row.distance_km is None, name
            continue
        expected = gazetteer.exact(gazetteer_name, [country] if country else None)[0]
        assert partner.latitude is not None and partner.longitude is not None, name
        assert abs(partner.latitude - expected.latitude) < 0.1, name
        assert abs(partner.longitude - expected.longitude) < 0.1, name
        assert row.distance_km is not None and row.distance_km > 0, name
    # Honest statuses: only Moscou (last exchange 2015) is asleep.
    assert sorted(n for n, r in rows.items() if r.dormant) == ["Moscou"]
    assert rows["Nuremberg"].no_exchange and not rows["Nuremberg"].dormant
    assert rows["Varsovie"].last_exchange == date(2025, 12, 31)
    # Printed back as the list said it: a year, not a made-up 31 December.
    assert rows["Varsovie"].last_exchange_precision is DatePrecision.YEAR
    from twinning_desk.ui.partners.partners_model import _last_exchange_text

    assert _last_exchange_text(rows["Varsovie"]) == "2025"
    # The wordings as written.
    assert rows["Varsovie"].agreement_type is AgreementType.CHARTER
    assert rows["Nuremberg"].agreement_type is AgreementType.FRIENDSHIP
    assert rows["Le Caire"].agreement_type is AgreementType.COOPERATION
    assert rows["Nankin"].agreement_type is AgreementType.LETTER_OF_INTENT
    assert rows["Cracovie"].agreement_type is AgreementType.FRIENDSHIP
    assert rows["Bad Wimpfen"].agreement_type is AgreementType.OTHER
    assert rows["Bad Wimpfen"].agreement_title == "Échanges entre chorales"
    # Dates as written.
    assert rows["Moscou"].signed is not None and rows["Moscou"].signed.start == date(1973, 9, 8)
    assert rows["Nuremberg"].signed is not None
    assert rows["Nuremberg"].signed.start == date(2001, 3, 1)
    francfort = rows["Francfort-sur-le-Main"].signed
    assert francfort is not None and francfort.precision is DatePrecision.MONTH
    caire = rows["Le Caire"].signed
    assert caire is not None and caire.precision is DatePrecision.RANGE
    # The nations of the United Kingdom stay as the region; the organisation has no country.
    assert services.partners.get(rows["Édimbourg"].id).region == "Écosse"
    assert rows["Association des maires francophones"].kind is PartnerKind.ORGANISATION


def test_french_list_xlsx_imports_every_row_placed(
    configured: Services, full_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    path = write_list_xlsx(tmp_path / "partenaires.xlsx")
    plan = read_plan(path, configured.partners, gazetteer=full_gazetteer)
    assert plan is not None
    assert (plan.sheet, plan.header_row, plan.hidden_rows) == ("Partenaires", 4, 1)
    leipzig = next(r for r in plan.results if r.name == "Leipzig")
    assert leipzig.warnings and "RDA" in leipzig.warnings[0].render()
    saint_denis = next(r for r in plan.results if r.name == "Saint-Denis")
    assert saint_denis.ambiguous and {p.country_code for p in saint_denis.candidates} >= {
        "RE",
        "FR",
    }
    atlantide = next(r for r in plan.results if r.name == "Atlantide")
    assert atlantide.country_unknown and atlantide.unsure
    _check_import(configured, full_gazetteer, path)


def test_french_list_as_windows_csv_imports_the_same(
    configured: Services, full_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    _check_import(configured, full_gazetteer, write_list_csv(tmp_path / "partenaires.csv"))


def test_choices_in_the_preview_change_what_is_imported(
    configured: Services, full_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    path = write_list_xlsx(tmp_path / "partenaires.xlsx")
    plan = read_plan(path, configured.partners, gazetteer=full_gazetteer)
    assert plan is not None
    # Saint-Denis: the committee meant the one near Paris, not La Réunion.
    saint_denis = next(r for r in plan.results if r.name == "Saint-Denis")
    france = next(i for i, p in enumerate(saint_denis.candidates) if p.country_code == "FR")
    plan.choose_place(saint_denis, france)
    assert not saint_denis.unsure
    # Atlantide: the secretary says it is Greek and leaves it unplaced.
    atlantide = next(r for r in plan.results if r.name == "Atlantide")
    plan.set_country(atlantide, "GR", full_gazetteer)
    # The choirs' wording is a friendship pact, for this file and the next.
    plan.map_wording("Échanges entre chorales", AgreementType.FRIENDSHIP)
    from twinning_desk.imports.partners import regroup

    regroup(plan, configured.partners)
    assert apply_plan(plan, configured.partners)
    rows = {r.name: r for r in configured.partners.rows()}
    assert rows["Saint-Denis"].country_code == "FR"  # the country follows the place chosen
    sd = configured.partners.get(rows["Saint-Denis"].id)
    assert sd.latitude is not None and abs(sd.latitude - 48.936) < 0.1
    assert rows["Atlantide"].country_code == "GR"
    assert rows["Bad Wimpfen"].agreement_type is AgreementType.FRIENDSHIP
    assert configured.partners.agreement_wordings() == {
        "echanges entre chorales": AgreementType.FRIENDSHIP
    }


def test_cli_import_then_list_gives_a_distance_for_every_placed_row(
    home_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    env_db = tmp_path / "cli.sqlite3"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "twinning_desk", "--db", str(env_db), "--lang", "fr", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = cli(
        "init", "--commune", "Saint-Aubin", "--country", "FR", "--lat", "47.39", "--lon", "0.68"
    )
    assert done.returncode == 0, done.stderr
    path = write_list_xlsx(tmp_path / "partenaires.xlsx")
    done = cli("import", "partners", str(path))
    assert done.returncode == 0, done.stderr
    assert "40 nouveaux partenaires" in done.stdout, done.stdout
    assert "ligne" in done.stderr  # the marked rows are listed
    listed = cli("list", "partners", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    partners = {p["name"]: p for p in json.loads(listed.stdout)}
    assert len(partners) == len(ROWS)
    for typed, _country, gazetteer_name in ROWS:
        name = str(typed[0]).replace(" (Autriche)", "")
        if gazetteer_name is None:
            assert partners[name]["distance_km"] is None
        else:
            assert partners[name]["distance_km"] is not None, name


def test_what_a_newcomer_found_is_kept_and_said(
    configured: Services, full_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    """A blank country that the largest place resolves into a partner of another row is
    said; an unreadable date, the committee's wording and its remarks are all kept."""
    from twinning_desk.db.models import PartnerStatus
    from twinning_desk.imports.doubts import row_doubts

    wb = Workbook()
    ws = wb.active
    ws.append(["Ville", "Pays", "Type de lien", "Date de signature", "Remarques"])
    ws.append(["Vienne", "Autriche", "Ville partenaire", "2001", None])
    ws.append(["Vienne", None, "Ville jumelle", "1965", "Vienne en Isère ?"])
    ws.append(["Rome", "Italie", "Ville jumelle", "1956 ?", "suspendu depuis 2022"])
    ws.append(["Bamako", "Mali", "jumelage en projet", None, None])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    plan = read_plan(path, configured.partners, gazetteer=full_gazetteer)
    assert plan is not None
    vienne, guessed, rome, bamako = plan.results
    assert guessed.ambiguous and guessed.merged_into == vienne.row
    said = row_doubts(guessed)
    assert "Vienna (Autriche) was chosen" in said and f"row {vienne.row}" in said
    plan.unread_date_label = "Signé (tel qu'écrit) :"
    assert apply_plan(plan, configured.partners)
    partners = configured.partners
    rome_data = partners.get(partners.find_id("Rome", "IT") or 0)
    assert rome_data.agreements[0].signed is None
    assert rome_data.agreements[0].notes == "Signé (tel qu'écrit) : 1956 ?"
    assert rome_data.notes == "suspendu depuis 2022"  # the remark is about the partner
    assert rome_data.agreements[0].title == "Ville jumelle"
    vienna = partners.get(partners.find_id("Vienne", "AT") or 0)
    assert sorted(a.title or "" for a in vienna.agreements) == ["Ville jumelle", "Ville partenaire"]
    bamako_row = next(r for r in partners.rows() if r.name == "Bamako")
    assert bamako_row.status is PartnerStatus.PROSPECT
    assert bamako_row.agreement_type is AgreementType.CHARTER
