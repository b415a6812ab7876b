"""The attack catalogue: files a committee may be sent, or make by mistake, and what each
must answer. Every one is refused with a sentence naming the limit, quickly and in bounded
memory, and changes nothing. Add a generator here when a new kind of file appears."""

from __future__ import annotations

import codecs
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from twinning_desk.core.errors import ValidationError
from twinning_desk.imports.table import MAX_ROWS, read_table

SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def minimal_xlsx(path: Path, sheet_xml: bytes | str, compress: int = zipfile.ZIP_DEFLATED) -> None:
    """A workbook by hand, so that its insides can be whatever an attacker wants."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
            '://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxml'
            'formats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Partenaires" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http'
            '://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
    }
    with zipfile.ZipFile(path, "w", compress) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def refused(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(ValidationError) as error:
        read_table(path)
    assert time.monotonic() - started < 5, "a refusal must be quick"
    return error.value.render()


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    # 150 MB of one repeated row, which compresses to a few hundred kB.
    row = '<row><c t="inlineStr"><is><t>Łódź</t></is></c></row>'
    body = SHEET_HEAD + row * (150_000_000 // len(row)) + "</sheetData></worksheet>"
    minimal_xlsx(path, body)
    assert path.stat().st_size < 5_000_000
    message = refused(path)
    assert "unpacks to more than 100 MB" in message


def test_billion_laughs_and_external_entities_are_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>'
    )
    minimal_xlsx(tmp_path / "rires.xlsx", laughs)
    assert "refused, as a hostile file would be" in refused(tmp_path / "rires.xlsx")
    secret = tmp_path / "secret.txt"
    secret.write_text("mot de passe")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    )
    minimal_xlsx(tmp_path / "xxe.xlsx", xxe)
    assert "refused, as a hostile file would be" in refused(tmp_path / "xxe.xlsx")


def test_a_million_rows_are_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nom;Pays\n")
        for i in range(1_000_000):
            handle.write(f"Ville {i};Pologne\n")
    message = refused(path)
    assert f"{MAX_ROWS:,}".replace(",", "\u00a0") in message


def test_a_huge_cell_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "cellule.csv"
    path.write_text("Nom;Pays;Notes\nŁódź;Pologne;" + "x" * 10_000_000 + "\n", encoding="utf-8")
    message = refused(path)
    assert "row 2" in message and "characters" in message


def test_excel_unicode_text_is_read(tmp_path: Path) -> None:
    """Excel's "Texte Unicode": UTF-16 with a BOM, tab separated. A real list, not an attack."""
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Nom\tPays\r\nŁódź\tPologne\r\n".encode("utf-16-le"))
    table = read_table(path)
    assert table.headers == ["Nom", "Pays"]
    assert table.rows == [(2, ["Łódź", "Pologne"])]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("tronque.xlsx", b"PK\x03\x04" + b"\x00" * 40, "not a readable Excel workbook"),
        ("image.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a readable Excel workbook"),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a spreadsheet or a CSV"),
        ("vide.csv", b"", "the file is empty"),
    ],
)
def test_broken_or_disguised_files_are_named(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in refused(path)


PEAK = """
import sys
from pathlib import Path
from twinning_desk.core.errors import ValidationError
from twinning_desk.imports.table import read_table
try:
    read_table(Path(sys.argv[1]))
except ValidationError:
    pass
# VmHWM belongs to this program's memory since exec (ru_maxrss would count the parent's).
for line in Path("/proc/self/status").read_text().splitlines():
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) // 1024)
"""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc")
def test_peak_memory_of_a_refused_bomb_stays_small(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    row = '<row><c t="inlineStr"><is><t>Łódź</t></is></c></row>'
    minimal_xlsx(path, SHEET_HEAD + row * (99_000_000 // len(row)) + "</sheetData></worksheet>")
    # And a big CSV: read row by row up to the row limit.
    big_csv = tmp_path / "grand.csv"
    with big_csv.open("w", encoding="utf-8") as handle:
        handle.write("Nom;Pays\n")
        for i in range(1_000_000):
            handle.write(f"Ville {i};Pologne\n")
    for hostile in (path, big_csv):
        result = subprocess.run(
            [sys.executable, "-c", PEAK, str(hostile)], capture_output=True, text=True, check=True
        )
        peak_mib = int(result.stdout.strip())
        assert 0 < peak_mib < 500, f"{hostile.name}: {peak_mib} MiB"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_exports_get_the_usual_permissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from twinning_desk.export import atomic

    monkeypatch.setattr(atomic, "UMASK", 0o022)  # as read at start from a usual session
    target = tmp_path / "budget.xlsx"
    with atomic.atomic_path(target) as tmp:
        tmp.write_text("x")
    assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
    target.chmod(0o640)
    with atomic.atomic_path(target) as tmp:
        tmp.write_text("y")
    assert target.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its mode
