"""Every setting the GUI remembers, declared once: key, type, default and why it exists.

The settings are a QSettings INI file (``AppPaths.settings_file``), created in
``app.run_gui`` and handed to the windows. Nothing else in the package names a key:
widgets read and write through the declarations below, e.g. ::

    start = EXPORT_DIR.get(settings) or Path.home()
    EXPORT_DIR.set(settings, path.parent)

QSettings' type quirks are handled here, once. Read back from an INI file, a bool is
the string ``"false"`` (which Python finds true), an int is ``"3"``, a list of one item
is a plain string and an empty list is ``None``; within the process that wrote them the
same keys still give the original Python values. A missing key gives the default, and
so does a value that cannot be read as the declared type (a file edited by hand, a key
reused by an older release): the window opens as on a first start rather than crashing.

Settings only the GUI uses live here, on the GUI side; services never see them (the
committee's own preferences are in the database, see ``services.commune``).

When the meaning or shape of a stored value changes, a step is appended to
:data:`UPGRADES`; :func:`upgrade` runs the steps a file has not been through yet, once,
at start, and records how far it got in :data:`SETTINGS_VERSION`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from twinning_desk.db.urls import is_server_url

log = logging.getLogger(__name__)

T = TypeVar("T")

DECLARED: dict[str, Setting[Any]] = {}
"""Every declared setting by key, in the order of declaration."""


class Setting(Generic[T]):
    """One setting: its key in the INI file, its Python type, its default and its reason.

    ``get`` never raises on what it finds in the file; ``set`` stores the value so that
    the next start, reading the file afresh, gets the same value back.
    """

    __slots__ = ("key", "type_name", "default", "doc", "_decode", "_encode")

    def __init__(
        self,
        key: str,
        type_name: str,
        default: T,
        doc: str,
        decode: Callable[[object], T],
        encode: Callable[[T], object],
    ) -> None:
        if key in DECLARED:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.type_name = type_name
        self.default = default
        self.doc = doc
        self._decode = decode
        self._encode = encode
        DECLARED[key] = self

    def get(self, settings: QSettings) -> T:
        raw = settings.value(self.key)
        if raw is None:  # missing, or written as @Invalid() (an empty list)
            return copy.copy(self.default)
        try:
            return self._decode(raw)
        except (TypeError, ValueError):
            log.warning(
                "Setting %s: %r cannot be read as %s; the default is used", self.key, raw, self
            )
            return copy.copy(self.default)

    def set(self, settings: QSettings, value: T) -> None:
        """Store ``value``; ``None`` (for the optional settings) removes the key."""
        if value is None:
            settings.remove(self.key)
        else:
            settings.setValue(self.key, self._encode(value))

    def __str__(self) -> str:
        return self.type_name

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.type_name}, default={self.default!r})"


# ------------------------------------------------------------------ the types, once
def _to_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        text = raw.strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
    raise ValueError(raw)


def _to_int(raw: object) -> int:
    if isinstance(raw, bool):
        raise TypeError(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        return int(raw.strip())  # ValueError for "", "abc", "1.5"
    raise TypeError(raw)


def _to_str(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    raise TypeError(raw)  # e.g. a list, which is how QSettings reads "fr, de"


def _to_path(raw: object) -> Path | None:
    if isinstance(raw, Path):
        return raw
    if isinstance(raw, str):
        return Path(raw) if raw.strip() else None
    raise TypeError(raw)


def _to_places(raw: object) -> list[Path | str]:
    """Files, or shared databases' addresses kept as written (a Path folds "//")."""
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise TypeError(raw)
    places: list[Path | str] = []
    for item in items:
        if isinstance(item, str) and is_server_url(item):
            places.append(item.strip())
        elif (path := _to_path(item)) is not None:
            places.append(path)
    return places


def _to_bytes(raw: object) -> QByteArray | None:
    if isinstance(raw, QByteArray):
        return raw if not raw.isEmpty() else None
    if isinstance(raw, bytes):
        return QByteArray(raw) if raw else None
    raise TypeError(raw)  # a saved state is always written as @ByteArray(…)


def _bool(key: str, default: bool, doc: str) -> Setting[bool]:
    return Setting(key, "bool", default, doc, _to_bool, bool)


def _int(key: str, default: int, doc: str) -> Setting[int]:
    return Setting(key, "int", default, doc, _to_int, int)


def _str(key: str, default: str, doc: str) -> Setting[str]:
    return Setting(key, "str", default, doc, _to_str, str)


def _path(key: str, doc: str) -> Setting[Path | None]:
    return Setting(key, "Path | None", None, doc, _to_path, str)


def _places(key: str, doc: str) -> Setting[list[Path | str]]:
    return Setting(key, "list[Path | str]", [], doc, _to_places, lambda ps: [str(p) for p in ps])


def _bytes(key: str, doc: str) -> Setting[QByteArray | None]:
    return Setting(key, "QByteArray | None", None, doc, _to_bytes, lambda state: state)


# ------------------------------------------------------------------ the settings
SETTINGS_VERSION = _int(
    "settings_version",
    0,
    "How many of the UPGRADES this file has been through; 0 for a file older than them.",
)
LANGUAGE = _str(
    "language",
    "",
    "The interface language chosen in Edit › Settings ('fr', 'de'…); empty follows the system.",
)
LAST_DB = _path(
    "last_db",
    "The database opened last (never the demo), opened again at the next start.",
)
LAST_SHARED = _str(
    "last_shared",
    "",
    "The shared database opened last (its address, never its password); empty: a file.",
)
RECENT_FILES = _places(
    "recent",
    "File › Recent files, newest first: files and shared databases (no password).",
)
WINDOW_GEOMETRY = _bytes(
    "window/geometry",
    "The main window's size, position and screen (saveGeometry), restored at the next start.",
)
WINDOW_STATE = _bytes(
    "window/state",
    "The main window's toolbars and docks (QMainWindow.saveState), restored with it.",
)
WINDOW_TAB = _int(
    "window/tab",
    0,
    "The tab shown last, shown again at start, after a language change or a file switch.",
)
PARTNERS_HEADER = _bytes(
    "partners/header",
    "Columns of the partners list (saveState), kept once the user resized, moved or hid one.",
)
EVENTS_HEADER = _bytes(
    "events/header",
    "Columns of the events list (saveState), kept once the user resized, moved or hid one.",
)
EVENTS_CALENDAR = _bool(
    "events/calendar",
    False,
    "The Events tab opens on the month calendar, not the list, when it was left there.",
)
DELEGATIONS_HEADER = _bytes(
    "delegations/header",
    "Columns of the delegations list (saveState), kept once the user resized, moved or hid one.",
)
BUDGET_HEADER = _bytes(
    "budget/header",
    "Columns of the budget lines (saveState), kept once the user resized, moved or hid one.",
)
IMPORT_DIR = _path(
    "paths/import",
    "The folder of the last partner list imported, where the next import starts.",
)
EXPORT_DIR = _path(
    "paths/export",
    "The folder of the last file exported (workbooks, PDFs, calendars), offered next time.",
)


# ------------------------------------------------------------------ upgrades
def _events_view_to_calendar(settings: QSettings) -> None:
    """The Events tab's view was stored as the index of its page ("events/view": 0 the
    list, 1 the calendar; read back from the file as the string "1"). It is a bool now,
    under a key that says what it means."""
    old = settings.value("events/view")
    if old is None:
        return
    if not settings.contains(EVENTS_CALENDAR.key):
        EVENTS_CALENDAR.set(settings, str(old).strip() == "1")
    settings.remove("events/view")


def _forget_unchosen_headers(settings: QSettings) -> None:
    """The lists' header states were saved at every close, the first one often from an
    empty file: its columns, sized to their headers, came back as slivers ("12/06/… – …")
    whatever the data. They are saved now only once the user resized, moved or hid a
    column (``ui.common.table_columns``); the old ones, which nobody chose, go, and the
    columns are sized to their content again."""
    for setting in (PARTNERS_HEADER, EVENTS_HEADER, DELEGATIONS_HEADER, BUDGET_HEADER):
        setting.set(settings, None)


UPGRADES: tuple[Callable[[QSettings], None], ...] = (
    _events_view_to_calendar,  # 0 → 1
    _forget_unchosen_headers,  # 1 → 2
)
"""Step ``n`` brings a file from version ``n`` to ``n + 1``; append, never reorder."""

CURRENT_VERSION = len(UPGRADES)

RETIRED_KEYS = frozenset({"events/view"})
"""Keys earlier releases wrote and the upgrades replace; no code may use them again."""


def upgrade(settings: QSettings) -> int:
    """Run the upgrade steps this file has not been through; returns the version found.

    Called once at start, before anything reads a setting. A file written by a newer
    release is left as it is. A step that fails is logged and skipped: a remembered
    column width is not worth a start that fails.
    """
    found = SETTINGS_VERSION.get(settings)
    if found > CURRENT_VERSION:
        log.warning(
            "Settings file %s is at version %d, newer than this release (%d); not upgraded",
            settings.fileName(),
            found,
            CURRENT_VERSION,
        )
        return found
    for version in range(max(found, 0), CURRENT_VERSION):
        step = UPGRADES[version]
        try:
            step(settings)
        except Exception:
            log.exception("Settings upgrade %d (%s) failed; skipped", version + 1, step.__name__)
        else:
            log.info("Settings upgraded to version %d (%s)", version + 1, step.__name__)
    if found != CURRENT_VERSION or not settings.contains(SETTINGS_VERSION.key):
        SETTINGS_VERSION.set(settings, CURRENT_VERSION)
        settings.sync()
    return found
