"""Every record two people may edit at once gets a version and who changed it last.

``version`` (1 for the rows already there) goes up with each change and every UPDATE is
made only where it is still the one read, so that a save over someone else's change is
caught as a conflict instead of silently overwriting it (on a shared PostgreSQL database,
or two windows on one file). ``changed_by`` (user@computer) and ``changed_at`` say who
changed it last and when; rows already there are left blank: nobody knows.

Adding a column with a constant default needs no copy of the table on SQLite (ALTER
TABLE ADD COLUMN); the batch keeps AUTOINCREMENT all the same should Alembic decide to
copy it.

Revision ID: 0009_record_versions
Revises: 0008_calendar_uids
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_record_versions"
down_revision: str | None = "0008_calendar_uids"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "commune",
    "partner",
    "agreement",
    "contact",
    "attachment",
    "household",
    "person",
    "event",
    "follow_up",
    "delegation",
    "delegation_member",
    "programme_item",
    "mission_report",
    "budget_line",
    "subsidy",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="auto", table_kwargs={"sqlite_autoincrement": True}
        ) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
            batch.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="auto", table_kwargs={"sqlite_autoincrement": True}
        ) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
