"""File › Connect to a shared database, typed as a person does, and the window kept up to
date with what others change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from twinning_desk.db.server import display_url
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partner_data import PartnerData
from twinning_desk.services.passwords import account, stored_password
from twinning_desk.ui.app.connect_dialog import ConnectDialog
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.common.settings_store import LAST_SHARED, RECENT_FILES

pytestmark = pytest.mark.postgresql


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring of this process only: the test machine has no desktop password store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, services: Services) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, Gazetteer(tmp_path / "g.sqlite3"), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.services.close()


@pytest.fixture
def committee_url(pg_url: str) -> str:
    """A shared database whose commune is set up (no first-run wizard)."""
    from conftest import HOME

    services = Services.open(pg_url)
    services.commune.save(HOME)
    services.close()
    return pg_url


def _type_connection(qtbot: QtBot, dialog: ConnectDialog, pg_url: str, password: str) -> None:
    url = make_url(pg_url)
    for field, value in (
        (dialog.host, url.host or ""),
        (dialog.database, url.database or ""),
        (dialog.user, url.username or ""),
    ):
        field.clear()
        qtbot.keyClicks(field, value)
    dialog.port.setValue(url.port or 5432)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def test_connect_refused_then_accepted_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, committee_url: str, memory_keyring: MemoryKeyring
) -> None:
    seen: dict[str, object] = {}

    def fill_and_connect(widget: QWidget) -> None:
        assert isinstance(widget, ConnectDialog)
        # On this computer the server is local: TLS only if offered.
        _type_connection(qtbot, widget, committee_url, "not-the-password")
        assert widget.tls.currentData() == "prefer"
        qtbot.mouseClick(widget.connect_button, Qt.MouseButton.LeftButton)
        # Refused: said under the fields, the dialog still open, nothing retyped.
        assert widget.isVisible() and widget.problem.isVisible()
        seen["problem"] = widget.problem.text()
        assert widget.database.text() == make_url(committee_url).database
        widget.password.clear()
        qtbot.keyClicks(widget.password, "jumelage-test")
        qtbot.mouseClick(widget.connect_button, Qt.MouseButton.LeftButton)

    when_modal(fill_and_connect, ConnectDialog)
    assert window.connect_shared()
    assert "refused the user name or the password" in str(seen["problem"])
    assert window.services.db.shared
    assert window.path_label.text().startswith("Shared database:")
    # Remembered without the password; the password is in the keyring only.
    last = LAST_SHARED.get(window.settings)
    assert last.startswith("postgresql://postgres@") and "jumelage-test" not in last
    assert last in [str(p) for p in RECENT_FILES.get(window.settings)]
    assert "jumelage-test" not in Path(window.settings.fileName()).read_text()
    assert stored_password(last) == "jumelage-test"
    assert memory_keyring.kept == {("Twinning Desk", account(last)): "jumelage-test"}


def test_recent_shared_database_reopens_with_the_kept_password(
    qtbot: QtBot, window: MainWindow, committee_url: str, memory_keyring: MemoryKeyring
) -> None:
    url = make_url(committee_url)
    address = display_url(url)
    memory_keyring.set_password("Twinning Desk", account(address), "jumelage-test")
    window.add_recent(address)
    window._fill_recent()
    action = next(a for a in window.recent_menu.actions() if a.text() == address)
    assert action.isEnabled()
    action.trigger()  # no dialog: the keyring's password opens it
    assert window.services.db.shared
    assert window.services.db.name == url.database


def test_changes_by_others_appear_without_reopening(
    qtbot: QtBot,
    window: MainWindow,
    committee_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = display_url(make_url(committee_url))
    memory_keyring.set_password("Twinning Desk", account(address), "jumelage-test")
    assert window.switch_database(address)
    partners = window.partners_tab
    assert partners is not None
    window.tabs.setCurrentWidget(partners)  # type: ignore[union-attr]
    assert partners.model.rowCount() == 0
    monkeypatch.setenv("LOGNAME", "tresoriere")
    treasurer = Services.open(committee_url)
    try:
        qtbot.wait(500)  # the window is listening
        treasurer.partners.save(PartnerData(name="Łódź", country_code="PL"))
        qtbot.waitUntil(lambda: partners.model.rowCount() == 1, timeout=10000)
        # Who else is connected is said in the status bar.
        # Asked in a pool thread: the answer arrives as a signal.
        window._show_others()
        qtbot.waitUntil(window.others_label.isVisible, timeout=10000)
        assert window.others_label.text().startswith("Also connected: tresoriere@")
    finally:
        treasurer.close()


def test_back_up_and_save_a_copy_of_a_shared_database_give_files(
    qtbot: QtBot,
    window: MainWindow,
    committee_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    """A committee can always take its data home: both make SQLite files that open."""
    address = display_url(make_url(committee_url))
    memory_keyring.set_password("Twinning Desk", account(address), "jumelage-test")
    window.services.backup_dir = tmp_path / "backups"  # what the app's opener gives
    window.opener = lambda p: Services.open(p, tmp_path / "backups")
    assert window.switch_database(address)
    window.services.partners.save(PartnerData(name="Łódź", country_code="PL"))
    made = window.backup_now()
    assert made is not None and made.suffix == ".sqlite3" and made.parent == tmp_path / "backups"
    copy = tmp_path / "home-copy.sqlite3"
    window.services.save_copy(copy)
    for file in (made, copy):
        kept = Services.open(file)
        try:
            assert [p.name for p in kept.partners.rows()] == ["Łódź"]
        finally:
            kept.close()
    restore = next(
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if "Restore" in a.text().replace("&", "")
    )
    assert not restore.isEnabled()
