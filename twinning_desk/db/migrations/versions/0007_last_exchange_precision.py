"""How precisely a list gave the last exchange: "2024" stays a year, not 31/12/2024.

Revision ID: 0007_last_exchange_precision
Revises: 0006_ids_never_reused
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_last_exchange_precision"
down_revision: str | None = "0006_ids_never_reused"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.add_column(
            sa.Column("last_exchange_noted_precision", sa.String(length=40), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("last_exchange_noted_precision")
