"""A visitor's diet, matched against what host families can offer; a household's email.

The diet is kept apart from the free-text needs so the hosting suggestion can treat it
as a hard constraint; both are health data and are purged together after the visit.

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


def downgrade() -> None:
    with op.batch_alter_table("household") as batch:
        batch.drop_column("email")
    with op.batch_alter_table("delegation_member") as batch:
        batch.drop_column("diet")
