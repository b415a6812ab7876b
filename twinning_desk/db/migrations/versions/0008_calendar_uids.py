"""Each event and delegation gets its own calendar UID, drawn at random and kept.

The .ics export used ``event-6@twinning-desk``: the same UID for the sixth event of
every committee's file, so that a calendar subscribed to two of them (a twinned pair, a
region) merged their events. A random UUID per record, stored, stays the same from one
export to the next and differs between files. Rows already there get theirs here; new
rows from the model's default.

On SQLite the column becomes NOT NULL by copying each table (as 0006 did, keeping
AUTOINCREMENT); the upgrade runs with foreign keys off, so the copy cascades nothing.

Revision ID: 0008_calendar_uids
Revises: 0007_last_exchange_precision
Create Date: 2026-11-27
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_calendar_uids"
down_revision: str | None = "0007_last_exchange_precision"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("event", "delegation")


def _fill(table: str) -> None:
    """One UUID per row, drawn in Python: SQLite has no UUID function."""
    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Integer), sa.column("ics_uid", sa.String))
    ids = bind.execute(sa.select(rows.c.id)).scalars().all()
    if ids:
        bind.execute(
            rows.update().where(rows.c.id == sa.bindparam("row_id")),
            [{"row_id": row_id, "ics_uid": str(uuid.uuid4())} for row_id in ids],
        )


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("ics_uid", sa.String(length=36), nullable=True))
        _fill(table)
        with op.batch_alter_table(
            table, recreate="auto", table_kwargs={"sqlite_autoincrement": True}
        ) as batch:
            batch.alter_column("ics_uid", existing_type=sa.String(length=36), nullable=False)
            batch.create_index(f"ix_{table}_ics_uid", ["ics_uid"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="auto", table_kwargs={"sqlite_autoincrement": True}
        ) as batch:
            batch.drop_index(f"ix_{table}_ics_uid")
            batch.drop_column("ics_uid")
