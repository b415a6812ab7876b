"""Open every window of tests/test_screen_fit.py on the screen Qt was started with and
print what does not fit; run by tests/test_screen_fit.py in a subprocess.

The scale factor (``QT_SCALE_FACTOR=1.5``, a 1920×1040 laptop at 150 %) must be set
before the QApplication exists, hence a process of its own. Output: one line
``screen W×H`` (the available geometry in logical pixels), one ``FAIL: …`` line per
problem, then ``checked N``; the exit status is 1 when something failed.

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=tests/offscreen-1920x1040.json \\
        python tests/screen_fit_probe.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog  # noqa: E402


def problems_of(widget: Any, name: str, available: Any) -> list[str]:
    """What of ``widget`` lies beyond the ``available`` geometry (logical pixels)."""
    from test_screen_fit import _scrolls

    found = []
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if minimum.width() > available.width() or minimum.height() > available.height():
        found.append(f"{name} needs at least {minimum.width()}×{minimum.height()}")
    frame = widget.frameGeometry()
    if not available.contains(frame):
        found.append(
            f"{name} opens at {frame.width()}×{frame.height()}+{frame.x()}+{frame.y()}, "
            f"beyond {available.width()}×{available.height()}"
        )
    for button in widget.findChildren(QAbstractButton):
        if _scrolls(button, widget) or not (button.isVisibleTo(widget) and button.text()):
            continue
        corner = button.mapToGlobal(button.rect().bottomRight())
        inside_window = button.mapTo(widget, button.rect().bottomRight())
        if (
            not available.contains(corner)
            or inside_window.x() > widget.width()
            or (inside_window.y() > widget.height())
        ):
            found.append(f"{name}: button {button.text()!r} lies outside the screen")
    return found


def main() -> int:
    app = QApplication(sys.argv[:1])
    from test_screen_fit import NAMES, _factories

    from twinning_desk.services.context import Services
    from twinning_desk.services.demo import load_demo
    from twinning_desk.translation import install_translators

    screen = app.primaryScreen()
    available = screen.availableGeometry()
    print(f"screen {available.width()}×{available.height()} dpr {screen.devicePixelRatio()}")
    failures: list[str] = []
    checked = 0
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        services = Services.open(tmp / "demo.sqlite3")
        try:
            load_demo(services)
            for lang in ("fr", "de"):
                install_translators(app, lang)
                for name in NAMES:
                    widget: Any = _factories(services, tmp)[name]()
                    widget.show()
                    app.processEvents()
                    failures += [f"{lang}: {p}" for p in problems_of(widget, name, available)]
                    checked += 1
                    if name == "import preview":
                        deadline = time.monotonic() + 10
                        while widget.plan is None and time.monotonic() < deadline:
                            app.processEvents()
                            time.sleep(0.01)
                    if isinstance(widget, QDialog):
                        widget.done(0)
                    else:
                        widget.close()
                    widget.deleteLater()
                    app.processEvents()
        finally:
            install_translators(app, "none")
            services.close()
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"checked {checked}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
