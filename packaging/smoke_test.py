#!/usr/bin/env python3
"""Smoke-test an installed or frozen Twinning Desk the way a user runs it.

The test suite runs from an editable install in the checkout, where a resource that is
missing from the wheel or the bundle still resolves. This script drives the real
``twinning-desk`` program of an installed wheel (``<venv>/bin/twinning-desk``) or of a
PyInstaller folder (``dist/twinning-desk/twinning-desk``), with a temporary data folder,
from a temporary working folder outside the checkout:

- ``--version`` prints the version (the wheel's, when given) and the data folder in use;
- ``demo`` fills a database; the partners export (xlsx) and the budget workbook open as
  spreadsheets; the mission report, the attendance list and the activity report are
  PDFs whose text holds "Łańcut" (pdftotext) and whose fonts are all embedded
  (pdffonts);
- a partner list naming countries in Dutch, Portuguese and Polish imports (dry run);
- ``--lang de list partners`` prints German headers, ``--lang fr`` French messages;
- the GUI starts offscreen in French, shows French tab titles and Qt's own "Annuler",
  and quits.

Only the standard library and poppler-utils are needed, so the script runs with any
Python 3 (the bundle brings its own). Exit status 0 when every check passes; each
failure is printed on one line.

    python3 packaging/smoke_test.py /tmp/venv/bin/twinning-desk
    python3 packaging/smoke_test.py dist/twinning-desk/twinning-desk --label frozen
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

TIMEOUT = 180  # seconds per command; the first run of a bundle unpacks nothing but is slow
FRENCH_TABS = ["Accueil", "Partenaires", "Événements", "Délégations", "Budget"]
GERMAN_HEADERS = ["Partner", "Land", "Letzter Austausch"]


class Smoke:
    """Runs the program with an isolated home and records failures instead of stopping."""

    def __init__(self, program: Path, work: Path, label: str, version: str | None) -> None:
        self.program = program
        self.version = version
        self.work = work
        self.label = label
        self.failures: list[str] = []
        home = work / "home"
        self.env = {
            **os.environ,
            "TWINNING_DESK_HOME": str(home),
            "XDG_CONFIG_HOME": str(work / "config"),  # QSettings: not the user's
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
        }
        self.db = home / "data" / "twinning.sqlite3"
        self.last_stderr = ""

    def run(self, *args: str, expect_ok: bool = True) -> str:
        """Run the program; its stdout, or '' (and a failure noted) when it fails."""
        started = time.monotonic()
        try:
            done = subprocess.run(
                [str(self.program), *args],
                cwd=self.work,
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            self.fail(f"{' '.join(args)}: no answer after {TIMEOUT} s")
            return ""
        self.last_stderr = done.stderr
        took = time.monotonic() - started
        print(f"  [{took:5.1f} s] twinning-desk {' '.join(args)}")
        if expect_ok and done.returncode != 0:
            self.fail(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.strip()[-500:]}")
            return ""
        return done.stdout

    def check(self, ok: bool, what: str) -> None:
        if ok:
            print(f"  ok: {what}")
        else:
            self.fail(what)

    def fail(self, what: str) -> None:
        print(f"  FAILED: {what}")
        self.failures.append(what)


def check_pdf(smoke: Smoke, pdf: Path, must_contain: str | None) -> None:
    if not pdf.is_file() or pdf.stat().st_size == 0:
        smoke.fail(f"{pdf.name} was not written")
        return
    if must_contain:
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        ).stdout
        smoke.check(must_contain in text, f"{pdf.name}: pdftotext finds {must_contain!r}")
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=False
    ).stdout.splitlines()[2:]
    # The columns after the name and type are: encoding emb sub uni object ID; the type may
    # hold spaces ("CID TrueType"), so count from the right.
    not_embedded = [line.split()[0] for line in fonts if line.split()[-5] != "yes"]
    smoke.check(
        bool(fonts) and not not_embedded,
        f"{pdf.name}: {len(fonts)} fonts, all embedded"
        + (f" (not: {', '.join(not_embedded)})" if not_embedded else ""),
    )


def check_xlsx(smoke: Smoke, path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as book:
            ok = "xl/workbook.xml" in book.namelist()
    except (OSError, zipfile.BadZipFile):
        ok = False
    smoke.check(ok, f"{path.name} is a spreadsheet")


def smoke_test(smoke: Smoke) -> None:
    version = smoke.run("--version")
    first = version.splitlines()[0] if version else ""
    smoke.check(
        first == f"Twinning Desk {smoke.version}"
        if smoke.version
        else first.startswith("Twinning"),
        f"--version: {first}",
    )
    smoke.check(str(smoke.db.parent) in version, "--version names the data folder in use")

    said = smoke.run("--lang", "fr", "demo")
    smoke.check("Commune de démonstration" in said, f"demo in French: {said.strip()}")

    delegations = json.loads(smoke.run("list", "delegations", "--format", "json") or "[]")
    lancut = next((d["id"] for d in delegations if d["partner"] == "Łańcut"), None)
    smoke.check(lancut is not None, "the demo holds a delegation to Łańcut")
    out = smoke.work
    if lancut is not None:
        report = out / "mission-report.pdf"
        smoke.run("export", "mission-report", "--delegation", str(lancut), str(report))
        check_pdf(smoke, report, "Łańcut")
        attendance = out / "attendance.pdf"
        smoke.run("export", "attendance", "--delegation", str(lancut), str(attendance))
        check_pdf(smoke, attendance, None)
        year = next(d["start"][:4] for d in delegations if d["id"] == lancut)
        activity = out / "activity-report.pdf"
        smoke.run("--lang", "de", "export", "activity-report", "--year", year, str(activity))
        check_pdf(smoke, activity, "Łańcut")
        budget = out / "budget.xlsx"
        smoke.run("export", "budget", "--year", year, str(budget))
        check_xlsx(smoke, budget)
    partners = out / "partners.xlsx"
    smoke.run("export", "partners", str(partners))
    check_xlsx(smoke, partners)

    # Country names in languages the UI does not speak come from Babel's locale data,
    # which a bundle must keep whole.
    towns = out / "towns.csv"
    towns.write_text("Name;Country\nUtrecht;Nederland\nBraga;Portugal\nKraków;Polska\n", "utf-8")
    said = smoke.run("--lang", "en", "import", "partners", str(towns), "--dry-run")
    # Country names in other languages, and every town placed from the bundled gazetteer.
    smoke.check("3 new partners (3 placed on the map)" in said, f"import: {said.strip()}")

    listing = smoke.run("--lang", "de", "list", "partners").splitlines()
    header = listing[0] if listing else ""
    smoke.check(all(word in header for word in GERMAN_HEADERS), f"German headers: {header[:70]}")

    # The PostgreSQL driver is loaded by name when a shared database opens: a server that
    # is not there must give the app's sentence, not a missing module or a traceback.
    smoke.run(
        "--lang",
        "en",
        "--db",
        "postgresql://nobody:x@127.0.0.1:1/comite",
        "check",
        expect_ok=False,
    )
    smoke.check(
        "cannot be reached" in smoke.last_stderr and "Traceback" not in smoke.last_stderr,
        f"shared database driver: {smoke.last_stderr.strip()[:90]}",
    )

    gui = smoke.run("--lang", "fr", "--db", str(smoke.db), "--smoke-test")
    lines = dict(line.split(": ", 1) for line in gui.splitlines() if ": " in line)
    smoke.check(lines.get("tabs", "").split(" | ") == FRENCH_TABS, f"GUI tabs: {lines.get('tabs')}")
    smoke.check(lines.get("cancel") == "Annuler", f"Qt's own strings: {lines.get('cancel')}")
    smoke.check(lines.get("icon") == "yes", "window icon found")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path, help="the twinning-desk executable to test")
    parser.add_argument("--label", default="installed", help="name shown in the summary")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--version", help="the version --version must print (the wheel's)")
    args = parser.parse_args(argv)
    for tool in ("pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            print(f"smoke test: {tool} is missing (Debian: apt-get install poppler-utils)")
            return 2
    program = args.program.resolve()
    if not program.exists():
        print(f"smoke test: {program} does not exist")
        return 2
    work = Path(tempfile.mkdtemp(prefix=f"twinning-desk-smoke-{args.label}-"))
    print(f"Smoke test of the {args.label} program {program} in {work}")
    started = time.monotonic()
    smoke = Smoke(program, work, args.label, args.version)
    try:
        smoke_test(smoke)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    if smoke.failures:
        print(
            f"Smoke test of the {args.label} program: {len(smoke.failures)} FAILED ({took:.0f} s)"
        )
        return 1
    print(f"Smoke test of the {args.label} program: all checks passed ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
