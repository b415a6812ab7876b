"""The command line's ``demo`` and ``check``, each a fresh process as the user runs it,
against baselines launched the same way in the same run:

- ``twinning-desk demo`` (a new file filled with the demo commune) against
  ``twinning-desk --version`` (the same program started and stopped: what any command
  costs before it does anything);
- ``twinning-desk check`` on the big file (SQLite's quick check, then every table
  counted) against a Python process running the same ``PRAGMA quick_check`` on the same
  file with the sqlite3 module alone (SQLite's own floor).

The issue sets no target for these two: the ratios are watched for regressions. Prints
medians; ``--json`` for run_all.py.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_CHECK = (
    "import sqlite3, sys; "
    "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True); "
    "assert c.execute('PRAGMA quick_check').fetchone()[0] == 'ok'"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - started


def median_of(runs: int, make: object) -> float:
    assert callable(make)
    make()  # warm the disk cache and the compiled modules
    return statistics.median(make() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the small data set, 3 runs")
    parser.add_argument("--runs", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bigdata import FULL, QUICK, build

    runs = args.runs or (3 if args.quick else 5)
    folder = Path(tempfile.mkdtemp(prefix="td-cli-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    big = build(folder / "big.sqlite3", QUICK if args.quick else FULL)
    env = dict(os.environ, TWINNING_DESK_HOME=str(folder / "home"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules compiled once
    program = [sys.executable, "-m", "twinning_desk"]
    counter = iter(range(1_000_000))

    def demo() -> float:
        target = folder / f"demo-{next(counter)}.sqlite3"
        return timed([*program, "--db", str(target), "demo"], env)

    results = {
        "version_s": median_of(runs, lambda: timed([*program, "--version"], env)),
        "demo_s": median_of(runs, demo),
        "quick_check_s": median_of(
            runs, lambda: timed([sys.executable, "-c", QUICK_CHECK, str(big)], env)
        ),
        "check_s": median_of(runs, lambda: timed([*program, "--db", str(big), "check"], env)),
        "big_mib": big.stat().st_size / 2**20,
    }
    if args.json:
        print(json.dumps(results))
        return 0
    print(
        f"demo: {results['demo_s']:.2f} s against --version {results['version_s']:.2f} s "
        f"({results['demo_s'] / results['version_s']:.1f}x)"
    )
    print(
        f"check ({results['big_mib']:.0f} MB): {results['check_s']:.2f} s against sqlite3's "
        f"quick_check alone {results['quick_check_s']:.2f} s "
        f"({results['check_s'] / results['quick_check_s']:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
