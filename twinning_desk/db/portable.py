"""SQL functions spelt differently by SQLite and PostgreSQL, written once for both.

The services build their queries with these instead of ``func.<name>``, so that the same
query runs on a committee's file and on its shared server.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Date, String


class greatest(FunctionElement[Any]):  # noqa: N801 - reads as the SQL function it is
    """The largest of its arguments: SQLite's scalar ``max(a, b, …)``, elsewhere
    ``greatest``. NULL handling differs (SQLite: NULL if any is; PostgreSQL: ignores
    NULLs), so callers coalesce their arguments to make both agree."""

    name = "greatest"
    inherit_cache = True


@compiles(greatest)
def _greatest(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


class joined(FunctionElement[str]):  # noqa: N801
    """The group's values joined by a separator: ``group_concat`` / ``string_agg``."""

    type = String()
    name = "joined"
    inherit_cache = True


@compiles(joined)
def _joined(element: joined, compiler: SQLCompiler, **kw: Any) -> str:
    return f"string_agg({compiler.process(element.clauses, **kw)})"


@compiles(joined, "sqlite")
def _joined_sqlite(element: joined, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.clauses, **kw)})"


class day_of(FunctionElement[Any]):  # noqa: N801
    """The calendar day of a date-time column, as a date on both engines."""

    type = Date()
    name = "day_of"
    inherit_cache = True


@compiles(day_of)
def _day_of(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


@compiles(day_of, "sqlite")
def _day_of_sqlite(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)})"
