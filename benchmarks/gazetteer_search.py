"""Time prefix searches in the full gazetteer (built once into a temporary folder).

Prints build time, then each search's median time and its ratio to a primary-key lookup.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _timing import median_ms

from twinning_desk.services.geo import Gazetteer


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "g.sqlite3"
    gazetteer = Gazetteer(path)
    if not gazetteer.is_ready():
        start = time.perf_counter()
        gazetteer.build()
        print(f"build: {time.perf_counter() - start:.1f} s, {path.stat().st_size / 1e6:.0f} MB")

    def baseline() -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT * FROM place WHERE id = 3093133").fetchall()
        conn.close()

    base = median_ms(baseline)
    print(f"baseline primary-key lookup: {base:.2f} ms")
    for text in ("lo", "lod", "łańcut", "saint", "bad w", "krakow", "z"):
        ms = median_ms(lambda t=text: gazetteer.search(t))
        first = gazetteer.search(text)[:1]
        name = first[0].name if first else "-"
        print(f"search {text!r:10s} {ms:7.2f} ms  ratio {ms / base:6.1f}x  first: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
