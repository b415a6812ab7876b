"""Where Twinning Desk keeps its files.

Locations are computed once, from ``main()``, and passed down; nothing is created at
import time so that tests and portable installs can point everything elsewhere.
"""

from __future__ import annotations

import atexit
import functools
import importlib.resources
import os
import shutil
import tempfile
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from twinning_desk import APP_ID

DB_FILENAME = "twinning.sqlite3"
DEMO_FILENAME = "demo.sqlite3"
SETTINGS_FILENAME = "settings.ini"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. ``TWINNING_DESK_HOME`` moves them all (portable use).

    Settings are an INI file in ``config_dir`` rather than Qt's default location, so that
    a portable install or a test run leaves nothing in the user's own configuration.
    """

    data_dir: Path
    cache_dir: Path
    log_dir: Path
    backup_dir: Path
    config_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def demo_db(self) -> Path:
        """The demo commune lives in its own file, so the committee's file stays clean."""
        return self.data_dir / DEMO_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILENAME

    @property
    def gazetteer_db(self) -> Path:
        return self.cache_dir / "gazetteer.sqlite3"

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get("TWINNING_DESK_HOME")
        if home:
            return cls.under(Path(home))
        data = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
        return cls(
            data_dir=data,
            cache_dir=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
            backup_dir=data / "backups",
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
            backup_dir=root / "data" / "backups",
            config_dir=root / "config",
        )

    def ensure(self) -> None:
        folders = (self.data_dir, self.cache_dir, self.log_dir, self.backup_dir, self.config_dir)
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)


# Resources: fonts, icons and compiled translations are package data
# (``twinning_desk.resources`` and ``twinning_desk.translations``, mapped from the top-level
# folders by setup.py) and are always found through importlib.resources, never from a
# path computed from the source tree, so the same code works in a checkout, an editable
# install, an installed wheel, a zip and a PyInstaller bundle.

RESOURCES_PACKAGE = "twinning_desk.resources"
TRANSLATIONS_PACKAGE = "twinning_desk.translations"


def resource_root(package: str = RESOURCES_PACKAGE) -> Traversable:
    """The package-data folder ``package`` as importlib.resources sees it."""
    return importlib.resources.files(package)


def resource_path(*parts: str) -> Path:
    """A real file path for ``resources/<parts>`` (reportlab and Qt want a file name).

    Raises FileNotFoundError naming the resource when it is missing from the package,
    so a broken install says what is wrong instead of failing later in a font loader.
    """
    return _on_disk(resource_root().joinpath(*parts), "/".join(("resources", *parts)))


def translations_dir() -> Path:
    """A real folder holding the ``.qm`` catalogues (QTranslator.load wants a directory)."""
    return _on_disk(resource_root(TRANSLATIONS_PACKAGE), "translations")


def _on_disk(node: Traversable, name: str) -> Path:
    if not node.is_file() and not node.is_dir():
        raise FileNotFoundError(f"{name} is missing from the installed package")
    if isinstance(node, Path):
        return node  # the usual case: a wheel, an editable install or a frozen bundle
    return _extracted(node, name)


@functools.cache
def _extract_root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="twinning-desk-resources-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    return root


def _extracted(node: Traversable, name: str) -> Path:
    """Copy a resource out of a zip import once per process; Qt cannot read inside zips."""
    target = _extract_root() / name
    if target.exists():
        return target
    if node.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(node.read_bytes())
    else:
        target.mkdir(parents=True, exist_ok=True)
        for child in node.iterdir():
            _extracted(child, f"{name}/{child.name}")
    return target
