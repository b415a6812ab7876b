"""Preferences: language, when a partner counts as asleep, and the home commune."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.geo import Gazetteer
from twinning_desk.translation import LANGUAGE_NAMES
from twinning_desk.ui.app.commune_wizard import CommuneForm
from twinning_desk.ui.common.helpers import confirm, fit_to_screen, qtr, show_error


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
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language or "")))
        profile = services.commune.get()
        self.dormant = QSpinBox()
        self.dormant.setRange(1, 600)
        self.dormant.setSuffix(self.tr(" months"))
        self.dormant.setValue(profile.dormant_after_months if profile else 24)
        self.fiscal_start = QComboBox()
        for month in range(1, 13):
            self.fiscal_start.addItem(QLocale().standaloneMonthName(month), month)
        self.fiscal_start.setCurrentIndex((profile.fiscal_year_start_month if profile else 1) - 1)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Flag a partner as &asleep after"), self.dormant)
        form.addRow(self.tr("The fiscal year &starts in"), self.fiscal_start)
        self.purge_years = QSpinBox()
        self.purge_years.setRange(1, 50)
        self.purge_years.setValue(5)
        self.purge_years.setSuffix(self.tr(" years"))
        self.purge_button = QPushButton(self.tr("&Erase now…"))
        self.purge_button.clicked.connect(self.purge_participants)
        self.purge_button.setEnabled(not services.read_only)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_years)
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch()
        form.addRow(self.tr("Erase participants of visits older than"), purge_row)
        types_box = QGroupBox(self.tr("Event types of the committee"))
        self.event_types = QStringListModel(services.events.custom_types(), self)
        self.types_view = QListView()
        self.types_view.setModel(self.event_types)
        self.types_view.setMaximumHeight(90)
        self.new_type = QLineEdit()
        self.new_type.setPlaceholderText(self.tr("e.g. Christmas market, choir tour…"))
        types_note = QLabel(
            self.tr(
                "The usual types (official reception, concert…) are built in; add your "
                "committee's own here."
            )
        )
        types_note.setWordWrap(True)
        add_type = QPushButton(self.tr("Add"))
        remove_type = QPushButton(self.tr("Remove"))
        add_type.clicked.connect(self._add_type)
        self.new_type.returnPressed.connect(self._add_type)
        remove_type.clicked.connect(self._remove_type)
        type_row = QHBoxLayout()
        type_row.addWidget(self.new_type, 1)
        type_row.addWidget(add_type)
        type_row.addWidget(remove_type)
        types_layout = QVBoxLayout(types_box)
        types_layout.addWidget(types_note)
        types_layout.addWidget(self.types_view)
        types_layout.addLayout(type_row)
        chart_box = QGroupBox(self.tr("Chart of accounts (budget)"))
        self.chart_model = QStringListModel(self)
        self.chart_view = QListView()
        self.chart_view.setModel(self.chart_model)
        self.chart_view.setMaximumHeight(110)
        rename = QPushButton(self.tr("Rename…"))
        add_account = QPushButton(self.tr("Add a sub-account…"))
        rename.clicked.connect(self._rename_account)
        add_account.clicked.connect(self._add_account)
        chart_buttons = QHBoxLayout()
        chart_buttons.addStretch()
        chart_buttons.addWidget(rename)
        chart_buttons.addWidget(add_account)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart_view)
        chart_layout.addLayout(chart_buttons)
        self._fill_chart()
        commune_box = QGroupBox(self.tr("Home commune"))
        self.commune = CommuneForm(
            gazetteer, profile, mairie_address=services.reports.mairie_address()
        )
        box_layout = QVBoxLayout(commune_box)
        box_layout.addWidget(self.commune)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The sections scroll; the OK and Cancel buttons stay in view on a 768-pixel screen.
        content = QWidget()
        sections = QVBoxLayout(content)
        sections.addWidget(general)
        sections.addWidget(types_box)
        sections.addWidget(chart_box)
        sections.addWidget(commune_box)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 700, 860)

    def purge_participants(self) -> None:
        """RGPD: people are not kept longer than needed; counts stay (anonymous lines)."""
        years = self.purge_years.value()
        count = len(self.services.people.purge_candidates(years))
        if count == 0:
            QMessageBox.information(
                self,
                self.tr("Personal data"),
                self.tr("Nobody took part only in visits older than {years} years.").format(
                    years=years
                ),
            )
            return
        if not confirm(
            self,
            self.tr("Personal data"),
            self.tr(
                "Erase the personal data of %n person(s) whose last visit ended more than "
                "{years} years ago? Counts of past visits stay true. This cannot be undone.",
                "",
                count,
            ).format(years=years),
            self.tr("Erase"),
        ):
            return
        try:
            done = self.services.people.purge_older_than(years)
        except TwinningError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self, self.tr("Personal data"), self.tr("%n person(s) erased.", "", done)
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def _fill_chart(self) -> None:
        self.chart = self.services.budget.categories()
        self.chart_model.setStringList(
            [f"{code} — {qtr('Chart', label)}" for code, label, _kind in self.chart]
        )

    def _chosen_account(self) -> str | None:
        rows = self.chart_view.selectionModel().selectedRows()
        return self.chart[rows[0].row()][0] if rows else None

    def _rename_account(self) -> None:
        code = self._chosen_account()
        if code is None:
            return
        current = next(qtr("Chart", label) for c, label, _k in self.chart if c == code)
        label, ok = QInputDialog.getText(
            self,
            self.tr("Rename the account"),
            self.tr("Label of account {code}:").format(code=code),
            text=current,
        )
        if ok:
            try:
                self.services.budget.rename_category(code, label)
            except TwinningError as exc:
                show_error(self, exc)
            self._fill_chart()

    def _add_account(self) -> None:
        parent = self._chosen_account()
        if parent is None:
            show_error(
                self,
                TwinningError(
                    Message(
                        "SettingsDialog",
                        QT_TRANSLATE_NOOP(
                            "SettingsDialog", "Choose the account the new one belongs under."
                        ),
                    )
                ),
            )
            return
        code, ok = QInputDialog.getText(
            self,
            self.tr("New sub-account"),
            self.tr("Number of the new account under {parent}:").format(parent=parent),
            text=parent,
        )
        if not ok:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("New sub-account"), self.tr("Label of account {code}:").format(code=code)
        )
        if ok:
            try:
                self.services.budget.add_category(code, label, parent)
            except TwinningError as exc:
                show_error(self, exc)
            self._fill_chart()

    def _add_type(self) -> None:
        text = self.new_type.text().strip()
        types = self.event_types.stringList()
        if text and text.casefold() not in {t.casefold() for t in types}:
            self.event_types.setStringList([*types, text])
        self.new_type.clear()

    def _remove_type(self) -> None:
        rows = sorted({i.row() for i in self.types_view.selectedIndexes()}, reverse=True)
        types = self.event_types.stringList()
        for row in rows:
            del types[row]
        self.event_types.setStringList(types)

    def accept(self) -> None:
        if self.commune.save(
            self.services,
            dormant_after_months=self.dormant.value(),
            fiscal_year_start_month=int(self.fiscal_start.currentData() or 1),
        ):
            try:
                self.services.events.set_custom_types(self.event_types.stringList())
            except TwinningError as exc:
                show_error(self, exc)
                return
            super().accept()
