"""Type a town, pick it from the offline gazetteer; coordinates follow.

The first use builds the gazetteer index in the background (a progress bar and a
cancel); meanwhile, latitude and longitude can be typed by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.services.countries import country_name
from twinning_desk.services.geo import Gazetteer, Place
from twinning_desk.ui.common.helpers import Worker


class PlaceSearch(QWidget):
    placeChosen = Signal(object)  # a Place

    def __init__(self, gazetteer: Gazetteer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gazetteer = gazetteer
        self.country: str | None = None
        self._places: list[Place] = []
        self._worker: Worker | None = None

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a town name, then pick it in the list"))
        self.edit.setAccessibleName(self.tr("Search a town"))
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._on_pick_text)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Not a second "Cancel" beside the dialog's own: say what it stops.
        self.cancel_button = QPushButton(self.tr("Stop preparing"))
        self.cancel_button.clicked.connect(self.cancel_build)
        building = QHBoxLayout()
        building.addWidget(self.progress, 1)
        building.addWidget(self.cancel_button)
        self.building_row = QWidget()
        self.building_row.setLayout(building)
        building.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.building_row)
        layout.addWidget(self.status)
        self.building_row.hide()
        self.status.hide()

    def set_country(self, code: str | None) -> None:
        """Prefer towns of this country (the partner's or the commune's)."""
        self.country = code

    def ensure_ready(self) -> None:
        """Build the index in the background if needed; harmless when already built."""
        if self.gazetteer.is_ready() or self._worker is not None:
            return
        self.building_row.show()
        self.status.setText(self.tr("Preparing the list of towns (once only, under a minute)…"))
        self.status.show()
        self.edit.setEnabled(False)
        gazetteer = self.gazetteer  # the job holds the index, not this widget
        worker = Worker(gazetteer.build)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_built)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def cancel_build(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(1, total)))

    def _on_built(self, ok: object) -> None:
        self._worker = None
        self.building_row.hide()
        self.edit.setEnabled(True)
        if ok:
            self.status.hide()
        else:
            self.status.setText(
                self.tr("The list of towns was not prepared; type the coordinates instead.")
            )

    def _on_failed(self, exc: object, details: str) -> None:
        self._worker = None
        self.building_row.hide()
        self.edit.setEnabled(True)
        self.status.setText(
            self.tr("The list of towns is not available ({error}); type the coordinates.").format(
                error=exc
            )
        )
        self.status.show()

    def search(self) -> list[Place]:
        text = self.edit.text()
        if len(text.strip()) < 2 or not self.gazetteer.is_ready():
            self._places = []
            self._model.setStringList([])
            return []
        places = self.gazetteer.search(text, limit=15)
        if self.country:
            # The chosen country's towns first, then the rest of the world.
            places.sort(key=lambda p: p.country_code != self.country)
        self._places = places
        self._model.setStringList([self.describe(p) for p in places])
        self.completer.complete()
        return places

    def describe(self, place: Place) -> str:
        language = QLocale().name()[:2]
        country = country_name(place.country_code, language)
        where = f"{place.region}, {country}" if place.region else country
        if not place.population:
            return f"{place.name} — {where}"
        # The locale's thousands separator: "29 000" in French, "29,000" in English.
        return self.tr("{name} — {where} — {population} inh.").format(
            name=place.name, where=where, population=QLocale().toString(place.population)
        )

    def choose(self, row: int) -> None:
        if 0 <= row < len(self._places):
            place = self._places[row]
            self.edit.setText(place.name)
            self.placeChosen.emit(place)

    def _on_pick_text(self, text: str) -> None:
        labels = [self.describe(p) for p in self._places]
        if text in labels:
            self.choose(labels.index(text))
