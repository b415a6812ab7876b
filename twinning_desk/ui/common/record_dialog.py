"""The dialog framework every record editor shares, so that each one behaves the same.

- :class:`RecordDialog`: a small form with OK/Cancel whose values a service cleans; a
  refused value keeps it open, shows why and puts the cursor in the field (an agreement,
  a contact, a person, a budget line…);
- :class:`RecordEditor`: a record edited whole in tabs and saved through its service in
  one go (a partner, an event, a delegation, a mission report), with Ctrl+S, the same
  refusal handling and a question before closing on unsaved typing;
- :class:`ChildList`: a record's lines (agreements, contacts, follow-ups…) in a small
  table with Add / Edit / Remove, edited with a RecordDialog and saved with the record;
- :class:`ErrorLabel`: the red line where a refusal is shown.

It was part of the partner dialog, the first editor; the others now import it from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import Versioned
from twinning_desk.services.errors import EditConflictError, TwinningError, ValidationError
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.conflict_dialog import ConflictField, resolve_conflict
from twinning_desk.ui.common.helpers import confirm, qtr, show_error
from twinning_desk.ui.common.history_dialog import HistoryDialog
from twinning_desk.ui.common.table_model import ListTableModel
from twinning_desk.ui.common.widgets.search_combo import SearchCombo


class ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        style_tone(self, Tone.ERROR, bold=True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()


class KeptOpen(Exception):
    """The person went back to the form (from the conflict dialog): nothing was saved."""


def settle_pickers(dialog: QWidget) -> None:
    """A picker being typed into when the form is saved (Enter elsewhere, a shortcut)
    saves what it names: the item chosen, or the one the text names alone."""
    for picker in dialog.findChildren(SearchCombo):
        picker.settle()


class RecordDialog(QDialog):
    """A form with OK/Cancel whose values a service cleans; a refusal keeps it open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = ErrorLabel()
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

    def conflict_fields(self) -> list[ConflictField]:
        """The rows of the conflict dialog, for a dialog that saves its own record."""
        raise NotImplementedError

    def loaded(self) -> Any:
        """The record as read when the dialog opened (None: a new one)."""
        return None

    def accept_with(
        self,
        build: Any,
        widgets: dict[str, QWidget],
        save: Callable[[Any], int] | None = None,
    ) -> None:
        """Close with what ``build`` returns. A dialog that saves its record in ``build``
        gives ``save`` too: if someone saved the record meanwhile, the conflict dialog
        compares the two versions and ``save`` writes the one chosen."""
        settle_pickers(self)
        try:
            self.result_data = build()
        except EditConflictError as conflict:
            if save is None:
                show_error(self, conflict)
                return
            # Nothing was written; the form keeps what was typed.
            saved = resolve_conflict(self, conflict, self.conflict_fields(), save, self.loaded())
            if saved is None:
                return
            self.result_data = saved
        except ValidationError as exc:
            self.error.show_error(exc.render(qtr))
            if exc.field in widgets:
                widgets[exc.field].setFocus()
            return
        except KeptOpen:
            return
        super().accept()


class ChildList(QWidget):
    """A record's child lines (agreements, contacts, follow-ups…) in a small table with
    Add / Edit / Remove; ``editor(item_or_None, parent)`` is a :class:`RecordDialog`
    whose ``result_data`` is the new or edited line.

    Its buttons are translated in the "PartnerDialog" context, where they were first
    written, so every catalogue already has them.
    """

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
    # The kind of record, for its History (None: no History button).
    history_model: type[Versioned] | None = None

    service: Any
    tabs: QTabWidget
    error: ErrorLabel
    save_button: QPushButton
    _field_widgets: dict[str, tuple[int, QWidget]]
    _first_field: QWidget
    saved_id: int | None

    def collect(self) -> Any:
        raise NotImplementedError

    def conflict_fields(self) -> list[ConflictField]:
        """The rows of the conflict dialog: every field the person edits here."""
        raise NotImplementedError

    def loaded(self) -> Any:
        """The record as it was read when the dialog opened (None: a new one)."""
        return getattr(self, "data", None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The cursor starts in the first field (the name, the title), on the first tab."""
        super().showEvent(event)
        if not getattr(self, "_focused", False):
            self._focused = True
            self._first_field.setFocus(Qt.FocusReason.TabFocusReason)

    def finish_layout(self) -> None:
        """Tabs, the error line, Save/Cancel and Ctrl+S, the same in every editor."""
        self.error = ErrorLabel()
        # Made before Save and Cancel and put on their left: Tab reaches it first, as
        # the eye does.
        self.history_button: QPushButton | None = None
        if self.history_model is not None and self.loaded() is not None:
            self.history_button = QPushButton(
                QCoreApplication.translate("RecordEditor", "History…")
            )
            self.history_button.setAutoDefault(False)
            self.history_button.clicked.connect(self.show_history)
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
        row = QHBoxLayout()
        if self.history_button is not None:
            row.addWidget(self.history_button)
        row.addWidget(buttons, 1)
        layout.addLayout(row)

    def show_history(self) -> None:
        """Who changed this record, when, and what (read only)."""
        record = self.loaded()
        assert self.history_model is not None and record is not None
        HistoryDialog(
            self.service.db, self.history_model, record.id, self.windowTitle(), self
        ).exec()

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
        settle_pickers(self)
        try:
            self.saved_id = self.service.save(self.collect())
        except EditConflictError as conflict:
            # Someone saved it meanwhile: nothing was written, the form keeps its text.
            saved = resolve_conflict(
                self, conflict, self.conflict_fields(), self.service.save, self.loaded()
            )
            if saved is None:
                return
            self.saved_id = saved
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
