"""Drive modal dialogs from tests: a timer finds the modal widget and acts on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def when_modal(
    action: Callable[[QWidget], None], kind: type = QWidget, tries: int = 200
) -> list[QWidget]:
    """Run ``action`` on the next modal widget of ``kind`` once it is shown."""
    seen: list[QWidget] = []

    def poll(remaining: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
            seen.append(widget)
            action(widget)
            return
        if remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
    return seen


def click_message_button(text: str) -> list[QWidget]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return when_modal(act, QMessageBox)
