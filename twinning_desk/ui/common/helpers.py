"""Small pieces every screen uses: error display, confirmation, background work."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QObject,
    QRect,
    Qt,
    QThread,
    QThreadPool,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView, QWidget

from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.ui.common.table_model import PagedTableModel


def open_on_enter_or_double_click(view: QAbstractItemView, slot: Callable[[], object]) -> None:
    """Enter or a double-click opens the selected record, once, in every table.

    ``activated`` is not used: on most styles it fires on the same double-click as
    ``doubleClicked`` (the dialog opened twice), and on some on a single click.
    """
    view.doubleClicked.connect(lambda _index: slot())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Open at the size wanted, but never larger than the screen it is on (a 1366×768
    laptop less its task bar): what does not fit scrolls inside."""
    screen = widget.screen()
    if screen is not None:
        available = screen.availableGeometry()
        # Room for a task bar, which not every platform subtracts from the geometry.
        width = min(width, available.width() - 20)
        height = min(height, available.height() - 80)
    widget.resize(width, height)


def place_on_screen(window: QWidget, saved: QByteArray | None = None) -> None:
    """Open a main window at its saved geometry, brought inside the screen it lands on.

    A geometry saved on a bigger screen (a 2560×1440 monitor at the office, the laptop at
    home), or on a screen that is gone, is clamped into the available geometry of the
    screen under its centre, or the primary one. With nothing saved the window takes most
    of the screen, at most 1280×820, centred.
    """
    if saved is not None:
        window.restoreGeometry(saved)
    frame = window.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    if saved is None:
        width = min(1280, int(available.width() * 0.9))
        height = min(820, int(available.height() * 0.9))
        frame = QRect(0, 0, width, height)
        frame.moveCenter(available.center())
        window.resize(width, height)
    # The frame (title bar, borders) around the client area, unknown before the window is
    # first shown: room is left for a usual one (a title bar and a task bar's margin).
    extra_w = max(16, window.frameGeometry().width() - window.width())
    extra_h = max(40, window.frameGeometry().height() - window.height())
    width = min(window.width(), available.width() - extra_w)
    height = min(window.height(), available.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), available.left()), available.right() + 1 - width - extra_w)
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - height - extra_h)
    window.move(x, y)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    """Field by field: not every PySide6 release converts a datetime by itself."""
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
    )


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, TwinningError):
        return exc.render(qtr)
    return f"{type(exc).__name__}: {exc}"


def example(text: str) -> str:
    """A placeholder that cannot be taken for a value already typed: "ex. : 47,3941"."""
    return QCoreApplication.translate("Placeholder", "e.g. {example}").format(example=text)


def read_only_reason() -> str:
    return QCoreApplication.translate(
        "ReadOnly",
        "The file is open read-only: nothing can be changed in it. To make changes, open a "
        "copy you can write to, or close it where it is in use.",
    )


def explain_read_only(read_only: bool, *items: QWidget | QAction) -> None:
    """Disable what would write, and say why on hover: a greyed button with no reason
    looks broken."""
    if not read_only:
        return
    for item in items:
        item.setEnabled(False)
        item.setToolTip(read_only_reason())


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Common", "Twinning Desk"), error_text(exc)
    )


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A question whose default button is the safe one (No)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def field_error(exc: ValidationError) -> tuple[str, str]:
    return exc.field, exc.render(qtr)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)
    # Emitted last, once the worker thread holds nothing of the job any more.
    done = Signal()


# Workers between start() and the main thread's receipt of their ``done`` signal. Only the
# main thread adds or removes: whatever a job holds (its function's closure, a dialog, a
# result) is thus released in the main thread, never by a worker thread nor by a garbage
# collection running while the pool still uses the job.
_running: set[Worker] = set()


class Worker:
    """Run ``fn(progress)`` off the GUI thread; ``progress(done, total)`` returns False
    once :meth:`cancel` was called, so long work can stop cleanly.

    Lifetimes, which a crash in garbage collection once showed to matter:

    - the thread pool gets a plain callable (PySide wraps it in a runnable that Qt owns and
      deletes), not a Python subclass of QRunnable: a QRunnable started with
      ``setAutoDelete(False)`` was kept by the pool's Python wrapper forever, and its C++
      side could outlive or be outlived by its Python side;
    - the QObject that carries the signals is made in the main thread and owned by the
      application object, not by Python: dropping the worker (in a slot, in a collection,
      in the worker thread) can never delete it while the worker thread emits through it.
      It is deleted with ``deleteLater`` in the main thread once ``done`` arrived, which
      the worker thread emits last;
    - the worker stays referenced from :meth:`start` until then, whatever its owner does
      (a dialog commonly forgets its worker in the ``finished`` slot).
    """

    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any]) -> None:
        app = QCoreApplication.instance()
        if app is None or app.thread() is not QThread.currentThread():
            raise RuntimeError("a Worker is made in the main thread, under a QApplication")
        self.fn: Callable[[Callable[[int, int], bool]], Any] | None = fn
        self.signals = _Signals(app)  # owned by the application: never deleted by Python
        self.signals.done.connect(self._release, Qt.ConnectionType.QueuedConnection)
        self._cancelled = False
        self._started = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancelled

    def _run(self) -> None:
        """In a pool thread. Its own references to the result or the exception are gone
        before ``done`` is emitted, so that the main thread drops the last ones."""
        try:
            fn = self.fn
            assert fn is not None
            try:
                result = fn(self._progress)
            except Exception as exc:  # reported to the GUI thread, never lost
                details = traceback.format_exc()
                _forget_frames(exc)
                self.signals.failed.emit(exc, details)
            else:
                self.signals.finished.emit(result)
                del result
            del fn
        finally:
            self.signals.done.emit()

    def _release(self) -> None:
        """In the main thread, after every other signal of the job was delivered."""
        self.fn = None  # the closure (a dialog, a service) is released here, not elsewhere
        self.signals.deleteLater()
        _running.discard(self)

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a Worker runs once")
        self._started = True
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)


def _forget_frames(exc: BaseException) -> None:
    """Drop the tracebacks of an exception and of its causes before it goes to the main
    thread: their frames hold the job's locals (a dialog, a session), which would otherwise
    live as long as the exception and die in whichever thread lets it go. The text of the
    traceback is sent along."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


def wait_for_workers(msec: int = -1) -> bool:
    """Wait for the jobs in the pool, then deliver their last signals (tests, quitting)."""
    finished = QThreadPool.globalInstance().waitForDone(msec)
    QCoreApplication.sendPostedEvents()
    return finished


def debounce(parent: QObject, slot: Callable[[], object], msec: int = 150) -> QTimer:
    """A single-shot timer: search-as-you-type queries once the typing pauses."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer


def select_record(view: QTableView, record_id: int | None) -> bool:
    """Select and show the row of a record (after a save or an undo), if it is loaded.

    The view's model is a PagedTableModel whose rows have an ``id``."""
    model = view.model()
    if record_id is None:
        return False
    assert isinstance(model, PagedTableModel)
    for r in range(model.rowCount()):
        row = model.row_at(r)
        if row is not None and row.id == record_id:
            view.selectRow(r)
            view.scrollTo(model.index(r, 0))
            return True
    return False
