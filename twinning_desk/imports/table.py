"""Read the first sheet of an .xlsx or a .csv into header + rows, whatever Excel did to it.

Excel on Windows writes CSV in Windows-1252 with ``;`` separators in French locales; an
.xlsx may hold formulas (their last computed value is read), merged cells (the top-left
value is read) and hidden sheets (skipped).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

MAX_FILE_BYTES = 200_000_000


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as the user sees it, values)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Validation", "this file is not a spreadsheet or a CSV text.")
        )
    text = _decode(raw)
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        first = sample.splitlines()[0] if sample else ""
        if first.count(";") > first.count(","):
            dialect = csv.excel()
            dialect.delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    records = list(reader)
    return _table(records)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        # Not read-only: merged cells are only known to a fully loaded sheet.
        wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "Validation", "this file is not a readable Excel workbook ({reason})."
            ),
            reason=type(exc).__name__,
        ) from exc
    try:
        sheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        if not sheets:
            return Table([], [])
        ws = sheets[0]
        merged = {}
        for cell_range in ws.merged_cells.ranges:
            top_left = ws.cell(cell_range.min_row, cell_range.min_col).value
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for col in range(cell_range.min_col, cell_range.max_col + 1):
                    merged[(row, col)] = top_left
        records: list[list[Any]] = []
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            values = list(row)
            for c in range(len(values)):
                if (r, c + 1) in merged:
                    values[c] = merged[(r, c + 1)]
            records.append(values)
        return _table(records)
    finally:
        wb.close()


def _table(records: list[list[Any]]) -> Table:
    def blank(values: list[Any]) -> bool:
        return all(v is None or str(v).strip() == "" for v in values)

    start = 0
    while start < len(records) and blank(records[start]):
        start += 1
    if start >= len(records):
        return Table([], [])
    headers = ["" if v is None else str(v).strip() for v in records[start]]
    rows = [
        (number, values)
        for number, values in enumerate(records[start + 1 :], start=start + 2)
        if not blank(values)
    ]
    return Table(headers, rows)


def read_table(path: Path) -> Table:
    """The first visible sheet; a file that cannot be read raises a ValidationError."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Validation", "{path} does not exist."), path=str(path)
        )
    if path.stat().st_size == 0:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Validation", "the file is empty."))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Validation", "the file is larger than 200 MB.")
        )
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic == b"PK\x03\x04":
        return _read_xlsx(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Validation", "this file is not a readable Excel workbook.")
        )
    if path.suffix.lower() == ".xls":
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "Validation", "old .xls files are not supported: save it as .xlsx or .csv in Excel."
            ),
        )
    return _read_csv(path)


def map_headers(
    headers: list[str], aliases: dict[str, set[str]], fold: Callable[[str], str]
) -> dict[str, int]:
    """Column index for each known field, from French or English header names."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = fold(header)
        for field, names in aliases.items():
            if key in names and field not in mapping:
                mapping[field] = index
                break
    return mapping
