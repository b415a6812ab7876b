"""Every CSV the app writes, read back as Excel and the app's own import read it.

UTF-8 with a byte order mark; in French ``;`` between cells, a decimal comma and
dd/mm/yyyy; in English ``,``, a decimal point and ISO days; the same bytes from
``export partners`` and ``list partners --format csv``. Expected cells are built here
from the services' values, never copied from the file.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from twinning_desk.cli import main
from twinning_desk.db.models import AgreementType, DatePrecision, PartnerStatus
from twinning_desk.export.csv_table import CsvStyle, csv_cell
from twinning_desk.export.partners import PARTNER_HEADERS, export_partners
from twinning_desk.imports.partner_words import AGREEMENT_LABELS, FOLDED_ALIASES, STATUS_VALUES
from twinning_desk.imports.partners import apply_plan, header_score, plan_import
from twinning_desk.imports.table import read_table
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.partners import (
    AGREEMENT_TYPE_LABELS,
    PARTNER_STATUS_LABELS,
    AgreementData,
    PartnerData,
    PartnerQuery,
)
from twinning_desk.services.text import fold
from twinning_desk.translation import install_translators, translate

BOM = b"\xef\xbb\xbf"


def read_csv(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(BOM)
    assert data.count(BOM) == 1
    text = data[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def sniffed_delimiter(data: bytes) -> str:
    header = data[len(BOM) :].decode("utf-8").splitlines()[0]
    return csv.Sniffer().sniff(header, delimiters=";,").delimiter


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """The demo commune, plus an ended partner and one known only by a year."""
    path = tmp_path / "demo.sqlite3"
    services = Services.open(path)
    try:
        load_demo(services)
        services.partners.save(
            PartnerData(
                name='=HYPERLINK("http://x")',
                country_code="DE",
                status=PartnerStatus.ENDED,
                agreements=[
                    AgreementData(
                        type=AgreementType.FRIENDSHIP, signed="06/1990", title="Pacte de 1990"
                    )
                ],
            )
        )
    finally:
        services.close()
    return path


def partner_rows(path: Path, lang: str = "fr") -> list[object]:
    services = Services.open(path, read_only=True)
    try:
        return list(services.partners.rows(PartnerQuery(locale=lang)))
    finally:
        services.close()


def test_french_partner_csv_reads_back_in_french_forms(
    capsysbinary: pytest.CaptureFixture[bytes], demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "partenaires.csv"
    assert main(["--lang", "fr", "export", "partners", str(out), "--db", str(demo_db)]) == 0
    data = out.read_bytes()
    assert sniffed_delimiter(data) == ";"
    rows = read_csv(data, ";")
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Partenaire", "Pays", "Statut du partenaire"]
    assert all(len(r) == len(header) for r in body)
    cells = {r[0]: r for r in body}
    expected = {r.name: r for r in partner_rows(demo_db)}  # type: ignore[attr-defined]
    assert set(cells) == {"'" + n if n.startswith("=") else n for n in expected}
    # "Łańcut" intact (UTF-8 with a BOM), its distance with a decimal comma and no
    # thousands separator (1593,5: Excel reads "1 593,5" as text).
    lancut, kenilworth = expected["Łańcut"], expected["Kenilworth"]
    distance = cells["Łańcut"][header.index("Distance (km)")]
    assert distance == f"{lancut.distance_km:.1f}".replace(".", ",")
    assert "." not in distance and " " not in distance and "\u202f" not in distance
    assert cells["Kenilworth"][header.index("Signé")] == "18/06/1977"
    day = kenilworth.last_exchange
    assert cells["Kenilworth"][header.index("Dernier échange")] == (
        f"{day.day:02d}/{day.month:02d}/{day.year}"
    )
    assert cells["Nida"][header.index("Statut du partenaire")] == "En prospection"
    # The formula guard on user text is kept; numbers are never guarded.
    assert '\'=HYPERLINK("http://x")' in cells
    assert cells['\'=HYPERLINK("http://x")'][header.index("Signé")] == "06/1990"
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")


def test_english_partner_csv_uses_english_forms(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "partners.csv"
    assert main(["--lang", "en", "export", "partners", str(out), "--db", str(demo_db)]) == 0
    data = out.read_bytes()
    assert sniffed_delimiter(data) == ","
    rows = read_csv(data, ",")
    header = rows[0]
    assert header[:3] == ["Partner", "Country", "Partner status"]
    cells = {r[0]: r for r in rows[1:]}
    lancut = next(r for r in partner_rows(demo_db, "en") if r.name == "Łańcut")  # type: ignore[attr-defined]
    assert cells["Łańcut"][header.index("Distance (km)")] == f"{lancut.distance_km:.1f}"
    assert cells["Łańcut"][header.index("Country")] == "Poland"
    assert cells["Kenilworth"][header.index("Signed")] == "1977-06-18"
    assert cells["Kenilworth"][header.index("Last exchange")] == (
        lancut.last_exchange
        and next(  # type: ignore[attr-defined]
            r.last_exchange.isoformat()  # type: ignore[attr-defined]
            for r in partner_rows(demo_db, "en")
            if r.name == "Kenilworth"  # type: ignore[attr-defined]
        )
    )


@pytest.mark.parametrize(
    ("lang", "delimiter", "signed"),
    [("fr", ";", "18/06/1977"), ("de", ";", "18.06.1977"), ("en", ",", "1977-06-18")],
)
def test_list_csv_gives_the_very_bytes_of_the_export(
    capsysbinary: pytest.CaptureFixture[bytes],
    demo_db: Path,
    tmp_path: Path,
    lang: str,
    delimiter: str,
    signed: str,
) -> None:
    out = tmp_path / "p.csv"
    assert main(["--lang", lang, "export", "partners", str(out), "--db", str(demo_db)]) == 0
    capsysbinary.readouterr()
    code = main(["--lang", lang, "list", "partners", "--format", "csv", "--db", str(demo_db)])
    assert code == 0
    listed = capsysbinary.readouterr().out
    assert listed == out.read_bytes()
    rows = read_csv(listed, delimiter)
    kenilworth = next(r for r in rows if r[0] == "Kenilworth")
    assert signed in kenilworth


def test_decimal_mark_option_overrides_the_language(
    capsysbinary: pytest.CaptureFixture[bytes], demo_db: Path, tmp_path: Path
) -> None:
    """A French desk with an English Excel: a dot, "," between cells, French days."""
    out = tmp_path / "p.csv"
    args = ["--lang", "fr", "export", "partners", str(out), "--decimal-mark", "dot"]
    assert main([*args, "--db", str(demo_db)]) == 0
    rows = read_csv(out.read_bytes(), ",")
    lancut = next(r for r in partner_rows(demo_db) if r.name == "Łańcut")  # type: ignore[attr-defined]
    row = next(r for r in rows if r[0] == "Łańcut")
    assert f"{lancut.distance_km:.1f}" in row
    assert "18/06/1977" in next(r for r in rows if r[0] == "Kenilworth")
    capsysbinary.readouterr()
    code = main(
        [
            "--lang",
            "en",
            "list",
            "budget",
            "--year",
            str(date.today().year),
            "--format",
            "csv",
            "--decimal-mark",
            "comma",
            "--db",
            str(demo_db),
        ]
    )
    assert code == 0
    rows = read_csv(capsysbinary.readouterr().out, ";")
    amounts = [cell for row in rows[1:] for cell in row[2:4]]
    assert amounts and all("," in a and "." not in a for a in amounts)


@pytest.mark.parametrize(
    ("value", "fr", "en", "de"),
    [
        (650.7, "650,7", "650.7", "650,7"),
        (1593.5, "1593,5", "1593.5", "1593,5"),
        (-12.5, "-12,5", "-12.5", "-12,5"),
        (45.123456, "45,123456", "45.123456", "45,123456"),
        (0.0, "0", "0", "0"),
        (1234567, "1234567", "1234567", "1234567"),
        (date(1977, 6, 18), "18/06/1977", "1977-06-18", "18.06.1977"),
        (date(2026, 1, 1), "01/01/2026", "2026-01-01", "01.01.2026"),
        ("=1+1", "'=1+1", "'=1+1", "'=1+1"),
        ("-2+3 C", "'-2+3 C", "'-2+3 C", "'-2+3 C"),
        ("Łańcut", "Łańcut", "Łańcut", "Łańcut"),
        (None, "", "", ""),
    ],
)
def test_each_kind_of_cell_in_three_languages(value: object, fr: str, en: str, de: str) -> None:
    for lang, expected in (("fr", fr), ("en", en), ("de", de)):
        assert csv_cell(value, CsvStyle.for_language(lang)) == expected


def test_amounts_keep_two_decimals_and_the_separator_follows_the_mark() -> None:
    assert csv_cell(Decimal("1234.5"), CsvStyle.for_language("fr")) == "1234,50"
    assert csv_cell(Decimal("-0.05"), CsvStyle.for_language("en")) == "-0.05"
    assert CsvStyle.for_language("fr").delimiter == ";"
    assert CsvStyle.for_language("pl").delimiter == ";"
    assert CsvStyle.for_language("en").delimiter == ","
    assert CsvStyle.for_language("en", ",").delimiter == ";"
    assert CsvStyle.for_language("de", ".").delimiter == ","


def _snapshot(path: Path) -> list[tuple[object, ...]]:
    services = Services.open(path, read_only=True)
    try:
        return sorted(
            (
                r.name,
                r.country_code,
                r.status,
                r.agreement_type,
                r.agreement_title,
                r.signed.format("en") if r.signed else None,
                r.last_exchange,
            )
            for r in services.partners.rows(PartnerQuery())
        )
    finally:
        services.close()


@pytest.mark.parametrize("lang", ["fr", "en", "de", "it", "es", "pl"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_partners(
    demo_db: Path, tmp_path: Path, lang: str, suffix: str
) -> None:
    """Names, countries, statuses (prospect, ended), agreement types and titles, signing
    dates as precise as they were typed, last exchanges: all come back."""
    source = Services.open(demo_db)
    try:  # a last exchange known only as a year, as an imported list gave it
        nida = next(r for r in source.partners.rows() if r.name == "Nida")
        data = source.partners.get(nida.id)
        data.last_exchange_noted = date(2024, 12, 31)
        data.last_exchange_precision = DatePrecision.YEAR
        source.partners.save(data)
        out = tmp_path / f"partners{suffix}"
        export_partners(
            out,
            source.partners.rows(PartnerQuery(locale=lang)),
            source.partners.agreement_rows(),
            _translator(lang),
            lang,
        )
    finally:
        source.close()
    expected = _snapshot(demo_db)
    assert ("Nida", "LT", PartnerStatus.PROSPECT) == expected[
        [e[0] for e in expected].index("Nida")
    ][:3]
    target = tmp_path / "other.sqlite3"
    other = Services.open(target)
    try:
        plan = plan_import(read_table(out, header_score), other.partners)
        assert plan is not None and not plan.missing_columns
        apply_plan(plan, other.partners)
    finally:
        other.close()
    assert _snapshot(target) == expected


def _translator(lang: str) -> Callable[[str, str], str]:
    """The app's catalogue for ``lang``, as the GUI and the command line install it."""
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translators(app, lang)
    return translate


TRANSLATIONS = Path(__file__).parents[1] / "translations"
LANGUAGES = ("en", "fr", "de", "it", "es", "pl")


def catalogue(lang: str, context: str) -> dict[str, str]:
    """source -> translation of one context of a .ts file (English: the source)."""
    root = ET.parse(TRANSLATIONS / f"twinning_desk_{lang}.ts").getroot()
    found: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            found[source] = (message.findtext("translation") or "") if lang != "en" else source
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_importer_knows_the_exports_words_in_each_language(lang: str) -> None:
    """The importer's tables of the export's own words follow the catalogues: a label
    retranslated without them would no longer round-trip."""
    labels = catalogue(lang, "Labels")
    for status, source in PARTNER_STATUS_LABELS.items():
        assert STATUS_VALUES.get(fold(labels[source])) is status, labels[source]
    for kind, source in AGREEMENT_TYPE_LABELS.items():
        assert AGREEMENT_LABELS.get(fold(labels[source])) is kind, labels[source]
    headers = catalogue(lang, "Export")
    fields = {
        "Partner": "name",
        "Country": "country",
        "Partner status": "partner_status",
        "Current agreement": "type",
        "Signed": "signed",
        "Last exchange": "last_exchange",
    }
    assert set(fields) <= set(PARTNER_HEADERS)
    for source, field in fields.items():
        key = fold(headers[source])
        assert [f for f, names in FOLDED_ALIASES.items() if key in names][:1] == [field], key
