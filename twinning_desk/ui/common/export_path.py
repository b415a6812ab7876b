"""Where an export goes: one question, asked the same way by every screen that writes a
file (the tabs' exports, the mission report, a person's data, the map)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from twinning_desk.ui.common.settings_store import EXPORT_DIR

_SUFFIX = re.compile(r"\*(\.\w+)")


def choose_export_path(
    parent: QWidget, settings: QSettings, title: str, name: str, filters: str
) -> Path | None:
    """The file the person chose, or None if they cancelled.

    The dialog opens in the folder of the last export, remembered for the next one. A
    name typed without one of the types offered gets the chosen type's ending, added
    rather than put in place of what follows a dot: "budget 2026" becomes
    "budget 2026.xlsx", "compte rendu 12.05.2026" keeps its date. The types are read
    from ``filters`` ("Classeur Excel (*.xlsx);;CSV (*.csv)"), so a translated filter
    needs no other change."""
    start = EXPORT_DIR.get(settings) or Path.home()
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(Path(start) / name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    offered = [s.lower() for s in _SUFFIX.findall(filters)]
    if offered and path.suffix.lower() not in offered:
        picked = [s.lower() for s in _SUFFIX.findall(selected or "")] or offered
        path = path.with_name(path.name + picked[0])
    EXPORT_DIR.set(settings, path.parent)
    return path
