"""The Qt binding the app is installed with keeps Python's reference counts.

PySide6 6.12.0 (with Python 3.11) drops a reference to None at each call of a Qt method
that returns nothing; after a few thousand calls (drawing the map, filling a long combo
box) Python aborts with "Fatal Python error: none_dealloc". pyproject.toml excludes that
version; this test fails on any binding with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QComboBox


def test_qt_methods_returning_nothing_keep_the_count_of_none() -> None:
    path = QPainterPath()
    combo = QComboBox()
    before = sys.getrefcount(None)
    for i in range(500):
        path.moveTo(float(i), 1.0)
        path.addRect(QRectF(0, 0, 1, 1))
        combo.addItem(str(i))
    # A little slack for the interpreter's own bookkeeping; the fault loses 1,500.
    assert abs(sys.getrefcount(None) - before) < 50
