"""Partner import (preview, merge, duplicates, errors, cancel) and export read back."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from twinning_desk.db.models import AgreementType, DatePrecision
from twinning_desk.export.atomic import ExportError
from twinning_desk.export.partners import export_partners
from twinning_desk.imports.partners import RowStatus, apply_plan, read_plan
from twinning_desk.services.context import Services
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.partners import AgreementData, PartnerData


def write_xlsx(path: Path, rows: list[list[object]], hidden_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    if hidden_first:
        ws.title = "caché"
        ws.append(["nothing", "here"])
        ws.sheet_state = "hidden"
        ws = wb.create_sheet("Jumelages")
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [
    ["Ville partenaire", "Pays", "Type d'accord", "Date de signature", "Latitude", "Longitude"],
    ["Bad Tölz", "Allemagne", "Charte de jumelage", 1985, 47.76, 11.557],
    ["Łódź", "Pologne", "Pacte d'amitié", "2001-2002", 51.7592, 19.456],
    ["Bad Tölz", "Germany", "Renouvellement de la charte", datetime(2010, 6, 5), None, None],
    ["Kenilworth", "GB", "Jumelage", "14/07/1989", "52,3497", "-1,5802"],
]


def test_good_xlsx_merges_same_town_and_computes_distance(
    configured: Services, tmp_path: Path
) -> None:
    plan = read_plan(write_xlsx(tmp_path / "j.xlsx", GOOD), configured.partners)
    assert plan is not None and plan.can_apply
    assert [r.status for r in plan.results] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.MERGED,
        RowStatus.NEW,
    ]
    assert apply_plan(plan, configured.partners)
    rows = {r.name: r for r in configured.partners.rows()}
    assert set(rows) == {"Bad Tölz", "Łódź", "Kenilworth"}
    tolz = configured.partners.get(rows["Bad Tölz"].id)
    assert [(a.type, a.signed.precision if a.signed else None) for a in tolz.agreements] == [
        (AgreementType.CHARTER, DatePrecision.YEAR),
        (AgreementType.CHARTER, DatePrecision.DAY),
    ]
    assert rows["Łódź"].agreement_type is AgreementType.FRIENDSHIP
    assert rows["Kenilworth"].distance_km is not None and rows["Kenilworth"].distance_km > 400


def test_doubtful_rows_are_kept_and_marked_only_a_nameless_row_is_left_out(
    configured: Services, tmp_path: Path
) -> None:
    rows = [
        ["Town", "Country", "Agreement", "Signed"],
        ["", "Germany", "charter", "1990"],
        ["Atlantis", "Nowhere", "charter", "1990"],
        ["Figueres", "Spain", "charter", "31/02/1991"],
        ["Sintra", "Portugal", "a recipe", "1991"],
        ["Figueres", "Spain", "charter", "1991"],
    ]
    plan = read_plan(write_xlsx(tmp_path / "bad.xlsx", rows), configured.partners)
    assert plan is not None
    errors = {r.row: r.message.render() for r in plan.results if r.status is RowStatus.ERROR}
    assert set(errors) == {2}
    assert errors[2].startswith("Name")
    by_row = {r.row: r for r in plan.results}
    assert by_row[3].country_unknown and by_row[3].unsure  # "Nowhere": kept, marked
    assert by_row[4].signed is None
    assert "not a real date" in by_row[4].warnings[0].render()
    assert (by_row[5].agreement_type, by_row[5].wording_known) == (AgreementType.OTHER, False)
    assert plan.unknown_wordings == ["a recipe"]
    assert by_row[6].status is RowStatus.MERGED  # Figueres again, with a readable date
    assert apply_plan(plan, configured.partners)
    assert sorted(r.name for r in configured.partners.rows()) == ["Atlantis", "Figueres", "Sintra"]
    sintra = configured.partners.get(configured.partners.find_id("Sintra", "PT") or 0)
    assert [(a.type, a.title) for a in sintra.agreements] == [(AgreementType.OTHER, "a recipe")]
    atlantis = configured.partners.find_id("Atlantis", None)
    assert atlantis is not None  # imported without a country, to be fixed later


def test_duplicates_in_file_and_in_database_are_not_doubled(
    configured: Services, tmp_path: Path
) -> None:
    configured.partners.save(
        PartnerData(
            name="Bad Tölz",
            country_code="DE",
            agreements=[AgreementData(type=AgreementType.CHARTER, signed="1985")],
        )
    )
    rows = [
        ["Commune", "Pays", "Nature", "Année"],
        ["Bad Tölz", "DE", "charte", "1985"],  # already in the database
        ["Łódź", "PL", "charte", "1999"],
        ["LODZ", "Pologne", "Charte", 1999],  # same as the row above
        ["Bad Tolz", "Deutschland", "projet", "2015"],  # new agreement for the known partner
    ]
    plan = read_plan(write_xlsx(tmp_path / "dup.xlsx", rows), configured.partners)
    assert plan is not None
    assert [r.status for r in plan.results] == [
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.MERGED,
    ]
    assert apply_plan(plan, configured.partners)
    assert configured.partners.count() == 2
    tolz_id = configured.partners.find_id("Bad Tölz", "DE")
    assert tolz_id is not None
    assert len(configured.partners.get(tolz_id).agreements) == 2
    # Importing the same file again changes nothing.
    again = read_plan(tmp_path / "dup.xlsx", configured.partners)
    assert again is not None
    assert again.count(RowStatus.DUPLICATE) == 4 and not again.partners


def test_windows_1252_csv_with_semicolons(configured: Services, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = "Ville;Pays;Type;Date\r\nSaint-Étienne-de-Montluc;France;Jumelage d'honneur;1992\r\n"
    text += "Großbottwar;Allemagne;Charte;12/05/1975\r\n"
    path.write_bytes(text.encode("cp1252"))
    plan = read_plan(path, configured.partners)
    assert plan is not None
    assert [r.status for r in plan.results] == [RowStatus.NEW, RowStatus.NEW]
    assert apply_plan(plan, configured.partners)
    names = sorted(r.name for r in configured.partners.rows())
    assert names == ["Großbottwar", "Saint-Étienne-de-Montluc"]


def test_utf8_comma_csv_with_bom(configured: Services, tmp_path: Path) -> None:
    path = tmp_path / "utf8.csv"
    path.write_text('\ufeffcity,country,year\n"Kraków, Old Town",Poland,2004\n', encoding="utf-8")
    plan = read_plan(path, configured.partners)
    assert plan is not None
    assert plan.results[0].name == "Kraków, Old Town"


def test_cancelled_import_writes_nothing(configured: Services, tmp_path: Path) -> None:
    rows = [["Ville", "Pays"]] + [[f"Village {i}", "France"] for i in range(300)]
    plan = read_plan(write_xlsx(tmp_path / "big.xlsx", rows), configured.partners)
    assert plan is not None and len(plan.partners) == 300
    assert apply_plan(plan, configured.partners, progress=lambda done, total: done < 100) is False
    assert configured.partners.count() == 0


def test_a_bad_partner_in_a_batch_writes_nothing(configured: Services) -> None:
    batch = [PartnerData(name="Ok", country_code="FR"), PartnerData(name="", country_code="FR")]
    with pytest.raises(ValidationError):
        configured.partners.save_many(batch)
    assert configured.partners.count() == 0


def test_missing_columns_block_the_import(configured: Services, tmp_path: Path) -> None:
    plan = read_plan(
        write_xlsx(tmp_path / "x.xlsx", [["Nom du maire", "Téléphone"], ["A", "1"]]),
        configured.partners,
    )
    assert plan is not None and plan.missing_columns == ["name"] and not plan.can_apply
    assert plan.headers_found == ["Nom du maire", "Téléphone"]


def test_hidden_sheets_and_formulas(configured: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "h.xlsx", [["Ville", "Pays"], ["Figueres", "ES"]], hidden_first=True
    )
    plan = read_plan(path, configured.partners)
    assert plan is not None and [r.name for r in plan.results] == ["Figueres"]


@pytest.mark.parametrize(
    ("content", "suffix"),
    [
        (b"", ".csv"),
        (b"\x00\x01\x02binary\x00", ".csv"),
        (b"PK\x03\x04broken", ".xlsx"),
        (b"not really", ".xlsx"),
    ],
)
def test_unreadable_files_give_a_clear_error(
    configured: Services, tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"f{suffix}"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        read_plan(path, configured.partners)
    assert info.value.field == "file"


def test_export_xlsx_reads_back_and_reimports(configured: Services, tmp_path: Path) -> None:
    configured.partners.save(
        PartnerData(
            name='=HYPERLINK("http://x")',
            country_code="PL",
            agreements=[
                AgreementData(type=AgreementType.FRIENDSHIP, signed="2001-2002", place="@Łódź")
            ],
        )
    )
    configured.partners.save(
        PartnerData(
            name="Kenilworth",
            country_code="GB",
            latitude=52.35,
            longitude=-1.58,
            agreements=[AgreementData(type=AgreementType.CHARTER, signed="14/07/1989")],
        )
    )
    out = tmp_path / "out" / "partenaires.xlsx"
    export_partners(out, configured.partners.rows(), configured.partners.agreement_rows())
    wb = load_workbook(out)
    partners, agreements = wb.worksheets
    assert [c.value for c in partners[1]][:3] == ["Partner", "Country", "Partner status"]
    first = partners["A2"]
    assert first.value == '=HYPERLINK("http://x")' and first.data_type == "s"
    assert partners["B3"].value == "Royaume-Uni"
    assert agreements["D2"].value == "2001–2002"
    assert agreements["E2"].value == "@Łódź"
    assert partners.freeze_panes == "A2"
    # What we export, another committee can import.
    other = Services.open(tmp_path / "other.sqlite3")
    try:
        plan = read_plan(out, other.partners)
        assert plan is not None and plan.count(RowStatus.ERROR) == 0
        assert apply_plan(plan, other.partners)
        assert sorted(r.name for r in other.partners.rows()) == sorted(
            r.name for r in configured.partners.rows()
        )
    finally:
        other.close()


def test_export_csv_neutralises_formulas(configured: Services, tmp_path: Path) -> None:
    configured.partners.save(PartnerData(name="+cmd|' /C calc'!A0", country_code="DE"))
    out = tmp_path / "p.csv"
    export_partners(out, configured.partners.rows(), [])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][0] == "'+cmd|' /C calc'!A0"
    assert rows[1][1] == "Allemagne"


def test_export_to_unwritable_place_keeps_the_old_file(
    configured: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "p.xlsx"
    target.write_bytes(b"previous")
    folder.chmod(0o500)
    try:
        import os

        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ExportError, match="previous file was left unchanged"):
            export_partners(target, configured.partners.rows(), [])
        assert target.read_bytes() == b"previous"
    finally:
        folder.chmod(0o700)


def test_export_to_a_folder_path_fails_cleanly(configured: Services, tmp_path: Path) -> None:
    target = tmp_path / "already-a-folder.xlsx"
    target.mkdir()
    with pytest.raises(ExportError):
        export_partners(target, configured.partners.rows(), [])
    assert target.is_dir() and not any(tmp_path.glob(".already-a-folder-*"))


def test_huge_file_shows_progress_and_cancels_without_writing(
    configured: Services, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Ville", "Pays", "Année"])
        writer.writerows([f"Commune {i}", "France", 1990] for i in range(100_000))
    seen: list[tuple[int, int]] = []

    def stop_at_once(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    assert read_plan(path, configured.partners, stop_at_once) is None
    assert seen and seen[0][1] == 100_000
    assert configured.partners.count() == 0


def test_merged_cells_and_uncomputed_formulas(configured: Services, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Ville", "Pays", "Type", "Année"])
    ws.append(["Bad Tölz", "Allemagne", "charte", 1985])
    ws.append([None, None, "projet", 2010])  # the town and country cells are merged above
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.append(['=CONCATENATE("Ken","ilworth")', "GB", "charte", 1977])  # never computed
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    plan = read_plan(path, configured.partners)
    assert plan is not None
    assert [r.status for r in plan.results] == [RowStatus.NEW, RowStatus.MERGED, RowStatus.ERROR]
    assert plan.results[2].message is not None
    assert plan.results[2].message.render().startswith("Name")
    assert apply_plan(plan, configured.partners)
    pid = configured.partners.find_id("Bad Tölz", "DE")
    assert pid is not None and len(configured.partners.get(pid).agreements) == 2


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from twinning_desk.imports.partners import plan_import  # noqa: E402
from twinning_desk.imports.table import Table  # noqa: E402

CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=15))
def test_import_planning_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[object]]
) -> None:
    services = Services.open(tmp_path_factory.mktemp("prop") / "p.sqlite3")
    try:
        table = Table(
            ["Ville", "Pays", "Type", "Date", "Latitude", "Longitude", "Lieu"],
            [(i + 2, row) for i, row in enumerate(rows)],
        )
        plan = plan_import(table, services.partners)
        assert plan is not None and len(plan.results) == len(rows)
        for result in plan.results:
            assert (result.status is RowStatus.ERROR) == (result.message is not None) or (
                result.status is RowStatus.DUPLICATE
            )
        assert apply_plan(plan, services.partners)
    finally:
        services.close()


def test_a_batch_naming_the_same_new_town_twice_is_refused(configured: Services) -> None:
    batch = [
        PartnerData(name="Łódź", country_code="PL"),
        PartnerData(name="LODZ", country_code="PL"),
    ]
    with pytest.raises(ValidationError) as info:
        configured.partners.save_many(batch)
    assert info.value.field == "name" and configured.partners.count() == 0
