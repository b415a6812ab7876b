"""Every input a window shows has a name a screen reader can say: from its label (a form
row's label is its buddy) or set on it. Checked through Qt's own accessibility layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_screen_fit import NAMES, _factories

from twinning_desk.services.context import Services

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QDateTimeEdit, QPlainTextEdit, QTextEdit)


def unnamed(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), INPUTS):
            continue  # the editor inside a combo box or a date field: named with it
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            hint = widget.placeholderText() if hasattr(widget, "placeholderText") else ""
            missing.append(f"{type(widget).__name__} {widget.objectName() or hint!r}")
    return missing


@pytest.mark.parametrize("name", NAMES)
def test_every_input_has_an_accessible_name(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path, name: str
) -> None:
    widget: Any = _factories(demo_commune, tmp_path)[name]()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    missing = unnamed(widget)
    if name == "main window":  # every tab, not only the one shown first
        for index in range(widget.tabs.count()):
            widget.tabs.setCurrentIndex(index)
            missing += unnamed(widget)
    if name == "import preview":
        qtbot.waitUntil(lambda: widget.plan is not None, timeout=10000)
    widget.close()
    assert not missing, f"{name}: {missing}"
