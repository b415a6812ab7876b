"""The user guide: shipped in the package per language, opened by F1 at the section of the
tab shown and by Help › User guide at its start, and written in proper French."""

from __future__ import annotations

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
COMPLETE = ("fr", "en")  # the other languages show the English guide, with a note
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


def test_a_missing_language_falls_back_to_english_with_a_note(qtbot: QtBot) -> None:
    assert guide_file("xx")[1] == "en"
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.open_at("budget", "pl")
    assert help_window.guide_language == "en"
    assert help_window.note.isVisibleTo(help_window)
    assert help_window.browser.source().fileName() == "guide_en.html"
    help_window.open_at("budget", "fr")
    assert help_window.guide_language == "fr"
    assert not help_window.note.isVisibleTo(help_window)


def test_french_and_english_guides_have_the_same_sections() -> None:
    assert [h.anchor for h in headings(guide_text("fr"))] == [
        h.anchor for h in headings(guide_text("en"))
    ]


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


def french_labels() -> set[str]:
    """Every French translation of the app, accelerators removed."""
    tree = ET.parse(ROOT / "translations" / "twinning_desk_fr.ts")
    found = set()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            found.add(translation.text.replace("&", "").strip())
    return found


def test_the_french_guide_names_labels_the_app_really_shows() -> None:
    """Menu paths, buttons and tabs quoted in the guide are French labels of the app."""
    labels = french_labels()
    text = guide_text("fr")
    quoted = re.findall(r'<span class="(menu|button|tab)">(.*?)</span>', text)
    assert len(quoted) > 60
    missing = []
    for kind, label in quoted:
        parts = [p.strip() for p in label.split("›")] if kind == "menu" else [label]
        missing += [p for p in parts if p not in labels]
    assert missing == []
    # A few the secretary cannot do without.
    for label in (
        "Fichier › Importer des partenaires…",
        "Fichier › Restaurer une sauvegarde…",
        "Édition › Annuler",
        "Aide › Guide de l’utilisateur",
    ):
        assert f'<span class="menu">{label}</span>' in text


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
