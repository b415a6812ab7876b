"""Change notifications reach the window's listeners in the window's thread, whichever
thread saved: the partner import saves in a pool thread, and its listeners (the tabs)
used to refresh their models and widgets there, which Qt forbids (a suspect of a
segmentation fault in a garbage collection, tests after the import)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.notify import ChangeNotifier
from twinning_desk.services.partners import PartnerData
from twinning_desk.ui.common.helpers import Worker, wait_for_workers
from twinning_desk.ui.common.undo import History


def test_without_a_hand_over_listeners_run_where_notified() -> None:
    """The command line has no window: a notification is delivered at once, in place."""
    notifier = ChangeNotifier()
    heard: list[tuple[str, int]] = []
    notifier.subscribe(lambda topic: heard.append((topic, threading.get_ident())))
    thread = threading.Thread(target=notifier.notify, args=("partners",))
    thread.start()
    thread.join()
    assert heard == [("partners", thread.ident)]


def test_with_a_hand_over_only_other_threads_go_through_it() -> None:
    notifier = ChangeNotifier()
    heard: list[tuple[str, int]] = []
    notifier.subscribe(lambda topic: heard.append((topic, threading.get_ident())))
    handed: list[Callable[[], None]] = []
    notifier.deliver_in(handed.append)  # set in this thread: the listeners' thread
    here = threading.get_ident()
    notifier.notify("budget")  # from the listeners' own thread: at once
    assert heard == [("budget", here)] and handed == []
    thread = threading.Thread(target=notifier.notify, args=("partners",))
    thread.start()
    thread.join()
    assert heard == [("budget", here)] and len(handed) == 1  # not run in the other thread
    handed.pop()()  # what the event loop does, here
    assert heard == [("budget", here), ("partners", here)]
    notifier.deliver_in(None)
    thread = threading.Thread(target=notifier.notify, args=("events",))
    thread.start()
    thread.join()
    assert heard[-1] == ("events", thread.ident)


def test_a_save_in_a_pool_thread_is_heard_in_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    services = Services.open(tmp_path / "committee.sqlite3")
    try:
        history = History(services)
        heard: list[tuple[str, bool]] = []
        main = threading.get_ident()
        services.notifier.subscribe(
            lambda topic: heard.append((topic, threading.get_ident() == main))
        )
        done: list[object] = []
        worker = Worker(
            lambda _progress: services.partners.save_many(
                [PartnerData(name="Łódź", country_code="PL")]
            )
        )
        worker.signals.finished.connect(done.append)
        worker.start()
        assert wait_for_workers(10_000)
        qtbot.waitUntil(lambda: done == [True] and bool(heard))
        assert heard == [("partners", True)]
        history.follow(Services.open(tmp_path / "other.sqlite3"))  # the old file hands over no more
        assert services.notifier._hand_over is None
        history.services.close()
    finally:
        services.close()
