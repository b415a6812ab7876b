"""Draw the application icon (two linked towns) into resources/icons/; run once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    out = Path(__file__).resolve().parent.parent / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (256, 64, 32):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = size / 256
        p.setPen(QPen(QColor("#ffffff"), 10 * s))
        p.setBrush(QBrush(QColor("#1f5fa8")))
        p.drawEllipse(QRectF(18 * s, 58 * s, 140 * s, 140 * s))
        p.setBrush(QBrush(QColor("#e07b00")))
        p.drawEllipse(QRectF(98 * s, 58 * s, 140 * s, 140 * s))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("#ffffff")))
        for x in (70, 170):  # two little town halls
            p.drawRect(QRectF((x - 18) * s, 112 * s, 36 * s, 40 * s))
            p.drawPolygon(
                [
                    QRectF((x - 24) * s, 112 * s, 0, 0).topLeft(),
                    QRectF(x * s, 88 * s, 0, 0).topLeft(),
                    QRectF((x + 24) * s, 112 * s, 0, 0).topLeft(),
                ]
            )
        p.end()
        name = "twinning-desk.png" if size == 256 else f"twinning-desk-{size}.png"
        image.save(str(out / name))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
