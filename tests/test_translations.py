"""The six .ts files cover every string in the code, are complete and keep the placeholders
of their source; the compiled .qm load, Polish plurals have their three forms, and the
system locale picks the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from twinning_desk.paths import translations_dir
from twinning_desk.translation import (
    LANGUAGE_NAMES,
    LANGUAGES,
    choose_language,
    install_translators,
    system_language,
)

ROOT = Path(__file__).resolve().parent.parent
# Plural forms Qt expects per language (Linguist's numerus rules).
PLURAL_FORMS = {"fr": 2, "en": 2, "de": 2, "it": 2, "es": 2, "pl": 3}
# What must survive translation: {name}, {day:02d}, %n, %1 and HTML tags.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|</?[a-zA-Z][^<>]*>")


@cache
def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def catalogue(lang: str) -> dict[tuple[str, str], ET.Element]:
    return messages(translations_dir() / f"twinning_desk_{lang}.ts")


def translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form."""
    t = message.find("translation")
    if t is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in t.findall("numerusform")]
    return [t.text or ""]


def test_the_six_languages_are_offered() -> None:
    assert set(LANGUAGES) == {"fr", "en", "de", "it", "es", "pl"}
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGE_NAMES["pl"] == "Polski" and LANGUAGE_NAMES["it"] == "Italiano"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    unfinished = [
        key
        for key, message in catalogue(lang).items()
        if (t := message.find("translation")) is None
        or t.get("type") == "unfinished"
        or not all(text.strip() for text in translations(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_messages_have_every_form(lang: str) -> None:
    wrong = [
        key
        for key, message in catalogue(lang).items()
        if message.get("numerus") == "yes" and len(translations(message)) != PLURAL_FORMS[lang]
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang: str) -> None:
    wrong = []
    for (context, source), message in catalogue(lang).items():
        expected = sorted(_PLACEHOLDER.findall(source))
        for text in translations(message):
            if sorted(_PLACEHOLDER.findall(text)) != expected:
                wrong.append((context, source, text))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_one_accelerator_where_the_source_has_one(lang: str) -> None:
    def accelerators(text: str) -> int:
        return len(re.findall(r"&[^&\s]", text.replace("&&", "")))

    wrong = [
        (context, source, text)
        for (context, source), message in catalogue(lang).items()
        for text in translations(message)
        if accelerators(text) != accelerators(source)
    ]
    assert wrong == []


def _lupdate() -> str | None:
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (scripts / name).exists():
            return str(scripts / name)
    return shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "twinning_desk").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    return set(messages(fresh))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_hold_every_string_of_the_code(
    strings_in_code: set[tuple[str, str]], lang: str
) -> None:
    in_ts = set(catalogue(lang))
    assert strings_in_code - in_ts == set(), "run tools/update_translations.sh and translate"
    # Marker functions that lupdate cannot see would leave bogus empty contexts.
    assert not [key for key in strings_in_code if not key[0]]


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


def test_italian_spanish_and_polish_catalogues_load(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    assert app is not None
    tr = QCoreApplication.translate
    try:
        assert install_translators(app, "it")
        assert tr("Labels", "Twinning anniversary") == "Anniversario del gemellaggio"
        assert tr("Printed", "Mission report") == "Rapporto di missione"
        assert install_translators(app, "es")
        assert tr("Labels", "Twinning anniversary") == "Aniversario del hermanamiento"
        assert tr("Printed", "Mission report") == "Informe de misión"
        assert install_translators(app, "pl")
        assert tr("Printed", "Mission report") == "Sprawozdanie z podróży służbowej"
        assert tr("MainWindow", "E&vents") == "&Wydarzenia"
        # Polish has three plural forms: one, few, many.
        people = [tr("DirectoryDialog", "%n person(s)", "", n) for n in (1, 3, 5, 22, 25)]
        assert people == ["1 osoba", "3 osoby", "5 osób", "22 osoby", "25 osób"]
    finally:
        install_translators(app, "none")


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("it_IT", "it"),
        ("it_CH", "it"),
        ("es_ES", "es"),
        ("es-MX", "es"),
        ("pl_PL", "pl"),
        ("de_AT", "de"),
        ("en_GB", "en"),
        ("fr_BE", "fr"),
        ("pt_BR", "fr"),
        ("C", "fr"),
    ],
)
def test_the_system_locale_picks_the_language(system: str, expected: str) -> None:
    assert system_language(system) == expected
    assert choose_language(None, None, system=system) == expected


def test_lang_and_saved_choice_win_over_the_system() -> None:
    assert choose_language("pl", "it", system="es_ES") == "pl"
    assert choose_language(None, "it", system="es_ES") == "it"
    assert choose_language("xx", None, system="pl_PL") == "pl"


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
            "Date de signature\u00a0: le 31/02/1990 n’existe pas."
        )
        # A reason reads as a sentence after the field's name, not as a dangling verb.
        required = ValidationError("name", "is required.")
        assert required.render(QCoreApplication.translate) == "Nom\u00a0: ce champ est obligatoire."
    finally:
        install_translators(app, "none")


@pytest.mark.parametrize("lang", ["fr", "de", "it", "es", "pl"])
def test_qt_file_dialog_has_no_english_label(qapp: QCoreApplication, lang: str) -> None:
    """Qt's catalogues miss two labels of its own file dialog; ours fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translators(qapp, lang)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    dialog.deleteLater()
    install_translators(qapp, "none")
    assert labels and not [t for t in labels if "Look in" in t or "Files of" in t], labels


# French as it is printed (issue #15): a curly apostrophe, a no-break space (U+00A0, or the
# narrow U+202F) before : ; ! ? and inside « », and before % or € after a number or a
# placeholder. Left alone, because they are not French text: placeholders ({name}, %n, %1,
# %(name)s, %s), HTML tags and entities, URLs, file patterns and the ";;" between file-dialog
# filters, times and ratios (14:30), the hh:mm hint and keyboard shortcuts (Ctrl+Z).
_NOT_FRENCH_TEXT = re.compile(
    r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[sdn]|%L?\d|</?[a-zA-Z!][^<>]*>"
    r"|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|\b[a-z][a-z0-9+.-]*://\S+|\bmailto:\S+"
    r"|\*\.[A-Za-z0-9*]+|;;|\d:\d|\b[hH]{1,2}:[mM]{2}\b|\b(?:Ctrl|Maj|Shift|Alt|Cmd|Meta)\+\S+"
)
_SLOT = "\ue000"  # what a placeholder or tag becomes before the text is checked
_FRENCH_FAULTS = {
    "straight apostrophe": re.compile(r"'"),
    "English quotation marks": re.compile(r'["\u201c\u201d]'),
    "no no-break space before : ; ! ?": re.compile(r"(?<![\u00a0\u202f:;!?])[:;!?]"),
    "no no-break space after «": re.compile(r"«(?![\u00a0\u202f])"),
    "no no-break space before »": re.compile(r"(?<![\u00a0\u202f])»"),
    "no no-break space before % or €": re.compile(r"[\d" + _SLOT + r"] ?[%€]"),
}


def french_typography_faults(text: str) -> list[str]:
    bare = _NOT_FRENCH_TEXT.sub(_SLOT, text)
    return [fault for fault, pattern in _FRENCH_FAULTS.items() if pattern.search(bare)]


@pytest.mark.parametrize(
    ("text", "faults"),
    [
        ("Supprimer «\u00a0{title}\u00a0»\u00a0? Ctrl+Z pour l’annuler.", []),
        ("Heure (hh:mm), 14:30, {day:02d}, %(value)r, %n, <a href='x'>lien</a>", []),
        ("Classeur Excel (*.xlsx);;CSV (*.csv)", []),
        ("Moins 65\u00a0% et 12\u202f€, {rate}\u00a0%", []),
        ("L'année", ["straight apostrophe"]),
        ("Nom : {name}", ["no no-break space before : ; ! ?"]),
        ("Nom: {name}", ["no no-break space before : ; ! ?"]),
        ("Supprimer « {title} »", ["no no-break space after «", "no no-break space before »"]),
        ("65 %", ["no no-break space before % or €"]),
    ],
)
def test_the_french_typography_check(text: str, faults: list[str]) -> None:
    assert french_typography_faults(text) == faults


def test_french_is_printed_the_french_way() -> None:
    wrong = [
        (context, source, text, faults)
        for (context, source), message in catalogue("fr").items()
        for text in translations(message)
        if (faults := french_typography_faults(text))
    ]
    assert wrong == []
