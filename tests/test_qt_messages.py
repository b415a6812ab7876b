"""Qt's complaints and the app's logged errors fail the test that caused them (conftest.py).

A small test file, run by pytest in a subprocess with this folder's conftest.py and the
project's pytest settings, holds one test of each kind; its outcomes show that a Qt
warning in a test or at its teardown, an error the app logs, an exception inside a Qt
virtual and a broken row of a table model all fail, while the allowed noise of the
offscreen platform and an error a test expects (checked with caplog) do not.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

INNER = """
import logging

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, qCritical, qWarning
from PySide6.QtWidgets import QTableView

from twinning_desk.ui.common.table_model import Column, PagedTableModel


def test_a_warning_in_the_test(qtbot):
    qWarning("a warning in the test")


def test_a_critical_message_in_the_test(qtbot):
    qCritical("a critical message in the test")


@pytest.fixture
def warns_at_teardown():
    yield
    qWarning("a warning at teardown")


def test_a_warning_at_teardown(warns_at_teardown):
    pass


def test_the_offscreen_noise(qtbot):
    qWarning("This plugin does not support propagateSizeHints()")


def test_a_logged_error():
    logging.getLogger("twinning_desk.ui").error("an error the app logged")


def test_a_logged_error_the_test_expects(caplog):
    logging.getLogger("twinning_desk.ui").error("an error the test expects")
    assert "expects" in caplog.text


class Broken(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        raise RuntimeError("a broken cell")


def show(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.grab()  # paints: Qt calls data() itself


def test_an_exception_in_a_qt_virtual(qtbot):
    show(qtbot, Broken())


class OneRow(PagedTableModel):
    columns = (Column("x", "X", lambda row: 1 / 0),)

    def fetch(self, offset, limit):
        return [1][offset : offset + limit]

    def total(self):
        return 1


def test_a_broken_row_of_a_paged_model(qtbot):
    model = OneRow()
    model.refresh()
    show(qtbot, model)
"""

# Whether each test of INNER must fail (in its call or at its teardown) or pass.
MUST_FAIL = {
    "test_a_warning_in_the_test": True,
    "test_a_critical_message_in_the_test": True,
    "test_a_warning_at_teardown": True,
    "test_the_offscreen_noise": False,
    "test_a_logged_error": True,
    "test_a_logged_error_the_test_expects": False,
    "test_an_exception_in_a_qt_virtual": True,
    "test_a_broken_row_of_a_paged_model": True,
}


def _ini_options() -> str:
    """The project's pytest settings, less where its tests live."""
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "pytest"
    ]["ini_options"]
    lines = ["[pytest]"]
    for key, value in options.items():
        if key in ("testpaths", "pythonpath"):
            continue
        if isinstance(value, list):
            lines.append(f"{key} =\n" + "".join(f"    {item}\n" for item in value).rstrip())
        else:
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


def test_qt_messages_logged_errors_and_exceptions_fail_the_test(tmp_path: Path) -> None:
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    shutil.copy(TESTS / "offscreen-1366x768.json", tmp_path / "offscreen-1366x768.json")
    shutil.copy(TESTS / "pg_server.py", tmp_path / "pg_server.py")
    (tmp_path / "pytest.ini").write_text(_ini_options(), encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    outcomes: dict[str, set[str]] = {}
    for outcome, name in re.findall(
        r"^(PASSED|FAILED|ERROR) test_inner\.py::(\w+)", done.stdout, re.MULTILINE
    ):
        outcomes.setdefault(name, set()).add(outcome)
    report = done.stdout[-6000:] + done.stderr[-2000:]
    failed = {name for name, seen in outcomes.items() if seen & {"FAILED", "ERROR"}}
    passed = {name for name, seen in outcomes.items() if seen == {"PASSED"}}
    assert failed == {name for name, fails in MUST_FAIL.items() if fails}, report
    assert passed == {name for name, fails in MUST_FAIL.items() if not fails}, report
    # The teardown check says what it saw.
    assert "Qt messages or logged errors:\nQtWarningMsg: a warning at teardown" in done.stdout
    assert "logged ERROR (twinning_desk.ui): an error the app logged" in done.stdout
