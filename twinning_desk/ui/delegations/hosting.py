"""Host families for a delegation's visitors: the visitors' table dragged from, the host
families' table dropped on, and the short summary of what a visitor needs.

The delegation editor's Host families tab lays them out and keeps the plan.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.delegations import MemberData
from twinning_desk.ui.common.helpers import qtr
from twinning_desk.ui.common.table_model import Index, ListTableModel

VISITOR_MIME = "application/x-twinning-desk-visitor"

NO_PETS = QT_TRANSLATE_NOOP("DelegationDialog", "no pets")
NON_SMOKING = QT_TRANSLATE_NOOP("DelegationDialog", "non-smoking")
STEP_FREE = QT_TRANSLATE_NOOP("DelegationDialog", "step-free")


def needs_summary(m: MemberData) -> str:
    flags = ((m.no_pets, NO_PETS), (m.no_smoking, NON_SMOKING), (m.needs_accessibility, STEP_FREE))
    return ", ".join(qtr("DelegationDialog", text) for on, text in flags if on)


class VisitorModel(ListTableModel[MemberData]):
    """Visitors can be dragged onto a host family."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Rows are dragged; the root is not an item (Qt's model tester requires it).
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VISITOR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        ids = ",".join(str(self.items[r].person_id) for r in rows)
        data = QMimeData()
        data.setData(VISITOR_MIME, QByteArray(ids.encode()))
        return data


class HostDropView(QTableView):
    """The host families' table: dropping visitors on a row assigns them to it."""

    visitorsDropped = Signal(list, int)  # noqa: N815 - Qt signal naming

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(VISITOR_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(VISITOR_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        raw = bytes(event.mimeData().data(VISITOR_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        if not index.isValid() or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.visitorsDropped.emit(ids, index.row())
