"""Tell whoever listens that data changed, so views refresh instead of polling.

Plain callables: the UI wraps them into Qt signals; the command line ignores them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Listener = Callable[[str], None]
# Runs what it is given later, in the listeners' thread (the UI hands it to its event loop).
HandOver = Callable[[Callable[[], None]], None]

PARTNERS = "partners"
COMMUNE = "commune"
EVENTS = "events"
DELEGATIONS = "delegations"
BUDGET = "budget"
ALL = "all"
# Personal data was erased: any copy kept for undo must go too.
ERASED = "erased"


class ChangeNotifier:
    """Listeners are called in order, in the thread that notifies, unless a hand-over was
    set (:meth:`deliver_in`): then a notification made in any other thread (the partner
    import saves in a pool thread) reaches them in theirs.

    The window's listeners refresh models and widgets, which Qt allows in the window's
    thread only: run in a pool thread, they reset a model while its view could paint it,
    which may corrupt memory (a suspect of a segmentation fault in a garbage collection,
    tests after the import)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._watchers: list[Listener] = []
        self._hand_over: HandOver | None = None
        self._home: int | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def watch(self, watcher: Listener) -> None:
        """``watcher`` is told of each change at once, in the thread that makes it, before
        any listener: for what services keep in memory, so that no view reads it stale."""
        self._watchers.append(watcher)

    def deliver_in(self, hand_over: HandOver | None) -> None:
        """Listeners run in the calling thread from now on: a notification from another
        thread goes through ``hand_over``, which runs it there later. None: each
        notification is delivered where it is made (the command line has no window)."""
        self._hand_over = hand_over
        self._home = threading.get_ident() if hand_over is not None else None

    def notify(self, topic: str) -> None:
        for watcher in self._watchers:
            watcher(topic)
        hand_over = self._hand_over
        if hand_over is not None and threading.get_ident() != self._home:
            hand_over(lambda: self._deliver(topic))
            return
        self._deliver(topic)

    def _deliver(self, topic: str) -> None:
        for listener in list(self._listeners):
            listener(topic)
