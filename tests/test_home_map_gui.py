"""The home tab on screen: built only when shown, a click on a partner's point opens its
record, and a commune with no position is invited to set it (issue #18)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import PartnerData
from twinning_desk.ui.app.main_window import MainWindow
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.home.home_tab import HomeTab
from twinning_desk.ui.partners.partner_dialog import PartnerDialog


def _tab(qtbot: QtBot, services: Services, tmp_path: Path) -> HomeTab:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab = HomeTab(services, Gazetteer(tmp_path / "g.sqlite3"), History(services), settings)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    return tab


def test_clicking_a_partner_on_the_map_opens_its_dialog(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    ids = {
        name: configured.partners.save(
            PartnerData(name=name, country_code=cc, latitude=lat, longitude=lon)
        )
        for name, cc, lat, lon in (
            ("Kenilworth", "GB", 52.3497, -1.5802),
            ("Montefalco", "IT", 42.8939, 12.6504),
            ("Suva", "FJ", -18.1416, 178.4419),  # another continent, by the antimeridian
        )
    }
    tab = _tab(qtbot, configured, tmp_path)
    assert not tab.built  # nothing is built before the tab is shown
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.built and tab.stack.currentWidget() is tab.map
    assert set(tab.map.points) == set(ids.values())  # every partner is on the map
    # Hovering says the name and the distance.
    assert tab.map.points[ids["Suva"]].toolTip().startswith("Suva")
    assert "km" in tab.map.points[ids["Suva"]].toolTip()

    opened: list[int | None] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, PartnerDialog)
        opened.append(widget.partner_id)
        widget.reject()

    for count, name in enumerate(("Montefalco", "Suva"), start=1):
        when_modal(look, PartnerDialog)
        point = tab.map.partner_point(ids[name])
        assert tab.map.viewport().rect().contains(point), name
        # The dialog is modal: the click returns once the dialog was seen and closed.
        qtbot.mouseClick(tab.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda count=count: len(opened) == count)
    assert opened == [ids["Montefalco"], ids["Suva"]]

    # A click on the sea opens nothing.
    corner = tab.map.viewport().rect().bottomLeft()
    corner.setX(corner.x() + 3)
    corner.setY(corner.y() - 3)
    qtbot.mouseClick(tab.map.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert opened == [ids["Montefalco"], ids["Suva"]]


def test_a_commune_with_no_position_is_invited_to_set_it(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.commune.save(CommuneProfile(name="Sans-Lieu", country_code="FR"))
    services.partners.save(
        PartnerData(name="Kenilworth", country_code="GB", latitude=52.35, longitude=-1.58)
    )
    tab = _tab(qtbot, services, tmp_path)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.stack.currentWidget() is tab.invite
    assert "Sans-Lieu" in tab.invite_text.text()
    with qtbot.waitSignal(tab.communeSettingsRequested, timeout=1000):
        tab.invite_button.click()
    # Once the position is set, the map takes the invitation's place.
    services.commune.save(
        CommuneProfile(name="Sans-Lieu", country_code="FR", latitude=47.39, longitude=0.68)
    )
    assert tab.stack.currentWidget() is tab.map
    assert "Kenilworth" in tab.records.text()


def test_the_main_window_builds_the_home_tab_only_when_shown(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/tab", 1)  # the partners tab was the last one used
    window = MainWindow(configured, Gazetteer(tmp_path / "g.sqlite3"), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs is not None and window.home_tab is not None
    assert window.tabs.widget(0) is window.home_tab
    assert not window.home_tab.built
    window.tabs.setCurrentIndex(0)
    assert window.home_tab.built
    # The link to the asleep partners opens the Partners tab, filtered.
    window.home_tab.follow("partners:asleep")
    assert window.tabs.currentWidget() is window.partners_tab
    assert window.partners_tab is not None and window.partners_tab.asleep_only.isChecked()
    window.close()


def test_the_year_ahead_reads_as_a_calendar_whatever_the_kind(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    """A festival on 9 May and a trip on 7 May: the trip first, though the events are
    read before the delegations (newcomer's report)."""
    from datetime import date, datetime, timedelta

    from twinning_desk.db.models import Direction
    from twinning_desk.services.delegations import DelegationData
    from twinning_desk.services.events import EventData

    partner = configured.partners.save(PartnerData(name="Bad Wimpfen", country_code="DE"))
    trip_day = date.today() + timedelta(days=60)
    festival_day = trip_day + timedelta(days=2)
    configured.events.save(
        EventData(
            title="Fête de l’Europe",
            type="festival",
            start=datetime.combine(festival_day, datetime.min.time()),
        )
    )
    configured.delegations.save(
        DelegationData(
            partner_id=partner,
            direction=Direction.OUTGOING,
            purpose="official",
            start_date=trip_day,
            end_date=trip_day + timedelta(days=3),
        )
    )
    tab = _tab(qtbot, configured, tmp_path)
    tab.show()
    qtbot.waitExposed(tab)
    text = tab.ahead_label.text()
    assert text.index("Trip to") < text.index("Fête de l’Europe"), text
