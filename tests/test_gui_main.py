"""Main window, first-run wizard and settings, on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.ui.dialogs.commune import CommuneWizard
from twinning_desk.ui.main_window import MainWindow

PLACES = [
    {
        "geonameid": 7,
        "name": "Vouvray",
        "latitude": 47.4104,
        "longitude": 0.7985,
        "countrycode": "FR",
        "population": 3100,
        "timezone": "Europe/Paris",
    },
]


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gaz = Gazetteer(tmp_path / "g.sqlite3")
    build_gazetteer(gaz.path, PLACES)
    return gaz


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_wizard_sets_up_the_commune_from_the_gazetteer(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer
) -> None:
    wizard = CommuneWizard(services, gazetteer)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.form
    qtbot.keyClicks(form.place_search.edit, "vouv")
    assert [p.name for p in form.place_search.search()] == ["Vouvray"]
    form.place_search.choose(0)
    assert form.name.text() == "Vouvray"
    assert form.coordinates.values() == (47.4104, 0.7985)
    wizard.accept()
    profile = services.commune.get()
    assert profile is not None and profile.name == "Vouvray" and profile.latitude == 47.4104


def test_wizard_refuses_a_missing_name(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer
) -> None:
    wizard = CommuneWizard(services, gazetteer)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.form.coordinates.latitude.setText("47,41")
    wizard.form.coordinates.longitude.setText("0,79")
    wizard.accept()
    assert wizard.isVisible()
    assert "Name" in wizard.form.error.text()
    assert services.commune.get() is None


def test_wizard_demo_fills_the_database(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer
) -> None:
    wizard = CommuneWizard(services, gazetteer)
    qtbot.addWidget(wizard)
    wizard.welcome.demo.setChecked(True)
    wizard.accept()
    assert services.partners.count() == 6
    assert any(r.name == "Łańcut" for r in services.partners.rows())


def test_main_window_tabs_menus_and_remembered_tab(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None and window.tabs.count() == 4
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Help"]
    assert str(configured.db.path) in window.path_label.text()
    window.tabs.setCurrentIndex(2)
    window.close()
    assert settings.value("window/tab") in (2, "2")
    again = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(again)
    assert again.tabs is not None and again.tabs.currentIndex() == 2


def test_switching_to_a_bad_file_keeps_the_current_one(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database")
    messages: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        messages.append(widget.text())
        widget.accept()

    when_modal(read, QMessageBox)
    assert window.switch_database(bad) is False
    assert messages and "not an SQLite file" in messages[0]
    assert window.services is configured
    assert bad.read_text() == "not a database"


def test_switching_database_and_recent_files(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite3"
    other = Services.open(other_path)
    from twinning_desk.services.commune import CommuneProfile

    other.commune.save(CommuneProfile(name="Autre", country_code="FR"))
    other.close()
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    assert window.switch_database(other_path)
    assert window.services.db.path == other_path.resolve()
    assert window.recent_files()[0] == str(other_path.resolve())
    assert "other.sqlite3" in window.windowTitle()
    window.services.close()


def test_language_switch_in_settings_rebuilds_the_window_in_german(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    from PySide6.QtCore import QCoreApplication

    from twinning_desk.translation import install_translators
    from twinning_desk.ui.dialogs.settings import SettingsDialog

    app = QCoreApplication.instance()
    assert app is not None
    window = MainWindow(configured, gazetteer, settings, language="en")
    qtbot.addWidget(window)
    window.languageChanged.connect(lambda lang: install_translators(app, lang or "en"))

    def choose_german(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        widget.language.setCurrentIndex(widget.language.findData("de"))
        widget.accept()

    try:
        when_modal(choose_german, SettingsDialog)
        window.open_settings()
        assert settings.value("language") == "de"
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus == ["Datei", "Bearbeiten", "Hilfe"]
        assert window.tabs is not None and window.tabs.tabText(0).replace("&", "") == "Partner"
    finally:
        install_translators(app, "none")


def test_unexpected_error_is_logged_shown_and_survived(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from twinning_desk.ui.crash import install_exception_hook

    shown: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        shown.append(widget.text() + widget.detailedText())
        widget.accept()

    old = sys.excepthook
    install_exception_hook(str(tmp_path / "log.txt"))
    try:
        when_modal(read, QMessageBox)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old
    assert shown and "boom in a slot" in shown[0] and "Traceback" in shown[0]
    assert "boom in a slot" in caplog.text
