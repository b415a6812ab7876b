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


def _spelt(element: type[FunctionElement[Any]], elsewhere: str, sqlite: str) -> None:
    """Compile ``element(args)`` as ``elsewhere(args)``, and on SQLite as ``sqlite(args)``;
    each spelling is a format string around the arguments."""

    def spell(form: str) -> Any:
        def compile_(fn: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
            return form.format(compiler.process(fn.clauses, **kw))

        return compile_

    compiles(element)(spell(elsewhere))
    compiles(element, "sqlite")(spell(sqlite))


class joined(FunctionElement[str]):  # noqa: N801
    """The group's values joined by a separator."""

    type = String()
    name = "joined"
    inherit_cache = True


class day_of(FunctionElement[Any]):  # noqa: N801
    """The calendar day of a date-time column, as a date on both engines."""

    type = Date()
    name = "day_of"
    inherit_cache = True


_spelt(joined, "string_agg({})", "group_concat({})")
_spelt(day_of, "CAST({} AS DATE)", "date({})")


class like_any_case(FunctionElement[Any]):  # noqa: N801
    """``column LIKE pattern`` whatever the case of ASCII letters, as ``ilike`` is.

    SQLAlchemy writes ``ilike`` on SQLite as ``lower(column) LIKE lower(pattern)``: the
    same answers (SQLite's LIKE already ignores the case of ASCII letters, and its
    lower() knows no other), at the cost of two function calls a row, a third of a
    search over 20,000 events (issue #17). PostgreSQL has ILIKE."""

    name = "like_any_case"
    inherit_cache = True


def _like(operator: str) -> Any:
    def compile_(fn: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
        column, pattern = fn.clauses
        return f"{compiler.process(column, **kw)} {operator} {compiler.process(pattern, **kw)}"

    return compile_


compiles(like_any_case)(_like("ILIKE"))
compiles(like_any_case, "sqlite")(_like("LIKE"))


class unindexed(FunctionElement[Any]):  # noqa: N801
    """The column's value, which SQLite must not look up through an index (``+column``).

    For a test made on each row another index has found, against a list of values:
    SQLite would otherwise seek each value of the list through the column's own index,
    at each row (300 seeks a row when a word names every partner). PostgreSQL plans
    such a test well by itself."""

    name = "unindexed"
    inherit_cache = True


_spelt(unindexed, "{}", "+{}")
