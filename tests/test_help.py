"""The user guide: shipped in the package in every language of the interface, opened by F1
at the section of the tab shown and by Help › User guide at its start, naming the labels the
app really shows in that language, and written with each language's own typography."""

from __future__ import annotations

import functools
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from twinning_desk.paths import resource_path
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.translation import LANGUAGES
from twinning_desk.ui.app.help_window import SECTIONS, HelpWindow, guide_file, headings
from twinning_desk.ui.app.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
COMPLETE = ("fr", "en", "de", "it", "es", "pl")  # a language without a guide gets English
NBSP = "\u00a0"


def guide_text(language: str) -> str:
    return resource_path("help", f"guide_{language}.html").read_text(encoding="utf-8")


def body_text(html: str) -> list[str]:
    """The text between the tags of the guide's body (not the CSS, not the attributes)."""
    body = html.split("<body>", 1)[1]
    return [part for part in re.split(r"<[^>]+>", body) if part.strip()]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    gazetteer = Gazetteer(tmp_path / "g.sqlite3")
    build_gazetteer(gazetteer.path, [])
    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(services, gazetteer, settings)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_of_every_language_resolves_from_the_installed_package(language: str) -> None:
    path, shown = guide_file(language)
    assert path.is_file()
    assert shown == (language if language in COMPLETE else "en")
    text = path.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text and "src=" not in text
    assert {h.anchor for h in headings(text)} >= set(SECTIONS)


def test_every_language_of_the_interface_has_its_own_guide() -> None:
    assert set(LANGUAGES) <= set(COMPLETE)


def test_a_missing_language_falls_back_to_english_with_a_note(qtbot: QtBot) -> None:
    assert guide_file("xx") == (resource_path("help", "guide_en.html"), "en")
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.open_at("budget", "xx")
    assert help_window.guide_language == "en"
    assert help_window.note.isVisibleTo(help_window)
    assert help_window.browser.source().fileName() == "guide_en.html"
    assert help_window.current_section() == "budget"
    help_window.open_at("budget", "pl")
    assert help_window.guide_language == "pl"
    assert not help_window.note.isVisibleTo(help_window)
    assert help_window.browser.source().fileName() == "guide_pl.html"
    assert help_window.current_section() == "budget"


def internal_links(text: str) -> list[str]:
    return re.findall(r'<a href="#([^"]+)">', text)


@pytest.mark.parametrize("language", [lang for lang in COMPLETE if lang != "fr"])
def test_every_guide_has_the_sections_and_links_of_the_french_one(language: str) -> None:
    french, text = guide_text("fr"), guide_text(language)
    assert [(h.level, h.anchor) for h in headings(text)] == [
        (h.level, h.anchor) for h in headings(french)
    ]
    assert re.findall(r'<a name="([^"]+)">', text) == re.findall(r'<a name="([^"]+)">', french)
    assert internal_links(text) == internal_links(french)
    assert f'<html lang="{language}">' in text
    # The same look: the style sheet is the French one.
    style = re.compile(r"<style>.*?</style>", re.S)
    assert style.findall(text) == style.findall(french)
    # Every heading has a title of its own, not a French one left behind.
    titles = [h.title for h in headings(text)]
    assert all(titles) and len(set(titles)) == len(titles)
    assert not set(titles) & {h.title for h in headings(french)} - {"Budget"}


@pytest.mark.parametrize(
    ("tab", "section", "heading"),
    [
        (0, "home", "L’accueil"),
        (1, "partners", "Vos partenaires"),
        (2, "events", "Les événements"),
        (3, "delegations", f"Les délégations{NBSP}: visites reçues et faites"),
        (4, "budget", "Le budget et le classeur Excel"),
    ],
)
def test_f1_opens_the_guide_at_the_section_of_the_tab_shown(
    qtbot: QtBot, window: MainWindow, tab: int, section: str, heading: str
) -> None:
    assert QLocale().name().startswith("fr")
    assert window.tabs is not None
    window.tabs.setCurrentIndex(tab)
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.guide_language == "fr"
    assert help_window.current_section() == section
    # The section's heading is at the top of the page shown.
    browser = help_window.browser
    top = browser.cursorForPosition(browser.viewport().rect().topLeft())
    shown = browser.toPlainText()[top.position() : top.position() + 400]
    assert heading.replace(NBSP, " ") in shown.replace(NBSP, " ")  # toPlainText drops them


def test_help_menu_opens_the_guide_at_its_start_with_contents_back_and_search(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.tabs is not None
    window.tabs.setCurrentIndex(4)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    guide = next(a for a in menu.actions() if a.text() == "&User guide")
    guide.trigger()
    help_window = window.help_window
    assert help_window is not None
    assert help_window.current_section() == "start"
    assert not help_window.back_button.isEnabled()
    # The contents list every section; clicking one goes there, Back returns.
    items = {}
    for i in range(help_window.contents.topLevelItemCount()):
        top = help_window.contents.topLevelItem(i)
        items[top.data(0, Qt.ItemDataRole.UserRole)] = top
        for j in range(top.childCount()):
            items[top.child(j).data(0, Qt.ItemDataRole.UserRole)] = top.child(j)
    assert set(SECTIONS) <= set(items)
    help_window.contents.itemClicked.emit(items["undo"], 0)
    assert help_window.current_section() == "undo"
    assert help_window.back_button.isEnabled()
    qtbot.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_section() == "start"
    # Ctrl+F goes to the search box (the window's own shortcut: the offscreen platform
    # does not activate a second window, so it is triggered rather than typed); Enter
    # selects the next match.
    find = [s for s in help_window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+F")]
    assert len(find) == 1
    find[0].activated.emit()
    assert help_window.focusWidget() is help_window.search
    qtbot.keyClicks(help_window.search, "Cerfa")
    QTest.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.browser.textCursor().selectedText() == "Cerfa"
    help_window.search.setText("zzzquux")
    assert not help_window.find_next()
    assert help_window.not_found.text()
    # F1 again reuses the same window.
    window.context_help()
    assert window.help_window is help_window
    assert help_window.current_section() == "budget"


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The app's translations into ``language``: (context, source) → text, without the &."""
    tree = ET.parse(ROOT / "translations" / f"twinning_desk_{language}.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                source = message.findtext("source", "")
                found[(name, source)] = translation.text.replace("&", "").strip()
    return found


def labels(language: str) -> set[str]:
    """Every label the app shows in ``language``, accelerators removed."""
    return set(catalogue(language).values())


def as_shown_in(language: str, french_path: str) -> set[str]:
    """The ways a French menu path reads in ``language``, found through the catalogues
    (a French label may come from more than one source text)."""
    french, other = catalogue("fr"), catalogue(language)
    choices = []
    for part in french_path.split(" › "):
        keys = [key for key, text in french.items() if text == part]
        assert keys, part
        choices.append(sorted({other[key] for key in keys if key in other}))
    return {" › ".join(path) for path in itertools.product(*choices)}


@pytest.mark.parametrize("language", COMPLETE)
def test_the_guide_names_labels_the_app_really_shows(language: str) -> None:
    """Menu paths, buttons and tabs quoted in a guide are labels the app shows in its
    language, read from that language's catalogue."""
    shown = labels(language)
    text = guide_text(language)
    quoted = re.findall(r'<span class="(menu|button|tab)">(.*?)</span>', text)
    assert len(quoted) > 60
    missing = []
    for kind, label in quoted:
        parts = [p.strip() for p in label.split("›")] if kind == "menu" else [label]
        missing += [p for p in parts if p not in shown]
    assert missing == []
    # The same labels as the French guide, in the same places: each is the translation the
    # app shows of the French one (none left out, none swapped for another).
    french = re.findall(r'<span class="(menu|button|tab)">(.*?)</span>', guide_text("fr"))
    assert len(quoted) == len(french)
    wrong = [
        (label, french_label)
        for (kind, label), (french_kind, french_label) in zip(quoted, french, strict=True)
        if kind != french_kind or label not in as_shown_in(language, french_label)
    ]
    assert wrong == []
    # A few the secretary cannot do without.
    for label in (
        "Fichier › Importer des partenaires…",
        "Fichier › Restaurer une sauvegarde…",
        "Édition › Annuler",
        "Aide › Guide de l’utilisateur",
    ):
        spans = {f'<span class="menu">{path}</span>' for path in as_shown_in(language, label)}
        assert any(span in text for span in spans), (label, spans)


def test_the_french_guide_follows_french_typography() -> None:
    """’ for the apostrophe; a no-break space before : ; ! ? and inside « »."""
    problems = []
    for text in body_text(guide_text("fr")):
        context = " ".join(text.split())[:60]
        if "'" in text or '"' in text:
            problems.append(f"straight quote: {context}")
        if re.search(r"[^\u00a0\u202f][:;!?]", text) or re.match(r"[:;!?]", text):
            problems.append(f"no no-break space before : ; ! ?: {context}")
        if re.search(r"«[^\u00a0\u202f]", text) or re.search(r"[^\u00a0\u202f]»", text):
            problems.append(f"no no-break space inside « »: {context}")
    assert problems == []


# The quotation marks each language prints, opening and closing.
QUOTES = {"de": ("„", "“"), "pl": ("„", "”"), "it": ("«", "»"), "es": ("«", "»")}


@pytest.mark.parametrize("language", sorted(QUOTES))
def test_the_guide_uses_the_typography_of_its_language(language: str) -> None:
    """Its own quotation marks, paired and without French spaces inside; the curly
    apostrophe; no straight quotes in the text a reader sees."""
    opening, closing = QUOTES[language]
    text = "".join(body_text(guide_text(language)))
    assert "'" not in text and '"' not in text
    marks = "".join(re.findall("[„“”«»‹›]", text.replace(" › ", " ")))
    assert marks, "no quotation at all"
    assert marks == (opening + closing) * (len(marks) // 2), marks
    assert not re.search(f"{opening}\\s|\\s{closing}", text)
    # A number and its % never part at the end of a line: Polish writes them together.
    if language == "pl":
        assert not re.search("[ \u00a0\u202f]%", text)
    else:
        assert " %" not in text and NBSP + "%" in text


def test_f1_in_a_dialog_opens_the_guide_at_that_dialog_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    """In a modal dialog the window's F1 is blocked; the guide opens as the dialog's own
    window, where it can be scrolled while the dialog stays open."""
    from gui_helpers import when_modal

    from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog

    seen: list[tuple[str, bool, bool]] = []

    def press_f1(dialog: object) -> None:
        assert isinstance(dialog, BudgetLineDialog)
        focused = dialog.focusWidget() or dialog
        QTest.keyClick(focused, Qt.Key.Key_F1)
        opened = window.dialog_help.opened
        assert opened is not None
        seen.append((opened.current_section(), opened.isVisible(), opened.parent() is dialog))
        dialog.reject()

    assert window.tabs is not None and window.budget_tab is not None
    window.tabs.setCurrentWidget(window.budget_tab)
    when_modal(press_f1, BudgetLineDialog)
    window.budget_tab.new_item()
    assert seen == [("budget", True, True)]
    assert window.help_window is None  # the main window's guide was not the one used


def test_every_dialog_named_for_help_exists_and_its_section_too() -> None:
    import twinning_desk.ui as ui_package
    from twinning_desk.ui.app.main_window import DIALOG_HELP

    classes = set()
    for path in Path(ui_package.__file__).parent.rglob("*.py"):
        classes |= set(re.findall(r"^class (\w+)\(", path.read_text(encoding="utf-8"), re.M))
    assert set(DIALOG_HELP) <= classes, set(DIALOG_HELP) - classes
    assert set(DIALOG_HELP.values()) <= set(SECTIONS), set(DIALOG_HELP.values()) - set(SECTIONS)
