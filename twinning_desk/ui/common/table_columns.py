"""The columns of a list: sized to what they hold, remembered only once the user chose.

Every tab's main list goes through :class:`TableColumns`, once:

* On the first fill (the first time the model has rows) the columns are sized to their
  content and header (``resizeColumnsToContents``), none wider than
  :data:`MAX_FRACTION` of the view, so that a date or an amount reads whole and one long
  title does not push the others out. An empty first start sizes nothing: the widths of
  empty columns would be slivers once the committee's data arrives.
* The header's state (widths, order, hidden columns, sorting) is saved only after the
  user resized, moved, hid or showed a column, never merely because the window closed:
  a layout nobody chose is computed again from the content at the next start.
* A right-click on the header opens a menu with a checkable entry per column (at least
  one stays shown) and "Reset columns", which forgets the saved state and sizes the
  columns to their content again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from twinning_desk.ui.common.settings_store import Setting
from twinning_desk.ui.common.table_model import PagedTableModel

MAX_FRACTION = 0.4
"""No column is sized wider than this share of the view (the user may widen it)."""

PADDING = 12
# Rows measured for a width, beyond those in view (Qt's default is 1000).
SAMPLE_ROWS = 60
"""Pixels added to a column sized to its content, so that it does not touch the next."""


class TableColumns(QObject):
    """Sizes, remembers and lets the user show or hide the columns of ``view``."""

    def __init__(
        self,
        view: QTableView,
        setting: Setting[QByteArray | None],
        settings: QSettings,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.setting = setting
        self.settings = settings
        self.header: QHeaderView = view.horizontalHeader()
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(True)
        self.header.setSectionsMovable(True)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self.show_menu)
        self.menu: QMenu | None = None
        self.changed_by_user = False
        self._pressed = False
        self.header.viewport().installEventFilter(self)
        # Sized again when first shown: a tab built hidden only knows the screen's width.
        self.view.installEventFilter(self)
        self._sized_shown = False
        self.header.sectionResized.connect(self._section_changed)
        self.header.sectionMoved.connect(self._section_changed)
        self.sized = False  # sized to a non-empty content, or restored from the user's choice
        state = setting.get(settings)
        if state is not None and self.header.restoreState(state):
            self.sized = True
            self._keep_one_shown()
        # Widths from the first rows only: measuring 200 rows of formatted amounts took
        # a third of a second per table; the first screenful tells the same widths.
        # (Qt counts the rows measured for a column on the vertical header.)
        self.header.setResizeContentsPrecision(SAMPLE_ROWS)
        view.verticalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        model = view.model()
        model.modelReset.connect(self._filled)
        model.rowsInserted.connect(self._filled)
        self._filled()

    # ---------------------------------------------------------------- sizing
    def _filled(self) -> None:
        # A view not yet shown is sized when it is (see eventFilter), to its real width:
        # sizing it now as well measured every column twice at a tab's first show.
        if not self._sized_shown and not self.view.isVisible():
            return
        if not self.sized and self.view.model().rowCount() > 0:
            self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Widths from the content and the header, each capped (see :data:`MAX_FRACTION`)."""
        header = self.header
        widths = self._content_widths()
        if widths is None:
            self.view.resizeColumnsToContents()
        else:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        cap = int(self._view_width() * MAX_FRACTION)
        last = self._last_visible()
        for column in range(header.count()):
            if header.isSectionHidden(column) or column == last:
                continue
            header.resizeSection(column, min(header.sectionSize(column) + PADDING, cap))
        self._fit_width(widths)
        self.sized = self.view.model().rowCount() > 0

    def _fit_width(self, widths: list[int] | None) -> None:
        """Every column in view when possible: the widest (a label, a title) gives way,
        cut with "…", rather than an amount column falling off the right edge.
        ``widths``: the content widths just measured, if they were (not measured
        again: the texts of 60 rows, a tenth of a tab's first show)."""
        header = self.header
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if len(shown) < 2:
            return
        last = self._last_visible()
        want = sum(header.sectionSize(c) for c in shown if c != last)
        want += (widths[last] if widths else self.view.sizeHintForColumn(last)) + PADDING
        excess = want - self._view_width()
        if excess <= 0:
            return
        widest = max((c for c in shown if c != last), key=header.sectionSize)
        floor = max(120, int(self._view_width() * 0.15))
        header.resizeSection(widest, max(floor, header.sectionSize(widest) - excess))

    def _content_widths(self) -> list[int] | None:
        """Each column's width for its first :data:`SAMPLE_ROWS` texts and its header,
        as Qt's ``resizeColumnsToContents`` gives it for plain text cells (the text, the
        delegate's margins, the grid line, a pixel for rounding), measured here on the
        texts alone: Qt asks eight roles a cell through Python, five times the cost
        (issue #17). None when cells have fonts or icons of their own (the partners'
        dormant names): Qt measures those."""
        model = self.view.model()
        answered = getattr(model, "_answered", None)
        if not isinstance(model, PagedTableModel) or answered is None:
            return None
        if answered & {int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.DecorationRole)}:
            return None
        view, header = self.view, self.header
        metrics = view.fontMetrics()
        style = view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        extra = margin + (1 if view.showGrid() else 0) + 1
        rows = [r for i in range(min(SAMPLE_ROWS, model.rowCount())) if (r := model.row_at(i))]
        widths = []
        for column, spec in enumerate(model.columns):
            texts = ("" if (v := spec.value(row)) is None else str(v) for row in rows)
            content = max(
                (metrics.horizontalAdvance(line) for t in texts for line in t.split("\n")),
                default=-1,
            )
            widths.append(max(content + extra if rows else 0, header.sectionSizeHint(column)))
        return widths

    def _view_width(self) -> int:
        """The view's width once shown; before that, the screen's, less a margin."""
        if self.view.isVisible():
            return self.view.viewport().width()
        screen = self.view.screen()
        return screen.availableGeometry().width() - 60 if screen is not None else 1000

    def _last_visible(self) -> int:
        header = self.header
        for visual in range(header.count() - 1, -1, -1):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return -1

    # ---------------------------------------------------------------- what the user did
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view:
            if event.type() == QEvent.Type.Show and not self._sized_shown:
                self._sized_shown = True
                if not self.changed_by_user and self.setting.get(self.settings) is None:
                    if self.view.model().rowCount() > 0:
                        self.fit_to_contents()
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        elif event.type() == QEvent.Type.MouseButtonDblClick:
            self._pressed = True  # a double-click on a handle sizes that column
        return False

    def _section_changed(self, *_args: int) -> None:
        # A drag on the header, not a resize of the window (the last column stretches)
        # nor our own sizing.
        if self._pressed:
            self.changed_by_user = True

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column, as the user does from the menu; the last one stays."""
        header = self.header
        if not shown and self.shown_count() <= 1:
            return
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < header.minimumSectionSize() * 2:
            self.view.resizeColumnToContents(column)
        self.changed_by_user = True

    def shown_count(self) -> int:
        return sum(not self.header.isSectionHidden(c) for c in range(self.header.count()))

    def _keep_one_shown(self) -> None:
        if self.header.count() and self.shown_count() == 0:
            self.header.setSectionHidden(self.header.logicalIndex(0), False)

    def reset(self) -> None:
        """Forget the saved state: every column shown, in its order, sized to content."""
        header = self.header
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            visual = header.visualIndex(column)
            if visual != column:
                header.moveSection(visual, column)
        self.setting.set(self.settings, None)
        self.changed_by_user = False
        self.sized = False
        self.fit_to_contents()

    def save(self) -> None:
        """Store the header's state if the user changed it (called when the tab goes)."""
        if self.changed_by_user:
            self.setting.set(self.settings, self.header.saveState())

    # ---------------------------------------------------------------- the menu
    def build_menu(self) -> QMenu:
        menu = QMenu(self.header)
        model = self.view.model()
        header = self.header
        one_left = self.shown_count() <= 1
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(title or ""), menu)
            action.setCheckable(True)
            shown = not header.isSectionHidden(column)
            action.setChecked(shown)
            action.setEnabled(not (shown and one_left))
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = QAction(self.tr("Reset columns"), menu)
        reset.triggered.connect(self.reset)
        menu.addAction(reset)
        return menu

    def show_menu(self, position: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build_menu()
        self.menu.popup(self.header.mapToGlobal(position))
