"""Attendance lists and the hosting list, read back from the files they produce."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from twinning_desk.cli import main
from twinning_desk.db.models import Direction
from twinning_desk.export.attendance import (
    delegation_attendance,
    event_attendance,
    hosting_rows,
    write_attendance,
    write_hosting_pdf,
    write_hosting_xlsx,
)
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import HouseholdData, PersonData


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def visit(configured: Services) -> tuple[Services, int]:
    s = configured
    lodz = s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    host = s.people.save_household(
        HouseholdData(
            name="Famille Garnier", capacity=2, address="3 rue des Vignes", phone="02 47 00 11 22"
        )
    )
    members = []
    for first, last, town, country in [
        ("Małgorzata", "Wiśniewska", "Łódź", "PL"),
        ("Jan", "Kowalski", "Łódź", "PL"),
        ("Νίκος", "Παπαδόπουλος", "Θεσσαλονίκη", "GR"),
        ("<b>Marc</b>", "Dupont & Fils", None, "FR"),
    ]:
        pid = s.people.save_person(
            PersonData(
                first_name=first,
                last_name=last,
                town=town,
                country_code=country,
                email=f"{len(members)}@example.org",
            )
        )
        members.append(
            MemberData(
                pid,
                invited=country != "FR",
                host_id=host if country == "PL" else None,
                diet="végétarien" if first == "Jan" else None,
            )
        )
    delegation = s.delegations.save(
        DelegationData(
            partner_id=lodz,
            direction=Direction.INCOMING,
            purpose="citizens",
            start_date=date(2026, 5, 14),
            end_date=date(2026, 5, 17),
            grant_reference="CERV-2026-TT-0042",
            members=members,
        )
    )
    return s, delegation


def test_delegation_attendance_one_list_per_town(
    visit: tuple[Services, int], tmp_path: Path
) -> None:
    s, delegation = visit
    document = delegation_attendance(s, delegation)
    assert [sheet.invited_town for sheet in document.sheets] == [
        "Łódź",
        "Θεσσαλονίκη",
        "Saint-Aubin-sur-Loire",
    ]
    out = tmp_path / "presence.pdf"
    write_attendance(out, document, walk_in_rows=8)
    reader = PdfReader(out)
    assert len(reader.pages) == 3  # each town starts a page
    first = " ".join(reader.pages[0].extract_text().split())
    for fact in (
        "Attendance list",
        "Łódź",
        "Saint-Aubin-sur-Loire",
        "14/05/2026",
        "17/05/2026",
        "CERV-2026-TT-0042",
        "Małgorzata WIŚNIEWSKA",
        "Jan KOWALSKI",
        "Pologne",
        "Page 1 / 1",  # each list is numbered on its own
    ):
        assert fact in first, fact
    assert "Νίκος ΠΑΠΑΔΌΠΟΥΛΟΣ" in reader.pages[1].extract_text()
    last = " ".join(reader.pages[2].extract_text().split())
    assert "<b>Marc</b> DUPONT & FILS" in last  # printed as typed, not as bold markup
    # Two names, then eight numbered empty rows for walk-ins.
    assert " 10 " in f" {first} " and " 11 " not in f" {first} "
    fonts = {
        str(f)
        for page in reader.pages
        for f in (page["/Resources"]["/Font"].get_object().values())
        for f in [f.get_object()["/BaseFont"]]
    }
    assert all("DejaVuSans" in f for f in fonts)  # embedded, no Helvetica fallback


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_attendance_text_with_pdftotext(visit: tuple[Services, int], tmp_path: Path) -> None:
    s, delegation = visit
    out = tmp_path / "presence.pdf"
    write_attendance(out, delegation_attendance(s, delegation))
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Θεσσαλονίκη" in text and "Wiśniewska".upper() in text


def test_event_attendance_has_rows_for_expected_people(
    configured: Services, tmp_path: Path
) -> None:
    s = configured
    kenilworth = s.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    event = s.events.save(
        EventData(
            title="Fête de la musique",
            type="festival",
            start=date(2026, 6, 21),
            partner_ids=[kenilworth],
            invited=[InvitedCount("GB", 30, kenilworth)],
        )
    )
    document = event_attendance(s, event)
    assert [(x.invited_town, x.expected) for x in document.sheets] == [("Kenilworth", 30)]
    out = tmp_path / "event.pdf"
    write_attendance(out, document, walk_in_rows=5)
    text = pdf_text(out).replace("\n", " ")
    assert "Fête de la musique" in text and " 35 " in f" {text} " and " 36 " not in f" {text} "
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 1  # 35 rows tall enough to sign do not fit one A4 page
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page
        assert "Fête de la musique" in page and "Kenilworth" in page  # repeated facts


def test_hosting_list_sensitive_only_when_asked(
    visit: tuple[Services, int], tmp_path: Path
) -> None:
    s, delegation = visit
    title, rows = hosting_rows(s, delegation, include_sensitive=False)
    assert {r.visitor for r in rows if r.host == "Famille Garnier"} == {
        "Małgorzata WIŚNIEWSKA",
        "Jan KOWALSKI",
    }
    assert all(r.needs == "" for r in rows)
    write_hosting_pdf(tmp_path / "h.pdf", title, rows, include_sensitive=False)
    plain = pdf_text(tmp_path / "h.pdf")
    assert "02 47 00 11 22" in plain and "végétarien" not in plain
    title, rows = hosting_rows(s, delegation, include_sensitive=True)
    write_hosting_pdf(tmp_path / "hs.pdf", title, rows, include_sensitive=True)
    assert "végétarien" in pdf_text(tmp_path / "hs.pdf")
    write_hosting_xlsx(tmp_path / "h.xlsx", rows, include_sensitive=True)
    sheet = load_workbook(tmp_path / "h.xlsx").active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][:4] == ["Host family", "Address", "Phone", "Visitor"]
    assert [
        "Famille Garnier",
        "3 rue des Vignes",
        "02 47 00 11 22",
        "Jan KOWALSKI",
        "Pologne",
        "végétarien",
    ] in values


def test_cli_attendance_hosting_person_and_purge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--lang", "fr", "demo", "--db", db]) == 0
    assert main(["--lang", "en", "list", "delegations", "--format", "json", "--db", db]) == 0
    capsys.readouterr()
    main(["--lang", "en", "list", "delegations", "--format", "json", "--db", db])
    rows = json.loads(capsys.readouterr().out)
    incoming = next(r for r in rows if r["partner"] == "Bad Wimpfen")["id"]
    out = tmp_path / "liste.pdf"
    assert (
        main(
            [
                "--lang",
                "fr",
                "export",
                "attendance",
                "--delegation",
                str(incoming),
                str(out),
                "--db",
                db,
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert "Liste de présence" in text and "Jürgen KÖHLER" in text and "Page 1 / " in text
    assert main(["export", "attendance", str(out), "--db", db]) == 2
    hosting = tmp_path / "hebergement.xlsx"
    assert (
        main(
            [
                "--lang",
                "fr",
                "export",
                "hosting",
                "--delegation",
                str(incoming),
                str(hosting),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert load_workbook(hosting).active.max_row == 7  # header + six visitors
    person = tmp_path / "p.json"
    assert main(["export", "person", "--person", "1", str(person), "--db", db]) == 0
    assert json.loads(person.read_text(encoding="utf-8"))["person"]["last_name"] == "LEFÈVRE"
    opened = Services.open(Path(db))
    expected = opened.people.purge_candidates(1)
    opened.close()
    assert expected  # the demo's visits of more than a year ago had members
    capsys.readouterr()
    assert main(["--lang", "en", "purge", "--years", "1", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"{len(expected)} person(s)")
    opened = Services.open(Path(db))
    assert opened.people.purge_candidates(1) == []
    opened.close()
