"""The treasurer's workbook read back with openpyxl and recomputed; LibreOffice, when it
is installed, recomputes it a second time as a real spreadsheet program."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from twinning_desk.db.models import BudgetKind
from twinning_desk.export.budget import from_service, write_budget_workbook
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData

C, P, N = BudgetKind.CHARGE, BudgetKind.PRODUIT, BudgetKind.CONTRIBUTION


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
    expr = re.sub(r"\b([A-Z]+)(\d+)\b", r"cell('\1',\2)", expr)
    return eval(expr, {"cell": cell, "total": total})  # noqa: S307 - our own formulas only


@pytest.fixture
def budget(configured: Services) -> Services:
    event_id = configured.events.save(
        EventData(title="Concert", type="concert", start=date(2026, 6, 1))
    )
    configured.budget.save_many(
        [
            BudgetLineData(
                2026,
                C,
                "625",
                "Voyage à Łańcut",
                420_000,
                398_750,
                entry_date=date(2026, 5, 2),
                payee="LOT Polish Airlines",
            ),
            BudgetLineData(
                2026, C, "623", '=HYPERLINK("http://evil")', 35_000, 31_210, event_id=event_id
            ),
            BudgetLineData(2026, P, "74-COM", "Subvention commune", 400_000, 400_000),
            BudgetLineData(2026, P, "756", "Cotisations", 55_000, 62_345, event_id=event_id),
            BudgetLineData(2026, N, "86", "Bénévolat", 100_000, 90_000),
            BudgetLineData(2026, N, "87", "Bénévolat", 100_000, 90_000),
        ]
    )
    return configured


def test_workbook_recomputes_to_the_app_totals(budget: Services, tmp_path: Path) -> None:
    out = tmp_path / "budget.xlsx"
    data = from_service(budget.budget, "Saint-Aubin", 2026)
    write_budget_workbook(out, data)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Detail", "By action", "Cerfa budget"]
    ws = wb["Summary"]
    assert ws["A1"].value == "Saint-Aubin" and "2026" in ws["A2"].value
    labels = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    summary = budget.budget.summary(2026)
    total_c, total_p = labels["Total expenses"], labels["Total income"]
    assert evaluate(ws, f"C{total_c}") == Decimal(summary.total(C)) / 100
    assert evaluate(ws, f"D{total_c}") == Decimal(summary.total(C, True)) / 100
    assert evaluate(ws, f"D{total_p}") == Decimal("4623.45")
    result = labels["Result of the year (income − expenses)"]
    assert evaluate(ws, f"D{result}") == Decimal(summary.result_actual) / 100
    assert evaluate(ws, f"C{result}") == Decimal(0)  # the forecast balances
    row_62 = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "62")
    assert evaluate(ws, f"E{row_62}") == Decimal("4299.60") - Decimal("4550.00")
    assert ws.cell(row_62, 3).number_format.startswith("#,##0.00")

    detail = wb["Detail"]
    assert detail.freeze_panes == "A2" and detail.auto_filter.ref.startswith("A1:L")
    rows = {detail.cell(r, 5).value: r for r in range(2, detail.max_row + 1)}
    evil = rows['=HYPERLINK("http://evil")']
    assert detail.cell(evil, 5).data_type == "s"
    trip = rows["Voyage à Łańcut"]
    assert detail.cell(trip, 1).is_date and detail.cell(trip, 1).value.date() == date(2026, 5, 2)
    assert detail.cell(trip, 7).value == Decimal("3987.50") or detail.cell(trip, 7).value == 3987.5

    actions = wb["By action"]
    assert actions["A2"].value == "Concert"
    assert evaluate(actions, "F2") == Decimal("623.45") - Decimal("312.10")

    cerfa = wb["Cerfa budget"]
    totals = [r for r in range(1, cerfa.max_row + 1) if cerfa.cell(r, 1).value == "Total"]
    last = totals[-1]
    assert evaluate(cerfa, f"B{last}") == evaluate(cerfa, f"D{last}") == Decimal("5550")
    assert cerfa.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_computes_the_same_totals(budget: Services, tmp_path: Path) -> None:
    out = tmp_path / "budget.xlsx"
    write_budget_workbook(out, from_service(budget.budget, "Saint-Aubin", 2026))
    converted = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(converted),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    wb = load_workbook(converted / "budget.xlsx", data_only=True)
    ws = wb.worksheets[0]
    labels = {ws.cell(r, 2).value: r for r in range(1, ws.max_row + 1)}
    summary = budget.budget.summary(2026)
    row = labels["Total expenses"]
    assert Decimal(str(ws.cell(row, 4).value)) == Decimal(summary.total(C, True)) / 100
    row = labels["Total income"]
    assert Decimal(str(ws.cell(row, 3).value)) == Decimal(summary.total(P)) / 100
    row = labels["Result of the year (income − expenses)"]
    assert Decimal(str(ws.cell(row, 4).value)).quantize(Decimal("0.01")) == (
        Decimal(summary.result_actual) / 100
    )
    cerfa = wb["Cerfa budget"]
    totals = [r for r in range(1, cerfa.max_row + 1) if cerfa.cell(r, 1).value == "Total"]
    assert cerfa.cell(totals[-1], 2).value == cerfa.cell(totals[-1], 4).value


def test_cli_export_budget(
    budget: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from twinning_desk.cli import main

    path = str(budget.db.path)
    budget.close()
    out = tmp_path / "b.xlsx"
    assert main(["--lang", "en", "export", "budget", str(out), "--year", "2026", "--db", path]) == 0
    assert load_workbook(out).sheetnames[0] == "Summary"
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
