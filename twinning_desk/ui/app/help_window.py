"""The user guide, offline: HTML shipped in the package, shown in a Qt window.

The guide is ``resources/help/guide_<language>.html`` (package data, found through
importlib.resources like the fonts). French and English are complete; a language with no
guide of its own gets the English one, with a one-line note saying so. Every guide has
the same section anchors (``SECTIONS``), so that F1 can open the section of the tab shown
whatever the language. The window has a table of contents built from the guide's
headings, Back, and a search box (Ctrl+F, Enter for the next match).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.paths import resource_path

FALLBACK_LANGUAGE = "en"
# The anchors every guide has; F1 opens one of them (see MainWindow.context_help).
SECTIONS = (
    "start",
    "first-steps",
    "home",
    "partners",
    "import",
    "events",
    "delegations",
    "hosting",
    "mission-report",
    "budget",
    "backups",
    "undo",
    "read-only",
)
_HEADING = re.compile(r'<h([1-3]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    title: str


def guide_file(language: str) -> tuple[Path, str]:
    """The guide for ``language`` ("fr", "de"…) and the language it is really in.

    A language with no guide of its own gets the English one.
    """
    for candidate in (language[:2].lower(), FALLBACK_LANGUAGE):
        try:
            return resource_path("help", f"guide_{candidate}.html"), candidate
        except FileNotFoundError:
            continue
    raise FileNotFoundError("resources/help/guide_en.html is missing from the installed package")


def headings(text: str) -> list[Heading]:
    """The ``<h1 id>``, ``<h2 id>`` and ``<h3 id>`` headings of a guide, as plain text."""
    return [
        Heading(int(level), anchor, " ".join(html.unescape(_TAG.sub("", title)).split()))
        for level, anchor, title in _HEADING.findall(text)
    ]


def ui_language() -> str:
    """The language the interface speaks (install_translators sets the default locale)."""
    return QLocale().name()[:2].lower()


class HelpWindow(QWidget):
    """The guide: contents on the left, the page on the right, Back and search on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.language = ""
        self.guide_language = ""
        self.url = QUrl()
        self.resize(980, 640)

        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setEnabled(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the guide (Ctrl+F)…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _text: self.find_next(from_start=True))
        self.not_found = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.not_found)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        self.contents = QTreeWidget()
        self.contents.setHeaderLabel(self.tr("Contents"))
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.itemClicked.connect(self._go_to_item)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 720])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        again = QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self)
        again.activated.connect(self.find_next)

    # ---------------------------------------------------------------- loading
    def load(self, language: str) -> None:
        """Read the guide for ``language`` (the English one if it has none)."""
        path, self.guide_language = guide_file(language)
        self.language = language
        self.url = QUrl.fromLocalFile(str(path))
        self.setWindowTitle(self.tr("Twinning Desk — User guide"))
        self.note.setText(
            self.tr("This guide is not yet translated into your language; here it is in English.")
        )
        self.note.setVisible(self.guide_language != language)
        self.contents.clear()
        parent: QTreeWidgetItem | None = None
        for heading in headings(path.read_text(encoding="utf-8")):
            if heading.level == 3 and parent is not None:
                item = QTreeWidgetItem(parent, [heading.title])
            else:
                item = QTreeWidgetItem(self.contents, [heading.title])
                parent = item
            item.setData(0, Qt.ItemDataRole.UserRole, heading.anchor)
        self.contents.expandAll()

    def open_at(self, section: str | None = None, language: str | None = None) -> None:
        """Show the window at ``section`` (an anchor of SECTIONS), or at the guide's start."""
        language = language or ui_language()
        fresh = language != self.language
        if fresh:
            self.load(language)
        url = QUrl(self.url)
        url.setFragment(section or "start")
        self.browser.setSource(url)
        if fresh:  # Back does not lead to the guide of another language
            self.browser.clearHistory()
            self.back_button.setEnabled(False)
        self.show()
        self.raise_()
        self.activateWindow()

    def current_section(self) -> str:
        return self.browser.source().fragment()

    # ---------------------------------------------------------------- navigation
    def _go_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        url = QUrl(self.url)
        url.setFragment(str(item.data(0, Qt.ItemDataRole.UserRole)))
        self.browser.setSource(url)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next match of the search text, wrapping round; False if none."""
        text = self.search.text().strip()
        self.not_found.clear()
        if not text:
            return False
        if from_start:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.browser.find(text):
            return True
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        if self.browser.find(text, QTextDocument.FindFlag(0)):
            return True
        self.not_found.setText(self.tr("Not found"))
        return False
