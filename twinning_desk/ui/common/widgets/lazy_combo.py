"""A combo box whose items are read when someone looks at them, not at each change that
makes them stale."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class LazyComboBox(QComboBox):
    """Filled by :meth:`set_filler`'s function at first use: the popup opened, the focus
    taken (the arrows and first letters need it), the wheel turned over it, or code
    reading its items. The budget's action filter lists a year's 1,200 events and
    delegations at full scale; reading and listing them at each change of year took
    30 ms the user waited for without looking at that filter (issue #17)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filler: Callable[[], None] | None = None

    def set_filler(self, filler: Callable[[], None] | None) -> None:
        """The items shown are stale: ``filler`` puts the right ones when first needed."""
        self._filler = filler

    def offer(self, everything: str, items: Callable[[], list[tuple[str, object]]]) -> None:
        """A filter's choices: ``everything`` (None) first, then ``items()``, read at first
        use; read now when another choice is current, so that it stays if still offered."""

        def fill() -> None:
            self.set_filler(None)
            current = self.currentData()
            self.blockSignals(True)
            self.clear()
            self.addItem(everything, None)
            for text, data in items():
                self.addItem(text, data)
            self.setCurrentIndex(max(0, self.findData(current)))
            self.blockSignals(False)

        if self.currentData() is None:
            self.blockSignals(True)
            self.clear()
            self.addItem(everything, None)
            self.blockSignals(False)
            self.set_filler(fill)
        else:
            fill()

    @property
    def stale(self) -> bool:
        return self._filler is not None

    def ensure_filled(self) -> None:
        filler, self._filler = self._filler, None
        if filler is not None:
            filler()

    # ---------------------------------------------------------------- a person's use
    def showPopup(self) -> None:  # noqa: N802
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        self.ensure_filled()
        super().wheelEvent(event)

    # ---------------------------------------------------------------- code reading the items
    def count(self) -> int:
        self.ensure_filled()
        return super().count()

    def findData(self, *args: Any, **kwargs: Any) -> int:  # noqa: N802
        self.ensure_filled()
        return super().findData(*args, **kwargs)

    def findText(self, *args: Any, **kwargs: Any) -> int:  # noqa: N802
        self.ensure_filled()
        return super().findText(*args, **kwargs)

    def itemData(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        self.ensure_filled()
        return super().itemData(*args, **kwargs)

    def itemText(self, index: int) -> str:  # noqa: N802
        self.ensure_filled()
        return super().itemText(index)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.ensure_filled()
        super().setCurrentIndex(index)
