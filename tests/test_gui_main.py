"""Main window, first-run wizard and settings, on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.ui.app.commune_wizard import CommuneWizard
from twinning_desk.ui.app.main_window import MainWindow

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


def shown_window(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer, settings: QSettings
) -> MainWindow:
    """The main window on screen and active, as a person has it after starting."""
    window = MainWindow(services, gazetteer, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_wizard_sets_up_the_commune_from_the_gazetteer(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer
) -> None:
    wizard = CommuneWizard(services, gazetteer)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is not wizard.welcome
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    form = wizard.form
    qtbot.keyClicks(form.place_search.edit, "vouv")
    assert [p.name for p in form.place_search.search()] == ["Vouvray"]
    form.place_search.choose(0)
    assert form.name.text() == "Vouvray"
    assert form.coordinates.values() == (47.4104, 0.7985)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = services.commune.get()
    assert profile is not None and profile.name == "Vouvray" and profile.latitude == 47.4104


def test_wizard_refuses_a_missing_name(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer
) -> None:
    wizard = CommuneWizard(services, gazetteer)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.form.coordinates.latitude.setText("47,41")
    wizard.form.coordinates.longitude.setText("0,79")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "Name" in wizard.form.error.text()
    assert services.commune.get() is None


def test_demo_by_clicks_opens_a_filled_window_in_its_own_file(
    qtbot: QtBot, services: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    """The first start of a newcomer: empty file, wizard, the demo button, a filled window."""
    real = services.db.path
    demo = tmp_path / "home" / "data" / "demo.sqlite3"
    demo.parent.mkdir(parents=True)
    window = MainWindow(services, gazetteer, settings, demo_path=demo)
    qtbot.addWidget(window)
    window.show()
    settings.setValue("last_db", str(real))

    def click_demo(widget: QWidget) -> None:
        assert isinstance(widget, CommuneWizard)
        assert widget.currentPage() is widget.welcome
        qtbot.mouseClick(widget.welcome.demo_button, Qt.MouseButton.LeftButton)

    seen = when_modal(click_demo, CommuneWizard)
    assert window.run_wizard() is True
    assert seen, "the wizard was never shown"
    assert window.services.db.path == demo.resolve()
    assert window.partners_tab is not None
    assert window.partners_tab.model.rowCount() == 6
    assert "Demo commune" in window.path_label.text()
    # The committee's own file is untouched, and stays the one opened next time.
    assert settings.value("last_db") == str(real)
    again = Services.open(real)
    try:
        assert again.partners.count() == 0 and not again.commune.is_configured()
    finally:
        again.close()
    menu_texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Open the demo commune" in menu_texts


def test_demo_menu_reopens_the_demo_without_refilling(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    demo = tmp_path / "demo.sqlite3"
    window = MainWindow(configured, gazetteer, settings, demo_path=demo)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(
        a for a in file_menu.actions() if a.text().replace("&", "").startswith("Open the demo")
    )
    action.trigger()
    assert window.services.db.path == demo.resolve()
    first = window.services.partners.count()
    assert first == 6
    assert window.switch_database(configured.db.path)
    action = next(
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text().replace("&", "").startswith("Open the demo")
    )
    action.trigger()
    assert window.services.partners.count() == first  # reopened, not filled twice


def test_main_window_tabs_menus_and_remembered_tab(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None and window.tabs.count() == 5
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
    # The commune names the window; the file is in the status bar.
    assert window.windowTitle() == "Autre — Twinning Desk"
    assert "other.sqlite3" in window.path_label.text()
    window.services.close()


def test_language_switch_in_settings_rebuilds_the_window_in_german(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    from PySide6.QtCore import QCoreApplication

    from twinning_desk.translation import install_translators
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    app = QCoreApplication.instance()
    assert app is not None
    window = MainWindow(configured, gazetteer, settings, language="en")
    qtbot.addWidget(window)
    window.languageChanged.connect(lambda lang: install_translators(app, lang or "en"))

    def choose_german(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        widget.language.setCurrentIndex(widget.language.findData("de"))
        widget.accept()

    def commune_version() -> object:
        with configured.db.reading() as session:
            return session.execute(text("SELECT version FROM commune")).scalar()

    before = commune_version()
    try:
        when_modal(choose_german, SettingsDialog)
        window.open_settings()
        assert settings.value("language") == "de"
        # Only the language changed: nothing in the file, so nothing to undo either.
        assert window.undo_stack.count() == 0
        assert commune_version() == before
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus == ["Datei", "Bearbeiten", "Hilfe"]
        assert window.tabs is not None and window.tabs.tabText(1).replace("&", "") == "Partner"
    finally:
        install_translators(app, "none")


def test_unexpected_error_is_logged_shown_and_survived(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from twinning_desk.ui.app.crash import install_exception_hook

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


def test_backup_then_restore_from_the_menu(
    qtbot: QtBot, tmp_path: Path, gazetteer: Gazetteer, settings: QSettings
) -> None:
    from twinning_desk.services.partners import PartnerData
    from twinning_desk.ui.app.restore_dialog import RestoreDialog

    root = tmp_path / "backups"
    services = Services.open(tmp_path / "c.sqlite3", root)
    services.partners.save(PartnerData(name="Łódź", country_code="PL"))
    window = MainWindow(services, gazetteer, settings, opener=lambda p: Services.open(p, root))
    qtbot.addWidget(window)
    assert window.backup_now() is not None
    window.services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))

    def pick_oldest(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        assert widget.model.rowCount() == 1
        assert widget.model.items[0].partners == 1
        widget.view.selectRow(0)
        click_message_button("Restore")  # the confirmation that follows
        widget.accept()

    from gui_helpers import click_message_button

    when_modal(pick_oldest, RestoreDialog)
    window.choose_restore()
    assert [r.name for r in window.services.partners.rows()] == ["Łódź"]
    assert window.partners_tab is not None and window.partners_tab.model.rowCount() == 1
    reasons = sorted(b.reason for b in window.services.list_backups())
    assert reasons == ["before-restore", "manual"]
    window.services.close()


def test_damaged_file_at_start_offers_the_last_good_backup(qtbot: QtBot, tmp_path: Path) -> None:
    from twinning_desk.paths import AppPaths
    from twinning_desk.services.partners import PartnerData
    from twinning_desk.ui.app.opening import open_interactively

    paths = AppPaths.under(tmp_path / "home")
    db = tmp_path / "c.sqlite3"
    s = Services.open(db, paths.backup_dir)
    s.partners.save_many(
        [PartnerData(name=f"V{i}", country_code="FR", notes="y" * 400) for i in range(300)]
    )
    s.backup_now()
    s.close()
    data = bytearray(db.read_bytes())
    data[8192:20000] = b"\xa5" * (20000 - 8192)
    db.write_bytes(bytes(data))
    texts: list[str] = []

    def answer(button: str) -> None:
        def act(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            texts.append(widget.text())
            for b in widget.buttons():
                if b.text().replace("&", "") == button:
                    b.click()
                    return
            widget.accept()

        when_modal(act, QMessageBox)

    answer("Restore the last good backup")

    def then_ok() -> None:
        answer("OK")

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, then_ok)
    services = open_interactively(db, paths)
    assert services is not None
    assert "damaged" in texts[0]
    assert services.partners.count() == 300
    services.close()


def test_file_in_use_elsewhere_can_open_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    import json

    from twinning_desk.db.lock import DatabaseLock
    from twinning_desk.paths import AppPaths
    from twinning_desk.ui.app.opening import open_interactively

    db = tmp_path / "c.sqlite3"
    Services.open(db).close()
    DatabaseLock(db).path.write_text(
        json.dumps(
            {"user": "marie", "host": "portable-mairie", "pid": 1, "since": "2026-11-22T09:00:00"}
        )
    )
    texts: list[str] = []

    def read_only(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        texts.append(widget.text())
        [button] = [b for b in widget.buttons() if b.text() == "Open read-only"]
        button.click()

    when_modal(read_only, QMessageBox)
    services = open_interactively(db, AppPaths.under(tmp_path / "home"))
    assert services is not None and services.read_only
    assert "marie on portable-mairie" in texts[0]
    services.close()


def test_settings_add_an_event_type(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(configured, gazetteer, "fr")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_type, "Tournee de la chorale")
    dialog._add_type()
    dialog.accept()
    assert configured.events.custom_types() == ["Tournee de la chorale"]


def test_settings_set_the_fiscal_year_start(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(configured, gazetteer, "fr")
    qtbot.addWidget(dialog)
    dialog.fiscal_start.setCurrentIndex(dialog.fiscal_start.findData(9))
    dialog.accept()
    profile = configured.commune.get()
    assert profile is not None and profile.fiscal_year_start_month == 9


def test_settings_purge_participants_of_old_visits(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    from datetime import date

    from twinning_desk.db.models import Direction
    from twinning_desk.services.delegations import DelegationData, MemberData
    from twinning_desk.services.partners import PartnerData
    from twinning_desk.services.people import PersonData
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    partner = configured.partners.save(PartnerData(name="Peñíscola", country_code="ES"))
    old = configured.people.save_person(PersonData(first_name="Javier", last_name="Núñez"))
    configured.delegations.save(
        DelegationData(
            partner_id=partner,
            direction=Direction.INCOMING,
            purpose="sports",
            start_date=date(2015, 5, 30),
            members=[MemberData(old, invited=True)],
        )
    )
    dialog = SettingsDialog(configured, gazetteer, "fr")
    qtbot.addWidget(dialog)
    dialog.purge_years.setValue(5)
    texts: list[str] = []

    def report(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    def erase(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        when_modal(report, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Erase").click()

    when_modal(erase, QMessageBox)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: len(texts) == 2)
    assert "1 person(s) whose last visit ended more than 5 years ago" in texts[0]
    assert texts[1] == "1 person(s) erased."
    assert configured.people.people() == []
    assert configured.delegations.rows()[0].members == 1  # the anonymous line stays


def test_activity_report_from_the_file_menu(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    from datetime import datetime

    from pypdf import PdfReader

    from twinning_desk.services.events import EventData

    configured.events.save(
        EventData(title="Assemblée générale", type="meeting", start=datetime(2026, 1, 24))
    )
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    labels = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Activity report of a year (PDF)…" in labels
    out = tmp_path / "ag.pdf"
    assert window.export_activity_report(2026, out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Assemblée générale" in text
    window.close()


def test_the_activity_report_offers_this_year_not_a_year_of_plans() -> None:
    """On 28 November 2026 with a trip planned in 2027, the report offered is 2026's."""
    from datetime import date

    from twinning_desk.ui.app.main_window import report_year

    years = [2027, 2026, 2025]  # as ActivityService.years() gives them, newest first
    assert report_year(years, date(2026, 11, 28)) == 2026
    assert report_year(years, date(2026, 1, 1)) == 2026  # the first day of the year
    assert report_year(years, date(2025, 12, 31)) == 2025  # the day before
    assert report_year([2027, 2025], date(2026, 6, 1)) == 2025  # nothing this year yet
    assert report_year([2028, 2027], date(2026, 6, 1)) == 2027  # only plans: the nearest


def test_opening_another_file_says_the_undo_history_is_gone(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    from PySide6.QtGui import QUndoCommand

    from twinning_desk.services.commune import CommuneProfile

    other = tmp_path / "other.sqlite3"
    second = Services.open(other)
    second.commune.save(CommuneProfile(name="Autre", country_code="FR"))
    second.close()
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    window.undo_stack.push(QUndoCommand("Supprimer Łańcut"))
    assert window.switch_database(other)
    assert window.undo_stack.count() == 0
    assert "undo history" in window.statusBar().currentMessage()


def test_keyboard_moves_between_tabs_and_opens_a_record_once(
    qtbot: QtBot, gazetteer: Gazetteer, settings: QSettings, tmp_path: Path
) -> None:
    """Ctrl+Tab and Ctrl+1…5 switch tabs (the home tab first); in every table, a
    double-click or Enter opens the selected record once (it used to open a partner's
    dialog twice)."""
    from PySide6.QtTest import QTest

    from twinning_desk.services.demo import load_demo

    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    window = shown_window(qtbot, services, gazetteer, settings)
    assert window.tabs is not None
    assert window.windowTitle() == "Saint-Aubin-des-Vignes (demo) — Twinning Desk"
    window.tabs.setCurrentIndex(1)
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    QTest.keyClick(
        window,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 2
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.home_tab
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.budget_tab
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.partners_tab

    for index in range(1, 4):  # partners, events, delegations
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        view = tab.view
        opened: list[int] = []
        tab.edit_item = lambda opened=opened: opened.append(1)  # type: ignore[method-assign]
        if hasattr(tab, "edit_partner"):
            tab.edit_partner = tab.edit_item  # type: ignore[method-assign]
        view.setFocus()
        view.selectRow(0)
        rect = view.visualRect(view.model().index(0, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened == [1], (index, opened)
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert opened == [1, 1], (index, opened)
    services.close()


def test_every_form_starts_with_the_cursor_in_its_first_field(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    from twinning_desk.ui.events.event_dialog import EventDialog
    from twinning_desk.ui.partners.partner_dialog import AgreementDialog, PartnerDialog

    partner = PartnerDialog(configured.partners, gazetteer)
    agreement = AgreementDialog(None)
    event = EventDialog(configured.events, configured.partners)
    for dialog, first in (
        (partner, partner.name),
        (agreement, agreement.type),
        (event, event.title),
    ):
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        assert dialog.focusWidget() is first, (type(dialog).__name__, dialog.focusWidget())
        dialog.done(0)


def test_only_the_tab_shown_is_built_at_start_and_the_others_when_shown(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    window = shown_window(qtbot, configured, gazetteer, settings)
    tabs = window.tabs
    assert tabs is not None
    keys = ("home", "partners", "events", "delegations", "budget")
    assert [tabs.is_built(k) for k in keys] == [True, False, False, False, False]
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 3 and tabs.is_built("delegations")
    assert tabs.currentWidget() is window.delegations_tab  # the real tab took its place
    assert not tabs.is_built("budget") and not tabs.is_built("partners")
    window.close()
    # The tab shown last comes back, built first; the others wait.
    again = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(again)
    assert again.tabs is not None and again.tabs.currentIndex() == 3
    assert again.tabs.is_built("delegations") and not again.tabs.is_built("home")
    again.close()


def test_the_tabs_are_built_while_idle_and_a_tab_out_of_sight_catches_up_when_shown(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, settings: QSettings
) -> None:
    """Issue #17: the window builds the other tabs while it sits idle, so that a tab's
    first show is a paint. A change then does not refresh the tabs out of sight, each
    after every save: a tab keeps what it was told and reads it again when shown, once
    for several changes, and shows every change."""
    from datetime import datetime

    from twinning_desk.services.events import EventData

    window = shown_window(qtbot, configured, gazetteer, settings)
    tabs = window.tabs
    assert tabs is not None
    keys = ("home", "partners", "events", "delegations", "budget")
    qtbot.waitUntil(lambda: all(tabs.is_built(k) for k in keys), timeout=10_000)
    assert tabs.currentWidget() is window.home_tab  # built hidden, none shown
    events = window.events_tab
    assert events is not None and not events.isVisible()
    shown = [events.model.row_at(i).title for i in range(events.model.total_rows)]

    reads: list[str] = []
    original = events.refresh
    events.refresh = lambda: (reads.append("refresh"), original())[-1]  # type: ignore[method-assign]
    configured.events.save(
        EventData(title="Fête de l’amitié", type="meeting", start=datetime(2026, 6, 21))
    )
    configured.events.save(
        EventData(title="Marché de Noël", type="meeting", start=datetime(2026, 12, 12))
    )
    configured.partners.notifier.notify("partners")
    assert reads == []  # out of sight: nothing read yet
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is events
    assert reads == ["refresh"]  # three changes, one reading
    titles = [events.model.row_at(i).title for i in range(events.model.total_rows)]
    assert sorted(titles) == sorted([*shown, "Fête de l’amitié", "Marché de Noël"])
    # On screen, a change is shown at once.
    configured.events.save(
        EventData(title="Assemblée générale", type="meeting", start=datetime(2026, 3, 7))
    )
    assert reads == ["refresh", "refresh"]
    assert "Assemblée générale" in [
        events.model.row_at(i).title for i in range(events.model.total_rows)
    ]
    window.close()


def test_settings_keep_the_town_hall_address_for_the_printed_headings(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    """Typed once in the preferences, printed under "Mairie de …" on the documents;
    saved with the commune in one step (one undo)."""
    from pypdf import PdfReader

    from twinning_desk.export.mission_report import write_mission_report
    from twinning_desk.ui.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(configured, gazetteer, "fr")
    qtbot.addWidget(dialog)
    assert dialog.commune.address.toPlainText() == ""
    qtbot.keyClicks(dialog.commune.address, "1 place de la Mairie")
    dialog.accept()
    assert configured.reports.mairie_address() == "1 place de la Mairie"
    again = SettingsDialog(configured, gazetteer, "fr")
    qtbot.addWidget(again)
    assert again.commune.address.toPlainText() == "1 place de la Mairie"
    from datetime import date

    from twinning_desk.db.models import Direction
    from twinning_desk.services.delegations import DelegationData
    from twinning_desk.services.partners import PartnerData

    partner = configured.partners.save(PartnerData(name="Łańcut", country_code="PL"))
    trip = configured.delegations.save(
        DelegationData(partner, Direction.OUTGOING, "official", date(2026, 6, 1), date(2026, 6, 3))
    )
    out = tmp_path / "report.pdf"
    write_mission_report(out, configured.reports.content(trip), blank=True)
    first_page = PdfReader(out).pages[0].extract_text()
    assert "1 place de la Mairie" in " ".join(first_page.split())


def test_the_copy_on_opening_is_made_after_the_window_shows(
    qtbot: QtBot, tmp_path: Path, gazetteer: Gazetteer, settings: QSettings
) -> None:
    """Issue #17: the window does not wait for the copy; the copy is still made, once."""
    from twinning_desk.services.partners import PartnerData

    root = tmp_path / "backups"
    first = Services.open(tmp_path / "c.sqlite3", root)
    first.partners.save(PartnerData(name="Łódź", country_code="PL"))
    first.close()
    services = Services.open(
        tmp_path / "c.sqlite3", root, automatic_backups=True, backup_later=True
    )
    assert services.backup_pending and services.list_backups() == []
    window = MainWindow(services, gazetteer, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.backupFinished, timeout=10000):
        window.start_backup_on_open()
    made = window.services.list_backups()
    assert [b.reason for b in made] == ["open"] and made[0].partners == 1
    window.start_backup_on_open()  # nothing left to do: no second copy
    assert len(window.services.list_backups()) == 1
    window.close()
    window.services.close()
