"""Every PDF the app prints, generated in French from one file and read back: words are
never split across lines unless the source splits them (a compound at its hyphen, an
e-mail at "@" or "."), French typography holds, each attendance list is numbered on its
own and repeats its facts on every page, the mission report's two money tables balance,
and the activity report counts only what took place by its ``today``."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from twinning_desk.db.models import BudgetKind, Direction, MemberRole
from twinning_desk.export import pdf
from twinning_desk.export.activity_report import write_activity_report
from twinning_desk.export.attendance import (
    delegation_attendance,
    event_attendance,
    hosting_rows,
    write_attendance,
    write_hosting_pdf,
)
from twinning_desk.export.mission_report import write_mission_report
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationData, MemberData, ProgrammeData
from twinning_desk.services.events import EventData, InvitedCount
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.people import PersonData
from twinning_desk.translation import install_translators, translate

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

NBSP = "\u00a0"
COMMUNE = "Saint-Aubin-des-Vignes"
COMMITTEE = "Comité de jumelage de Saint-Aubin-des-Vignes"
ADDRESS = "1 place de l’Église, 37190 Saint-Aubin-des-Vignes"
LONG_MAIL = "secretariat.jumelage@saint-aubin-des-vignes.example.fr"
KOSICE_MAIL = "medzinarodne.vztahy@kosice.example.sk"
TODAY = date(2026, 6, 30)
LONG_WORD_TITLE = "Partnerschaftsjubiläumsfeier mit Łódź"
# What the user typed, in correct French (the documents print user text as typed).
OBJECTIVES = "Préparer l’échange scolaire de l’an prochain avec les collèges franco-polonais."
RESULTS = "Accord de principe pour un échange de vingt lycéens au printemps."

# Money of the trip to Łódź, in cents (charges, then produits).
CHARGES = [("Billets d’avion Paris–Łódź", 123_456, 118_450), ("Hébergement à l’hôtel", 60_000, 0)]
PRODUITS = [
    ("74-DEP", "Subvention du Département", "Département", 150_000, 150_000),
    ("75", "Participation de Łódź aux frais", "Łódź", 20_000, 20_000),
    ("70", "Participations des voyageurs", None, 30_000, 27_500),
]
RATE, DAYS, NIGHTS, MEALS = 9_000, 4, 2, 3


def money(cents: int) -> str:
    """The French amount as pdftotext gives it back (no-break spaces read as spaces)."""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", " ")
    return f"{'-' if cents < 0 else ''}{grouped},{rest:02d} €"


@dataclass
class Documents:
    services: Services
    folder: Path
    files: dict[str, Path]
    sources: list[str]


def _person(s: Services, first: str, last: str, **kw: object) -> int:
    return s.people.save_person(PersonData(first_name=first, last_name=last, **kw))  # type: ignore[arg-type]


@pytest.fixture
def french() -> Iterator[None]:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(app, "fr")
    yield
    install_translators(app, "en")


@pytest.fixture
def documents(services: Services, tmp_path: Path, french: None) -> Documents:
    s = services
    s.commune.save(CommuneProfile(name=COMMUNE, country_code="FR", committee_name=COMMITTEE))
    s.reports.set_mairie_address(ADDRESS)
    lodz = s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    kosice = s.partners.save(PartnerData(name="Košice", country_code="SK"))
    mayor = _person(s, "Anne", "Lefèvre", email=LONG_MAIL, town=COMMUNE, country_code="FR")
    youth = _person(s, "Lucas", "Marchand", town=COMMUNE, country_code="FR")
    guests = [
        _person(s, "Zuzana", "Kováčová", town="Košice", country_code="SK", email=KOSICE_MAIL),
        _person(s, "Ľubomír", "Šťastný", town="Košice", country_code="SK"),
        _person(s, "Małgorzata", "Wiśniewska", town="Łódź", country_code="PL"),
    ]
    trip = s.delegations.save(
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
                    daily_rate_cents=RATE,
                    free_nights=NIGHTS,
                    free_meals=MEALS,
                ),
                MemberData(youth, MemberRole.YOUTH),
            ],
            programme=[
                ProgrammeData(
                    date(2026, 5, 13),
                    "Réception à l’hôtel de ville",
                    place="Urząd Miasta Łodzi",
                    people_met="Prezydent Miasta Łodzi",
                )
            ],
        )
    )
    for label, forecast, actual in CHARGES:
        s.budget.save(
            BudgetLineData(
                year=2026,
                kind=BudgetKind.CHARGE,
                category_code="625",
                label=label,
                forecast_cents=forecast,
                actual_cents=actual,
                delegation_id=trip,
            )
        )
    for code, label, funder, forecast, actual in PRODUITS:
        s.budget.save(
            BudgetLineData(
                year=2026,
                kind=BudgetKind.PRODUIT,
                category_code=code,
                label=label,
                forecast_cents=forecast,
                actual_cents=actual,
                funding_source=funder,
                delegation_id=trip,
            )
        )
    s.budget.save(  # not linked to any action
        BudgetLineData(
            year=2026,
            kind=BudgetKind.PRODUIT,
            category_code="756",
            label="Cotisations des membres",
            actual_cents=82_000,
        )
    )
    report = s.reports.get(trip)
    report.objectives = OBJECTIVES
    report.results = RESULTS
    report.signatory_title = "Maire"
    report.signed_place = COMMUNE
    report.signed_on = date(2026, 5, 20)
    s.reports.save(report)
    visit = s.delegations.save(
        DelegationData(
            partner_id=kosice,
            direction=Direction.INCOMING,
            purpose="citizens",
            start_date=date(2026, 6, 5),
            end_date=date(2026, 6, 8),
            grant_reference="CERV-2026-TT-0042",
            members=[MemberData(g, invited=True) for g in guests]
            + [MemberData(youth, MemberRole.COMMITTEE)],
        )
    )
    unsaved = s.delegations.save(
        DelegationData(
            partner_id=kosice,
            direction=Direction.OUTGOING,
            purpose="technical",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 3),
            members=[MemberData(mayor, MemberRole.ELECTED)],
        )
    )
    concert = s.events.save(
        EventData(
            title="Concert des chorales franco-slovaques",
            type="concert",
            start=datetime.combine(TODAY, datetime.min.time()),
            place="Église Saint-Aubin",
            partner_ids=[kosice],
            local_participants=1_180,
            invited=[InvitedCount("SK", 42, kosice)],
        )
    )
    s.events.save(
        EventData(
            title="Marché de Noël : stand polonais",
            type="market",
            start=datetime.combine(TODAY + timedelta(days=1), datetime.min.time()),
            partner_ids=[lodz],
            local_participants=300,
        )
    )
    s.events.save(  # a word wider than its column in the activity report's table
        EventData(
            title=LONG_WORD_TITLE,
            type="anniversary",
            start=datetime(2026, 4, 18),
            partner_ids=[lodz],
            local_participants=60,
        )
    )
    folder = tmp_path / "pdf"
    folder.mkdir()
    files = {
        "mission": folder / "mission.pdf",
        "draft": folder / "draft.pdf",
        "hosting": folder / "accueil.pdf",
        "template": folder / "modele.pdf",
        "attendance": folder / "presence.pdf",
        "event_attendance": folder / "presence-concert.pdf",
        "activity": folder / "activite.pdf",
        "hosting_list": folder / "hebergement.pdf",
    }
    write_mission_report(files["mission"], s.reports.content(trip), translate, "fr")
    write_mission_report(files["draft"], s.reports.content(unsaved), translate, "fr")
    write_mission_report(files["hosting"], s.reports.content(visit), translate, "fr")
    write_mission_report(files["template"], None, translate, "fr", blank=True)
    write_attendance(files["attendance"], delegation_attendance(s, visit, translate), translate)
    write_attendance(files["event_attendance"], event_attendance(s, concert), translate)
    write_activity_report(files["activity"], s.activity.report(2026, TODAY), translate, "fr")
    title, rows = hosting_rows(s, visit, True, translate, "fr")
    write_hosting_pdf(files["hosting_list"], title, rows, True, translate, "fr")
    sources = [
        COMMUNE,
        COMMITTEE,
        ADDRESS,
        LONG_MAIL,
        KOSICE_MAIL,
        OBJECTIVES,
        RESULTS,
        "Concert des chorales franco-slovaques",
        "Marché de Noël : stand polonais",
        LONG_WORD_TITLE,
        *(label for label, _f, _a in CHARGES),
        *(label for _c, label, _f, _fo, _a in PRODUITS),
        *_printed_catalogue(),
    ]
    return Documents(s, folder, files, sources)


def _printed_catalogue() -> list[str]:
    """The French text of every printed document's own wording."""
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[1] / "translations" / "twinning_desk_fr.ts"
    texts = []
    for context in ET.parse(root).getroot().iter("context"):
        if context.findtext("name") in ("Printed", "Labels"):
            texts += [m.findtext("translation") or "" for m in context.iter("message")]
    return texts


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pages_text(path: Path) -> list[str]:
    return pdftotext(path).split("\f")[: len(PdfReader(path).pages)]


def flat(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ no split words

_EDGE = "()[]{}«»“”„\"',;:!?."


def _words(texts: list[str]) -> set[str]:
    return {w.strip(_EDGE) for t in texts for w in t.split() if w.strip(_EDGE)}


def split_words(text: str, vocabulary: set[str]) -> list[str]:
    """Words the layout cut across two lines that the source never cuts: the last piece
    of a line is no word of the source, and with the first piece of the next line it
    makes part of one; a cut after a hyphen of the word itself, or before the "@" or a
    "." of an e-mail address, is a break the source allows."""
    found = []
    lines = [line.strip() for line in text.splitlines()]
    for upper, lower in zip(lines, lines[1:], strict=False):
        if not upper or not lower:
            continue
        head, tail = upper.split()[-1].lstrip(_EDGE), lower.split()[0].rstrip(_EDGE)
        if head in vocabulary or head.endswith("-") or tail.startswith(("@", ".")):
            continue
        joined = head + tail
        if not any(ch.isalpha() for ch in head):
            continue
        if any(joined in word for word in vocabulary):
            found.append(f"{head} / {tail}")
    return found


def test_the_check_catches_a_word_cut_mid_word(tmp_path: Path) -> None:
    """ReportLab's default style cuts a long word anywhere; the check sees it."""
    out = tmp_path / "cut.pdf"
    cut = ParagraphStyle("cut", parent=pdf.styles().cell, splitLongWords=1)
    table = Table([[Paragraph("Concert des chorales franco-allemandes", cut)]], colWidths=[60])
    pdf.build(out, [table], title="x")
    assert split_words(pdftotext(out), _words(["Concert des chorales franco-allemandes"]))


def test_no_word_is_split_across_lines(documents: Documents) -> None:
    vocabulary = _words(documents.sources)
    for name, path in documents.files.items():
        assert split_words(pdftotext(path), vocabulary) == [], name


def test_e_mail_addresses_break_only_at_at_or_dot(documents: Documents) -> None:
    text = pdftotext(documents.files["attendance"])
    assert KOSICE_MAIL in text.replace("\n", "")
    for line in text.splitlines():
        piece = line.strip()
        if piece and piece in KOSICE_MAIL and piece != KOSICE_MAIL:
            # Every piece of a broken address starts at its beginning, an "@" or a ".".
            assert KOSICE_MAIL.startswith(piece) or piece[0] in "@.", piece


# ------------------------------------------------------------------ French typography


def typography_errors(text: str) -> list[str]:
    errors = []
    if "'" in text:
        errors.append("straight apostrophe")
    for match in re.finditer(r"(?<=\S)([;!?%€»])", text):
        errors.append(
            f"no space before {match.group(1)!r}: {text[match.start() - 15 : match.end()]!r}"
        )
    for match in re.finditer(r"(?<=\S):(?!\d|//)", text):
        if not text[match.start() - 1].isdigit():
            errors.append(f"no space before ':': {text[match.start() - 15 : match.end()]!r}")
    for match in re.finditer(r"«(?=\S)", text):
        errors.append(f"no space after «: {text[match.start() : match.end() + 15]!r}")
    for match in re.finditer(r"n°(?!\s)", text, re.IGNORECASE):
        errors.append(f"n° glued: {text[match.start() : match.end() + 10]!r}")
    for match in re.finditer(r"\d{4,},\d\d", text):
        errors.append(f"thousands not grouped: {match.group(0)}")
    for line in text.splitlines():
        if line.strip()[:1] in tuple(":;!?%€»"):
            errors.append(f"line starts with its punctuation: {line!r}")
        if line.rstrip().endswith(("«", " n°", " N°")):
            errors.append(f"line ends before its word: {line!r}")
    return errors


def test_french_typography_in_every_document(documents: Documents) -> None:
    for name, path in documents.files.items():
        assert typography_errors(pdftotext(path)) == [], name


def test_french_catalogue_of_the_documents_uses_no_break_spaces() -> None:
    """pdftotext reads every space back as a space: the no-break ones are checked where
    the documents take their wording from."""
    for text in _printed_catalogue():
        assert "'" not in text, text
        assert not re.search(r" [:;!?%€»]", text), text
        assert not re.search(r"« ", text), text


# ------------------------------------------------------------------ mission report


def test_mission_report_heading_mandat_balanced_money_and_signature(
    documents: Documents,
) -> None:
    pages = pages_text(documents.files["mission"])
    for page in pages:
        assert f"Mairie de {COMMUNE}" in page and "Organisé par" in page
    text = flat("\n".join(pages))
    assert ADDRESS in text and "Rapport de mission — Łódź (Pologne)" in text
    assert "délibération n° 2026-031 du 02/04/2026" in text
    allowance = RATE * DAYS - int(RATE * 0.65) * NIGHTS - int(RATE * 0.175) * MEALS
    charges_f = sum(f for _l, f, _a in CHARGES) + allowance
    charges_a = sum(a for _l, _f, a in CHARGES) + allowance
    produits_f = sum(p[3] for p in PRODUITS)
    produits_a = sum(p[4] for p in PRODUITS)
    assert f"Indemnité de mission : Anne LEFÈVRE {money(allowance)} {money(allowance)}" in text
    assert "Total des charges" in text and "Total des produits" in text
    # The forecast leaves a part to the commune; the actual ends with a surplus.
    left_f, surplus_a = charges_f - produits_f, produits_a - charges_a
    assert left_f > 0 and surplus_a > 0
    assert f"Reste à la charge de la commune ou du comité {money(left_f)} {money(0)}" in text
    assert f"Excédent {money(0)} {money(surplus_a)}" in text
    # The two tables balance, column by column.
    total_f, total_a = max(charges_f, produits_f), max(charges_a, produits_a)
    assert f"Total des charges {money(total_f)} {money(total_a)}" in text
    assert f"Total des produits {money(total_f)} {money(total_a)}" in text
    for heading in ("Subventions", "Part de la ville partenaire", "Participations des"):
        assert heading in text
    assert "Participation de Łódź aux frais" in text
    assert f"Fait à {COMMUNE}, le 20/05/2026" in text and "Fonction : Maire" in text
    assert "Cachet de la mairie" in text


def test_unsaved_report_is_a_summary_then_blank_sections_dated_blank(
    documents: Documents,
) -> None:
    pages = pages_text(documents.files["draft"])
    first = flat(pages[0])
    assert "Résumé" in first and "Košice (Slovaquie)" in first
    assert "aucune délibération enregistrée" in first
    assert "Objectifs et lien avec le jumelage" not in first  # blank sections come after
    rest = flat(" ".join(pages[1:]))
    assert "Objectifs et lien avec le jumelage" in rest and "Conclusions" in rest
    assert "Fait à …………………………, le …………………………" in rest
    today = date.today().strftime("%d/%m/%Y")
    assert today not in flat(" ".join(pages))


def test_incoming_visit_prints_a_hosting_report(documents: Documents) -> None:
    text = flat(pdftotext(documents.files["hosting"]))
    assert "Compte rendu d’accueil — Košice (Slovaquie)" in text
    assert "Rapport de mission" not in text
    assert "Délégation reçue de" in text and "La délégation accueillie" in text
    assert "Mandat spécial" not in text


def test_blank_template_still_prints(documents: Documents) -> None:
    text = flat(pdftotext(documents.files["template"]))
    assert "Modèle à remplir à la main" in text and "Cachet de la mairie" in text
    assert "Total des charges" in text and "Total des produits" in text


# ------------------------------------------------------------------ attendance lists


def _list_pages(path: Path) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for page in pages_text(path):
        # The commune's own list has the commune as both towns.
        town = next((t for t in INVITED if t in page), f"{COMMUNE} (France)")
        lists.setdefault(town, []).append(page)
    return lists


INVITED = ("Košice (Slovaquie)", "Łódź (Pologne)")


def test_each_attendance_list_numbered_on_its_own_with_its_facts_on_every_page(
    documents: Documents,
) -> None:
    lists = _list_pages(documents.files["attendance"])
    # One list per town the members come from: a guest from Łódź came with Košice's.
    assert list(lists) == ["Košice (Slovaquie)", "Łódź (Pologne)", f"{COMMUNE} (France)"]
    for town, pages in lists.items():
        for number, page in enumerate(pages, start=1):
            text = flat(page)
            assert f"Page {number} / {len(pages)}" in text, town
            for fact in (
                f"Mairie de {COMMUNE}",
                "Liste de présence",
                "Ville d’accueil",
                f"{COMMUNE} (France)",
                "Ville invitée",
                town,
                "05/06/2026 – 08/06/2026",
                "CERV-2026-TT-0042",
            ):
                assert fact in text, (town, number, fact)
        assert "Certification de l’organisateur" in pages[-1]
        assert all("Certification de l’organisateur" not in p for p in pages[:-1])
    assert "Zuzana KOVÁČOVÁ" in lists["Košice (Slovaquie)"][0]
    assert "Ľubomír ŠŤASTNÝ" in lists["Košice (Slovaquie)"][0]


def test_a_long_attendance_list_repeats_its_header_on_each_page(documents: Documents) -> None:
    lists = _list_pages(documents.files["event_attendance"])
    (pages,) = lists.values()
    assert len(pages) >= 2  # 42 invited and 8 walk-ins, rows tall enough to sign
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert f"Page {number} / {len(pages)}" in text
        assert "Concert des chorales franco-slovaques" in text and "Košice" in text


# ------------------------------------------------------------------ activity report


def test_activity_report_today_counts_tomorrow_is_ahead(documents: Documents) -> None:
    report = documents.services.activity.report(2026, TODAY)
    done = {i.title for g in report.partners for i in g.items}
    assert "Concert des chorales franco-slovaques" in done
    assert "Marché de Noël : stand polonais" not in done
    assert [a.text for a in report.ahead if a.kind == "event"] == [
        "Marché de Noël : stand polonais"
    ]
    earlier = documents.services.activity.report(2026, TODAY - timedelta(days=1))
    assert "Concert des chorales franco-slovaques" not in {
        i.title for g in earlier.partners for i in g.items
    }


def test_activity_report_figures_match_the_budget(documents: Documents) -> None:
    received = sum(p[4] for p in PRODUITS) + 82_000
    spent = sum(a for _l, _f, a in CHARGES)
    linked_received = sum(p[4] for p in PRODUITS)
    pages = pages_text(documents.files["activity"])
    text = flat(" ".join(pages))
    assert f"Ensemble du budget de l’exercice {money(received)} {money(spent)}" in text
    assert (
        f"dont lié à un événement ou à une délégation {money(linked_received)} {money(spent)}"
        in text
    )
    assert f"{money(received - linked_received)} {money(0)}" in text
    assert f"Résultat de l’exercice (recettes moins dépenses) {money(received - spent)}" in text
    assert "Quoi" not in text and "L’année à venir" in text
    assert "une délégation de Saint-Aubin-des-Vignes s’est rendue à Łódź" in text
    # Counts with their thousands grouped, as amounts are.
    concert = "« Concert des chorales franco-slovaques » (Église Saint-Aubin)"
    assert f"{concert} ; participants : 1 222, dont invités : 42." in text
    for page in pages:
        assert COMMITTEE in page and "Rapport d’activité 2026" in page
