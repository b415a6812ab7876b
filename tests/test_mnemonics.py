"""Alt+letter reaches one thing only: the mnemonics (&) of what a window shows at once
are unique, in French and German (the test opens every window of test_screen_fit)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from test_screen_fit import NAMES, _factories

from twinning_desk.services.context import Services
from twinning_desk.translation import install_translators


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of everything with a mnemonic the window shows at once."""
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.isEnabled():
            yield "button", button.text()
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None:
            yield "label", label.text()
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window) and box.isCheckable():
            yield "group", box.title()
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                yield "tab", tabs.tabText(i)


@pytest.mark.parametrize("lang", ["fr", "de"])
@pytest.mark.parametrize("name", [n for n in NAMES if n != "main window"])
def test_mnemonics_are_unique_in_every_window(
    qtbot: QtBot,
    demo_commune: Services,
    tmp_path: Path,
    name: str,
    lang: str,
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, lang)
    try:
        widget: Any = _factories(demo_commune, tmp_path)[name]()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        seen: dict[str, list[str]] = {}
        for _what, text in shown_texts(widget):
            key = mnemonic(text)
            if key:
                seen.setdefault(key, []).append(text.replace("&", ""))
        clashes = {k: v for k, v in seen.items() if len(v) > 1}
        if name == "import preview":
            qtbot.waitUntil(lambda: widget.plan is not None, timeout=10000)
        widget.close()
        assert not clashes, f"{name} ({lang}): Alt+{clashes}"
    finally:
        install_translators(app, "none")
