"""Someone else saved the record meanwhile: both versions side by side, field by field.

Opened by a record's dialog when its save raises :class:`EditConflictError`. Nothing has
been written at that point, and the dialog the person typed in stays open behind: they
keep their version, take the other's, or combine the two field by field, and only then
is anything saved (against the other's version, so that a third change meanwhile is
caught in turn). "Back to my changes" leaves everything as it was typed.

Each field starts on the side that changed it: the other's value where only they changed
it, the person's own where only they did. A field both changed starts on the person's
own value and says so, to be looked at.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import Message
from twinning_desk.services.budget_data import KIND_LABELS
from twinning_desk.services.conflicts import combine
from twinning_desk.services.dates import FuzzyDate, format_day
from twinning_desk.services.delegation_data import DELEGATION_STATUS_LABELS, ROLE_LABELS
from twinning_desk.services.errors import FIELD_LABELS, EditConflictError, TwinningError
from twinning_desk.services.event_data import DIRECTION_LABELS, EVENT_STATUS_LABELS
from twinning_desk.services.partner_data import (
    AGREEMENT_TYPE_LABELS,
    PARTNER_KIND_LABELS,
    PARTNER_STATUS_LABELS,
)
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.helpers import fit_to_screen, qtr, show_error, to_qdatetime


def _lang() -> str:
    return QLocale().name()[:2]


# How an enumeration's values are named on screen (context "Labels").
ENUM_LABELS: dict[type, dict[Any, str]] = {
    type(next(iter(labels))): labels
    for labels in (
        AGREEMENT_TYPE_LABELS,
        PARTNER_KIND_LABELS,
        PARTNER_STATUS_LABELS,
        EVENT_STATUS_LABELS,
        DIRECTION_LABELS,
        DELEGATION_STATUS_LABELS,
        ROLE_LABELS,
        KIND_LABELS,
    )
}

# The attribute that names a line (a contact, an agreement…) when it is listed.
_ITEM_NAMES = ("name", "title", "text", "activity", "filename", "label", "country_code")


def value_text(value: Any) -> str:
    """A value as the person reads it, whatever its type."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        # The words the partner dialog's lists already use.
        if value:
            return QCoreApplication.translate("PartnerDialog", "yes")
        return QCoreApplication.translate("PartnerDialog", "no")
    if isinstance(value, enum.Enum):
        label = ENUM_LABELS.get(type(value), {}).get(value)
        return qtr("Labels", label) if label else str(value.value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return format_day(value.date(), _lang())
        return f"{format_day(value.date(), _lang())} {value:%H:%M}"
    if isinstance(value, date):
        return format_day(value, _lang())
    if isinstance(value, FuzzyDate):
        return value.format(_lang())
    if isinstance(value, (float, Decimal)):
        return QLocale().toString(float(value), "g", 10)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(item_text(item) for item in value)
    return str(value)


def item_text(item: Any) -> str:
    """One line of a list (a contact, a follow-up…): its name, then what else it holds,
    so that a phone number changed shows."""
    if not is_dataclass(item):
        return value_text(item)
    values = {k: v for k, v in vars(item).items() if k not in ("id", "version", "content")}
    first = next((values.pop(k) for k in _ITEM_NAMES if values.get(k)), None)
    rest = [value_text(v) for v in values.values() if v not in (None, "", [], False)]
    rest = [r.replace("\n", " ") for r in rest if r]
    return " — ".join([value_text(first), *rest] if first is not None else rest)


def field_label(key: str) -> str:
    """A field's name as refusals already say it (translated once, in "Validation")."""
    return Message("Validation", FIELD_LABELS.get(key, key)).render(qtr)


def shown_in(combo: QComboBox, name: str) -> Callable[[Any], str]:
    """A value as the dialog's list shows it (a partner's name for its id, a status's
    label for its code)."""

    def show(data: Any) -> str:
        value = getattr(data, name)
        index = combo.findData(value)
        if index < 0 and isinstance(value, enum.Enum):
            index = combo.findData(value.value)
        return combo.itemText(index) if index >= 0 and value is not None else value_text(value)

    return show


@dataclass(frozen=True)
class ConflictField:
    """A row of the comparison: its label (translated) and the fields of the record it
    stands for; ``show`` gives the text of one version (default: the values joined)."""

    label: str
    names: tuple[str, ...]
    show: Callable[[Any], str] | None = None

    def text(self, data: Any) -> str:
        if self.show is not None:
            return self.show(data)
        return ", ".join(t for t in (value_text(getattr(data, n)) for n in self.names) if t)


@dataclass
class _Row:
    field: ConflictField
    mine: QRadioButton
    theirs: QRadioButton
    both_changed: bool


class ConflictDialog(QDialog):
    """Both versions of a record; returns the choice, writes nothing itself."""

    def __init__(
        self,
        conflict: EditConflictError,
        fields: Sequence[ConflictField],
        base: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.fields = list(fields)
        self.setWindowTitle(self.tr("Changed by someone else"))
        if isinstance(conflict.changed_at, datetime) and "when" in conflict.message.params:
            # The service writes the moment in ISO form; here it is the locale's.
            conflict.message.params["when"] = QLocale().toString(
                to_qdatetime(conflict.changed_at), QLocale.FormatType.ShortFormat
            )
        message = QLabel(conflict.render(qtr))
        message.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        who = conflict.changed_by or self.tr("the other person")
        for column, heading in enumerate(
            (self.tr("Yours"), self.tr("Saved by {who}").format(who=who)), start=1
        ):
            label = QLabel(heading)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        self.rows: list[_Row] = []
        for spec in self.fields:
            mine_text, theirs_text = spec.text(conflict.mine), spec.text(conflict.theirs)
            if mine_text == theirs_text:
                continue
            base_text = spec.text(base) if base is not None else None
            i_changed = base_text is None or mine_text != base_text
            they_changed = base_text is None or theirs_text != base_text
            row = self._add_row(grid, spec, mine_text, theirs_text, i_changed and they_changed)
            (row.mine if i_changed or not they_changed else row.theirs).setChecked(True)
        if not self.rows:
            # What differs is nothing the person edits (a distance computed again).
            none = QLabel(self.tr("The two versions differ in nothing you edit."))
            none.setWordWrap(True)
            grid.addWidget(none, 1, 0, 1, 3)
        grid.setRowStretch(grid.rowCount(), 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.all_mine_button = QPushButton(self.tr("Keep all &mine"))
        self.all_theirs_button = QPushButton(self.tr("Take all &theirs"))
        self.all_mine_button.clicked.connect(lambda: self._choose_all(theirs=False))
        self.all_theirs_button.clicked.connect(lambda: self._choose_all(theirs=True))
        choose = QHBoxLayout()
        choose.addWidget(self.all_mine_button)
        choose.addWidget(self.all_theirs_button)
        choose.addStretch()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("&Back to my changes"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(scroll, 1)
        layout.addLayout(choose)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 520)

    def _add_row(
        self, grid: QGridLayout, spec: ConflictField, mine: str, theirs: str, both: bool
    ) -> _Row:
        line = grid.rowCount()
        label = QLabel(spec.label)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        if both:
            label.setText(self.tr("{field}\n(changed on both sides)").format(field=spec.label))
            style_tone(label, Tone.WARNING, bold=True)
        grid.addWidget(label, line, 0)
        group = QButtonGroup(self)
        buttons = []
        for column, (caption, text) in enumerate(
            ((self.tr("Keep mine"), mine), (self.tr("Take theirs"), theirs)), start=1
        ):
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            radio = QRadioButton(caption)
            radio.setAccessibleName(f"{spec.label}: {caption}")
            value = QLabel(text or self.tr("(empty)"))
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setIndent(22)
            if not text:
                style_tone(value, Tone.MUTED)
            # Only as wide as its caption: a click beside it does not pick it.
            box.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)
            box.addWidget(value)
            group.addButton(radio)
            grid.addWidget(cell, line, column)
            buttons.append(radio)
        row = _Row(spec, buttons[0], buttons[1], both)
        self.rows.append(row)
        return row

    def _choose_all(self, theirs: bool) -> None:
        for row in self.rows:
            (row.theirs if theirs else row.mine).setChecked(True)

    # ------------------------------------------------------------------ the outcome

    def takes_everything_theirs(self) -> bool:
        """Every shown field on the other's side: their record stands as it is."""
        return all(row.theirs.isChecked() for row in self.rows)

    def taken_from_theirs(self) -> set[str]:
        """The fields chosen on the other's side, and every field this dialog does not
        edit (the form only carried it as it was read: the stored one is newer)."""
        chosen = {name for row in self.rows if row.theirs.isChecked() for name in row.field.names}
        edited = {name for spec in self.fields for name in spec.names}
        hidden = {f.name for f in fields(self.conflict.mine)} - edited - {"id", "version"}
        return chosen | hidden

    def chosen(self) -> Any:
        """The record to save: the person's own values, but the fields taken from the
        other's, with the other's version."""
        return combine(self.conflict.mine, self.conflict.theirs, self.taken_from_theirs())


def resolve_conflict(
    parent: QWidget,
    conflict: EditConflictError,
    fields: Sequence[ConflictField],
    save: Callable[[Any], int],
    base: Any = None,
) -> int | None:
    """Show the conflict until it is settled: the id saved (or kept, when the other's
    version is taken whole), or None when the person went back to their form."""
    while True:
        dialog = ConflictDialog(conflict, fields, base, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            return None
        if dialog.takes_everything_theirs():
            return int(conflict.theirs.id)
        try:
            return save(dialog.chosen())
        except EditConflictError as again:  # a third change meanwhile: compare again
            base, conflict = conflict.theirs, again
        except TwinningError as exc:
            show_error(parent, exc)
            return None
