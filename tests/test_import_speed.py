"""What the fast import (issue #17) must not change: a preview read with values worked out
once per distinct cell is the preview of each row read alone; the words, folds and checks
made faster say what they said before; rows written in bulk, on SQLite and on PostgreSQL,
are the partners and agreements of the batch, each under its own partner; the collector
paused during an import is running again after it, whatever happened."""

from __future__ import annotations

import csv
import gc
import re
import threading
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import HOME
from sqlalchemy import select

from twinning_desk.core.text import fold
from twinning_desk.db.models import Agreement, AgreementType, Partner, PartnerKind, PartnerStatus
from twinning_desk.imports import partner_words
from twinning_desk.imports.collection import collection_paused
from twinning_desk.imports.partner_plan import RowResult
from twinning_desk.imports.partners import RowStatus, apply_plan, plan_import, read_plan
from twinning_desk.imports.table import Table
from twinning_desk.services.context import Services
from twinning_desk.services.countries import match_country, split_country_suffix
from twinning_desk.services.dates import FuzzyDate, parse_fuzzy_date
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.partners import AgreementData, ContactData, PartnerData
from twinning_desk.services.text import clean_text

BOTH = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)

HEADER = [
    "Ville",
    "Pays",
    "Type",
    "Date de signature",
    "Dernier échange",
    "Type de partenaire",
    "Région",
    "Remarques",
]
# Few distinct texts per column, each on many rows, mixed with the others differently on
# each row: a value worked out once and reused on the wrong row would show.
NAMES = ["Bonn", "Vienne (Autriche)", "Réseau des villes", "Łódź", "", "Bad\x01name", "Trier"]
COUNTRIES = ["Allemagne", "RDC", "Yougoslavie", "Atlantide", "DE", "", "Pologne"]
WORDINGS = ["charte", "Ville jumelle", "jumelage en projet", "Échanges chorales", "", "pacte"]
DATES = ["1985", "14/07/1985", "2001-2002", "2002-2001", "31/02/2000", "", "abc", "juin 1990"]
KINDS = ["", "Ville", "association", "réseau"]
REGIONS = ["", "Bavière", "bad\x02"]
NOTES = ["", "ligne 1\nligne 2", "bad\x03"]


def _messy_rows(count: int) -> list[list[str]]:
    return [
        [
            NAMES[i % 7],
            COUNTRIES[(i * 3) % 7],
            WORDINGS[(i * 5) % 6],
            DATES[i % 8],
            DATES[(i * 3 + 1) % 8],
            KINDS[(i // 7) % 4],
            REGIONS[(i // 3) % 3],
            NOTES[(i // 5) % 3],
        ]
        for i in range(count)
    ]


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _read_fields(result: RowResult) -> tuple[Any, ...]:
    """What reading a row decides, before rows are grouped into partners."""
    return (
        result.name,
        result.country,
        result.status is RowStatus.ERROR,
        result.message if result.status is RowStatus.ERROR else None,  # not the grouping's
        result.kind,
        result.country_code,
        result.country_unknown,
        result.region,
        result.wording,
        result.agreement_type,
        result.wording_known,
        result.prospect,
        result.signed,
        result.signed_text,
        result.last_exchange,
        result.notes_text,
        result.warnings,
    )


def test_a_long_list_reads_each_row_as_that_row_alone(configured: Services, tmp_path: Path) -> None:
    rows = _messy_rows(168)  # every combination of the columns' cycles, some twice
    whole = read_plan(_write_csv(tmp_path / "all.csv", rows), configured.partners)
    assert whole is not None and len(whole.results) == len(rows)
    for index, row in enumerate(rows):
        alone = read_plan(_write_csv(tmp_path / f"row{index}.csv", [row]), configured.partners)
        assert alone is not None and len(alone.results) == 1
        assert _read_fields(whole.results[index]) == _read_fields(alone.results[0]), row


def _expected_date(text: str) -> tuple[FuzzyDate | None, bool]:
    try:
        return parse_fuzzy_date("signed", text), False
    except ValidationError:
        return None, True


def test_a_long_list_reads_what_the_single_value_readers_say(
    configured: Services, tmp_path: Path
) -> None:
    """Each field against the public function that reads that one value."""
    rows = _messy_rows(168)
    plan = read_plan(_write_csv(tmp_path / "all.csv", rows), configured.partners)
    assert plan is not None
    for row, result in zip(rows, plan.results, strict=True):
        name, country, wording, signed, last, kind, region, notes = row
        try:
            cleaned = clean_text("name", name, max_length=200, required=True)
        except ValidationError:
            assert result.status is RowStatus.ERROR
            continue
        assert cleaned is not None
        bare, in_name = split_country_suffix(cleaned)
        assert result.name == bare
        found = match_country(country) or in_name
        assert result.country_code == (found.code if found else None)
        assert result.country_unknown == (
            (found is None and bool(country))
            or (found is not None and found.code is None and result.kind is PartnerKind.TOWN)
        )
        assert result.kind is partner_words.kind_of(bare, kind)
        assert (result.agreement_type, result.wording_known) == (
            partner_words.parse_agreement_type(wording)
        )
        assert result.prospect is partner_words.is_prospect(wording)
        assert result.wording == (wording or None)
        signed_date, signed_bad = _expected_date(signed)
        last_date, last_bad = _expected_date(last)
        assert result.signed == signed_date and result.last_exchange == last_date
        assert result.signed_text == signed
        region_bad, notes_bad = "\x02" in region, "\x03" in notes
        historical = found is not None and found.historical is not None
        assert len(result.warnings) == historical + signed_bad + last_bad + region_bad + notes_bad
        assert result.notes_text == (None if notes_bad else notes or None)


def test_numbers_dates_and_booleans_in_cells_are_not_taken_for_one_another(
    configured: Services,
) -> None:
    """1985, 1985.0 and "1985" are one year; True is not a date. In a cache keyed by
    value they would be one key (True == 1 == 1.0): each must keep its own reading. The
    cells as a workbook hands them over, in a table built here (openpyxl itself reads
    1.0 back as 1)."""
    cells: list[Any] = [1985, 1985.0, "1985", True, 1, 1.0, False, 0, datetime(1990, 5, 17)]
    table = Table(
        ["Ville", "Pays", "Type", "Année"],
        [(i + 2, [f"Ville {i}", "Allemagne", cell, cell]) for i, cell in enumerate(cells)],
    )
    plan = plan_import(table, configured.partners)
    assert plan is not None
    assert [r.signed for r in plan.results[:3]] == [FuzzyDate.year(1985)] * 3
    assert [r.signed_text for r in plan.results] == [
        "1985",
        "1985.0",
        "1985",
        "True",
        "1",
        "1.0",
        "False",
        "0",
        "1990-05-17 00:00:00",
    ]
    assert [bool(r.warnings) for r in plan.results] == [False] * 3 + [True] * 5 + [False]
    assert plan.results[8].signed == FuzzyDate.day(date(1990, 5, 17))
    # The wording as written: str() of each cell, whatever compares equal.
    assert [r.wording for r in plan.results] == [r.signed_text for r in plan.results]


# ------------------------------------------------------------------ words made faster


def _any_whole_word(words: tuple[str, ...], text: str) -> bool:
    padded = f" {text} "
    return any(f" {w} " in padded for w in words)


@pytest.mark.parametrize(
    "name",
    [
        "Réseau des villes",
        "Unionville",
        "Union des communes",
        "L'Union",
        "Cités Unies France",
        "citesunies",
        "Eurocities",
        "Comité de jumelage",
        "comites",
        "School of Rock",
        "Gymnasium Bonn",
        "Bonn",
        "AIMF",
        "aimfx",
        "Région Toscane",
        "The network",
        "",
    ],
)
def test_the_kind_of_a_partner_is_read_from_whole_words(name: str) -> None:
    folded = fold(name)
    if _any_whole_word(partner_words.NETWORK_WORDS, folded):
        expected = PartnerKind.NETWORK
    elif _any_whole_word(partner_words.ORGANISATION_WORDS, folded):
        expected = PartnerKind.ORGANISATION
    else:
        expected = PartnerKind.TOWN
    assert partner_words.kind_of(name, None) is expected


@pytest.mark.parametrize("kind", list(AgreementType))
def test_a_wording_that_only_names_its_type_is_not_kept(kind: AgreementType) -> None:
    plain = partner_words.PLAIN_WORDINGS | {kind.value.replace("_", " ")}
    for wording in sorted(plain) + [kind.value.replace("_", " ").upper(), "Ville jumelle"]:
        key = fold(wording)
        expected = partner_words.AGREEMENT_LABELS.get(key) is not kind and key not in plain
        if key == fold(partner_words.AGREEMENT_TYPE_LABELS[kind]):
            expected = False
        assert partner_words.keeps_wording(wording, kind) is expected, (wording, kind)
    assert partner_words.keeps_wording(None, kind) is False
    assert partner_words.keeps_wording("", kind) is False


@pytest.mark.parametrize("kind", list(AgreementType))
def test_a_type_written_as_its_own_value_is_read(kind: AgreementType) -> None:
    assert partner_words.parse_agreement_type(kind.value) == (kind, True)
    assert partner_words.parse_agreement_type(kind.value.replace("_", " ").title()) == (kind, True)


def _fold_by_unicode(text: str) -> str:
    """fold() as it was written before its ASCII shortcut."""
    special = {"’": "'", "‘": "'", "–": "-", "—": "-"}
    text = "".join(special.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\s\-_'.,/]+", " ", text.casefold()).strip()


@pytest.mark.parametrize(
    "text",
    [
        "Bonn",
        "  Saint-Aubin-sur-Loire ",
        "ST. ANDREWS",
        "l'Isle_d'Abeau",
        "A/B,C.D",
        "tab\there\nnewline",
        "\x00\x1f\x7f",
        "".join(chr(i) for i in range(128)),
        "Kraków",
        "Trèves",
        "Ca’ Foscari – Venise",
    ],
)
def test_folding_gives_the_same_key_with_or_without_its_ascii_shortcut(text: str) -> None:
    assert fold(text) == _fold_by_unicode(text)


def test_an_empty_text_is_nothing_and_a_required_one_is_refused() -> None:
    for empty in (None, ""):
        assert clean_text("region", empty, max_length=10) is None
        with pytest.raises(ValidationError) as raised:
            clean_text("name", empty, max_length=10, required=True)
        assert raised.value.field == "name" and raised.value.reason.text == "is required."
    assert clean_text("name", " a\r\n\tb ", max_length=10) == "a b"
    assert clean_text("notes", " a\r\n\tb ", max_length=10, multiline=True) == "a\r\n\tb"


# ------------------------------------------------------------------ written in bulk


def _batch(count: int) -> list[PartnerData]:
    """Partners whose optional fields are filled on some rows only, across chunks."""
    return [
        PartnerData(
            name=f"Gmina {i}",
            country_code=None if i % 11 == 0 else ("PL" if i % 2 else "DE"),
            kind=PartnerKind.TOWN if i % 11 else PartnerKind.NETWORK,
            status=PartnerStatus.PROSPECT if i % 5 == 0 else PartnerStatus.ACTIVE,
            region="Mazowsze" if i % 7 == 0 else None,
            population=1000 + i if i % 1500 == 3 else None,  # in some chunks only
            website="https://gmina.example" if i == 1700 else None,
            latitude=52.0 if i % 3 == 0 else None,
            longitude=21.0 if i % 3 == 0 else None,
            notes=f"note {i}" if i % 4 == 0 else None,
            agreements=[
                AgreementData(
                    type=AgreementType.CHARTER if i % 2 else AgreementType.FRIENDSHIP,
                    title=f"Accord {i}.{k}",
                    signed=FuzzyDate.year(1950 + (i + k) % 70) if k else None,
                    place="Mairie" if i % 9 == 0 else None,
                )
                for k in range(i % 3)
            ],
            contacts=[ContactData(name=f"Contact {i}")] if i % 13 == 0 else [],
        )
        for i in range(count)
    ]


def _agreements(agreements: list[AgreementData]) -> list[tuple[Any, ...]]:
    """In one order whatever the backend (SQLite sorts an unsigned agreement first,
    PostgreSQL last)."""
    return sorted(
        ((a.type, a.title, a.signed, a.place) for a in agreements), key=lambda t: str(t[1])
    )


@BOTH
def test_a_bulk_batch_writes_each_partner_with_its_own_agreements(services: Services) -> None:
    services.commune.save(HOME)  # the home commune: distances are computed
    batch = _batch(2300)  # three chunks of the bulk insert
    before = datetime.now().replace(microsecond=0)
    assert services.partners.save_many(batch, require_country=False)
    after = datetime.now()
    with services.db.reading() as session:
        partners = {p.name: p for p in session.scalars(select(Partner))}
        agreements = list(session.scalars(select(Agreement)))
    assert len(partners) == len(batch)
    titles: dict[int, set[str]] = {}
    for agreement in agreements:
        assert agreement.title is not None
        titles.setdefault(agreement.partner_id, set()).add(agreement.title)
        assert before <= agreement.created_at <= after
        assert agreement.version == 1 and agreement.french_version is False
    for i, data in enumerate(batch):
        row = partners[data.name]
        assert before <= row.created_at <= after and row.updated_at == row.created_at
        assert row.version == 1 and row.name_key == fold(data.name)
        assert (row.country_code, row.kind, row.status) == (
            data.country_code,
            data.kind,
            data.status,
        )
        assert (row.region, row.population, row.website, row.notes) == (
            data.region,
            data.population,
            data.website,
            data.notes,
        )
        assert (row.latitude is None) == (data.latitude is None)
        assert (row.distance_km is None) == (data.latitude is None)
        assert titles.get(row.id, set()) == {a.title for a in data.agreements}, i
        saved = services.partners.get(row.id)
        assert _agreements(saved.agreements) == _agreements(data.agreements)
        assert [c.name for c in saved.contacts] == [c.name for c in data.contacts]


@BOTH
def test_a_cancelled_bulk_batch_writes_nothing(services: Services) -> None:
    calls: list[int] = []

    def stop_after_the_first_chunk(done: int, total: int) -> bool:
        calls.append(done)
        return False

    assert services.partners.save_many(_batch(1500), stop_after_the_first_chunk) is False
    assert calls == [1000]
    assert services.partners.count() == 0
    with services.db.reading() as session:
        assert session.scalars(select(Agreement)).first() is None


@BOTH
def test_a_file_import_writes_every_row_on_either_backend(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Ville", "Pays", "Type", "Année"])
        for i in range(2400):
            writer.writerow(
                [f"Commune {i // 2}", "Allemagne", "charte" if i % 2 else "pacte", 1950 + i % 70]
            )
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    plan = read_plan(path, services.partners, progress)
    assert plan is not None and len(plan.partners) == 1200
    assert apply_plan(plan, services.partners, progress)
    assert seen[-1] == (1200, 1200)
    assert services.partners.count() == 1200
    with services.db.reading() as session:
        signed = sorted(
            (p.name, a.type, a.signed_start.year)
            for p, a in session.execute(select(Partner, Agreement).join(Agreement))
        )
    assert len(signed) == 2400
    expected = sorted(
        (
            f"Commune {i // 2}",
            AgreementType.CHARTER if i % 2 else AgreementType.FRIENDSHIP,
            1950 + i % 70,
        )
        for i in range(2400)
    )
    assert signed == expected


# ------------------------------------------------------------------ the collector


def test_the_collector_runs_again_after_an_import_even_a_refused_one(
    configured: Services, tmp_path: Path
) -> None:
    assert gc.isenabled()
    rows = [["Ville", "Pays"], ["Bonn", "Allemagne"], ["Trier", "Allemagne"]]
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    during: list[bool] = []

    def progress(done: int, total: int) -> bool:
        during.append(gc.isenabled())
        return True

    plan = read_plan(path, configured.partners)
    assert plan is not None and gc.isenabled()
    assert apply_plan(plan, configured.partners, progress)
    assert during and not any(during) and gc.isenabled()
    # An import refused (a name too long, once edited in the preview) leaves the
    # collector running too, and writes nothing.
    path.write_text("Ville;Pays\nKassel;Allemagne\nUlm;Allemagne\n", encoding="utf-8")
    plan = read_plan(path, configured.partners)
    assert plan is not None
    plan.results[1].name = "x" * 201
    with pytest.raises(ValidationError):
        apply_plan(plan, configured.partners)
    assert gc.isenabled()
    assert configured.partners.count() == 2


def test_the_collector_resumes_when_the_last_pause_ends_and_only_if_it_ran() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still on
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError
    assert gc.isenabled()


def test_two_threads_pausing_the_collector_resume_it_once_both_are_done() -> None:
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collection_paused():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the second's end did not resume it

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collection_paused():
        pass
    second_done.set()
    thread.join(5)
    assert seen == [False] and gc.isenabled()
