"""The Delegations tab: visits received and made, filtered and sorted in SQL, with the
delegation editor, the people directory, attendance lists and the hosting list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import Direction
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.context import Services
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import (
    DELEGATION_STATUS_LABELS,
    PURPOSE_LABELS,
    DelegationQuery,
    DelegationRow,
    DelegationService,
)
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.events import DIRECTION_LABELS
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
from twinning_desk.ui.common.settings_store import DELEGATIONS_HEADER
from twinning_desk.ui.common.table_columns import TableColumns
from twinning_desk.ui.common.table_model import Column, PagedTableModel
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.common.widgets.lazy_combo import LazyComboBox
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.delegations.people_dialog import DirectoryDialog
from twinning_desk.ui.delegations.report_dialog import ReportDialog


def _lang() -> str:
    return QLocale().name()[:2]


def _purpose(key: str) -> str:
    label = PURPOSE_LABELS.get(key)
    return qtr("Labels", label) if label else key


class DelegationTableModel(PagedTableModel[DelegationRow]):
    columns = (
        Column(
            "start",
            QT_TRANSLATE_NOOP("Columns", "Dates"),
            lambda r: f"{format_day(r.start, _lang())} – {format_day(r.end, _lang())}",
        ),
        Column(
            "direction",
            QT_TRANSLATE_NOOP("Columns", "Direction"),
            lambda r: qtr("Labels", DIRECTION_LABELS[r.direction]),
        ),
        Column(
            "partner",
            QT_TRANSLATE_NOOP("Columns", "Partner"),
            lambda r: f"{r.partner} ({country_name(r.country_code, _lang())})",
        ),
        Column("purpose", QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda r: _purpose(r.purpose)),
        Column(
            "members",
            QT_TRANSLATE_NOOP("Columns", "Members"),
            lambda r: QLocale().toString(r.members),
            align_right=True,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: qtr("Labels", DELEGATION_STATUS_LABELS[r.status]),
        ),
    )

    def __init__(self, service: DelegationService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = DelegationQuery()
        self.descending = True

    def _query(self) -> DelegationQuery:
        self.query.sort, self.query.descending = self.sort_key, self.descending
        return self.query

    def fetch(self, offset: int, limit: int) -> list[DelegationRow]:
        return self.service.rows(self._query(), offset, limit)

    def total(self) -> int:
        return self.service.count(self._query())


class DelegationsTab(QWidget):
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        undo_stack: History,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.settings = settings
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a partner…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)
        self.year = LazyComboBox()
        self.partner = LazyComboBox()
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Received and made"), None)
        for direction, label in DIRECTION_LABELS.items():
            self.direction.addItem(qtr("Labels", label), direction.value)
        self.model = DelegationTableModel(services.delegations, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        open_on_enter_or_double_click(self.view, lambda: self.edit_item())
        self.count_label = QLabel()

        self.new_button = QPushButton(self.tr("&New delegation…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.attendance_button = QPushButton(self.tr("&Attendance list (PDF)…"))
        self.hosting_button = QPushButton(self.tr("&Hosting list…"))
        self.report_button = QPushButton(self.tr("Mission &report…"))
        self.report_button.clicked.connect(self.open_report)
        self.people_button = QPushButton(self.tr("&People and host families…"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.attendance_button.clicked.connect(self.choose_attendance)
        self.hosting_button.clicked.connect(self.choose_hosting)
        self.people_button.clicked.connect(self.open_directory)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.partner)
        filters.addWidget(self.direction)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch()
        actions.addWidget(self.count_label)
        actions.addStretch()
        for b in (
            self.report_button,
            self.attendance_button,
            self.hosting_button,
            self.people_button,
        ):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self._timer = debounce(self, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.year, self.partner, self.direction):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.modelReset.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._changes = WhenShown(self, self._on_change)
        services.notifier.subscribe(self._changes)
        self._fill_filters()
        self.refresh()
        self.columns = TableColumns(self.view, DELEGATIONS_HEADER, settings)

    def save_state(self) -> None:
        self.columns.save()

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._changes)

    def _fill_filters(self) -> None:
        """The years and partners to filter by, read when a filter is next used: the
        years are a pass over every delegation (16 ms of the tab's first show at 5,000
        delegations, issue #17). A filter in use is filled now, so that its choice stays
        if it is still offered."""
        lists: list[tuple[LazyComboBox, str, Callable[[], list[tuple[str, object]]]]] = [
            (
                self.year,
                self.tr("All years"),
                lambda: [(str(y), y) for y in self.services.delegations.years()],
            ),
            (
                self.partner,
                self.tr("All partners"),
                lambda: [
                    (name, pid) for pid, name, _c in self.services.delegations.partner_choices()
                ],
            ),
        ]
        for combo, everything, items in lists:
            combo.offer(everything, items)

    def _on_change(self, topic: str) -> None:
        if topic in ("delegations", "partners", "all"):
            self._fill_filters()
            self.refresh()

    def _apply_filter(self) -> None:
        self.model.query.text = self.search.text()
        self.model.query.year = self.year.currentData()
        self.model.query.partner_id = self.partner.currentData()
        direction = self.direction.currentData()
        self.model.query.direction = Direction(direction) if direction else None
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n delegation(s)", "", self.model.total_rows))

    def _update_buttons(self) -> None:
        one = len(self.selected_ids()) == 1
        writable = not self.services.read_only
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(one and writable)
        self.attendance_button.setEnabled(one)
        self.hosting_button.setEnabled(one)
        self.report_button.setEnabled(one)
        explain_read_only(self.services.read_only, self.new_button, self.delete_button)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [r.id for i in rows if (r := self.model.row_at(i.row())) is not None]

    def select(self, delegation_id: int) -> None:
        select_record(self.view, delegation_id)

    # ---------------------------------------------------------------- actions
    def new_item(self) -> None:
        dialog = DelegationDialog(self.services.delegations, self.services.people, None, self)
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select(dialog.saved_id)
            self.message.emit(self.tr("Delegation saved."))

    def edit_item(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            dialog = DelegationDialog(self.services.delegations, self.services.people, ids[0], self)
        except TwinningError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self.select(ids[0])
            self.message.emit(self.tr("Delegation saved."))

    def delete_item(self) -> None:
        ids = self.selected_ids()
        row = self.model.row_at(self.view.selectionModel().selectedRows()[0].row()) if ids else None
        if row is None:
            return
        label = f"{row.partner}, {format_day(row.start, _lang())}"
        if not confirm(
            self,
            self.tr("Delete delegation"),
            self.tr(
                "Delete the delegation {label} with its members list, programme and hosting "
                "plan? The people stay in the directory.\n\nYou can undo this with "
                "Edit › Undo (Ctrl+Z)."
            ).format(label=label),
            self.tr("Delete"),
        ):
            return
        try:
            with self.undo_stack.action(
                Message(
                    "DelegationsTab",
                    QT_TRANSLATE_NOOP("DelegationsTab", "Delete delegation {label}"),
                    {"label": label},
                )
            ):
                self.services.delegations.delete(row.id)
        except TwinningError as exc:
            show_error(self, exc)
            return
        self.message.emit(
            self.tr("Delegation {label} deleted. Ctrl+Z to undo.").format(label=label)
        )

    def open_report(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            dialog = ReportDialog(self.services.reports, ids[0], self.settings, self)
        except TwinningError as exc:
            show_error(self, exc)
            return
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self.message.emit(self.tr("Mission report saved."))

    def open_directory(self) -> None:
        DirectoryDialog(
            self.services.people,
            self.settings,
            self.services.delegations.partner_choices(),
            self,
        ).exec()
        self.refresh()

    def _save_name(self, title: str, name: str, filters: str) -> Path | None:
        return choose_export_path(self, self.settings, title, name, filters)

    def _file_stem(self, kind: str) -> str:
        row = self.model.row_at(self.view.selectionModel().selectedRows()[0].row())
        assert row is not None
        return f"{kind}-{row.partner}-{row.start.isoformat()}"

    def choose_attendance(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        path = self._save_name(
            self.tr("Attendance list"),
            self._file_stem(self.tr("attendance")) + ".pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is not None:
            self.export_attendance(ids[0], path)

    def export_attendance(self, delegation_id: int, path: Path) -> bool:
        # Imported when used: reportlab and openpyxl slow the start.
        from twinning_desk.export import attendance

        try:
            document = attendance.delegation_attendance(self.services, delegation_id, qtr)
            attendance.write_attendance(path, document, qtr, _lang())
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("Attendance list written: {path}").format(path=path))
        return True

    def choose_hosting(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        path = self._save_name(
            self.tr("Hosting list"),
            self._file_stem(self.tr("hosting")) + ".pdf",
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        sensitive = QMessageBox.question(
            self,
            self.tr("Hosting list"),
            self.tr(
                "Include the visitors' diet and health notes? Only the host families who "
                "need them should receive a list with them."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.export_hosting(ids[0], path, sensitive == QMessageBox.StandardButton.Yes)

    def export_hosting(self, delegation_id: int, path: Path, include_sensitive: bool) -> bool:
        # Imported when used: reportlab and openpyxl slow the start.
        from twinning_desk.export import attendance

        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        try:
            title, rows = attendance.hosting_rows(
                self.services, delegation_id, include_sensitive, qtr, _lang()
            )
            if path.suffix.lower() == ".xlsx":
                attendance.write_hosting_xlsx(path, rows, include_sensitive, qtr, _lang())
            else:
                attendance.write_hosting_pdf(path, title, rows, include_sensitive, qtr, _lang())
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("Hosting list written: {path}").format(path=path))
        return True
