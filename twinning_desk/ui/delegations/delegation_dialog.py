"""Create or edit a delegation: where and when, members, programme, host families.

Saved whole, like the other editors. Beside the tabs a yellow panel lists what should be
fixed before departure (a mandat spécial not voted in time, a minor's authorisation, a
visitor with no bed or a cat allergy in a house with a cat); the panel never blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
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

from twinning_desk.db.models import DelegationStatus, Direction, MemberRole
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day, parse_day, parse_time, qt_day_format
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
)
from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.services.eu_grant import (
    EU_MIN_COUNTRIES,
    EU_MIN_INVITED,
    EU_MIN_PARTICIPANTS,
    EuCheck,
)
from twinning_desk.services.events import DIRECTION_LABELS
from twinning_desk.services.people import HouseholdData, PeopleService, PersonQuery
from twinning_desk.services.text import clean_text
from twinning_desk.ui.common.helpers import confirm, debounce, qtr, show_error
from twinning_desk.ui.common.record_dialog import ChildList, RecordDialog, RecordEditor
from twinning_desk.ui.common.table_model import Column, Index, ListTableModel
from twinning_desk.ui.delegations.people_dialog import PersonDialog

VISITOR_MIME = "application/x-twinning-desk-visitor"
PEOPLE_SHOWN = 200


def _lang() -> str:
    return QLocale().name()[:2]


def _yes(value: bool) -> str:
    return qtr("PartnerDialog", "yes") if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


NO_PETS = QT_TRANSLATE_NOOP("DelegationDialog", "no pets")
NON_SMOKING = QT_TRANSLATE_NOOP("DelegationDialog", "non-smoking")
STEP_FREE = QT_TRANSLATE_NOOP("DelegationDialog", "step-free")


def show_eu_check(label: QLabel, check: EuCheck) -> None:
    """The EU town-twinning verdict with the counts that decide it (delegations, events)."""

    verdict = (
        QCoreApplication.translate("DelegationDialog", "meets the EU town-twinning thresholds")
        if check.eligible
        else QCoreApplication.translate(
            "DelegationDialog", "does not meet the EU town-twinning thresholds"
        )
    )
    text = QCoreApplication.translate(
        "DelegationDialog",
        "EU grant: {verdict} — participants {participants}/{min_participants}, "
        "invited from abroad {invited}/{min_invited}, countries {countries}/"
        "{min_countries}.",
    )
    label.setText(
        text.format(
            verdict=verdict,
            participants=check.participants,
            min_participants=EU_MIN_PARTICIPANTS,
            invited=check.invited_from_abroad,
            min_invited=EU_MIN_INVITED,
            countries=check.countries,
            min_countries=EU_MIN_COUNTRIES,
        )
    )
    label.setStyleSheet("color: #1b5e20;" if check.eligible else "color: #555;")


def _needs_summary(m: MemberData) -> str:
    flags = ((m.no_pets, NO_PETS), (m.no_smoking, NON_SMOKING), (m.needs_accessibility, STEP_FREE))
    return ", ".join(qtr("DelegationDialog", text) for on, text in flags if on)


class MemberDialog(RecordDialog):
    """One member: a person from the directory and their role in this delegation."""

    def __init__(
        self,
        member: MemberData | None,
        people: PeopleService,
        visitor_default: bool,
        partners: list[tuple[int, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Member"))
        self.people = people
        self.original = member
        self.partners = partners
        self.person_search = QLineEdit()
        self.person_search.setPlaceholderText(self.tr("Type a name to search the directory…"))
        self.person_search.setClearButtonEnabled(True)
        self.person = QComboBox()
        self._fill_people()
        self._search_timer = debounce(self, self._fill_people, 200)
        self.person_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_person = QPushButton(self.tr("New &person…"))
        self.new_person.clicked.connect(self._new_person)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_search, 1)
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.new_person)
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(qtr("Labels", label), role.value)
        self.invited = QCheckBox(self.tr("Invited from the partner town (a visitor)"))
        self.invited.setChecked(visitor_default)
        self.guardian = QCheckBox(self.tr("Guardian's authorisation received"))
        self.mandat_number = QLineEdit()
        self.mandat_number.setPlaceholderText(self.tr("deliberation no., e.g. 2026-047"))
        self.mandat_date = QLineEdit()
        self.mandat_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.mandat_box = QGroupBox(self.tr("Mandat spécial (municipal council)"))
        mandat_form = QFormLayout(self.mandat_box)
        mandat_form.addRow(self.tr("&Deliberation"), self.mandat_number)
        mandat_form.addRow(self.tr("&Voted on"), self.mandat_date)
        self.diet = QLineEdit()
        self.diet.setPlaceholderText(self.tr("vegetarian, gluten-free…"))
        self.needs = QPlainTextEdit()
        self.needs.setMaximumHeight(55)
        self.needs.setPlaceholderText(self.tr("allergy, treatment… (purged after the visit)"))
        self.no_pets = QCheckBox(self.tr("Cannot stay with pets"))
        self.no_smoking = QCheckBox(self.tr("Needs a non-smoking home"))
        self.access = QCheckBox(self.tr("Needs step-free access"))
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("same word for people who stay together"))
        self.needs_box = QGroupBox(self.tr("Hosting needs (sensitive)"))
        needs_form = QFormLayout(self.needs_box)
        needs_form.addRow(self.tr("D&iet"), self.diet)
        needs_form.addRow(self.tr("&Health"), self.needs)
        needs_form.addRow("", self.no_pets)
        needs_form.addRow("", self.no_smoking)
        needs_form.addRow("", self.access)
        needs_form.addRow(self.tr("Stays &with"), self.group)
        form = self.form
        form.addRow(self.tr("&Person *"), person_row)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow("", self.invited)
        form.addRow("", self.guardian)
        form.addRow(self.mandat_box)
        form.addRow(self.needs_box)
        self.role.currentIndexChanged.connect(lambda _i: self._update_visibility())
        self.invited.toggled.connect(lambda _b: self._update_visibility())
        self.visitor_default = visitor_default
        if member:
            self._select_person(member.person_id, member.name)
            self.role.setCurrentIndex(max(0, self.role.findData(member.role.value)))
            self.invited.setChecked(member.invited)
            self.guardian.setChecked(member.guardian_authorisation)
            self.mandat_number.setText(member.mandat_number or "")
            self.mandat_date.setText(
                format_day(member.mandat_date, _lang()) if member.mandat_date else ""
            )
            self.diet.setText(member.diet or "")
            self.needs.setPlainText(member.needs or "")
            self.no_pets.setChecked(member.no_pets)
            self.no_smoking.setChecked(member.no_smoking)
            self.access.setChecked(member.needs_accessibility)
            self.group.setText(member.stay_together or "")
        self._update_visibility()
        self.resize(520, 560)

    def _fill_people(self) -> None:
        """The first matches only: a directory may hold 100,000 people."""
        current = self.person.currentData()
        self.person.clear()
        query = PersonQuery(text=self.person_search.text())
        for p in self.people.people(query, limit=PEOPLE_SHOWN):
            label = p.display_name + (f" — {p.town}" if p.town else "")
            self.person.addItem(label, p.id)
        if current is not None and self.person.findData(current) >= 0:
            self.person.setCurrentIndex(self.person.findData(current))

    def _select_person(self, person_id: int, label: str = "") -> None:
        index = self.person.findData(person_id)
        if index < 0:  # beyond the first matches: add it
            self.person.insertItem(0, label or str(person_id), person_id)
            index = 0
        self.person.setCurrentIndex(index)

    def _new_person(self) -> None:
        dialog = PersonDialog(self.people, None, self, self.partners)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self._fill_people()
            self._select_person(dialog.saved_id)

    def _update_visibility(self) -> None:
        """Only what this member needs: a mandat for an élu, hosting needs for visitors."""
        self.mandat_box.setVisible(self.role.currentData() == MemberRole.ELECTED.value)
        direction = Direction.INCOMING if self.visitor_default else Direction.OUTGOING
        self.needs_box.setVisible(is_visitor(self.invited.isChecked(), direction))
        self.adjustSize()

    def _person_id(self) -> int:
        index = self.person.currentIndex()
        if index < 0:
            raise ValidationError(
                "members",
                QT_TRANSLATE_NOOP(
                    "Validation", "choose a person from the directory, or create one."
                ),
            )
        return int(self.person.itemData(index))

    def _build(self) -> MemberData:
        person_id = self._person_id()
        person = self.people.get_person(person_id)
        elected = self.role.currentData() == MemberRole.ELECTED.value
        return MemberData(
            id=self.original.id if self.original else None,
            person_id=person_id,
            role=MemberRole(self.role.currentData()),
            invited=self.invited.isChecked(),
            guardian_authorisation=self.guardian.isChecked(),
            mandat_number=(
                clean_text("mandat_number", self.mandat_number.text(), max_length=60)
                if elected
                else None
            ),
            mandat_date=parse_day("mandat_date", self.mandat_date.text()) if elected else None,
            diet=clean_text("diet", self.diet.text(), max_length=200),
            needs=clean_text("needs", self.needs.toPlainText(), max_length=2000, multiline=True),
            no_pets=self.no_pets.isChecked(),
            no_smoking=self.no_smoking.isChecked(),
            needs_accessibility=self.access.isChecked(),
            stay_together=clean_text("stay_together", self.group.text(), max_length=60),
            host_id=self.original.host_id if self.original else None,
            daily_rate_cents=self.original.daily_rate_cents if self.original else None,
            free_nights=self.original.free_nights if self.original else 0,
            free_meals=self.original.free_meals if self.original else 0,
            name=person.display_name,
            town=person.town,
            country_code=person.country_code,
            languages=person.languages,
            birth_date=person.birth_date,
            email=person.email,
        )

    def accept(self) -> None:
        self.accept_with(
            self._build,
            {
                "members": self.person,
                "mandat_number": self.mandat_number,
                "mandat_date": self.mandat_date,
                "diet": self.diet,
                "needs": self.needs,
                "stay_together": self.group,
            },
        )


class ProgrammeDialog(RecordDialog):
    def __init__(
        self,
        item: ProgrammeData | None,
        first_day: date,
        last_day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme item"))
        self.original = item
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(qt_day_format(_lang()))
        self.day.setDate(to_qdate(item.day if item else first_day))
        self.day.setMinimumDate(to_qdate(min(first_day, item.day if item else first_day)))
        self.day.setMaximumDate(to_qdate(max(last_day, item.day if item else last_day)))
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("hh:mm, if any"))
        self.activity = QPlainTextEdit()
        self.activity.setMaximumHeight(70)
        self.place = QLineEdit()
        self.people_met = QPlainTextEdit()
        self.people_met.setMaximumHeight(70)
        self.form.addRow(self.tr("&Day"), self.day)
        self.form.addRow(self.tr("&Time"), self.time)
        self.form.addRow(self.tr("&Activity *"), self.activity)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("People &met"), self.people_met)
        if item:
            self.time.setText(item.start_time.strftime("%H:%M") if item.start_time else "")
            self.activity.setPlainText(item.activity)
            self.place.setText(item.place or "")
            self.people_met.setPlainText(item.people_met or "")
        self.resize(460, 380)

    def _build(self) -> ProgrammeData:
        return ProgrammeData(
            id=self.original.id if self.original else None,
            day=from_qdate(self.day.date()),
            start_time=parse_time("time", self.time.text()),
            activity=clean_text(
                "activity",
                self.activity.toPlainText(),
                max_length=5000,
                required=True,
                multiline=True,
            )
            or "",
            place=clean_text("place", self.place.text(), max_length=300),
            people_met=clean_text(
                "people_met", self.people_met.toPlainText(), max_length=5000, multiline=True
            ),
        )

    def accept(self) -> None:
        self.accept_with(
            self._build,
            {
                "time": self.time,
                "activity": self.activity,
                "place": self.place,
                "people_met": self.people_met,
            },
        )


class _VisitorModel(ListTableModel[MemberData]):
    """Visitors can be dragged onto a host family."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VISITOR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        ids = ",".join(str(self.items[r].person_id) for r in rows)
        data = QMimeData()
        data.setData(VISITOR_MIME, QByteArray(ids.encode()))
        return data


PROGRAMME_MIME = "application/x-twinning-desk-programme-row"


class _ProgrammeModel(ListTableModel[ProgrammeData]):
    """Rows dragged within the table change the order of a day's items."""

    def __init__(self, columns: list[Column[ProgrammeData]], parent: Any) -> None:
        super().__init__(columns, parent)
        self.move: Any = None  # set by the dialog: move(source_row, target_row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PROGRAMME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        row = indexes[0].row() if indexes else -1
        data.setData(PROGRAMME_MIME, QByteArray(str(row).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not data.hasFormat(PROGRAMME_MIME) or self.move is None:
            return False
        source = int(bytes(data.data(PROGRAMME_MIME).data()).decode() or -1)
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self.items) - 1
        self.move(source, min(target, len(self.items) - 1))
        # The move is done here: answering False keeps the view from also removing
        # the source row, as it would after an accepted move.
        return False


class HostDropView(QTableView):
    """The host families' table: dropping visitors on a row assigns them to it."""

    visitorsDropped = Signal(list, int)  # noqa: N815 - Qt signal naming

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(VISITOR_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(VISITOR_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        raw = bytes(event.mimeData().data(VISITOR_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        if not index.isValid() or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.visitorsDropped.emit(ids, index.row())


class DelegationDialog(RecordEditor):
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
        self.warning_label.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #4a3b00;"
        )
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
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(qt_day_format(_lang()))
            edit.setDate(QDate.currentDate())
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
        self.linked_event = QComboBox()
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

    def _keep_end_after_start(self, value: QDate) -> None:
        if self.end.date() < value:
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
                lambda m: country_name(m.country_code, _lang()) if m.country_code else "",
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
        self.programme = _ProgrammeModel(columns, self)
        self.programme.move = self.move_programme_row
        self.programme_list = ChildList(
            self.programme,
            lambda item, parent: ProgrammeDialog(
                item, from_qdate(self.start.date()), from_qdate(self.end.date()), parent
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
            Column("languages", QT_TRANSLATE_NOOP("Columns", "Languages"), lambda m: m.languages),
            Column("needs", QT_TRANSLATE_NOOP("Columns", "Constraints"), _needs_summary),
            Column("group", QT_TRANSLATE_NOOP("Columns", "Stays with"), lambda m: m.stay_together),
            Column(
                "sensitive",
                QT_TRANSLATE_NOOP("Columns", "Diet and health"),
                lambda m: ", ".join(x for x in (m.diet, m.needs) if x),
            ),
        ]
        self.visitors = _VisitorModel(visitor_columns, self)
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
                    "languages", QT_TRANSLATE_NOOP("Columns", "Languages"), lambda h: h.languages
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
        hint.setStyleSheet("color: #555;")
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
        if self.delegation_id is None or not confirm(
            self,
            self.tr("Erase diet and health notes"),
            self.tr(
                "Erase the diet and health notes of every member of this delegation? "
                "Do it once the visit is over. This cannot be undone."
            ),
            self.tr("Erase"),
        ):
            return
        try:
            self.service.purge_health_notes(self.delegation_id)
        except TwinningError as exc:
            show_error(self, exc)
            return
        items = list(self.members.items)
        for m in items:
            m.diet = m.needs = None
        self.members.set_items(items)
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
        self.start.setDate(to_qdate(data.start_date))
        self.end.setDate(to_qdate(data.end_date or data.start_date))
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
            partner_id=self.partner.currentData(),
            direction=Direction(self.direction.currentData()),
            purpose=str(self.purpose.currentData()),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            transport=self._transport(),
            status=DelegationStatus(self.status.currentData()),
            grant_reference=self.grant.text(),
            notes=self.notes.toPlainText(),
            event_id=self.linked_event.currentData(),
            members=[MemberData(**m.__dict__) for m in self.members.items],
            programme=list(self.programme.items),
        )
