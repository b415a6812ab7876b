"""The month calendar of the Events tab, with the events' titles written in each day.

Coloured days alone made the secretary hover every one to know what it was; the grid now
shows the titles (cut with "…" when long, "+2" when more than fit), and the tooltip and
the day's list below still give them whole.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget


class EventCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[date, list[str]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def set_titles(self, titles: dict[date, list[str]]) -> None:
        self.titles = titles
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        titles = self.titles.get(date(qdate.year(), qdate.month(), qdate.day()), [])
        if not titles:
            return
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        # Below the day's number (which Qt centres in the cell), as many lines as fit.
        top = rect.center().y() + line // 2 + 1
        room = max(0, (rect.bottom() - top) // line)
        shown = titles if len(titles) <= room else titles[: max(0, room - 1)]
        width = rect.width() - 4
        for i, title in enumerate(shown):
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(rect.left() + 2, top + i * line, width, line), 0, text)
        if len(shown) < len(titles) and room:
            more = f"+{len(titles) - len(shown)}"
            painter.drawText(
                QRect(rect.left() + 2, top + len(shown) * line, width, line),
                int(Qt.AlignmentFlag.AlignLeft),
                more,
            )
        painter.restore()
