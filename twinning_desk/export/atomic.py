"""Write to a temporary name beside the target, then rename: the old file survives a failure.

A target locked by Excel or in a read-only folder gives an :class:`ExportError` that says
which file and why, and the previous file is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.errors import TwinningError


class ExportError(TwinningError):
    pass


def _cannot_write(path: Path, exc: OSError) -> ExportError:
    return ExportError(
        Message(
            "Export",
            QT_TRANSLATE_NOOP(
                "Export",
                "Cannot write {path}: {reason}. If the file is open in another program, "
                "close it and try again; the previous file was left unchanged.",
            ),
            {"path": str(path), "reason": exc.strerror or type(exc).__name__},
        )
    )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it.
UMASK = _umask()


def _mode_for(target: Path) -> int:
    """The mode the file keeps when replaced, else what the user's umask gives."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~UMASK


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` in one rename."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent
        )
        os.close(fd)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    tmp = Path(name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); an export is a document like any other.
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
