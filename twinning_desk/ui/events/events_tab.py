"""The Events tab: a list or a month calendar, filters, and what to prepare next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.context import Services
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import DelegationQuery
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.events import EventQuery, EventRow, Upcoming
from twinning_desk.ui.common.colours import Fill, fill
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
from twinning_desk.ui.common.settings_store import EVENTS_CALENDAR, EVENTS_HEADER
from twinning_desk.ui.common.table_columns import TableColumns
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.common.widgets.lazy_combo import LazyComboBox
from twinning_desk.ui.events.event_calendar import EventCalendar
from twinning_desk.ui.events.event_dialog import EventDialog
from twinning_desk.ui.events.events_model import EventTableModel, type_label, when


def _lang() -> str:
    return QLocale().name()[:2]


def _upcoming_day(item: Upcoming) -> str:
    """A day, or the month or year alone of an agreement known no closer."""
    if item.precision == "year":
        return str(item.day.year)
    if item.precision == "month":
        return f"{item.day.month:02d}/{item.day.year}"
    return format_day(item.day, _lang())


def _upcoming_text(item: Upcoming) -> str:
    if item.kind == "anniversary":
        return QCoreApplication.translate(
            "EventsTab", "{years} years of the twinning with {partner}"
        ).format(years=item.years, partner=item.text)
    if item.kind == "follow_up":
        return QCoreApplication.translate("EventsTab", "To do: {text}").format(text=item.text)
    return item.text


class EventsTab(QWidget):
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
        self._month: tuple[int, int, list[EventRow]] | None = None

        # --- filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a title, a place or a partner…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)
        self.year = LazyComboBox()
        self.partner = LazyComboBox()
        self.type = LazyComboBox()
        self.theme = LazyComboBox()
        self._fill_filters()

        # --- list and calendar
        self.model = EventTableModel(services.events, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        open_on_enter_or_double_click(self.view, lambda: self.edit_item())

        # The month view is made when first shown (or asked for): a calendar and its
        # month's events cost a quarter of the tab's first show, for a view most open
        # the tab without (issue #17).
        self._calendar: EventCalendar | None = None
        self._day_model: ListTableModel[EventRow] | None = None
        self._day_view: QTableView | None = None
        self._calendar_page = QWidget()
        self._calendar_layout = QVBoxLayout(self._calendar_page)
        self._calendar_layout.setContentsMargins(0, 0, 0, 0)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self._calendar_page)
        self.list_button = QPushButton(self.tr("&List"))
        self.calendar_button = QPushButton(self.tr("Ca&lendar"))
        group = QButtonGroup(self)
        for index, button in enumerate((self.list_button, self.calendar_button)):
            button.setCheckable(True)
            group.addButton(button, index)
        self.list_button.setChecked(True)
        group.idClicked.connect(self.show_view)

        # --- upcoming
        self.upcoming_model: ListTableModel[Upcoming] = ListTableModel(
            [
                Column("day", QT_TRANSLATE_NOOP("Columns", "Date"), _upcoming_day),
                Column("text", QT_TRANSLATE_NOOP("Columns", "To prepare"), _upcoming_text),
            ],
            self,
        )
        self.upcoming_view = QTableView()
        self.upcoming_view.setModel(self.upcoming_model)
        self.upcoming_view.verticalHeader().hide()
        self.upcoming_view.horizontalHeader().setStretchLastSection(True)
        self.upcoming_view.setWordWrap(True)
        upcoming_box = QWidget()
        upcoming_layout = QVBoxLayout(upcoming_box)
        upcoming_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Coming up</b> — events, follow-ups due and anniversaries"))
        heading.setWordWrap(True)
        upcoming_layout.addWidget(heading)
        upcoming_layout.addWidget(self.upcoming_view)

        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(upcoming_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        # --- actions
        self.new_button = QPushButton(self.tr("&New event…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate for next year"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"))
        self.attendance_button = QPushButton(self.tr("&Attendance list (PDF)…"))
        self.attendance_button.clicked.connect(self.choose_attendance)
        self.count_label = QLabel()
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.duplicate_button.clicked.connect(self.duplicate_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.export_button.clicked.connect(self.choose_export)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.year, self.partner, self.type, self.theme):
            filters.addWidget(combo)
        filters.addWidget(self.list_button)
        filters.addWidget(self.calendar_button)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch()
        actions.addWidget(self.count_label)
        actions.addStretch()
        actions.addWidget(self.attendance_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._timer = debounce(self, self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.year, self.partner, self.type, self.theme):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self._changes = WhenShown(self, self._on_change)
        services.notifier.subscribe(self._changes)
        self.refresh()
        self.columns = TableColumns(self.view, EVENTS_HEADER, settings)
        if EVENTS_CALENDAR.get(settings):
            self.calendar_button.setChecked(True)
            self.show_view(1)

    # ---------------------------------------------------------------- the month view
    @property
    def calendar(self) -> EventCalendar:
        return self._month_view()[0]

    @property
    def day_model(self) -> ListTableModel[EventRow]:
        return self._month_view()[1]

    @property
    def day_view(self) -> QTableView:
        return self._month_view()[2]

    def _month_view(self) -> tuple[EventCalendar, ListTableModel[EventRow], QTableView]:
        if self._calendar is None or self._day_model is None or self._day_view is None:
            self._build_month_view()
        assert self._calendar is not None and self._day_model is not None
        assert self._day_view is not None
        return self._calendar, self._day_model, self._day_view

    def _build_month_view(self) -> None:
        calendar = EventCalendar()
        calendar.currentPageChanged.connect(lambda y, m: self._mark_month(y, m))
        calendar.selectionChanged.connect(self._show_day)
        day_model: ListTableModel[EventRow] = ListTableModel(
            [
                Column("when", QT_TRANSLATE_NOOP("Columns", "Date"), when),
                Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
                Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: type_label(r.type)),
                Column("partners", QT_TRANSLATE_NOOP("Columns", "Partners"), lambda r: r.partners),
            ],
            self,
        )
        day_view = QTableView()
        day_view.setModel(day_model)
        day_view.verticalHeader().hide()
        day_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        open_on_enter_or_double_click(day_view, lambda: self.edit_item())
        day_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._calendar, self._day_model, self._day_view = calendar, day_model, day_view
        self._calendar_layout.addWidget(calendar, 3)
        self._calendar_layout.addWidget(day_view, 2)
        # Tab reaches them where it did when they were made with the tab: after the
        # view buttons, before the list of what is coming up.
        QWidget.setTabOrder(self.calendar_button, calendar)
        QWidget.setTabOrder(calendar, day_view)
        QWidget.setTabOrder(day_view, self.upcoming_view)
        self._mark_month(calendar.yearShown(), calendar.monthShown())
        self._show_day()

    # ---------------------------------------------------------------- state
    def save_state(self) -> None:
        self.columns.save()
        EVENTS_CALENDAR.set(self.settings, self.stack.currentIndex() == 1)

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._changes)

    def _fill_filters(self) -> None:
        """The filters' choices, read when a filter is next used (the years and the types
        are each a pass over every event: 10 ms at each change of data, and at the tab's
        first show, for lists rarely opened, issue #17). A filter in use is filled now,
        so that its choice stays if it is still offered."""
        lists: list[tuple[LazyComboBox, str, Callable[[], list[tuple[str, object]]]]] = [
            (
                self.year,
                self.tr("All years"),
                lambda: [(str(y), y) for y in self.services.events.years()],
            ),
            (
                self.partner,
                self.tr("All partners"),
                lambda: [(name, i) for i, name, _cc in self.services.partners.choices()],
            ),
            (
                self.type,
                self.tr("All types"),
                lambda: [(type_label(k), k) for k in self.services.events.types()],
            ),
            (
                self.theme,
                self.tr("All themes"),
                lambda: [(n, n) for n in self.services.events.theme_names()],
            ),
        ]
        for combo, everything, items in lists:
            combo.offer(everything, items)

    def _on_change(self, topic: str) -> None:
        if topic in ("events", "partners", "all", "delegations"):
            self._fill_filters()
            self.refresh()

    def refresh(self) -> None:
        self._month = None  # the data changed: the month is read again
        selected = self.selected_ids()
        self.model.refresh()
        if selected:
            self._select(selected[0])
        if self._calendar is not None:
            self._mark_month(self._calendar.yearShown(), self._calendar.monthShown())
            self._show_day()
        self.upcoming_model.set_items(self.services.events.upcoming())
        self.upcoming_view.resizeColumnToContents(0)
        self._update_buttons()

    def _apply_filter(self) -> None:
        self.model.query.text = self.search.text()
        self.model.query.year = self.year.currentData()
        self.model.query.partner_id = self.partner.currentData()
        self.model.query.type = self.type.currentData()
        self.model.query.theme = self.theme.currentData()
        self.model.refresh()
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n event(s)", "", self.model.total_rows))

    def show_view(self, index: int) -> None:
        if index == 1:
            self._month_view()
        self.stack.setCurrentIndex(index)
        self._update_buttons()

    def _mark_month(self, year: int, month: int) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all marks
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(fill(Fill.MARKED_DAY)))
        titles: dict[date, list[str]] = {}
        for row in self._month_rows(year, month):
            day = row.start.date()
            last = (row.end or row.start).date()
            while day <= last:
                titles.setdefault(day, []).append(row.title)
                day = date.fromordinal(day.toordinal() + 1)
        for day, names in titles.items():
            fmt = QTextCharFormat(marked)
            fmt.setToolTip("\n".join(names))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self.calendar.set_titles(titles)

    def _month_rows(self, year: int, month: int) -> list[EventRow]:
        """The month's events, read once for the marks and the day's list."""
        if self._month is None or self._month[:2] != (year, month):
            self._month = (year, month, self.services.events.month(year, month))
        return self._month[2]

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate()
        day = date(chosen.year(), chosen.month(), chosen.day())
        rows = [
            r
            for r in self._month_rows(day.year, day.month)
            if r.start.date() <= day <= (r.end or r.start).date()
        ]
        self.day_model.set_items(rows)

    # ---------------------------------------------------------------- selection
    def selected_ids(self) -> list[int]:
        if self.stack.currentIndex() == 1:
            rows = self.day_view.selectionModel().selectedRows()
            return [self.day_model.items[i.row()].id for i in rows]
        rows = self.view.selectionModel().selectedRows()
        return [r.id for i in rows if (r := self.model.row_at(i.row())) is not None]

    def _select(self, event_id: int) -> None:
        select_record(self.view, event_id)

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        writable = not self.services.read_only
        self.edit_button.setEnabled(len(ids) == 1)
        self.duplicate_button.setEnabled(len(ids) == 1 and writable)
        self.attendance_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(len(ids) == 1 and writable)
        self.new_button.setEnabled(writable)
        explain_read_only(
            self.services.read_only, self.duplicate_button, self.delete_button, self.new_button
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- actions
    def new_item(self) -> None:
        dialog = EventDialog(self.services.events, self.services.partners, None, self)
        if self.stack.currentIndex() == 1:
            chosen = self.calendar.selectedDate()
            dialog.start.setDateTime(datetime(chosen.year(), chosen.month(), chosen.day()))
            dialog.mark_unchanged()
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id:
            self._select(dialog.saved_id)
            self.message.emit(self.tr("Event saved."))

    def edit_item(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            dialog = EventDialog(self.services.events, self.services.partners, ids[0], self)
        except TwinningError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if self.undo_stack.run(dialog) == QDialog.DialogCode.Accepted:
            self._select(ids[0])
            self.message.emit(self.tr("Event saved."))

    def duplicate_item(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            new_id = self.services.events.duplicate(ids[0])
        except TwinningError as exc:
            show_error(self, exc)
            return
        self._select(new_id)
        self.message.emit(self.tr("Next year's edition created; open it to adjust the dates."))

    def delete_item(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        title = self.services.events.get(ids[0]).title
        if not confirm(
            self,
            self.tr("Delete event"),
            self.tr(
                "Delete “{title}” with its follow-ups?\n\nYou can undo this with "
                "Edit › Undo (Ctrl+Z)."
            ).format(title=title),
            self.tr("Delete"),
        ):
            return
        try:
            with self.undo_stack.action(
                Message(
                    "EventsTab",
                    QT_TRANSLATE_NOOP("EventsTab", "Delete event {title}"),
                    {"title": title},
                )
            ):
                self.services.events.delete(ids[0])
        except TwinningError as exc:
            show_error(self, exc)
            return
        self.message.emit(self.tr("“{title}” deleted. Ctrl+Z to undo.").format(title=title))

    def choose_attendance(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Attendance list"),
            self.tr("attendance") + ".pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path is not None:
            self.export_attendance(ids[0], path)

    def export_attendance(self, event_id: int, path: Path) -> bool:
        """One list per invited partner town, with a numbered row per expected guest."""
        # Imported when used: reportlab takes a fifth of a second to load at start.
        from twinning_desk.export.attendance import event_attendance, write_attendance

        try:
            write_attendance(path, event_attendance(self.services, event_id), qtr, _lang())
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("Attendance list written: {path}").format(path=path))
        return True

    def choose_export(self) -> None:
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Export to a calendar"),
            self.tr("events.ics"),
            self.tr("iCalendar (*.ics)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """The selected events, or all those the filters show when none is selected,
        with the delegations of the same year and partner unless a filter only events
        have (text, type, theme) narrows the list."""
        # Imported when used: icalendar slows the start for an export done rarely.
        from twinning_desk.export.calendar import (
            by_start,
            calendar_items,
            delegation_items,
            write_ics,
        )

        ids = self.selected_ids() if len(self.selected_ids()) > 1 else None
        profile = self.services.commune.get()
        query = EventQuery(
            text=self.model.query.text,
            year=self.model.query.year,
            partner_id=self.model.query.partner_id,
            type=self.model.query.type,
            theme=self.model.query.theme,
            sort="start",
            descending=False,
        )
        try:
            items = calendar_items(
                self.services.calendar, query, ids, profile.country_code if profile else None, qtr
            )
            if ids is None and not (query.text.strip() or query.type or query.theme):
                visits = self.services.calendar.visits(
                    DelegationQuery(year=query.year, partner_id=query.partner_id, descending=False)
                )
                home = profile.name if profile else None
                items = by_start(items + delegation_items(visits, qtr, _lang(), home))
            write_ics(path, items, (profile.committee_name or profile.name) if profile else "")
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("%n event(s) exported to the calendar file.", "", len(items)))
        return True
