"""Choose a backup to restore: when it was made, why, and what it holds."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.backup import BackupInfo
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.ui.common.helpers import qtr, to_qdate, to_qdatetime
from twinning_desk.ui.common.table_model import Column, ListTableModel

REASONS = {
    "open": QT_TRANSLATE_NOOP("RestoreDialog", "when the file was opened"),
    "quit": QT_TRANSLATE_NOOP("RestoreDialog", "when the app was closed"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "saved by hand"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "just before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
}


def _when(backup: BackupInfo) -> str:
    # Seconds matter: the copies made on opening and closing can fall in the same minute.
    day = QLocale().toString(to_qdate(backup.created.date()), QLocale.FormatType.ShortFormat)
    return f"{day} {backup.created:%H:%M:%S}"


def _count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.model: ListTableModel[BackupInfo] = ListTableModel(
            [
                Column(
                    "date",
                    QT_TRANSLATE_NOOP("Columns", "Date"),
                    lambda b: QLocale().toString(
                        to_qdatetime(b.created), QLocale.FormatType.ShortFormat
                    ),
                ),
                Column(
                    "reason",
                    QT_TRANSLATE_NOOP("Columns", "Made"),
                    lambda b: qtr("RestoreDialog", REASONS.get(b.reason, b.reason)),
                ),
                Column(
                    "partners",
                    QT_TRANSLATE_NOOP("Columns", "Partners"),
                    lambda b: _count(b.partners),
                ),
                Column(
                    "events", QT_TRANSLATE_NOOP("Columns", "Events"), lambda b: _count(b.events)
                ),
                Column(
                    "delegations",
                    QT_TRANSLATE_NOOP("Columns", "Delegations"),
                    lambda b: _count(b.delegations),
                ),
                Column(
                    "lines",
                    QT_TRANSLATE_NOOP("Columns", "Budget lines"),
                    lambda b: _count(b.budget_lines),
                ),
                Column(
                    "size",
                    QT_TRANSLATE_NOOP("Columns", "Size"),
                    lambda b: QLocale().formattedDataSize(b.size),
                ),
            ],
            self,
        )
        self.model.set_items(backups)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(lambda _i: self.accept())
        note = QLabel(
            self.tr(
                "Restoring replaces what the file holds now with the chosen copy. The current "
                "state is backed up first, so you can come back to it from this same list."
            )
            if backups
            else self.tr("There is no backup of this file yet.")
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        if backups:
            self.view.selectRow(0)

    def chosen(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None
