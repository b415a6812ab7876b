"""Input widgets for values the services validate: countries, coordinates, numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import all_countries, resolve_country
from twinning_desk.services.errors import ValidationError
from twinning_desk.ui.common.helpers import example


class CountryCombo(QComboBox):
    """Countries named in the UI language; type a few letters to find one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code, name in all_countries(QLocale().name()[:2]):
            self.addItem(name, code)
        completer, line_edit = self.completer(), self.lineEdit()
        assert completer is not None and line_edit is not None  # both exist once editable
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line_edit.setPlaceholderText(self.tr("Choose a country"))

    def code(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.itemData(index)
        # What committees type: "RDC", "Angleterre", "Tchéquie", "DEU"…
        return resolve_country(text) if text else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        self.setCurrentIndex(max(0, index))


def parse_number(field: str, text: str) -> float | None:
    """Accept 47,39 as well as 47.39: people type what their keyboard gives."""
    text = text.strip()
    for space in (" ", "\u00a0", "\u202f"):  # thousands as typed or as shown
        text = text.replace(space, "")
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError as exc:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a number."),
            value=text[:40],
        ) from exc


def parse_int(field: str, text: str) -> int | None:
    """A whole number, grouped the reader's way or not ("3 208", "3.208" in German)."""
    group = QLocale().groupSeparator()
    if group and group != QLocale().decimalPoint():
        text = text.replace(group, "")
    value = parse_number(field, text)
    if value is None:
        return None
    if not value.is_integer():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "must be a whole number."))
    return int(value)


def format_count(value: int | None) -> str:
    """3208 → "3 208" in French: populations and counts read at a glance."""
    return "" if value is None else QLocale().toString(value)


def format_number(value: float | None, decimals: int = 5) -> str:
    if value is None:
        return ""
    return (
        QLocale().toString(float(value), "f", decimals).rstrip("0").rstrip(QLocale().decimalPoint())
    )


class CoordinatesEdit(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        # Written the reader's way (47,3941 in French), as the values will be shown.
        self.latitude.setPlaceholderText(example(format_number(47.3941)))
        self.longitude.setPlaceholderText(example(format_number(0.6848)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Each label names its field, for Alt+letter and for screen readers.
        for text, edit in (
            (self.tr("Latitude"), self.latitude),
            (self.tr("Longitude"), self.longitude),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(text)
            layout.addWidget(label)
            layout.addWidget(edit)

    def values(self) -> tuple[float | None, float | None]:
        return (
            parse_number("latitude", self.latitude.text()),
            parse_number("longitude", self.longitude.text()),
        )

    def set_values(self, latitude: float | None, longitude: float | None) -> None:
        self.latitude.setText(format_number(latitude))
        self.longitude.setText(format_number(longitude))
