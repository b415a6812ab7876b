"""Background jobs: what a Worker holds is released in the main thread, once, and its
signals' QObject lives until the worker thread is done with it (a segmentation fault in
a garbage collection after the partner import once pointed here)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from twinning_desk.ui.common import helpers
from twinning_desk.ui.common.helpers import Worker, wait_for_workers


class _Held:
    """Stands for what a job's closure keeps (a dialog, a service); records where it dies."""

    def __init__(self, deaths: list[bool]) -> None:
        main = threading.get_ident()
        weakref.finalize(self, lambda: deaths.append(threading.get_ident() == main))


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_results_reach_the_main_thread_and_the_job_is_let_go_there(qtbot: QtBot) -> None:
    deaths: list[bool] = []
    received: list[tuple[object, bool]] = []
    main = threading.get_ident()

    def make_job(held: _Held) -> Callable[[Callable[[int, int], bool]], object]:
        def job(progress: Callable[[int, int], bool]) -> object:
            progress(1, 1)
            return held  # the result too is a thing the main thread must let go of

        return job

    signals: list[weakref.ref[QObject]] = []
    for _ in range(20):
        worker = Worker(make_job(_Held(deaths)))
        signals.append(weakref.ref(worker.signals))
        # The owner forgets the worker as soon as it is done, as the dialogs do.
        worker.signals.finished.connect(
            lambda result: received.append((result, threading.get_ident() == main))
        )
        worker.start()
        del worker
        gc.collect()  # a collection while the jobs run must not touch them
    assert wait_for_workers(10_000)
    qtbot.waitUntil(lambda: len(received) == 20 and not helpers._running)
    assert all(in_main for _, in_main in received)
    received.clear()
    _flush_deletions()
    gc.collect()
    assert deaths == [True] * 20  # each closure and result died once, in the main thread
    assert all(ref() is None for ref in signals)  # no QObject left behind


def test_a_failure_comes_with_its_text_but_without_the_frames(qtbot: QtBot) -> None:
    failures: list[tuple[BaseException, str]] = []

    def job(_progress: Callable[[int, int], bool]) -> object:
        try:
            {}["missing"]  # noqa: B018
        except KeyError as exc:
            raise ValueError("the file is not a workbook") from exc

    worker = Worker(job)
    worker.signals.failed.connect(lambda exc, details: failures.append((exc, details)))
    worker.start()
    qtbot.waitUntil(lambda: bool(failures))
    exc, details = failures[0]
    assert isinstance(exc, ValueError) and str(exc) == "the file is not a workbook"
    assert "KeyError" in details and "ValueError" in details
    assert exc.__traceback__ is None and exc.__cause__ is not None
    assert exc.__cause__.__traceback__ is None


def test_cancel_is_seen_by_the_job(qtbot: QtBot) -> None:
    started = threading.Event()
    go_on = threading.Event()
    results: list[object] = []

    def job(progress: Callable[[int, int], bool]) -> object:
        started.set()
        go_on.wait(5)
        return progress(1, 2)

    worker = Worker(job)
    worker.signals.finished.connect(results.append)
    worker.start()
    assert started.wait(5)
    worker.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: results == [False])
    assert worker.cancelled


def test_the_pool_keeps_no_python_object(qtbot: QtBot) -> None:
    """A QRunnable subclass started with autoDelete off stayed referenced by the pool's
    Python wrapper for ever, and with it the dialog its job referred to."""
    deaths: list[bool] = []
    held = _Held(deaths)
    worker = Worker(lambda _progress, held=held: held is not None)  # type: ignore[misc]
    done: list[object] = []
    worker.signals.finished.connect(done.append)
    worker.start()
    del worker, held
    qtbot.waitUntil(lambda: done == [True] and not helpers._running)
    QThreadPool.globalInstance().waitForDone(5000)
    _flush_deletions()
    gc.collect()
    assert deaths == [True]


def test_the_worker_and_its_signals_die_in_the_main_thread(qtbot: QtBot) -> None:
    """The pool deletes the runnable it was given in its own thread, after the job: a
    bound method of the worker given there was at times the last reference to the worker
    and to its signals' QObject wrapper, freed in the pool thread while the main thread
    deleted that QObject (about one job in fifteen, here)."""
    main = threading.get_ident()
    deaths: list[bool] = []
    for _ in range(100):
        worker = Worker(lambda _progress: 1)
        weakref.finalize(worker, lambda: deaths.append(threading.get_ident() == main))
        weakref.finalize(worker.signals, lambda: deaths.append(threading.get_ident() == main))
        worker.start()
        del worker
        qtbot.wait(1)
    assert wait_for_workers(10_000)
    qtbot.waitUntil(lambda: not helpers._running)
    _flush_deletions()
    gc.collect()
    qtbot.waitUntil(lambda: len(deaths) == 200)
    assert all(deaths), f"{deaths.count(False)} of 200 died in a pool thread"
