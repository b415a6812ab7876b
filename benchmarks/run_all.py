"""Run every speed benchmark of issue #17 and write benchmarks/RESULTS.md.

Each figure is printed with its baseline measured in the same run on the same machine
and the ratio between them, next to the target: absolute times vary from machine to
machine, the ratios are what count. ``--quick`` runs the small data set (a tenth), for
a check that everything still runs; the targets are for the full one.

    .venv/bin/python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, str, str, str, str, str]  # what, figure, baseline, ratio, target, verdict


def run(script: str, *args: str) -> dict[str, object] | None:
    """A benchmark's JSON line, or None (printed) when the script failed or is absent."""
    path = HERE / script
    if not path.exists():
        print(f"{script}: not present, skipped")
        return None
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, str(path), "--json", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent,
        timeout=3600,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        print(f"{script} failed:\n{out.stdout[-1500:]}\n{out.stderr[-1500:]}")
        return None
    result: dict[str, object] = json.loads(lines[-1])
    return result


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def startup(quick: bool) -> list[Row]:
    data = run("startup.py", *(["--quick"] if quick else []))
    if data is None:
        return []
    bare = data["bare"]
    assert isinstance(bare, dict)
    rows: list[Row] = []
    for name, limit in (("demo", 2.0), ("big", 3.0)):
        app = data[name]
        assert isinstance(app, dict)
        ratio = app["seconds"] / bare["seconds"]
        rows.append(
            (
                f"launch to first paint, {name} file",
                f"{app['seconds']:.2f} s",
                f"bare four-tab window {bare['seconds']:.2f} s",
                f"{ratio:.1f}×",
                f"≤ {limit:.0f}×",
                verdict(ratio <= limit),
            )
        )
        # Not a target of the issue, but what the person waits for before working: the
        # tab shown painted with the file's data (the bare window has nothing to fill).
        rows.append(
            (
                f"launch to the tab shown filled, {name} file",
                f"{app['filled']:.2f} s",
                f"bare four-tab window {bare['seconds']:.2f} s",
                f"{app['filled'] / bare['seconds']:.1f}×",
                "(watched)",
                "",
            )
        )
        for key, when in (("mib", "once filled"), ("settled_mib", "2 s later, tabs built")):
            extra = app[key] - bare[key]
            rows.append(
                (
                    f"memory {when}, {name} file",
                    f"{app[key]:.0f} MiB",
                    f"bare window {bare[key]:.0f} MiB",
                    f"+{extra:.0f} MiB",
                    "≤ +100 MiB",
                    verdict(extra <= 100),
                )
            )
    return rows


def ui(quick: bool) -> list[Row]:
    data = run("ui_latency.py", *(["--quick"] if quick else []))
    if data is None:
        return []
    base = float(data["baseline_ms"])  # type: ignore[arg-type]
    results = data["results_ms"]
    watched = data.get("watched_ms", {})
    assert isinstance(results, dict) and isinstance(watched, dict)
    return [
        (
            name,
            f"{ms:.0f} ms",
            f"200 rows, plain SELECT {base:.0f} ms",
            f"{ms / base:.1f}×",
            "≤ 50 ms",
            verdict(ms <= 50),
        )
        for name, ms in results.items()
    ] + [
        (
            name,
            f"{ms:.0f} ms",
            f"200 rows, plain SELECT {base:.0f} ms",
            f"{ms / base:.1f}×",
            "(watched)",
            "",
        )
        for name, ms in watched.items()
    ]


def workbook(quick: bool) -> list[Row]:
    data = run("bench_workbook.py", *(["--quick"] if quick else []))
    if data is None:
        return []
    ratio = float(data.get("ratio", 0) or 0)  # type: ignore[arg-type]
    return [
        (
            f"budget workbook, {data.get('lines', '?')} lines (processor time)",
            f"{data.get('workbook_s', 0):.2f} s",
            f"raw write-only dump {data.get('baseline_s', 0):.2f} s",
            f"{ratio:.2f}×",
            "≤ 1.3×",
            verdict(0 < ratio <= 1.3),
        )
    ]


def report(quick: bool) -> list[Row]:
    data = run("mission_report.py")
    if data is None:
        return []
    ms, base = float(data["report_ms"]), float(data["baseline_ms"])  # type: ignore[arg-type]
    return [
        (
            "mission report PDF, in process",
            f"{ms:.0f} ms",
            f"minimal reportlab page {base:.1f} ms",
            f"{ms / base:.0f}×",
            "≤ 300 ms",
            verdict(ms <= 300),
        )
    ]


def partner_import(quick: bool) -> list[Row]:
    data = run("import_big.py", "--rows", "2000" if quick else "20000")
    if data is None:
        return []
    rate = float(data["rows_per_s"])  # type: ignore[arg-type]
    base = float(data["baseline_s"])  # type: ignore[arg-type]
    total = float(data["preview_s"]) + float(data["import_s"])  # type: ignore[arg-type]
    figure = f"{total:.2f} s, {rate:,.0f} rows/s"
    if "preview_cpu_s" in data:  # the processor time too: the machine may be shared
        cpu = float(data["preview_cpu_s"]) + float(data["import_cpu_s"])  # type: ignore[arg-type]
        figure += f" (processor {cpu:.2f} s, {float(data['rows']) / cpu:,.0f} rows/s)"  # type: ignore[arg-type]
    return [
        (
            f"partner import, {data['rows']} rows (preview + import)",
            figure,
            f"csv module read {base:.3f} s",
            f"{total / base:.0f}×",
            "≥ 10,000 rows/s",
            verdict(rate >= 10_000),
        )
    ]


def commands(quick: bool) -> list[Row]:
    """No target in the issue: watched, each against its floor in the same run."""
    data = run("cli_commands.py", *(["--quick"] if quick else []))
    if data is None:
        return []
    demo, version = float(data["demo_s"]), float(data["version_s"])  # type: ignore[arg-type]
    check, floor = float(data["check_s"]), float(data["quick_check_s"])  # type: ignore[arg-type]
    return [
        (
            "`twinning-desk demo` (a new file with the demo commune)",
            f"{demo:.2f} s",
            f"`twinning-desk --version` {version:.2f} s",
            f"{demo / version:.1f}×",
            "(watched)",
            "",
        ),
        (
            f"`twinning-desk check`, big file ({float(data['big_mib']):.0f} MB)",  # type: ignore[arg-type]
            f"{check:.2f} s",
            f"sqlite3's quick_check alone {floor:.2f} s",
            f"{check / floor:.1f}×",
            "(watched)",
            "",
        ),
    ]


SECTIONS: list[Callable[[bool], list[Row]]] = [
    startup,
    ui,
    workbook,
    report,
    partner_import,
    commands,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows: list[Row] = []
    for section in SECTIONS:
        print(f"running {section.__name__}…", flush=True)
        rows += section(args.quick)
    cpus = os.cpu_count()
    scale = "quick data set (a tenth: the targets are for the full one)"
    scale = scale if args.quick else "full data set"
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} "
        f"({platform.machine()}, {cpus} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}), "
        f"{scale} — `benchmarks/run_all.py`.",
        "",
        "| what the user waits for | figure | baseline (same run) | ratio | target | |",
        "|---|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
