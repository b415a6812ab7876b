"""Render the application icon from its SVG source into every PNG the app and the
desktop need; run after changing resources/icons/twinning-desk.svg.

- resources/icons/: 256, 64 and 32 px (the window icon), the Windows .ico and the macOS
  .icns (the PyInstaller executable's and the Windows installer's icon);
- packaging/linux/icons/hicolor/: 16 to 512 px and the scalable SVG, under the
  application id, as install-linux.sh copies them into the user's icon theme.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "twinning-desk.svg"
APP_ID = "org.twinningdesk.TwinningDesk"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    icons = ROOT / "resources" / "icons"
    for size, name in (
        (256, "twinning-desk.png"),
        (64, "twinning-desk-64.png"),
        (32, "twinning-desk-32.png"),
    ):
        render(renderer, size, icons / name)
    # Qt's own ico/icns image plugins write them: no Pillow needed to freeze on Windows/macOS.
    render(renderer, 256, icons / "twinning-desk.ico")
    render(renderer, 512, icons / "twinning-desk.icns")
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        render(renderer, size, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
