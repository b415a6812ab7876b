"""The Partners tab and its dialogs, driven with qtbot on real widgets and a real file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import click_message_button, when_modal
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import AgreementType, Direction
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.services.partners import AgreementData, PartnerData
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.partners.import_partners import RowChoiceDialog, WordingsDialog
from twinning_desk.ui.partners.partner_dialog import AgreementDialog, PartnerDialog
from twinning_desk.ui.partners.partners_model import PartnerTableModel
from twinning_desk.ui.partners.partners_tab import PartnersTab

PLACES = [
    {
        "geonameid": 1,
        "name": "Łańcut",
        "latitude": 50.0687,
        "longitude": 22.2291,
        "countrycode": "PL",
        "population": 17800,
        "timezone": "Europe/Warsaw",
        "alternatenames": ["Lancut"],
    },
    {
        "geonameid": 2,
        "name": "Landau",
        "latitude": 49.2,
        "longitude": 8.1,
        "countrycode": "DE",
        "population": 46000,
        "timezone": "Europe/Berlin",
        "alternatenames": [],
    },
]


@pytest.fixture
def gazetteer(tmp_path: Path) -> Gazetteer:
    gaz = Gazetteer(tmp_path / "gazetteer.sqlite3")
    build_gazetteer(gaz.path, PLACES)
    return gaz


@pytest.fixture
def tab(qtbot: QtBot, configured: Services, gazetteer: Gazetteer, tmp_path: Path) -> PartnersTab:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = PartnersTab(configured, gazetteer, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(tab: PartnersTab) -> list[str]:
    return [tab.model.row_at(r).name for r in range(tab.model.rowCount())]  # type: ignore[union-attr]


def test_create_partner_through_the_dialog_with_gazetteer(qtbot: QtBot, tab: PartnersTab) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PartnerDialog)
        qtbot.keyClicks(dialog.place_search.edit, "lanc")
        places = dialog.place_search.search()
        assert [p.name for p in places] == ["Łańcut"]
        dialog.place_search.choose(0)
        assert dialog.name.text() == "Łańcut"
        assert dialog.country.code() == "PL"
        assert dialog.timezone.text() == "Europe/Warsaw"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, PartnerDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(tab) == ["Łańcut"])
    row = tab.model.row_at(0)
    assert row is not None and row.distance_km is not None and 1500 < row.distance_km < 1700
    assert tab.selected_id() == row.id


def test_refused_value_keeps_the_dialog_open_and_points_at_the_field(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    dialog = PartnerDialog(configured.partners, gazetteer)
    qtbot.addWidget(dialog)
    dialog.show()
    # QTest types ASCII only; accented names are set directly elsewhere.
    qtbot.keyClicks(dialog.name, "Bad Tolz")
    qtbot.keyClicks(dialog.population, "beaucoup")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Population" in dialog.error.text()
    assert dialog.focusWidget() is dialog.population
    dialog.population.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Country" in dialog.error.text()  # still nothing saved, the name is kept
    assert dialog.name.text() == "Bad Tolz"
    dialog.country.set_code("DE")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert configured.partners.count() == 1


def test_agreement_dialog_reads_fuzzy_dates(qtbot: QtBot) -> None:
    dialog = AgreementDialog(None)
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData(AgreementType.FRIENDSHIP))
    qtbot.keyClicks(dialog.signed, "31/02/2001")
    dialog.accept()
    assert dialog.result_data is None and "not a real date" in dialog.error.text()
    dialog.signed.clear()
    qtbot.keyClicks(dialog.signed, "2001-2002")
    dialog.accept()
    assert dialog.result_data is not None
    assert dialog.result_data.signed is not None
    assert dialog.result_data.signed.format() == "2001–2002"


def _add(services: Services, *pairs: tuple[str, str]) -> None:
    for name, country in pairs:
        services.partners.save(PartnerData(name=name, country_code=country))


def test_typing_filters_and_header_sorts(qtbot: QtBot, tab: PartnersTab) -> None:
    _add(tab.services, ("Łódź", "PL"), ("Bad Tölz", "DE"), ("Kenilworth", "GB"))
    qtbot.waitUntil(lambda: len(names(tab)) == 3)
    qtbot.keyClicks(tab.search, "LODZ")
    qtbot.waitUntil(lambda: names(tab) == ["Łódź"])
    assert "1" in tab.count_label.text()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "royaume")
    qtbot.waitUntil(lambda: names(tab) == ["Kenilworth"])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(names(tab)) == 3)
    tab.view.horizontalHeader().setSortIndicator(
        PartnerTableModel.NAME, Qt.SortOrder.DescendingOrder
    )
    assert names(tab) == ["Łódź", "Kenilworth", "Bad Tölz"]
    tab.view.sortByColumn(PartnerTableModel.COUNTRY, Qt.SortOrder.AscendingOrder)
    assert names(tab) == ["Bad Tölz", "Łódź", "Kenilworth"]  # Allemagne, Pologne, Royaume-Uni


def test_edit_partner(qtbot: QtBot, tab: PartnersTab) -> None:
    _add(tab.services, ("Bad Tolz", "DE"))
    tab.view.selectRow(0)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, PartnerDialog)
        dialog.name.setText("Bad Tölz")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(rename, PartnerDialog)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(tab) == ["Bad Tölz"])


def test_delete_asks_then_undo_restores(qtbot: QtBot, tab: PartnersTab) -> None:
    tab.services.partners.save(
        PartnerData(
            name="Kenilworth",
            country_code="GB",
            agreements=[AgreementData(type=AgreementType.CHARTER, signed="1977")],
        )
    )
    qtbot.waitUntil(lambda: names(tab) == ["Kenilworth"])
    tab.view.selectRow(0)
    click_message_button("Cancel")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert names(tab) == ["Kenilworth"]
    click_message_button("Delete")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(tab) == [])
    assert tab.services.partners.count() == 0
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: names(tab) == ["Kenilworth"])
    pid = tab.services.partners.find_id("Kenilworth", "GB")
    assert pid is not None and len(tab.services.partners.get(pid).agreements) == 1
    tab.undo_stack.redo()
    qtbot.waitUntil(lambda: names(tab) == [])


def test_delete_refused_while_a_delegation_refers(qtbot: QtBot, tab: PartnersTab) -> None:
    from datetime import date

    from twinning_desk.db.models import Delegation

    _add(tab.services, ("Łańcut", "PL"))
    pid = tab.services.partners.find_id("Łańcut", "PL")
    with tab.services.db.transaction() as s:
        s.add(
            Delegation(
                partner_id=pid,
                direction=Direction.OUTGOING,
                purpose="official",
                start_date=date(2024, 5, 1),
                end_date=date(2024, 5, 3),
            )
        )
    tab.refresh()
    tab.view.selectRow(0)
    shown: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        shown.append(widget.text())
        widget.accept()

    when_modal(read, QMessageBox)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert shown and "cannot be deleted" in shown[0]
    assert names(tab) == ["Łańcut"]


def test_import_through_the_preview_dialog(qtbot: QtBot, tab: PartnersTab, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Liste des jumelages"])  # a title above the header
    ws.append(["Ville", "Pays", "Type", "Année"])
    ws.append(["Bad Tölz", "Allemagne", "Charte", 1985])
    ws.append(["Atlantis", "Nowhere", "Échange de chorales", 1985])
    ws.append(["Bad Tölz", "Allemagne", "Charte", 1985])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    dialog = tab.import_file(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert dialog.model.rowCount() == 3
    assert "2 new partner(s)" in dialog.summary.text()
    assert "1 duplicate(s)" in dialog.summary.text()
    # Atlantis: its country is marked; the secretary double-clicks it and picks Greece.
    atlantis = next(i for i, r in enumerate(dialog.model.items) if r.name == "Atlantis")
    assert dialog.model.index(atlantis, 3).data() == "? Nowhere"

    def pick_greece(widget: QWidget) -> None:
        assert isinstance(widget, RowChoiceDialog)
        widget.country.set_code("GR")
        widget.places.setCurrentRow(widget.places.count() - 1)  # "Not placed"
        ok = widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = when_modal(pick_greece, RowChoiceDialog)
    rect = dialog.view.visualRect(dialog.model.index(atlantis, 1))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen and dialog.model.index(atlantis, 3).data() == "Grèce"

    # The unknown wording is mapped once, for all its rows.
    assert dialog.wordings_button.isVisible()

    def choose_friendship(widget: QWidget) -> None:
        assert isinstance(widget, WordingsDialog)
        combo = widget.combos["Échange de chorales"]
        combo.setCurrentIndex(combo.findData(AgreementType.FRIENDSHIP))
        ok = widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(choose_friendship, WordingsDialog)
    qtbot.mouseClick(dialog.wordings_button, Qt.MouseButton.LeftButton)
    assert not dialog.wordings_button.isVisible()

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(tab) == ["Atlantis", "Bad Tölz"])
    partners = tab.services.partners
    atlantis_id = partners.find_id("Atlantis", "GR")
    assert atlantis_id is not None
    assert partners.get(atlantis_id).agreements[0].type is AgreementType.FRIENDSHIP


def test_closing_the_preview_after_fixing_rows_asks_first(
    qtbot: QtBot, tab: PartnersTab, tmp_path: Path
) -> None:
    """A row fixed by hand is work: Cancel asks before dropping it (and keeps the
    preview when the answer is no). A list with nothing to look at says nothing of
    yellow rows."""
    clean = tmp_path / "propre.csv"
    clean.write_text(
        "Ville;Pays;Latitude;Longitude\nBad Tölz;Allemagne;47,7603;11,5569\n", encoding="utf-8"
    )
    plain = tab.import_file(clean)
    qtbot.waitUntil(lambda: plain.import_button.isEnabled(), timeout=5000)
    assert "yellow" not in plain.summary.text()
    qtbot.mouseClick(plain.cancel_button, Qt.MouseButton.LeftButton)  # nothing fixed
    assert not plain.isVisible()

    messy = tmp_path / "liste.csv"
    messy.write_text("Ville;Pays\nAtlantis;Nowhere\n", encoding="utf-8")
    dialog = tab.import_file(messy)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert "yellow" in dialog.summary.text()

    def pick_greece(widget: QWidget) -> None:
        assert isinstance(widget, RowChoiceDialog)
        widget.country.set_code("GR")
        widget.places.setCurrentRow(widget.places.count() - 1)
        ok = widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(pick_greece, RowChoiceDialog)
    rect = dialog.view.visualRect(dialog.model.index(0, 1))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.model.index(0, 3).data() == "Grèce", timeout=5000)

    asked: list[str] = []

    def answer(keep: bool) -> Callable[[QWidget], None]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            wanted = (
                QMessageBox.ButtonRole.RejectRole
                if keep
                else QMessageBox.ButtonRole.DestructiveRole
            )
            button = next(b for b in box.buttons() if box.buttonRole(b) == wanted)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        return press

    when_modal(answer(keep=True), QMessageBox)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    assert dialog.isVisible() and dialog.model.index(0, 3).data() == "Grèce"
    when_modal(answer(keep=False), QMessageBox)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert len(asked) == 2 and "not imported yet" in asked[0]
    assert tab.services.partners.count() == 0


def test_import_of_a_broken_file_says_so_and_writes_nothing(
    qtbot: QtBot, tab: PartnersTab, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    dialog = tab.import_file(path)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.summary.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()
    assert tab.services.partners.count() == 0
    dialog.reject()


def test_export_from_the_tab(qtbot: QtBot, tab: PartnersTab, tmp_path: Path) -> None:
    _add(tab.services, ("Łódź", "PL"))
    out = tmp_path / "export.xlsx"
    assert tab.export_to(out)
    assert load_workbook(out).worksheets[0]["A2"].value == "Łódź"


def test_partner_model_passes_qt_model_checks(qtmodeltester, configured: Services) -> None:  # type: ignore[no-untyped-def]
    _add(configured, ("Łódź", "PL"), ("Bad Tölz", "DE"))
    model = PartnerTableModel(configured.partners)
    model.refresh()
    qtmodeltester.check(model)


def test_lazy_loading_fetches_pages(qtbot: QtBot, configured: Services) -> None:
    configured.partners.save_many(
        [PartnerData(name=f"Village {i:04d}", country_code="FR") for i in range(450)]
    )
    model = PartnerTableModel(configured.partners)
    model.refresh()
    assert model.total_rows == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert QApplication.instance() is not None


def test_empty_list_tells_what_to_do(qtbot: QtBot, tab: PartnersTab) -> None:
    assert tab.empty_hint.isVisible() and "Import" in tab.empty_hint.text()
    _add(tab.services, ("Łódź", "PL"))
    qtbot.waitUntil(lambda: not tab.empty_hint.isVisible())
    qtbot.keyClicks(tab.search, "zzz")
    qtbot.waitUntil(lambda: tab.empty_hint.isVisible())
    assert "matches" in tab.empty_hint.text()


def test_cancel_with_typing_asks_before_discarding(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    dialog = PartnerDialog(configured.partners, gazetteer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog = PartnerDialog(configured.partners, gazetteer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Kenilworth")
    click_message_button("Cancel")
    dialog.reject()
    assert dialog.isVisible() and dialog.name.text() == "Kenilworth"
    click_message_button("Discard changes")
    dialog.reject()
    assert not dialog.isVisible()


def test_read_only_file_disables_writing(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    _add(configured, ("Łódź", "PL"))
    path = configured.db.path
    configured.close()
    ro = Services.open(path, read_only=True)
    settings = QSettings(str(tmp_path / "ro.ini"), QSettings.Format.IniFormat)
    widget = PartnersTab(ro, gazetteer, History(ro), settings)
    qtbot.addWidget(widget)
    widget.view.selectRow(0)
    assert not widget.new_button.isEnabled() and not widget.delete_button.isEnabled()
    assert widget.edit_button.isEnabled()
    dialog = PartnerDialog(ro.partners, gazetteer, widget.selected_id())
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and "read-only" in dialog.error.text()
    ro.close()


def test_an_imported_partner_opened_and_saved_keeps_what_the_list_said(
    qtbot: QtBot, configured: Services, gazetteer: Gazetteer
) -> None:
    """The dialog does not show the noted last exchange or a missing country, and must
    not lose them; a town left unplaced is placed later by typing its name."""
    from datetime import date

    from twinning_desk.db.models import PartnerKind
    from twinning_desk.services.partners import AgreementData, PartnerData

    partners = configured.partners
    org_id = partners.save(
        PartnerData(
            name="Association des maires francophones",
            country_code=None,
            kind=PartnerKind.ORGANISATION,
            last_exchange_noted=date(2025, 6, 30),
            agreements=[AgreementData(type=AgreementType.OTHER, title="Échanges de chorales")],
        )
    )
    dialog = PartnerDialog(partners, gazetteer, org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.agreements.index(0, 0).data() == "Échanges de chorales"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    saved = partners.get(org_id)
    assert saved.country_code is None and saved.last_exchange_noted == date(2025, 6, 30)
    assert [(a.type, a.title) for a in saved.agreements] == [
        (AgreementType.OTHER, "Échanges de chorales")
    ]
    # A town whose country stayed unknown at import must get one when it is edited.
    town_id = partners.save_many(
        [PartnerData(name="Atlantis", country_code=None)], require_country=False
    )
    assert town_id
    atlantis = partners.find_id("Atlantis", None)
    dialog = PartnerDialog(partners, gazetteer, atlantis)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Country" in dialog.error.text()
    qtbot.keyClicks(dialog.place_search.edit, "lanc")
    dialog.place_search.search()
    dialog.place_search.choose(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    placed = partners.get(atlantis or 0)
    assert placed.country_code == "PL" and placed.latitude is not None


def test_first_import_prepares_the_gazetteer_with_a_progress_bar(
    qtbot: QtBot, configured: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No town list yet (a fresh install): the import prepares it first, showing progress,
    then places the rows."""
    import json

    from twinning_desk.services import geo

    source = tmp_path / "cities.json"
    source.write_text(
        json.dumps(
            {
                str(i): {
                    "geonameid": i,
                    "name": name,
                    "alternatenames": alternates,
                    "latitude": lat,
                    "longitude": lon,
                    "countrycode": cc,
                    "population": pop,
                    "timezone": "Europe/Warsaw",
                }
                for i, (name, alternates, lat, lon, cc, pop) in enumerate(
                    [
                        ("Warsaw", ["Varsovie", "Warszawa"], 52.23, 21.01, "PL", 1_700_000),
                        ("Kraków", ["Cracovie"], 50.06, 19.94, "PL", 800_000),
                    ],
                    start=1,
                )
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(geo, "geonames_source", lambda: source)
    fresh = Gazetteer(tmp_path / "not-built-yet.sqlite3")
    assert not fresh.is_ready()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab = PartnersTab(configured, fresh, History(configured), settings)
    qtbot.addWidget(tab)
    wb = Workbook()
    wb.active.append(["Ville", "Pays"])
    wb.active.append(["Varsovie", "Pologne"])
    wb.active.append(["Cracovie", "Pologne"])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    dialog = tab.import_file(path)
    assert "Preparing the list of towns" in dialog.summary.text()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert fresh.is_ready()
    assert dialog.plan is not None and dialog.plan.placed == 2
    dialog.reject()


def test_the_list_is_read_once_when_the_tab_opens(
    qtbot: QtBot,
    configured: Services,
    gazetteer: Gazetteer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enabling sorting, setting the indicator and restoring the saved header each sort
    the view; only the first page shown needs the query (issue #17: one refresh)."""
    calls: list[int] = []
    real_rows = configured.partners.rows

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_rows(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(configured.partners, "rows", counted)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = PartnersTab(configured, gazetteer, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    assert len(calls) == 1
    widget.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a real change of order
    assert len(calls) == 2
