"""Tabs built the first time they are shown.

At start the user waits for one tab, not four: each page is a placeholder until it is
first shown (or first asked for by code), then the real widget takes its place under
the same key, label and position, without a currentChanged signal for the swap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self.currentChanged.connect(self._on_current)

    def add_lazy(self, key: str, label: str, factory: Callable[[], QWidget]) -> int:
        placeholder = QWidget()
        placeholder.setObjectName(f"placeholder-{key}")
        self._keys.append(key)
        self._factories[key] = factory
        # The first tab added becomes current: not a reason to build it yet.
        self.blockSignals(True)
        try:
            return self.addTab(placeholder, label)
        finally:
            self.blockSignals(False)

    def key_at(self, index: int) -> str | None:
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def index_of(self, key: str) -> int:
        return self._keys.index(key)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> Iterator[QWidget]:
        """The pages already made, in tab order (closing saves only those)."""
        return (self._built[k] for k in self._keys if k in self._built)

    def page(self, key: str) -> QWidget:
        """The real page, made now if it was not yet."""
        if key in self._built:
            return self._built[key]
        index = self._keys.index(key)
        real = self._factories.pop(key)()
        placeholder = self.widget(index)
        current = self.currentIndex()
        label, tip = self.tabText(index), self.tabToolTip(index)
        self.blockSignals(True)  # the swap is not the user changing tabs
        try:
            self.removeTab(index)
            self.insertTab(index, real, label)
            self.setTabToolTip(index, tip)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(False)
        self._built[key] = real
        if placeholder is not None:
            placeholder.deleteLater()
        return real

    def show_current(self) -> None:
        """Make the page shown now (at start, when no change of tab will ask for it)."""
        self._on_current(self.currentIndex())

    def _on_current(self, index: int) -> None:
        key = self.key_at(index)
        if key is not None:
            self.page(key)


class WhenShown(QObject):
    """A page's change listener that waits while the page is out of sight.

    The window builds every tab while it sits idle (issue #17: a tab's first show is then
    a paint, not a build), so each change would refresh four tabs the person does not
    see, each for tens of milliseconds after every save. A page in a window on screen but
    not itself shown keeps the topics instead, and is refreshed once when shown: one
    topic as it came, several as "all" (each tab's listener treats "all" as every
    change). A window never shown (the command line's, a test's) gets them at once."""

    def __init__(self, page: QWidget, listener: Callable[[str], None]) -> None:
        super().__init__(page)
        self.page = page
        self.listener = listener
        self.pending: list[str] = []
        page.installEventFilter(self)

    def __call__(self, topic: str) -> None:
        if self.page.isVisible() or not self.page.window().isVisible():
            self.listener(topic)
        elif topic not in self.pending:
            self.pending.append(topic)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.pending:
            topics, self.pending = self.pending, []
            self.listener(topics[0] if len(topics) == 1 else "all")
        return False
