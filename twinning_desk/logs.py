"""Log to a rotating file in platformdirs' log folder, so support can read what happened."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from twinning_desk.paths import AppPaths

LOG_NAME = "twinning-desk.log"


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> Path:
    log_file = paths.log_dir / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "_twinning", False) for h in root.handlers):
        return log_file
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._twinning = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
