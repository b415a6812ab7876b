"""Plain tables to .xlsx and .csv, with user text that can never become a formula."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from twinning_desk.core.text import needs_guard
from twinning_desk.export.atomic import atomic_path


@dataclass
class Sheet:
    title: str
    headers: list[str]
    rows: list[Sequence[Any]]
    widths: list[int] = field(default_factory=list)
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> format


def csv_safe(value: Any) -> Any:
    """OWASP's advice for CSV: a leading quote keeps "=cmd|..." as text in Excel.

    Only text is quoted: a number, negative or not, is written as a number (-12.5) and
    Excel reads it as one. Text that merely starts with "-" ("-2+3 C") is quoted too, as
    Excel would try to compute it; the quote shows in Excel, and our own CSV reader
    (:mod:`twinning_desk.imports.table`) takes it off again."""
    if isinstance(value, str) and needs_guard(value):
        return "'" + value
    return value


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title[:31])
        ws.append(sheet.headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([_xlsx_value(v) for v in row])
            for cell in ws[ws.max_row]:
                # openpyxl turns any string starting with "=" into a formula: not user text.
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        for col, fmt in sheet.number_formats.items():
            for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
                cell.number_format = fmt
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
        for index, header in enumerate(sheet.headers):
            width = sheet.widths[index] if index < len(sheet.widths) else 0
            if not width:
                longest = max(
                    [len(str(header))]
                    + [len(str(r[index] or "")) for r in sheet.rows[:2000] if index < len(r)]
                )
                width = min(60, max(8, longest + 2))
            ws.column_dimensions[get_column_letter(index + 1)].width = width
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, (int, float, Decimal, date, datetime)) or value is None:
        return value
    return str(value)


def write_csv(
    path: Path, headers: list[str], rows: list[Sequence[Any]], delimiter: str = ";"
) -> None:
    """UTF-8 with a BOM and ``;``: what Excel in a French locale opens correctly."""
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(headers)
            for row in rows:
                writer.writerow(["" if v is None else csv_safe(v) for v in row])
