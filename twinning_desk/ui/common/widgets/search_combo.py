"""A combo box for long lists (thousands of delegations or events): type any part of an
item, accents and case aside, and pick it among those that match."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QWidget

from twinning_desk.core.text import fold

MATCHES_SHOWN = 200
"""At most this many matches listed: a few letters more narrow any list to what is wanted."""


class SearchCombo(QComboBox):
    """An editable combo whose items are the only possible values.

    Typing lists the items holding every typed word anywhere (``fold``: "lodz" finds
    "Łódź", "recue 2019" finds "12/03/2019 — Visite reçue — …"); the arrows and Enter, or
    the mouse, pick one. The arrows on the closed field and Alt+Down still step through
    and open the whole list, as in any combo. Leaving the field with text that names no
    item puts back the item chosen; leaving it empty chooses the item whose data is None
    (the "(none)" first item), so that clearing the field unlinks.

    Items are added and read as in a QComboBox (``addItem(text, data)``,
    ``currentData()``, ``findData()``); :meth:`currentData` is the chosen item's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._keys: list[str] | None = None  # the items' folded texts, made at first search
        self._matches: list[int] = []  # the combo's rows listed in the completer
        self._matches_model = QStringListModel(self)
        completer = self._completer = QCompleter(self._matches_model, self)
        # The list is filtered here (accents, any word anywhere): the completer shows it.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # After QComboBox's own handler, which finds the row by its text: two items may
        # read the same (two visits of a town the same day), the row picked is the one.
        cast(Any, completer.activated)[QModelIndex].connect(self._picked)  # the index overload
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(self._search)
        model = self.model()
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            changed.connect(self._forget_keys)
        model.dataChanged.connect(self._forget_keys)

    def _forget_keys(self, *_args: object) -> None:
        self._keys = None

    def matches(self, text: str) -> list[int]:
        """The rows whose text holds every word of ``text`` (folded), in the list's order."""
        words = fold(text).split()
        if not words:
            return []
        if self._keys is None:
            self._keys = [fold(self.itemText(row)) for row in range(self.count())]
        return [row for row, key in enumerate(self._keys) if all(w in key for w in words)]

    def _search(self, text: str) -> None:
        self._matches = self.matches(text)[:MATCHES_SHOWN]
        self._matches_model.setStringList([self.itemText(row) for row in self._matches])
        completer, popup = self._completer, self._popup()
        if self._matches:
            # Nothing highlighted: a highlighted entry replaces the typed text at once.
            completer.complete()
        else:
            popup.hide()

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def _picked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._matches):
            self.setCurrentIndex(self._matches[index.row()])
        self._popup().hide()

    def settle(self, take_first: bool = False) -> None:
        """The field names the chosen item again. Typed text naming one item only (or,
        with ``take_first``, as Enter does, the first of the items listed) chooses it;
        text naming none puts back the item chosen; an emptied field chooses "(none)"."""
        line = self.lineEdit()
        assert line is not None
        text = line.text()
        self._popup().hide()
        if not text.strip():
            self.setCurrentIndex(max(0, self.findData(None)))
        elif text != self.itemText(self.currentIndex()):
            found = self.matches(text)
            exact = [r for r in found if fold(self.itemText(r)) == fold(text)]
            if exact:
                self.setCurrentIndex(exact[0])
            elif len(found) == 1 or (found and take_first):
                self.setCurrentIndex(found[0])
        line.setText(self.itemText(self.currentIndex()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter on typed text chooses the first item listed (or puts back the choice
        when none matches) rather than reaching the dialog's default button with a
        choice the field does not show."""
        line = self.lineEdit()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and line is not None:
            # The completer hands its list's keys to the field first and completes only
            # if the field leaves them: the highlighted match is taken here.
            popup = self._popup()
            highlighted = popup.currentIndex() if popup.isVisible() else QModelIndex()
            if highlighted.isValid():
                self._picked(highlighted)
                line.setText(self.itemText(self.currentIndex()))
                event.accept()
                return
            if line.text() != self.itemText(self.currentIndex()):
                self.settle(take_first=True)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if not self._popup().isVisible():  # the completer's list takes the focus while open
            self.settle()
        super().focusOutEvent(event)
