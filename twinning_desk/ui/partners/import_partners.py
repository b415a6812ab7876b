"""Import partners: read in the background, preview every row, let the user decide what
is unsure (another place, a country, a type for an unknown wording), then write all or
nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import AgreementType, PartnerKind
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.imports.doubts import describe_place, row_doubts
from twinning_desk.imports.partners import (
    ImportPlan,
    RowResult,
    RowStatus,
    apply_plan,
    keeps_wording,
    read_plan,
    regroup,
)
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.errors import FIELD_LABELS, ValidationError
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import AGREEMENT_TYPE_LABELS, PartnerService
from twinning_desk.summaries import import_summary
from twinning_desk.ui.common.colours import Fill, Tone, fill, style_tone, tone
from twinning_desk.ui.common.helpers import Worker, confirm, error_text, qtr
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.widgets.fields import CountryCombo

STATUS_LABELS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportDialog", "new partner"),
    RowStatus.MERGED: QT_TRANSLATE_NOOP("ImportDialog", "agreement added"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "duplicate, skipped"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportDialog", "no name, left out"),
}


def _lang() -> str:
    return QLocale().name()[:2]


def _tr(text: str) -> str:
    return qtr("ImportDialog", text)


class _PreviewModel(ListTableModel[RowResult]):
    def __init__(self, dialog: ImportPartnersDialog) -> None:
        self.dialog = dialog
        super().__init__(
            [
                Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), lambda r: r.row),
                Column("name", QT_TRANSLATE_NOOP("Columns", "Partner"), lambda r: r.name),
                # Next to the name: why a yellow row is yellow, without scrolling.
                Column("check", QT_TRANSLATE_NOOP("Columns", "To check"), self._check),
                Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), self._country),
                Column("place", QT_TRANSLATE_NOOP("Columns", "Place on the map"), self._place),
                Column("agreement", QT_TRANSLATE_NOOP("Columns", "Agreement"), self._agreement),
                Column(
                    "signed",
                    QT_TRANSLATE_NOOP("Columns", "Signed"),
                    lambda r: r.signed.format(_lang()) if r.signed else r.signed_text,
                ),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("Columns", "Result"),
                    lambda r: _tr(STATUS_LABELS[r.status]),
                ),
            ],
            dialog,
        )

    @staticmethod
    def _country(r: RowResult) -> str:
        if r.country_unknown:
            return "? " + r.country
        return country_name(r.country_code, _lang()) if r.country_code else ""

    def _place(self, r: RowResult) -> str:
        if r.from_file:
            return _tr(QT_TRANSLATE_NOOP("ImportDialog", "coordinates from the file"))
        if r.place is not None:
            return describe_place(r.place, self.dialog.plan, _lang(), qtr, r.name)
        if r.kind is not PartnerKind.TOWN:
            return _tr(QT_TRANSLATE_NOOP("ImportDialog", "organisation, not on the map"))
        return _tr(QT_TRANSLATE_NOOP("ImportDialog", "position unknown"))

    @staticmethod
    def _agreement(r: RowResult) -> str:
        if not r.wording_known and r.wording:
            other = _tr(QT_TRANSLATE_NOOP("ImportDialog", "other"))
            return f"{r.wording} ({other})"
        label = qtr("Labels", AGREEMENT_TYPE_LABELS[r.agreement_type])
        if keeps_wording(r.wording, r.agreement_type):  # as written, then what it means
            return f"{r.wording} — {label}"
        return label

    @staticmethod
    def _check(r: RowResult) -> str:
        if r.message is not None:
            return r.message.render(qtr)
        return row_doubts(r, qtr, _lang())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and index.row() < len(self.items):
            item = self.items[index.row()]
            key = self.columns[index.column()].key
            if role == Qt.ItemDataRole.ForegroundRole:
                if item.status is RowStatus.ERROR or (key == "country" and item.country_unknown):
                    return QBrush(tone(Tone.ERROR))
                if item.status is RowStatus.DUPLICATE:
                    return QBrush(tone(Tone.DOUBT))
            if role == Qt.ItemDataRole.BackgroundRole and item.unsure:
                return QBrush(fill(Fill.UNSURE))
            if role == Qt.ItemDataRole.ToolTipRole:
                text = super().data(index, Qt.ItemDataRole.DisplayRole)
                if item.unsure:
                    hint = _tr(
                        QT_TRANSLATE_NOOP(
                            "ImportDialog",
                            "Double-click to choose another place, a country or “not placed”.",
                        )
                    )
                    return f"{text}\n{hint}" if text else hint
                return text or None
        return super().data(index, role)


class RowChoiceDialog(QDialog):
    """Fix one row: its country, and which place it is (or none)."""

    def __init__(
        self, plan: ImportPlan, result: RowResult, gazetteer: Gazetteer, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.plan, self.row_result, self.gazetteer = plan, result, gazetteer
        self.setWindowTitle(self.tr("Row {row}: {name}").format(row=result.row, name=result.name))
        self.country = CountryCombo()
        self.country.set_code(result.country_code)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.places = QListWidget()
        self.places.itemDoubleClicked.connect(lambda _i: self.accept())
        self.signed = QLineEdit(
            result.signed.format(_lang()) if result.signed else result.signed_text
        )
        self.signed.setPlaceholderText(self.tr("14/07/1985, 1985 or 2001-2002"))
        self.error = QLabel()
        style_tone(self.error, Tone.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.signed_value = result.signed
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if result.country:
            form.addRow(self.tr("As written"), QLabel(result.country))
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Place"), self.places)
        form.addRow(self.tr("&Signed"), self.signed)
        form.addRow(self.error)
        form.addRow(buttons)
        self._fill(result.candidates, result.place_index)
        self.resize(560, 360)

    def _fill(self, candidates: list[Any], chosen: int | None) -> None:
        self.candidates = list(candidates)
        self.places.clear()
        for place in self.candidates:
            self.places.addItem(
                QListWidgetItem(
                    describe_place(place, self.plan, _lang(), qtr, self.row_result.name)
                )
            )
        self.places.addItem(QListWidgetItem(self.tr("Not placed (position unknown)")))
        self.places.setCurrentRow(len(self.candidates) if chosen is None else chosen)

    def _country_changed(self) -> None:
        code = self.country.code()
        found = self.gazetteer.exact(self.row_result.name, [code] if code else None)
        self._fill(found, 0 if found else None)

    def accept(self) -> None:
        untouched = self.row_result.signed is None and (
            self.signed.text().strip() == self.row_result.signed_text.strip()
        )
        if untouched:  # still as the file wrote it: kept as written, decided later
            super().accept()
            return
        try:
            self.signed_value = parse_fuzzy_date("signed", self.signed.text())
        except ValidationError as exc:
            self.error.setText(exc.render(qtr))
            self.error.show()
            self.signed.setFocus()
            return
        super().accept()

    def apply(self) -> None:
        if self.signed_value != self.row_result.signed:
            self.row_result.signed = self.signed_value
            self.row_result.signed_text = self.signed.text().strip()
            # The date is the user's now: the warning about the one in the file goes.
            self.row_result.warnings = [
                w for w in self.row_result.warnings if not _about_field(w, "signed")
            ]
        code = self.country.code()
        if code != self.row_result.country_code or self.row_result.country_unknown:
            self.plan.set_country(self.row_result, code, None)
        self.row_result.candidates = self.candidates
        row = self.places.currentRow()
        self.plan.choose_place(self.row_result, row if 0 <= row < len(self.candidates) else None)


def _about_field(message: Any, name: str) -> bool:
    field = message.params.get("field") if hasattr(message, "params") else None
    return field is not None and getattr(field, "text", None) == FIELD_LABELS.get(name)


class WordingsDialog(QDialog):
    """Each wording no rule recognised, once, with the type it should mean."""

    def __init__(self, wordings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement wordings"))
        intro = QLabel(
            self.tr(
                "These wordings match no agreement type. Choose what each one means; the "
                "choice applies to all its rows and is remembered for the next import."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for wording in wordings:
            combo = QComboBox()
            combo.addItem(self.tr("Keep as written (other)"), AgreementType.OTHER)
            for kind, label in AGREEMENT_TYPE_LABELS.items():
                if kind is not AgreementType.OTHER:
                    combo.addItem(qtr("Labels", label), kind)
            self.combos[wording] = combo
            form.addRow(wording, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, AgreementType]:
        chosen = {w: AgreementType(combo.currentData()) for w, combo in self.combos.items()}
        return {w: kind for w, kind in chosen.items() if kind is not AgreementType.OTHER}


class ImportPartnersDialog(QDialog):
    def __init__(
        self,
        service: PartnerService,
        path: Path,
        parent: QWidget | None = None,
        gazetteer: Gazetteer | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.gazetteer = gazetteer
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.imported = False
        self.corrected = False  # a row fixed or a wording mapped: work to keep
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Import partners from {file}").format(file=self.path.name))
        self.summary = QLabel(self.tr("Reading {file}…").format(file=self.path.name))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.model = _PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)  # one line a row; the full text is in the tooltip
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda index: self.fix_row(index.row()))
        self.sheet = QComboBox()
        self.sheet.setToolTip(self.tr("Sheet of the workbook to import"))
        self.sheet.hide()
        self.sheet.activated.connect(lambda _i: self._read(self.sheet.currentText()))
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All rows"), None)
        self.show_filter.addItem(self.tr("Rows to check"), "unsure")
        self.show_filter.addItem(self.tr("Duplicates and rows left out"), "problems")
        self.show_filter.currentIndexChanged.connect(self._apply_filter)
        self.fix_button = QPushButton(self.tr("&Fix the row…"))
        self.fix_button.clicked.connect(lambda: self.fix_row(self.view.currentIndex().row()))
        self.wordings_button = QPushButton(self.tr("Agreement &wordings…"))
        self.wordings_button.clicked.connect(self.map_wordings)
        self.wordings_button.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        # Added first, so that Tab reaches it before Cancel, as it is placed on screen.
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sheet)
        top.addWidget(self.show_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.fix_button)
        actions.addWidget(self.wordings_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        # As wide as the screen allows: a 1366×768 laptop shows every column.
        available = self.screen().availableGeometry()
        self.resize(min(1340, available.width() - 20), min(680, available.height() - 60))
        self._read()

    # ---------------------------------------------------------------- reading
    def _read(self, sheet: str | None = None) -> None:
        # The job holds what it reads, not the dialog: the dialog's wrapper is then never
        # kept alive, nor released, by the worker thread.
        gazetteer, path, service = self.gazetteer, self.path, self.service
        if gazetteer is not None and not gazetteer.is_ready():
            self.summary.setText(self.tr("Preparing the list of towns (once, about 20 seconds)…"))

        def work(progress: Any) -> ImportPlan | None:
            if gazetteer is not None and not gazetteer.is_ready():
                if not gazetteer.build(progress):
                    return None
            return read_plan(path, service, progress, gazetteer, sheet)

        self.progress.show()
        self.import_button.setEnabled(False)
        worker = Worker(work)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_read)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_failed(self, exc: BaseException, _details: str) -> None:
        self._worker = None
        self.progress.hide()
        self.summary.setText(self.tr("Nothing was imported. {error}").format(error=error_text(exc)))
        style_tone(self.summary, Tone.ERROR)
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
        if len(plan.sheets) > 1:
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems(plan.sheets)
            self.sheet.setCurrentText(plan.sheet)
            self.sheet.blockSignals(False)
            self.sheet.show()
        if plan.missing_columns:
            if plan.headers_found:
                text = self.tr(
                    "No column was recognised: found “{found}”; expected a town or partner "
                    "name (“Ville”), and if you have them “Pays”, “Type d'accord”, “Date de "
                    "signature”."
                ).format(found="”, “".join(plan.headers_found))
            else:
                text = self.tr("This sheet is empty: there is nothing to import.")
            self.summary.setText(text)
            style_tone(self.summary, Tone.ERROR)
            self.model.set_items([])
            self.fix_button.hide()
            self.wordings_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            return
        self.fix_button.show()
        style_tone(self.summary, None)
        self.refresh()
        self.view.resizeColumnsToContents()
        # Caps that keep every column on a 1366-pixel screen; tooltips hold the rest.
        caps = {"name": 170, "check": 230, "country": 150, "place": 300, "agreement": 230}
        for column, spec in enumerate(self.model.columns):
            cap = caps.get(spec.key)
            if cap is not None:
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), cap))

    def refresh(self) -> None:
        assert self.plan is not None
        self.plan.unread_date_label = self.tr("Date signed, as written:")
        regroup(self.plan, self.service)
        self._apply_filter()
        summary = import_summary(self.plan)
        if any(r.unsure for r in self.plan.results):
            summary += " " + self.tr(
                "Rows marked in yellow need a look: double-click one to fix it."
            )
        self.summary.setText(summary)
        self.wordings_button.setVisible(bool(self.plan.unknown_wordings))
        self.import_button.setEnabled(self.plan.can_apply)

    def _apply_filter(self) -> None:
        if self.plan is None:
            return
        mode = self.show_filter.currentData()
        if mode == "unsure":
            rows = [r for r in self.plan.results if r.unsure]
        elif mode == "problems":
            rows = [
                r for r in self.plan.results if r.status in (RowStatus.ERROR, RowStatus.DUPLICATE)
            ]
        else:
            rows = self.plan.results
        self.model.set_items(rows)

    # ---------------------------------------------------------------- the user's choices
    def fix_row(self, row: int) -> bool:
        if self.plan is None or self.gazetteer is None or not 0 <= row < len(self.model.items):
            return False
        result = self.model.items[row]
        if result.status is RowStatus.ERROR:
            return False
        dialog = RowChoiceDialog(self.plan, result, self.gazetteer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.apply()
        self.corrected = True
        self.refresh()
        return True

    def map_wordings(self) -> bool:
        if self.plan is None:
            return False
        dialog = WordingsDialog(self.plan.unknown_wordings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        for wording, kind in dialog.chosen().items():
            self.plan.map_wording(wording, kind)
        self.corrected = True
        self.refresh()
        return True

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
        service = self.service
        worker = Worker(lambda progress: apply_plan(plan, service, progress))
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
        # Rows fixed one by one are work: closing asks first, as the record dialogs do.
        if (
            self.corrected
            and not self.imported
            and not confirm(
                self,
                self.tr("Discard your corrections?"),
                self.tr(
                    "The rows you fixed in this preview are not imported yet. Close and "
                    "lose the corrections?"
                ),
                self.tr("Discard corrections"),
            )
        ):
            return
        super().reject()
