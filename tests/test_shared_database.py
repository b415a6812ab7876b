"""The shared database on a real PostgreSQL server: opening, refusals, others' changes.

Each refusal is checked by its message in words (the source text, as the French UI
translates it), and by what was not changed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest
from pg_server import Server
from sqlalchemy import text

from twinning_desk.db.database import DatabaseOpenError, StorageError, head_revision
from twinning_desk.db.models import Partner
from twinning_desk.db.server import ChangeListener, connected_others, server_url
from twinning_desk.services.context import Services
from twinning_desk.services.partner_data import PartnerData

pytestmark = pytest.mark.postgresql


def _admin(server: Server, dbname: str = "postgres") -> psycopg.Connection:
    return psycopg.connect(server.url(dbname), autocommit=True)


def _dbname(url: str) -> str:
    return url.rsplit("/", 1)[-1]


@pytest.fixture
def shared(pg_url: str) -> Iterator[Services]:
    services = Services.open(pg_url)
    yield services
    services.close()


def _partner(name: str = "Łódź") -> PartnerData:
    return PartnerData(name=name, country_code="PL")


# ------------------------------------------------------------------ addresses


def test_tls_is_required_for_a_server_elsewhere_but_not_on_this_computer() -> None:
    assert server_url("postgresql://anne@db.example.org/comite").query["sslmode"] == "require"
    assert "sslmode" not in server_url("postgresql://anne@localhost/comite").query
    assert "sslmode" not in server_url("postgresql://anne@127.0.0.1:5433/comite").query
    # A mode the person chose is kept, and postgres:// is read as postgresql://.
    chosen = server_url("postgres://anne@db.example.org/comite?sslmode=verify-full")
    assert chosen.query["sslmode"] == "verify-full"
    assert chosen.drivername == "postgresql+psycopg"


def test_the_address_shown_never_holds_the_password(shared: Services, pg_url: str) -> None:
    assert shared.db.shared and shared.db.path is None
    assert "jumelage-test" in pg_url  # the fixture's password…
    assert "jumelage-test" not in shared.db.label  # …never shown
    assert shared.db.name == _dbname(pg_url)


# ------------------------------------------------------------------ the same app


def test_a_new_empty_database_is_created_at_the_head_revision(pg_server: Server) -> None:
    with _admin(pg_server) as admin:
        admin.execute("CREATE DATABASE brand_new")
    services = Services.open(pg_server.url("brand_new"))
    try:
        with services.db.reading() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == head_revision()
        assert services.partners.count() == 0
        pid = services.partners.save(_partner())
        assert services.partners.get(pid).name == "Łódź"
    finally:
        services.close()
    # Opened again: no second migration, the partner still there.
    again = Services.open(pg_server.url("brand_new"))
    try:
        assert [p.name for p in again.partners.rows()] == ["Łódź"]
    finally:
        again.close()


def test_search_stays_accent_insensitive(shared: Services) -> None:
    shared.partners.save(_partner("Łódź"))
    shared.partners.save(PartnerData(name="Göttingen", country_code="DE"))
    from twinning_desk.services.partner_data import PartnerQuery

    assert [p.name for p in shared.partners.rows(PartnerQuery(text="lodz"))] == ["Łódź"]
    assert [p.name for p in shared.partners.rows(PartnerQuery(text="GOTTI"))] == ["Göttingen"]


def test_money_comes_back_exact(shared: Services) -> None:
    from twinning_desk.db.models import BudgetKind
    from twinning_desk.services.budget_data import BudgetLineData

    shared.budget.ensure_year(2026)
    line_id = shared.budget.save(
        BudgetLineData(
            year=2026,
            kind=BudgetKind.CHARGE,
            category_code="625",
            label="Car hire",
            forecast_cents=123456,
            foreign_amount=Decimal("999.99"),
            exchange_rate=Decimal("0.2345"),
            currency="PLN",
        )
    )
    line = shared.budget.get(line_id)
    assert (line.forecast_cents, line.foreign_amount) == (123456, Decimal("999.99"))
    assert line.exchange_rate == Decimal("0.2345")


# ------------------------------------------------------------------ refusals in words


def test_wrong_password_is_said_and_nothing_opens(pg_url: str) -> None:
    url = pg_url.replace(":jumelage-test@", ":wrong@")
    with pytest.raises(DatabaseOpenError) as refused:
        Services.open(url)
    assert "refused the user name or the password" in refused.value.message.text


def test_a_stopped_server_is_said(pg_server: Server) -> None:
    with pytest.raises(DatabaseOpenError) as refused:
        # A port nobody listens on, on this computer.
        Services.open(f"postgresql://postgres:x@127.0.0.1:{_closed_port()}/comite")
    assert "cannot be reached" in refused.value.message.text


def test_tls_refused_by_the_server_is_said(pg_url: str) -> None:
    with pytest.raises(DatabaseOpenError) as refused:
        Services.open(pg_url + "?sslmode=require")
    assert "does not accept an encrypted (TLS) connection" in refused.value.message.text


def test_a_database_that_does_not_exist_is_said(pg_server: Server) -> None:
    with pytest.raises(DatabaseOpenError) as refused:
        Services.open(pg_server.url("no_such_committee"))
    assert "has no database by the name" in refused.value.message.text


def test_a_database_of_a_newer_version_is_refused_unchanged(pg_url: str, pg_server: Server) -> None:
    with _admin(pg_server, _dbname(pg_url)) as admin:
        admin.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        admin.execute("INSERT INTO theme (name) VALUES ('Sport')")
    with pytest.raises(DatabaseOpenError) as refused:
        Services.open(pg_url)
    assert "newer version of Twinning Desk" in refused.value.message.text
    with _admin(pg_server, _dbname(pg_url)) as admin:
        assert admin.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0099_from_the_future",
        )


def test_another_applications_database_is_refused(pg_server: Server) -> None:
    with _admin(pg_server) as admin:
        admin.execute("CREATE DATABASE accounting")
    with _admin(pg_server, "accounting") as admin:
        admin.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(DatabaseOpenError) as refused:
        Services.open(pg_server.url("accounting"))
    assert "another application's tables" in refused.value.message.text
    with _admin(pg_server, "accounting") as admin:
        assert admin.execute("SELECT to_regclass('alembic_version')").fetchone() == (None,)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ------------------------------------------------------------------ who may do what


def test_a_reader_role_opens_read_only_and_cannot_write(
    shared: Services, pg_server: Server, pg_url: str
) -> None:
    shared.partners.save(_partner())
    name = _dbname(pg_url)
    with _admin(pg_server, name) as admin:
        admin.execute("DROP ROLE IF EXISTS mayor_reads")
        admin.execute("CREATE ROLE mayor_reads LOGIN PASSWORD 'prints'")
        admin.execute(f"GRANT CONNECT ON DATABASE {name} TO mayor_reads")
        admin.execute("GRANT USAGE ON SCHEMA public TO mayor_reads")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO mayor_reads")
    mayor = Services.open(pg_server.url(name, user="mayor_reads", password="prints"))
    try:
        assert mayor.read_only
        assert [p.name for p in mayor.partners.rows()] == ["Łódź"]
        with pytest.raises(StorageError) as refused:
            mayor.partners.save(_partner("Göttingen"))
        assert "read-only" in refused.value.message.text
    finally:
        mayor.close()
        with _admin(pg_server, name) as admin:
            admin.execute("REASSIGN OWNED BY mayor_reads TO postgres")
            admin.execute("DROP OWNED BY mayor_reads")
        with _admin(pg_server) as admin:
            admin.execute("DROP ROLE mayor_reads")
    assert [p.name for p in shared.partners.rows()] == ["Łódź"]


# ------------------------------------------------------------------ nothing half-saved


def test_a_connection_dropped_mid_save_rolls_back_and_says_so(
    shared: Services, pg_server: Server, pg_url: str
) -> None:
    kept = shared.partners.save(_partner("Göttingen"))
    with pytest.raises(StorageError) as lost:
        with shared.db.transaction() as session:
            session.add(Partner(name="Varsovie", name_key="varsovie", country_code="PL"))
            session.flush()
            backend = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with _admin(pg_server) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (backend,))
    assert "connection to" in lost.value.message.text and "was lost" in lost.value.message.text
    # The pool reconnects: the earlier partner is there, the half-saved one is not.
    assert [p.id for p in shared.partners.rows()] == [kept]
    assert shared.partners.save(_partner("Łódź")) > kept


# ------------------------------------------------------------------ others' changes


def _wait_for(condition: object, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def test_a_change_committed_elsewhere_reaches_the_other_window(pg_url: str) -> None:
    secretary, treasurer = Services.open(pg_url), Services.open(pg_url)
    heard: list[list[str]] = []
    own: list[list[str]] = []
    listener = ChangeListener(treasurer.db, heard.append)
    own_listener = ChangeListener(secretary.db, own.append)
    listener.start()
    own_listener.start()
    try:
        time.sleep(0.5)  # both listening
        secretary.partners.save(_partner())
        assert _wait_for(lambda: heard), "the treasurer's window was never told"
        assert heard[0] == ["partners"]
        # A transaction that rolls back tells nobody; one's own change is not news.
        with pytest.raises(RuntimeError), secretary.db.transaction() as session:
            session.add(Partner(name="Varsovie", name_key="varsovie", country_code="PL"))
            session.flush()
            raise RuntimeError("cancelled")
        time.sleep(1.0)
        assert len(heard) == 1
        assert own == []
    finally:
        listener.stop()
        own_listener.stop()
        secretary.close()
        treasurer.close()


def test_who_else_is_connected(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "secretaire")
    secretary = Services.open(pg_url)
    secretary.partners.count()
    monkeypatch.setenv("LOGNAME", "tresorier")
    treasurer = Services.open(pg_url)
    try:
        treasurer.partners.count()
        others = connected_others(treasurer.db)
        assert len(others) == 1 and others[0].startswith("secretaire@")
        assert not any(o.startswith("tresorier@") for o in others)
    finally:
        secretary.close()
        treasurer.close()
