"""A delegation's programme, day by day: the item dialog and the table model whose rows
are dragged to change the order within a day (the programme is printed day by day).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.dates import format_day, parse_time
from twinning_desk.services.delegations import ProgrammeData
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.text import clean_text
from twinning_desk.ui.common.record_dialog import RecordDialog
from twinning_desk.ui.common.table_model import Column, Index, ListTableModel
from twinning_desk.ui.common.widgets.day_edit import DayEdit


def _lang() -> str:
    return QLocale().name()[:2]


class ProgrammeDialog(RecordDialog):
    def __init__(
        self,
        item: ProgrammeData | None,
        first_day: date,
        last_day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme item"))
        self.original = item
        self.day = DayEdit(initial=item.day if item else first_day)
        # An item already saved on another day keeps it; a new one falls within the stay.
        self.first_day = min(first_day, item.day if item else first_day)
        self.last_day = max(last_day, item.day if item else last_day)
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("hh:mm, if any"))
        self.activity = QPlainTextEdit()
        self.activity.setMaximumHeight(70)
        self.place = QLineEdit()
        self.people_met = QPlainTextEdit()
        self.people_met.setMaximumHeight(70)
        self.form.addRow(self.tr("&Day"), self.day)
        self.form.addRow(self.tr("&Time"), self.time)
        self.form.addRow(self.tr("&Activity *"), self.activity)
        self.form.addRow(self.tr("&Place"), self.place)
        self.form.addRow(self.tr("People &met"), self.people_met)
        if item:
            self.time.setText(item.start_time.strftime("%H:%M") if item.start_time else "")
            self.activity.setPlainText(item.activity)
            self.place.setText(item.place or "")
            self.people_met.setPlainText(item.people_met or "")
        self.resize(460, 380)

    def _day(self) -> date:
        day = self.day.required("day")
        if not self.first_day <= day <= self.last_day:
            raise ValidationError(
                "day",
                QT_TRANSLATE_NOOP(
                    "Validation", "is not one of the delegation’s days ({first} to {last})."
                ),
                first=format_day(self.first_day, _lang()),
                last=format_day(self.last_day, _lang()),
            )
        return day

    def _build(self) -> ProgrammeData:
        return ProgrammeData(
            id=self.original.id if self.original else None,
            day=self._day(),
            start_time=parse_time("time", self.time.text()),
            activity=clean_text(
                "activity",
                self.activity.toPlainText(),
                max_length=5000,
                required=True,
                multiline=True,
            )
            or "",
            place=clean_text("place", self.place.text(), max_length=300),
            people_met=clean_text(
                "people_met", self.people_met.toPlainText(), max_length=5000, multiline=True
            ),
        )

    def accept(self) -> None:
        self.accept_with(
            self._build,
            {
                "time": self.time,
                "activity": self.activity,
                "place": self.place,
                "people_met": self.people_met,
            },
        )


PROGRAMME_MIME = "application/x-twinning-desk-programme-row"


class ProgrammeModel(ListTableModel[ProgrammeData]):
    """Rows dragged within the table change the order of a day's items."""

    def __init__(self, columns: list[Column[ProgrammeData]], parent: Any) -> None:
        super().__init__(columns, parent)
        self.move: Any = None  # set by the dialog: move(source_row, target_row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PROGRAMME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        row = indexes[0].row() if indexes else -1
        data.setData(PROGRAMME_MIME, QByteArray(str(row).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not data.hasFormat(PROGRAMME_MIME) or self.move is None:
            return False
        source = int(bytes(data.data(PROGRAMME_MIME).data()).decode() or -1)
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self.items) - 1
        self.move(source, min(target, len(self.items) - 1))
        # The move is done here: answering False keeps the view from also removing
        # the source row, as it would after an accepted move.
        return False
