"""Budget service on a real SQLite file: exact cents, summary by account, balance,
currencies, carry-over, subsidies and their report deadlines, delete and undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from twinning_desk.db.models import BudgetKind, SubsidyStatus
from twinning_desk.services.budget import BudgetLineData, BudgetQuery, SubsidyData
from twinning_desk.services.context import Services
from twinning_desk.services.errors import ValidationError

C, P, N = BudgetKind.CHARGE, BudgetKind.PRODUIT, BudgetKind.CONTRIBUTION


def line(
    kind: BudgetKind, code: str, label: str, forecast: int, actual: int = 0, **kw: object
) -> BudgetLineData:
    data = BudgetLineData(
        year=2026,
        kind=kind,
        category_code=code,
        label=label,
        forecast_cents=forecast,
        actual_cents=actual,
    )
    for key, value in kw.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def year(configured: Services) -> Services:
    b = configured.budget
    b.save_many(
        [
            line(C, "625", "Voyage à Łańcut", 420_000, 398_750),
            line(C, "623", "Affiches", 35_000, 31_210),
            line(C, "60", "Fournitures", 10_000, 0),
            line(P, "74-COM", "Subvention commune", 400_000, 400_000),
            line(P, "74-DEP", "Subvention département", 50_000, 50_000),
            line(P, "756", "Cotisations", 15_000, 16_480),
            line(N, "86", "Bénévolat (emploi)", 120_000, 120_000),
            line(N, "87", "Bénévolat (contribution)", 120_000, 120_000),
        ]
    )
    return configured


def test_summary_rolls_sub_accounts_up_and_adds_exactly(year: Services) -> None:
    summary = year.budget.summary(2026)
    by_code = {c.code: c for c in summary.categories}
    assert by_code["62"].forecast_cents == 420_000 + 35_000  # 625 and 623 roll into 62
    assert by_code["62"].actual_cents == 398_750 + 31_210
    assert by_code["74"].actual_cents == 450_000
    assert by_code["62"].variance_cents == (398_750 + 31_210) - (420_000 + 35_000)
    assert by_code["60"].percent_done == Decimal("0.0")
    assert by_code["75"].percent_done == Decimal("109.9")  # 16 480 / 15 000
    assert summary.total(C) == 465_000 and summary.total(P) == 465_000
    assert summary.balanced
    assert summary.result_actual == (450_000 + 16_480) - (398_750 + 31_210)
    year.budget.save(line(C, "61", "Location de salle", 1))
    assert not year.budget.summary(2026).balanced


def test_rows_filter_sort_and_count(year: Services) -> None:
    q = BudgetQuery(year=2026, kind=C, sort="actual", descending=True)
    assert [r.label for r in year.budget.rows(q)] == ["Voyage à Łańcut", "Affiches", "Fournitures"]
    assert year.budget.count(BudgetQuery(year=2026, category_code="74")) == 2
    assert [r.label for r in year.budget.rows(BudgetQuery(year=2026, text="affi"))] == ["Affiches"]
    assert year.budget.count(BudgetQuery(year=2025)) == 0


def test_foreign_currency_line_adds_its_euro_amount(year: Services) -> None:
    lid = year.budget.save(
        line(
            C,
            "625",
            "Dîner à Łańcut",
            30_000,
            currency="pln",
            foreign_amount=Decimal("1234.50"),
            exchange_rate=Decimal("0.2315"),
        )
    )
    got = year.budget.get(lid)
    assert got.currency == "PLN" and got.foreign_amount == Decimal("1234.50")
    assert got.actual_cents == 28_579  # 1 234,50 PLN × 0,2315 = 285,786… € → 285,79 €
    with pytest.raises(ValidationError) as info:
        year.budget.save(line(C, "625", "Taxi", 100, currency="GBP"))
    assert info.value.field == "exchange_rate"
    with pytest.raises(ValidationError) as info:
        year.budget.save(line(C, "625", "Taxi", 100, currency="XYZ"))
    assert info.value.field == "currency"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (line(C, "74-COM", "Mauvaise catégorie", 100), "category"),
        (line(C, "99", "Compte inconnu", 100), "category"),
        (line(C, "60", "", 100), "label"),
        (line(C, "60", "Énorme", 2_000_000_000), "forecast"),
        (line(C, "60", "x" * 10_000, 100), "label"),
    ],
)
def test_bad_lines_are_refused(configured: Services, data: BudgetLineData, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        configured.budget.save(data)
    assert info.value.field == field
    assert configured.budget.count(BudgetQuery(year=2026)) == 0


def test_carry_over_duplicate_delete_undo(year: Services) -> None:
    assert year.budget.carry_over(2026, 2027) == 8
    next_year = year.budget.rows(BudgetQuery(year=2027))
    assert all(r.actual_cents == 0 for r in next_year)
    assert sum(r.forecast_cents for r in next_year if r.kind is C) == 465_000
    first = year.budget.rows(BudgetQuery(year=2026))[0]
    copy = year.budget.duplicate(first.id)
    assert year.budget.get(copy).label == first.label
    with year.operations.record() as deleted:
        year.budget.delete(first.id)
    assert year.budget.count(BudgetQuery(year=2026)) == 8
    year.operations.undo(deleted)
    assert year.budget.get(first.id).forecast_cents == first.forecast_cents
    assert year.budget.years() == [2027, 2026]


def test_fiscal_year_starting_in_september(configured: Services) -> None:
    profile = configured.commune.get()
    assert profile is not None
    profile.fiscal_year_start_month = 9
    configured.commune.save(profile)
    configured.budget.save_subsidy(
        SubsidyData(year=2026, funder="Commune", action="Accueil", requested_cents=100_000)
    )
    [subsidy] = configured.budget.subsidies(2026)
    assert subsidy.report_due == date(2028, 2, 29)  # 31 August 2027 + six months


def test_subsidies_and_reports_due(configured: Services) -> None:
    b = configured.budget
    b.save_subsidy(
        SubsidyData(
            year=2025,
            funder="Union européenne",
            action="Rencontre",
            requested_cents=1_800_000,
            granted_cents=1_500_000,
            status=SubsidyStatus.PAID,
        )
    )
    b.save_subsidy(
        SubsidyData(
            year=2025,
            funder="Département",
            action="Échange scolaire",
            requested_cents=150_000,
            status=SubsidyStatus.REQUESTED,
        )
    )
    due = b.reports_due(today=date(2026, 5, 1))
    assert [(s.funder, s.report_due) for s in due] == [("Union européenne", date(2026, 6, 30))]
    assert b.reports_due(today=date(2025, 6, 1)) == []
    with pytest.raises(ValidationError) as info:
        b.save_subsidy(SubsidyData(year=2025, funder="X", action="Y", requested_cents=-5))
    assert info.value.field == "requested"


def test_import_a_treasurers_sheet(configured: Services, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from twinning_desk.imports.budget import apply_budget_plan, read_budget_plan
    from twinning_desk.imports.partners import RowStatus

    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Libellé", "Compte", "Type", "Prévu", "Réalisé", "Tiers"])
    ws.append(["12/03/2026", "Billets d'avion", "625", "charge", "1 234,50", "1.180,20", "LOT"])
    ws.append([None, "Subvention mairie", "74-COM", "produit", 4000, "4 000,00 €", None])
    ws.append([None, "Bizarre", "625", "recette", "10", "10", None])  # kind contradicts
    ws.append([None, "Sans montant", "99", "charge", "abc", None, None])
    path = tmp_path / "treso.xlsx"
    wb.save(path)
    plan = read_budget_plan(path, configured.budget, 2026)
    assert [r.status for r in plan.results] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.ERROR,
        RowStatus.ERROR,
    ]
    assert apply_budget_plan(plan, configured.budget) == 2
    rows = {r.label: r for r in configured.budget.rows(BudgetQuery(year=2026))}
    assert (rows["Billets d'avion"].forecast_cents, rows["Billets d'avion"].actual_cents) == (
        123_450,
        118_020,
    )
    assert rows["Billets d'avion"].entry_date == date(2026, 3, 12)
    assert rows["Subvention mairie"].actual_cents == 400_000


def test_chart_of_accounts_can_be_renamed_and_extended(year: Services) -> None:
    year.budget.rename_category("60", "Achats et fournitures")
    year.budget.add_category("6257", "Réceptions", "625")
    codes = {code: (label, kind) for code, label, kind in year.budget.categories()}
    assert codes["60"][0] == "Achats et fournitures"
    assert codes["6257"] == ("Réceptions", BudgetKind.CHARGE)
    year.budget.save(line(C, "6257", "Vin d'honneur", 20_000, 18_000))
    summary = {c.code: c for c in year.budget.summary(2026).categories}
    assert summary["62"].forecast_cents == 420_000 + 35_000 + 20_000  # rolls up into 62
    with pytest.raises(ValidationError):
        year.budget.add_category("6257", "Doublon", "625")
    with pytest.raises(ValidationError):
        year.budget.rename_category("60", " ")


@pytest.mark.parametrize(
    "sort", ["category", "label", "forecast", "actual", "date", "payee", "kind", "action"]
)
def test_a_page_of_lines_is_its_slice_of_the_whole_list(configured: Services, sort: str) -> None:
    """A page is chosen by id first and then read with each line's action (issue #17):
    the pages laid end to end are the year's list read whole, in its order."""
    from datetime import datetime

    from twinning_desk.services.events import EventData

    concert = configured.events.save(
        EventData(title="Concert", type="concert", start=datetime(2026, 5, 1))
    )
    bal = configured.events.save(EventData(title="Bal", type="ball", start=datetime(2026, 7, 1)))
    configured.budget.save_many(
        [
            line(
                [C, P][i % 2],
                ["623", "74-COM"][i % 2],
                ["Affiches", "SUBVENTION", "Location de salle"][i % 3] + f" {i % 4}",
                1000 * (i % 3),
                500 * (i % 2),
                entry_date=date(2026, 1 + i % 3, 1) if i % 4 else None,
                payee=["Imprimerie", None, "Mairie"][i % 3],
                event_id=[concert, bal, None][i % 3],
            )
            for i in range(23)
        ]
    )
    budget = configured.budget
    for text in ("", "subv", "MAIRIE"):
        for descending in (False, True):
            query = BudgetQuery(year=2026, text=text, sort=sort, descending=descending)
            whole = budget.rows(query)
            pages = [r for offset in range(0, 24, 5) for r in budget.rows(query, offset, 5)]
            assert pages == whole, (text, descending)
            assert budget.count(query) == len(whole)
    found = budget.rows(BudgetQuery(year=2026, text="subv"), 0, 200)
    assert len(found) == len([i for i in range(23) if i % 3 == 1])  # "SUBVENTION", any case
    assert {r.action for r in budget.rows(BudgetQuery(year=2026), 0, 200)} == {
        "Concert",
        "Bal",
        None,
    }


