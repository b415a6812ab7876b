"""Cleaning of the text people type; folding is :func:`twinning_desk.core.text.fold`.

``fold`` is importable from here too, where the services have always found it; it lives
in ``core`` because the database models fold names on every write.
"""

from __future__ import annotations

import re
import unicodedata

from twinning_desk.core.text import fold
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.errors import ValidationError

__all__ = ["clean_email", "clean_text", "fold"]

# C0/C1 controls other than tab and newline; NUL included.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\r\n\t]+")


def clean_text(
    field: str,
    value: str | None,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Trim and check a typed value; emoji and right-to-left text are kept as typed."""
    if value is None or value == "":  # most fields of a record: no need to look further
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is required."))
        return None
    value = unicodedata.normalize("NFC", str(value)).strip()
    if not multiline:
        value = _LINE_BREAKS.sub(" ", value)
    if _CONTROL.search(value):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "contains invisible control characters.")
        )
    if not value:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "is required."))
        return None
    if len(value) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "is too long ({length} characters, at most {max})."),
            length=len(value),
            max=max_length,
        )
    return value


def clean_email(field: str, value: str | None) -> str | None:
    """Trimmed; refused when it cannot be an address (no "@", a space, nothing before "@")."""
    email = clean_text(field, value, max_length=200)
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not an email address."),
            value=email,
        )
    return email
