"""The History of each record: who changed it, when, and which fields.

One new table, empty at first: what happened before this version was not recorded, and
nothing is made up (each record still says who changed it last, from 0009 on).

Revision ID: 0010_history
Revises: 0009_record_versions
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_history"
down_revision: str | None = "0009_record_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("parent_table", sa.String(length=40), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_change")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_record_change_record", "record_change", ["table_name", "record_id"])
    op.create_index("ix_record_change_parent", "record_change", ["parent_table", "parent_id"])


def downgrade() -> None:
    op.drop_index("ix_record_change_parent", table_name="record_change")
    op.drop_index("ix_record_change_record", table_name="record_change")
    op.drop_table("record_change")
