"""Tab moves through a window in the order a person reads it: top to bottom, and left to
right within a row. Qt follows the order widgets were created in, which drifts from the
screen as forms grow; this walks the real focus chain of every window and tab page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from test_screen_fit import NAMES, _factories

from twinning_desk.services.context import Services


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, once each, from the one at the top left: the chain is a
    circle (Tab on the last button comes back to the first field)."""
    seen: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(2000):
        if widget is window or widget in seen:
            break
        if widget.isVisible() and _takes_tab(widget) and widget.focusProxy() is None:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    if not seen:
        return seen

    def place(w: QWidget) -> tuple[int, int]:
        p = w.mapTo(window, QPoint(0, 0))
        return (p.y(), p.x())

    first = seen.index(min(seen, key=place))
    return seen[first:] + seen[:first]


def _box(widget: QWidget, other: QWidget, window: QWidget) -> tuple[QPoint, int, int]:
    """Where a widget sits on screen; inside a scrolled area seen from outside it, the
    area's place (its content reads before what follows the area, however long)."""
    shown = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and not parent.isAncestorOf(other):
            shown = parent
        parent = parent.parentWidget()
    return shown.mapTo(window, QPoint(0, 0)), shown.width(), shown.height()


def backward_steps(window: QWidget) -> list[str]:
    """Steps where Tab jumps to a widget on an earlier line of the screen."""
    steps = []
    widgets = chain(window)
    for before, after in zip(widgets, widgets[1:], strict=False):
        a, _aw, ah = _box(before, after, window)
        b, _bw, bh = _box(after, before, window)
        # Same line when they overlap vertically; then left to right.
        same_line = b.y() < a.y() + ah and a.y() < b.y() + bh
        if (same_line and b.x() < a.x() - 4) or (not same_line and b.y() < a.y()):
            steps.append(f"{_name(before)} → {_name(after)}")
    return steps


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text or widget.objectName()})"


@pytest.mark.parametrize("name", NAMES)
def test_tab_follows_the_reading_order(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path, name: str
) -> None:
    window: Any = _factories(demo_commune, tmp_path)[name]()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if name == "import preview":
        qtbot.waitUntil(lambda: window.plan is not None, timeout=10000)
    problems: list[str] = []
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
    pages = [(t, i) for t in tab_widgets for i in range(t.count())] or [(None, 0)]
    for tabs, index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
            qtbot.wait(10)
        label = f"{tabs.tabText(index)}: " if tabs is not None else ""
        problems += [label + step for step in backward_steps(window)]
    window.close()
    assert not problems, "\n".join(problems)
