"""Read a sheet of an .xlsx or a .csv into header + rows, whatever Excel did to it.

Excel on Windows writes CSV in Windows-1252 with ``;`` separators in French locales; an
.xlsx may hold formulas (their last computed value is read), merged cells (the top-left
value is read), hidden sheets and hidden rows (skipped, and counted so the preview can
say so). Committees put a title and a date above the header: the header is the row,
among the first ones, that names the most known columns.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from twinning_desk.core.text import is_guarded
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

MAX_FILE_BYTES = 200_000_000
HEADER_SEARCH_ROWS = 15
# Limits that keep a hostile or mistaken file from filling the memory (a 3.7 MB .xlsx can
# inflate to gigabytes); each refusal names its limit.
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 1_000_000
MAX_MEMBER_BYTES = 100_000_000  # one file inside the .xlsx, uncompressed
MAX_UNZIPPED_BYTES = 300_000_000  # all of them
MAX_RATIO = 100  # uncompressed / compressed, for members over 1 MB
# Above this (uncompressed sheet XML) a sheet is streamed: merged cells are not filled.
FULL_LOAD_BYTES = 10_000_000

# How many known columns a candidate header row names; None reads the first row.
HeaderScore = Callable[[list[str]], int]


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as the user sees it, values)
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)  # visible sheets, for the user to pick
    header_row: int = 1
    hidden_rows: int = 0  # rows hidden in Excel, skipped


@dataclass
class _Sheet:
    name: str
    records: list[list[Any]]
    hidden: set[int] = field(default_factory=set)  # 1-based row numbers


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _delimiter(sample: str, score: HeaderScore | None = None) -> str:
    """The separator of a CSV: the one whose header names the most known columns, else
    the one most lines use (a title line above the header has none, which throws the
    standard sniffer off; and a quote inside a name is not a quote character)."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    candidates = (";", "\t", ",", "|")
    if score is not None:
        best_points, chosen = 0, ""
        for candidate in candidates:
            try:
                rows = list(csv.reader(lines[:HEADER_SEARCH_ROWS], delimiter=candidate))
            except csv.Error:
                continue
            points = max((score([c.strip() for c in row]) for row in rows), default=0)
            if points > best_points:
                best_points, chosen = points, candidate
        if chosen:
            return chosen
    best, best_lines = ";", 0
    for candidate in candidates:
        used = sum(1 for line in lines if candidate in line)
        if used > best_lines:
            best, best_lines = candidate, used
    return best


def _encoding(path: Path) -> str:
    """UTF-8 when the whole file decodes as such, else Windows-1252 (Excel's French
    CSV). Read in chunks: the file is never held twice in memory."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def _too_many_rows() -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP(
            "Validation",
            "the sheet has more than {limit} rows, more than a committee’s list; split it.",
        ),
        limit=f"{MAX_ROWS:,}".replace(",", "\u00a0"),
    )


def _check_row(values: list[Any], number: int) -> None:
    if len(values) > MAX_COLUMNS:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("Validation", "row {row} has more than {limit} columns."),
            row=number,
            limit=MAX_COLUMNS,
        )


def _read_csv(path: Path, score: HeaderScore | None = None) -> list[_Sheet]:
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _read_text(path, "utf-16", score)  # Excel's "Unicode text"
    if b"\x00" in head:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Validation", "this file is not a spreadsheet or a CSV text.")
        )
    return _read_text(path, _encoding(path), score)


def _read_text(path: Path, encoding: str, score: HeaderScore | None) -> list[_Sheet]:
    with path.open(encoding=encoding, errors="replace", newline="") as text:
        dialect = csv.excel()
        dialect.delimiter = _delimiter(text.read(20_000), score)
        text.seek(0)
        previous = csv.field_size_limit(MAX_CELL_CHARS)
        records: list[list[Any]] = []
        try:
            for values in csv.reader(text, dialect):
                if len(records) >= MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise _too_many_rows()
                _check_row(values, len(records) + 1)
                records.append([_unguarded(value) for value in values])
        except csv.Error as exc:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "near row {row}, a cell holds more than {limit} characters, or a quote "
                    "is never closed.",
                ),
                row=len(records) + 1,
                limit=f"{MAX_CELL_CHARS:,}".replace(",", "\u00a0"),
            ) from exc
        finally:
            csv.field_size_limit(previous)
    return [_Sheet(path.stem, records)]


def _cell_too_big(row: int) -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP("Validation", "a cell of row {row} holds more than {limit} characters."),
        row=row,
        limit=f"{MAX_CELL_CHARS:,}".replace(",", "\u00a0"),
    )


def _hostile_xml() -> ValidationError:
    return ValidationError(
        "file",
        QT_TRANSLATE_NOOP(
            "Validation",
            "this workbook holds XML that points outside itself or expands without end: "
            "it is refused, as a hostile file would be.",
        ),
    )


def _check_zip(path: Path) -> dict[str, int]:
    """Refuse a workbook that inflates beyond reason before anything unpacks it; the
    uncompressed size of each member, by name."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("Validation", "this file is not a readable Excel workbook."),
        ) from exc
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if (
            member.file_size > MAX_MEMBER_BYTES
            or total > MAX_UNZIPPED_BYTES
            or (member.file_size > 1_000_000 and ratio > MAX_RATIO)
        ):
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "this workbook unpacks to more than {limit} MB (or {ratio} times its "
                    "size): it is refused, as a damaged or hostile file would be.",
                ),
                limit=MAX_MEMBER_BYTES // 1_000_000,
                ratio=MAX_RATIO,
            )
    return {member.filename: member.file_size for member in members}


def _unguarded(value: str) -> str:
    """The text without the quote that our CSV writer (export.spreadsheet.csv_safe) puts
    before a value starting like a formula: "'-2+3 C" is read as "-2+3 C". Exactly one
    quote goes, and only before quotes and a formula start, so that any text comes back
    as it was written ("'=x" was written "''=x"); "'s-Hertogenbosch" keeps its quote."""
    if is_guarded(value):
        return value[1:]
    return value


def _read_xlsx(path: Path) -> list[_Sheet]:
    from openpyxl import load_workbook

    sizes = _check_zip(path)
    biggest = max((n for f, n in sizes.items() if f.startswith("xl/worksheets/")), default=0)
    # Merged cells are only known to a fully loaded sheet, which costs a hundred times
    # the file in memory: big sheets are streamed instead.
    streamed = biggest > FULL_LOAD_BYTES
    # Our own handle: openpyxl leaves its file open when a sheet is refused mid-parse.
    with path.open("rb") as handle:
        try:
            wb = load_workbook(handle, data_only=True, read_only=streamed)
        except DefusedXmlException as exc:
            raise _hostile_xml() from exc
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            if isinstance(exc.__cause__, DefusedXmlException):  # openpyxl wraps it
                raise _hostile_xml() from exc
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("Validation", "this file is not a readable Excel workbook."),
            ) from exc
        try:
            return _sheets_of(wb, streamed)
        except DefusedXmlException as exc:
            raise _hostile_xml() from exc
        finally:
            wb.close()


def _sheets_of(wb: Any, streamed: bool) -> list[_Sheet]:
    found: list[_Sheet] = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        merged = {}
        for cell_range in () if streamed else ws.merged_cells.ranges:
            top_left = ws.cell(cell_range.min_row, cell_range.min_col).value
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                for col in range(cell_range.min_col, cell_range.max_col + 1):
                    merged[(row, col)] = top_left
        records: list[list[Any]] = []
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if r > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows()
            values = list(row)
            _check_row(values, r)
            if any(isinstance(v, str) and len(v) > MAX_CELL_CHARS for v in values):
                raise _cell_too_big(r)
            for c in range(len(values)):
                if (r, c + 1) in merged:
                    values[c] = merged[(r, c + 1)]
            records.append(values)
        hidden = set() if streamed else {r for r, dim in ws.row_dimensions.items() if dim.hidden}
        found.append(_Sheet(ws.title, records, hidden))
    return found


def _blank(values: list[Any]) -> bool:
    return all(v is None or str(v).strip() == "" for v in values)


def _header_index(records: list[list[Any]], score: HeaderScore | None) -> tuple[int, int]:
    """(index of the header row, its score): the best of the first rows, else the first."""
    first = next((i for i, values in enumerate(records) if not _blank(values)), -1)
    if first < 0 or score is None:
        return first, 0
    best, best_score = first, 0
    for i in range(first, min(len(records), first + HEADER_SEARCH_ROWS)):
        headers = ["" if v is None else str(v).strip() for v in records[i]]
        points = score(headers)
        if points > best_score:
            best, best_score = i, points
    return best, best_score


def _table(sheet: _Sheet, score: HeaderScore | None, names: list[str]) -> Table:
    records = sheet.records
    start, _points = _header_index(records, score)
    if start < 0:
        return Table([], [], sheet.name, names)
    raw = ["" if v is None else str(v).strip() for v in records[start]]
    # Trailing empty columns (formatting dragged far to the right) are not columns.
    while raw and not raw[-1]:
        raw.pop()
    rows: list[tuple[int, list[Any]]] = []
    hidden = 0
    for number, values in enumerate(records[start + 1 :], start=start + 2):
        if _blank(values):
            continue
        if number in sheet.hidden:
            hidden += 1
            continue
        rows.append((number, values))
    return Table(raw, rows, sheet.name, names, start + 1, hidden)


def read_table(path: Path, score: HeaderScore | None = None, sheet: str | None = None) -> Table:
    """The sheet asked for, else the first whose header ``score`` recognises (else the
    first visible sheet); a file that cannot be read raises a ValidationError."""
    sheets = _read_sheets(Path(path), score)
    names = [s.name for s in sheets]
    if not sheets:
        return Table([], [], "", names)
    chosen = next((s for s in sheets if s.name == sheet), None)
    if chosen is None and score is not None:
        for candidate in sheets:
            if _header_index(candidate.records, score)[1] > 0:
                chosen = candidate
                break
    return _table(chosen or sheets[0], score, names)


def _read_sheets(path: Path, score: HeaderScore | None = None) -> list[_Sheet]:
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
    return _read_csv(path, score)


def map_headers(
    headers: list[str], aliases: dict[str, set[str]], fold: Callable[[str], str]
) -> dict[str, int]:
    """Column index for each known field, from French or English header names."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = fold(header)
        for name, spellings in aliases.items():
            if key in spellings and name not in mapping:
                mapping[name] = index
                break
    return mapping
