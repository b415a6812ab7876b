"""Every Qt item model of the package passes Qt's model tester, on the demo commune.

Each case is one model as the app builds it: the tab or dialog that owns it is opened on
a database filled by ``load_demo``, and its model is then
- checked by pytest-qt's ``qtmodeltester`` (Qt's QAbstractItemModelTester, which stays
  attached and checks again on every change; its complaints are Qt warnings, which fail
  the test, see conftest.py);
- shown in a view and painted, so that Qt calls ``data()`` itself (an exception in a Qt
  virtual fails the test), and read cell by cell in every role;
- sorted by each column both ways, fetched to the end and refreshed, with the tester
  watching.
A model without rows would test little, so every case must have some.
``test_every_model_class_is_checked`` keeps the list whole: a new model class of the
package fails it until a case builds it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import twinning_desk
from twinning_desk.db.models import Direction
from twinning_desk.services.attachments import AttachmentData
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import ProgrammeData
from twinning_desk.services.demo import load_demo
from twinning_desk.services.events import FollowUpData
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.ui.app.restore_dialog import RestoreDialog
from twinning_desk.ui.budget.budget_tab import BudgetTab
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.delegations.delegations_tab import DelegationsTab
from twinning_desk.ui.delegations.people_dialog import DirectoryDialog
from twinning_desk.ui.delegations.report_dialog import ReportDialog
from twinning_desk.ui.events.event_dialog import EventDialog
from twinning_desk.ui.events.events_tab import EventsTab
from twinning_desk.ui.partners.import_partners import ImportPartnersDialog
from twinning_desk.ui.partners.partner_dialog import PartnerDialog
from twinning_desk.ui.partners.partners_tab import PartnersTab

# Abstract bases: no instance of them exists; their code is checked through subclasses.
ABSTRACT = {
    "twinning_desk.ui.common.table_model.ColumnsModel": "declares columns, holds no rows",
    "twinning_desk.ui.common.table_model.PagedTableModel": "fetch() and total() are left "
    "to subclasses",
}

ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.SizeHintRole,
    Qt.ItemDataRole.UserRole,
]


class Demo:
    """The demo commune and, opened on demand, the widgets that own the models."""

    def __init__(self, services: Services, qtbot: QtBot, tmp_path: Path) -> None:
        self.s, self.qtbot, self.tmp_path = services, qtbot, tmp_path
        self.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        self.gazetteer = Gazetteer(tmp_path / "g.sqlite3")
        build_gazetteer(self.gazetteer.path, [])

    def _keep(self, widget: Any) -> Any:
        self.qtbot.addWidget(widget)
        return widget

    @cached_property
    def partners_tab(self) -> PartnersTab:
        return self._keep(PartnersTab(self.s, self.gazetteer, History(self.s), self.settings))

    @cached_property
    def events_tab(self) -> EventsTab:
        tab = self._keep(EventsTab(self.s, History(self.s), self.settings))
        # The calendar's day list: the day of the first event.
        first = min(row.start for row in self.s.events.rows())
        tab.calendar.setSelectedDate(first.date())
        return tab

    @cached_property
    def delegations_tab(self) -> DelegationsTab:
        return self._keep(DelegationsTab(self.s, History(self.s), self.settings))

    @cached_property
    def budget_tab(self) -> BudgetTab:
        return self._keep(BudgetTab(self.s, History(self.s), self.settings))

    @cached_property
    def partner_dialog(self) -> PartnerDialog:
        # The partner with the most agreements, with a document added to it.
        partner = self.s.partners.find_id("Bad Wimpfen", "DE")
        assert partner is not None
        data = self.s.partners.get(partner)
        data.attachments.append(AttachmentData(filename="charte.pdf", content=b"%PDF-1.4"))
        self.s.partners.save(data)
        return self._keep(PartnerDialog(self.s.partners, self.gazetteer, partner))

    @cached_property
    def event_dialog(self) -> EventDialog:
        # An event with participants invited from abroad, given a document and a follow-up.
        event = next(r.id for r in self.s.events.rows() if self.s.events.get(r.id).invited)
        data = self.s.events.get(event)
        data.attachments.append(AttachmentData(filename="photo.jpg", content=b"\xff\xd8"))
        data.follow_ups.append(FollowUpData(text="Send the photos", due_date=date.today()))
        self.s.events.save(data)
        return self._keep(EventDialog(self.s.events, self.s.partners, event))

    @cached_property
    def delegation_dialog(self) -> DelegationDialog:
        """The largest visit received (visitors to host), given a programme."""
        rows = [r for r in self.s.delegations.rows() if r.direction is Direction.INCOMING]
        delegation = max(rows, key=lambda r: r.members).id
        data = self.s.delegations.get(delegation)
        data.programme += [
            ProgrammeData(day=data.start_date, activity="Welcome at the town hall"),
            ProgrammeData(day=data.start_date, activity="Dinner with the host families"),
        ]
        self.s.delegations.save(data)
        return self._keep(DelegationDialog(self.s.delegations, self.s.people, delegation))

    @cached_property
    def report_dialog(self) -> ReportDialog:
        """The mission report of a visit made with élus, with a next step typed in."""
        for row in self.s.delegations.rows():
            dialog = ReportDialog(self.s.reports, row.id, self.settings)
            if dialog.allowances.rowCount():
                dialog.steps.set_items([FollowUpData(text="Invite the mayor back")])
                return self._keep(dialog)
            dialog.deleteLater()
        raise AssertionError("no delegation of the demo has élus to pay allowances to")

    @cached_property
    def directory(self) -> DirectoryDialog:
        return self._keep(DirectoryDialog(self.s.people, self.settings, []))

    @cached_property
    def restore_dialog(self) -> RestoreDialog:
        self.s.backup_now()
        return self._keep(RestoreDialog(self.s.list_backups()))

    @cached_property
    def import_dialog(self) -> ImportPartnersDialog:
        book = Workbook()
        sheet = book.active
        sheet.append(["Ville", "Pays", "Type de lien", "Date de signature"])
        sheet.append(["Bad Wimpfen", "Allemagne", "Charte de jumelage", "1974"])
        sheet.append(["Kraków", "Pologne", "Ville jumelle", "2001-2002"])
        sheet.append(["Réseau des villes", "", "Pacte d'amitié", "vers 1990"])
        path = self.tmp_path / "liste.xlsx"
        book.save(path)
        dialog = self._keep(ImportPartnersDialog(self.s.partners, path, None, self.gazetteer))
        self.qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
        return dialog


# (model class, where the app builds it): how to get the model from the demo's widgets.
CASES: dict[tuple[str, str], Callable[[Demo], QAbstractItemModel]] = {
    ("PartnerTableModel", "Partners tab"): lambda d: d.partners_tab.model,
    ("EventTableModel", "Events tab"): lambda d: d.events_tab.model,
    ("ListTableModel", "Events tab, the day"): lambda d: d.events_tab.day_model,
    ("ListTableModel", "Events tab, upcoming"): lambda d: d.events_tab.upcoming_model,
    ("DelegationTableModel", "Delegations tab"): lambda d: d.delegations_tab.model,
    ("BudgetTableModel", "Budget tab"): lambda d: d.budget_tab.model,
    ("ListTableModel", "Budget tab, summary"): lambda d: d.budget_tab.summary_model,
    ("ListTableModel", "Budget tab, subsidies"): lambda d: d.budget_tab.subsidy_model,
    ("ListTableModel", "partner, agreements"): lambda d: d.partner_dialog.agreements,
    ("ListTableModel", "partner, contacts"): lambda d: d.partner_dialog.contacts,
    ("ListTableModel", "partner, documents"): lambda d: d.partner_dialog.documents.model,
    ("ListTableModel", "event, invited"): lambda d: d.event_dialog.invited,
    ("ListTableModel", "event, follow-ups"): lambda d: d.event_dialog.follow_ups,
    ("ListTableModel", "event, documents"): lambda d: d.event_dialog.documents.model,
    ("ListTableModel", "delegation, members"): lambda d: d.delegation_dialog.members,
    ("ProgrammeModel", "delegation, programme"): lambda d: d.delegation_dialog.programme,
    ("VisitorModel", "delegation, visitors"): lambda d: d.delegation_dialog.visitors,
    ("ListTableModel", "delegation, host families"): lambda d: d.delegation_dialog.hosts_model,
    ("AllowanceModel", "mission report, allowances"): lambda d: d.report_dialog.allowances,
    ("ListTableModel", "mission report, next steps"): lambda d: d.report_dialog.steps,
    ("PeopleTableModel", "directory, people"): lambda d: d.directory.model,
    ("ListTableModel", "directory, households"): lambda d: d.directory.households,
    ("ListTableModel", "restore, backups"): lambda d: d.restore_dialog.model,
    ("_PreviewModel", "import preview"): lambda d: d.import_dialog.model,
}


@pytest.fixture
def demo(tmp_path: Path, qtbot: QtBot) -> Iterator[Demo]:
    services = Services.open(tmp_path / "demo.sqlite3", tmp_path / "backups")
    load_demo(services)
    yield Demo(services, qtbot, tmp_path)
    services.close()


def read_everything(model: QAbstractItemModel) -> None:
    """Every cell in every role, every flag and header: what a view may ask."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            model.flags(index)
            for role in ROLES:
                model.data(index, role)
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for section in range(count):
            for role in ROLES:
                model.headerData(section, orientation, role)


def show(model: QAbstractItemModel, qtbot: QtBot) -> QWidget:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    view.resizeColumnsToContents()
    view.grab()  # painted now: Qt calls data() for what it shows
    return view


@pytest.mark.parametrize(("class_name", "where"), list(CASES), ids=[": ".join(c) for c in CASES])
def test_model(
    demo: Demo, qtbot: QtBot, qtmodeltester: ModelTester, class_name: str, where: str
) -> None:
    model = CASES[(class_name, where)](demo)
    assert type(model).__name__ == class_name
    assert model.rowCount() > 0, f"{where}: the demo gives this model no row to check"
    qtmodeltester.check(model)
    view = show(model, qtbot)
    read_everything(model)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            read_everything(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    if hasattr(model, "refresh"):
        model.refresh()
    elif hasattr(model, "set_items"):
        model.set_items(list(model.items))  # type: ignore[attr-defined]
    view.grab()
    read_everything(model)


def _model_classes() -> set[str]:
    """Every QAbstractItemModel subclass defined in the package, by qualified name."""
    for info in pkgutil.walk_packages(twinning_desk.__path__, "twinning_desk."):
        if ".migrations." not in info.name:
            importlib.import_module(info.name)
    found: set[str] = set()
    todo = [QAbstractItemModel]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("twinning_desk."):
                found.add(f"{sub.__module__}.{sub.__qualname__}")
    return found


def test_every_model_class_is_checked() -> None:
    classes = _model_classes()
    assert set(ABSTRACT) <= classes, "ABSTRACT names a class that is gone"
    names = {name.rsplit(".", 1)[1] for name in classes - set(ABSTRACT)}
    assert len(names) == len(classes - set(ABSTRACT)), "two model classes share a name"
    assert names == {class_name for class_name, _where in CASES}
