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
            # A dialog the action failed to close would block the test run forever:
            # close it after a while so that the test fails instead of hanging.
            QTimer.singleShot(5000, lambda: _force_close(widget))
            return
        if remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
    return seen


def _force_close(widget: QWidget) -> None:
    from PySide6.QtWidgets import QDialog
    from shiboken6 import isValid

    if isValid(widget) and isinstance(widget, QDialog) and widget.isVisible():
        widget.done(0)


def click_message_button(text: str) -> list[QWidget]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return when_modal(act, QMessageBox)


def type_day(qtbot: object, field: object, text: str) -> None:
    """Type a day into a DayEdit as a person does, then leave the field."""
    edit = field.edit  # type: ignore[attr-defined]
    edit.clear()
    qtbot.keyClicks(edit, text)  # type: ignore[attr-defined]
    field.settle()  # type: ignore[attr-defined]
