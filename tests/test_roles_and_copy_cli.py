"""The shared database's command line: ``copy``, ``backup --db postgresql://…`` and
``db create-roles`` (with its psql twin, packaging/postgresql/roles.sql), on a real server.
"""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_server import Server
from pytest_postgresql.janitor import DatabaseJanitor
from sqlalchemy import select
from sqlalchemy.engine import make_url

from twinning_desk.cli import main
from twinning_desk.db.database import StorageError
from twinning_desk.db.models import Base, Partner
from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
from twinning_desk.services.partners import PartnerData

ROOT = Path(__file__).resolve().parent.parent
ROLES_SQL = ROOT / "packaging" / "postgresql" / "roles.sql"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    services = Services.open(path)
    try:
        load_demo(services)
    finally:
        services.close()
    return path


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t.name: conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
            for t in Base.metadata.sorted_tables
        }
    finally:
        conn.close()


# ------------------------------------------------------------------ copy


@pytest.mark.postgresql
def test_copy_there_and_back_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str
) -> None:
    source = demo_file(tmp_path)
    code, out, err = run(capsys, "copy", str(source), pg_url)
    assert code == 0, err
    tables = len(Base.metadata.sorted_tables)
    # One progress line per table on stderr, the result on stdout.
    progress = err.splitlines()
    assert len(progress) == tables
    assert progress[0].startswith(f"[1/{tables}] ") and progress[-1].startswith(f"[{tables}/")
    counts = table_counts(source)
    assert f"] partner, rows: {counts['partner']}\n" in err and counts["partner"] > 1
    assert out.count("\n") == 1 and f"tables: {tables}, rows: {sum(counts.values())}." in out
    assert "jumelage-test" not in out + err  # the password is never printed

    back = tmp_path / "back.sqlite3"
    code, out, err = run(capsys, "copy", pg_url, str(back))
    assert code == 0, err
    assert table_counts(back) == counts

    # Again into the same, now full, database: refused in one line, nothing changed.
    code, out, err = run(capsys, "copy", str(source), pg_url)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("Error: ") and "is not empty" in err and "partner" in err


def test_copy_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Source missing, server unreachable: a sentence each, no traceback."""
    code, out, err = run(capsys, "copy", str(tmp_path / "none.sqlite3"), str(tmp_path / "x"))
    assert code == 1 and err.count("\n") == 1 and "none.sqlite3 does not exist" in err
    assert not (tmp_path / "x").exists()

    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    nowhere = f"postgresql://someone:secret@127.0.0.1:{port}/jumelage"
    source = tmp_path / "c.sqlite3"
    Services.open(source).close()
    for args in (("copy", str(source), nowhere), ("copy", nowhere, str(tmp_path / "y"))):
        code, out, err = run(capsys, *args)
        assert code == 1 and err.count("\n") == 1, err
        assert "cannot be reached" in err and "Traceback" not in err
        assert "secret" not in err
    assert not (tmp_path / "y").exists()


@pytest.mark.postgresql
def test_copy_with_a_wrong_password_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str
) -> None:
    wrong = pg_url.replace(":jumelage-test@", ":not-the-password@")
    source = tmp_path / "c.sqlite3"
    Services.open(source).close()
    code, _out, err = run(capsys, "copy", str(source), wrong)
    assert code == 1 and err.count("\n") == 1
    assert "refused the user name or the password" in err


@pytest.mark.postgresql
def test_backup_of_a_shared_database_is_a_dated_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str
) -> None:
    source = demo_file(tmp_path)
    assert run(capsys, "copy", str(source), pg_url)[0] == 0
    code, out, err = run(capsys, "backup", "--db", pg_url)
    assert code == 0, err
    written = Path(out.split(": ", 1)[1].strip())
    name = make_url(pg_url).database
    assert re.fullmatch(rf"{name}-\d{{8}}-\d{{6}}\.sqlite3", written.name)
    assert written.parent == AppPaths.from_environment().backup_dir
    assert table_counts(written) == table_counts(source)
    # To a file named on the line, replacing it (as a file's backup does).
    named = tmp_path / "stick" / "jumelage.sqlite3"
    named.parent.mkdir()
    named.write_bytes(b"")
    code, out, err = run(capsys, "backup", "--db", pg_url, str(named))
    assert code == 0, err
    assert table_counts(named) == table_counts(source)


# ------------------------------------------------------------------ roles


def _roles_from(out: str) -> dict[str, tuple[str, str]]:
    """{kind: (role, password)} from the command's lines."""
    found = {}
    for kind in ("owner", "editor", "reader"):
        match = re.search(rf"^{kind} .*?: (\S+), password: (\S+)$", out, re.M)
        assert match, out
        found[kind] = (match[1], match[2])
    return found


def _rights(pg_url: str) -> dict[tuple[str, str, str], bool]:
    """{(table, kind, right): granted}: kinds, not names, so two databases compare."""
    url = make_url(pg_url)
    prefix = url.database
    conn = psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=url.username,
        password=url.password, autocommit=True,
    )  # fmt: skip
    try:
        rights = {}
        for table in [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]:
            for kind in ("owner", "editor", "reader"):
                for what in ("SELECT", "INSERT", "UPDATE", "DELETE"):
                    row = conn.execute(
                        "SELECT has_table_privilege(%s, %s, %s)",
                        (f"{prefix}_{kind}", f"public.{table}", what),
                    ).fetchone()
                    assert row is not None
                    rights[(table, kind, what)] = bool(row[0])
        return rights
    finally:
        conn.close()


@pytest.mark.postgresql
def test_create_roles_reader_opens_read_only_and_editor_writes(
    capsys: pytest.CaptureFixture[str], pg_url: str, pg_server: Server
) -> None:
    db = make_url(pg_url).database
    assert db is not None
    code, out, err = run(capsys, "db", "create-roles", "--db", pg_url)
    assert code == 0, err
    roles = _roles_from(out)
    assert {k: v[0] for k, v in roles.items()} == {k: f"{db}_{k}" for k in roles}

    # The reader: read-only, every record visible, a write refused in words.
    reader = Services.open(pg_server.url(db, user=roles["reader"][0], password=roles["reader"][1]))
    try:
        assert reader.read_only
        assert reader.partners.count() == 0
        with pytest.raises(StorageError) as refused:
            reader.partners.save(PartnerData(name="Interdite", country_code="FR"))
        assert "read-only" in refused.value.render()
    finally:
        reader.close()

    # The editor writes; the reader then reads what was written.
    editor = Services.open(pg_server.url(db, user=roles["editor"][0], password=roles["editor"][1]))
    try:
        assert not editor.read_only
        pid = editor.partners.save(PartnerData(name="Montefalco", country_code="IT"))
        editor.partners.delete(pid)
        again = editor.partners.save(PartnerData(name="Montefalco", country_code="IT"))
    finally:
        editor.close()
    reader = Services.open(pg_server.url(db, user=roles["reader"][0], password=roles["reader"][1]))
    try:
        with reader.db.reading() as session:
            assert session.scalars(select(Partner.id)).all() == [again]
    finally:
        reader.close()

    # The reader may take the data home: a backup to a dated file.
    reader_url = pg_server.url(db, user=roles["reader"][0], password=roles["reader"][1])
    code, out, err = run(capsys, "backup", "--db", reader_url)
    assert code == 0, err
    with sqlite3.connect(Path(out.split(": ", 1)[1].strip())) as kept:
        assert kept.execute("SELECT id, name FROM partner").fetchall() == [(again, "Montefalco")]
        # The counter went on past the deleted partner, in the backup too.
        assert kept.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'partner'"
        ).fetchone() == (again,)

    # A table a later upgrade creates (as the owner) is covered by the default privileges.
    owner_url = make_url(pg_server.url(db, user=roles["owner"][0], password=roles["owner"][1]))
    with psycopg.connect(
        host=owner_url.host, port=owner_url.port, dbname=db, user=owner_url.username,
        password=owner_url.password, autocommit=True,
    ) as owner:  # fmt: skip
        owner.execute("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
        owner.execute("ALTER TABLE partner ADD COLUMN later_column integer")  # owner may
        checks = owner.execute(
            "SELECT has_table_privilege(%s, 'later_table', 'INSERT'), "
            "has_sequence_privilege(%s, 'later_table_id_seq', 'USAGE'), "
            "has_table_privilege(%s, 'later_table', 'SELECT'), "
            "has_table_privilege(%s, 'later_table', 'INSERT')",
            (roles["editor"][0], roles["editor"][0], roles["reader"][0], roles["reader"][0]),
        ).fetchone()
    assert checks == (True, True, True, False)

    # Again: harmless, passwords kept unless new ones are asked for.
    code, out, err = run(capsys, "db", "create-roles", "--db", pg_url)
    assert code == 0 and "password: " not in out and out.count("its password was kept") == 3
    code, out, err = run(capsys, "db", "create-roles", "--db", pg_url, "--new-passwords")
    assert code == 0 and _roles_from(out)["reader"][1] != roles["reader"][1]


@pytest.mark.postgresql
def test_only_an_administrator_creates_roles(
    capsys: pytest.CaptureFixture[str], pg_url: str, pg_server: Server
) -> None:
    db = make_url(pg_url).database
    assert db is not None
    code, out, _err = run(capsys, "db", "create-roles", "--db", pg_url, "--prefix", "first")
    roles = _roles_from(out)
    editor = pg_server.url(db, user=roles["editor"][0], password=roles["editor"][1])
    code, out, err = run(capsys, "db", "create-roles", "--db", editor, "--prefix", "second")
    assert code == 1 and err.count("\n") == 1 and "may not create roles" in err


@pytest.fixture
def second_url(pg_server: Server, pg_template: str) -> Iterator[str]:
    """Another migrated committee database, for the roles made by psql."""
    janitor = DatabaseJanitor(
        user=pg_server.user, host=pg_server.host, port=pg_server.port,
        password=pg_server.password, dbname="roles_by_psql", template_dbname=pg_template,
    )  # fmt: skip
    janitor.init()
    yield pg_server.url(janitor.dbname)
    janitor.drop()


@pytest.mark.postgresql
def test_the_psql_script_gives_the_same_rights_as_the_command(
    capsys: pytest.CaptureFixture[str], pg_url: str, second_url: str, pg_server: Server
) -> None:
    code, _out, err = run(capsys, "db", "create-roles", "--db", pg_url)
    assert code == 0, err
    by_command = _rights(pg_url)
    assert by_command[("partner", "reader", "SELECT")]
    assert not by_command[("partner", "reader", "INSERT")]
    assert by_command[("budget_line", "editor", "DELETE")]
    assert not by_command[("budget_line", "reader", "DELETE")]

    url = make_url(second_url)
    result = subprocess.run(
        [
            str(pg_server.bindir / "psql"), "-X", "-q", "-h", str(url.host), "-p",
            str(url.port), "-U", str(url.username), "-d", str(url.database),
            "-v", f"prefix={url.database}", "-v", "owner_password=o-secret",
            "-v", "editor_password=e-secret", "-v", "reader_password=r-secret",
            "-f", str(ROLES_SQL),
        ],
        env={"PGPASSWORD": str(url.password), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _rights(second_url) == by_command
    database = str(url.database)
    for kind, secret, read_only in (("reader", "r-secret", True), ("editor", "e-secret", False)):
        services = Services.open(pg_server.url(database, user=f"{database}_{kind}",
                                               password=secret))  # fmt: skip
        try:
            assert services.read_only is read_only
        finally:
            services.close()


@pytest.fixture
def bare_url(pg_server: Server) -> Iterator[str]:
    """A database just created by the administrator (createdb): no table yet."""
    janitor = DatabaseJanitor(
        user=pg_server.user, host=pg_server.host, port=pg_server.port,
        password=pg_server.password, dbname="bare_committee",
    )  # fmt: skip
    janitor.init()
    yield pg_server.url(janitor.dbname)
    janitor.drop()


@pytest.mark.postgresql
def test_the_readme_way_roles_first_then_the_owner_copies_the_file_in(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bare_url: str, pg_server: Server
) -> None:
    """createdb, db create-roles, copy as the owner: the tables the owner's copy creates
    are the editor's and the reader's through the default privileges."""
    db = str(make_url(bare_url).database)
    code, out, err = run(capsys, "db", "create-roles", "--db", bare_url)
    assert code == 0, err
    roles = _roles_from(out)

    def url(kind: str) -> str:
        return pg_server.url(db, user=roles[kind][0], password=roles[kind][1])

    source = demo_file(tmp_path)
    code, out, err = run(capsys, "copy", str(source), url("owner"))
    assert code == 0, err
    editor = Services.open(url("editor"))
    try:
        assert not editor.read_only
        before = editor.partners.count()
        editor.partners.save(PartnerData(name="Figueres", country_code="ES"))
    finally:
        editor.close()
    reader = Services.open(url("reader"))
    try:
        assert reader.read_only and reader.partners.count() == before + 1
    finally:
        reader.close()
    code, out, err = run(capsys, "copy", url("reader"), str(tmp_path / "home.sqlite3"))
    assert code == 0, err
    assert table_counts(tmp_path / "home.sqlite3")["partner"] == before + 1


@pytest.mark.postgresql
def test_check_and_restore_on_a_shared_database(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    services = Services.open(pg_url)
    services.partners.save(PartnerData(name="Łódź", country_code="PL"))
    services.close()
    code, out, err = run(capsys, "--lang", "en", "--db", pg_url, "check")
    assert code == 0, err
    assert out.startswith("OK: postgresql://") and "(1 partners," in out
    assert "jumelage-test" not in out  # the password is never printed
    backup = tmp_path / "b.sqlite3"
    backup.write_bytes(b"")
    code, out, err = run(capsys, "--lang", "en", "--db", pg_url, "restore", str(backup))
    assert code != 0 and "restored on the server" in err and "nothing was changed" in err
