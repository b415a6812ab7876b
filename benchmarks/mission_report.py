"""The mission report PDF, in process, against a minimal reportlab page written in the
same run (one line of text on an A4 canvas): what the mayor waits for after clicking
Print, and how far it is from reportlab's own floor.

Target of issue #17: at most 0.3 s in process. ``--json`` for run_all.py.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import sys
import tempfile
from pathlib import Path

from _timing import median_ms
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from twinning_desk.export.mission_report import write_mission_report
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true", help="accepted for run_all.py")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="td-report-"))
    atexit.register(shutil.rmtree, folder, True)  # hundreds of MB otherwise left
    services = Services.open(folder / "demo.sqlite3")
    load_demo(services)
    # The demo's biggest delegation: the most rows in every table of the report.
    biggest = max(services.delegations.rows(), key=lambda r: r.members)
    out = folder / "report.pdf"

    def report() -> None:
        write_mission_report(out, services.reports.content(biggest.id), locale="fr")

    def minimal() -> None:
        canvas = Canvas(str(folder / "minimal.pdf"), pagesize=A4)
        canvas.drawString(72, 760, "Rapport de mission")
        canvas.showPage()
        canvas.save()

    report()  # fonts registered, caches warm: what every click after the first costs
    base = median_ms(minimal, 15)
    ms = median_ms(report, 9)
    services.close()
    if args.json:
        print(json.dumps({"baseline_ms": base, "report_ms": ms}))
        return 0
    print(f"minimal reportlab page: {base:.1f} ms")
    print(f"mission report ({biggest.members} members): {ms:.1f} ms  ratio {ms / base:.0f}x")
    print(f"target: under 300 ms -> {'ok' if ms <= 300 else 'over'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
