"""How much a database holds: shown in placeholders, the status bar and backup lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from twinning_desk.db.database import Database
from twinning_desk.db.models import BudgetLine, Delegation, Event, Partner


@dataclass(frozen=True)
class Counts:
    partners: int
    events: int
    delegations: int
    budget_lines: int


def record_counts(db: Database) -> Counts:
    with db.reading() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return Counts(count(Partner), count(Event), count(Delegation), count(BudgetLine))
