"""Time a directory search among 100,000 people (DESIGN.md: 5,000 delegations with
100,000 members), against reading one person by primary key in the same file.

The search runs in SQL on a folded key ("nunez" finds "Núñez") and returns the first
200 matches, as the member dialog asks; the count is what the directory shows.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from _timing import median_ms

from twinning_desk.db.models import Person
from twinning_desk.services.context import Services
from twinning_desk.services.people import PersonQuery

FIRST = ["Anne", "Jürgen", "Małgorzata", "Javier", "Νίκος", "Sophie", "Karim", "Lucía", "Paul"]
LAST = ["Lefèvre", "Köhler", "Wiśniewska", "Núñez", "Παπαδόπουλος", "Martin", "Benali", "Weber"]


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp())
    services = Services.open(folder / "people.sqlite3")
    rng = random.Random(3)
    start = time.perf_counter()
    with services.db.transaction() as session:
        session.add_all(
            Person(
                first_name=rng.choice(FIRST),
                last_name=f"{rng.choice(LAST)}{i}",
                town=rng.choice(["Łódź", "Bad Wimpfen", "Peñíscola", "Tours"]),
            )
            for i in range(count)
        )
    print(f"{count} people written in {time.perf_counter() - start:.1f} s")

    def baseline() -> None:
        services.people.get_person(count // 2)

    base = median_ms(baseline)
    print(f"baseline get_person: {base:.2f} ms")
    for text in ("nunez", "malgorzata wisn", "lodz", "zzz-nobody", ""):
        query = PersonQuery(text=text)
        ms = median_ms(lambda q=query: services.people.people(q, limit=200), repeat=7)
        count_ms = median_ms(lambda q=query: services.people.count_people(q), repeat=7)
        print(
            f"search {text!r:18s} first 200: {ms:7.1f} ms ({ms / base:6.1f}x)  "
            f"count: {count_ms:7.1f} ms ({count_ms / base:6.1f}x)"
        )
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
