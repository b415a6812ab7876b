"""The home commune: a first-run wizard, and the same form in the settings.

The commune's name and logo head every report; its coordinates give partner distances.
A newcomer can also start from the demo commune to see the app filled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from twinning_desk.services.commune import MAX_LOGO_BYTES, CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.geo import Gazetteer, Place
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.helpers import qtr, show_error
from twinning_desk.ui.common.widgets.fields import (
    CoordinatesEdit,
    CountryCombo,
    format_count,
    parse_int,
)
from twinning_desk.ui.common.widgets.place_search import PlaceSearch


class CommuneForm(QWidget):
    """Name, country, place and logo of the home commune; validation by the service."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        profile: CommuneProfile | None,
        parent: QWidget | None = None,
        mairie_address: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Saint-Aubin-des-Vignes"))
        self.country = CountryCombo()
        self.country.set_code("FR")
        self.place_search = PlaceSearch(gazetteer)
        self.place_search.set_country("FR")
        self.place_search.placeChosen.connect(self._on_place)
        self.coordinates = CoordinatesEdit()
        self.region = QLineEdit()
        self.population = QLineEdit()
        self.committee = QLineEdit()
        self.committee.setPlaceholderText(self.tr("e.g. Comité de jumelage de …"))
        # Printed under "Mairie de …" at the head of the mission report and attendance lists.
        self.address = QPlainTextEdit(mairie_address or "")
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("e.g. 1 place de la Mairie, 37190 …"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose a &logo…"))
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("No logo"))
        clear.clicked.connect(self._clear_logo)
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_buttons = QVBoxLayout()
        logo_buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(clear)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()
        logo_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.logo: bytes | None = None
        self.logo_mime: str | None = None
        self.error = QLabel()
        self.error.setWordWrap(True)
        style_tone(self.error, Tone.ERROR, bold=True)
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("Commune &name *"), self.name)
        form.addRow(self.tr("&Country *"), self.country)
        form.addRow(self.tr("Find the commune"), self.place_search)
        form.addRow(self.tr("Coordinates"), self.coordinates)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&Population"), self.population)
        form.addRow(self.tr("Co&mmittee"), self.committee)
        form.addRow(self.tr("Town &hall address"), self.address)
        form.addRow(self.tr("Logo"), logo_box)
        form.addRow(self.error)
        self.country.currentIndexChanged.connect(
            lambda _i: self.place_search.set_country(self.country.code())
        )
        self.base = profile
        if profile:
            self.load(profile)

    def load(self, p: CommuneProfile) -> None:
        self.name.setText(p.name)
        self.country.set_code(p.country_code)
        self.coordinates.set_values(p.latitude, p.longitude)
        self.region.setText(p.region or "")
        self.population.setText(format_count(p.population))
        self.committee.setText(p.committee_name or "")
        self._set_logo(p.logo, p.logo_mime)

    def _on_place(self, place: Place) -> None:
        if not self.name.text().strip():
            self.name.setText(place.name)
        self.country.set_code(place.country_code)
        self.coordinates.set_values(place.latitude, place.longitude)
        if place.population:
            self.population.setText(format_count(place.population))
        if place.region and not self.region.text().strip():
            self.region.setText(place.region)

    def _set_logo(self, data: bytes | None, mime: str | None) -> None:
        self.logo, self.logo_mime = data, mime
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    92,
                    92,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def _clear_logo(self) -> None:
        self._set_logo(None, None)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return False
        if len(data) > MAX_LOGO_BYTES or not QPixmap().loadFromData(data):
            self.show_error(self.tr("This file is not an image of at most 2 MB."))
            return False
        self._set_logo(data, "image/png" if path.suffix.lower() == ".png" else "image/jpeg")
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def profile(self) -> CommuneProfile:
        latitude, longitude = self.coordinates.values()
        base = self.base or CommuneProfile(name="", country_code="")
        return CommuneProfile(
            name=self.name.text(),
            country_code=self.country.code() or "",
            region=self.region.text() or None,
            population=parse_int("population", self.population.text()),
            latitude=latitude,
            longitude=longitude,
            committee_name=self.committee.text() or None,
            logo=self.logo,
            logo_mime=self.logo_mime,
            dormant_after_months=base.dormant_after_months,
            fiscal_year_start_month=base.fiscal_year_start_month,
        )

    def save(
        self,
        services: Services,
        dormant_after_months: int | None = None,
        fiscal_year_start_month: int | None = None,
    ) -> bool:
        try:
            profile = self.profile()
            if dormant_after_months is not None:
                profile.dormant_after_months = dormant_after_months
            if fiscal_year_start_month is not None:
                profile.fiscal_year_start_month = fiscal_year_start_month
            # One step for undo, and nothing half saved.
            with services.db.batch():
                services.commune.save(profile)
                services.reports.set_mairie_address(self.address.toPlainText())
        except ValidationError as exc:
            self.show_error(exc.render(qtr))
            focus = {
                "name": self.name,
                "country": self.country,
                "latitude": self.coordinates.latitude,
                "longitude": self.coordinates.longitude,
                "population": self.population,
                "address": self.address,
            }.get(exc.field)
            if focus:
                focus.setFocus()
            return False
        self.error.hide()
        return True


# The wizard's result when the newcomer chose to try the demo instead of setting up.
DEMO_RESULT = 2


class _WelcomePage(QWizardPage):
    def __init__(self, try_demo: Callable[[], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Twinning Desk"))
        text = QLabel(
            self.tr(
                "Twinning Desk keeps your committee's partners, events, delegations and "
                "budget in one file on this computer; no Internet connection is needed.\n\n"
                "First, tell us which commune the committee belongs to. Its name and logo "
                "head your reports, and its position gives the distance to each partner. "
                "Click Next to start."
            )
        )
        text.setWordWrap(True)
        demo_text = QLabel(
            self.tr(
                "Just looking? Open a demo commune, filled with partners, events, visits "
                "and a budget. It has its own file: your committee's file stays empty, and "
                "you can come back to it, or to the demo (File menu), at any time."
            )
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Try with the demo"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(try_demo)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch()
        layout.addWidget(demo_text)
        layout.addLayout(demo_row)


class _CommunePage(QWizardPage):
    def __init__(self, form: CommuneForm) -> None:
        super().__init__()
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(
            self.tr("Type its name in “Find the commune” and pick it, or type the coordinates.")
        )
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form)

    def initializePage(self) -> None:  # noqa: N802
        self.form.place_search.ensure_ready()


class CommuneWizard(QWizard):
    """Shown at first start, while the database has no commune."""

    def __init__(self, services: Services, gazetteer: Gazetteer, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Set up Twinning Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.welcome = _WelcomePage(lambda: self.done(DEMO_RESULT))
        self.form = CommuneForm(gazetteer, None)
        self.addPage(self.welcome)
        self.addPage(_CommunePage(self.form))
        self.resize(680, 560)

    def accept(self) -> None:
        if not self.form.save(self.services):
            return
        super().accept()
