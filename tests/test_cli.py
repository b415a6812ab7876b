"""The command line through its entry point: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from twinning_desk.cli import main
from twinning_desk.services.geo import Gazetteer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_list_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    code, out, _ = run(
        capsys,
        "init",
        "--commune",
        "Vouvray",
        "--country",
        "France",
        "--lat",
        "47.41",
        "--lon",
        "0.80",
        "--db",
        db,
    )
    assert code == 0 and "Vouvray" in out
    code, out, _ = run(capsys, "--db", db, "list", "partners", "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_demo_list_and_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, out, _ = run(capsys, "list", "partners", "--format", "json", "--db", db)
    partners = {p["name"]: p for p in json.loads(out)}
    assert {"Bad Wimpfen", "Montefalco", "Łańcut", "Kenilworth", "Peñíscola"} <= set(partners)
    assert {p["country"] for p in partners.values()} >= {"DE", "IT", "PL", "GB", "ES"}
    assert [p["name"] for p in partners.values() if p["dormant"]] == ["Peñíscola"]
    assert partners["Łańcut"]["agreements"][0] == {"type": "friendship", "signed": "2001–2002"}
    assert all(
        set(p) >= {"id", "name", "country", "status", "distance_km", "last_exchange", "agreements"}
        for p in partners.values()
    )
    code, out, _ = run(capsys, "list", "partners", "--format", "csv", "--db", db)
    assert code == 0 and out.splitlines()[0].startswith("\ufeffPartner,Country")
    code, out, _ = run(capsys, "list", "partners", "--db", db, "--search", "lancut")
    assert code == 0 and "Łańcut" in out and "Kenilworth" not in out
    target = tmp_path / "p.xlsx"
    assert run(capsys, "export", "partners", str(target), "--db", db)[0] == 0
    assert load_workbook(target).worksheets[0].max_row == len(partners) + 1
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "already has partners" in err


def test_import_dry_run_then_real(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, home_gazetteer: Gazetteer
) -> None:
    db = str(tmp_path / "i.sqlite3")
    wb = Workbook()
    wb.active.append(["Town", "Country", "Year"])
    wb.active.append(["Figueres", "Spain", 1991])
    wb.active.append(["Nowhere", "Atlantis", 1991])
    src = tmp_path / "in.xlsx"
    wb.save(src)
    code, out, err = run(capsys, "import", "partners", str(src), "--dry-run", "--db", db)
    assert code == 0 and "Dry run" in out and "row 3" in err
    assert json.loads(run(capsys, "list", "partners", "--format", "json", "--db", db)[1]) == []
    code, out, _ = run(capsys, "import", "partners", str(src), "--db", db)
    assert code == 0 and "2 new partners (1 placed on the map" in out
    listed = json.loads(run(capsys, "list", "partners", "--format", "json", "--db", db)[1])
    # The unknown country is kept (marked, to fix later), never dropped.
    assert [(p["name"], p["country"]) for p in listed] == [("Figueres", "ES"), ("Nowhere", None)]
    assert listed[0]["distance_km"] is None  # no home commune set: no distance yet


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["import", "partners", "missing.xlsx"], 1, "does not exist"),
        (["export", "partners", "out.pdf"], 2, ".xlsx or .csv"),
        (["list", "dragons"], 2, "invalid choice"),
        (["init", "--commune", "X", "--country", "Atlantis"], 1, "Country"),
        (
            ["init", "--commune", "X", "--country", "FR", "--lat", "123", "--lon", "2"],
            1,
            "Latitude",
        ),
    ],
)
def test_errors_are_one_line_and_non_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], code: int, needle: str
) -> None:
    with pytest.raises(SystemExit) if code == 2 and args[0] == "list" else _nullcontext():
        got = main(["--lang", "en", "--db", str(tmp_path / "e.sqlite3"), *args])
        assert got == code
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1


class _nullcontext:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_a_database_from_the_future_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    db = tmp_path / "future.sqlite3"
    assert main(["--db", str(db), "init", "--commune", "X", "--country", "FR"]) == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num='0099_future'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(db), "list", "partners"]) == 1
    assert "newer version" in capsys.readouterr().err


@pytest.mark.slow
def test_module_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    env = dict(os.environ, TWINNING_DESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "twinning_desk",
            "--lang",
            "fr",
            "demo",
            "--db",
            str(tmp_path / "sub.sqlite3"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "6" in result.stdout
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "twinning_desk",
            "--lang",
            "fr",
            "demo",
            "--db",
            str(tmp_path / "sub.sqlite3"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 1 and "Traceback" not in again.stderr


def test_backup_check_and_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "b.sqlite3")
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, out, _ = run(capsys, "backup", "--db", db)
    assert code == 0 and "Backup written" in out
    copy = tmp_path / "usb" / "copie.sqlite3"
    assert run(capsys, "backup", str(copy), "--db", db)[0] == 0
    code, out, _ = run(capsys, "check", "--db", db)
    assert code == 0 and "6 partners" in out
    from twinning_desk.services.context import Services

    s = Services.open(Path(db))
    s.partners.delete(s.partners.find_id("Nida", "LT") or 0)
    s.close()
    code, out, _ = run(capsys, "restore", str(copy), "--db", db)
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "check", "--db", db)
    assert "6 partners" in out


def test_check_and_restore_a_damaged_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "d.sqlite3"
    assert run(capsys, "demo", "--db", str(db))[0] == 0
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", str(copy), "--db", str(db))[0] == 0
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 1 and "Damaged" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "list", "partners", "--db", str(db))
    assert code == 1
    code, out, _ = run(capsys, "restore", str(copy), "--db", str(db))
    assert code == 0 and "damaged file was kept" in out
    assert (tmp_path / "d.damaged.sqlite3").exists()
    assert run(capsys, "check", "--db", str(db))[0] == 0
