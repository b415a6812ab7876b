"""The .ts files cover every string in the code, French and German are complete, .qm load."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from twinning_desk.paths import translations_dir
from twinning_desk.translation import install_translators

ROOT = Path(__file__).resolve().parent.parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("lang", ["fr", "de", "en"])
def test_every_message_is_translated(lang: str) -> None:
    unfinished = [
        key
        for key, message in messages(translations_dir() / f"twinning_desk_{lang}.ts").items()
        if (t := message.find("translation")) is None
        or t.get("type") == "unfinished"
        or not ((t.text or "").strip() or len(t))
    ]
    assert unfinished == []


def _lupdate() -> str | None:
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    return shutil.which("pyside6-lupdate")


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "twinning_desk").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = set(messages(fresh))
    in_ts = set(messages(translations_dir() / "twinning_desk_fr.ts"))
    assert in_code - in_ts == set(), "run tools/update_translations.sh and translate"
    # Marker functions that lupdate cannot see would leave bogus empty contexts.
    assert not [key for key in in_code if not key[0]]


def test_french_and_german_catalogues_load(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translators(app, "fr")
        assert QCoreApplication.translate("MainWindow", "&Partners") == "&Partenaires"
        assert QCoreApplication.translate("Labels", "Twinning charter") == "Charte de jumelage"
        assert QCoreApplication.translate("PartnersTab", "%n partner(s)", "", 2) == "2 partenaires"
        assert install_translators(app, "de")
        assert QCoreApplication.translate("MainWindow", "&Partners") == "&Partner"
    finally:
        install_translators(app, "none")


def test_validation_message_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    from twinning_desk.services.dates import parse_fuzzy_date
    from twinning_desk.services.errors import ValidationError

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    try:
        with pytest.raises(ValidationError) as info:
            parse_fuzzy_date("signed", "31/02/1990")
        assert info.value.render(QCoreApplication.translate) == (
            "Date de signature : le 31/02/1990 n’existe pas."
        )
    finally:
        install_translators(app, "none")
