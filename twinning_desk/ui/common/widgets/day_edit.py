"""A day typed the quick ways, with a calendar beside it.

A QDateEdit makes people type a date section by section: "8/9/73" typed digit by digit
becomes 08/09/2073 or fights the cursor. This field is a plain line where "8/9/73",
"08092026", "8 sept" or "8/9" are read when the field is left (the rules live in
:func:`twinning_desk.services.dates.parse_typed_day`), written back in the form the
whole app prints, and a button opens a calendar for those who prefer to click.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from twinning_desk.services.dates import format_day, parse_typed_day
from twinning_desk.services.errors import ValidationError
from twinning_desk.ui.common.helpers import example, qtr

Day = date  # the type, where a method named date() would hide it


def _lang() -> str:
    return QLocale().name()


def calendar_icon(ink: QColor) -> QIcon:
    """A small calendar page in the theme's text colour (Qt has no standard one, and a
    themed icon is missing on Windows and macOS)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(ink)
    painter.drawRect(1, 2, 13, 12)  # the page
    painter.fillRect(1, 2, 14, 3, ink)  # its header
    for x in (4, 7, 10):  # the days, three by three
        for y in (7, 10):
            painter.fillRect(x, y, 2, 2, ink)
    painter.end()
    return QIcon(pixmap)


class _DayLine(QLineEdit):
    """Reads what was typed when the cursor leaves, so the text settles into a date."""

    left = Signal()
    calendar_asked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Alt+Down opens a combo box's list; the same key opens the calendar here.
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.calendar_asked.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.left.emit()


class DayEdit(QWidget):
    """One day, or none when ``optional``; :meth:`value` refuses a bad one by name."""

    dateChanged = Signal(object)  # noqa: N815 - Qt's naming, like QDateEdit's signal

    def __init__(
        self,
        optional: bool = False,
        initial: Day | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._date: Day | None = None
        self.edit = _DayLine()
        self.edit.setClearButtonEnabled(optional)
        # An example in the form the app writes days in this language, not a real value.
        self.edit.setPlaceholderText(example(format_day(Day(2026, 7, 14), _lang())))
        self.edit.editingFinished.connect(self.settle)
        self.edit.left.connect(self.settle)
        self.edit.calendar_asked.connect(self.open_calendar)
        self.button = QToolButton()
        self.button.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Pick the day in a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open the calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = menu
        self.button.setMenu(menu)
        self.setFocusProxy(self.edit)
        # One line high, as wide as the form allows: like the line edits around it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        if initial is not None:
            self.setDate(initial)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """A screen reader names the line after the form's label, whose buddy is this
        whole field (the label cannot point inside it)."""
        super().showEvent(event)
        if self.edit.accessibleName():
            return
        # The label's buddy is this field, or the day-and-time field holding it.
        fields = {id(self), id(self.parentWidget())}
        for label in self.window().findChildren(QLabel):
            if id(label.buddy()) in fields:
                text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                self.edit.setAccessibleName(text.rstrip(" *"))
                break

    # ------------------------------------------------------------ reading
    def date(self) -> Day | None:
        """The last day read, or None (empty, or not yet a date)."""
        return self._date

    def read(self, field: str) -> Day | None:
        """The day for saving: a typed text that is not a day is refused, not dropped."""
        day = parse_typed_day(field, self.edit.text())
        if day is None and not self.optional:
            raise ValidationError(field, "is required.")
        return day

    def required(self, field: str) -> Day:
        """The day for saving a field that must have one."""
        day = parse_typed_day(field, self.edit.text())
        if day is None:
            raise ValidationError(field, "is required.")
        return day

    def text(self) -> str:
        return self.edit.text()

    # ------------------------------------------------------------ writing
    def setDate(self, value: Day | None) -> None:  # noqa: N802 - mirrors QDateEdit
        self.edit.setText(format_day(value, _lang()) if value is not None else "")
        self._set(value)

    def clear(self) -> None:
        self.setDate(None)

    def settle(self) -> None:
        """Read the text; a day is written back in full, anything else is left as typed
        (and shown as wrong) so the person sees and corrects it."""
        try:
            day = parse_typed_day("date", self.edit.text())
        except ValidationError as exc:
            self._mark(exc.reason.render(qtr))
            return
        if day is None:
            self._mark("" if self.optional else self.tr("Type a day, or pick it in the calendar."))
            self._set(None)
            return
        self._mark("")
        text = format_day(day, _lang())
        if self.edit.text() != text:
            self.edit.setText(text)
        self._set(day)

    def _set(self, value: Day | None) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _mark(self, problem: str) -> None:
        # The palette's own error colour would be better, but Qt has none: a property
        # lets the style sheet (or none) decide, and the tooltip says why.
        self.edit.setProperty("invalid", bool(problem))
        self.edit.setToolTip(problem)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    # ------------------------------------------------------------ calendar
    def _prepare_calendar(self) -> None:
        self.settle()
        shown = self._date or Day.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, value: QDate) -> None:
        self.setDate(Day(value.year(), value.month(), value.day()))
        self._mark("")
        self.menu.hide()
        self.edit.setFocus()

    def open_calendar(self) -> None:
        self.button.showMenu()


class DayTimeEdit(QWidget):
    """A day and, unless the event lasts all day, an hour beside it."""

    changed = Signal()

    def __init__(self, initial: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DayEdit(initial=(initial or datetime.now()).date())
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        if initial is not None:
            self.time.setTime(QTime(initial.hour, initial.minute))
        self.day.dateChanged.connect(lambda _d: self.changed.emit())
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self.setFocusProxy(self.day)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day, 1)
        layout.addWidget(self.time)

    def set_all_day(self, all_day: bool) -> None:
        self.time.setVisible(not all_day)

    def _time(self) -> time:
        if self.time.isHidden():
            return time(0, 0)
        t = self.time.time()
        return time(t.hour(), t.minute())

    def current(self) -> datetime | None:
        """What the form shows now; None while the day is not a day."""
        day = self.day.date()
        return None if day is None else datetime.combine(day, self._time())

    def read(self, field: str) -> datetime:
        return datetime.combine(self.day.required(field), self._time())

    def setDateTime(self, value: datetime) -> None:  # noqa: N802 - mirrors QDateTimeEdit
        self.day.setDate(value.date())
        self.time.setTime(QTime(value.hour, value.minute))
