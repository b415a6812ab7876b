"""Where an export goes (ui/common/export_path.py), asked through Qt's own save dialog,
driven as a person does: a name typed in its box, a type chosen, Save clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.settings_store import EXPORT_DIR

FILTERS = "Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)"


def answer(qtbot: QtBot, typed: str | None, file_type: int = 0, seen: list[Path] | None = None):  # noqa: ANN201
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        if seen is not None:
            seen.append(Path(dialog.directory().absolutePath()))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        if typed is None:
            qtbot.mouseClick(
                buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
            )
            return
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        assert types is not None
        types.setCurrentIndex(file_type)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(typed)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    when_modal(act, QFileDialog)


@pytest.mark.parametrize(
    ("typed", "file_type", "expected"),
    [
        ("budget 2026", 0, "budget 2026.xlsx"),  # no ending: the type chosen
        ("adresses", 1, "adresses.csv"),
        ("compte rendu 12.05.2026", 0, "compte rendu 12.05.2026.xlsx"),  # the date kept
        ("liste.CSV", 0, "liste.CSV"),  # an ending offered: as typed
    ],
)
def test_the_name_typed_gets_the_chosen_type_and_the_folder_is_remembered(
    qtbot: QtBot, tmp_path: Path, typed: str, file_type: int, expected: str
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    last = tmp_path / "exports"
    last.mkdir()
    EXPORT_DIR.set(settings, last)
    parent = QWidget()
    qtbot.addWidget(parent)
    opened_in: list[Path] = []
    answer(qtbot, str(tmp_path / typed), file_type, opened_in)
    path = choose_export_path(parent, settings, "Exporter", "partenaires.xlsx", FILTERS)
    assert opened_in == [last]  # where the last export went
    assert path == tmp_path / expected
    assert EXPORT_DIR.get(settings) == tmp_path  # the next export starts here


def test_cancel_writes_nothing_and_keeps_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    EXPORT_DIR.set(settings, tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    answer(qtbot, None)
    assert choose_export_path(parent, settings, "Exporter", "x.xlsx", FILTERS) is None
    assert EXPORT_DIR.get(settings) == tmp_path
