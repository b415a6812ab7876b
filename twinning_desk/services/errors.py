"""The errors services raise, where services, readers and widgets import them from.

They are defined in :mod:`twinning_desk.core.errors`, below the database layer, which
raises them too.
"""

from __future__ import annotations

from twinning_desk.core.errors import (
    CTX,
    FIELD_LABELS,
    FIELD_REASON,
    ConflictError,
    EditConflictError,
    NotFoundError,
    Translate,
    TwinningError,
    ValidationError,
    err,
)

__all__ = [
    "CTX",
    "FIELD_LABELS",
    "FIELD_REASON",
    "ConflictError",
    "EditConflictError",
    "NotFoundError",
    "Translate",
    "TwinningError",
    "ValidationError",
    "err",
]
