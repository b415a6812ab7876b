"""Time the treasurer's budget workbook at a big committee's scale (issue #17).

Writes the whole workbook (Synthèse, Détail, Par action and the two Cerfa sheets) for a
year of 20,000 budget lines (2,000 with ``--quick``) and prints it against a baseline
measured in the same run: openpyxl in write-only mode dumping the same rows (the values
of the Détail sheet, converted from the same service rows, no style) to a file. Reading
the rows from the database is timed apart, as it is the same for both.

Target: the workbook within 1.3× the raw dump (aim 1.2×).
"""

from __future__ import annotations

import argparse
import atexit
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert, select

from twinning_desk.db.models import BudgetCategory, BudgetKind, BudgetLine, BudgetYear
from twinning_desk.export.budget import KIND_TEXT, from_service, write_budget_workbook
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventData
from twinning_desk.services.money import to_decimal

YEAR = 2026
TARGET = 1.3
CHARGES = ["60", "61", "62", "623", "625", "63", "65", "67"]
PRODUITS = ["70", "74-COM", "74-DEP", "74-REG", "74-UE", "74-ETAT", "756", "754", "77"]
# What treasurers write, short and long: a long label takes two lines on the printed
# Détail, and its row is given that height.
LABELS = [
    "Cotisation annuelle",
    "Location de la salle des fêtes",
    "Voyage officiel à Łańcut (avion, hébergement)",
    "Réception de la délégation de Bad Wimpfen : repas et visite guidée",
    "Affiches et programme du concert",
    "Frais bancaires",
    "Achat de cadeaux protocolaires pour la délégation italienne",
    "Tombola du marché de Noël",
    "Assurance responsabilité civile",
    "Car pour l'échange scolaire",
]
PAYEES = ["Boulangerie Martin", "SNCF", "LOT Polish Airlines", "Imprimerie du Val de Loire", None]
FUNDERS = {
    "74-COM": "Commune de Saint-Aubin",
    "74-DEP": "Département d'Indre-et-Loire",
    "74-REG": "Région Centre-Val de Loire",
    "74-UE": "Union européenne – CERV",
    "74-ETAT": "Ministère de l'Europe et des Affaires étrangères",
}


def fill(services: Services, lines: int, rng: random.Random) -> None:
    """A year of lines through SQLAlchemy Core: every column the workbook shows filled,
    a line in ten linked to one of 200 events, one in twenty paid in zlotys."""
    services.budget.ensure_year(YEAR)
    events = [
        services.events.save(
            EventData(
                title=f"Rencontre {i} avec Łańcut",
                type="concert",
                start=date(YEAR, 1, 1) + timedelta(days=i),
            )
        )
        for i in range(200)
    ]
    with services.db.transaction() as s:
        codes = {c.code: c.id for c in s.scalars(select(BudgetCategory))}
        year_id = s.scalar(select(BudgetYear.id).where(BudgetYear.year == YEAR))
        rows = []
        for i in range(lines):
            produit = i % 3 == 0
            code = rng.choice(PRODUITS if produit else CHARGES)
            forecast = rng.randrange(1_000, 500_000)
            foreign = i % 20 == 0 and not produit
            rows.append(
                {
                    "year_id": year_id,
                    "kind": BudgetKind.PRODUIT if produit else BudgetKind.CHARGE,
                    "category_id": codes[code],
                    "label": f"{LABELS[i % len(LABELS)]} n° {i}",
                    "forecast_cents": forecast,
                    "actual_cents": forecast + rng.randrange(-5_000, 5_000),
                    "entry_date": date(YEAR, 1, 1) + timedelta(days=i % 365),
                    "payee": PAYEES[i % len(PAYEES)],
                    "receipt_ref": f"F-{YEAR}-{i:05d}",
                    "event_id": events[i % 200] if i % 10 == 0 else None,
                    "currency": "PLN" if foreign else "EUR",
                    "foreign_amount": Decimal(forecast) / 25 if foreign else None,
                    "exchange_rate": Decimal("0.25") if foreign else None,
                }
            )
        s.execute(insert(BudgetLine), rows)


def raw_dump(path: Path, data: object) -> None:
    """The baseline: the Détail's values from the same rows, in a write-only workbook,
    unstyled."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Détail")
    ws.append(
        [
            "Date",
            "Nature",
            "Compte",
            "Libellé",
            "Prévu",
            "Réalisé",
            "Tiers",
            "Pièce",
            "Action",
            "Devise",
        ]
    )
    kinds = {kind: text for kind, text in KIND_TEXT.items()}
    for line in data.lines:  # type: ignore[attr-defined]
        ws.append(
            [
                line.entry_date,
                kinds[line.kind],
                line.category_code,
                line.label,
                to_decimal(line.forecast_cents),
                to_decimal(line.actual_cents),
                line.payee,
                line.receipt_ref,
                line.action,
                Decimal(line.foreign_amount) if line.foreign_amount is not None else None,
            ]
        )
    wb.save(path)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(processor time, wall time) of one call. The processor time of this process is
    the figure compared: on a machine shared with others, the wall time also counts the
    time they take."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="2,000 lines instead of 20,000")
    parser.add_argument("--lines", type=int, help="another number of lines")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="one JSON line, for run_all.py")
    args = parser.parse_args()
    lines = args.lines or (2_000 if args.quick else 20_000)
    folder = Path(tempfile.mkdtemp(prefix="td-bench-workbook-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    services = Services.open(folder / "bench.sqlite3")
    services.commune.save(CommuneProfile(name="Bench", country_code="FR"))
    fill(services, lines, random.Random(7))

    start = time.perf_counter()
    data = from_service(services.budget, "Comité de jumelage", YEAR)
    read = time.perf_counter() - start
    assert len(data.lines) == lines

    # Alternate the two, so that a busy neighbour on the machine slows both alike.
    workbook_times, raw_times = [], []
    for _ in range(args.repeat):
        raw_times.append(timed(lambda: raw_dump(folder / "raw.xlsx", data)))
        workbook_times.append(timed(lambda: write_budget_workbook(folder / "budget.xlsx", data)))
    workbook = statistics.median(t[0] for t in workbook_times)
    raw = statistics.median(t[0] for t in raw_times)
    workbook_wall = statistics.median(t[1] for t in workbook_times)
    raw_wall = statistics.median(t[1] for t in raw_times)
    ratio = workbook / raw
    if args.json:
        services.close()
        print(
            json.dumps(
                {"lines": lines, "workbook_s": workbook, "baseline_s": raw, "ratio": ratio}
            )
        )
        return 0
    print(f"budget workbook, {lines:,} lines (median of {args.repeat}, processor time)")
    print(f"  reading the rows from the service: {read:.2f} s (in neither figure)")
    print(f"  baseline, raw write-only dump of the same rows: {raw:.2f} s (wall {raw_wall:.2f} s)")
    print(
        f"  budget workbook (5 sheets, styled, formulas): {workbook:.2f} s "
        f"(wall {workbook_wall:.2f} s)"
    )
    verdict = "met" if ratio <= TARGET else "NOT met"
    wall = workbook_wall / raw_wall
    print(f"  ratio {ratio:.2f}x (target <= {TARGET}x: {verdict}; wall time {wall:.2f}x)")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
