"""Moving a committee between its SQLite file and a PostgreSQL server, and back (#20).

On a real server the tests start (tests/pg_server.py); the tables are compared through
dumps read with sqlite3 and psycopg directly, not through the code under test.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_server import Server
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from twinning_desk.db.database import (
    StorageError,
    _revision_graph,
    head_revision,
    open_database,
)
from twinning_desk.db.models import (
    Attachment,
    Base,
    BudgetCategory,
    BudgetKind,
    BudgetLine,
    BudgetYear,
    Commune,
    Partner,
)
from twinning_desk.services.context import Services
from twinning_desk.services.copying import (
    CopyError,
    copy_database,
    database_checks,
    table_check,
)
from twinning_desk.services.demo import load_demo
from twinning_desk.services.partners import PartnerData

pytestmark = pytest.mark.postgresql

SCAN = bytes(range(256)) * 500 + b"\x00end"  # a scanned agreement: every byte value
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(1000)


# ------------------------------------------------------------------ independent dumps


def sqlite_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the file as sqlite3 stores it, columns by name, rows sorted."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        dump = {}
        for table in tables:
            names = sorted(row[1] for row in conn.execute(f'PRAGMA table_info("{table}")'))
            listed = ", ".join(f'"{n}"' for n in names)
            rows = conn.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        conn.close()


def sqlite_sequences(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    finally:
        conn.close()


@pytest.fixture
def pg(pg_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A plain psycopg connection to the test's database, for reading it independently."""
    url = make_url(pg_url)
    conn = psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=url.username,
        password=url.password, autocommit=True,
    )  # fmt: skip
    yield conn
    conn.close()


def pg_counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    counts = {}
    for table in Base.metadata.sorted_tables:
        row = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
        assert row is not None
        counts[table.name] = int(row[0])
    return counts


def crash_and_restart(server: Server) -> None:
    """The server killed outright (a crash), then started again.

    ``Server.kill`` leaves the killed postmaster's Unix socket lock file behind, which
    stops the next start ("lock file … already exists"); a crashed server's administrator
    would remove it too."""
    server.kill()
    for stale in server.socket_dir.glob(f".s.PGSQL.{server.port}*"):
        stale.unlink(missing_ok=True)
    server.start()


# ------------------------------------------------------------------ a committee to move


@pytest.fixture
def committee(tmp_path: Path) -> Path:
    """The demo commune, plus what the demo lacks: documents (binary, with NUL bytes), a
    logo, exact decimals, a partner deleted (its id never to be reused), an account under
    a younger one."""
    path = tmp_path / "committee.sqlite3"
    services = Services.open(path)
    try:
        load_demo(services)
        gone = services.partners.save(PartnerData(name="Zzyzx", country_code="US"))
        services.partners.delete(gone)
        with services.db.transaction() as session:
            commune = session.scalars(select(Commune)).one()
            commune.logo, commune.logo_mime = LOGO, "image/png"
            partner = session.scalars(select(Partner).order_by(Partner.id)).first()
            assert partner is not None
            session.add(
                Attachment(
                    filename="charte-1987.pdf",
                    mime_type="application/pdf",
                    size=len(SCAN),
                    content=SCAN,
                    partner_id=partner.id,
                    description="Charte signée — « original »",
                )
            )
            year = session.scalars(select(BudgetYear)).first()
            category = session.scalars(
                select(BudgetCategory).where(BudgetCategory.kind == BudgetKind.CHARGE)
            ).first()
            assert year is not None and category is not None
            session.add(
                BudgetLine(
                    year_id=year.id,
                    kind=BudgetKind.CHARGE,
                    category_id=category.id,
                    label="Car à Łańcut",
                    forecast_cents=123456,
                    actual_cents=0,
                    currency="PLN",
                    foreign_amount=Decimal("5300.50"),
                    exchange_rate=Decimal("0.2345678901"),
                    entry_date=date(2026, 2, 28),
                )
            )
    finally:
        services.close()
    # An account filed under one created after it: its parent has the larger id, so
    # copying in id order would break the reference the server checks at once.
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO budget_category (code, label, kind, position) "
        "VALUES ('6X', 'Frais du comité', 'charge', 99)"
    )
    conn.execute(
        "UPDATE budget_category SET parent_id = "
        "(SELECT id FROM budget_category WHERE code = '6X') WHERE code = '60'"
    )
    conn.commit()
    conn.close()
    return path


def _max_ids(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table.name: int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"')
                            .fetchone()[0])
            for table in Base.metadata.sorted_tables
            if "id" in table.c
        }  # fmt: skip
    finally:
        conn.close()


# ------------------------------------------------------------------ the round trip


def test_sqlite_to_server_and_back_gives_identical_tables(
    committee: Path, pg_url: str, pg: psycopg.Connection[Any], tmp_path: Path
) -> None:
    before = sqlite_dump(committee)
    assert before["attachment"] and before["partner"] and before["budget_line"]
    seen: list[tuple[str, int, int, int]] = []

    up = copy_database(committee, pg_url, lambda *a: seen.append(a))

    # Every table of the models, each once, in order, with the source's count.
    names = [t.name for t in Base.metadata.sorted_tables]
    assert [s[0] for s in seen] == names
    assert [s[2] for s in seen] == list(range(1, len(names) + 1))
    assert {t.name: t.rows for t in up.tables} == {
        name: len(rows) for name, rows in before.items() if name in names
    }
    # On the server, read with psycopg: the same counts, the same bytes and values.
    assert pg_counts(pg) == {name: len(before[name]) for name in names}
    row = pg.execute("SELECT content, size FROM attachment").fetchone()
    assert row is not None and bytes(row[0]) == SCAN and row[1] == len(SCAN)
    row = pg.execute("SELECT logo FROM commune").fetchone()
    assert row is not None and bytes(row[0]) == LOGO
    row = pg.execute(
        "SELECT foreign_amount, exchange_rate, entry_date FROM budget_line "
        "WHERE label = 'Car à Łańcut'"
    ).fetchone()
    assert row == ("5300.50", "0.2345678901", date(2026, 2, 28))

    back = tmp_path / "back" / "committee.sqlite3"
    down = copy_database(pg_url, back)
    assert sqlite_dump(back) == before
    assert down.tables == up.tables
    # No write-ahead log or temporary file left beside the copy.
    assert sorted(p.name for p in back.parent.iterdir()) == ["committee.sqlite3"]
    # The deleted partner's id stays used on both sides.
    assert sqlite_sequences(back)["partner"] == sqlite_sequences(committee)["partner"]


def test_after_a_copy_to_the_server_new_records_take_new_ids(committee: Path, pg_url: str) -> None:
    high = sqlite_sequences(committee)
    largest = _max_ids(committee)
    assert high["partner"] > largest["partner"]  # the deleted one
    copy_database(committee, pg_url)
    services = Services.open(pg_url)
    try:
        new = services.partners.save(PartnerData(name="Nouvelle-Ville", country_code="CA"))
        assert new == high["partner"] + 1
        # Every counted table accepts a new row: here a theme, never inserted by the copy.
        with services.db.transaction() as session:
            session.execute(text("INSERT INTO local_actor (name) VALUES ('Chorale')"))
            session.execute(text("INSERT INTO budget_year (year, start_date, end_date, "
                                 "is_current, closed) VALUES (2099, '2099-01-01', "
                                 "'2099-12-31', false, false)"))  # fmt: skip
    finally:
        services.close()


def test_a_copy_into_a_new_database_of_the_server_creates_its_tables(
    committee: Path, pg_server: Server, tmp_path: Path
) -> None:
    from pytest_postgresql.janitor import DatabaseJanitor

    janitor = DatabaseJanitor(
        user=pg_server.user, host=pg_server.host, port=pg_server.port,
        password=pg_server.password, dbname="copy_into_bare",
    )  # fmt: skip
    janitor.init()
    try:
        copy_database(committee, pg_server.url("copy_into_bare"))
        copy_database(pg_server.url("copy_into_bare"), tmp_path / "again.sqlite3")
        assert sqlite_dump(tmp_path / "again.sqlite3") == sqlite_dump(committee)
    finally:
        janitor.drop()


def test_a_copy_into_an_empty_file_made_by_the_app(committee: Path, tmp_path: Path) -> None:
    """A file created by opening it (so holding only the seeded chart) may receive a copy."""
    target = tmp_path / "empty.sqlite3"
    Services.open(target).close()
    copy_database(committee, target)
    assert sqlite_dump(target) == sqlite_dump(committee)


# ------------------------------------------------------------------ refusals


def test_a_target_that_holds_something_is_refused_and_left_unchanged(
    committee: Path, pg_url: str, pg: psycopg.Connection[Any], tmp_path: Path
) -> None:
    services = Services.open(pg_url)
    try:
        services.partners.save(PartnerData(name="Déjà-là", country_code="BE"))
    finally:
        services.close()
    before = {t.name: t for t in _server_checks(pg_url)}
    with pytest.raises(CopyError) as refused:
        copy_database(committee, pg_url)
    # The partner, and its History line (record_change) since the History exists.
    assert "is not empty (it holds partner, record_change)" in refused.value.render()
    assert {t.name: t for t in _server_checks(pg_url)} == before

    # A file too, even one only the treasurer's renamed account makes non-empty.
    other = tmp_path / "other.sqlite3"
    services = Services.open(other)
    try:
        services.budget.rename_category("60", "Achats divers")
    finally:
        services.close()
    dump = sqlite_dump(other)
    with pytest.raises(CopyError) as refused:
        copy_database(committee, other)
    assert "it holds budget_category" in refused.value.render()
    assert sqlite_dump(other) == dump


def _server_checks(url: str) -> list[Any]:
    engine_db = open_shared_engine(url)
    try:
        with engine_db.connect() as connection:
            return database_checks(connection)
    finally:
        engine_db.dispose()


def open_shared_engine(url: str) -> Any:
    from twinning_desk.db.server import make_server_engine, server_url

    return make_server_engine(server_url(url))


def test_a_source_at_another_revision_is_refused(tmp_path: Path, pg_url: str) -> None:
    old = tmp_path / "old.sqlite3"
    open_database(old).close()
    previous = _revision_graph()[head_revision()]
    assert previous is not None
    for revision, words in (
        (previous, "open it once with this version"),
        ("a-revision-from-the-future", "written by a newer version"),
    ):
        conn = sqlite3.connect(old)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
        with pytest.raises(CopyError) as refused:
            copy_database(old, pg_url)
        assert words in refused.value.render()
    with pytest.raises(CopyError) as refused:
        copy_database(tmp_path / "missing.sqlite3", pg_url)
    assert "does not exist" in refused.value.render()


def test_source_and_target_the_same_is_refused(committee: Path) -> None:
    with pytest.raises(CopyError):
        copy_database(committee, committee)


# ------------------------------------------------------------------ failures half-way


def test_a_row_refused_half_way_leaves_the_server_as_it_was(committee: Path, pg_url: str) -> None:
    """A value SQLite let in but PostgreSQL refuses (a country code of three letters in a
    two-letter column), in a table copied late: nothing of the earlier tables stays."""
    conn = sqlite3.connect(committee)
    conn.execute("UPDATE person SET country_code = 'FRA' WHERE id = (SELECT min(id) FROM person)")
    conn.commit()
    conn.close()
    before = _server_checks(pg_url)
    with pytest.raises(CopyError) as failed:
        copy_database(committee, pg_url)
    assert "nothing was copied, the target is as it was" in failed.value.render()
    assert _server_checks(pg_url) == before
    # Still an empty committee: a second try (after fixing the row) is accepted.
    conn = sqlite3.connect(committee)
    conn.execute("UPDATE person SET country_code = 'FR' WHERE country_code = 'FRA'")
    conn.commit()
    conn.close()
    copy_database(committee, pg_url)


def test_the_server_killed_half_way_leaves_the_target_empty(
    committee: Path, pg_url: str, pg_server: Server
) -> None:
    before = _server_checks(pg_url)

    def kill_at_the_fifth(table: str, rows: int, index: int, count: int) -> None:
        if index == 5:
            crash_and_restart(pg_server)

    with pytest.raises(CopyError) as failed:
        copy_database(committee, pg_url, kill_at_the_fifth)
    assert "was lost during the copy" in failed.value.render()
    assert _server_checks(pg_url) == before


def test_a_new_file_is_not_left_half_written(committee: Path, pg_url: str, tmp_path: Path) -> None:
    copy_database(committee, pg_url)
    target = tmp_path / "out" / "copy.sqlite3"

    def stop(table: str, rows: int, index: int, count: int) -> None:
        if index == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_database(pg_url, target, stop)
    assert list(target.parent.iterdir()) == []


# ------------------------------------------------------------------ checksums


def test_checksums_differ_when_a_row_differs_and_agree_across_engines(
    committee: Path, tmp_path: Path, pg_url: str
) -> None:
    twin = tmp_path / "twin.sqlite3"
    copy_database(committee, twin)

    def checks(path: Path) -> dict[str, Any]:
        db = open_database(path, check=False)
        try:
            with db.engine.connect() as connection:
                return {t.name: t for t in database_checks(connection)}
        finally:
            db.close()

    assert checks(twin) == checks(committee)
    conn = sqlite3.connect(twin)
    conn.execute("UPDATE budget_line SET foreign_amount = '5300.51' WHERE currency = 'PLN'")
    conn.commit()
    conn.close()
    changed = checks(twin)
    original = checks(committee)
    assert changed["budget_line"].checksum != original["budget_line"].checksum
    assert changed["budget_line"].rows == original["budget_line"].rows
    assert {k: v for k, v in changed.items() if k != "budget_line"} == {
        k: v for k, v in original.items() if k != "budget_line"
    }
    # 5300.50 and 5300.5 are one amount; a date is a date on both engines.
    conn = sqlite3.connect(twin)
    conn.execute("UPDATE budget_line SET foreign_amount = '5300.5' WHERE currency = 'PLN'")
    conn.commit()
    conn.close()
    assert checks(twin)["budget_line"] == original["budget_line"]

    copy_database(committee, pg_url)
    engine = open_shared_engine(pg_url)
    try:
        with engine.connect() as connection:
            on_server = {t.name: t for t in database_checks(connection)}
            one = table_check(connection, Base.metadata.tables["partner"])
    finally:
        engine.dispose()
    assert on_server == original and one == original["partner"]


# ------------------------------------------------------------------ a dropped connection


def test_killing_the_server_mid_transaction_loses_nothing_committed(
    pg_url: str, pg_server: Server
) -> None:
    # The test server commits without waiting for the disk (synchronous_commit=off, for
    # speed): a commit is then lost in a crash within the next few hundred ms, whether it
    # happens depending on the machine's load. This database commits as a real server
    # does, so that "committed" means kept, as the test says.
    name = make_url(pg_url).database
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = on')
    services = Services.open(pg_url)
    try:
        kept = services.partners.save(PartnerData(name="Montefalco", country_code="IT"))
        with pytest.raises(StorageError) as lost:
            with services.db.transaction() as session:
                session.add(Partner(name="Perdue", name_key="perdue", country_code="ES"))
                session.flush()
                crash_and_restart(pg_server)
        assert "was lost: nothing was saved" in lost.value.render()
        # The same services go on once the server is back (the pool reconnects).
        after = services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    finally:
        services.close()
    services = Services.open(pg_url)
    try:
        with services.db.reading() as session:
            names = dict(session.execute(select(Partner.id, Partner.name)).all())
    finally:
        services.close()
    assert names == {kept: "Montefalco", after: "Kenilworth"}


def test_a_backup_of_the_server_is_a_dated_file_equal_to_it(
    committee: Path, pg_url: str, tmp_path: Path
) -> None:
    from twinning_desk.services.copying import backup_to_file

    copy_database(committee, pg_url)
    services = Services.open(pg_url)
    try:
        report = backup_to_file(services.db.engine, services.db.label, services.db.name,
                                tmp_path / "backups")  # fmt: skip
    finally:
        services.close()
    written = Path(report.target)
    assert written.parent == tmp_path / "backups"
    match = re.fullmatch(r"(.+)-(\d{8}-\d{6})\.sqlite3", written.name)
    assert match is not None and match[1] == make_url(pg_url).database
    taken = datetime.strptime(match[2], "%Y%m%d-%H%M%S")
    assert timedelta(0) <= datetime.now() - taken < timedelta(minutes=5)
    assert sqlite_dump(written) == sqlite_dump(committee)
