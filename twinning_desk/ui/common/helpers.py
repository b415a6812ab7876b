"""Small pieces every screen uses: error display, confirmation, background work."""

from __future__ import annotations

import functools
import itertools
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
    """A worker's signals, emitted in the main thread only (see :class:`_Relay`)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)
    # Emitted last, once the worker thread holds nothing of the job any more.
    done = Signal()


class _Relay(QObject):
    """The one carrier of every job's news from the pool threads to the main thread.

    Made once, in the main thread, and never deleted: a pool thread may take and drop
    references to it without ever freeing a Python wrapper there. A job's own objects
    (its worker, its closure, its signals) are reached through the job's number in
    :data:`_running`, which only the main thread changes."""

    progress = Signal(int, int, int)  # job, done, total
    finished = Signal(int, object)
    failed = Signal(int, object, str)
    done = Signal(int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Slots of this object, which lives in the main thread: Qt queues the signals
        # emitted in a pool thread to it.
        self.progress.connect(self._progress)
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)
        self.done.connect(self._done)

    def _progress(self, key: int, done: int, total: int) -> None:
        worker = _running.get(key)
        if worker is not None:
            worker.signals.progress.emit(done, total)

    def _finished(self, key: int, result: object) -> None:
        worker = _running.get(key)
        if worker is not None:
            worker.signals.finished.emit(result)

    def _failed(self, key: int, exc: object, details: str) -> None:
        worker = _running.get(key)
        if worker is not None:
            worker.signals.failed.emit(exc, details)

    def _done(self, key: int) -> None:
        """After every other signal of the job was delivered."""
        worker = _running.pop(key, None)
        if worker is not None:
            worker._release()


_relay: _Relay | None = None

# Workers between start() and the main thread's receipt of their ``done`` signal, by job
# number. Only the main thread adds or removes: whatever a job holds (its worker, its
# function's closure, a dialog, a result) is thus released in the main thread, never by a
# worker thread nor by a garbage collection running while the pool still uses the job.
_running: dict[int, Worker] = {}
_numbers = itertools.count(1)


class Worker:
    """Run ``fn(progress)`` off the GUI thread; ``progress(done, total)`` returns False
    once :meth:`cancel` was called, so long work can stop cleanly.

    Lifetimes, which crashes in garbage collection showed to matter:

    - the thread pool gets a callable holding the job's number only (PySide wraps it in
      a runnable that Qt deletes in the pool thread): a bound method of the worker, given
      before, sometimes held the last reference to the worker and its signals' QObject,
      which then died in the pool thread while the main thread deleted that QObject;
    - the pool thread emits through :class:`_Relay`, which is never deleted, and lets go
      of the worker, the function and the result before it says ``done``;
    - the worker's own signals are emitted in the main thread; their QObject is owned by
      the application object, not by Python, and deleted with ``deleteLater`` once
      ``done`` arrived;
    - the worker stays referenced from :meth:`start` until then, whatever its owner does
      (a dialog commonly forgets its worker in the ``finished`` slot).
    """

    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any]) -> None:
        global _relay
        app = QCoreApplication.instance()
        if app is None or app.thread() is not QThread.currentThread():
            raise RuntimeError("a Worker is made in the main thread, under a QApplication")
        if _relay is None:
            _relay = _Relay(app)
        self.fn: Callable[[Callable[[int, int], bool]], Any] | None = fn
        self.signals = _Signals(app)  # owned by the application: never deleted by Python
        self._key = next(_numbers)
        self._cancelled = False
        self._started = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _release(self) -> None:
        """In the main thread, after every other signal of the job was delivered."""
        self.fn = None  # the closure (a dialog, a service) is released here, not elsewhere
        self.signals.done.emit()
        self.signals.deleteLater()

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a Worker runs once")
        self._started = True
        _running[self._key] = self
        QThreadPool.globalInstance().start(functools.partial(_run_job, self._key))


def _run_job(key: int) -> None:
    """In a pool thread. Its references to the worker, the function, the result or the
    exception are gone before ``done`` is emitted, so that the main thread drops the
    last ones."""
    relay = _relay
    assert relay is not None
    try:
        worker = _running[key]  # kept there by the main thread until ``done`` arrives
        fn = worker.fn
        del worker
        assert fn is not None

        def progress(done: int, total: int) -> bool:
            relay.progress.emit(key, done, total)
            job = _running.get(key)
            return job is not None and not job._cancelled

        try:
            result = fn(progress)
        except Exception as exc:  # reported to the GUI thread, never lost
            details = traceback.format_exc()
            _forget_frames(exc)
            relay.failed.emit(key, exc, details)
        else:
            relay.finished.emit(key, result)
            del result
        del fn, progress
    finally:
        relay.done.emit(key)


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
