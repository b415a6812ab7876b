"""A folded search key for people.

The directory may hold 100,000 people: searching "nunez" for "Núñez" has to happen in
SQL, and SQLite's LIKE folds ASCII only. The key is filled here for the people already
in the file; the model keeps it up to date on every write.

The folding is a frozen copy of ``twinning_desk.services.text.fold`` as it was when this
revision was written (now ``twinning_desk.core.text.fold``): a migration is history and
must fill the same keys whatever the app's folding becomes later.

Revision ID: 0004_person_search_key
Revises: 0003_hosting_diet
Create Date: 2026-11-22
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_person_search_key"
down_revision: str | None = "0003_hosting_diet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ħ": "h",
        "’": "'",
        "‘": "'",
        "–": "-",
        "—": "-",
    }
)
_SPACES = re.compile(r"[\s\-_'.,/]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-light key of a name (frozen, see above)."""
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text.casefold()).strip()


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("search_key", sa.String(length=600), server_default="", nullable=False)
        )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, first_name, last_name, email, town, anonymised FROM person")
    ).all()
    for pid, first, last, email, town, anonymised in rows:
        key = "" if anonymised else fold(" ".join(p or "" for p in (first, last, email, town)))
        bind.execute(
            sa.text("UPDATE person SET search_key = :key WHERE id = :id"), {"key": key, "id": pid}
        )


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("search_key")
