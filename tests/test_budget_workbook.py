"""The treasurer's workbook read back with openpyxl and recomputed; LibreOffice, when it
is installed, recomputes it a second time as a real spreadsheet program and prints it.

Expected figures are computed here from the lines the tests insert (``LINES``), with
their own rounding, never read from the workbook's output."""

from __future__ import annotations

import inspect
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import column_index_from_string, get_column_letter

from twinning_desk.db.models import BudgetKind
from twinning_desk.export import budget as budget_export
from twinning_desk.export.budget import (
    SIGNIFICANT,
    BudgetWorkbook,
    from_service,
    write_budget_workbook,
)
from twinning_desk.export.spreadsheet import Sheet, write_xlsx
from twinning_desk.services.budget import BudgetLineData, BudgetQuery, BudgetSummary
from twinning_desk.services.budget_data import AccountTotal
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData

C, P, N = BudgetKind.CHARGE, BudgetKind.PRODUIT, BudgetKind.CONTRIBUTION
SHEETS = ["Summary", "Detail", "By action", "Forecast budget", "Financial report"]
CERFA = ("Forecast budget", "Financial report")
MINISTRY = "Ministère de l’Europe et des Affaires étrangères (DAECT)"

# (kind, account, label, forecast cents, actual cents, funder)
LINES: list[tuple[BudgetKind, str, str, int, int, str | None]] = [
    (C, "60", "Fournitures", 10_049, 9_050, None),
    (C, "61", "Location de salle", 20_050, 20_051, None),
    (C, "625", "Voyage à Łańcut", 420_000, 398_750, None),
    (C, "623", '=HYPERLINK("http://evil")', 35_000, 31_210, None),
    (P, "74-COM", "Subvention commune", 400_000, 400_000, "Commune de Saint-Aubin"),
    (P, "74-DEP", "Subvention du Département", 150_000, 150_000, "Département d’Indre-et-Loire"),
    (P, "74-ETAT", "Subvention DAECT", 30_000, 30_000, MINISTRY),
    (P, "74-ETAT", "Subvention État", 10_000, 0, None),
    (P, "74-UE", "Jumelage de villes", 180_000, 0, "Union européenne – CERV"),
    (P, "74-AUT", "Emploi aidé", 25_000, 25_000, "ASP"),
    (P, "74-AUT", "Fondation", 9_951, 9_949, "Fondation de France"),
    (P, "756", "Cotisations", 55_000, 62_345, "Cotisations des membres"),
    (P, "754", "Dons", 12_049, 20_000, None),
    (N, "86", "Bénévolat", 100_000, 90_000, None),
    (N, "87", "Bénévolat", 100_000, 90_000, None),
]


def euros(cents: int) -> int:
    """Half up, away from zero, computed here independently of the exporter."""
    return int((Decimal(cents) / 100).quantize(Decimal(1), ROUND_HALF_UP))


def exact(kind: BudgetKind, measure: int, prefix: str = "") -> int:
    return sum(
        line[3 + measure] for line in LINES if line[0] is kind and line[1].startswith(prefix)
    )


def evaluate(ws: Any, ref: str, seen: set[str] | None = None) -> Any:
    """Just enough of a spreadsheet to recompute the formulas this workbook writes."""
    seen = seen or set()
    assert ref not in seen, f"circular reference at {ref}"
    value = ws[ref].value
    if not (isinstance(value, str) and value.startswith("=")):
        return Decimal(str(value)) if isinstance(value, (int, float, Decimal)) else value

    def cell(column: str, row: int) -> Decimal:
        got = evaluate(ws, f"{column}{row}", seen | {ref})
        return got if isinstance(got, Decimal) else Decimal(0)

    def total(c1: str, r1: int, c2: str, r2: int) -> Decimal:
        columns = range(column_index_from_string(c1), column_index_from_string(c2) + 1)
        return sum(
            (cell(get_column_letter(c), r) for c in columns for r in range(r1, r2 + 1)), Decimal(0)
        )

    expr = value[1:]
    expr = re.sub(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", r"total('\1',\2,'\3',\4)", expr)
    expr = re.sub(r'^IF\((.+?)=0,"",(.+)\)$', r"(None if (\1)==0 else (\2))", expr)
    expr = expr.replace("MAX(", "max(")
    expr = re.sub(r"\b([A-Z]+)(\d+)\b", r"cell('\1',\2)", expr)
    return eval(expr, {"cell": cell, "total": total, "max": max})  # noqa: S307 - our own formulas


@pytest.fixture
def budget(configured: Services) -> Services:
    event_id = configured.events.save(
        EventData(title="Concert", type="concert", start=date(2026, 6, 1))
    )
    data = []
    for kind, code, label, forecast, actual, funder in LINES:
        data.append(
            BudgetLineData(
                2026,
                kind,
                code,
                label,
                forecast,
                actual,
                funding_source=funder,
                event_id=event_id if code in ("623", "756") else None,
            )
        )
    trip = data[2]
    trip.entry_date, trip.payee, trip.receipt_ref = date(2026, 5, 2), "LOT", "F-2026-014"
    configured.budget.save_many(data)
    return configured


@pytest.fixture
def book(budget: Services, tmp_path: Path) -> Any:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(budget.budget, "Comité de Saint-Aubin", 2026))
    return load_workbook(out)


def rows_by_label(ws: Any, column: int) -> dict[str, int]:
    return {
        ws.cell(r, column).value: r
        for r in range(1, ws.max_row + 1)
        if isinstance(ws.cell(r, column).value, str)
    }


def texts(ws: Any) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


# ------------------------------------------------------------------ Synthèse, Détail


def test_summary_recomputes_to_the_app_totals(budget: Services, book: Any) -> None:
    assert book.sheetnames == SHEETS
    ws = book["Summary"]
    assert ws["A1"].value == "Comité de Saint-Aubin" and "2026" in ws["A2"].value
    labels = rows_by_label(ws, 2)
    total_c, total_p = labels["Total expenses"], labels["Total income"]
    assert evaluate(ws, f"C{total_c}") == Decimal(exact(C, 0)) / 100
    assert evaluate(ws, f"D{total_c}") == Decimal(exact(C, 1)) / 100
    assert evaluate(ws, f"C{total_p}") == Decimal(exact(P, 0)) / 100
    assert evaluate(ws, f"D{total_p}") == Decimal(exact(P, 1)) / 100
    result = labels["Result of the year (income − expenses)"]
    assert evaluate(ws, f"D{result}") == Decimal(exact(P, 1) - exact(C, 1)) / 100
    row_62 = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "62")
    assert evaluate(ws, f"E{row_62}") == Decimal("4299.60") - Decimal("4550.00")
    assert ws.cell(row_62, 3).number_format.startswith("#,##0.00")


def test_summary_balances_86_against_87_instead_of_adding_them(book: Any) -> None:
    ws = book["Summary"]
    labels = rows_by_label(ws, 2)
    assert "Total" not in labels  # 86 + 87 would count the same help twice
    balance = labels["Contributions in kind: 87 − 86 (must be zero)"]
    codes = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    assert ws.cell(balance, 3).value == f"=C{codes['87']}-C{codes['86']}"
    assert evaluate(ws, f"C{balance}") == evaluate(ws, f"D{balance}") == 0
    assert evaluate(ws, f"C{codes['86']}") == Decimal(1000)


def test_detail_is_a_ledger_a_treasurer_prints(book: Any) -> None:
    ws = book["Detail"]
    headers = [ws.cell(1, c).value for c in range(1, ws.max_column + 1)]
    assert headers[:4] == ["Date", "Kind", "Account", "Label"]
    assert "Receipt" in headers and "Payee or payer" in headers
    rows = rows_by_label(ws, 4)
    assert ws.max_row == len(LINES) + 1  # the lines and nothing under them
    for row in ws.iter_rows():
        for c in row:
            assert not (isinstance(c.value, str) and c.value.startswith("=SUM")), c.coordinate
    evil = rows['=HYPERLINK("http://evil")']
    assert ws.cell(evil, 4).data_type == "s"
    trip = rows["Voyage à Łańcut"]
    assert ws.cell(trip, 1).is_date and ws.cell(trip, 1).value.date() == date(2026, 5, 2)
    assert ws.cell(trip, 2).value == "Expense"
    assert ws.cell(trip, 7).value == "LOT" and ws.cell(trip, 8).value == "F-2026-014"
    assert Decimal(str(ws.cell(trip, 6).value)) == Decimal("3987.50")
    assert ws.cell(rows["Cotisations"], 2).value == "Revenue"
    assert ws.cell(rows["Cotisations"], 9).value == "Concert"
    assert {ws.cell(r, 2).value for r in range(2, ws.max_row + 1)} == {
        "Expense",
        "Revenue",
        "In kind",
    }
    # A4 landscape, 9 pt or more, headings on every page, the page's width used at 100 %:
    # the columns (7 pixels a unit, 5 of padding) fit 297 mm less the margins.
    setup = ws.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1
    assert setup.fitToHeight == 0 and ws.print_title_rows == "$1:$1"
    assert ws.print_options.gridLines
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, 11)]
    printable = (297 / 25.4 - ws.page_margins.left - ws.page_margins.right) * 96
    assert sum(w * 7 + 5 for w in widths) <= printable
    for row in ws.iter_rows(min_row=1):
        for c in row:
            if c.value is not None:
                assert c.font.name == "Arial" and c.font.sz >= 9, c.coordinate


def test_the_fast_row_path_writes_the_same_detail(
    budget: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Détail's rows of cells skip openpyxl's try-as-a-value step (an exception per
    styled cell), and its cells keep their style's index (a lookup per cell); without
    these shortcuts the library writes the very same sheet."""
    from dataclasses import replace

    from openpyxl.cell import _writer
    from openpyxl.cell.cell import Cell

    data = from_service(budget.budget, "Comité de Saint-Aubin", 2026)
    # A line paid in zlotys: its cell is made on the way, settled too.
    data.lines[0] = replace(data.lines[0], currency="PLN", foreign_amount=Decimal("1234.50"))
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    write_budget_workbook(fast, data)

    class Plain(Cell):
        __slots__ = ()

        def settle(self, style: str) -> Cell:
            self.style = style
            return self

    monkeypatch.setattr(budget_export, "_rows_of_cells", lambda ws: None)
    monkeypatch.setattr(budget_export, "_settled_cell", lambda: Plain)
    write_budget_workbook(slow, data)
    sheets = []
    for path in (fast, slow):
        with zipfile.ZipFile(path) as archive:
            sheets.append(archive.read("xl/worksheets/sheet2.xml"))
    assert b"Voyage" in sheets[0] and b' s="' in sheets[0] and sheets[0] == sheets[1]
    # And the shortcuts are taken: the write-only sheet still asks for its rows this way,
    # and the cell writer for a cell's style index.
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    assert "self._values_to_row(row, row_idx)" in inspect.getsource(WriteOnlyWorksheet._write_rows)
    assert "cell.style_id" in inspect.getsource(_writer._set_attributes)


def test_by_action_sums_down_to_its_last_row(book: Any) -> None:
    actions = book["By action"]
    assert actions["A2"].value == "Concert"
    # Concert: 312,10 of charges (623) and 623,45 of dues (756) actually.
    assert evaluate(actions, "F2") == Decimal("623.45") - Decimal("312.10")


def test_by_action_keeps_two_trips_to_one_town_apart(configured: Services, tmp_path: Path) -> None:
    """Each action by its own record: two trips to Bad Wimpfen in a year are two rows,
    named for what they were and when; a coach linked to both the trip and its event
    counts once, for the trip, as the trip's mission report counts it (newcomer's
    report: it used to go under the event, and the trips were merged by name)."""
    from datetime import date, datetime

    from twinning_desk.db.models import Direction
    from twinning_desk.services.delegations import DelegationData
    from twinning_desk.services.events import EventData
    from twinning_desk.services.partners import PartnerData

    s = configured
    wimpfen = s.partners.save(PartnerData(name="Bad Wimpfen", country_code="DE"))

    def trip(day: date, direction: Direction) -> int:
        return s.delegations.save(
            DelegationData(
                partner_id=wimpfen,
                direction=direction,
                purpose="official",
                start_date=day,
                end_date=day,
            )
        )

    spring = trip(date(2026, 5, 7), Direction.OUTGOING)
    autumn = trip(date(2026, 10, 2), Direction.INCOMING)
    fete = s.events.save(
        EventData(title="Fête de l’Europe", type="festival", start=datetime(2026, 5, 9))
    )

    def line(label: str, cents: int, **links: int) -> None:
        s.budget.save(
            BudgetLineData(
                year=2026,
                kind=BudgetKind.CHARGE,
                category_code="625",
                label=label,
                forecast_cents=cents,
                actual_cents=cents,
                **links,  # type: ignore[arg-type]
            )
        )

    line("Car", 123_450, delegation_id=spring, event_id=fete)
    line("Repas", 40_000, delegation_id=autumn)
    line("Sono", 15_000, event_id=fete)
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(s.budget, "Comité", 2026))
    ws = load_workbook(out)["By action"]
    rows = [
        (ws.cell(r, 1).value, ws.cell(r, 2).value)
        for r in range(2, ws.max_row)  # the last row is the total
    ]
    assert rows == [
        ("Trip to Bad Wimpfen, 07/05/2026", Decimal("1234.50")),
        ("Fête de l’Europe", Decimal("150.00")),
        ("Visit of Bad Wimpfen, 02/10/2026", Decimal("400.00")),
    ]
    assert evaluate(ws, f"B{ws.max_row}") == Decimal("1234.50") + Decimal("150") + Decimal("400")


def test_every_style_names_a_sans_serif_font(book: Any) -> None:
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                # A merged range prints with its first cell's style (openpyxl reads the
                # others back as MergedCell, borders only).
                if (c.value is not None or c.has_style) and not isinstance(c, MergedCell):
                    assert c.font.name == "Arial", f"{ws.title}!{c.coordinate}"
    bold = [
        c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.font.b and c.value
    ]
    assert bold and all(c.font.name == "Arial" for c in bold)


# ------------------------------------------------------------------ the Cerfa sheets


def cerfa_rows(ws: Any, label_column: int) -> dict[str, int]:
    return rows_by_label(ws, label_column)


def test_forecast_budget_in_the_cerfa_12156_layout(book: Any) -> None:
    ws = book["Forecast budget"]
    head = texts(ws)[:6]
    assert head[0] == "Forecast budget of the action"
    assert "12156" in head[1]
    assert "Association: Comité de Saint-Aubin" in head
    assert any(t.startswith("Action:") for t in head)
    assert "Fiscal year: 2026, from 01/01/2026 to 31/12/2026" in head
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "EXPENSES")
    assert [ws.cell(header, c).value for c in range(1, 5)] == [
        "EXPENSES",
        "Amount",
        "INCOME",
        "Amount",
    ]
    left, right = cerfa_rows(ws, 1), cerfa_rows(ws, 3)
    # Charges 60 to 68 in order on the left, produits 70 to 78 on the right.
    codes = [k.split(" ")[0] for k in left if re.match(r"6\d ", k)]
    assert codes == ["60", "61", "62", "63", "64", "65", "66", "67", "68"]
    assert [k.split(" ")[0] for k in right if re.match(r"7\d ", k)] == [
        "70",
        "74",
        "75",
        "76",
        "77",
        "78",
    ]
    assert left["62 – Other external services"] < left["63 – Taxes"]
    assert left["86 – Use of voluntary contributions in kind"] > left["Total expenses"]
    assert right["87 – Voluntary contributions in kind"] > right["Total income"]

    def amount(label: str, side: int) -> Decimal:
        rows = left if side == 0 else right
        return evaluate(ws, f"{'BD'[side]}{rows[label]}")

    # Whole euros, half up: 100,49 → 100; 200,50 → 201.
    assert amount("60 – Purchases", 0) == 100
    assert amount("61 – External services", 0) == 201
    assert amount("62 – Other external services", 0) == euros(exact(C, 0, "62"))
    # Each funder of account 74 on its own line, under its kind of funder.
    assert amount("– Commune de Saint-Aubin", 1) == 4000
    assert amount("– Département d’Indre-et-Loire", 1) == 1500
    assert amount(f"– {MINISTRY}", 1) == 300
    assert amount("– ministry not named", 1) == 100
    assert amount("State: ministries, directorates or decentralised services", 1) == 400
    assert amount("– Union européenne – CERV", 1) == 1800
    assert amount("Agence de services et de paiement (ASP, subsidised jobs)", 1) == 250
    assert amount("– Fondation de France", 1) == 100  # 99,51
    assert amount("Intercommunality: EPCI", 1) == 0
    assert right["– ASP"] > right["Agence de services et de paiement (ASP, subsidised jobs)"]
    state = right["State: ministries, directorates or decentralised services"]
    assert right[f"– {MINISTRY}"] in (state + 1, state + 2)
    funders = sum(euros(line[3]) for line in LINES if line[1].startswith("74"))
    assert amount("74 – Operating subsidies", 1) == funders
    assert amount("75 – Other current management income", 1) == euros(55_000 + 12_049)
    assert amount("of which membership dues", 1) == 550
    assert amount("of which donations", 1) == 120  # 120,49

    # Totals: the exact totals rounded; the rounding line says what the lines lack.
    total_c, total_p = amount("Total expenses", 0), amount("Total income", 1)
    assert total_c == euros(exact(C, 0)) and total_p == euros(exact(P, 0))
    rounded_c = sum(
        euros(exact(C, 0, code)) for code in ("60", "61", "62", "63", "64", "65", "66", "67")
    )
    rounding_row = left["Rounding to whole euros"]
    assert rounding_row == right["Rounding to whole euros"]
    assert evaluate(ws, f"B{rounding_row}") == total_c - rounded_c
    # Not balanced: the shortfall (or surplus) is shown and the grand totals balance.
    surplus = evaluate(ws, f"B{left['Forecast surplus (profit)']}")
    shortfall = evaluate(ws, f"D{right['Forecast shortfall (loss)']}")
    assert (surplus, shortfall) == (max(0, total_p - total_c), max(0, total_c - total_p))
    assert surplus or shortfall
    grand = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total"]
    assert len(grand) == 1
    assert evaluate(ws, f"B{grand[0]}") == total_c + surplus + 1000
    assert evaluate(ws, f"D{grand[0]}") == evaluate(ws, f"B{grand[0]}")
    # The funder typed a formula-like name: text.
    assert ws.cell(right["– Fondation de France"], 3).data_type == "s"


def test_financial_report_in_the_cerfa_15059_layout(book: Any) -> None:
    ws = book["Financial report"]
    assert texts(ws)[0] == "Financial report of the action" and "15059" in texts(ws)[1]
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "EXPENSES")
    assert [ws.cell(header, c).value for c in range(1, 11)] == [
        "EXPENSES",
        "Planned",
        "Achieved",
        "Variance",
        "%",
        "INCOME",
        "Planned",
        "Achieved",
        "Variance",
        "%",
    ]
    left, right = cerfa_rows(ws, 1), cerfa_rows(ws, 6)
    table_end = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
    # Per line: forecast, actual, their difference and the share done.
    for label, side, code in (
        ("60 – Purchases", 0, "60"),
        ("61 – External services", 0, "61"),
        ("62 – Other external services", 0, "62"),
        ("75 – Other current management income", 1, "75"),
    ):
        row = (left if side == 0 else right)[label]
        kind = C if side == 0 else P
        first = 2 + 5 * side
        values = [evaluate(ws, f"{get_column_letter(first + i)}{row}") for i in range(4)]
        forecast, actual = euros(exact(kind, 0, code)), euros(exact(kind, 1, code))
        assert values[:3] == [forecast, actual, actual - forecast], label
        assert values[3] == Decimal(actual) / Decimal(forecast), label
    # 60: 100,49 planned, 90,50 done; 61: 200,50 and 200,51 (201 and 201).
    assert evaluate(ws, f"B{left['60 – Purchases']}") == 100
    assert evaluate(ws, f"C{left['60 – Purchases']}") == 91
    total_c, total_p = left["Total expenses"], right["Total income"]
    assert evaluate(ws, f"C{total_c}") == euros(exact(C, 1))
    assert evaluate(ws, f"H{total_p}") == euros(exact(P, 1))
    assert evaluate(ws, f"I{total_p}") == euros(exact(P, 1)) - euros(exact(P, 0))
    assert evaluate(ws, f"C{table_end}") == evaluate(ws, f"H{table_end}")  # balanced with 86/87
    # The variance box: every line off by 15 % or more (or not planned), and only those.
    box = next(r for r in range(table_end, ws.max_row + 1) if ws.cell(r, 1).value == "Line")
    listed = {ws.cell(r, 1).value for r in range(box + 1, ws.max_row + 1) if ws.cell(r, 1).value}
    names = {
        "60": "60 – Purchases",
        "61": "61 – External services",
        "62": "62 – Other external services",
        "75": "75 – Other current management income",
        "86": "86 – Use of voluntary contributions in kind",
        "87": "87 – Voluntary contributions in kind",
    }
    candidates = [
        (
            name,
            exact(N if code[0] == "8" else C if code[0] == "6" else P, 0, code),
            exact(N if code[0] == "8" else C if code[0] == "6" else P, 1, code),
        )
        for code, name in names.items()
    ]
    candidates += [
        (funder or "ministry not named", forecast, actual)
        for _kind, code, _label, forecast, actual, funder in LINES
        if code.startswith("74")
    ]
    expected = {
        name
        for name, forecast, actual in candidates
        if forecast != actual
        and (forecast == 0 or abs(actual - forecast) >= SIGNIFICANT * abs(forecast))
    }
    # 75 (+23 %), the État line without a ministry and the EU grant not received.
    assert expected == {
        "75 – Other current management income",
        "ministry not named",
        "Union européenne – CERV",
    }
    assert listed == expected
    explained = next(r for r in range(box + 1, ws.max_row + 1) if ws.cell(r, 1).value)
    assert f"F{explained}:J{explained}" in {str(m) for m in ws.merged_cells.ranges}
    assert ws.cell(explained, 2).value.startswith("=")  # read from the table: stays live


def test_cerfa_sheets_print_bordered_on_one_a4_portrait_page(book: Any) -> None:
    for name in CERFA:
        ws = book[name]
        setup = ws.page_setup
        assert setup.orientation == "portrait" and int(setup.paperSize) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 1)
        header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "EXPENSES")
        last = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
        for row in ws.iter_rows(min_row=header, max_row=last):
            for c in row:
                border = c.border
                sides = (border.left, border.right, border.top, border.bottom)
                if isinstance(c, MergedCell):  # inside a merged range: its top and bottom
                    sides = (border.top, border.bottom)
                assert all(side.style == "thin" for side in sides), f"{name}!{c.coordinate}"
                if isinstance(c.value, (int, float)) or (
                    isinstance(c.value, str) and c.value.startswith("=")
                ):
                    assert ".0" not in c.number_format, f"{name}!{c.coordinate}"
                    assert c.number_format.startswith(("#,##0", "0%")), c.number_format
                    if isinstance(c.value, (int, float)):
                        assert c.value == int(c.value)  # whole euros


def test_cerfa_sheets_for_one_action(budget: Services, tmp_path: Path) -> None:
    rows = budget.budget.rows(BudgetQuery(2026))
    event_id = next(budget.budget.get(r.id).event_id for r in rows if r.action == "Concert")
    out = tmp_path / "action.xlsx"
    write_budget_workbook(
        out, from_service(budget.budget, "Comité de Saint-Aubin", 2026, event_id=event_id)
    )
    ws = load_workbook(out)["Forecast budget"]
    assert "Action: Concert" in texts(ws)
    left, right = cerfa_rows(ws, 1), cerfa_rows(ws, 3)
    assert evaluate(ws, f"B{left['Total expenses']}") == 350  # 623 only
    assert evaluate(ws, f"D{right['Total income']}") == 550  # 756 only
    assert evaluate(ws, f"D{right['74 – Operating subsidies']}") == 0


# ------------------------------------------------------------------ rounding boundaries


def _workbook(accounts: Iterable[AccountTotal]) -> BudgetWorkbook:
    return BudgetWorkbook(
        commune="Saint-Aubin",
        year=2026,
        summary=BudgetSummary(2026, []),
        lines=[],
        actions=[],
        accounts=list(accounts),
    )


@pytest.mark.parametrize(
    ("cents", "whole"),
    [
        (1_249, 12),
        (1_250, 13),
        (1_251, 13),
        (-1_249, -12),
        (-1_250, -13),
        (-1_251, -13),
        (49, 0),
        (50, 1),
    ],
)
def test_each_line_is_rounded_half_up_to_the_euro(tmp_path: Path, cents: int, whole: int) -> None:
    out = tmp_path / "r.xlsx"
    write_budget_workbook(
        out, _workbook([AccountTotal("60", "Purchases", C, None, None, cents, cents)])
    )
    ws = load_workbook(out)["Forecast budget"]
    row = cerfa_rows(ws, 1)["60 – Purchases"]
    assert ws.cell(row, 2).value == whole
    assert isinstance(ws.cell(row, 2).value, int)


@pytest.mark.parametrize(
    ("amounts", "lines", "total"),
    [
        # 12,49 + 12,49 = 24,98: the lines say 12 + 12, the total 25: one euro of rounding.
        ((1_249, 1_249), (12, 12), 25),
        # 12,50 + 12,50 = 25,00: 13 + 13 on the lines, the total 25: minus one euro.
        ((1_250, 1_250), (13, 13), 25),
        # 12,51 + 12,49 = 25,00: 13 + 12, nothing to add.
        ((1_251, 1_249), (13, 12), 25),
    ],
)
def test_the_rounding_difference_makes_the_exact_total(
    tmp_path: Path, amounts: tuple[int, int], lines: tuple[int, int], total: int
) -> None:
    out = tmp_path / "r.xlsx"
    write_budget_workbook(
        out,
        _workbook(
            [
                AccountTotal("60", "Purchases", C, None, None, amounts[0], 0),
                AccountTotal("61", "External services", C, None, None, amounts[1], 0),
                AccountTotal("70", "Sales, services", P, None, None, sum(amounts), 0),
            ]
        ),
    )
    ws = load_workbook(out)["Forecast budget"]
    left, right = cerfa_rows(ws, 1), cerfa_rows(ws, 3)
    assert (
        ws.cell(left["60 – Purchases"], 2).value,
        ws.cell(left["61 – External services"], 2).value,
    ) == lines
    rounding = left["Rounding to whole euros"]
    assert ws.cell(rounding, 2).value == total - sum(lines)
    assert evaluate(ws, f"B{left['Total expenses']}") == total
    # The same exact total on both sides stays balanced once rounded.
    assert evaluate(ws, f"D{right['Total income']}") == total
    assert evaluate(ws, f"B{left['Forecast surplus (profit)']}") == 0
    assert evaluate(ws, f"D{right['Forecast shortfall (loss)']}") == 0


def test_cerfa_sheets_without_any_line(tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    write_budget_workbook(out, _workbook([]))
    for name in CERFA:
        ws = load_workbook(out)[name]
        grand = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total"]
        assert grand
        assert evaluate(ws, f"B{grand[0]}") == 0


# ------------------------------------------------------------------ plain lists


def test_plain_lists_name_their_font_and_keep_their_formats(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    rows: list[list[Any]] = [["Łańcut", Decimal("650.7"), date(1977, 6, 18)], ["=x", None, None]]
    write_xlsx(
        out, [Sheet("List", ["Town", "km", "Signed"], rows, number_formats={2: "DD/MM/YYYY"})]
    )
    ws = load_workbook(out)["List"]
    assert [c.value for c in ws[1]] == ["Town", "km", "Signed"]
    assert ws["A2"].value == "Łańcut" and ws["A3"].value == "=x" and ws["A3"].data_type == "s"
    assert ws["C2"].is_date and ws["C2"].number_format == "DD/MM/YYYY"
    assert all(c.font.name == "Arial" for row in ws.iter_rows() for c in row if c.value)
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:C3"
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"


# ------------------------------------------------------------------ LibreOffice


def _soffice(args: list[str], tmp_path: Path) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", *args],
        check=True,
        capture_output=True,
        timeout=240,
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_computes_the_same_totals_and_prints_each_form_on_one_page(
    budget: Services, tmp_path: Path
) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(budget.budget, "Comité de Saint-Aubin", 2026))
    converted = tmp_path / "lo"
    _soffice(["--calc", "--convert-to", "xlsx", "--outdir", str(converted), str(out)], tmp_path)
    wb = load_workbook(converted / "budget.xlsx", data_only=True)
    ws = wb["Summary"]
    labels = rows_by_label(ws, 2)
    assert Decimal(str(ws.cell(labels["Total expenses"], 4).value)) == Decimal(exact(C, 1)) / 100
    assert Decimal(str(ws.cell(labels["Total income"], 3).value)) == Decimal(exact(P, 0)) / 100
    result = Decimal(str(ws.cell(labels["Result of the year (income − expenses)"], 4).value))
    assert result.quantize(Decimal("0.01")) == Decimal(exact(P, 1) - exact(C, 1)) / 100
    forecast = wb["Forecast budget"]
    left, right = cerfa_rows(forecast, 1), cerfa_rows(forecast, 3)
    assert forecast.cell(left["Total expenses"], 2).value == euros(exact(C, 0))
    assert forecast.cell(right["Total income"], 4).value == euros(exact(P, 0))
    grand = [r for r in range(1, forecast.max_row + 1) if forecast.cell(r, 1).value == "Total"]
    assert forecast.cell(grand[0], 2).value == forecast.cell(grand[0], 4).value
    report = wb["Financial report"]
    left = cerfa_rows(report, 1)
    assert report.cell(left["Total expenses"], 3).value == euros(exact(C, 1))

    # Printed: the two forms are the last two pages, each whole on its page.
    pdf = tmp_path / "pdf"
    _soffice(["--convert-to", "pdf", "--outdir", str(pdf), str(out)], tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf / "budget.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = text.split("\f")
    forecast_pages = [p for p in pages if "Forecast budget of the action" in p or "12156" in p]
    report_pages = [p for p in pages if "Financial report of the action" in p or "15059" in p]
    assert len(forecast_pages) == 1 and len(report_pages) == 1
    assert "Rounding to whole euros" in forecast_pages[0]
    assert "Forecast shortfall (loss)" in forecast_pages[0] or "surplus" in forecast_pages[0]
    assert re.search(r"^\s*Total\s", forecast_pages[0], re.M)
    assert "Explanation" in report_pages[0] and "ministry not named" in report_pages[0]


def test_cli_export_budget(
    budget: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from twinning_desk.cli import main

    path = str(budget.db.path)
    budget.close()
    out = tmp_path / "b.xlsx"
    assert main(["--lang", "en", "export", "budget", str(out), "--year", "2026", "--db", path]) == 0
    assert load_workbook(out).sheetnames == SHEETS
    capsys.readouterr()
    assert (
        main(["--lang", "en", "list", "budget", "--year", "2026", "--format", "json", "--db", path])
        == 0
    )
    import json

    lines = json.loads(capsys.readouterr().out)
    assert {line["label"] for line in lines} >= {"Voyage à Łańcut", "Cotisations"}
    trip = next(line for line in lines if line["label"] == "Voyage à Łańcut")
    assert trip == {
        "id": trip["id"],
        "kind": "charge",
        "category": "625",
        "label": "Voyage à Łańcut",
        "forecast": "4200.00",
        "actual": "3987.50",
    }
