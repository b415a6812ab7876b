"""What a user waits for inside the window on a thirty-year file: a tab's first show,
one keystroke in each tab's filter (the work done once the debounce fires), and a
change of budget year.

Goal of issue #17: each under 50 ms at the full scale. The baseline, measured in the
same run, is one page (200 rows) of the same table read with a plain SELECT: the
ratio says how far the screen's work is from the bare query. ``--json`` for run_all.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _timing import median_ms  # noqa: E402
from bigdata import FULL, QUICK, build  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from twinning_desk.services.context import Services
    from twinning_desk.services.geo import Gazetteer
    from twinning_desk.ui.app.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="td-ui-"))
    path = build(folder / "big.sqlite3", QUICK if args.quick else FULL)
    services = Services.open(path)
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, Gazetteer(folder / "g.sqlite3"), settings)
    window.resize(1366, 728)
    window.show()
    app.processEvents()

    conn = sqlite3.connect(path)

    def baseline() -> None:
        conn.execute("SELECT * FROM budget_line ORDER BY label LIMIT 200").fetchall()

    base = median_ms(baseline, 25)
    results: dict[str, float] = {}
    tabs = window.tabs
    assert tabs is not None
    for key in ("events", "delegations", "budget"):
        started = time.perf_counter()
        tabs.setCurrentIndex(tabs.index_of(key))
        app.processEvents()
        results[f"first show: {key}"] = (time.perf_counter() - started) * 1000

    for key in ("partners", "events", "delegations", "budget"):
        tab = tabs.page(key)
        tabs.setCurrentIndex(tabs.index_of(key))
        words = iter(["a", "ab", "abc", "r", "re", "ren", "l", "li", "lig", "x"] * 10)

        def keystroke(tab: object = tab, words: object = words) -> None:
            tab.search.setText(next(words))  # type: ignore[attr-defined]
            tab._apply_filter()  # type: ignore[attr-defined]  # what the debounce fires
            app.processEvents()

        results[f"keystroke: {key}"] = median_ms(keystroke, 9)
        tab.search.clear()  # type: ignore[attr-defined]
        tab._apply_filter()  # type: ignore[attr-defined]

    budget = tabs.page("budget")
    combo = budget.year_combo  # type: ignore[attr-defined]
    indexes = iter([i % combo.count() for i in range(1, 40)])

    def year_change() -> None:
        combo.setCurrentIndex(next(indexes))
        app.processEvents()

    results["budget year change"] = median_ms(year_change, 9)
    window.close()
    services.close()
    if args.json:
        print(json.dumps({"baseline_ms": base, "results_ms": results}))
        return 0
    print(f"baseline: one page of 200 budget lines, plain SELECT: {base:.1f} ms")
    for name, ms in results.items():
        verdict = "ok" if ms <= 50 else "over 50 ms"
        print(f"{name:28s} {ms:8.1f} ms  ratio {ms / base:6.1f}x  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
