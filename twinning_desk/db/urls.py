"""Telling a shared database's address from a file's path, without SQLAlchemy.

The window's first paint must not wait for the database layer's imports (issue #17),
yet the settings and the recent-files menu need this test before any database is open.
"""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(value: object) -> bool:
    """A shared database's address rather than a file's path (``--db``, recent files)."""
    return isinstance(value, str) and value.strip().lower().startswith(SERVER_SCHEMES)
