"""PySide6's import hook, made to keep no source text in memory.

PySide6 looks at every module imported after it (for its ``__feature__`` switches) and
asks whether the module's source mentions PySide6 through ``inspect.getsource``, which
keeps each source it reads in ``linecache`` for the rest of the session: the text of
the 600 modules an open window has imported, about 25 MiB resident (issue #17's memory
target is the bare window + 100 MiB). The same question is answered here by reading the
file without keeping it.

Applied when this module is imported, before the rest of the app is: the first modules
that import Qt (``translation``, ``app``) import it first. A PySide6 without that hook
(a later release may change it) is left as it is.
"""

from __future__ import annotations

from types import ModuleType

import PySide6  # noqa: F401 - installs the hook adjusted here

try:
    from shibokensupport import feature as _feature
except ImportError:  # pragma: no cover - a PySide6 built otherwise
    _feature = None


def mentions_pyside(module: ModuleType) -> bool:
    """PySide6's own test, without the cache: whether the module's source file names
    PySide6 (False for a module with no source, as ``inspect.getsource`` fails then)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def lighten() -> bool:
    """Put :func:`mentions_pyside` in PySide6's place; False if there is no such hook."""
    if _feature is None or not callable(getattr(_feature, "_mod_uses_pyside", None)):
        return False
    _feature._mod_uses_pyside = mentions_pyside
    return True


LIGHTENED = lighten()
