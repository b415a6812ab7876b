"""What every command shares: exit codes, the translate function's type, opening the
database named on the command line, and printing a cell or a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import EXIT_USAGE
from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.dates import format_day
from twinning_desk.services.money import babel_locale

# translate(context, text), as twinning_desk.translation.translate
Translate = Callable[[str, str], str]


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or AppPaths.from_environment().default_db).expanduser().resolve()


def open_services(args: argparse.Namespace) -> Services:
    """The file named on the line; with ``--read-only`` it is read without taking its
    lock, so that ``list``, ``export`` and ``backup`` work while the app has it open."""
    paths = AppPaths.from_environment()
    return Services.open(
        args.db or paths.default_db,
        backup_dir=paths.backup_dir,
        read_only=getattr(args, "read_only", False),
    )


def row_problem(row: int, reason: str) -> str:
    """One line of an import's report: the row as the person sees it in the file, then
    what is wrong, punctuated as their language wants ("ligne 3 : …" in French)."""
    return QCoreApplication.translate("Cli", "row {row}: {reason}").format(row=row, reason=reason)


def usage(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_USAGE


def cell_text(value: object, locale: str) -> str:
    """Dates and numbers as the reader writes them (14/07/2026, 650,7 in French); a
    Decimal is an amount, with its two decimals (1 234,50)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_day(value, locale)
    if isinstance(value, Decimal):
        return format_decimal(value, format="#,##0.00", locale=babel_locale(locale))
    if isinstance(value, float):
        return format_decimal(value, locale=babel_locale(locale))
    return str(value)


def write_out(text: str) -> None:
    """Text to the standard output as UTF-8 bytes, as a file would hold them: a
    redirected output on Windows would otherwise be encoded in the ANSI code page
    (losing "Łańcut") and get a second CR before each CRLF."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a stand-in without bytes (an IDE's console): text it is
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
