"""The people directory and host households, shared by every delegation.

A person is typed once and chosen in any delegation. From here the secretary answers a
request about personal data: export what the file holds about someone, or erase them
(a placeholder stays where they took part, so past counts stay true).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.languages import language_names
from twinning_desk.services.people import (
    HouseholdData,
    PeopleService,
    PersonData,
    PersonQuery,
)
from twinning_desk.ui.common.conflict_dialog import ConflictField, field_label, shown_in
from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.helpers import confirm, debounce, qtr, show_error
from twinning_desk.ui.common.record_dialog import RecordDialog
from twinning_desk.ui.common.table_model import Column, ListTableModel, PagedTableModel
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.common.widgets.fields import CountryCombo


def _lang() -> str:
    return QLocale().name()[:2]


def _yes(value: bool) -> str:
    return qtr("PartnerDialog", "yes") if value else ""


def _ui_language() -> str:
    return QLocale().name()[:2]


class PersonDialog(RecordDialog):
    """Saved straight into the directory: the person exists even if the delegation that
    was being edited is cancelled, since others may travel with them later."""

    def __init__(
        self,
        service: PeopleService,
        person: PersonData | None,
        parent: QWidget | None = None,
        partners: list[tuple[int, str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.original = person
        self.setWindowTitle(self.tr("Person"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(60)
        self.town = QLineEdit()
        self.country = CountryCombo()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. German, Polish"))
        self.minor = QCheckBox(self.tr("Minor (under 18): record the date of birth"))
        self.birth = DayEdit(optional=True)
        self.minor.toggled.connect(self.birth.setEnabled)
        self.birth.setEnabled(False)
        self.household = QComboBox()
        self.household.addItem(self.tr("(none)"), None)
        for h in service.households():
            self.household.addItem(h.name, h.id)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(our commune)"), None)
        for pid, name, _code in partners or []:
            self.partner.addItem(name, pid)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form = self.form
        form.addRow(self.tr("&First name *"), self.first_name)
        form.addRow(self.tr("&Surname *"), self.last_name)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Town"), self.town)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("From &partner town"), self.partner)
        form.addRow("", self.minor)
        form.addRow(self.tr("Date of &birth"), self.birth)
        form.addRow(self.tr("&Household"), self.household)
        form.addRow(self.tr("N&otes"), self.notes)
        if person:
            self.first_name.setText(person.first_name)
            self.last_name.setText(person.last_name)
            self.email.setText(person.email or "")
            self.phone.setText(person.phone or "")
            self.address.setPlainText(person.address or "")
            self.town.setText(person.town or "")
            self.country.set_code(person.country_code or "")
            self.languages.setText(language_names(person.languages, _ui_language()))
            if person.birth_date:
                self.minor.setChecked(True)
                self.birth.setDate(person.birth_date)
            self.household.setCurrentIndex(max(0, self.household.findData(person.household_id)))
            self.partner.setCurrentIndex(max(0, self.partner.findData(person.partner_id)))
            self.notes.setPlainText(person.notes or "")
        self.saved_id: int | None = None
        self.resize(460, 520)

    def loaded(self) -> PersonData | None:
        return self.original

    def collect(self) -> PersonData:
        return PersonData(
            id=self.original.id if self.original else None,
            version=self.original.version if self.original else None,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            town=self.town.text(),
            country_code=self.country.code(),
            languages=self.languages.text(),
            # RGPD: a date of birth is kept for minors only.
            birth_date=self.birth.read("birth_date") if self.minor.isChecked() else None,
            household_id=self.household.currentData(),
            partner_id=self.partner.currentData(),
            notes=self.notes.toPlainText(),
        )

    def _save(self, data: PersonData) -> int:
        self.saved_id = self.service.save_person(data)
        return self.saved_id

    def conflict_fields(self) -> list[ConflictField]:
        def languages(data: PersonData) -> str:
            return language_names(data.languages, _ui_language())

        return [
            ConflictField(field_label("first_name"), ("first_name",)),
            ConflictField(field_label("last_name"), ("last_name",)),
            ConflictField(field_label("email"), ("email",)),
            ConflictField(field_label("phone"), ("phone",)),
            ConflictField(field_label("address"), ("address",)),
            ConflictField(field_label("town"), ("town",)),
            ConflictField(field_label("country"), ("country_code",)),
            ConflictField(field_label("languages"), ("languages",), languages),
            ConflictField(
                field_label("partner"), ("partner_id",), shown_in(self.partner, "partner_id")
            ),
            ConflictField(field_label("birth_date"), ("birth_date",)),
            ConflictField(
                field_label("household"),
                ("household_id",),
                shown_in(self.household, "household_id"),
            ),
            ConflictField(field_label("notes"), ("notes",)),
        ]

    def accept(self) -> None:
        self.accept_with(
            lambda: self._save(self.collect()),
            {
                "first_name": self.first_name,
                "last_name": self.last_name,
                "email": self.email,
                "phone": self.phone,
                "birth_date": self.birth,
                "country": self.country,
                "languages": self.languages,
                "town": self.town,
            },
            self._save,
        )


class HouseholdDialog(RecordDialog):
    def __init__(
        self, service: PeopleService, household: HouseholdData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.original = household
        self.setWindowTitle(self.tr("Household"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Famille Martin"))
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(60)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 50)
        self.capacity.setSpecialValueText(self.tr("does not host"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. German, Polish"))
        self.pets = QCheckBox(self.tr("Pets at home"))
        self.smoking = QCheckBox(self.tr("Smokers at home"))
        self.accessible = QCheckBox(self.tr("Step-free access (no stairs to the bedroom)"))
        self.diets = QLineEdit()
        self.diets.setPlaceholderText(self.tr("vegetarian, gluten-free…"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        form = self.form
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Beds for visitors"), self.capacity)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow("", self.pets)
        form.addRow("", self.smoking)
        form.addRow("", self.accessible)
        form.addRow(self.tr("&Diets they can cook"), self.diets)
        form.addRow(self.tr("N&otes"), self.notes)
        if household:
            self.name.setText(household.name)
            self.address.setPlainText(household.address or "")
            self.phone.setText(household.phone or "")
            self.email.setText(household.email or "")
            self.capacity.setValue(household.capacity)
            self.languages.setText(language_names(household.languages, _ui_language()))
            self.pets.setChecked(household.has_pets)
            self.smoking.setChecked(household.smoking)
            self.accessible.setChecked(household.accessible)
            self.diets.setText(household.diets_offered or "")
            self.notes.setPlainText(household.notes or "")
        self.saved_id: int | None = None
        self.resize(460, 480)

    def loaded(self) -> HouseholdData | None:
        return self.original

    def collect(self) -> HouseholdData:
        return HouseholdData(
            id=self.original.id if self.original else None,
            version=self.original.version if self.original else None,
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            capacity=self.capacity.value(),
            languages=self.languages.text(),
            has_pets=self.pets.isChecked(),
            smoking=self.smoking.isChecked(),
            accessible=self.accessible.isChecked(),
            diets_offered=self.diets.text(),
            notes=self.notes.toPlainText(),
        )

    def _save(self, data: HouseholdData) -> int:
        self.saved_id = self.service.save_household(data)
        return self.saved_id

    def conflict_fields(self) -> list[ConflictField]:
        def languages(data: HouseholdData) -> str:
            return language_names(data.languages, _ui_language())

        def ticked(name: str) -> Callable[[HouseholdData], str]:
            return lambda data: _yes(getattr(data, name)) or qtr("PartnerDialog", "no")

        return [
            ConflictField(field_label("name"), ("name",)),
            ConflictField(field_label("address"), ("address",)),
            ConflictField(field_label("phone"), ("phone",)),
            ConflictField(field_label("email"), ("email",)),
            ConflictField(field_label("capacity"), ("capacity",)),
            ConflictField(field_label("languages"), ("languages",), languages),
            ConflictField(self.pets.text(), ("has_pets",), ticked("has_pets")),
            ConflictField(self.smoking.text(), ("smoking",), ticked("smoking")),
            ConflictField(self.accessible.text(), ("accessible",), ticked("accessible")),
            ConflictField(field_label("diets_offered"), ("diets_offered",)),
            ConflictField(field_label("notes"), ("notes",)),
        ]

    def accept(self) -> None:
        self.accept_with(
            lambda: self._save(self.collect()),
            {
                "name": self.name,
                "email": self.email,
                "phone": self.phone,
                "capacity": self.capacity,
                "languages": self.languages,
                "diets_offered": self.diets,
            },
            self._save,
        )


class PeopleTableModel(PagedTableModel[PersonData]):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.display_name),
        Column("town", QT_TRANSLATE_NOOP("Columns", "Town"), lambda p: p.town),
        Column(
            "country",
            QT_TRANSLATE_NOOP("Columns", "Country"),
            lambda p: country_name(p.country_code, _lang()) if p.country_code else "",
        ),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), lambda p: p.email),
        Column(
            "languages",
            QT_TRANSLATE_NOOP("Columns", "Languages"),
            lambda p: language_names(p.languages, _ui_language()),
            sortable=False,
        ),
    )

    def __init__(self, service: PeopleService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = PersonQuery()
        self.descending = False
        self.sort_key = "name"

    def _query(self) -> PersonQuery:
        self.query.sort, self.query.descending = self.sort_key, self.descending
        return self.query

    def fetch(self, offset: int, limit: int) -> list[PersonData]:
        return self.service.people(self._query(), offset, limit)

    def total(self) -> int:
        return self.service.count_people(self._query())


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DirectoryDialog(QDialog):
    """People and host households; opened from the Delegations tab."""

    def __init__(
        self,
        people: PeopleService,
        settings: QSettings,
        partners: list[tuple[int, str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = people
        self.settings = settings
        self.partners = partners or []
        self.setWindowTitle(self.tr("People and host families"))
        writable = not people.db.read_only
        # --- people
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, an email or a town…"))
        # Screen readers say the field's purpose, not its example text.
        self.search.setAccessibleName(self.search.placeholderText().rstrip("…"))
        self.search.setClearButtonEnabled(True)
        self.model = PeopleTableModel(people, self)
        self.view = _table(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_person())
        self.new_person_button = QPushButton(self.tr("&New person…"))
        self.edit_person_button = QPushButton(self.tr("&Edit…"))
        self.delete_person_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("E&xport their data…"))
        self.erase_button = QPushButton(self.tr("E&rase personal data…"))
        self.new_person_button.clicked.connect(self.new_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.delete_person_button.clicked.connect(self.delete_person)
        self.export_button.clicked.connect(self.export_person)
        self.erase_button.clicked.connect(self.erase_person)
        for b in (self.new_person_button, self.delete_person_button, self.erase_button):
            b.setEnabled(writable)
        self.count = QLabel()
        people_page = QWidget()
        buttons = QHBoxLayout()
        for b in (
            self.new_person_button,
            self.edit_person_button,
            self.delete_person_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(people_page)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._timer = debounce(self, self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model.modelReset.connect(self._update_count)
        # --- households
        self.households: ListTableModel[HouseholdData] = ListTableModel(
            [
                Column("name", QT_TRANSLATE_NOOP("Columns", "Household"), lambda h: h.name),
                Column("capacity", QT_TRANSLATE_NOOP("Columns", "Beds"), lambda h: h.capacity),
                Column(
                    "languages",
                    QT_TRANSLATE_NOOP("Columns", "Languages"),
                    lambda h: language_names(h.languages, _ui_language()),
                ),
                Column("pets", QT_TRANSLATE_NOOP("Columns", "Pets"), lambda h: _yes(h.has_pets)),
                Column(
                    "smoking", QT_TRANSLATE_NOOP("Columns", "Smokers"), lambda h: _yes(h.smoking)
                ),
                Column(
                    "access",
                    QT_TRANSLATE_NOOP("Columns", "Step-free"),
                    lambda h: _yes(h.accessible),
                ),
                Column("diets", QT_TRANSLATE_NOOP("Columns", "Diets"), lambda h: h.diets_offered),
                Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda h: h.phone),
            ],
            self,
        )
        self.household_view = _table(self.households)
        self.household_view.doubleClicked.connect(lambda _i: self.edit_household())
        self.new_household_button = QPushButton(self.tr("New &household…"))
        self.edit_household_button = QPushButton(self.tr("Ed&it…"))
        self.delete_household_button = QPushButton(self.tr("De&lete"))
        self.new_household_button.clicked.connect(self.new_household)
        self.edit_household_button.clicked.connect(self.edit_household)
        self.delete_household_button.clicked.connect(self.delete_household)
        for b in (self.new_household_button, self.delete_household_button):
            b.setEnabled(writable)
        household_page = QWidget()
        hl = QVBoxLayout(household_page)
        hl.addWidget(self.household_view, 1)
        hb = QHBoxLayout()
        for b in (
            self.new_household_button,
            self.edit_household_button,
            self.delete_household_button,
        ):
            hb.addWidget(b)
        hb.addStretch()
        hl.addLayout(hb)

        self.tabs = QTabWidget()
        self.tabs.addTab(people_page, self.tr("&People"))
        self.tabs.addTab(household_page, self.tr("Host &families"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs)
        main.addWidget(close)
        self.refresh()
        self.resize(900, 540)

    def refresh(self) -> None:
        self.model.refresh()
        self.households.set_items(self.service.households())
        self.view.resizeColumnsToContents()
        self.household_view.resizeColumnsToContents()

    def _apply_search(self) -> None:
        self.model.query.text = self.search.text()
        self.model.refresh()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n person(s)", "", self.model.total_rows))

    def _selected_person(self) -> PersonData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_household(self) -> HouseholdData | None:
        rows = self.household_view.selectionModel().selectedRows()
        return self.households.items[rows[0].row()] if rows else None

    # ---------------------------------------------------------------- people
    def new_person(self) -> None:
        dialog = PersonDialog(self.service, None, self, self.partners)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_person(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        dialog = PersonDialog(self.service, person, self, self.partners)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def delete_person(self) -> None:
        person = self._selected_person()
        if person is None or not confirm(
            self,
            self.tr("Delete person"),
            self.tr("Delete {name} from the directory?").format(name=person.display_name),
            self.tr("Delete"),
        ):
            return
        try:
            self.service.delete_person(person.id or 0)
        except TwinningError as exc:
            show_error(self, exc)
        self.refresh()

    def export_person(self) -> None:
        # Imported when used: the export's libraries slow the start.
        from twinning_desk.export.personal_data import write_personal_data

        person = self._selected_person()
        if person is None:
            return
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Export personal data"),
            f"{person.last_name}-{person.first_name}.xlsx",
            self.tr("Excel workbook (*.xlsx);;JSON (*.json)"),
        )
        if path is None:
            return
        try:
            write_personal_data(path, self.service.personal_data(person.id or 0))
        except (TwinningError, OSError) as exc:
            show_error(self, exc)

    def erase_person(self) -> None:
        person = self._selected_person()
        if person is None or not confirm(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase {name}? Names, contacts, needs and date of birth are deleted for good. "
                "Where they took part in a delegation, an anonymous line stays so that "
                "counts remain true.\n\nThis cannot be undone; export their data first if "
                "they asked for it."
            ).format(name=person.display_name),
            self.tr("Erase"),
        ):
            return
        try:
            self.service.erase_person(person.id or 0)
        except TwinningError as exc:
            show_error(self, exc)
        self.refresh()

    # ---------------------------------------------------------------- households
    def new_household(self) -> None:
        if HouseholdDialog(self.service, None, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_household(self) -> None:
        household = self._selected_household()
        if household is None:
            return
        if HouseholdDialog(self.service, household, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def delete_household(self) -> None:
        household = self._selected_household()
        if household is None or not confirm(
            self,
            self.tr("Delete household"),
            self.tr("Delete {name}? Its people stay in the directory.").format(name=household.name),
            self.tr("Delete"),
        ):
            return
        try:
            self.service.delete_household(household.id or 0)
        except TwinningError as exc:
            show_error(self, exc)
        self.refresh()
