"""Time reading and writing a 100,000-row partner list (the worst a committee can feed).

Prints seconds for the preview (read + plan) and the import (one transaction), and their
ratio to a baseline: reading the same CSV with the csv module alone. With
``--gazetteer PATH`` (a built gazetteer) the rows are real towns named in French, and
every row is placed from the gazetteer during the preview.
"""

from __future__ import annotations

import argparse
import atexit
import csv
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from twinning_desk.imports.partners import apply_plan, read_plan
from twinning_desk.services.context import Services
from twinning_desk.services.countries import country_name
from twinning_desk.services.geo import Gazetteer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--gazetteer", type=Path, help="a built gazetteer: place real towns")
    parser.add_argument("--json", action="store_true", help="one JSON line, for run_all.py")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="td-import-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    src = folder / "big.csv"
    towns = [(f"Commune {i}", "Allemagne") for i in range(args.rows // 2 + 1)]
    gazetteer = None
    if args.gazetteer:
        gazetteer = Gazetteer(args.gazetteer)
        with sqlite3.connect(args.gazetteer) as conn:
            found = conn.execute(
                "SELECT name, country FROM place ORDER BY population DESC LIMIT ?",
                (args.rows // 2 + 1,),
            ).fetchall()
        towns = [(name, country_name(code, "fr")) for name, code in found]
    with src.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Ville", "Pays", "Type", "Année"])
        for i in range(args.rows):
            town, country = towns[(i // 2) % len(towns)]
            writer.writerow([town, country, "charte" if i % 2 else "pacte", 1950 + i % 70])
    start = time.perf_counter()
    with src.open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.reader(handle, delimiter=";"))
    baseline = time.perf_counter() - start
    services = Services.open(folder / "db.sqlite3")
    start, cpu = time.perf_counter(), time.process_time()
    plan = read_plan(src, services.partners, gazetteer=gazetteer)
    planned = time.perf_counter() - start
    planned_cpu = time.process_time() - cpu
    assert plan is not None
    start, cpu = time.perf_counter(), time.process_time()
    apply_plan(plan, services.partners)
    applied = time.perf_counter() - start
    applied_cpu = time.process_time() - cpu
    services.close()
    if args.json:
        total = planned + applied
        print(
            json.dumps(
                {
                    "rows": rows - 1,
                    "baseline_s": baseline,
                    "preview_s": planned,
                    "import_s": applied,
                    "rows_per_s": (rows - 1) / total,
                    # Processor time of this process: what others on the machine leave out.
                    "preview_cpu_s": planned_cpu,
                    "import_cpu_s": applied_cpu,
                }
            )
        )
        return 0
    print(f"{rows - 1} rows, {len(plan.partners)} partners, {plan.placed} placed")
    print(f"baseline csv read: {baseline:.2f} s")
    print(f"preview (read + plan): {planned:.2f} s  ratio {planned / baseline:.0f}x")
    print(f"import (one transaction): {applied:.2f} s  ratio {applied / baseline:.0f}x")
    print(f"rows per second, preview and import: {(rows - 1) / (planned + applied):,.0f}")
    cpu_total = planned_cpu + applied_cpu
    print(
        f"processor time: preview {planned_cpu:.2f} s, import {applied_cpu:.2f} s, "
        f"{(rows - 1) / cpu_total:,.0f} rows per processor second"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
