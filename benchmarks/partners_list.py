"""Time one page of the Partners table on a big committee's history.

Prints the median time and its ratio to a plain SELECT of the same rows (the baseline).
"""

from __future__ import annotations

import argparse
import atexit
import random
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from _timing import median_ms
from sqlalchemy import insert, text

from twinning_desk.db.models import Delegation, Event, Partner, event_partners
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services
from twinning_desk.services.partners import PartnerQuery


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    partners, events, delegations = (300, 20_000, 5_000) if not args.quick else (100, 2000, 500)
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="td-bench-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    services = Services.open(folder / "bench.sqlite3")
    services.commune.save(
        CommuneProfile(name="Bench", country_code="FR", latitude=47.4, longitude=0.8)
    )
    with services.db.transaction() as s:
        s.execute(
            insert(Partner),
            [
                {
                    "id": i,
                    "name": f"Town {i}",
                    "name_key": f"town {i}",
                    "country_code": "DE",
                    "kind": "town",
                    "status": "active",
                    "distance_km": rng.uniform(100, 2000),
                }
                for i in range(1, partners + 1)
            ],
        )
        start = datetime(1995, 1, 1)
        s.execute(
            insert(Event),
            [
                {
                    "id": i,
                    "title": f"Event {i}",
                    "type": "concert",
                    "all_day": True,
                    "start": start + timedelta(days=rng.randrange(11_000)),
                    "status": "done",
                    "local_participants": 0,
                }
                for i in range(1, events + 1)
            ],
        )
        s.execute(
            insert(event_partners),
            [
                {"event_id": i, "partner_id": rng.randrange(1, partners + 1)}
                for i in range(1, events + 1)
            ],
        )
        s.execute(
            insert(Delegation),
            [
                {
                    "partner_id": rng.randrange(1, partners + 1),
                    "direction": rng.choice(["incoming", "outgoing"]),
                    "purpose": "official",
                    "start_date": date(1995, 1, 1) + timedelta(days=rng.randrange(11_000)),
                    "end_date": date(2026, 1, 1),
                    "status": "done",
                }
                for _ in range(delegations)
            ],
        )

    def baseline() -> None:
        with services.db.reading() as s:
            s.execute(text("SELECT * FROM partner ORDER BY name_key LIMIT 200")).fetchall()

    results = []
    for sort in ("name", "last_exchange", "distance", "country"):
        query = PartnerQuery(sort=sort)
        results.append(
            (f"page sorted by {sort}", median_ms(lambda q=query: services.partners.rows(q, 0, 200)))
        )
    results.append(("row count", median_ms(lambda: services.partners.count(PartnerQuery()))))
    results.append(
        (
            "search 'town 1'",
            median_ms(lambda: services.partners.rows(PartnerQuery(text="town 1"), 0, 200)),
        )
    )
    base = median_ms(baseline)
    print(f"data: {partners} partners, {events} events, {delegations} delegations")
    print(f"baseline plain SELECT of 200 rows: {base:.2f} ms")
    for name, ms in results:
        print(f"{name:28s} {ms:8.2f} ms  ratio {ms / base:6.1f}x  target < 100 ms")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
