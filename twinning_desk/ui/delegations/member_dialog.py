"""One member of a delegation: a person chosen in the directory (or created there), their
role, and what only some members need: a mandat spécial for an élu, the guardian's
authorisation for a minor, hosting needs for a visitor.

The delegation editor opens it from its Members tab (a ChildList).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import Direction, MemberRole
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.delegations import ROLE_LABELS, MemberData, is_visitor
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.people import PeopleService, PersonQuery
from twinning_desk.services.text import clean_text
from twinning_desk.ui.common.helpers import debounce, qtr
from twinning_desk.ui.common.record_dialog import RecordDialog
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.delegations.people_dialog import PersonDialog

PEOPLE_SHOWN = 200


def _lang() -> str:
    return QLocale().name()[:2]


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
        # Nobody chosen until the secretary chooses: a pre-selected stranger gets added.
        self.person.setPlaceholderText(self.tr("Choose a person"))
        self._fill_people()
        self._search_timer = debounce(self, self._fill_people, 200)
        self.person_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_person = QPushButton(self.tr("New &person…"))
        self.new_person.clicked.connect(self._new_person)
        # The search on its own line, full width; the matches and "New person" below.
        person_box = QVBoxLayout()
        person_box.addWidget(self.person_search)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.new_person)
        person_box.addLayout(person_row)
        person_label = QLabel(self.tr("&Person *"))
        person_label.setBuddy(self.person_search)
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(qtr("Labels", label), role.value)
        self.invited = QCheckBox(self.tr("Invited from the partner town (a visitor)"))
        self.invited.setChecked(visitor_default)
        self.guardian = QCheckBox(self.tr("Guardian's authorisation received"))
        self.mandat_number = QLineEdit()
        self.mandat_number.setPlaceholderText(self.tr("deliberation no., e.g. 2026-047"))
        self.mandat_date = DayEdit(optional=True)
        self.mandat_box = QGroupBox(self.tr("Mandat spécial (municipal council)"))
        self.mandat_box.setWhatsThis(
            self.tr(
                "An elected member travels on a mandat spécial: a deliberation of the "
                "municipal council, voted before the departure, that names the mission. "
                "Without it the costs of the trip cannot be refunded (CGCT, article "
                "L2123-18). Write the deliberation's number and the day it was voted."
            )
        )
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
        form.addRow(person_label, person_box)
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
            self.mandat_date.setDate(member.mandat_date)
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
        if current is not None:
            self.person.setCurrentIndex(self.person.findData(current))
        elif self.person_search.text().strip() and self.person.count() == 1:
            self.person.setCurrentIndex(0)  # the one person the search names
        else:
            self.person.setCurrentIndex(-1)

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
            mandat_date=self.mandat_date.read("mandat_date")
            if elected
            else None,
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
