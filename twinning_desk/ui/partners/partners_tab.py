"""The Partners tab: the list with search, filters and sorting; create, edit, delete, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import PARTNER_STATUS_LABELS
from twinning_desk.summaries import import_summary
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.helpers import (
    confirm,
    debounce,
    explain_read_only,
    open_on_enter_or_double_click,
    qtr,
    select_record,
    show_error,
)
from twinning_desk.ui.common.lazy_tabs import WhenShown
from twinning_desk.ui.common.settings_store import IMPORT_DIR, PARTNERS_HEADER
from twinning_desk.ui.common.table_columns import TableColumns
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.partners.import_partners import ImportPartnersDialog
from twinning_desk.ui.partners.partner_dialog import PartnerDialog
from twinning_desk.ui.partners.partners_model import PartnerTableModel


class PartnersTab(QWidget):
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        gazetteer: Gazetteer,
        undo_stack: History,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.gazetteer = gazetteer
        self.undo_stack = undo_stack
        self.settings = settings

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a partner or a country…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, label in PARTNER_STATUS_LABELS.items():
            self.status_filter.addItem(qtr("Labels", label), status)
        self.asleep_only = QCheckBox(self.tr("Asleep only"))
        self.new_button = QPushButton(self.tr("&New partner…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.count_label = QLabel()
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        style_tone(self.empty_hint, Tone.MUTED)
        self.empty_hint.setContentsMargins(6, 6, 6, 6)
        self.empty_hint.hide()

        self.model = PartnerTableModel(services.partners, self)
        profile = services.commune.get()
        self.model.dormant_months = profile.dormant_after_months if profile else 24
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        open_on_enter_or_double_click(self.view, lambda: self.edit_partner())

        self._search_timer = debounce(self, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.asleep_only.toggled.connect(lambda _c: self._apply_filter())
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.delete_button.clicked.connect(self.delete_partner)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.asleep_only)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch()
        actions.addWidget(self.count_label)
        actions.addStretch()
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self._changes = WhenShown(self, self._on_change)
        services.notifier.subscribe(self._changes)
        self.refresh()
        self.columns = TableColumns(self.view, PARTNERS_HEADER, settings)

    def save_state(self) -> None:
        self.columns.save()

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._changes)

    # ---------------------------------------------------------------- list
    def _on_change(self, topic: str) -> None:
        if topic in ("partners", "commune", "all", "events", "delegations"):
            profile = self.services.commune.get()
            self.model.dormant_months = profile.dormant_after_months if profile else 24
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.refresh()
        self.select_id(selected)
        self._update_buttons()

    def _apply_filter(self) -> None:
        self.model.set_filter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            dormant_only=self.asleep_only.isChecked(),
        )
        self._update_buttons()

    def _update_count(self) -> None:
        total = self.model.total_rows
        self.count_label.setText(self.tr("%n partner(s)", "", total))
        filtered = bool(
            self.model.query.text or self.model.query.status or self.model.query.dormant_only
        )
        if total:
            self.empty_hint.hide()
            return
        self.empty_hint.setText(
            self.tr("No partner matches this search.")
            if filtered
            else self.tr(
                "No partner yet. Click “New partner…” to add one, or “Import…” to read the "
                "list your committee already keeps (Excel or CSV)."
            )
        )
        self.empty_hint.show()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        writable = not self.services.read_only
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has and writable)
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        explain_read_only(
            self.services.read_only, self.delete_button, self.new_button, self.import_button
        )

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def select_id(self, partner_id: int | None) -> None:
        select_record(self.view, partner_id)

    # The Edit menu acts on whichever tab is shown.
    def new_item(self) -> None:
        self.new_partner()

    def edit_item(self) -> None:
        self.edit_partner()

    def delete_item(self) -> None:
        self.delete_partner()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- actions
    def new_partner(self) -> None:
        dialog = PartnerDialog(self.services.partners, self.gazetteer, None, self)
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_id(dialog.saved_id)
            self.message.emit(self.tr("Partner saved."))

    def edit_partner(self) -> None:
        partner_id = self.selected_id()
        if partner_id is None:
            return
        try:
            dialog = PartnerDialog(self.services.partners, self.gazetteer, partner_id, self)
        except TwinningError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self.select_id(partner_id)
            self.message.emit(self.tr("Partner saved."))

    def delete_partner(self) -> None:
        partner_id = self.selected_id()
        if partner_id is None:
            return
        row = self.model.row_at(self.view.selectionModel().selectedRows()[0].row())
        name = row.name if row else ""
        used = self.services.partners.dependants(partner_id)
        if used:
            QMessageBox.information(
                self,
                self.tr("Delete partner"),
                self.tr(
                    "{name} cannot be deleted: {events} event(s) and {delegations} "
                    "delegation(s) refer to it.\n\nSet its status to “Ended” instead; its "
                    "history stays in your records."
                ).format(
                    name=name, events=used.get("events", 0), delegations=used.get("delegations", 0)
                ),
            )
            return
        if not confirm(
            self,
            self.tr("Delete partner"),
            self.tr(
                "Delete {name} with its agreements, contacts and documents?\n\n"
                "You can undo this with Edit › Undo (Ctrl+Z)."
            ).format(name=name),
            self.tr("Delete"),
        ):
            return
        try:
            with self.undo_stack.action(
                Message(
                    "PartnersTab",
                    QT_TRANSLATE_NOOP("PartnersTab", "Delete partner {name}"),
                    {"name": name},
                )
            ):
                self.services.partners.delete(partner_id)
        except TwinningError as exc:
            show_error(self, exc)
            return
        self.message.emit(self.tr("{name} deleted. Ctrl+Z to undo.").format(name=name))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import partners"),
            str(IMPORT_DIR.get(self.settings) or ""),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            IMPORT_DIR.set(self.settings, Path(name).parent)
            self.import_file(Path(name))

    def import_file(self, path: Path) -> ImportPartnersDialog:
        dialog = ImportPartnersDialog(self.services.partners, path, self, self.gazetteer)
        dialog.open()
        dialog.accepted.connect(lambda: self._imported(dialog))
        return dialog

    def _imported(self, dialog: ImportPartnersDialog) -> None:
        if dialog.plan is not None:
            self.message.emit(import_summary(dialog.plan, done=True))

    def choose_export(self) -> None:
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Export partners"),
            self.tr("partners.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        # Imported when used: openpyxl takes a fifth of a second to load at start.
        from twinning_desk.export.partners import export_partners

        language = self.model.query.locale
        try:
            export_partners(
                path,
                self.services.partners.rows(self.model.query),
                self.services.partners.agreement_rows(),
                qtr,
                language,
            )
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("Partners exported to {path}.").format(path=path))
        return True
