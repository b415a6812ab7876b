"""A visitor's diet, matched against what host families can offer; a household's
email; a folded search key for people.

The diet is kept apart from the free-text needs so the hosting suggestion can treat it
as a hard constraint; both are health data and are purged together after the visit.
The search key lets the directory search "nunez" for "Núñez" in SQL, with 100,000
people; it is filled here for the people already in the file.

Revision ID: 0003_hosting_diet
Revises: 0002_settings
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_hosting_diet"
down_revision: str | None = "0002_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("delegation_member") as batch:
        batch.add_column(sa.Column("diet", sa.String(length=200), nullable=True))
    with op.batch_alter_table("household") as batch:
        batch.add_column(sa.Column("email", sa.String(length=200), nullable=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("search_key", sa.String(length=600), server_default="", nullable=False)
        )
    from twinning_desk.services.text import fold

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
    with op.batch_alter_table("household") as batch:
        batch.drop_column("email")
    with op.batch_alter_table("delegation_member") as batch:
        batch.drop_column("diet")
