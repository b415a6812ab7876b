"""The annual activity report: figures computed from a real file and read back from
the PDF (summary page first, one section per partner)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from twinning_desk.cli import main
from twinning_desk.db.models import BudgetKind, Direction
from twinning_desk.export.activity_report import write_activity_report
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import PersonData


def test_year_figures_and_pdf(configured: Services, tmp_path: Path) -> None:
    s = configured
    lodz = s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    thessaloniki = s.partners.save(PartnerData(name="Θεσσαλονίκη", country_code="GR"))
    fete = s.events.save(
        EventData(
            title="Fête <b>polonaise</b>",
            type="festival",
            start=datetime(2026, 6, 20),
            partner_ids=[lodz, thessaloniki],
            local_participants=40,
            invited=[InvitedCount("PL", 25, lodz), InvitedCount("GR", 5, thessaloniki)],
            effects_here="Nouveaux adhérents",
        )
    )
    s.events.save(
        EventData(
            title="Assemblée générale",
            type="meeting",
            start=datetime(2026, 1, 20),
            local_participants=30,
        )
    )
    s.events.save(
        EventData(title="Old", type="meeting", start=datetime(2025, 3, 1), local_participants=99)
    )
    visitor = s.people.save_person(
        PersonData(first_name="Jan", last_name="Nowak", country_code="PL")
    )
    s.delegations.save(
        DelegationData(
            partner_id=lodz,
            direction=Direction.INCOMING,
            purpose="citizens",
            start_date=date(2026, 9, 1),
            members=[MemberData(visitor, invited=True)],
        )
    )
    for kind, code, cents in ((BudgetKind.CHARGE, "60", 50000), (BudgetKind.PRODUIT, "70", 12050)):
        s.budget.save(
            BudgetLineData(
                year=2026,
                kind=kind,
                category_code=code,
                label="x",
                actual_cents=cents,
                event_id=fete,
            )
        )
    report = s.activity.report(2026)
    assert (report.events, report.delegations, report.received_visits) == (2, 1, 1)
    assert report.local == 70 and report.invited == {"PL": 26, "GR": 5}
    assert (report.spent_cents, report.received_cents) == (50000, 12050)
    names = [g.name for g in report.partners]
    assert names == ["Łódź", "Θεσσαλονίκη", ""]
    assert report.partners[0].participants == 40 + 30 + 1  # people counted once
    assert report.partners[1].participants == 0
    out = tmp_path / "ar.pdf"
    write_activity_report(out, report)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert "Activity report 2026" in pages[0] and "Events 2 Delegations 1" in pages[0]
    assert "500,00 €" in pages[0] and "120,50 €" in pages[0]
    rest = " ".join(pages[1:])
    # Printed as typed (a narrow column may wrap it: compare without spaces).
    assert "Fête<b>polonaise</b>" in rest.replace(" ", "") and "Θεσσαλονίκη (Grèce)" in rest
    assert "Nouveaux adhérents" in rest and "Old" not in rest
    db = str(s.db.path)
    s.close()
    cli = tmp_path / "cli.pdf"
    assert (
        main(["--lang", "de", "export", "activity-report", "--year", "2026", str(cli), "--db", db])
        == 0
    )
    assert "Tätigkeitsbericht 2026" in PdfReader(cli).pages[0].extract_text()
    assert main(["export", "activity-report", str(cli), "--db", db]) == 2
    # A year out of range is one clear line, not a traceback: the parser refuses it.
    with pytest.raises(SystemExit) as refused:
        main(["export", "activity-report", "--year", "99999", str(cli), "--db", db])
    assert refused.value.code == 2


def test_the_report_shows_where_the_partners_are(demo_commune: Services, tmp_path: Path) -> None:
    """The home tab's map and records close the report (issue #18), from the command line
    as from the window; the farthest partner named is the one the test finds itself."""
    import math

    from twinning_desk.db.models import Partner

    out = tmp_path / "activity.pdf"
    assert main(["--db", str(demo_commune.db.path), "--lang", "fr", "export",
                 "activity-report", str(out), "--year", "2026"]) == 0  # fmt: skip
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Où sont nos partenaires" in text
    profile = demo_commune.commune.get()
    assert profile is not None and profile.latitude is not None and profile.longitude is not None

    def km(lat: float, lon: float) -> float:  # haversine on the mean radius, written here
        p1, p2 = math.radians(profile.latitude), math.radians(lat)  # type: ignore[arg-type]
        dl = math.radians(lon - profile.longitude)  # type: ignore[operator]
        a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * 6371.0088 * math.asin(math.sqrt(a))

    with demo_commune.db.reading() as session:
        placed = [
            (km(p.latitude, p.longitude), p.name)
            for p in session.query(Partner)
            if p.latitude is not None and p.longitude is not None
        ]
    farthest = max(placed)[1]
    geography = text.split("Où sont nos partenaires", 1)[1]
    assert farthest in geography
