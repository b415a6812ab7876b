"""A record's History: who changed it, when, and what (its fields, its lines).

Opened by "History…" in the partner, event and delegation dialogs; reads what every
save, undo and redo wrote (services.history), writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.database import Database
from twinning_desk.db.models import Versioned
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import format_day
from twinning_desk.services.history import HistoryEntry, last_change, record_history
from twinning_desk.ui.common.helpers import fit_to_screen, qtr
from twinning_desk.ui.common.table_model import Column, ListTableModel


def _lang() -> str:
    return QLocale().name()[:2]


def _when(entry: HistoryEntry) -> str:
    return f"{format_day(entry.at.date(), _lang())} {entry.at:%H:%M}"


def what_text(entry: HistoryEntry) -> str:
    """What changed, in words: "Changed: Name, Notes"; a line's change names the line."""

    fields = ", ".join(label.render(qtr) for label in entry.field_labels())
    if entry.kind == "insert":
        what = QCoreApplication.translate("HistoryDialog", "Created")
    elif entry.kind == "delete":
        what = QCoreApplication.translate("HistoryDialog", "Deleted")
    elif entry.kind == "undo":
        what = QCoreApplication.translate("HistoryDialog", "Undone: {fields}").format(fields=fields)
    elif entry.kind == "redo":
        what = QCoreApplication.translate("HistoryDialog", "Redone: {fields}").format(fields=fields)
    elif fields:
        what = QCoreApplication.translate("HistoryDialog", "Changed: {fields}").format(
            fields=fields
        )
    else:
        what = QCoreApplication.translate("HistoryDialog", "Changed")
    word = entry.record_word()
    if entry.parent_line and word is not None:
        return QCoreApplication.translate("HistoryDialog", "{record} — {what}").format(
            record=word.render(qtr), what=what
        )
    return what


COLUMNS: list[Column[HistoryEntry]] = [
    Column("when", QT_TRANSLATE_NOOP("Columns", "When"), _when),
    Column("who", QT_TRANSLATE_NOOP("Columns", "Who"), lambda e: e.by or ""),
    Column("what", QT_TRANSLATE_NOOP("Columns", "What"), what_text),
]


class HistoryDialog(QDialog):
    def __init__(
        self,
        db: Database,
        model: type[Versioned],
        record_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {name}").format(name=name))
        self.entries = record_history(db, model, record_id)
        last = last_change(db, model, record_id)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        if last is not None and last.by and last.at is not None:
            self.summary.setText(
                self.tr("Last changed by {who} on {when} (version {version}).").format(
                    who=last.by,
                    when=f"{format_day(last.at.date(), _lang())} {last.at:%H:%M}",
                    version=last.version,
                )
            )
        else:
            self.summary.hide()
        self.model = ListTableModel(COLUMNS, self)
        self.model.set_items(self.entries)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.resizeColumnsToContents()
        self.empty = QLabel(
            self.tr(
                "No change recorded yet: the history starts with this version of Twinning Desk."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 460)
