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


LIST_FONT = "Arial"  # named on every style: a style without one prints in a serif font


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    """Each sheet as a plain list: bold headings repeated on every printed page, A4
    landscape fitted to the width. Written in openpyxl's write-only mode with one named
    style per column, each column's styled cell made once and reused row after row (a
    write-only row is written out as soon as it is appended)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, NamedStyle, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    styles: dict[str, str] = {}

    def style(number_format: str, head: bool = False) -> str:
        key = "head" if head else number_format
        if key not in styles:
            name = f"TD List {len(styles) + 1}"
            wb.add_named_style(
                NamedStyle(
                    name=name,
                    font=Font(name=LIST_FONT, size=10, bold=head),
                    fill=PatternFill("solid", fgColor="DDE6F0") if head else PatternFill(),
                    number_format=number_format,
                )
            )
            styles[key] = name
        return styles[key]

    for sheet in sheets:
        ws = wb.create_sheet(sheet.title[:31])
        for index, header in enumerate(sheet.headers):
            width = sheet.widths[index] if index < len(sheet.widths) else 0
            if not width:
                longest = max(
                    [len(str(header))]
                    + [len(str(r[index] or "")) for r in sheet.rows[:2000] if index < len(r)]
                )
                width = min(60, max(8, longest + 2))
            ws.column_dimensions[get_column_letter(index + 1)].width = width
        ws.freeze_panes = "A2"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "1:1"
        head_style = style("General", head=True)
        heads = []
        for header in sheet.headers:
            cell = WriteOnlyCell(ws, str(header))
            cell.data_type = "s"
            cell.style = head_style
            heads.append(cell)
        ws.append(heads)
        width = max([len(sheet.headers)] + [len(r) for r in sheet.rows])
        cells = []
        for column in range(width):
            cell = WriteOnlyCell(ws)
            cell.style = style(sheet.number_formats.get(column, "General"))
            cells.append(cell)
        for row in sheet.rows:
            out: list[Any] = []
            for cell, raw in zip(cells, row, strict=False):
                value = _xlsx_value(raw)
                if value is None:
                    out.append(None)
                    continue
                cell.value = value
                if isinstance(value, str):
                    # openpyxl turns any string starting with "=" into a formula: not user text.
                    cell.data_type = "s"
                out.append(cell)
            ws.append(out)
        if sheet.rows:
            last = get_column_letter(max(1, width))
            ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
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
