"""Opening, creating, upgrading and refusing database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from twinning_desk.db.database import (
    DatabaseOpenError,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from twinning_desk.db.models import Base


def test_new_file_is_created_at_head_with_fk_and_wal(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()


def test_models_and_migrations_agree(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        db.close()


def _first_revision() -> str:
    revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    return revisions[-1].revision


def test_upgrade_from_first_revision_keeps_rows_and_copies_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), _first_revision())
        conn.exec_driver_sql(
            "INSERT INTO commune (id, name, country_code, dormant_after_months,"
            " fiscal_year_start_month) VALUES (1, 'Ville', 'FR', 24, 1)"
        )
        for i in range(1, 51):
            conn.exec_driver_sql(
                "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
                f" VALUES ({i}, 'Town {i}', 'town {i}', 'town', 'DE', 'active')"
            )
            conn.exec_driver_sql(
                "INSERT INTO agreement (partner_id, type, french_version)"
                f" VALUES ({i}, 'charter', 1)"
            )
    engine.dispose()
    first_is_head = _first_revision() == head_revision()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partner").scalar() == 50
            assert conn.exec_driver_sql("SELECT count(*) FROM agreement").scalar() == 50
            assert conn.exec_driver_sql("SELECT name FROM commune").scalar() == "Ville"
        assert current_revision(db.engine) == head_revision()
        if not first_is_head:
            assert db.backup_before_upgrade is not None
            copy = sqlite3.connect(db.backup_before_upgrade)
            assert copy.execute("SELECT count(*) FROM partner").fetchone()[0] == 50
            copy.close()
    finally:
        db.close()


def test_newer_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("budget 2024\n")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        open_database(path)
    assert path.read_text() == "budget 2024\n"


def test_other_application_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="another application"):
        open_database(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)


def test_upgrade_from_0002_keeps_delegation_members(tmp_path: Path) -> None:
    """0003 adds a diet to members and an email to households, 0004 a folded search key
    for people; members and people survive."""
    path = tmp_path / "before-diet.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002_settings")
        conn.exec_driver_sql(
            "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
            " VALUES (1, 'Łańcut', 'lancut', 'town', 'PL', 'active')"
        )
        conn.exec_driver_sql(
            "INSERT INTO delegation (id, partner_id, direction, purpose, start_date, end_date,"
            " status) VALUES (1, 1, 'outgoing', 'official', '2025-05-01', '2025-05-04', 'done')"
        )
        conn.exec_driver_sql(
            "INSERT INTO household (id, name, capacity, has_pets, smoking, accessible)"
            " VALUES (1, 'Famille Garnier', 2, 1, 0, 0)"
        )
        for i in range(1, 21):
            conn.exec_driver_sql(
                f"INSERT INTO person (id, first_name, last_name, anonymised) VALUES ({i}, 'P{i}',"
                " 'Núñez', 0)"
            )
            conn.exec_driver_sql(
                "INSERT INTO delegation_member (delegation_id, person_id, role, invited,"
                " guardian_authorisation, needs, no_pets, no_smoking, needs_accessibility,"
                f" free_nights, free_meals) VALUES (1, {i}, 'resident', 0, 0, 'needs {i}', 0, 0,"
                " 0, 0, 0)"
            )
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT count(*), count(needs), count(diet) FROM delegation_member"
            ).one()
            assert tuple(rows) == (20, 20, 0)
            # 0004 fills the folded search key of the people already there.
            keys = conn.exec_driver_sql("SELECT search_key FROM person WHERE id = 7").scalar()
            assert keys == "p7 nunez"
            assert conn.exec_driver_sql("SELECT name, email FROM household").one() == (
                "Famille Garnier",
                None,
            )
        assert current_revision(db.engine) == head_revision()
        assert db.backup_before_upgrade is not None
    finally:
        db.close()


def test_upgrade_from_0004_keeps_every_child_of_a_partner(tmp_path: Path) -> None:
    """0005 copies the partner table (country becomes optional). SQLite drops the old copy;
    with foreign keys on, that drop would cascade to agreements, contacts and themes."""
    path = tmp_path / "before-0005.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004_person_search_key")
        conn.exec_driver_sql(
            "INSERT INTO commune (id, name, country_code, dormant_after_months,"
            " fiscal_year_start_month) VALUES (1, 'Ville', 'FR', 24, 1)"
        )
        conn.exec_driver_sql("INSERT INTO theme (id, name) VALUES (1, 'culture')")
        for i in range(1, 21):
            conn.exec_driver_sql(
                "INSERT INTO partner (id, name, name_key, kind, country_code, status)"
                f" VALUES ({i}, 'Town {i}', 'town {i}', 'town', 'PL', 'active')"
            )
            for kind in ("charter", "friendship"):
                conn.exec_driver_sql(
                    "INSERT INTO agreement (partner_id, type, french_version)"
                    f" VALUES ({i}, '{kind}', 0)"
                )
            conn.exec_driver_sql(
                f"INSERT INTO contact (partner_id, name) VALUES ({i}, 'Contact {i}')"
            )
            conn.exec_driver_sql(
                f"INSERT INTO partner_themes (partner_id, theme_id) VALUES ({i}, 1)"
            )
    engine.dispose()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            counts = {
                table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("partner", "agreement", "contact", "partner_themes")
            }
            assert counts == {"partner": 20, "agreement": 40, "contact": 20, "partner_themes": 20}
            assert (
                conn.exec_driver_sql("SELECT count(*) FROM agreement WHERE title IS NULL").scalar()
                == 40
            )
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM partner WHERE last_exchange_noted IS NULL"
                ).scalar()
                == 20
            )
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            # 0006: copied again with AUTOINCREMENT, ids kept, the next one after the last.
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'partner'"
            ).scalar()
            assert "AUTOINCREMENT" in sql
            assert conn.exec_driver_sql("SELECT max(id) FROM partner").scalar() == 20
            conn.exec_driver_sql("DELETE FROM partner WHERE id = 20")
            conn.exec_driver_sql(
                "INSERT INTO partner (name, name_key, kind, status) VALUES ('N', 'n', 'town', "
                "'active')"
            )
            assert conn.exec_driver_sql("SELECT max(id) FROM partner").scalar() == 21
            conn.rollback()
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    """Start-up reads the migration graph without importing Alembic; it must agree."""
    from twinning_desk.db.database import _revision_graph

    script = ScriptDirectory.from_config(alembic_config())
    assert _revision_graph() == {
        rev.revision: rev.down_revision for rev in script.walk_revisions()  # type: ignore[misc]
    }
    assert head_revision() == script.get_current_head()


def test_opening_a_file_at_the_head_revision_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "c.sqlite3"
    open_database(path).close()  # created (and migrated) here, in this process
    code = (
        "import sys; from pathlib import Path;"
        "from twinning_desk.db.database import open_database;"
        f"open_database(Path({str(path)!r})).close();"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
