"""Partners as committees list them: organisations without a country, the last exchange
as the list says it, and agreements under the committee's own wording.

An imported list rarely holds the committee's history, only "dernier échange: 2019";
keeping that date avoids flagging every imported partner as asleep. An agreement whose
wording matches no built-in type keeps the wording as its title (type "other").

Revision ID: 0005_import_as_written
Revises: 0004_person_search_key
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_import_as_written"
down_revision: str | None = "0004_person_search_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.alter_column("country_code", existing_type=sa.String(length=2), nullable=True)
        batch.add_column(sa.Column("last_exchange_noted", sa.Date(), nullable=True))
    with op.batch_alter_table("agreement") as batch:
        batch.add_column(sa.Column("title", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agreement") as batch:
        batch.drop_column("title")
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("last_exchange_noted")
        batch.alter_column("country_code", existing_type=sa.String(length=2), nullable=False)
