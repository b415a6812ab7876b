"""Migration 0011 (issue #17): two covering indexes replace two narrower ones. A file or
a server database made at 0010 keeps every row, and the lists' questions are answered
from the new indexes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from twinning_desk.db.database import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from twinning_desk.services.budget import BudgetQuery
from twinning_desk.services.context import Services
from twinning_desk.services.events import EventQuery

BEFORE = "0010_history"
TABLES = ("partner", "event", "event_partners", "budget_year", "budget_category", "budget_line")


def _fill_at_0010(conn: Any) -> None:
    execute = conn.exec_driver_sql
    for i in range(1, 6):
        execute(
            "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
            f" VALUES ({i}, 'Ville {i}', 'ville {i}', 'town', 'DE', 'active')"
        )
    for i in range(1, 31):
        execute(
            "INSERT INTO event (id, title, type, start, all_day, status, local_participants,"
            f" ics_uid, place) VALUES ({i}, 'Rencontre {i}', 'concert',"
            f" '20{10 + i % 7}-0{1 + i % 9}-01 00:00:00', true, 'done', {i}, 'uid-{i}',"
            f" {'NULL' if i % 3 else repr('Salle ' + str(i))})"
        )
        execute(f"INSERT INTO event_partners (event_id, partner_id) VALUES ({i}, {1 + i % 5})")
    # Ids beyond those a server's sequences give the chart seeded on opening.
    for y, year in enumerate((2025, 2026), start=1001):
        execute(
            "INSERT INTO budget_year (id, year, start_date, end_date, is_current, closed)"
            f" VALUES ({y}, {year}, '{year}-01-01', '{year}-12-31', false, false)"
        )
    execute(
        "INSERT INTO budget_category (id, code, label, kind, position)"
        " VALUES (1001, '623', 'Publicité', 'charge', 1), (1002, '74', 'Subventions', 'produit', 2)"
    )
    for i in range(1, 41):
        execute(
            "INSERT INTO budget_line (id, year_id, kind, category_id, label, forecast_cents,"
            f" actual_cents, currency, event_id) VALUES ({i}, {1001 + i % 2},"
            f" '{'charge' if i % 3 else 'produit'}', {1001 if i % 3 else 1002}, 'Ligne {i}',"
            f" {i * 100}, {i * 50}, 'EUR', {'NULL' if i % 4 or i > 30 else i})"
        )


def _rows(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: [
            tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2").all()
        ]
        for table in TABLES
    }


def _kept(
    before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]
) -> None:
    """Every row as it was; the chart of accounts seeded on opening may add accounts."""
    for table, rows in before.items():
        if table == "budget_category":
            assert set(rows) <= set(after[table])
        else:
            assert after[table] == rows, table


def _indexes(engine: Any, table: str) -> dict[str, list[str]]:
    return {i["name"]: i["column_names"] for i in inspect(engine).get_indexes(table)}


def _check_indexes(engine: Any) -> None:
    budget = _indexes(engine, "budget_line")
    assert budget["ix_budget_line_year_totals"] == [
        "year_id",
        "category_id",
        "forecast_cents",
        "actual_cents",
    ]
    assert "ix_budget_line_year_category" not in budget
    events = _indexes(engine, "event")
    assert events["ix_event_start_words"] == ["start", "title", "place"]
    assert "ix_event_start" not in events


def _check_answers(services: Services) -> None:
    """The lists read through the new indexes give what the rows say, computed here."""
    summary = services.budget.summary(2026)
    lines_2026 = [i for i in range(1, 41) if i % 2 == 1]
    charges = sum(i * 100 for i in lines_2026 if i % 3)
    totals = {c.code: c.forecast_cents for c in summary.categories if c.forecast_cents}
    assert totals == {  # the chart seeded on opening adds accounts at zero
        "623": charges,
        "74": sum(i * 100 for i in lines_2026) - charges,
    }
    assert services.budget.count(BudgetQuery(year=2026)) == len(lines_2026)
    found = services.events.rows(EventQuery(text="rencontre 2"), 0, 200)
    expected = {i for i in range(1, 31) if str(i).startswith("2")}
    assert {r.id for r in found} == expected
    assert [r.start for r in found] == sorted((r.start for r in found), reverse=True)
    assert {r.id for r in services.events.rows(EventQuery(text="SALLE"), 0, 200)} == {
        i for i in range(1, 31) if i % 3 == 0
    }


def test_upgrade_from_0010_keeps_every_row_and_swaps_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "before-0011.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), BEFORE)
        _fill_at_0010(conn)
        before = _rows(conn)
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            _kept(before, _rows(conn))
        _check_indexes(db.engine)
    finally:
        db.close()
    services = Services.open(path)
    try:
        _check_answers(services)
    finally:
        services.close()


def test_the_year_totals_and_a_search_read_the_indexes_alone(tmp_path: Path) -> None:
    """What the indexes are for, on SQLite: the summary's sums and the events' search
    are answered from the index, never by fetching each row from the table."""
    services = Services.open(tmp_path / "plans.sqlite3")
    statements: list[tuple[str, Any]] = []

    from sqlalchemy import event

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        services.budget.ensure_year(2026)
        statements.clear()
        services.budget.summary(2026)
        services.events.count(EventQuery(text="x"))
        services.events.rows(EventQuery(text="x"), 0, 200)
        event.remove(services.db.engine, "before_cursor_execute", seen)
        with services.db.engine.connect() as conn:
            plans = [
                " / ".join(
                    row[3]
                    for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
                )
                for sql, params in list(statements)
            ]
        summary, count, page = (
            plans[0],
            next(p for p in plans if "SCAN event" in p and "MATERIALIZE" not in p),
            next(p for p in plans if "MATERIALIZE" in p),
        )
        assert "COVERING INDEX ix_budget_line_year_totals" in summary
        assert "SCAN event USING COVERING INDEX ix_event_start_words" in count
        assert "SCAN event USING COVERING INDEX ix_event_start_words" in page
    finally:
        if event.contains(services.db.engine, "before_cursor_execute", seen):
            event.remove(services.db.engine, "before_cursor_execute", seen)
        services.close()


@pytest.mark.postgresql
def test_upgrade_from_0010_on_postgresql_keeps_every_row(pg_server: Any) -> None:
    from pytest_postgresql.janitor import DatabaseJanitor

    janitor = DatabaseJanitor(
        user=pg_server.user,
        host=pg_server.host,
        port=pg_server.port,
        password=pg_server.password,
        dbname="committee_at_0010",
    )
    janitor.init()
    try:
        url = pg_server.url("committee_at_0010")
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), BEFORE)
            _fill_at_0010(conn)
            before = _rows(conn)
        engine.dispose()
        services = Services.open(url)
        try:
            assert current_revision(services.db.engine) == head_revision()
            with services.db.engine.connect() as conn:
                _kept(before, _rows(conn))
            _check_indexes(services.db.engine)
            _check_answers(services)
        finally:
            services.close()
    finally:
        janitor.drop()
