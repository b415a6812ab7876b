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


class greatest(FunctionElement[Any]):  # noqa: N801 - reads as the SQL function it is
    """The largest of its arguments. NULL handling differs (SQLite's scalar max(): NULL
    if any is; PostgreSQL's greatest: ignores NULLs), so callers coalesce their
    arguments to make both agree."""

    name = "greatest"
    inherit_cache = True


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


_spelt(greatest, "greatest({})", "max({})")
_spelt(joined, "string_agg({})", "group_concat({})")
_spelt(day_of, "CAST({} AS DATE)", "date({})")
