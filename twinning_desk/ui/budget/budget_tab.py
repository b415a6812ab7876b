"""The Budget tab: a year's lines, the summary by account with balance and result, a
forecast-against-actual chart, the subsidies, and the treasurer's workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import BudgetKind
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.budget import (
    KIND_LABELS,
    SUBSIDY_STATUS_LABELS,
    CategoryTotal,
    SubsidyData,
)
from twinning_desk.services.context import Services
from twinning_desk.services.dates import excel_day_format, format_day
from twinning_desk.services.errors import TwinningError
from twinning_desk.ui.budget.budget_dialog import BudgetLineDialog, SubsidyDialog
from twinning_desk.ui.budget.budget_model import BudgetTableModel, euros
from twinning_desk.ui.budget.forecast_chart import ForecastChart
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.helpers import (
    confirm,
    debounce,
    explain_read_only,
    open_on_enter_or_double_click,
    qtr,
    show_error,
)
from twinning_desk.ui.common.lazy_tabs import WhenShown
from twinning_desk.ui.common.settings_store import BUDGET_HEADER
from twinning_desk.ui.common.table_columns import TableColumns
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.common.widgets.lazy_combo import LazyComboBox


def _lang() -> str:
    return QLocale().name()[:2]


def _nobr(cents: int) -> str:
    """An amount that a rich-text label never breaks across two lines."""
    return f"<nobr>{euros(cents)}</nobr>"


class BudgetTab(QWidget):
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
        budget = services.budget
        self.year_combo = LazyComboBox()
        self.new_year_button = QPushButton(self.tr("New fiscal &year…"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Expenses and income"), None)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(qtr("Labels", label), kind)
        # The chart's sixty accounts are listed when the filter is first used; the box
        # is as wide as they made it (their widest passes the 240 px it was held to)
        # from the start, so that nothing moves when they come (issue #17).
        self.category = LazyComboBox()
        self.category.setFixedWidth(240)
        self.category.addItem(self.tr("All accounts"), None)
        self.category.set_filler(self._fill_categories)
        self.action = LazyComboBox()
        self.action.setMaximumWidth(240)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a label, a payee, a receipt…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)

        year = budget.current_year()
        self.model = BudgetTableModel(budget, year, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        open_on_enter_or_double_click(self.view, lambda: self.edit_item())

        self.summary_model: ListTableModel[CategoryTotal] = ListTableModel(
            [
                Column("code", QT_TRANSLATE_NOOP("Columns", "Account"), lambda t: t.code),
                Column(
                    "label",
                    QT_TRANSLATE_NOOP("Columns", "Category"),
                    lambda t: qtr("Chart", t.label),
                ),
                Column(
                    "forecast",
                    QT_TRANSLATE_NOOP("Columns", "Forecast"),
                    lambda t: euros(t.forecast_cents),
                ),
                Column(
                    "actual",
                    QT_TRANSLATE_NOOP("Columns", "Actual"),
                    lambda t: euros(t.actual_cents),
                ),
                Column(
                    "variance",
                    QT_TRANSLATE_NOOP("Columns", "Variance"),
                    lambda t: euros(t.variance_cents),
                ),
                Column(
                    "percent",
                    QT_TRANSLATE_NOOP("Columns", "% done"),
                    lambda t: (
                        ""
                        if t.percent_done is None
                        else f"{QLocale().toString(float(t.percent_done), 'f', 1)}\u00a0%"
                    ),
                ),
            ],
            self,
        )
        self.summary_view = QTableView()
        self.summary_view.setModel(self.summary_model)
        self.summary_view.verticalHeader().hide()
        # Sized to the content once a fill (see _show_year), not in ResizeToContents
        # mode: that measured every cell again at each layout, 3,500 calls of data()
        # at the tab's first show (issue #17).
        header = self.summary_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary_view.setWordWrap(False)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.chart = ForecastChart()
        summary_page = QWidget()
        summary_layout = QVBoxLayout(summary_page)
        summary_layout.addWidget(self.totals_label)
        summary_layout.addWidget(self.summary_view, 2)
        summary_layout.addWidget(self.chart, 1)

        # The subsidies and the reports due are read when their page is shown (or
        # their model asked for): at a first show and at each change of year they cost
        # a third of the figures, for a page most visits leave closed (issue #17).
        self._subsidy_model: ListTableModel[SubsidyData] = ListTableModel(
            [
                Column("funder", QT_TRANSLATE_NOOP("Columns", "Funder"), lambda s: s.funder),
                Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), lambda s: s.action),
                Column(
                    "requested",
                    QT_TRANSLATE_NOOP("Columns", "Requested"),
                    lambda s: euros(s.requested_cents),
                ),
                Column(
                    "granted",
                    QT_TRANSLATE_NOOP("Columns", "Granted"),
                    lambda s: euros(s.granted_cents),
                ),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    lambda s: qtr("Labels", SUBSIDY_STATUS_LABELS[s.status]),
                ),
                Column(
                    "report",
                    QT_TRANSLATE_NOOP("Columns", "Report due"),
                    lambda s: format_day(s.report_due, _lang()) if s.report_due else "",
                ),
            ],
            self,
        )
        self.subsidy_view = QTableView()
        self.subsidy_view.setModel(self._subsidy_model)
        self.subsidy_view.verticalHeader().hide()
        self.subsidy_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subsidy_view.horizontalHeader().setStretchLastSection(True)
        open_on_enter_or_double_click(self.subsidy_view, lambda: self.edit_subsidy())
        self._due_label = QLabel()
        self._due_label.setWordWrap(True)
        style_tone(self._due_label, Tone.WARNING)
        self._subsidies_of: int | None = None  # the year the subsidy list holds
        self._due_read = False
        self.new_subsidy_button = QPushButton(self.tr("New subsidy &request…"))
        self.new_subsidy_button.clicked.connect(self.new_subsidy)
        self._subsidy_page = subsidy_page = QWidget()
        subsidy_layout = QVBoxLayout(subsidy_page)
        subsidy_layout.addWidget(self._due_label)
        subsidy_layout.addWidget(self.subsidy_view, 1)
        subsidy_layout.addWidget(self.new_subsidy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.side = QTabWidget()
        self.side.addTab(summary_page, self.tr("Summary"))
        self.side.addTab(subsidy_page, self.tr("Subsidies"))
        self.side.currentChanged.connect(lambda _i: self._show_subsidies())
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.new_button = QPushButton(self.tr("&New line…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.carry_button = QPushButton(self.tr("Start from last year's &forecast"))
        self.export_button = QPushButton(self.tr("E&xport the Excel workbook…"))
        self.count_label = QLabel()
        for button, slot in (
            (self.new_button, self.new_item),
            (self.edit_button, self.edit_item),
            (self.duplicate_button, self.duplicate_item),
            (self.delete_button, self.delete_item),
            (self.carry_button, self.carry_over),
            (self.export_button, self.choose_export),
            (self.new_year_button, self.new_year),
        ):
            button.clicked.connect(slot)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Fiscal year")))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.new_year_button)
        filters.addWidget(self.kind)
        filters.addWidget(self.category)
        filters.addWidget(self.action)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch()
        actions.addWidget(self.count_label)
        actions.addStretch()
        actions.addWidget(self.carry_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._figures_year: int | None = None
        self._actions_year: int | None = None
        self._timer = debounce(self, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.category.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.action.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self._fill_years(year)
        self._fill_actions()
        self.year_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self._changes = WhenShown(self, self._on_change)
        services.notifier.subscribe(self._changes)
        self.refresh()
        self.columns = TableColumns(self.view, BUDGET_HEADER, settings)

    # ---------------------------------------------------------------- state
    @property
    def year(self) -> int:
        return int(self.year_combo.currentData() or date.today().year)

    def save_state(self) -> None:
        self.columns.save()

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._changes)

    def _fill_years(self, select: int) -> None:
        """The year ``select`` shown; the others listed when the box is first used (the
        fiscal years are read then: thirty of them at each change of data)."""
        combo = self.year_combo
        combo.blockSignals(True)
        combo.set_filler(None)
        combo.clear()
        combo.addItem(str(select), select)
        combo.blockSignals(False)
        combo.set_filler(lambda: self._list_years(select))

    def _list_years(self, select: int) -> None:
        years = sorted(set(self.services.budget.years()) | {select}, reverse=True)
        combo = self.year_combo
        combo.blockSignals(True)
        combo.set_filler(None)
        combo.clear()
        for y in years:
            combo.addItem(str(y), y)
        combo.setCurrentIndex(max(0, combo.findData(select)))
        combo.blockSignals(False)

    def _fill_categories(self) -> None:
        self.category.set_filler(None)
        for code, label, _kind in self.services.budget.categories():
            self.category.addItem(f"{code} — {qtr('Chart', label)}", code)

    def _fill_actions(self) -> None:
        """The "by action" filter: the events and delegations the year's lines belong to,
        read when the filter is next used, unless an action is chosen now (it stays
        chosen if it has lines in the year, as before)."""
        self._actions_year = self.year
        if self.action.currentData() is not None:
            self._load_actions()
            return
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        self.action.blockSignals(False)
        self.action.set_filler(self._load_actions)

    def _load_actions(self) -> None:
        self.action.set_filler(None)
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for kind, ident, name, day in self.services.budget.linked_actions(self.year):
            self.action.addItem(f"{format_day(day, _lang())} — {name}", f"{kind}:{ident}")
        self.action.setCurrentIndex(max(0, self.action.findData(current)))
        self.action.blockSignals(False)

    def _on_change(self, topic: str) -> None:
        if topic in ("budget", "all"):
            self._fill_years(self.year)  # a year opened elsewhere (the command line, an undo)
        if topic in ("events", "delegations", "budget", "all"):
            self._fill_actions()
        if topic in ("budget", "all", "events"):
            self.refresh()

    def _apply_filter(self) -> None:
        q = self.model.query
        q.year, q.text = self.year, self.search.text()
        kind = self.kind.currentData()
        q.kind = BudgetKind(kind) if kind else None
        q.category_code = self.category.currentData()
        q.event_id, q.delegation_id = self._chosen_action()
        # A filter changes the lines shown, not the year's figures: those are recomputed
        # when the year or the data change (refresh), not at each keystroke (issue #17).
        if self._figures_year != self.year:
            if self._actions_year != self.year:
                self._fill_actions()
            self._show_year()
            return
        self.model.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """The data changed: everything shown is read again, the rest when shown."""
        self._subsidies_of = None
        self._due_read = False
        self._show_year()

    def _show_year(self) -> None:
        """The year's lines and figures (a change of year: the reports due, over every
        year, stay as they are)."""
        self.model.query.year = self.year
        self.model.refresh()
        self._figures_year = self.year
        summary = self.services.budget.summary(self.year)
        # Accounts with no amount would only push the others out of sight.
        self.summary_model.set_items(
            [c for c in summary.categories if c.forecast_cents or c.actual_cents]
        )
        self.summary_view.resizeColumnsToContents()
        self.chart.set_totals(summary.categories)
        balance = (
            self.tr("The forecast is balanced.")
            if summary.balanced
            else self.tr("The forecast is not balanced: income minus expenses is {gap}.").format(
                gap=euros(summary.result_forecast)
            )
        )
        self.totals_label.setText(
            self.tr(
                "<b>Expenses</b> forecast {cf}, actual {ca} — <b>Income</b> forecast {pf}, actual "
                "{pa}<br><b>Result of the year</b>: {result}. {balance}"
            ).format(
                cf=_nobr(summary.total(BudgetKind.CHARGE)),
                ca=_nobr(summary.total(BudgetKind.CHARGE, True)),
                pf=_nobr(summary.total(BudgetKind.PRODUIT)),
                pa=_nobr(summary.total(BudgetKind.PRODUIT, True)),
                result=_nobr(summary.result_actual),
                balance=balance,
            )
        )
        self._show_subsidies()
        self._update_buttons()

    # ---------------------------------------------------------------- the subsidies page
    @property
    def subsidy_model(self) -> ListTableModel[SubsidyData]:
        """The year's subsidies, read now if they were not."""
        self._fill_subsidies()
        return self._subsidy_model

    @property
    def due_label(self) -> QLabel:
        """The financial reports due, read now if they were not."""
        self._fill_due()
        return self._due_label

    def _show_subsidies(self) -> None:
        if self.side.currentWidget() is self._subsidy_page:
            self._fill_subsidies()
            self._fill_due()

    def _fill_subsidies(self) -> None:
        if self._subsidies_of != self.year:
            self._subsidies_of = self.year
            self._subsidy_model.set_items(self.services.budget.subsidies(self.year))

    def _fill_due(self) -> None:
        if self._due_read:
            return
        self._due_read = True
        due = self.services.budget.reports_due()
        self._due_label.setText(
            self.tr("Financial reports due: {items}").format(
                items="; ".join(
                    f"{s.funder} — {s.action} ({format_day(s.report_due, _lang())})"
                    for s in due
                    if s.report_due
                )
            )
            if due
            else ""
        )

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n line(s)", "", self.model.total_rows))

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        writable = not self.services.read_only
        self.edit_button.setEnabled(has and writable)
        self.duplicate_button.setEnabled(has and writable)
        self.delete_button.setEnabled(has and writable)
        for b in (
            self.new_button,
            self.carry_button,
            self.new_year_button,
            self.new_subsidy_button,
        ):
            b.setEnabled(writable)
        explain_read_only(
            self.services.read_only,
            self.duplicate_button,
            self.delete_button,
            self.new_button,
            self.carry_button,
            self.new_year_button,
            self.new_subsidy_button,
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- actions
    def new_item(self) -> None:
        dialog = BudgetLineDialog(self.services.budget, self.services.events, self.year, None, self)
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self.message.emit(self.tr("Budget line saved."))

    def edit_item(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        try:
            line = self.services.budget.get(line_id)
        except TwinningError as exc:
            show_error(self, exc)
            return
        dialog = BudgetLineDialog(self.services.budget, self.services.events, self.year, line, self)
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self.message.emit(self.tr("Budget line saved."))

    def duplicate_item(self) -> None:
        line_id = self.selected_id()
        if line_id is not None:
            self.services.budget.duplicate(line_id)

    def delete_item(self) -> None:
        line_id = self.selected_id()
        if line_id is None:
            return
        label = self.services.budget.get(line_id).label
        if not confirm(
            self,
            self.tr("Delete budget line"),
            self.tr("Delete “{label}”?\n\nYou can undo this with Edit › Undo (Ctrl+Z).").format(
                label=label
            ),
            self.tr("Delete"),
        ):
            return
        try:
            with self.undo_stack.action(
                Message(
                    "BudgetTab",
                    QT_TRANSLATE_NOOP("BudgetTab", "Delete budget line {label}"),
                    {"label": label},
                )
            ):
                self.services.budget.delete(line_id)
        except TwinningError as exc:
            show_error(self, exc)
            return

    def new_year(self) -> None:
        year, ok = QInputDialog.getInt(
            self,
            self.tr("New fiscal year"),
            self.tr("Year:"),
            max(self.services.budget.years() or [date.today().year]) + 1,
            1900,
            2200,
        )
        if ok:
            self.services.budget.ensure_year(year)
            self.services.budget.set_current(year)
            self._fill_years(year)
            self._apply_filter()

    def carry_over(self) -> None:
        previous = self.year - 1
        if previous not in self.services.budget.years():
            show_error(
                self,
                TwinningError(
                    _message(
                        QT_TRANSLATE_NOOP(
                            "BudgetTab", "There is no fiscal year {year} to start from."
                        ),
                        year=previous,
                    )
                ),
            )
            return
        if confirm(
            self,
            self.tr("Start from last year"),
            self.tr(
                "Copy the forecast lines of {previous} into {year} (actual amounts left empty)?"
            ).format(previous=previous, year=self.year),
            self.tr("Copy"),
        ):
            count = self.services.budget.carry_over(previous, self.year)
            self.message.emit(self.tr("%n line(s) copied.", "", count))

    def new_subsidy(self) -> None:
        self.undo_stack.run(SubsidyDialog(self.services.budget, self.year, None, self))

    def edit_subsidy(self) -> None:
        rows = self.subsidy_view.selectionModel().selectedRows()
        if rows:
            self.undo_stack.run(
                SubsidyDialog(
                    self.services.budget, self.year, self._subsidy_model.items[rows[0].row()], self
                )
            )

    def choose_export(self) -> None:
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Export the budget workbook"),
            self.tr("budget-{year}.xlsx").format(year=self.year),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        # Imported when used: openpyxl takes a fifth of a second to load at start.
        from twinning_desk.export.budget import from_service, write_budget_workbook

        profile = self.services.commune.get()
        name = (profile.committee_name or profile.name) if profile else ""
        # With an action chosen in the filter, the Cerfa sheets are that action's: the
        # subsidy file of one exchange, as a funder asks for it.
        event_id, delegation_id = self._chosen_action()
        try:
            write_budget_workbook(
                path,
                from_service(
                    self.services.budget,
                    name,
                    self.year,
                    qtr,
                    excel_day_format(_lang()),
                    event_id=event_id,
                    delegation_id=delegation_id,
                ),
            )
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        if event_id or delegation_id:
            self.message.emit(
                self.tr("Budget exported to {path}, with the Cerfa sheets of {action}.").format(
                    path=path, action=self.action.currentText()
                )
            )
        else:
            self.message.emit(self.tr("Budget exported to {path}.").format(path=path))
        return True

    def _chosen_action(self) -> tuple[int | None, int | None]:
        """(event id, delegation id) of the action chosen in the filter, if any."""
        kind, _, ident = str(self.action.currentData() or "").partition(":")
        return (
            int(ident) if kind == "event" else None,
            int(ident) if kind == "delegation" else None,
        )


def _message(text: str, **params: Any) -> Any:
    return Message("BudgetTab", text, params)
