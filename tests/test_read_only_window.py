"""A file held by another running copy of the app opens read-only, with every tab filled
and every writing action greyed with its reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui_helpers import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.geo import Gazetteer
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.app.opening import open_interactively
from twinning_desk.ui.common.helpers import read_only_reason

HOLDER = """
import sys, time
from pathlib import Path
from twinning_desk.services.context import Services
services = Services.open(Path(sys.argv[1]))
print("holding", flush=True)
sys.stdin.readline()
services.close()
"""


def test_a_file_in_use_elsewhere_opens_read_only_with_every_tab(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "comite.sqlite3"
    services = Services.open(db)
    load_demo(services)
    services.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "holding"

        def read_only(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            [button] = [b for b in widget.buttons() if b.text() == "Open read-only"]
            button.click()

        when_modal(read_only, QMessageBox)
        opened = open_interactively(db, AppPaths.under(tmp_path / "home"))
        assert opened is not None and opened.read_only
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(opened, Gazetteer(tmp_path / "g.sqlite3"), settings)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle().endswith("(read-only)")
        tabs = [window.partners_tab, window.events_tab, window.delegations_tab, window.budget_tab]
        for tab in tabs:
            assert tab is not None
            qtbot.waitUntil(lambda tab=tab: tab.model.rowCount() > 0)
        assert window.partners_tab is not None
        for button in (window.partners_tab.new_button, window.partners_tab.import_button):
            assert not button.isEnabled()
            assert button.toolTip() == read_only_reason()
        menu_items = {
            a.text().replace("&", ""): a
            for menu in window.menuBar().actions()
            if menu.menu() is not None
            for a in menu.menu().actions()  # type: ignore[union-attr]
        }
        for name in ("New…", "Delete", "Import partners…", "Restore a backup…"):
            assert not menu_items[name].isEnabled(), name
            assert menu_items[name].toolTip() == read_only_reason()
        assert menu_items["Export partners…"].isEnabled()
        opened.close()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        holder.stdin.close()
        holder.stdout.close()
