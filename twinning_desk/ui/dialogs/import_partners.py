"""Import partners: read in the background, preview every row, then write all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.imports.partners import ImportPlan, RowResult, RowStatus, apply_plan, read_plan
from twinning_desk.services.errors import FIELD_LABELS
from twinning_desk.services.partners import PartnerService
from twinning_desk.ui.common import Worker, error_text, qtr
from twinning_desk.ui.models.table import Column, ListTableModel

STATUS_LABELS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportDialog", "new partner"),
    RowStatus.MERGED: QT_TRANSLATE_NOOP("ImportDialog", "agreement added"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "duplicate, skipped"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportDialog", "error, skipped"),
}


class _PreviewModel(ListTableModel[RowResult]):
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            status = self.items[index.row()].status
            if status is RowStatus.ERROR:
                return QBrush(QColor("#b00020"))
            if status is RowStatus.DUPLICATE:
                return QBrush(QColor("#7a6100"))
        return super().data(index, role)


class ImportPartnersDialog(QDialog):
    def __init__(self, service: PartnerService, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.imported = False
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Import partners from {file}").format(file=self.path.name))
        self.summary = QLabel(self.tr("Reading {file}…").format(file=self.path.name))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.model = _PreviewModel(
            [
                Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: r.row),
                Column("name", QT_TRANSLATE_NOOP("Columns", "Partner"), lambda r: r.name),
                Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: r.country),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("Columns", "Result"),
                    lambda r: qtr("ImportDialog", STATUS_LABELS[r.status]),
                ),
                Column(
                    "message",
                    QT_TRANSLATE_NOOP("Columns", "Reason"),
                    lambda r: r.message.render(qtr) if r.message else "",
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All rows"), None)
        self.show_filter.addItem(self.tr("Errors and duplicates only"), "problems")
        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self._read()

    # ---------------------------------------------------------------- reading
    def _read(self) -> None:
        worker = Worker(lambda progress: read_plan(self.path, self.service, progress))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_read)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_failed(self, exc: object, _details: str) -> None:
        self._worker = None
        self.progress.hide()
        self.summary.setText(
            self.tr("Nothing was imported. {error}").format(error=error_text(exc))  # type: ignore[arg-type]
        )
        self.summary.setStyleSheet("color: #b00020;")
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))

    def _on_read(self, plan: object) -> None:
        self._worker = None
        self.progress.hide()
        if plan is None:
            self.reject()
            return
        assert isinstance(plan, ImportPlan)
        self.plan = plan
        if plan.missing_columns:
            fields = ", ".join(qtr("Validation", FIELD_LABELS[f]) for f in plan.missing_columns)
            self.summary.setText(
                self.tr(
                    "No column was found for: {fields}. The first row must hold headers such "
                    "as “Ville”, “Pays”, “Type d'accord”, “Date de signature”."
                ).format(fields=fields)
            )
            self.summary.setStyleSheet("color: #b00020;")
            return
        self.model.set_items(plan.results)
        self.view.resizeColumnsToContents()
        self.summary.setText(
            self.tr(
                "{new} new partners, {agreements} agreements to add, {dup} duplicates and "
                "{err} errors (skipped). Check the rows, then click Import."
            ).format(
                new=plan.count(RowStatus.NEW),
                agreements=plan.agreements_added,
                dup=plan.count(RowStatus.DUPLICATE),
                err=plan.count(RowStatus.ERROR),
            )
        )
        self.import_button.setEnabled(plan.can_apply)

    def _apply_filter(self) -> None:
        if self.plan is None:
            return
        if self.show_filter.currentData() == "problems":
            rows = [
                r for r in self.plan.results if r.status in (RowStatus.ERROR, RowStatus.DUPLICATE)
            ]
        else:
            rows = self.plan.results
        self.model.set_items(rows)

    # ---------------------------------------------------------------- writing
    def start_import(self) -> None:
        if self.plan is None or not self.plan.can_apply:
            return
        plan = self.plan
        self.import_button.setEnabled(False)
        self.progress.setRange(0, len(plan.partners))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        worker = Worker(lambda progress: apply_plan(plan, self.service, progress))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_imported)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def _on_imported(self, ok: object) -> None:
        self._worker = None
        if ok:
            self.imported = True
            self.accept()
        else:
            self.progress.hide()
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
            self.import_button.setEnabled(True)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()  # the worker rolls back, then reports
            return
        self.reject()

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            return
        super().reject()


def import_summary(plan: ImportPlan) -> str:
    return QCoreApplication.translate(
        "ImportDialog", "{new} partners and {agreements} agreements imported."
    ).format(new=plan.count(RowStatus.NEW), agreements=plan.agreements_added)
