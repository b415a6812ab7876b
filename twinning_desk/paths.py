"""Where Twinning Desk keeps its files.

Locations are computed once, from ``main()``, and passed down; nothing is created at
import time so that tests and portable installs can point everything elsewhere.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
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


def resource_root() -> Path:
    """The folder holding ``resources/`` and ``translations/``, from source or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return resource_root() / "translations"
