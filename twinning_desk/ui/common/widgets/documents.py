"""Attached documents of a record being edited: attach, open, remove (saved with it)."""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.attachments import MAX_ATTACHMENT_BYTES, AttachmentData
from twinning_desk.services.errors import TwinningError, ValidationError
from twinning_desk.ui.common.helpers import confirm, show_error
from twinning_desk.ui.common.table_model import Column, ListTableModel

Loader = Callable[[int], tuple[str, bytes]]


class DocumentsPanel(QWidget):
    def __init__(self, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.model: ListTableModel[AttachmentData] = ListTableModel(
            [
                Column("file", QT_TRANSLATE_NOOP("Columns", "File"), lambda d: d.filename),
                Column(
                    "size",
                    QT_TRANSLATE_NOOP("Columns", "Size"),
                    lambda d: QLocale().formattedDataSize(d.size),
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        add = QPushButton(self.tr("Attach a &file…"))
        add.clicked.connect(self.choose_files)
        open_ = QPushButton(self.tr("&Open"))
        open_.clicked.connect(self.open_selected)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        for b in (add, open_, remove):
            buttons.addWidget(b)
        buttons.addStretch()
        note = QLabel(
            self.tr(
                "Scans of signed agreements, photos and posters are kept inside the "
                "database file, so a backup keeps them too."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)

    @property
    def items(self) -> list[AttachmentData]:
        return self.model.items

    def set_items(self, items: list[AttachmentData]) -> None:
        self.model.set_items(items)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> None:
        added = list(self.model.items)
        for path in paths:
            try:
                if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                    raise ValidationError(
                        "file",
                        QT_TRANSLATE_NOOP("Validation", "{name} is larger than 25 MB."),
                        name=path.name,
                    )
                content = path.read_bytes()
            except (OSError, ValidationError) as exc:
                show_error(self, exc)
                continue
            added.append(
                AttachmentData(
                    filename=path.name,
                    size=len(content),
                    mime_type=mimetypes.guess_type(path.name)[0],
                    content=content,
                )
            )
        self.model.set_items(added)

    def _selected(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_selected(self) -> None:
        row = self._selected()
        if row < 0:
            return
        doc = self.model.items[row]
        try:
            content = doc.content
            if content is None and doc.id is not None:
                content = self.loader(doc.id)[1]
            target = Path(tempfile.mkdtemp(prefix="twinning-desk-")) / Path(doc.filename).name
            target.write_bytes(content or b"")
        except (OSError, TwinningError) as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_selected(self) -> None:
        row = self._selected()
        if row < 0:
            return
        translate = QCoreApplication.translate
        if confirm(
            self,
            translate("DocumentsPanel", "Remove document"),
            translate("DocumentsPanel", "Remove {name}? It is deleted when you save.").format(
                name=self.model.items[row].filename
            ),
            translate("DocumentsPanel", "Remove"),
        ):
            items = list(self.model.items)
            del items[row]
            self.model.set_items(items)
