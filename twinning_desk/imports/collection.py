"""The cyclic garbage collector held back while an import builds its rows.

An import of 20,000 rows makes some 300,000 small objects that all stay alive until it
ends (the rows read, the partners, the parameters of the inserts). Python's collector
counts allocations, not garbage: every 700 new objects it looks at the young ones, and
now and then at every object of the process — the app's, SQLAlchemy's, Babel's data and
the import's own — only to find almost nothing to free. That came to nearly half of a
20,000-row import (0.6 s of 2.2 s, measured with ``gc.callbacks``). What an import makes
is freed by reference counting, not by the collector (a full collection after a
20,000-row CSV import finds nothing to free; an .xlsx read by openpyxl leaves its
workbook's cycles, freed by the first collection after the pause), so the collector is
paused for the import's duration and resumed after, where one ordinary collection later
does what the dozen during the import would have done.

Process-wide, like the collector itself; nested and concurrent pauses (the preview in a
worker thread while the GUI thread runs) resume the collector only when the last ends,
and only when it was running before the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
