"""The Delegations tab, first slice: visits received and made, filtered and sorted in SQL.

Creating and editing delegations (members, programme, host families) comes with the
Delegations issue; the list already shows what the committee's file holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import Direction
from twinning_desk.i18n import QT_TRANSLATE_NOOP
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
from twinning_desk.services.events import DIRECTION_LABELS
from twinning_desk.ui.common import debounce, qtr
from twinning_desk.ui.models.table import Column, PagedTableModel


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
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a partner…"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
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
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        note = QLabel(
            self.tr(
                "Creating and editing delegations, their members, programme and "
                "host families comes in the next version."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.direction)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._timer = debounce(self, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.year.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.direction.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.model.modelReset.connect(self._update_count)
        services.notifier.subscribe(self._on_change)
        self._fill_years()
        self.refresh()
        state = settings.value("delegations/header")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        else:
            self.view.resizeColumnsToContents()

    def save_state(self) -> None:
        self.settings.setValue("delegations/header", self.view.horizontalHeader().saveState())

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._on_change)

    def _fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in self.services.delegations.years():
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def _on_change(self, topic: str) -> None:
        if topic in ("delegations", "partners", "all"):
            self._fill_years()
            self.refresh()

    def _apply_filter(self) -> None:
        self.model.query.text = self.search.text()
        self.model.query.year = self.year.currentData()
        direction = self.direction.currentData()
        self.model.query.direction = Direction(direction) if direction else None
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n delegation(s)", "", self.model.total_rows))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
