"""The command line under real conditions (issue #19, "every error a sentence"): CSV that
a spreadsheet cannot turn into formulas, reading beside the running app, output piped
into ``head``, numbers out of range on the line, and budget amounts whose decimal mark
the person states."""

from __future__ import annotations

import contextlib
import csv
import getpass
import io
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from twinning_desk.cli import main
from twinning_desk.core.text import FORMULA_STARTS
from twinning_desk.db.lock import DatabaseLock
from twinning_desk.db.models import BudgetKind, Direction
from twinning_desk.imports.table import read_table
from twinning_desk.services.budget_data import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.delegation_data import DelegationData
from twinning_desk.services.event_data import EventData
from twinning_desk.services.partner_data import PartnerData

# What a spreadsheet would compute, or run, if it found it at the start of a CSV cell.
HOSTILE = ["=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3 C"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def csv_rows(text: str) -> list[list[str]]:
    """``list --format csv`` in English: a byte order mark first, "," between cells."""
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=","))


# ---------------------------------------------------------------- CSV output is neutralised


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A file whose every kind of record carries text that starts like a formula."""
    path = tmp_path / "hostile.sqlite3"
    services = Services.open(path)
    try:
        ids = [services.partners.save(PartnerData(name=n, country_code="DE")) for n in HOSTILE]
        services.events.save(
            EventData(title="=1+1", type="visit", start=datetime(2026, 7, 14), partner_ids=ids[:1])
        )
        services.delegations.save(
            DelegationData(
                partner_id=ids[0],
                direction=Direction.INCOMING,
                purpose="official",
                start_date=date(2026, 7, 14),
                end_date=date(2026, 7, 16),
            )
        )
        services.budget.save(
            BudgetLineData(
                year=2026,
                kind=BudgetKind.CHARGE,
                category_code="625",
                label="-2+3 C",
                forecast_cents=123450,
                actual_cents=-1250,
            )
        )
    finally:
        services.close()
    return path


def test_partner_csv_is_guarded_and_reads_back_through_the_importer(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "list", "partners", "--format", "csv", "--db", str(hostile_db))
    assert code == 0, err
    rows = csv_rows(out)
    names = [row[0] for row in rows[1:]]
    assert sorted(names) == sorted("'" + n for n in HOSTILE)
    # The app's own reader takes the guard quote off: the same names come back.
    saved = tmp_path / "partners.csv"
    saved.write_text(out, encoding="utf-8")
    table = read_table(saved)
    assert sorted(values[0] for _row, values in table.rows) == sorted(HOSTILE)


@pytest.mark.parametrize("what", ["partners", "events", "delegations", "budget"])
def test_no_csv_cell_starts_like_a_formula(
    capsys: pytest.CaptureFixture[str], hostile_db: Path, what: str
) -> None:
    extra = ["--year", "2026"] if what != "partners" else []
    code, out, err = run(capsys, "list", what, "--format", "csv", *extra, "--db", str(hostile_db))
    assert code == 0, err
    rows = csv_rows(out)
    assert len(rows) > 1, out
    cells = [cell for row in rows for cell in row]
    # Only the budget's negative amount starts with "-": a number, which stays unquoted.
    assert [c for c in cells if c.startswith(FORMULA_STARTS) and c != "-12.50"] == []
    assert any(c.startswith("'") and c[1:] in HOSTILE for c in cells), rows


def test_numbers_stay_numbers_in_csv(capsys: pytest.CaptureFixture[str], hostile_db: Path) -> None:
    """Amounts are ours, not user text: a negative one is written as a number, unquoted."""
    code, out, _ = run(
        capsys, "list", "budget", "--year", "2026", "--format", "csv", "--db", str(hostile_db)
    )
    assert code == 0
    header, line = csv_rows(out)[:2]
    assert header == ["Account", "Label", "Forecast", "Actual"]
    assert line == ["625", "'-2+3 C", "1234.50", "-12.50"]  # no grouping: a number
    assert Decimal(line[3]) == Decimal("-12.50")
    # The table shows the amounts the same way, and user text as it was typed.
    code, out, _ = run(capsys, "list", "budget", "--year", "2026", "--db", str(hostile_db))
    assert "-2+3 C" in out and "'-2" not in out and "1,234.50" in out


# ---------------------------------------------------------------- --read-only beside the app

# Another program holding the file, as the app does while it is open: a real lock, taken
# by another process, kept until its standard input closes.
HOLDER = """
import sys
from pathlib import Path
from twinning_desk.services.context import Services
services = Services.open(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
services.close()
"""


@pytest.fixture(scope="module")
def held_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One file held for the module's tests (starting the holder takes a second)."""
    folder = tmp_path_factory.mktemp("held")
    path = folder / "held.sqlite3"
    # Set up before each test's own home: the holder gets one of its own.
    env = dict(
        os.environ,
        TWINNING_DESK_HOME=str(folder / "home"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    services = Services.open(path)
    try:
        services.partners.save(PartnerData(name="Montefalco", country_code="IT"))
    finally:
        services.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held", (
            holder.stderr.read() if holder.stderr else ""
        )
        assert DatabaseLock(path).holder() is not None
        yield path
    finally:
        holder.communicate(timeout=60)  # closes its stdin: it closes the file and ends
    assert holder.returncode == 0
    assert DatabaseLock(path).holder() is None


@pytest.mark.parametrize(
    "command",
    [
        ["list", "partners"],
        ["export", "partners", "{tmp}/p.xlsx"],
        ["backup", "{tmp}/copy.sqlite3"],
        ["backup"],
    ],
    ids=["list", "export", "backup to a file", "backup to the folder"],
)
def test_a_file_held_by_the_app_is_read_with_read_only(
    capsys: pytest.CaptureFixture[str], held_db: Path, tmp_path: Path, command: list[str]
) -> None:
    argv = [arg.format(tmp=tmp_path) for arg in command] + ["--db", str(held_db)]
    code, out, err = run(capsys, *argv)
    # Without --read-only: who holds the file, in one sentence, and what to do.
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"Error: {held_db} is in use by ")
    assert f" by {getpass.getuser()} on {socket.gethostname()} since " in err
    assert "add --read-only" in err
    code, out, err = run(capsys, *argv, "--read-only")
    assert code == 0 and err == "", err
    assert out.strip()
    if command[0] == "list":
        assert "Montefalco" in out
    if command[0] == "backup":
        assert "Backup written" in out


def test_check_reads_a_held_file_with_or_without_read_only(
    capsys: pytest.CaptureFixture[str], held_db: Path
) -> None:
    for extra in ([], ["--read-only"]):
        code, out, err = run(capsys, "check", "--db", str(held_db), *extra)
        assert code == 0 and "1 partners" in out, err


def test_the_holder_is_named_in_the_user_language(
    capsys: pytest.CaptureFixture[str], held_db: Path
) -> None:
    assert main(["--lang", "fr", "list", "partners", "--db", str(held_db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Erreur\u00a0: {held_db} est utilisé par {getpass.getuser()} sur ")
    assert "ajoutez --read-only" in err and len(err.strip().splitlines()) == 1


def test_a_writing_command_on_a_held_file_says_to_wait(
    capsys: pytest.CaptureFixture[str], held_db: Path
) -> None:
    code, out, err = run(capsys, "demo", "--db", str(held_db))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "is in use by" in err and "wait until they close it" in err
    assert "--read-only" not in err


def test_writing_commands_do_not_take_read_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", "demo", "--read-only", "--db", str(tmp_path / "x.sqlite3")])
    assert done.value.code == 2
    assert "unrecognized arguments: --read-only" in capsys.readouterr().err


# ---------------------------------------------------------------- output piped into head


class _ClosedPipe(io.TextIOBase):
    """A standard output whose reader has gone, as after ``| head -1``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.fixture
def many_partners(tmp_path: Path) -> Path:
    """More lines than a pipe holds (64 KiB), so that the writer outlives its reader."""
    path = tmp_path / "many.sqlite3"
    services = Services.open(path)
    try:
        services.partners.save_many(
            [
                PartnerData(name=f"Commune jumelée numéro {i:04d}", country_code="DE")
                for i in range(2500)
            ]
        )
    finally:
        services.close()
    return path


def test_a_closed_output_ends_quietly_in_process(
    capsys: pytest.CaptureFixture[str], many_partners: Path
) -> None:
    with contextlib.redirect_stdout(_ClosedPipe()):
        code = main(["--lang", "en", "list", "partners", "--db", str(many_partners)])
    assert code == 141
    assert capsys.readouterr().err == ""


def cli_subprocess(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """The real command line, as ``twinning-desk`` runs it (``python -m twinning_desk``)."""
    return subprocess.Popen(
        [sys.executable, "-m", "twinning_desk", "--lang", "en", *args],
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_output_closed_early_leaves_no_traceback(many_partners: Path) -> None:
    child = cli_subprocess("list", "partners", "--db", str(many_partners), stdout=subprocess.PIPE)
    assert child.stdout is not None
    child.stdout.close()  # the reader is gone before the first line is written
    _, err = child.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""
    assert child.returncode in (0, 141)


@pytest.mark.skipif(shutil.which("head") is None, reason="no head command here")
def test_piped_into_head(many_partners: Path) -> None:
    """``twinning-desk list partners | head -1``, as a shell runs it."""
    with subprocess.Popen(
        ["head", "-1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as head:
        assert head.stdin is not None and head.stdout is not None
        child = cli_subprocess("list", "partners", "--db", str(many_partners), stdout=head.stdin)
        head.stdin.close()  # only head reads the pipe now, as in a shell
        first = head.stdout.read()
    _, err = child.communicate(timeout=120)
    assert first.startswith("Partner") and len(first.splitlines()) == 1
    assert "Traceback" not in err and err == "", err
    assert child.returncode in (0, 141)


# ---------------------------------------------------------------- numbers out of range


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    assert out == ""
    return int(done.value.code or 0), err


@pytest.mark.parametrize(
    ("args", "option", "expected"),
    [
        (["list", "events", "--year", "20266"], "--year", "a year from 1900 to 2200"),
        (["list", "delegations", "--year", "-5"], "--year", "a year from 1900 to 2200"),
        (["list", "budget", "--year", "1899"], "--year", "a year from 1900 to 2200"),
        (["list", "budget", "--year=abc"], "--year", "a year from 1900 to 2200"),
        (["import", "budget", "b.csv", "--year", "2201"], "--year", "a year from 1900"),
        (["export", "calendar", "c.ics", "--year", "0"], "--year", "a year from 1900"),
        (["export", "attendance", "a.pdf", "--delegation", "0"], "--delegation", "an id"),
        (["export", "attendance", "a.pdf", "--event", "-1"], "--event", "an id"),
        (["export", "person", "p.json", "--person", "1.5"], "--person", "an id"),
        (["purge", "--years", "0"], "--years", "a number of years from 1 to 50"),
        (["purge", "--years", "-3"], "--years", "a number of years from 1 to 50"),
        (["purge", "--years", "100000000000"], "--years", "a number of years from 1 to 50"),
    ],
)
def test_numbers_out_of_range_are_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    option: str,
    expected: str,
) -> None:
    db = tmp_path / "never-opened.sqlite3"
    code, err = usage_error(capsys, "--lang", "en", *args, "--db", str(db))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    value = args[-1].split("=", 1)[-1]  # the number is the last argument of each case
    assert f"argument {option}: expected {expected}" in err and f"“{value}”" in err, err
    assert not db.exists()  # refused before anything was opened


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "argument --year\u00a0: une année de 1900 à 2200 attendue, pas «\u00a02300\u00a0»"),
        ("de", "Argument --year: ein Jahr von 1900 bis 2200 erwartet, nicht „2300“"),
        ("it", "argomento --year: previsto un anno da 1900 a 2200, non «2300»"),
        ("es", "argumento --year: se esperaba un año de 1900 a 2200, no «2300»"),
        ("pl", "argument --year: oczekiwano roku od 1900 do 2200, a nie „2300”"),
    ],
)
def test_the_refusal_speaks_the_user_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, expected: str
) -> None:
    code, err = usage_error(
        capsys, "--lang", lang, "list", "events", "--year", "2300", "--db", str(tmp_path / "x")
    )
    assert code == 2 and expected in err and len(err.strip().splitlines()) == 1


def test_the_limits_themselves_are_accepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "limits.sqlite3")
    for year in ("1900", "2200"):
        code, out, err = run(
            capsys, "list", "events", "--year", year, "--format", "json", "--db", db
        )
        assert code == 0 and out.strip() == "[]", err
    code, out, err = run(capsys, "purge", "--years", "50", "--db", db)
    assert code == 0 and out.startswith("0 "), err


# ---------------------------------------------------------------- import budget --decimal-mark


@pytest.fixture
def only_ambiguous(tmp_path: Path) -> Path:
    """A plan whose one amount, "1,500", is 1,50 € or 1 500 € and nothing else tells."""
    path = tmp_path / "plan.csv"
    path.write_text("Label;Account;Forecast\nTrain tickets;625;1,500\n", encoding="utf-8")
    return path


def budget_lines(capsys: pytest.CaptureFixture[str], db: str) -> list[tuple[str, Decimal]]:
    argv = ["--lang", "en", "list", "budget", "--year", "2026", "--format", "json", "--db", db]
    assert main(argv) == 0
    return [
        (line["label"], Decimal(line["forecast"])) for line in json.loads(capsys.readouterr().out)
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_amount_readable_two_ways_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, only_ambiguous: Path, lang: str
) -> None:
    db = str(tmp_path / "b.sqlite3")
    argv = ["--lang", lang, "import", "budget", str(only_ambiguous), "--year", "2026"]
    assert main([*argv, "--db", db]) == 0
    out, err = capsys.readouterr()
    # Reported on its row, in one line, pointing at the option; never guessed.
    assert err.count("\n") == 1 and "1,500" in err and "(--decimal-mark)" in err
    assert err.startswith("row 2: " if lang == "en" else "ligne 2\u00a0: "), err
    assert ("0 budget lines, 1 errors" if lang == "en" else "0 ligne") in out
    assert budget_lines(capsys, db) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("mark", "forecast", "shown_in_french"),
    [("comma", Decimal("1.50"), "1,50"), ("dot", Decimal("1500"), "1\u202f500,00")],
)
def test_the_stated_decimal_mark_decides_whatever_the_language(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    only_ambiguous: Path,
    lang: str,
    mark: str,
    forecast: Decimal,
    shown_in_french: str,
) -> None:
    db = str(tmp_path / "b.sqlite3")
    argv = ["import", "budget", str(only_ambiguous), "--year", "2026", "--decimal-mark", mark]
    assert main(["--lang", lang, *argv, "--db", db]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.count("\n") == 1
    assert budget_lines(capsys, db) == [("Train tickets", forecast)]
    assert main(["--lang", "fr", "list", "budget", "--year", "2026", "--db", db]) == 0
    assert f" {shown_in_french} " in capsys.readouterr().out


def test_the_decimal_mark_is_comma_or_dot(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, only_ambiguous: Path
) -> None:
    code, err = usage_error(
        capsys, "--lang", "en", "import", "budget", str(only_ambiguous), "--decimal-mark", ","
    )
    assert code == 2 and "argument --decimal-mark: invalid choice" in err
