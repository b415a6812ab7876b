"""Launch to first paint of the main window, then to the window filled, and memory once
filled, against a bare PySide6 window with four tabs launched the same way in the same run.

Each launch is a fresh Python process (what the user waits for, imports included). The
child paints offscreen (or under Xvfb when DISPLAY is set) and reports the moment its
main window first paints (its frame: title, menus, tab names), then the moment the tab
shown first paints with the file's data, and its resident memory then; the parent times
from spawning the process to each report. Two seconds later it reports its memory again:
by then the window has built its other tabs while idle (issue #17: a tab's first show is
a paint), and that memory is the one a person's session starts with. Prints medians and
ratios; ``--json`` for run_all.py.
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
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROBE = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    def rss_kib():
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    class Probe(QObject):
        painted = False
        done = False
        def eventFilter(self, obj, event):
            if Probe.done or event.type() != QEvent.Type.Paint:
                return False
            if not Probe.painted and isinstance(obj, QMainWindow):
                Probe.painted = True
                print("PAINTED", time.time(), rss_kib(), flush=True)
            if Probe.painted and isinstance(obj, QWidget):
                window = obj.window()
                # The bare window has nothing to fill; the app's has once given its file.
                if getattr(window, "attached", True):
                    Probe.done = True
                    print("FILLED", time.time(), rss_kib(), flush=True)
                    QTimer.singleShot(SETTLE_MS, settled)
            return False

    def settled():
        print("SETTLED", time.time(), rss_kib(), flush=True)
        QApplication.closeAllWindows()

    probe = Probe()
    SETTLE_MS = 2000
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
    # Through the program's entry point, as `twinning-desk --db FILE` starts it.
    from twinning_desk.cli import main
    sys.exit(main(["--db", sys.argv[1], "--lang", "fr"]))
    """
)


def launch(code: str, args: list[str], home: Path) -> dict[str, float]:
    """Seconds from spawning to the first paint and to the window filled (the tab shown
    painted with its file's data), and the resident memory then."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TWINNING_DESK_HOME"] = str(home)
    # An installed app has its modules compiled (pip writes the .pyc files): the warm-up
    # launch writes them here too, whatever this shell says.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    seen: dict[str, float] = {}
    for line in out.stdout.splitlines():
        if line.startswith(("PAINTED", "FILLED", "SETTLED")):
            what, when, rss = line.split()
            seen[what.lower()] = float(when) - started
            seen[f"{what.lower()}_mib"] = int(rss) / 1024
    if "settled" not in seen:
        raise RuntimeError(f"no paint reported:\n{out.stdout}\n{out.stderr[-2000:]}")
    return seen


def measure(code: str, args: list[str], home: Path, runs: int) -> dict[str, float]:
    launch(code, args, home)  # warm the disk cache, write the first-run files
    results = [launch(code, args, home) for _ in range(runs)]
    return {
        "seconds": statistics.median(r["painted"] for r in results),
        "filled": statistics.median(r["filled"] for r in results),
        "mib": statistics.median(r["filled_mib"] for r in results),
        "settled_mib": statistics.median(r["settled_mib"] for r in results),
    }


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
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    from twinning_desk.services.context import Services
    from twinning_desk.services.demo import load_demo

    demo = folder / "demo.sqlite3"
    services = Services.open(demo)
    load_demo(services)
    services.close()
    big = build(folder / "big.sqlite3", QUICK if args.quick else FULL)

    bare = measure(BARE, [], folder / "home-bare", runs)
    results = {"bare": bare}
    for name, path in (("demo", demo), ("big", big)):
        results[name] = measure(APP, [str(path)], folder / f"home-{name}", runs)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"bare window, four tabs: {bare['seconds']:.2f} s, {bare['mib']:.0f} MiB")
    for name in ("demo", "big"):
        r = results[name]
        print(
            f"app, {name} file: first paint {r['seconds']:.2f} s (ratio "
            f"{r['seconds'] / bare['seconds']:.1f}x, target <= {2 if name == 'demo' else 3}x), "
            f"filled {r['filled']:.2f} s ({r['filled'] / bare['seconds']:.1f}x), "
            f"{r['mib']:.0f} MiB once filled (bare + {r['mib'] - bare['mib']:.0f} MiB, "
            f"target <= +100), {r['settled_mib']:.0f} MiB two seconds later, the other tabs "
            f"built (bare + {r['settled_mib'] - bare['settled_mib']:.0f} MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
