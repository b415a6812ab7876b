"""Ids are never reused: every table with a numeric id gets SQLite's AUTOINCREMENT.

Without it, deleting the newest partner and creating another gives the new one the old
id, and undoing the delete (which restores the row under its own id) fails. SQLite can
only add AUTOINCREMENT by copying the table; the copy keeps every row and its id, and
``sqlite_sequence`` starts from the largest id copied. Other databases use sequences,
which never go back, and are left alone.

Revision ID: 0006_ids_never_reused
Revises: 0005_import_as_written
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_ids_never_reused"
down_revision: str | None = "0005_import_as_written"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the tables as they are at this revision, not as the models say later.
TABLES = (
    "agreement",
    "attachment",
    "budget_category",
    "budget_line",
    "budget_year",
    "commune",
    "contact",
    "delegation",
    "delegation_member",
    "event",
    "event_participant_count",
    "follow_up",
    "funding_source",
    "hosting_assignment",
    "household",
    "local_actor",
    "mission_report",
    "partner",
    "person",
    "programme_item",
    "subsidy",
    "theme",
)


def _recreate(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _recreate(True)


def downgrade() -> None:
    _recreate(False)
