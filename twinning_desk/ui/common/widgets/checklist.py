"""A list of names to tick, with a line to add a new one: themes, local actors, partners."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget


class CheckList(QWidget):
    def __init__(
        self,
        placeholder: str | None = None,
        add_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.new_item: QLineEdit | None = None
        if add_label is not None:
            self.new_item = QLineEdit()
            self.new_item.setPlaceholderText(placeholder or "")
            add = QPushButton(add_label)
            add.clicked.connect(self._add_typed)
            self.new_item.returnPressed.connect(self._add_typed)
            row = QHBoxLayout()
            row.addWidget(self.new_item, 1)
            row.addWidget(add)
            layout.addLayout(row)

    def add(self, text: str, checked: bool = False, data: Any = None) -> None:
        """Add an entry, or tick the one already there (names compared without case)."""
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            same = (
                item.data() == data
                if data is not None
                else (item.text().casefold() == text.casefold())
            )
            if same:
                if checked:
                    item.setCheckState(Qt.CheckState.Checked)
                return
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setEditable(False)
        item.setData(data)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.model.appendRow(item)

    def _add_typed(self) -> None:
        assert self.new_item is not None
        text = self.new_item.text().strip()
        if text:
            self.add(text, True)
            self.new_item.clear()

    def set_checked(self, values: list[Any], by_data: bool = False) -> None:
        wanted = set(values) if by_data else {str(v).casefold() for v in values}
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            key = item.data() if by_data else item.text().casefold()
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)

    def checked_texts(self) -> list[str]:
        return [
            self.model.item(r).text()
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]

    def checked_data(self) -> list[Any]:
        return [
            self.model.item(r).data()
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]
