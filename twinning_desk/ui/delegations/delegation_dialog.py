"""Create or edit a delegation: where and when, members, programme, host families.

Saved whole, like the other editors. Beside the tabs a yellow panel lists what should be
fixed before departure (a mandat spécial not voted in time, a minor's authorisation, a
visitor with no bed or a cat allergy in a house with a cat); the panel never blocks.

This module lays the tabs out and keeps them in step; the member dialog
(``member_dialog.py``), the programme's dialog and model (``programme.py``) and the
drag-and-drop tables of the host families (``hosting.py``) are beside it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import Delegation, DelegationStatus, Direction
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.delegations import (
    DELEGATION_STATUS_LABELS,
    PURPOSE_LABELS,
    ROLE_LABELS,
    TRANSPORTS,
    DelegationData,
    DelegationService,
    MemberData,
    ProgrammeData,
    is_visitor,
    member_country,
)
from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.services.events import DIRECTION_LABELS
from twinning_desk.services.languages import language_names
from twinning_desk.services.people import HouseholdData, PeopleService
from twinning_desk.ui.common.colours import Tone, style_notice, style_tone
from twinning_desk.ui.common.conflict_dialog import (
    ConflictField,
    field_label,
    shown_in,
    value_text,
)
from twinning_desk.ui.common.eu_grant import show_eu_check
from twinning_desk.ui.common.helpers import confirm, debounce, qtr, show_error
from twinning_desk.ui.common.record_dialog import ChildList, RecordEditor
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.common.widgets.search_combo import SearchCombo
from twinning_desk.ui.delegations.hosting import HostDropView, VisitorModel, needs_summary
from twinning_desk.ui.delegations.member_dialog import MemberDialog
from twinning_desk.ui.delegations.programme import ProgrammeDialog, ProgrammeModel


def _lang() -> str:
    return QLocale().name()[:2]


def _yes(value: bool) -> str:
    return qtr("PartnerDialog", "yes") if value else ""


class DelegationDialog(RecordEditor):
    history_model = Delegation

    def __init__(
        self,
        service: DelegationService,
        people: PeopleService,
        delegation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.people = people
        self.delegation_id = delegation_id
        self.data = service.get(delegation_id) if delegation_id else None
        self.saved_id: int | None = None
        self.partner_rows = service.partner_choices()
        self._partner_countries = {pid: code for pid, _name, code in self.partner_rows}
        self._home_country = service.home()[1]
        self.setWindowTitle(
            self.tr("Delegation: {partner}, {date}").format(
                partner=self.data.partner_name, date=format_day(self.data.start_date, _lang())
            )
            if self.data
            else self.tr("New delegation")
        )
        self._field_widgets = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._members_tab(), self.tr("&Members"))
        self.tabs.addTab(self._programme_tab(), self.tr("&Programme"))
        self.tabs.addTab(self._hosting_tab(), self.tr("&Host families"))
        self.finish_layout()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        style_notice(self.warning_label)
        self.warning_label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.warning_label)
        if self.data:
            self._load(self.data)
        self.unsaved_question = self.tr(
            "This delegation has changes that are not saved. Close without saving them?"
        )
        self._first_field = self.partner
        self._check_timer = debounce(self, self.update_checks, 200)
        for signal in (
            self.direction.currentIndexChanged,
            self.partner.currentIndexChanged,
            self.start.dateChanged,
        ):
            signal.connect(lambda *_: self._check_timer.start())
        self.partner.currentIndexChanged.connect(self._show_member_countries)
        self.members.modelReset.connect(self._on_members_changed)
        self._on_members_changed()
        self.remember_state()
        self.resize(940, 640)

    # ---------------------------------------------------------------- tabs
    def _general_tab(self) -> QWidget:
        page = QWidget()
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(choose a partner)"), None)
        for pid, name, code in self.partner_rows:
            self.partner.addItem(f"{name} ({country_name(code, _lang())})", pid)
        self.direction = QComboBox()
        for direction, label in DIRECTION_LABELS.items():
            self.direction.addItem(qtr("Labels", label), direction.value)
        self.purpose = QComboBox()
        for key, label in PURPOSE_LABELS.items():
            self.purpose.addItem(qtr("Labels", label), key)
        self.start = DayEdit(initial=date.today())
        self.end = DayEdit(initial=date.today())
        self.start.dateChanged.connect(self._keep_end_after_start)
        self.transport = QComboBox()
        self.transport.setEditable(True)
        self.transport.addItem("", "")
        for key, label in TRANSPORTS.items():
            self.transport.addItem(qtr("Labels", label), key)
        self.status = QComboBox()
        for status, label in DELEGATION_STATUS_LABELS.items():
            self.status.addItem(qtr("Labels", label), status.value)
        self.grant = QLineEdit()
        self.grant.setPlaceholderText(self.tr("EU or regional grant, if any"))
        self.linked_event = SearchCombo()
        self.linked_event.addItem(self.tr("(none)"), None)
        for event_id, title, day in self.service.event_choices():
            self.linked_event.addItem(f"{format_day(day, _lang())} — {title}", event_id)
        self.notes = QPlainTextEdit()
        form = QFormLayout(page)
        form.addRow(self.tr("&Partner *"), self.partner)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("P&urpose"), self.purpose)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("&Transport"), self.transport)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Grant reference"), self.grant)
        form.addRow(self.tr("&Linked event"), self.linked_event)
        form.addRow(self.tr("N&otes"), self.notes)
        self._field_widgets.update(
            {
                "partner": (0, self.partner),
                "purpose": (0, self.purpose),
                "start": (0, self.start),
                "end": (0, self.end),
                "transport": (0, self.transport),
                "grant_reference": (0, self.grant),
                "event": (0, self.linked_event),
                "notes": (0, self.notes),
            }
        )
        return page

    def _keep_end_after_start(self, value: date | None) -> None:
        end = self.end.date()
        if value is not None and (end is None or end < value):
            self.end.setDate(value)

    def _members_tab(self) -> QWidget:
        page = QWidget()
        columns: list[Column[MemberData]] = [
            Column(
                "name",
                QT_TRANSLATE_NOOP("Columns", "Name"),
                lambda m: m.name or qtr("Labels", "(anonymous person)"),
            ),
            Column(
                "role",
                QT_TRANSLATE_NOOP("Columns", "Role"),
                lambda m: qtr("Labels", ROLE_LABELS[m.role]),
            ),
            Column(
                "country",
                QT_TRANSLATE_NOOP("Columns", "Country"),
                lambda m: country_name(self._member_country(m), _lang()),
            ),
            Column("invited", QT_TRANSLATE_NOOP("Columns", "Visitor"), lambda m: _yes(m.invited)),
            Column(
                "guardian",
                QT_TRANSLATE_NOOP("Columns", "Guardian's authorisation"),
                lambda m: _yes(m.guardian_authorisation),
            ),
            Column(
                "mandat",
                QT_TRANSLATE_NOOP("Columns", "Mandat spécial"),
                lambda m: " — ".join(
                    x
                    for x in (
                        m.mandat_number,
                        format_day(m.mandat_date, _lang()) if m.mandat_date else "",
                    )
                    if x
                ),
            ),
        ]
        self.members = ListTableModel(columns, self)
        self.member_list = ChildList(
            self.members,
            lambda item, parent: MemberDialog(
                item, self.people, self._incoming(), self.partner_rows, parent
            ),
            self,
        )
        self.member_list.add_button.setText(self.tr("&Add a member…"))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.eu_label = QLabel()
        self.eu_label.setWordWrap(True)
        self.eu_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.addWidget(self.member_list, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.eu_label)
        self._field_widgets["members"] = (1, self.member_list.view)
        return page

    def _programme_tab(self) -> QWidget:
        columns: list[Column[ProgrammeData]] = [
            Column(
                "day", QT_TRANSLATE_NOOP("Columns", "Day"), lambda p: format_day(p.day, _lang())
            ),
            Column(
                "time",
                QT_TRANSLATE_NOOP("Columns", "Time"),
                lambda p: p.start_time.strftime("%H:%M") if p.start_time else "",
            ),
            Column("activity", QT_TRANSLATE_NOOP("Columns", "Activity"), lambda p: p.activity),
            Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda p: p.place),
            Column("people", QT_TRANSLATE_NOOP("Columns", "People met"), lambda p: p.people_met),
        ]
        self.programme = ProgrammeModel(columns, self)
        self.programme.move = self.move_programme_row
        self.programme_list = ChildList(
            self.programme,
            lambda item, parent: ProgrammeDialog(
                item,
                self.start.date() or date.today(),
                self.end.date() or self.start.date() or date.today(),
                parent,
            ),
            self,
        )
        # The order within a day is the user's: no sorting by header here; drag a row
        # (or use the buttons) to change it.
        view = self.programme_list.view
        view.setSortingEnabled(False)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.clicked.connect(lambda: self.move_programme(-1))
        self.down_button.clicked.connect(lambda: self.move_programme(1))
        buttons = self.programme_list.button_column
        buttons.insertWidget(3, self.up_button)
        buttons.insertWidget(4, self.down_button)
        self._field_widgets.update(
            {"activity": (2, self.programme_list.view), "people_met": (2, self.programme_list.view)}
        )
        return self.programme_list

    def move_programme(self, step: int) -> None:
        row = self.programme_list.current_row()
        self.move_programme_row(row, row + step)

    def move_programme_row(self, row: int, target: int) -> None:
        """Within a day only: the programme is printed day by day."""
        items = list(self.programme.items)
        if row < 0 or not 0 <= target < len(items) or items[row].day != items[target].day:
            return
        items.insert(target, items.pop(row))
        self.programme.set_items(items)
        self.programme_list.view.selectRow(target)

    def _hosting_tab(self) -> QWidget:
        page = QWidget()
        self.show_sensitive = QCheckBox(self.tr("Show diet and health notes"))
        self.show_sensitive.toggled.connect(lambda _b: self._refresh_hosting())
        visitor_columns: list[Column[MemberData]] = [
            Column("name", QT_TRANSLATE_NOOP("Columns", "Visitor"), lambda m: m.name),
            Column("host", QT_TRANSLATE_NOOP("Columns", "Host family"), self._host_name),
            Column(
                "languages",
                QT_TRANSLATE_NOOP("Columns", "Languages"),
                lambda m: language_names(m.languages, _lang()),
            ),
            Column("needs", QT_TRANSLATE_NOOP("Columns", "Constraints"), needs_summary),
            Column("group", QT_TRANSLATE_NOOP("Columns", "Stays with"), lambda m: m.stay_together),
            Column(
                "sensitive",
                QT_TRANSLATE_NOOP("Columns", "Diet and health"),
                lambda m: ", ".join(x for x in (m.diet, m.needs) if x),
            ),
        ]
        self.visitors = VisitorModel(visitor_columns, self)
        self.visitor_view = QTableView()
        self.visitor_view.setModel(self.visitors)
        self.visitor_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitor_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.visitor_view.setDragEnabled(True)
        self.visitor_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.visitor_view.setSortingEnabled(True)
        self.visitor_view.verticalHeader().hide()
        self.visitor_view.setWordWrap(False)
        self.visitor_view.horizontalHeader().setStretchLastSection(True)
        self.hosts_model: ListTableModel[HouseholdData] = ListTableModel(
            [
                Column("name", QT_TRANSLATE_NOOP("Columns", "Host family"), lambda h: h.name),
                Column("beds", QT_TRANSLATE_NOOP("Columns", "Beds taken"), self._beds),
                Column(
                    "languages",
                    QT_TRANSLATE_NOOP("Columns", "Languages"),
                    lambda h: language_names(h.languages, _lang()),
                ),
                Column("offers", QT_TRANSLATE_NOOP("Columns", "Home"), self._home_summary),
            ],
            self,
        )
        self.host_view = HostDropView()
        self.host_view.setModel(self.hosts_model)
        self.host_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.host_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.host_view.verticalHeader().hide()
        self.host_view.setWordWrap(False)
        self.host_view.horizontalHeader().setStretchLastSection(True)
        self.host_view.visitorsDropped.connect(self._on_drop)
        self.assign_button = QPushButton(self.tr("&Assign to the family →"))
        self.unassign_button = QPushButton(self.tr("&Remove from family"))
        self.suggest_button = QPushButton(self.tr("&Suggest"))
        self.suggest_button.setToolTip(
            self.tr(
                "Place the visitors without a family: beds, pets, smoking, access and diet "
                "are respected; a shared language and groups staying together are preferred."
            )
        )
        self.purge_button = QPushButton(self.tr("Erase diet and health notes…"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.unassign_button.clicked.connect(self.unassign_selected)
        self.suggest_button.clicked.connect(self.suggest)
        self.purge_button.clicked.connect(self.purge_health_notes)
        hint = QLabel(self.tr("Drag visitors onto a family, or select both and click Assign."))
        hint.setWordWrap(True)
        style_tone(hint, Tone.MUTED)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Visitors</b>")))
        left.addWidget(self.visitor_view, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Host families</b>")))
        right.addWidget(self.host_view, 1)
        middle = QVBoxLayout()
        middle.addStretch()
        middle.addWidget(self.assign_button)
        middle.addWidget(self.unassign_button)
        middle.addWidget(self.suggest_button)
        middle.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(middle)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.show_sensitive)
        bottom.addWidget(self.purge_button)
        layout = QVBoxLayout(page)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._households = {h.id: h for h in self.people.households(hosts_only=True)}
        self.hosts_model.set_items(list(self._households.values()))
        self._field_widgets["hosting"] = (3, self.host_view)
        return page

    # ---------------------------------------------------------------- hosting helpers
    def _host_name(self, m: MemberData) -> str:
        host = self._households.get(m.host_id) if m.host_id else None
        return host.name if host else ""

    def _beds(self, h: HouseholdData) -> str:
        taken = sum(1 for m in self.members.items if m.host_id == h.id)
        return f"{taken} / {h.capacity}"

    def _home_summary(self, h: HouseholdData) -> str:
        parts = []
        if h.has_pets:
            parts.append(self.tr("pets"))
        if h.smoking:
            parts.append(self.tr("smokers"))
        if h.accessible:
            parts.append(self.tr("step-free"))
        if h.diets_offered:
            parts.append(h.diets_offered)
        return ", ".join(parts)

    def _member_country(self, member: MemberData) -> str:
        """Said even when the directory leaves it blank (often for our own people), as
        the counts per country say it: see ``member_country``."""
        partner_country = self._partner_countries.get(self.partner.currentData(), "")
        return member_country(member, partner_country, self._home_country)

    def _show_member_countries(self) -> None:
        """An invited member without a country comes from the partner just chosen."""
        column = [c.key for c in self.members.columns].index("country")
        rows = self.members.rowCount()
        if rows:
            self.members.dataChanged.emit(
                self.members.index(0, column), self.members.index(rows - 1, column)
            )

    def _incoming(self) -> bool:
        return self.direction.currentData() == Direction.INCOMING.value

    def _visitor_items(self) -> list[MemberData]:
        direction = self.direction.currentData()
        return [m for m in self.members.items if is_visitor(m.invited, direction)]

    def _refresh_hosting(self) -> None:
        self.visitors.set_items(self._visitor_items())
        self.visitor_view.setColumnHidden(5, not self.show_sensitive.isChecked())
        self.hosts_model.set_items(list(self._households.values()))
        self.visitor_view.resizeColumnsToContents()
        self.host_view.resizeColumnsToContents()

    def _set_hosts(self, plan: dict[int, int | None]) -> None:
        items = list(self.members.items)
        for m in items:
            if m.person_id in plan:
                m.host_id = plan[m.person_id]
        self.members.set_items(items)

    def _selected_visitors(self) -> list[int]:
        rows = self.visitor_view.selectionModel().selectedRows()
        return [self.visitors.items[i.row()].person_id for i in rows]

    def assign_selected(self) -> None:
        rows = self.host_view.selectionModel().selectedRows()
        visitors = self._selected_visitors()
        if rows and visitors:
            self._on_drop(visitors, rows[0].row())

    def _on_drop(self, person_ids: list[int], host_row: int) -> None:
        host = self.hosts_model.items[host_row]
        self._set_hosts({pid: host.id for pid in person_ids})

    def unassign_selected(self) -> None:
        self._set_hosts({pid: None for pid in self._selected_visitors()})

    def suggest(self) -> None:
        try:
            data = self.collect()
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            return
        plan, unplaced = self.service.suggest_hosting(data)
        self._set_hosts(dict(plan))
        if unplaced:
            names = [m.name for m in self.members.items if m.person_id in unplaced]
            self.error.show_error(
                self.tr("No family fits: {names}. Add a family or change a constraint.").format(
                    names=", ".join(names)
                )
            )
        else:
            self.error.hide()

    def purge_health_notes(self) -> None:
        """Erase the members' diet and health notes, keeping whatever else was typed.

        The erasing is written at once; changes typed in this window meanwhile are saved
        with it (said in the question), never silently dropped."""
        if self.delegation_id is None:
            return
        typed = self.has_changes()
        question = self.tr(
            "Erase the diet and health notes of every member of this delegation? "
            "Do it once the visit is over. This cannot be undone."
        )
        if typed:
            question += "\n\n" + self.tr(
                "The other changes you made in this window will be saved first."
            )
        if not confirm(self, self.tr("Erase diet and health notes"), question, self.tr("Erase")):
            return
        try:
            if typed:
                self.saved_id = self.service.save(self.collect())
            self.service.purge_health_notes(self.delegation_id)
            # What the file now holds, ids of new members included.
            self._load(self.service.get(self.delegation_id))
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            return
        except TwinningError as exc:
            show_error(self, exc)
            return
        self.mark_unchanged()

    # ---------------------------------------------------------------- checks
    def _on_members_changed(self) -> None:
        self.tabs.setTabEnabled(3, self._incoming() or any(m.invited for m in self.members.items))
        self._refresh_hosting()
        self.update_checks()

    def update_checks(self) -> None:
        try:
            data = self.collect()
        except ValidationError:
            return
        if data.partner_id is None:
            self.warning_label.hide()
            self.counts_label.setText("")
            self.eu_label.setText("")
            return
        self.tabs.setTabEnabled(3, self._incoming() or any(m.invited for m in data.members))
        self._refresh_hosting()
        warnings = [w.render(qtr) for w in self.service.warnings(data)]
        self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        counts = self.service.country_counts(data)
        self.counts_label.setText(
            self.tr("By country: {counts}").format(
                counts=", ".join(
                    f"{country_name(code, _lang())} {n}"
                    for code, n in sorted(counts.items(), key=lambda kv: -kv[1])
                )
                or "—"
            )
        )
        show_eu_check(self.eu_label, self.service.eu_check(data))

    # ---------------------------------------------------------------- data
    def _load(self, data: DelegationData) -> None:
        self.partner.setCurrentIndex(max(0, self.partner.findData(data.partner_id)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(data.direction.value)))
        index = self.purpose.findData(data.purpose)
        if index < 0:
            self.purpose.addItem(data.purpose, data.purpose)
            index = self.purpose.count() - 1
        self.purpose.setCurrentIndex(index)
        self.start.setDate(data.start_date)
        self.end.setDate(data.end_date or data.start_date)
        transport = self.transport.findData(data.transport or "")
        if transport >= 0:
            self.transport.setCurrentIndex(transport)
        else:
            self.transport.setEditText(data.transport or "")
        self.status.setCurrentIndex(max(0, self.status.findData(data.status.value)))
        self.grant.setText(data.grant_reference or "")
        self.linked_event.setCurrentIndex(max(0, self.linked_event.findData(data.event_id)))
        self.notes.setPlainText(data.notes or "")
        self.members.set_items(data.members)
        self.programme.set_items(data.programme)

    def _transport(self) -> str:
        text = self.transport.currentText().strip()
        index = self.transport.findText(text)
        return str(self.transport.itemData(index)) if index >= 0 else text

    def collect(self) -> DelegationData:
        return DelegationData(
            id=self.delegation_id,
            version=self.data.version if self.data else None,
            partner_id=self.partner.currentData(),
            direction=Direction(self.direction.currentData()),
            purpose=str(self.purpose.currentData()),
            start_date=self.start.required("start"),
            end_date=self.end.required("end"),
            transport=self._transport(),
            status=DelegationStatus(self.status.currentData()),
            grant_reference=self.grant.text(),
            notes=self.notes.toPlainText(),
            event_id=self.linked_event.currentData(),
            members=[MemberData(**m.__dict__) for m in self.members.items],
            programme=list(self.programme.items),
        )

    def conflict_fields(self) -> list[ConflictField]:
        def dates(data: DelegationData) -> str:
            start = value_text(data.start_date)
            end = value_text(data.end_date)
            return f"{start} – {end}" if end and end != start else start

        return [
            ConflictField(
                field_label("partner"), ("partner_id",), shown_in(self.partner, "partner_id")
            ),
            ConflictField(
                self.tr("Direction"), ("direction",), shown_in(self.direction, "direction")
            ),
            ConflictField(field_label("purpose"), ("purpose",), shown_in(self.purpose, "purpose")),
            ConflictField(field_label("start"), ("start_date", "end_date"), dates),
            ConflictField(field_label("transport"), ("transport",)),
            ConflictField(field_label("status"), ("status",), shown_in(self.status, "status")),
            ConflictField(field_label("grant_reference"), ("grant_reference",)),
            ConflictField(field_label("notes"), ("notes",)),
            ConflictField(
                field_label("event"), ("event_id",), shown_in(self.linked_event, "event_id")
            ),
            ConflictField(field_label("members"), ("members",)),
            ConflictField(self.tr("Programme"), ("programme",)),
        ]
