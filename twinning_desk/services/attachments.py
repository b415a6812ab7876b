"""Documents attached to a partner, an agreement, an event or a delegation.

Kept inside the database file so that one copy of the file keeps everything. A record's
dialog edits its list whole; :func:`sync_attachments` turns that list into rows.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass

from twinning_desk.db.database import Database
from twinning_desk.db.models import Attachment
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services.errors import NotFoundError, ValidationError

MAX_ATTACHMENT_BYTES = 25_000_000


@dataclass
class AttachmentData:
    filename: str
    size: int = 0
    mime_type: str | None = None
    content: bytes | None = None  # only for a new document; existing ones stay in the file
    description: str | None = None
    id: int | None = None


def check_attachments(items: Iterable[AttachmentData]) -> None:
    for item in items:
        if item.content is not None and len(item.content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("Validation", "{name} is larger than 25 MB."),
                name=item.filename,
            )


def describe(rows: Iterable[Attachment]) -> list[AttachmentData]:
    return [
        AttachmentData(
            id=a.id,
            filename=a.filename,
            size=a.size,
            mime_type=a.mime_type,
            description=a.description,
        )
        for a in rows
    ]


def sync_attachments(
    existing: Iterable[Attachment], items: list[AttachmentData]
) -> list[Attachment]:
    """Rows for the edited list: kept ones reused, new ones created, missing ones dropped
    (the relationship's delete-orphan cascade removes them)."""
    by_id = {a.id: a for a in existing}
    rows: list[Attachment] = []
    for item in items:
        row = by_id.get(item.id) if item.id else None
        if row is None:
            if item.content is None:
                continue
            row = Attachment(
                filename=item.filename,
                content=item.content,
                size=len(item.content),
                mime_type=item.mime_type or mimetypes.guess_type(item.filename)[0],
            )
        row.description = item.description
        rows.append(row)
    return rows


def attachment_content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    with db.reading() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFoundError(
                Message(
                    "Validation", QT_TRANSLATE_NOOP("Validation", "This document no longer exists.")
                )
            )
        return row.filename, row.content
