"""Preferences: language, when a partner counts as asleep, and the home commune."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.ui.dialogs.commune import CommuneForm


class SettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        gazetteer: Gazetteer,
        language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(0, self.language.findData(language or "")))
        profile = services.commune.get()
        self.dormant = QSpinBox()
        self.dormant.setRange(1, 600)
        self.dormant.setSuffix(self.tr(" months"))
        self.dormant.setValue(profile.dormant_after_months if profile else 24)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Flag a partner as &asleep after"), self.dormant)
        commune_box = QGroupBox(self.tr("Home commune"))
        self.commune = CommuneForm(gazetteer, profile)
        box_layout = QVBoxLayout(commune_box)
        box_layout.addWidget(self.commune)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(commune_box)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        if self.commune.save(self.services, dormant_after_months=self.dormant.value()):
            super().accept()
