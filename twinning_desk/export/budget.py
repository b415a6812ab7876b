"""The treasurer's workbook: Synthèse, Détail, Par action and the Cerfa budget table.

Totals are live formulas (SUM, differences), so the workbook stays right when the
treasurer edits a figure in Excel or LibreOffice; the amounts come from the service in
exact cents and are written as decimal euros. User text is always written as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from twinning_desk.db.models import BudgetKind
from twinning_desk.export.atomic import atomic_path
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.budget import BudgetQuery, BudgetRow, BudgetSummary
from twinning_desk.services.money import to_decimal

Translate = Callable[[str, str], str]
EURO = '#,##0.00 "€"'
PERCENT = "0.0%"
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Border(top=Side(style="thin"))

T = {  # sheet titles and headers, translated where written
    "synthese": QT_TRANSLATE_NOOP("Workbook", "Summary"),
    "detail": QT_TRANSLATE_NOOP("Workbook", "Detail"),
    "actions": QT_TRANSLATE_NOOP("Workbook", "By action"),
    "cerfa": QT_TRANSLATE_NOOP("Workbook", "Cerfa budget"),
    "title": QT_TRANSLATE_NOOP("Workbook", "Budget {year}"),
    "printed": QT_TRANSLATE_NOOP("Workbook", "Printed on {date}"),
    "account": QT_TRANSLATE_NOOP("Workbook", "Account"),
    "category": QT_TRANSLATE_NOOP("Workbook", "Category"),
    "forecast": QT_TRANSLATE_NOOP("Workbook", "Forecast"),
    "actual": QT_TRANSLATE_NOOP("Workbook", "Actual"),
    "variance": QT_TRANSLATE_NOOP("Workbook", "Variance"),
    "percent": QT_TRANSLATE_NOOP("Workbook", "% done"),
    "charges": QT_TRANSLATE_NOOP("Workbook", "Expenses"),
    "produits": QT_TRANSLATE_NOOP("Workbook", "Income"),
    "contributions": QT_TRANSLATE_NOOP("Workbook", "Voluntary contributions in kind"),
    "total_charges": QT_TRANSLATE_NOOP("Workbook", "Total expenses"),
    "total_produits": QT_TRANSLATE_NOOP("Workbook", "Total income"),
    "total": QT_TRANSLATE_NOOP("Workbook", "Total"),
    "result": QT_TRANSLATE_NOOP("Workbook", "Result of the year (income − expenses)"),
    "date": QT_TRANSLATE_NOOP("Workbook", "Date"),
    "kind": QT_TRANSLATE_NOOP("Workbook", "Kind"),
    "label": QT_TRANSLATE_NOOP("Workbook", "Label"),
    "payee": QT_TRANSLATE_NOOP("Workbook", "Payee or payer"),
    "receipt": QT_TRANSLATE_NOOP("Workbook", "Receipt"),
    "currency": QT_TRANSLATE_NOOP("Workbook", "Currency"),
    "foreign": QT_TRANSLATE_NOOP("Workbook", "Amount in currency"),
    "action": QT_TRANSLATE_NOOP("Workbook", "Action"),
    "c_forecast": QT_TRANSLATE_NOOP("Workbook", "Expenses forecast"),
    "c_actual": QT_TRANSLATE_NOOP("Workbook", "Expenses actual"),
    "p_forecast": QT_TRANSLATE_NOOP("Workbook", "Income forecast"),
    "p_actual": QT_TRANSLATE_NOOP("Workbook", "Income actual"),
    "balance": QT_TRANSLATE_NOOP("Workbook", "Balance (actual)"),
    "cerfa_title": QT_TRANSLATE_NOOP("Workbook", "Forecast budget of the action / association"),
    "amount": QT_TRANSLATE_NOOP("Workbook", "Amount"),
}
KIND_TEXT = {
    BudgetKind.CHARGE: QT_TRANSLATE_NOOP("Workbook", "expense"),
    BudgetKind.PRODUIT: QT_TRANSLATE_NOOP("Workbook", "income"),
    BudgetKind.CONTRIBUTION: QT_TRANSLATE_NOOP("Workbook", "in kind"),
}


def _identity(_context: str, text: str) -> str:
    return text


@dataclass
class BudgetWorkbook:
    commune: str
    year: int
    summary: BudgetSummary
    lines: list[BudgetRow]
    actions: list[tuple[str, int, int, int, int]]
    translate: Translate = _identity
    date_format: str = "DD/MM/YYYY"

    def t(self, key: str, **params: Any) -> str:
        text = self.translate("Workbook", T[key])
        return text.format(**params) if params else text

    def label(self, text: str) -> str:
        """Chart of accounts labels are translated in the "Chart" context."""
        return self.translate("Chart", text)


def _text(ws: Worksheet, row: int, column: int, value: str | None, **style: Any) -> None:
    """User text as text: never a formula, whatever its first character."""
    cell = ws.cell(row, column, value)
    if isinstance(value, str):
        cell.data_type = "s"
    for key, val in style.items():
        setattr(cell, key, val)


def _money(ws: Worksheet, row: int, column: int, value: Any, bold: bool = False) -> None:
    cell = ws.cell(row, column, value)
    cell.number_format = EURO
    if bold:
        cell.font = BOLD


def _header(ws: Worksheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        _text(
            ws,
            row,
            column,
            title,
            font=BOLD,
            fill=HEAD_FILL,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        )


def _print_setup(ws: Worksheet, title_rows: str, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows


def _widths(ws: Worksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _synthese(wb: Workbook, data: BudgetWorkbook) -> dict[str, str]:
    ws = wb.active
    ws.title = data.t("synthese")[:31]
    _text(ws, 1, 1, data.commune, font=Font(bold=True, size=14))
    _text(ws, 2, 1, data.t("title", year=data.year), font=Font(bold=True, size=12))
    # The same day format as the date cells (14/07/2026, 14.07.2026 or 2026-07-14).
    today = date.today().strftime(
        data.date_format.replace("DD", "%d").replace("MM", "%m").replace("YYYY", "%Y")
    )
    _text(ws, 3, 1, data.t("printed", date=today))
    _header(
        ws,
        5,
        [
            data.t("account"),
            data.t("category"),
            data.t("forecast"),
            data.t("actual"),
            data.t("variance"),
            data.t("percent"),
        ],
    )
    row = 6
    totals: dict[str, str] = {}
    for kind, heading, total_key in (
        (BudgetKind.CHARGE, "charges", "total_charges"),
        (BudgetKind.PRODUIT, "produits", "total_produits"),
        (BudgetKind.CONTRIBUTION, "contributions", "total"),
    ):
        _text(ws, row, 1, data.t(heading), font=BOLD)
        row += 1
        first = row
        for c in (c for c in data.summary.categories if c.kind is kind):
            _text(ws, row, 1, c.code)
            _text(ws, row, 2, data.label(c.label))
            _money(ws, row, 3, to_decimal(c.forecast_cents))
            _money(ws, row, 4, to_decimal(c.actual_cents))
            _money(ws, row, 5, f"=D{row}-C{row}")
            ws.cell(row, 6, f'=IF(C{row}=0,"",D{row}/C{row})').number_format = PERCENT
            row += 1
        last = row - 1
        _text(ws, row, 2, data.t(total_key), font=BOLD)
        for column in (3, 4):
            letter = get_column_letter(column)
            # Rows first to last, the one above included. A group with no account adds
            # nothing: SUM(C8:C7) would be read C7:C8, its heading and its own cell.
            total = f"=SUM({letter}{first}:{letter}{last})" if last >= first else 0
            _money(ws, row, column, total, bold=True)
        _money(ws, row, 5, f"=D{row}-C{row}", bold=True)
        ws.cell(row, 6, f'=IF(C{row}=0,"",D{row}/C{row})').number_format = PERCENT
        for column in range(1, 7):
            ws.cell(row, column).fill = TOTAL_FILL
            ws.cell(row, column).border = THIN
        totals[kind.value] = str(row)
        row += 2
    _text(ws, row, 2, data.t("result"), font=BOLD)
    charges, produits = totals["charge"], totals["produit"]
    _money(ws, row, 3, f"=C{produits}-C{charges}", bold=True)
    _money(ws, row, 4, f"=D{produits}-D{charges}", bold=True)
    totals["result"] = str(row)
    _widths(ws, [10, 46, 16, 16, 16, 11])
    ws.freeze_panes = "A6"
    _print_setup(ws, "5:5", landscape=False)
    return totals


def _detail(wb: Workbook, data: BudgetWorkbook) -> None:
    ws = wb.create_sheet(data.t("detail")[:31])
    headers = [
        data.t(k)
        for k in (
            "date",
            "kind",
            "account",
            "category",
            "label",
            "forecast",
            "actual",
            "payee",
            "receipt",
            "currency",
            "foreign",
            "action",
        )
    ]
    _header(ws, 1, headers)
    for row, line in enumerate(data.lines, start=2):
        cell = ws.cell(row, 1, line.entry_date)
        cell.number_format = data.date_format
        _text(ws, row, 2, data.translate("Workbook", KIND_TEXT[line.kind]))
        _text(ws, row, 3, line.category_code)
        _text(ws, row, 4, data.label(line.category_label))
        _text(ws, row, 5, line.label)
        _money(ws, row, 6, to_decimal(line.forecast_cents))
        _money(ws, row, 7, to_decimal(line.actual_cents))
        _text(ws, row, 8, line.payee)
        _text(ws, row, 9, line.receipt_ref)
        _text(ws, row, 10, line.currency)
        if line.foreign_amount is not None:
            ws.cell(row, 11, Decimal(line.foreign_amount)).number_format = "#,##0.00"
        _text(ws, row, 12, line.action)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:L{max(1, len(data.lines) + 1)}"
    longest = max([len(line.label) for line in data.lines] + [20])
    _widths(ws, [12, 10, 9, 34, min(60, longest + 2), 15, 15, 24, 12, 9, 14, 30])
    _print_setup(ws, "1:1", landscape=True)


def _actions(wb: Workbook, data: BudgetWorkbook) -> None:
    ws = wb.create_sheet(data.t("actions")[:31])
    _header(
        ws,
        1,
        [
            data.t("action"),
            data.t("c_forecast"),
            data.t("c_actual"),
            data.t("p_forecast"),
            data.t("p_actual"),
            data.t("balance"),
        ],
    )
    row = 2
    for name, cf, ca, pf, pa in data.actions:
        _text(ws, row, 1, name)
        for column, value in zip((2, 3, 4, 5), (cf, ca, pf, pa), strict=True):
            _money(ws, row, column, to_decimal(value))
        _money(ws, row, 6, f"=E{row}-C{row}")
        row += 1
    if data.actions:
        _text(ws, row, 1, data.t("total"), font=BOLD)
        for column in range(2, 7):
            letter = get_column_letter(column)
            _money(ws, row, column, f"=SUM({letter}2:{letter}{row - 1})", bold=True)
    ws.freeze_panes = "A2"
    _widths(ws, [44, 16, 16, 16, 16, 16])
    _print_setup(ws, "1:1", landscape=True)


def _cerfa(wb: Workbook, data: BudgetWorkbook) -> None:
    """Charges and produits side by side, 86 under charges and 87 under produits, as the
    subsidy form lays out its budget table; forecast amounts only."""
    ws = wb.create_sheet(data.t("cerfa")[:31])
    _text(ws, 1, 1, data.t("cerfa_title"), font=Font(bold=True, size=12))
    _text(ws, 2, 1, f"{data.commune} — {data.t('title', year=data.year)}")
    _header(ws, 4, [data.t("charges"), data.t("amount"), data.t("produits"), data.t("amount")])
    charges = [c for c in data.summary.categories if c.kind is BudgetKind.CHARGE]
    produits = [c for c in data.summary.categories if c.kind is BudgetKind.PRODUIT]
    kind_86 = [c for c in data.summary.categories if c.code == "86"]
    kind_87 = [c for c in data.summary.categories if c.code == "87"]
    height = max(len(charges), len(produits))
    for offset in range(height):
        row = 5 + offset
        if offset < len(charges):
            c = charges[offset]
            _text(ws, row, 1, f"{c.code} — {data.label(c.label)}")
            _money(ws, row, 2, to_decimal(c.forecast_cents))
        if offset < len(produits):
            p = produits[offset]
            _text(ws, row, 3, f"{p.code} — {data.label(p.label)}")
            _money(ws, row, 4, to_decimal(p.forecast_cents))
    total_row = 5 + height
    _text(ws, total_row, 1, data.t("total_charges"), font=BOLD)
    # Rows 5 to the one above; with no account at all, SUM(B5:B4) would hold its own cell.
    _money(ws, total_row, 2, f"=SUM(B5:B{total_row - 1})" if height else 0, bold=True)
    _text(ws, total_row, 3, data.t("total_produits"), font=BOLD)
    _money(ws, total_row, 4, f"=SUM(D5:D{total_row - 1})" if height else 0, bold=True)
    row = total_row + 1
    for c86, c87 in zip(kind_86, kind_87, strict=False):
        _text(ws, row, 1, f"{c86.code} — {data.label(c86.label)}")
        _money(ws, row, 2, to_decimal(c86.forecast_cents))
        _text(ws, row, 3, f"{c87.code} — {data.label(c87.label)}")
        _money(ws, row, 4, to_decimal(c87.forecast_cents))
        row += 1
    _text(ws, row, 1, data.t("total"), font=BOLD)
    in_kind = row > total_row + 1  # rows of 86/87 between the totals, else none to add
    for column, letter in ((2, "B"), (4, "D")):
        more = f"+SUM({letter}{total_row + 1}:{letter}{row - 1})" if in_kind else ""
        _money(ws, row, column, f"={letter}{total_row}{more}", bold=True)
    _text(ws, row, 3, data.t("total"), font=BOLD)
    for column in range(1, 5):
        ws.cell(total_row, column).fill = TOTAL_FILL
        ws.cell(row, column).fill = TOTAL_FILL
    _widths(ws, [46, 16, 46, 16])
    _print_setup(ws, "4:4", landscape=True)


def write_budget_workbook(path: Path, data: BudgetWorkbook) -> None:
    wb = Workbook()
    _synthese(wb, data)
    _detail(wb, data)
    _actions(wb, data)
    _cerfa(wb, data)
    with atomic_path(path) as tmp:
        wb.save(tmp)


def from_service(
    service: Any,
    commune: str,
    year: int,
    translate: Translate = _identity,
    date_format: str = "DD/MM/YYYY",
) -> BudgetWorkbook:
    """What the workbook needs, read from the budget service."""
    return BudgetWorkbook(
        commune=commune,
        year=year,
        summary=service.summary(year),
        lines=service.rows(BudgetQuery(year=year, sort="date")),
        actions=service.by_action(year),
        translate=translate,
        date_format=date_format,
    )
