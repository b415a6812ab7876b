"""The association chart of accounts as the Cerfa 12156 budget table lays it out.

Seeded once per database; the treasurer may rename or extend it later (Budget issue).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from twinning_desk.db.models import BudgetCategory, BudgetKind
from twinning_desk.i18n import QT_TRANSLATE_NOOP

C, P, N = BudgetKind.CHARGE, BudgetKind.PRODUIT, BudgetKind.CONTRIBUTION

# (code, label, kind, parent code)
CHART: list[tuple[str, str, BudgetKind, str | None]] = [
    ("60", QT_TRANSLATE_NOOP("Chart", "Purchases"), C, None),
    ("61", QT_TRANSLATE_NOOP("Chart", "External services"), C, None),
    ("62", QT_TRANSLATE_NOOP("Chart", "Other external services"), C, None),
    ("625", QT_TRANSLATE_NOOP("Chart", "Travel, missions and receptions"), C, "62"),
    ("623", QT_TRANSLATE_NOOP("Chart", "Advertising, publications"), C, "62"),
    ("63", QT_TRANSLATE_NOOP("Chart", "Taxes"), C, None),
    ("64", QT_TRANSLATE_NOOP("Chart", "Staff costs"), C, None),
    ("65", QT_TRANSLATE_NOOP("Chart", "Other current management costs"), C, None),
    ("66", QT_TRANSLATE_NOOP("Chart", "Financial costs"), C, None),
    ("67", QT_TRANSLATE_NOOP("Chart", "Exceptional costs"), C, None),
    ("68", QT_TRANSLATE_NOOP("Chart", "Depreciation and provisions"), C, None),
    ("70", QT_TRANSLATE_NOOP("Chart", "Sales, services"), P, None),
    ("74", QT_TRANSLATE_NOOP("Chart", "Operating subsidies"), P, None),
    ("74-ETAT", QT_TRANSLATE_NOOP("Chart", "Subsidy: State"), P, "74"),
    ("74-REG", QT_TRANSLATE_NOOP("Chart", "Subsidy: Region"), P, "74"),
    ("74-DEP", QT_TRANSLATE_NOOP("Chart", "Subsidy: Département"), P, "74"),
    ("74-EPCI", QT_TRANSLATE_NOOP("Chart", "Subsidy: Intercommunality"), P, "74"),
    ("74-COM", QT_TRANSLATE_NOOP("Chart", "Subsidy: Commune"), P, "74"),
    ("74-UE", QT_TRANSLATE_NOOP("Chart", "Subsidy: European funds"), P, "74"),
    ("74-AUT", QT_TRANSLATE_NOOP("Chart", "Subsidy: other"), P, "74"),
    ("75", QT_TRANSLATE_NOOP("Chart", "Other current management income"), P, None),
    ("756", QT_TRANSLATE_NOOP("Chart", "Membership dues"), P, "75"),
    ("754", QT_TRANSLATE_NOOP("Chart", "Donations"), P, "75"),
    ("76", QT_TRANSLATE_NOOP("Chart", "Financial income"), P, None),
    ("77", QT_TRANSLATE_NOOP("Chart", "Exceptional income"), P, None),
    ("78", QT_TRANSLATE_NOOP("Chart", "Write-backs"), P, None),
    ("86", QT_TRANSLATE_NOOP("Chart", "Use of voluntary contributions in kind"), N, None),
    ("87", QT_TRANSLATE_NOOP("Chart", "Voluntary contributions in kind"), N, None),
]


def ensure_chart(session: Session) -> dict[str, BudgetCategory]:
    """Add the accounts that are missing; never touches the treasurer's own changes."""
    existing = {c.code: c for c in session.scalars(select(BudgetCategory))}
    for position, (code, label, kind, parent) in enumerate(CHART):
        if code in existing:
            continue
        category = BudgetCategory(
            code=code,
            label=label,
            kind=kind,
            position=position,
            parent_id=existing[parent].id if parent else None,
        )
        session.add(category)
        session.flush()
        existing[code] = category
    return existing
