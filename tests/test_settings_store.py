"""The declared settings: each type through a real INI file, defaults, garbage, upgrades,
and no settings key anywhere else in the package."""

from __future__ import annotations

import ast
import itertools
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

import twinning_desk
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer, build_gazetteer
from twinning_desk.ui.common import settings_store as store
from twinning_desk.ui.common.settings_store import (
    CURRENT_VERSION,
    DECLARED,
    EVENTS_CALENDAR,
    EVENTS_HEADER,
    EXPORT_DIR,
    LANGUAGE,
    LAST_DB,
    RECENT_FILES,
    RETIRED_KEYS,
    SETTINGS_VERSION,
    WINDOW_GEOMETRY,
    WINDOW_TAB,
    Setting,
    upgrade,
)

_copies = itertools.count()


def open_ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def reopen(settings: QSettings) -> QSettings:
    """The file as the next start reads it.

    Within one process QSettings caches a file by its name, with the Python values that
    were written (True, 3, ["a"]); the next start parses the text ("true", "3", "a").
    Reading a copy under another name parses the text, as the next start does.
    """
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    source = Path(settings.fileName())
    copy = source.with_name(f"{source.stem}-reopened-{next(_copies)}.ini")
    if source.exists():  # QSettings writes no file while it holds no key
        shutil.copyfile(source, copy)
    return open_ini(copy)


def written(text: str, path: Path) -> QSettings:
    path.write_text(text, encoding="utf-8")
    return open_ini(path)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return open_ini(tmp_path / "settings.ini")


# ------------------------------------------------------------------ round trips
HERE = Path("/srv/Comité, jumelage")  # a comma, an accent, a space: all survive
STATE = QByteArray(b'\x00\xff\x00\x00\x00\x08,\n"=@ByteArray(')  # any bytes survive

# Values for each declared setting, the default-like ones included (False, 0, "", []).
SAMPLES: dict[str, list[Any]] = {
    "settings_version": [0, 1, 12],
    "language": ["de", "", "fr, de"],
    "last_db": [HERE / "twinning.sqlite3", Path("relative.db")],
    "last_shared": ["", "postgresql://anne@db.example.org:5432/comite?sslmode=require"],
    "recent": [
        [HERE / "a.sqlite3"],
        [HERE / "a.sqlite3", Path("/b,c.db"), Path("/d.db")],
        # A shared database's address stays as written (a Path would fold its "//").
        [HERE / "a.sqlite3", "postgresql://anne@db.example.org:5432/comite?sslmode=require"],
        [],
    ],
    "window/geometry": [STATE, QByteArray(b"\x01\xd9\xd0\xcb")],
    "window/state": [STATE],
    "window/tab": [0, 3],
    "partners/header": [STATE],
    "events/header": [STATE],
    "events/calendar": [True, False],
    "delegations/header": [STATE],
    "budget/header": [STATE],
    "paths/import": [HERE],
    "paths/export": [HERE, Path.home()],
}


def test_every_declared_setting_has_samples_a_type_and_a_reason() -> None:
    assert set(SAMPLES) == set(DECLARED)
    for setting in DECLARED.values():
        assert setting.doc and "\n" not in setting.doc and len(setting.doc) < 100
        assert setting.type_name


@pytest.mark.parametrize(
    ("key", "value"), [(key, value) for key, values in SAMPLES.items() for value in values]
)
def test_each_value_comes_back_from_the_file_with_its_type(
    settings: QSettings, key: str, value: Any
) -> None:
    setting = DECLARED[key]
    setting.set(settings, value)
    assert setting.get(settings) == value  # in this process
    again = setting.get(reopen(settings))  # at the next start
    assert again == value
    assert type(again) is type(value)
    if isinstance(value, list):
        assert [type(item) for item in again] == [type(item) for item in value]


def test_a_false_bool_stays_false_though_the_file_says_the_string_false(
    settings: QSettings,
) -> None:
    EVENTS_CALENDAR.set(settings, False)
    reopened = reopen(settings)
    assert reopened.value("events/calendar") == "false"  # truthy, as Python sees it
    assert EVENTS_CALENDAR.get(reopened) is False


def test_an_int_and_a_path_come_back_as_int_and_path(settings: QSettings) -> None:
    WINDOW_TAB.set(settings, 2)
    LAST_DB.set(settings, HERE / "twinning.sqlite3")
    reopened = reopen(settings)
    assert reopened.value("window/tab") == "2"
    assert WINDOW_TAB.get(reopened) == 2
    assert LAST_DB.get(reopened) == HERE / "twinning.sqlite3"
    assert isinstance(LAST_DB.get(reopened), Path)


def test_setting_none_removes_an_optional_setting(settings: QSettings) -> None:
    EXPORT_DIR.set(settings, HERE)
    EXPORT_DIR.set(settings, None)
    assert not settings.contains("paths/export")
    assert EXPORT_DIR.get(reopen(settings)) is None


def test_a_missing_key_gives_the_default(settings: QSettings) -> None:
    for setting in DECLARED.values():
        assert setting.get(settings) == setting.default
    assert RECENT_FILES.get(settings) is not RECENT_FILES.default  # a copy, safe to change


GARBAGE = """\
[General]
settings_version=newest
language=@Rect(1 2 3 4)
last_db=@Size(3 4)
recent=@Point(1 2)

[window]
geometry=not a geometry
state=12
tab=second

[partners]
header=@Point(5 6)

[events]
header=
calendar=maybe

[delegations]
header="a, b"

[budget]
header=@Invalid()

[paths]
import=@Rect(0 0 1 1)
export=x, y
"""


def test_garbage_gives_the_default_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = written(GARBAGE, tmp_path / "garbage.ini")
    with caplog.at_level(logging.WARNING, logger=store.__name__):
        for setting in DECLARED.values():
            assert setting.get(settings) == setting.default, setting.key
    assert "events/calendar" in caplog.text and "window/tab" in caplog.text


def test_a_window_opens_on_a_garbage_settings_file(
    qtbot: QtBot, configured: Services, tmp_path: Path
) -> None:
    from twinning_desk.ui.app.main_window import MainWindow

    gazetteer = Gazetteer(tmp_path / "g.sqlite3")
    build_gazetteer(gazetteer.path, [])
    settings = written(GARBAGE, tmp_path / "garbage.ini")
    upgrade(settings)
    window = MainWindow(configured, gazetteer, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None and window.tabs.currentIndex() == 0
    assert window.recent_files() == [str(configured.db.path)]
    window.close()
    assert WINDOW_GEOMETRY.get(reopen(settings)) is not None


def test_the_events_tab_reopens_on_the_calendar(
    qtbot: QtBot, configured: Services, settings: QSettings
) -> None:
    from PySide6.QtGui import QUndoStack

    from twinning_desk.ui.events.events_tab import EventsTab

    def tab(on: QSettings) -> EventsTab:
        widget = EventsTab(configured, QUndoStack(), on)
        qtbot.addWidget(widget)
        return widget

    first = tab(settings)
    assert first.stack.currentIndex() == 0
    first.calendar_button.click()
    first.save_state()
    reopened = reopen(settings)
    assert EVENTS_CALENDAR.get(reopened) is True
    assert tab(reopened).stack.currentIndex() == 1


# ------------------------------------------------------------------ upgrades
# What the releases before the settings were declared wrote (no settings_version; the
# Events tab's view as the index of its page).
OLD_STYLE = """\
[General]
language=de
last_db=/srv/committee/twinning.sqlite3
recent=/srv/committee/twinning.sqlite3

[events]
header=@ByteArray(\\0\\0\\0\\xff)
view={view}

[paths]
export=/srv/committee/exports

[window]
tab=2
"""


@pytest.mark.parametrize(("view", "calendar"), [("1", True), ("0", False)])
def test_an_old_settings_file_is_upgraded_without_losing_a_value(
    tmp_path: Path, view: str, calendar: bool
) -> None:
    path = tmp_path / "old.ini"
    settings = written(OLD_STYLE.format(view=view), path)
    assert upgrade(settings) == 0

    for current in (settings, reopen(settings)):
        assert EVENTS_CALENDAR.get(current) is calendar
        assert not current.contains("events/view")
        assert SETTINGS_VERSION.get(current) == CURRENT_VERSION
        # The rest is as it was.
        assert LANGUAGE.get(current) == "de"
        assert LAST_DB.get(current) == Path("/srv/committee/twinning.sqlite3")
        assert RECENT_FILES.get(current) == [Path("/srv/committee/twinning.sqlite3")]
        assert WINDOW_TAB.get(current) == 2
        # Saved at every close, often from an empty file: nobody chose it (step 2).
        assert EVENTS_HEADER.get(current) is None
        assert EXPORT_DIR.get(current) == Path("/srv/committee/exports")
    text = path.read_text(encoding="utf-8")
    assert f"calendar={str(calendar).lower()}" in text and "view=" not in text


def test_upgrading_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    settings = written(OLD_STYLE.format(view="1"), path)
    upgrade(settings)
    before = path.read_bytes()
    again = reopen(settings)
    assert upgrade(again) == CURRENT_VERSION
    again.sync()
    assert Path(again.fileName()).read_bytes() == before


def test_a_new_file_is_stamped_with_the_current_version(settings: QSettings) -> None:
    assert upgrade(settings) == 0
    assert SETTINGS_VERSION.get(reopen(settings)) == CURRENT_VERSION


def test_a_value_already_under_the_new_key_wins(tmp_path: Path) -> None:
    both = OLD_STYLE.format(view="1\ncalendar=false")
    settings = written(both, tmp_path / "both.ini")
    upgrade(settings)
    assert EVENTS_CALENDAR.get(settings) is False
    assert not settings.contains("events/view")


def test_a_file_from_a_newer_release_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.ini"
    settings = written("[General]\nsettings_version=99\n\n[events]\nview=1\n", path)
    before = path.read_bytes()
    assert upgrade(settings) == 99
    settings.sync()
    assert path.read_bytes() == before


def test_a_failing_step_is_logged_and_the_next_ones_still_run(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_settings: QSettings) -> None:
        raise RuntimeError("boom")

    def renames(on: QSettings) -> None:
        on.setValue("renamed", "yes")

    steps: tuple[Callable[[QSettings], None], ...] = (broken, renames)
    monkeypatch.setattr(store, "UPGRADES", steps)
    monkeypatch.setattr(store, "CURRENT_VERSION", len(steps))
    with caplog.at_level(logging.ERROR, logger=store.__name__):
        assert upgrade(settings) == 0
    assert "broken" in caplog.text
    assert settings.value("renamed") == "yes"
    assert SETTINGS_VERSION.get(settings) == 2


def test_a_key_cannot_be_declared_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "DECLARED", dict(DECLARED))
    with pytest.raises(ValueError, match="declared twice"):
        Setting("language", "str", "", "again", str, str)


# ------------------------------------------------------------------ no raw keys elsewhere
PACKAGE = Path(twinning_desk.__file__).parent
DECLARING_MODULE = Path(store.__file__)
# Services, the database, imports and exports never see the settings (services must not
# import ui): there, "language" is a contact's field, not a settings key.
NOT_GUI = ("core", "services", "db", "export", "imports")
KEYS = frozenset(DECLARED) | RETIRED_KEYS
QSETTINGS_CALLS = ("value", "setValue")


def raw_settings_uses(source: str, check_literals: bool = True) -> list[str]:
    """Where ``source`` names a settings key itself: ``x.value("…")``, ``x.setValue("…")``
    with a string, or a literal that is a declared (or retired) key."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in QSETTINGS_CALLS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, f".{node.func.attr}({node.args[0].value!r})"))
        elif check_literals and isinstance(node, ast.Constant) and node.value in KEYS:
            found.append((node.lineno, repr(node.value)))
    return [f"line {line}: {what}" for line, what in sorted(found, key=lambda f: f[0])]


def test_the_checker_finds_raw_keys() -> None:
    bad = (
        "def f(settings, spin):\n"
        "    spin.setValue(3)\n"
        "    settings.setValue('anything/new', 1)\n"
        "    return settings.value(KEY), 'paths/export', 'events/view'\n"
    )
    assert raw_settings_uses(bad) == [
        "line 3: .setValue('anything/new')",
        "line 4: 'paths/export'",
        "line 4: 'events/view'",
    ]


def test_no_settings_key_outside_the_declaring_module() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert DECLARING_MODULE in modules and len(modules) > 50
    offences = {}
    for module in modules:
        if module == DECLARING_MODULE:
            continue
        relative = module.relative_to(PACKAGE)
        gui_side = relative.parts[0] not in NOT_GUI
        found = raw_settings_uses(module.read_text(encoding="utf-8"), check_literals=gui_side)
        if found:
            offences[relative.as_posix()] = found
    assert offences == {}, "use twinning_desk/ui/common/settings_store.py instead"


def test_settings_are_a_gui_matter() -> None:
    """Nothing below the GUI imports the settings module (services must not import ui)."""
    for module in sorted(PACKAGE.rglob("*.py")):
        relative = module.relative_to(PACKAGE)
        if relative.parts[0] in NOT_GUI:
            assert "settings_store" not in module.read_text(encoding="utf-8"), relative
