"""Tell whoever listens that data changed, so views refresh instead of polling.

Plain callables: the UI wraps them into Qt signals; the command line ignores them.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str], None]

PARTNERS = "partners"
COMMUNE = "commune"
EVENTS = "events"
DELEGATIONS = "delegations"
BUDGET = "budget"
ALL = "all"
# Personal data was erased: any copy kept for undo must go too.
ERASED = "erased"


class ChangeNotifier:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, topic: str) -> None:
        for listener in list(self._listeners):
            listener(topic)
