"""Who may do what on a committee's shared database: an owner, an editor and a reader.

``twinning-desk db create-roles`` runs these statements as the server's administrator;
``packaging/postgresql/roles.sql`` is the same for ``psql`` (a test checks that both give
the same rights). The three roles of a database named ``jumelage``:

- ``jumelage_owner`` owns the database, its schema and its tables. Opening the database
  once with a new version of Twinning Desk upgrades its tables, which only the owner may
  do; nobody needs it day to day.
- ``jumelage_editor`` (the secretary, the treasurer) reads and writes the rows: SELECT,
  INSERT, UPDATE, DELETE on the tables, and the sequences that number new records.
- ``jumelage_reader`` (the mayor who prints) may only read: the app sees that it may not
  write and opens in read-only mode; its sessions are read-only on the server too.

Default privileges give the editor and the reader the same rights on the tables that later
upgrades create (run by the owner), so a new version needs no new grants. Running it
again is harmless: existing roles keep their passwords unless new ones are asked for.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from twinning_desk.db.database import DatabaseOpenError
from twinning_desk.db.server import display_url, make_server_engine, server_error, server_url
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

KINDS = ("owner", "editor", "reader")


@dataclass(frozen=True)
class Role:
    kind: str  # owner, editor or reader
    name: str
    # Shown once to whoever runs the command; None: the role existed and kept its own.
    password: str | None


def role_names(prefix: str) -> dict[str, str]:
    return {kind: f"{prefix}_{kind}" for kind in KINDS}


def _quote(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar())


def _literal(connection: Connection, value: str) -> str:
    return str(connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar())


def grant_statements(database: str, owner: str, editor: str, reader: str) -> list[str]:
    """The grants, with identifiers already quoted; the same as roles.sql's."""
    schema = "public"
    return [
        f"ALTER DATABASE {database} OWNER TO {owner}",
        # Other roles of the server (another committee's) may not even connect.
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {editor}, {reader}",
        f"ALTER SCHEMA {schema} OWNER TO {owner}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {editor}, {reader}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {editor}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {editor}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {reader}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {reader}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {editor}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
        f"GRANT SELECT ON TABLES TO {reader}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
        f"GRANT SELECT ON SEQUENCES TO {reader}",
        # The reader's sessions are read-only on the server too, whatever a client asks.
        f"ALTER ROLE {reader} IN DATABASE {database} SET default_transaction_read_only = on",
    ]


def create_roles(
    address: str, prefix: str | None = None, new_passwords: bool = False
) -> list[Role]:
    """Create (or complete) the three roles of the database at ``address``, connected as
    an administrator who may create roles and change owners (``postgres``).

    One transaction: refused half-way, no role and no grant is left behind."""
    url = server_url(address)
    label = display_url(url)
    database = url.database or ""
    prefix = prefix or database
    engine = make_server_engine(url)
    made: list[Role] = []
    try:
        with engine.connect() as connection, connection.begin():
            allowed = connection.execute(
                text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            if not allowed:
                raise DatabaseOpenError(
                    Message(
                        "Database",
                        QT_TRANSLATE_NOOP(
                            "Database",
                            "The user of {path} may not create roles. Connect as the "
                            "server's administrator (postgres), then try again.",
                        ),
                        {"path": label},
                    )
                )
            names = role_names(prefix)
            for kind in KINDS:
                name = names[kind]
                quoted = _quote(connection, name)
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar()
                if exists and not new_passwords:
                    made.append(Role(kind, name, None))
                    continue
                password = secrets.token_urlsafe(18)
                verb = "ALTER" if exists else "CREATE"
                connection.exec_driver_sql(
                    f"{verb} ROLE {quoted} LOGIN PASSWORD {_literal(connection, password)}"
                )
                made.append(Role(kind, name, password))
            owner, editor, reader = (_quote(connection, names[k]) for k in KINDS)
            # Tables made before (by the administrator, or copied in) pass to the owner,
            # so that its later upgrades may alter them.
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            for table in list(tables):
                connection.exec_driver_sql(
                    f"ALTER TABLE public.{_quote(connection, table)} OWNER TO {owner}"
                )
            for statement in grant_statements(_quote(connection, database), owner, editor, reader):
                connection.exec_driver_sql(statement)
    except DBAPIError as exc:
        raise server_error(exc, label) from exc
    finally:
        engine.dispose()
    return made
