"""Create or edit a partner: its fields, agreements, contacts, themes and documents.

Everything is saved together when the user clicks Save; a refused value keeps the dialog
open, shows the reason and puts the cursor in the field, so nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from twinning_desk.db.models import PartnerKind, PartnerStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import format_day, parse_day, parse_fuzzy_date
from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.services.geo import Gazetteer, Place
from twinning_desk.services.partners import (
    AGREEMENT_TYPE_LABELS,
    DEFAULT_THEMES,
    PARTNER_KIND_LABELS,
    PARTNER_STATUS_LABELS,
    AgreementData,
    ContactData,
    PartnerData,
    PartnerService,
)
from twinning_desk.services.text import fold
from twinning_desk.ui.common.helpers import confirm, qtr, show_error
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.widgets.checklist import CheckList
from twinning_desk.ui.common.widgets.documents import DocumentsPanel
from twinning_desk.ui.common.widgets.fields import CoordinatesEdit, CountryCombo, parse_int
from twinning_desk.ui.common.widgets.place_search import PlaceSearch


def _lang() -> str:
    return QLocale().name()[:2]


def _enum_combo(labels: dict[Any, str]) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(qtr("Labels", label), value)
    return combo


class _ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()


class _RecordDialog(QDialog):
    """A form with OK/Cancel whose values a service cleans; a refusal keeps it open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = _ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_data: Any = None
        self._focused = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The cursor starts in the first field: a secretary types at once."""
        super().showEvent(event)
        if self._focused:
            return
        self._focused = True
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if (
                widget is not None
                and widget.isEnabled()
                and widget.focusPolicy() & (Qt.FocusPolicy.TabFocus)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def accept_with(self, build: Any, widgets: dict[str, QWidget]) -> None:
        try:
            self.result_data = build()
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            if exc.field in widgets:
                widgets[exc.field].setFocus()
            return
        super().accept()


class AgreementDialog(_RecordDialog):
    def __init__(self, agreement: AgreementData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.original = agreement
        self.type = _enum_combo(AGREEMENT_TYPE_LABELS)
        self.wording = QLineEdit()
        self.wording.setPlaceholderText(self.tr("as the committee calls it, if not the type"))
        self.signed = QLineEdit()
        self.signed.setPlaceholderText(self.tr("14/07/1985, 1985 or 2001-2002"))
        self.place = QLineEdit()
        self.signatories = QPlainTextEdit()
        self.signatories.setMaximumHeight(70)
        self.expires = QLineEdit()
        self.expires.setPlaceholderText(self.tr("dd/mm/yyyy, if any"))
        self.renewal = QLineEdit()
        self.french = QCheckBox(self.tr("A French version of the agreement exists"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        form = self.form
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Wording"), self.wording)
        form.addRow(self.tr("&Signed"), self.signed)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Si&gnatories"), self.signatories)
        form.addRow(self.tr("&Expiry"), self.expires)
        form.addRow(self.tr("&Renewal"), self.renewal)
        form.addRow("", self.french)
        form.addRow(self.tr("&Notes"), self.notes)
        if agreement:
            self.type.setCurrentIndex(max(0, self.type.findData(agreement.type)))
            self.wording.setText(agreement.title or "")
            self.signed.setText(agreement.signed.format(_lang()) if agreement.signed else "")
            self.place.setText(agreement.place or "")
            self.signatories.setPlainText(agreement.signatories or "")
            self.expires.setText(
                format_day(agreement.expires_on, _lang()) if agreement.expires_on else ""
            )
            self.renewal.setText(agreement.renewal or "")
            self.french.setChecked(agreement.french_version)
            self.notes.setPlainText(agreement.notes or "")
        self.resize(480, 460)

    def _build(self) -> AgreementData:
        return PartnerService.clean_agreement(
            AgreementData(
                id=self.original.id if self.original else None,
                type=self.type.currentData(),
                title=self.wording.text(),
                signed=parse_fuzzy_date("signed", self.signed.text()),
                place=self.place.text(),
                signatories=self.signatories.toPlainText(),
                expires_on=parse_day("expires_on", self.expires.text()),
                renewal=self.renewal.text(),
                french_version=self.french.isChecked(),
                notes=self.notes.toPlainText(),
            )
        )

    def accept(self) -> None:
        self.accept_with(self._build, {"signed": self.signed, "expires_on": self.expires})


class ContactDialog(_RecordDialog):
    def __init__(self, contact: ContactData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        self.original = contact
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.setEditable(True)
        for role in (
            QT_TRANSLATE_NOOP("ContactDialog", "mayor"),
            QT_TRANSLATE_NOOP("ContactDialog", "committee chair"),
            QT_TRANSLATE_NOOP("ContactDialog", "interpreter"),
            QT_TRANSLATE_NOOP("ContactDialog", "secretary"),
            QT_TRANSLATE_NOOP("ContactDialog", "town hall staff"),
        ):
            self.role.addItem(self.tr(role))
        self.role.setCurrentText("")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.language = QLineEdit()
        self.language.setPlaceholderText("de, pl, en…")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        form = self.form
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("N&otes"), self.notes)
        if contact:
            self.name.setText(contact.name)
            self.role.setCurrentText(contact.role or "")
            self.email.setText(contact.email or "")
            self.phone.setText(contact.phone or "")
            self.language.setText(contact.language or "")
            self.notes.setPlainText(contact.notes or "")
        self.resize(420, 320)

    def _build(self) -> ContactData:
        return PartnerService.clean_contact(
            ContactData(
                id=self.original.id if self.original else None,
                name=self.name.text(),
                role=self.role.currentText(),
                email=self.email.text(),
                phone=self.phone.text(),
                language=self.language.text(),
                notes=self.notes.toPlainText(),
            )
        )

    def accept(self) -> None:
        self.accept_with(self._build, {"name": self.name, "email": self.email, "phone": self.phone})


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class _ChildList(QWidget):
    """A small table with Add / Edit / Remove, for agreements and contacts."""

    def __init__(self, model: ListTableModel[Any], editor: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.editor = editor
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.setWordWrap(False)
        model.modelReset.connect(self.view.resizeColumnsToContents)
        self.add_button = QPushButton(QCoreApplication.translate("PartnerDialog", "&Add…"))
        self.edit_button = QPushButton(QCoreApplication.translate("PartnerDialog", "&Edit…"))
        self.remove_button = QPushButton(QCoreApplication.translate("PartnerDialog", "&Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.button_column = buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add(self) -> None:
        dialog = self.editor(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_data:
            self.model.set_items([*self.model.items, dialog.result_data])

    def edit(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        dialog = self.editor(self.model.items[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_data:
            items = list(self.model.items)
            items[row] = dialog.result_data
            self.model.set_items(items)

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        if confirm(
            self,
            QCoreApplication.translate("PartnerDialog", "Remove"),
            QCoreApplication.translate(
                "PartnerDialog", "Remove this line? It is deleted when you save the partner."
            ),
            QCoreApplication.translate("PartnerDialog", "Remove"),
        ):
            items = list(self.model.items)
            del items[row]
            self.model.set_items(items)


class RecordEditor(QDialog):
    """A record edited whole in tabs and saved through its service in one go.

    A refused value keeps the dialog open, shows why and puts the cursor in the field;
    closing with unsaved typing asks first. Subclasses provide ``collect()``, the
    ``service``, ``tabs``, ``error``, ``_field_widgets`` and ``_first_field``.
    """

    unsaved_question = ""  # set by subclasses, already translated

    service: Any
    tabs: QTabWidget
    error: _ErrorLabel
    save_button: QPushButton
    _field_widgets: dict[str, tuple[int, QWidget]]
    _first_field: QWidget
    saved_id: int | None

    def collect(self) -> Any:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The cursor starts in the first field (the name, the title), on the first tab."""
        super().showEvent(event)
        if not getattr(self, "_focused", False):
            self._focused = True
            self._first_field.setFocus(Qt.FocusReason.TabFocusReason)

    def finish_layout(self) -> None:
        """Tabs, the error line, Save/Cancel and Ctrl+S, the same in every editor."""
        self.error = _ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fingerprint(self) -> object:
        """What the form holds now, to tell whether closing it would lose typing."""
        try:
            return self.collect()
        except ValidationError:
            return None

    def remember_state(self) -> None:
        """Call once the form is filled: later changes are what closing would lose."""
        if self.service.db.read_only:  # still useful to read a record's details
            self.save_button.setEnabled(False)
            self.error.show_error(
                QCoreApplication.translate(
                    "RecordEditor", "This file is open read-only: changes cannot be saved."
                )
            )
        self.mark_unchanged()

    def mark_unchanged(self) -> None:
        """Prefilled values (a date picked in the calendar) are not typing to protect."""
        self._initial = self._fingerprint()

    def has_changes(self) -> bool:
        current = self._fingerprint()
        return current is None or current != self._initial

    def reject(self) -> None:
        if self.has_changes() and not confirm(
            self,
            QCoreApplication.translate("RecordEditor", "Discard changes?"),
            self.unsaved_question,
            QCoreApplication.translate("RecordEditor", "Discard changes"),
        ):
            return
        super().reject()

    def accept(self) -> None:
        try:
            self.saved_id = self.service.save(self.collect())
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            tab, widget = self._field_widgets.get(exc.field, (0, self._first_field))
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()
            return
        except TwinningError as exc:
            show_error(self, exc)
            return
        super().accept()


class PartnerDialog(RecordEditor):
    def __init__(
        self,
        service: PartnerService,
        gazetteer: Gazetteer,
        partner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.partner_id = partner_id
        self.data = service.get(partner_id) if partner_id else None
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Partner: {name}").format(name=self.data.name)
            if self.data
            else self.tr("New partner")
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(gazetteer), self.tr("&General"))
        self.tabs.addTab(self._agreements_tab(), self.tr("Agreements"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.tabs.addTab(self._themes_tab(), self.tr("Themes"))
        self.tabs.addTab(self._documents_tab(), self.tr("Documents"))
        self.finish_layout()
        if self.data:
            self._load(self.data)
        self.unsaved_question = self.tr(
            "This partner has changes that are not saved. Close without saving them?"
        )
        self._first_field = self.name
        self.remember_state()
        self.resize(720, 560)

    # ---------------------------------------------------------------- tabs

    def _general_tab(self, gazetteer: Gazetteer) -> QWidget:
        page = QWidget()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = _enum_combo(PARTNER_KIND_LABELS)
        self.country = CountryCombo()
        self.region = QLineEdit()
        self.population = QLineEdit()
        self.status = _enum_combo(PARTNER_STATUS_LABELS)
        self.status.setCurrentIndex(self.status.findData(PartnerStatus.ACTIVE))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("de, pl…")
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText("Europe/Berlin")
        self.place_search = PlaceSearch(gazetteer)
        self.place_search.placeChosen.connect(self._on_place)
        self.coordinates = CoordinatesEdit()
        self.website = QLineEdit()
        self.notes = QPlainTextEdit()
        self.country.currentIndexChanged.connect(
            lambda _i: self.place_search.set_country(self.country.code())
        )
        form = QFormLayout(page)
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Country *"), self.country)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Find the &town"), self.place_search)
        form.addRow(self.tr("Coordinates"), self.coordinates)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&Population"), self.population)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("&Time zone"), self.timezone)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("N&otes"), self.notes)
        self._field_widgets: dict[str, tuple[int, QWidget]] = {
            "name": (0, self.name),
            "country": (0, self.country),
            "region": (0, self.region),
            "population": (0, self.population),
            "latitude": (0, self.coordinates.latitude),
            "longitude": (0, self.coordinates.longitude),
            "languages": (0, self.languages),
            "timezone": (0, self.timezone),
            "website": (0, self.website),
            "notes": (0, self.notes),
            "theme": (3, QWidget()),
            "file": (4, QWidget()),
        }
        return page

    def _agreements_tab(self) -> QWidget:
        columns: list[Column[AgreementData]] = [
            Column(
                "type",
                QT_TRANSLATE_NOOP("Columns", "Type"),
                lambda a: a.title or qtr("Labels", AGREEMENT_TYPE_LABELS[a.type]),
            ),
            Column(
                "signed",
                QT_TRANSLATE_NOOP("Columns", "Signed"),
                lambda a: a.signed.format(_lang()) if a.signed else None,
            ),
            Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda a: a.place),
            Column(
                "french",
                QT_TRANSLATE_NOOP("Columns", "French version"),
                lambda a: (
                    QCoreApplication.translate("PartnerDialog", "yes")
                    if a.french_version
                    else QCoreApplication.translate("PartnerDialog", "no")
                ),
            ),
        ]
        self.agreements = ListTableModel(columns, self)
        self.agreement_list = _ChildList(self.agreements, AgreementDialog, self)
        return self.agreement_list

    def _contacts_tab(self) -> QWidget:
        columns: list[Column[ContactData]] = [
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
            Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda c: c.role),
            Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email),
            Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
        ]
        self.contacts = ListTableModel(columns, self)
        self.contact_list = _ChildList(self.contacts, ContactDialog, self)
        return self.contact_list

    def _themes_tab(self) -> QWidget:
        self.themes = CheckList(self.tr("Another theme…"), self.tr("Add &theme"))
        names = {qtr("Themes", t) for t in DEFAULT_THEMES} | set(self.service.themes())
        for name in sorted(names, key=fold):
            self.themes.add(name)
        return self.themes

    def _documents_tab(self) -> QWidget:
        self.documents = DocumentsPanel(self.service.attachment_content, self)
        return self.documents

    # ---------------------------------------------------------------- data

    def _on_place(self, place: Place) -> None:
        if not self.name.text().strip():
            self.name.setText(place.name)
        if not self.country.code():
            self.country.set_code(place.country_code)
        self.coordinates.set_values(place.latitude, place.longitude)
        if place.population and not self.population.text().strip():
            self.population.setText(str(place.population))
        if place.timezone and not self.timezone.text().strip():
            self.timezone.setText(place.timezone)
        self.geoname_id: int | None = place.geoname_id

    def _load(self, data: PartnerData) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.country.set_code(data.country_code)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.region.setText(data.region or "")
        self.population.setText("" if data.population is None else str(data.population))
        self.languages.setText(data.languages or "")
        self.timezone.setText(data.timezone or "")
        self.coordinates.set_values(data.latitude, data.longitude)
        self.website.setText(data.website or "")
        self.notes.setPlainText(data.notes or "")
        self.geoname_id = data.geoname_id
        # Not edited here, but kept: the last exchange an imported list gave.
        self.last_exchange_noted = data.last_exchange_noted
        self.last_exchange_precision = data.last_exchange_precision
        for theme in data.themes:
            self.themes.add(theme, True)
        self.agreements.set_items(data.agreements)
        self.contacts.set_items(data.contacts)
        self.documents.set_items(data.attachments)

    def collect(self) -> PartnerData:
        latitude, longitude = self.coordinates.values()
        themes = self.themes.checked_texts()
        return PartnerData(
            id=self.partner_id,
            name=self.name.text(),
            country_code=self.country.code() or "",
            kind=self.kind.currentData() or PartnerKind.TOWN,
            status=self.status.currentData() or PartnerStatus.ACTIVE,
            region=self.region.text(),
            population=parse_int("population", self.population.text()),
            languages=self.languages.text(),
            timezone=self.timezone.text(),
            latitude=latitude,
            longitude=longitude,
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            geoname_id=getattr(self, "geoname_id", None),
            last_exchange_noted=getattr(self, "last_exchange_noted", None),
            last_exchange_precision=getattr(self, "last_exchange_precision", None),
            themes=themes,
            agreements=list(self.agreements.items),
            contacts=list(self.contacts.items),
            attachments=list(self.documents.items),
        )
