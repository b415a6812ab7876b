"""Exports at their limits: the first character that makes a spreadsheet run a cell as a
formula, and the first and last rows of the budget workbook's totals. The workbook is
read back with openpyxl and every SUM range checked against the rows it must cover."""

from __future__ import annotations

import csv
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from twinning_desk.core.text import FORMULA_STARTS
from twinning_desk.db.models import BudgetKind
from twinning_desk.export.budget import BudgetWorkbook, from_service, write_budget_workbook
from twinning_desk.export.partners import export_partners
from twinning_desk.export.spreadsheet import Sheet, csv_safe, write_csv, write_xlsx
from twinning_desk.imports.partners import read_plan
from twinning_desk.imports.table import read_table
from twinning_desk.services.budget import BudgetLineData, BudgetSummary, CategoryTotal
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData
from twinning_desk.services.partners import PartnerData

C, P, N = BudgetKind.CHARGE, BudgetKind.PRODUIT, BudgetKind.CONTRIBUTION

# ------------------------------------------------------------------ the formula guard


def test_the_six_first_characters_a_spreadsheet_reads_as_a_formula() -> None:
    # OWASP's "CSV injection" list: =, +, -, @, and tab and carriage return, which some
    # programs skip before reading the next character.
    assert set(FORMULA_STARTS) == {"=", "+", "-", "@", "\t", "\r"}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ('=HYPERLINK("http://evil","clic")', '\'=HYPERLINK("http://evil","clic")'),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-2+3 C", "'-2+3 C"),
        ("-12,50", "'-12,50"),  # text that looks like a number is still text
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        # One character later, nothing to guard.
        (" =1+2", " =1+2"),
        ("Saint-Aubin", "Saint-Aubin"),
        ("a=b", "a=b"),
        ("'quoted'", "'quoted'"),
        ("", ""),
        ("=", "'="),  # the shortest formula start
        ("-", "'-"),
    ],
)
def test_csv_safe_quotes_text_starting_like_a_formula(value: str, written: str) -> None:
    assert csv_safe(value) == written


@pytest.mark.parametrize("value", [-12.5, -3, Decimal("-12.50"), 0, date(2025, 12, 31), None, True])
def test_csv_safe_leaves_numbers_and_dates_alone(value: Any) -> None:
    """A negative number is a number: written as -12.5 it stays a number in Excel, not
    a text with a quote in front."""
    assert csv_safe(value) is value


def test_a_csv_file_keeps_negative_numbers_and_guards_text(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    rows: list[list[Any]] = [
        ["-2+3 C", -12.5, Decimal("-0.01"), "=1+2"],
        ["Saint-Aubin", -3, date(2025, 12, 31), "\r@x"],
    ]
    write_csv(out, ["Name", "A", "B", "C"], rows)
    raw = out.read_text(encoding="utf-8-sig")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle, delimiter=";"))
    assert back[1] == ["'-2+3 C", "-12.5", "-0.01", "'=1+2"]
    assert back[2] == ["Saint-Aubin", "-3", "2025-12-31", "'\r@x"]
    assert ";-12.5;" in raw  # a bare number, no quote: Excel reads −12,5


def test_our_reader_takes_the_guard_off_our_own_csv(tmp_path: Path) -> None:
    """What the guard costs: Excel shows the quote of "'-2+3 C" (a CSV has no way to say
    "this is text"), but our importer, reading a CSV we wrote, gets the name back."""
    out = tmp_path / "list.csv"
    rows = [["-2+3 C", "=1+2"], ["'s-Hertogenbosch", "'quoted'"], ["@home", "-"]]
    write_csv(out, ["Name", "Note"], rows)
    assert [values for _number, values in read_table(out).rows] == rows


def test_a_partner_named_like_a_formula_round_trips_through_csv(
    configured: Services, tmp_path: Path
) -> None:
    s = configured
    s.partners.save(PartnerData(name="-2+3 C", country_code="DE"))
    s.partners.save(PartnerData(name="=Ulm", country_code="DE"))
    out = tmp_path / "partners.csv"
    export_partners(out, s.partners.rows(), s.partners.agreement_rows())
    with out.open(encoding="utf-8-sig", newline="") as handle:
        names = {row[0] for row in list(csv.reader(handle, delimiter=";"))[1:]}
    assert names == {"'-2+3 C", "'=Ulm"}  # guarded in the file
    plan = read_plan(out, s.partners)
    assert plan is not None
    assert sorted(r.name for r in plan.results) == ["-2+3 C", "=Ulm"]  # not "'-2+3 C"


def test_xlsx_cells_starting_like_a_formula_stay_text(tmp_path: Path) -> None:
    """In a workbook, a cell's type says text: no quote is needed, the value is kept as is."""
    out = tmp_path / "list.xlsx"
    values: list[Any] = ["=1+2", "-2+3 C", "+33 6", "@x", -12.5, Decimal("-0.01")]
    write_xlsx(out, [Sheet("List", [f"c{i}" for i in range(len(values))], [values])])
    ws = load_workbook(out)["List"]
    cells = [ws.cell(2, i + 1) for i in range(len(values))]
    assert [c.value for c in cells[:4]] == ["=1+2", "-2+3 C", "+33 6", "@x"]
    assert [c.data_type for c in cells[:4]] == ["s"] * 4
    assert cells[4].value == -12.5 and cells[4].data_type == "n"
    assert Decimal(str(cells[5].value)) == Decimal("-0.01")


# ------------------------------------------------------------------ Synthèse: SUM ranges

SUM = re.compile(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)")


def _sums(ws: Any) -> list[tuple[int, int, str, int, int]]:
    """(row, column, range column, first row, last row) of every SUM in the sheet."""
    found = []
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                for c1, r1, c2, r2 in SUM.findall(cell.value):
                    assert c1 == c2, f"{cell.coordinate}: a SUM over one column"
                    found.append((cell.row, cell.column, c1, int(r1), int(r2)))
    return found


def _number(ws: Any, column: str, row: int) -> Decimal:
    value = ws[f"{column}{row}"].value
    assert not (isinstance(value, str) and value.startswith("=")), f"{column}{row} is a formula"
    return Decimal(str(value)) if isinstance(value, (int, float, Decimal)) else Decimal(0)


def _check_synthese(ws: Any) -> dict[int, Decimal]:
    """Each SUM of the Summary sheet covers exactly the account rows above its total row,
    from the first after the group's heading to the last before the total; returns the
    value of each SUM, computed from the range."""
    values = {}
    for row, column, letter, first, last in _sums(ws):
        assert column_index_from_string(letter) == column, "a total adds its own column"
        assert last == row - 1, f"row {row}: the range must end on the row just above"
        # A reversed range is read in order by spreadsheets: C15:C14 is C14:C15.
        assert first <= last, f"row {row}: an empty group needs no SUM"
        heading = ws.cell(first - 1, 1).value
        assert heading and ws.cell(first - 1, 3).value is None, f"row {first - 1}: a heading"
        for r in range(first, last + 1):
            assert ws.cell(r, 1).value, f"row {r} in a SUM must be an account"
        values[row * 100 + column] = sum(
            (_number(ws, letter, r) for r in range(first, last + 1)), Decimal(0)
        )
    return values


@pytest.fixture
def first_and_last(configured: Services) -> Services:
    """Amounts in the first and the last account of each group only: a range that stops
    a row short, or starts a row late, loses one of them."""
    concert = configured.events.save(
        EventData(title="Concert", type="concert", start=date(2026, 6, 1))
    )
    marche = configured.events.save(
        EventData(title="Marché de Noël", type="market", start=date(2026, 12, 31))
    )
    configured.budget.save_many(
        [
            BudgetLineData(2026, C, "60", "Fournitures", 10_000, 9_000, event_id=concert),
            BudgetLineData(2026, C, "68", "Provision", 5_000, 5_555, event_id=marche),
            BudgetLineData(2026, P, "70", "Buvette", 3_000, 0, event_id=concert),
            BudgetLineData(2026, P, "78", "Reprise", 12_000, 1_001, event_id=marche),
            BudgetLineData(2026, N, "86", "Bénévolat", 20_000, 0),
            BudgetLineData(2026, N, "87", "Bénévolat", 20_000, 0),
        ]
    )
    return configured


def test_every_sum_of_the_summary_covers_its_first_and_last_account(
    first_and_last: Services, tmp_path: Path
) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(first_and_last.budget, "Saint-Aubin", 2026))
    ws = load_workbook(out)["Summary"]
    totals = _check_synthese(ws)
    rows = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    charges, income = rows["Total expenses"], rows["Total income"]
    # Charges: 100,00 (60) + 50,00 (68) forecast; 90,00 + 55,55 actual.
    assert totals[charges * 100 + 3] == Decimal("150.00")
    assert totals[charges * 100 + 4] == Decimal("145.55")
    # Income: 30,00 (70) + 120,00 (78) forecast; 0 + 10,01 actual.
    assert totals[income * 100 + 3] == Decimal("150.00")
    assert totals[income * 100 + 4] == Decimal("10.01")
    # In kind: 86 and 87 balance (87 − 86), never added into one total.
    codes = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    balance = rows["Contributions in kind: 87 − 86 (must be zero)"]
    assert ws.cell(balance, 3).value == f"=C{codes['87']}-C{codes['86']}"
    assert _number(ws, "C", codes["86"]) == _number(ws, "C", codes["87"]) == Decimal("200.00")
    assert len(totals) == 4  # two columns of two groups, nothing else summed
    # The result subtracts the two totals' rows (10,01 − 145,55 = −135,54 actual).
    result = rows["Result of the year (income − expenses)"]
    assert ws.cell(result, 3).value == f"=C{income}-C{charges}"
    assert ws.cell(result, 4).value == f"=D{income}-D{charges}"


def test_the_other_sheets_sum_down_to_their_last_row(
    first_and_last: Services, tmp_path: Path
) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(first_and_last.budget, "Saint-Aubin", 2026))
    wb = load_workbook(out)
    actions = wb["By action"]
    # Two actions on rows 2 and 3, the total on row 4: B2:B3 … F2:F3.
    assert [(r, lt, a, b) for r, _c, lt, a, b in _sums(actions)] == [
        (4, letter, 2, 3) for letter in "BCDEF"
    ]
    cerfa = wb["Forecast budget"]
    # The total of the charges adds every account from 60 to 68 and the rounding line,
    # each once; the grand total adds that total, the surplus and 86.
    labels = {cerfa.cell(r, 1).value: r for r in range(1, cerfa.max_row + 1)}
    accounts = [r for label, r in labels.items() if label and re.match(r"6[0-8] – ", label)]
    assert len(accounts) == 9
    total = labels["Total expenses"]
    assert _refs(cerfa[f"B{total}"].value) == {*accounts, labels["Rounding to whole euros"]}
    assert all(r < total for r in _refs(cerfa[f"B{total}"].value))
    grand = labels["Total"]
    in_kind = labels["86 – Use of voluntary contributions in kind"]
    assert _refs(cerfa[f"B{grand}"].value) == {
        total,
        labels["Forecast surplus (profit)"],
        in_kind,
    }
    # 100,00 (60) and 50,00 (68) as whole euros; 200 in kind on both sides.
    assert _number(cerfa, "B", labels["60 – Purchases"]) == 100
    assert _number(cerfa, "B", labels["68 – Depreciation and provisions"]) == 50
    assert _number(cerfa, "B", in_kind) == 200
    right = {cerfa.cell(r, 3).value: r for r in range(1, cerfa.max_row + 1)}
    assert _number(cerfa, "D", right["87 – Voluntary contributions in kind"]) == 200


def _refs(formula: str) -> set[int]:
    """The rows a formula reads, a range counting each of its rows."""
    rows: set[int] = set()
    for first, last in re.findall(r"[A-Z]+(\d+):[A-Z]+(\d+)", formula):
        rows.update(range(int(first), int(last) + 1))
    rest = re.sub(r"[A-Z]+\d+:[A-Z]+\d+", "", formula)
    rows.update(int(r) for r in re.findall(r"[A-Z]+(\d+)", rest))
    return rows


def _workbook(categories: list[CategoryTotal]) -> BudgetWorkbook:
    return BudgetWorkbook(
        commune="Saint-Aubin",
        year=2026,
        summary=BudgetSummary(2026, categories),
        lines=[],
        actions=[],
    )


def test_a_group_of_one_account_sums_that_one_row(tmp_path: Path) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(
        out,
        _workbook(
            [
                CategoryTotal("60", "Purchases", C, 1_234, 1_000),
                CategoryTotal("70", "Sales", P, 1_234, 999),
                CategoryTotal("87", "In kind", N, 500, 500),
            ]
        ),
    )
    ws = load_workbook(out)["Summary"]
    totals = _check_synthese(ws)
    # Heading on row 6, the account on 7, its total on 8: SUM(C7:C7).
    assert ws["C8"].value == "=SUM(C7:C7)"
    assert totals[8 * 100 + 3] == Decimal("12.34")
    assert totals[8 * 100 + 4] == Decimal("10.00")


def test_a_group_with_no_account_totals_zero_without_a_circular_reference(
    tmp_path: Path,
) -> None:
    """No contribution account: the group's total is 0. A SUM from the row after the
    heading to the row before the total would be SUM(C15:C14), which a spreadsheet reads
    as C14:C15: the heading and the total's own cell, a circular reference."""
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(
        out,
        _workbook(
            [CategoryTotal("60", "Purchases", C, 100, 100), CategoryTotal("70", "Sales", P, 0, 0)]
        ),
    )
    wb = load_workbook(out)
    ws = wb["Summary"]
    _check_synthese(ws)
    rows = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    balance = rows["Contributions in kind: 87 − 86 (must be zero)"]
    for letter in "CD":
        value = ws[f"{letter}{balance}"].value
        assert value == 0 or value == "=0", value
    cerfa = wb["Forecast budget"]
    labels = {cerfa.cell(r, 1).value: r for r in range(1, cerfa.max_row + 1)}
    # One account (60) and the rounding line under it: the total reads those two rows,
    # never its own; with no in-kind account, the grand total adds the surplus only.
    total = labels["Total expenses"]
    assert _refs(cerfa[f"B{total}"].value) == {
        labels["60 – Purchases"],
        labels["Rounding to whole euros"],
    }
    assert _refs(cerfa[f"B{labels['Total']}"].value) == {
        total,
        labels["Forecast surplus (profit)"],
    }


def test_a_cerfa_table_with_only_contributions_in_kind(tmp_path: Path) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(
        out,
        _workbook(
            [CategoryTotal("86", "Use", N, 5_000, 0), CategoryTotal("87", "In kind", N, 5_000, 0)]
        ),
    )
    cerfa = load_workbook(out)["Forecast budget"]
    labels = {cerfa.cell(r, 1).value: r for r in range(1, cerfa.max_row + 1)}
    # No charge or income account: the totals read only the rounding line (0); the pair
    # of in-kind accounts (50 each) is added by the grand totals.
    total = labels["Total expenses"]
    assert _refs(cerfa[f"B{total}"].value) == {labels["Rounding to whole euros"]}
    assert _number(cerfa, "B", labels["Rounding to whole euros"]) == 0
    in_kind = labels["86 – Use"]
    assert _number(cerfa, "B", in_kind) == _number(cerfa, "D", in_kind) == 50
    assert _refs(cerfa[f"B{labels['Total']}"].value) == {
        total,
        labels["Forecast surplus (profit)"],
        in_kind,
    }
