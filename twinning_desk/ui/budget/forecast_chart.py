"""Forecast and actual per account, drawn side by side under the Budget tab's summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from twinning_desk.services.budget import CategoryTotal


class ForecastChart(QWidget):
    """Forecast and actual per account, side by side: what the general assembly asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: list[CategoryTotal] = []
        self.setMinimumHeight(180)

    def set_totals(self, totals: list[CategoryTotal]) -> None:
        self.totals = [t for t in totals if t.forecast_cents or t.actual_cents]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(8, 24, -8, -24)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        forecast_color, actual_color = QColor("#9db7d5"), QColor("#1f5fa8")
        legend = [
            (forecast_color, QCoreApplication.translate("BudgetTab", "Forecast")),
            (actual_color, QCoreApplication.translate("BudgetTab", "Actual")),
        ]
        x = rect.left()
        for color, text in legend:
            painter.fillRect(QRectF(x, 6, 12, 12), color)
            painter.drawText(QRectF(x + 16, 2, 120, 20), Qt.AlignmentFlag.AlignVCenter, text)
            x += 130
        if not self.totals:
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("BudgetTab", "No amount yet."),
            )
            return
        top = max(max(t.forecast_cents, t.actual_cents) for t in self.totals) or 1
        slot = rect.width() / len(self.totals)
        bar = max(3.0, slot * 0.35)
        for index, t in enumerate(self.totals):
            left = rect.left() + index * slot + slot * 0.1
            for offset, value, color in (
                (0, t.forecast_cents, forecast_color),
                (bar, t.actual_cents, actual_color),
            ):
                height = rect.height() * max(0, value) / top
                painter.fillRect(QRectF(left + offset, rect.bottom() - height, bar, height), color)
            painter.drawText(
                QRectF(left - 4, rect.bottom() + 2, slot, 18), Qt.AlignmentFlag.AlignLeft, t.code
            )
