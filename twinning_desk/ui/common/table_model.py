"""Table models over service queries: pages fetched lazily, sorting and filtering in SQL.

A subclass declares its columns and how to fetch a page; the view's header click calls
:meth:`sort`, which asks the service again rather than sorting rows in Python.

A cell that cannot be shown is a bug, and is not hidden: the exception goes to
``sys.excepthook`` (in the app the crash dialog and the log, in the tests pytest-qt,
which fails the test) and the cell stays empty (see :func:`report_bug`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def report_bug() -> None:
    """Hand the exception being handled to ``sys.excepthook``, as Qt's event loop would.

    It is not let unwind out of ``data()`` into Qt's C++ code: with PySide6 6.12 some
    exceptions (ZeroDivisionError, TypeError, IndexError) raised in a virtual that Qt
    calls while Python waits on Qt (``resizeColumnsToContents()`` after a refresh, a
    ``grab()``) crash the process instead of reaching the hook.
    """
    sys.excepthook(*sys.exc_info())


@dataclass(frozen=True)
class Column(Generic[T]):
    key: str  # also the service's sort key
    header: str  # marked with QT_TRANSLATE_NOOP in the "Columns" context
    value: Callable[[T], Any]
    align_right: bool = False
    sortable: bool = True


class ColumnsModel(QAbstractTableModel, Generic[T]):
    """Rows of T shown through declared columns; headers translated in "Columns"."""

    columns: Sequence[Column[T]] = ()

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section].header)
        return None


_ANSWERED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
    )
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
# Computed once: combining the flags in each call was a tenth of a column's sizing.
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PagedTableModel(ColumnsModel[T]):
    # The roles a subclass's decorate() answers. A view asks eight roles a cell when it
    # paints or sizes a column, most of which no model here answers: those are refused
    # before any Python work (issue #17). None: every role goes to decorate().
    decorated_roles: frozenset[Qt.ItemDataRole] | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._answered: frozenset[int] | None = _ANSWERED
        if type(self).decorate is not PagedTableModel.decorate:
            roles = self.decorated_roles
            self._answered = None if roles is None else _ANSWERED | {int(r) for r in roles}
        self._rows: list[T] = []
        self._total = 0
        self.sort_key = self.columns[0].key if self.columns else ""
        self.descending = False
        self.loaded = False  # nothing is read until the owner asks for the first page

    # --- what a subclass provides
    def fetch(self, offset: int, limit: int) -> list[T]:
        raise NotImplementedError

    def total(self) -> int:
        raise NotImplementedError

    def decorate(self, row: T, column: Column[T], role: int) -> Any:
        return None

    # --- Qt model API
    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._answered is not None and role not in self._answered:
            return None
        try:
            return self._data(index, role)
        except Exception:
            report_bug()  # a bug: reported loudly, never shown as a blank cell and forgotten
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.align_right else _LEFT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.decorate(row, column, role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        page = self.fetch(len(self._rows), PAGE)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        unchanged = (key, descending) == (self.sort_key, self.descending)
        self.sort_key, self.descending = key, descending
        # A view being set up sorts two or three times before its first page is asked
        # for (sorting enabled, the indicator, the saved header): each would be a query.
        if self.loaded and not unchanged:
            self.refresh()

    def refresh(self) -> None:
        """Reload the first page (after a write or a new filter)."""
        self.loaded = True
        self.beginResetModel()
        self._rows = self.fetch(0, PAGE)
        # A first page that is not full is the whole list: no count to ask for. A filter
        # matching few rows costs one query, not two (issue #17).
        self._total = len(self._rows) if len(self._rows) < PAGE else self.total()
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def total_rows(self) -> int:
        return self._total


class ListTableModel(ColumnsModel[T]):
    """An in-memory list being edited in a dialog (agreements of a partner not yet saved)."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[T] = []

    def set_items(self, items: list[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _DISPLAY:  # the only role answered: the others cost nothing
            return None
        try:
            return self._data(index, role)
        except Exception:
            report_bug()
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()].value(self.items[index.row()])
            return "" if value is None else str(value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        getter = self.columns[column].value
        self.layoutAboutToBeChanged.emit()
        self.items.sort(
            key=lambda item: (getter(item) is None, str(getter(item) or "").casefold()),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()
