"""A big committee after thirty years, generated fast, for the benchmarks.

Full scale (issue #17): 306 partners, 20,000 events, 5,000 delegations, 100,000 people
and 200,000 budget lines over 31 fiscal years (a file of about 65 MB); ``quick`` is a
tenth of it. Rows go in with SQLAlchemy Core in one transaction, through the real schema
(migrations included), so the app opens the file as it would a committee's.

Usable as a script: ``python benchmarks/bigdata.py OUT.sqlite3 [--quick]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from twinning_desk.core.text import fold
from twinning_desk.db.models import (
    BudgetCategory,
    BudgetLine,
    BudgetYear,
    Delegation,
    Event,
    Partner,
    Person,
    event_partners,
)
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services

FIRST_YEAR, LAST_YEAR = 1996, 2026
COUNTRIES = ["DE", "PL", "IT", "ES", "GB", "PT", "RO", "LT", "CZ", "SK", "HU", "AT", "BE"]
FIRST = ["Anna", "Jan", "Marie", "Piotr", "Lucía", "Hans", "Zofia", "Luca", "Élise", "Łukasz"]
LAST = ["Nowak", "Müller", "Rossi", "García", "Martin", "Kowalska", "Dubois", "Šimková"]


@dataclass(frozen=True)
class Scale:
    partners: int
    events: int
    delegations: int
    people: int
    budget_lines: int


FULL = Scale(306, 20_000, 5_000, 100_000, 200_000)
QUICK = Scale(100, 2_000, 500, 10_000, 20_000)


def build(path: Path, scale: Scale = FULL, seed: int = 7) -> Path:
    rng = random.Random(seed)
    services = Services.open(path)
    services.commune.save(
        CommuneProfile(
            name="Saint-Aubin-des-Vignes",
            country_code="FR",
            latitude=47.39,
            longitude=0.69,
            committee_name="Comité de jumelage",
        )
    )
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        services.budget.ensure_year(year)
    with services.db.transaction() as s:
        s.execute(
            insert(Partner),
            [
                {
                    "id": i,
                    "name": f"Partnerstadt {i}",
                    "name_key": fold(f"Partnerstadt {i}"),
                    "country_code": rng.choice(COUNTRIES),
                    "kind": "town",
                    "status": "active" if rng.random() < 0.8 else "dormant",
                    "latitude": rng.uniform(36, 60),
                    "longitude": rng.uniform(-9, 28),
                    "distance_km": rng.uniform(100, 2500),
                    "population": rng.randint(800, 400_000),
                }
                for i in range(1, scale.partners + 1)
            ],
        )
        first_day = datetime(FIRST_YEAR, 1, 1)
        span = (datetime(LAST_YEAR, 12, 31) - first_day).days
        s.execute(
            insert(Event),
            [
                {
                    "id": i,
                    "title": f"Rencontre {i}",
                    "type": rng.choice(["concert", "school_exchange", "official_reception"]),
                    "all_day": True,
                    "start": first_day + timedelta(days=rng.randrange(span)),
                    "status": "done",
                    "local_participants": rng.randint(0, 80),
                }
                for i in range(1, scale.events + 1)
            ],
        )
        s.execute(
            insert(event_partners),
            [
                {"event_id": i, "partner_id": rng.randrange(1, scale.partners + 1)}
                for i in range(1, scale.events + 1)
            ],
        )
        delegations = []
        for i in range(1, scale.delegations + 1):
            start = date(FIRST_YEAR, 1, 1) + timedelta(days=rng.randrange(span))
            delegations.append(
                {
                    "id": i,
                    "partner_id": rng.randrange(1, scale.partners + 1),
                    "direction": rng.choice(["incoming", "outgoing"]),
                    "purpose": "official",
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randint(0, 6)),
                    "status": "done",
                }
            )
        s.execute(insert(Delegation), delegations)
        people = []
        for i in range(1, scale.people + 1):
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i}"
            people.append(
                {
                    "id": i,
                    "first_name": first,
                    "last_name": last,
                    "town": f"Partnerstadt {rng.randrange(1, scale.partners + 1)}",
                    "search_key": fold(f"{first} {last}"),
                }
            )
        s.execute(insert(Person), people)
        years = dict(s.execute(select(BudgetYear.year, BudgetYear.id)).all())
        categories = s.execute(select(BudgetCategory.id, BudgetCategory.kind)).all()
        leaves = {
            kind: [cid for cid, k in categories if k.value == kind]
            for kind in ("charge", "produit")
        }
        lines = []
        for i in range(1, scale.budget_lines + 1):
            year = rng.randint(FIRST_YEAR, LAST_YEAR)
            kind = "charge" if rng.random() < 0.6 else "produit"
            cents = rng.randint(500, 500_000)
            lines.append(
                {
                    "id": i,
                    "year_id": years[year],
                    "kind": kind,
                    "category_id": rng.choice(leaves[kind]),
                    "label": f"Ligne {i}",
                    "forecast_cents": cents,
                    "actual_cents": cents if rng.random() < 0.7 else 0,
                    "entry_date": date(year, rng.randint(1, 12), rng.randint(1, 28)),
                    "event_id": rng.randrange(1, scale.events + 1) if rng.random() < 0.2 else None,
                    "currency": "EUR",
                }
            )
        s.execute(insert(BudgetLine), lines)
    services.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists; not overwritten", file=sys.stderr)
        return 2
    started = time.perf_counter()
    build(args.out, QUICK if args.quick else FULL)
    size = args.out.stat().st_size / 2**20
    print(f"{args.out}: {size:.0f} MiB in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
