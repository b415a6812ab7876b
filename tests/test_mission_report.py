"""Mission reports: the report saved with its delegation, the élus' allowances, and the
PDF read back (facts, names in Polish and Greek, markup printed as typed, page count)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from twinning_desk.cli import main
from twinning_desk.db.models import BudgetKind, Direction, MemberRole
from twinning_desk.export.mission_report import suggested_file_name, write_mission_report
from twinning_desk.services.allowances import allowance_cents
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData, ProgrammeData
from twinning_desk.services.events import FollowUpData
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import PersonData


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_allowance_rules() -> None:
    # 4 days at 90 €: 360 €; two nights hosted free (−65 % each), three meals (−17.5 %).
    assert allowance_cents(4, 9000, 0, 0) == 36000
    assert allowance_cents(4, 9000, 2, 0) == 36000 - 2 * 5850
    assert allowance_cents(4, 9000, 2, 3) == 36000 - 11700 - 3 * 1575
    assert allowance_cents(1, 9001, 0, 1) == 7426  # 9001 × 0.825 = 7425.825, rounded half up
    assert allowance_cents(1, 9000, 3, 3) == 0  # never negative
    assert allowance_cents(3, None, 0, 0) == 0


@pytest.fixture
def trip(configured: Services) -> int:
    s = configured
    lodz = s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    mayor = s.people.save_person(PersonData(first_name="Anne", last_name="Lefèvre"))
    greek = s.people.save_person(PersonData(first_name="Νίκος", last_name="Παπαδόπουλος"))
    return s.delegations.save(
        DelegationData(
            partner_id=lodz,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=date(2026, 5, 12),
            end_date=date(2026, 5, 15),
            transport="plane",
            members=[
                MemberData(
                    mayor,
                    MemberRole.ELECTED,
                    mandat_number="2026-031",
                    mandat_date=date(2026, 4, 2),
                ),
                MemberData(greek, MemberRole.INTERPRETER),
            ],
            programme=[
                ProgrammeData(
                    date(2026, 5, 13),
                    "Réception à l'hôtel de ville",
                    place="Urząd Miasta",
                    people_met="Prezydent Miasta Łodzi",
                )
            ],
        )
    )


def test_report_prefilled_then_saved_with_next_steps_and_allowances(
    configured: Services, trip: int
) -> None:
    s = configured
    delegation = s.delegations.get(trip)
    delegation.notes = "Car à 6 h place de l’église ; Mme Petit est allergique aux noix."
    s.delegations.save(delegation)
    report = s.reports.get(trip)
    assert not report.saved and report.signatory_name == "Anne LEFÈVRE"
    # The committee's own notes are not printed unless typed into the report.
    assert report.objectives is None
    assert report.signed_place == "Saint-Aubin-sur-Loire"
    assert [(a.name, a.days) for a in report.allowances] == [("Anne LEFÈVRE", 4)]
    report.objectives = "Préparer l'échange scolaire."
    report.allowances[0].daily_rate_cents = 9000
    report.allowances[0].free_nights = 3
    report.next_steps = [FollowUpData("Envoyer la convention", "Anne", date(2026, 9, 1))]
    s.reports.save(report)
    back = s.reports.get(trip)
    assert back.saved and back.objectives == "Préparer l'échange scolaire."
    assert back.allowances[0].total_cents == 36000 - 3 * 5850
    assert [(n.text, n.owner) for n in back.next_steps] == [("Envoyer la convention", "Anne")]
    back.next_steps = []
    s.reports.save(back)
    assert s.reports.get(trip).next_steps == []


def test_pdf_has_the_facts_names_allowances_and_literal_markup(
    configured: Services, trip: int, tmp_path: Path
) -> None:
    s = configured
    s.budget.save(
        BudgetLineData(
            year=2026,
            kind=BudgetKind.CHARGE,
            category_code="625",
            label="Billets d'avion",
            forecast_cents=120000,
            actual_cents=118450,
            delegation_id=trip,
        )
    )
    report = s.reports.get(trip)
    report.results = "Accord sur <b>trois</b> échanges & un concert."
    report.allowances[0].daily_rate_cents = 9000
    report.allowances[0].free_nights = 2
    report.allowances[0].free_meals = 3
    report.signatory_title = "Maire"
    s.reports.save(report)
    out = tmp_path / "rapport.pdf"
    content = s.reports.content(trip)
    write_mission_report(out, content)
    text = text_of(out)
    for fact in (
        "Mission report — Łódź (Pologne)",
        "12/05/2026 – 15/05/2026",
        "Anne LEFÈVRE",
        "Νίκος ΠΑΠΑΔΌΠΟΥΛΟΣ",
        "deliberation 2026-031 of 02/04/2026",
        "Prezydent Miasta Łodzi",
        "Accord sur <b>trois</b> échanges & un concert.",
        "Billets d'avion",
        "1 184,50",
        "195,75",
        "Maire",
        "Done at Saint-Aubin-sur-Loire",
    ):
        assert fact in text, fact
    assert suggested_file_name(content) == "mission-report-Łódź-2026-05-12.pdf"


def test_long_report_flows_with_header_on_every_page(
    configured: Services, trip: int, tmp_path: Path
) -> None:
    s = configured
    report = s.reports.get(trip)
    report.conclusions = "\n\n".join(f"Paragraphe {i} : " + "mot " * 80 for i in range(60))
    report.saved = True  # as the dialog passes it; an unsaved report prints blanks
    out = tmp_path / "long.pdf"
    write_mission_report(out, s.reports.content(trip, report))
    pages = PdfReader(out).pages
    assert len(pages) >= 6
    for number, page in enumerate(pages, start=1):
        page_text = page.extract_text()
        assert "Saint-Aubin-sur-Loire" in page_text
        assert f"Page {number} / {len(pages)}" in page_text
    assert "Paragraphe 59" in text_of(out)


def test_blank_template_and_cli(configured: Services, trip: int, tmp_path: Path) -> None:
    s = configured
    report = s.reports.get(trip)
    report.results = "Texte saisi"
    s.reports.save(report)
    out = tmp_path / "modele.pdf"
    write_mission_report(out, s.reports.content(trip), blank=True)
    text = text_of(out)
    assert "Template to fill in by hand" in text and "Łódź" in text and "Texte saisi" not in text
    db = str(s.db.path)
    s.close()
    cli_out = tmp_path / "cli.pdf"
    assert (
        main(
            [
                "--lang",
                "fr",
                "export",
                "mission-report",
                "--delegation",
                str(trip),
                str(cli_out),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert "Rapport de mission" in text_of(cli_out) and "Texte saisi" in text_of(cli_out)
    empty = tmp_path / "vide.pdf"
    assert (
        main(["--lang", "de", "export", "mission-report", "--blank", str(empty), "--db", db]) == 0
    )
    assert "Missionsbericht" in text_of(empty)
    assert main(["export", "mission-report", str(empty), "--db", db]) == 2
