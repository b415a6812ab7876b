"""Create or edit a partner: its fields, agreements, contacts, themes and documents.

Everything is saved together when the user clicks Save; a refused value keeps the dialog
open, shows the reason and puts the cursor in the field, so nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from twinning_desk.db.models import AgreementType, Partner, PartnerKind, PartnerStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.geo import Gazetteer, Place
from twinning_desk.services.languages import language_names
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
from twinning_desk.ui.common.conflict_dialog import ConflictField, field_label, shown_in
from twinning_desk.ui.common.helpers import example, qtr
from twinning_desk.ui.common.record_dialog import ChildList, RecordDialog, RecordEditor
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.widgets.checklist import CheckList
from twinning_desk.ui.common.widgets.day_edit import DayEdit
from twinning_desk.ui.common.widgets.documents import DocumentsPanel
from twinning_desk.ui.common.widgets.fields import (
    CoordinatesEdit,
    CountryCombo,
    format_count,
    parse_int,
)
from twinning_desk.ui.common.widgets.place_search import PlaceSearch


def _lang() -> str:
    return QLocale().name()[:2]


def _enum_combo(labels: dict[Any, str]) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(qtr("Labels", label), value)
    return combo


class AgreementDialog(RecordDialog):
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
        self.expires = DayEdit(optional=True)
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
            self.expires.setDate(agreement.expires_on)
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
                expires_on=self.expires.read("expires_on"),
                renewal=self.renewal.text(),
                french_version=self.french.isChecked(),
                notes=self.notes.toPlainText(),
            )
        )

    def accept(self) -> None:
        self.accept_with(self._build, {"signed": self.signed, "expires_on": self.expires})


class ContactDialog(RecordDialog):
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
        self.language.setPlaceholderText(example("de, pl, en"))
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


class PartnerDialog(RecordEditor):
    history_model = Partner

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
        self.languages.setPlaceholderText(self.tr("e.g. German, Polish"))
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText(example("Europe/Berlin"))
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
        self.agreement_list = ChildList(self.agreements, AgreementDialog, self)
        return self.agreement_list

    def _contacts_tab(self) -> QWidget:
        columns: list[Column[ContactData]] = [
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
            Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda c: c.role),
            Column("email", QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email),
            Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
        ]
        self.contacts = ListTableModel(columns, self)
        self.contact_list = ChildList(self.contacts, ContactDialog, self)
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
            self.population.setText(format_count(place.population))
        if place.timezone and not self.timezone.text().strip():
            self.timezone.setText(place.timezone)
        if place.region and not self.region.text().strip():
            self.region.setText(place.region)
        self.geoname_id: int | None = place.geoname_id

    def _load(self, data: PartnerData) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.country.set_code(data.country_code)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.region.setText(data.region or "")
        self.population.setText(format_count(data.population))
        self.languages.setText(language_names(data.languages, QLocale().name()[:2]))
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
            version=self.data.version if self.data else None,
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

    def conflict_fields(self) -> list[ConflictField]:
        def agreements(data: PartnerData) -> str:
            return "\n".join(
                " — ".join(
                    part
                    for part in (
                        a.title or qtr("Labels", AGREEMENT_TYPE_LABELS[AgreementType(a.type)]),
                        a.signed.format(_lang()) if a.signed else "",
                        a.place or "",
                        a.notes or "",
                    )
                    if part
                )
                for a in data.agreements
            )

        def coordinates(data: PartnerData) -> str:
            if data.latitude is None or data.longitude is None:
                return ""
            return f"{data.latitude:.5f}, {data.longitude:.5f}"

        return [
            ConflictField(field_label("name"), ("name",)),
            ConflictField(field_label("kind"), ("kind",), shown_in(self.kind, "kind")),
            ConflictField(field_label("country"), ("country_code",)),
            ConflictField(field_label("status"), ("status",), shown_in(self.status, "status")),
            ConflictField(
                self.tr("Coordinates"), ("latitude", "longitude", "geoname_id"), coordinates
            ),
            ConflictField(field_label("region"), ("region",)),
            ConflictField(field_label("population"), ("population",)),
            ConflictField(field_label("languages"), ("languages",)),
            ConflictField(field_label("timezone"), ("timezone",)),
            ConflictField(field_label("website"), ("website",)),
            ConflictField(field_label("notes"), ("notes",)),
            ConflictField(self.tr("Themes"), ("themes",)),
            ConflictField(self.tr("Agreements"), ("agreements",), agreements),
            ConflictField(self.tr("Contacts"), ("contacts",)),
            ConflictField(self.tr("Documents"), ("attachments",)),
        ]
