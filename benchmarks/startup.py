"""Launch to first paint of the main window, and memory once shown, against a bare
PySide6 window with four tabs launched the same way in the same run.

Each launch is a fresh Python process (what the user waits for, imports included). The
child paints offscreen (or under Xvfb when DISPLAY is set) and reports the moment its
main window first paints and its resident memory then; the parent times from spawning
the process to that report. Prints medians and ratios; ``--json`` for run_all.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROBE = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def rss_kib():
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    class Probe(QObject):
        done = False
        def eventFilter(self, obj, event):
            if (not Probe.done and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QMainWindow)):
                Probe.done = True
                print("PAINTED", time.time(), rss_kib(), flush=True)
                QTimer.singleShot(0, QApplication.closeAllWindows)
            return False

    probe = Probe()
    """
)

BARE = PROBE + textwrap.dedent(
    """
    from PySide6.QtWidgets import QTabWidget, QWidget
    app = QApplication(sys.argv)
    app.installEventFilter(probe)
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Partenaires", "Événements", "Délégations", "Budget"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 720)
    window.show()
    sys.exit(app.exec())
    """
)

APP = PROBE + textwrap.dedent(
    """
    from twinning_desk import app as app_module
    make = app_module.make_application
    def make_with_probe():
        qapp = make()
        qapp.installEventFilter(probe)
        return qapp
    app_module.make_application = make_with_probe
    sys.exit(app_module.run_gui(db=__import__("pathlib").Path(sys.argv[1]), language="fr"))
    """
)


def launch(code: str, args: list[str], home: Path) -> tuple[float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TWINNING_DESK_HOME"] = str(home)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED"):
            _, when, rss = line.split()
            return float(when) - started, int(rss) / 1024
    raise RuntimeError(f"no paint reported:\n{out.stdout}\n{out.stderr[-2000:]}")


def measure(code: str, args: list[str], home: Path, runs: int) -> tuple[float, float]:
    launch(code, args, home)  # warm the disk cache, write the first-run files
    results = [launch(code, args, home) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the small data set, 3 runs")
    parser.add_argument("--runs", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bigdata import FULL, QUICK, build

    runs = args.runs or (3 if args.quick else 7)
    folder = Path(tempfile.mkdtemp(prefix="td-start-"))
    from twinning_desk.services.context import Services
    from twinning_desk.services.demo import load_demo

    demo = folder / "demo.sqlite3"
    services = Services.open(demo)
    load_demo(services)
    services.close()
    big = build(folder / "big.sqlite3", QUICK if args.quick else FULL)

    bare_s, bare_mib = measure(BARE, [], folder / "home-bare", runs)
    results = {"bare": {"seconds": bare_s, "mib": bare_mib}}
    for name, path in (("demo", demo), ("big", big)):
        seconds, mib = measure(APP, [str(path)], folder / f"home-{name}", runs)
        results[name] = {"seconds": seconds, "mib": mib}
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"bare window, four tabs: {bare_s:.2f} s, {bare_mib:.0f} MiB")
    for name in ("demo", "big"):
        r = results[name]
        print(
            f"app, {name} file: {r['seconds']:.2f} s (ratio {r['seconds'] / bare_s:.1f}x, "
            f"target <= {2 if name == 'demo' else 3}x), {r['mib']:.0f} MiB "
            f"(bare + {r['mib'] - bare_mib:.0f} MiB, target <= +100)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
