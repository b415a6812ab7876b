"""``main()``: parse the line, start the GUI or run one command, and keep the promise
that an error is one clear line and a non-zero exit code, never a traceback.

The commands themselves are in the modules of their area (``database``, ``partners``,
``events``, ``delegations``, ``budget``); ``list``, ``export`` and ``import`` pick the
area from their first argument here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli import budget, delegations, events, geography, partners
from twinning_desk.cli.codes import DECIMAL_MARKS, EXIT_BROKEN_PIPE, EXIT_ERROR, EXIT_OK
from twinning_desk.cli.common import Translate, cell_text, db_path, open_services, write_out
from twinning_desk.cli.database import (
    cmd_backup,
    cmd_check,
    cmd_copy,
    cmd_db,
    cmd_demo,
    cmd_init,
    cmd_restore,
)
from twinning_desk.cli.delegations import cmd_purge
from twinning_desk.cli.parser import (
    READ_ONLY_COMMANDS,
)
from twinning_desk.db.lock import DatabaseLockedError
from twinning_desk.export.csv_table import CsvStyle, csv_text
from twinning_desk.logs import setup_logging
from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.translation import choose_language, install_translators, translate

# The command line's own logger, as before the command line became a package.
log = logging.getLogger("twinning_desk.cli")


def _translate_setup(language: str | None) -> Translate:
    """Translate messages through Qt's catalogues without starting a GUI."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, choose_language(language))
    return translate


def run_command(args: argparse.Namespace) -> int:
    """Run the command of a parsed line; output piped into a reader that stops early
    (``| head -1``) ends the command quietly, as Python's documentation advises ("Note on
    SIGPIPE"): the rest of the output goes to the null device, and the exit code is the
    shell's for a command stopped by SIGPIPE."""
    try:
        try:
            return _main(args)
        finally:
            # Written now, while a closed pipe can still be handled, not at exit.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _discard_stdout() -> None:
    """Point the standard output at the null device, so that the interpreter's last
    flush at exit does not fail again on the closed pipe."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        stdout = sys.stdout.fileno()  # none for a stand-in (tests, an IDE): nothing to do
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stdout)
        finally:
            os.close(devnull)


def _main(args: argparse.Namespace) -> int:
    translate_fn = _translate_setup(args.lang)
    locale = args.lang or _current_language()

    try:
        return _run(args, translate_fn, locale)
    except DatabaseLockedError as exc:
        print(_locked(exc, args), file=sys.stderr)
        return EXIT_ERROR
    except TwinningError as exc:
        print(
            QCoreApplication.translate("Cli", "Error: {reason}").format(
                reason=exc.render(translate_fn)
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except BrokenPipeError:
        raise  # the reader of the output has gone: main() ends quietly
    except KeyboardInterrupt:
        print(
            QCoreApplication.translate("Cli", "Interrupted; nothing more was written."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # the promise: never a traceback on the terminal
        log_file = _log_exception(exc)
        print(
            QCoreApplication.translate("Cli", "Unexpected error: {error}. Details: {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log_file
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR


def _locked(exc: DatabaseLockedError, args: argparse.Namespace) -> str:
    """Who holds the file, and what the person can do on the command line about it."""
    if args.command in READ_ONLY_COMMANDS:
        text = QCoreApplication.translate(
            "Cli",
            "Error: {path} is in use by {user} on {host} since {since}; add --read-only to "
            "read it anyway, or wait until they close it.",
        )
    else:
        text = QCoreApplication.translate(
            "Cli",
            "Error: {path} is in use by {user} on {host} since {since}; wait until they "
            "close it, then try again.",
        )
    return text.format(
        path=db_path(args),
        user=exc.info.user,
        host=exc.info.host,
        since=exc.info.since.replace("T", " "),
    )


def _current_language() -> str:
    return choose_language()


def _log_exception(exc: BaseException) -> Path:
    log_file = setup_logging(AppPaths.from_environment())
    log.error("Unhandled error in the command line", exc_info=exc)
    return log_file


def _run(args: argparse.Namespace, translate_fn: Translate, locale: str) -> int:
    if args.command in ("check", "restore", "copy", "db"):
        # check and restore must work on a damaged file, which cannot be opened normally;
        # copy and db open what they name themselves.
        return {"check": cmd_check, "restore": cmd_restore, "copy": cmd_copy, "db": cmd_db}[
            args.command
        ](args, translate_fn)
    services = open_services(args)
    try:
        handler = {
            "init": cmd_init,
            "demo": cmd_demo,
            "import": cmd_import,
            "list": cmd_list,
            "report": geography.report_geography,
            "export": cmd_export,
            "purge": cmd_purge,
            "backup": cmd_backup,
        }[args.command]
        return handler(args, services, translate_fn, locale)
    finally:
        services.close()


def cmd_import(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.what == "budget":
        return budget.import_budget(args, services, translate_fn, locale)
    return partners.import_partners(args, services, translate_fn, locale)


def cmd_list(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.format == "json":
        if args.what == "delegations":
            data = delegations.delegation_json(services, args.year)
        elif args.what == "budget":
            data = budget.budget_json(services, args.year or services.budget.current_year())
        elif args.what == "events":
            data = events.event_json(services, args.year)
        else:
            data = partners.partner_json(services)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.what == "delegations":
        sheet = delegations.delegation_sheet(services, args.year, translate_fn, locale)
    elif args.what == "budget":
        sheet = budget.budget_sheet(
            services, args.year or services.budget.current_year(), translate_fn, locale
        )
    elif args.what == "events":
        sheet = events.event_sheet(services, args.year, translate_fn, locale)
    else:
        sheet = partners.partners_sheet(services, args.search, translate_fn, locale)
    if args.format == "csv":
        # The very bytes the export writes to a .csv file (export/csv_table.py).
        style = CsvStyle.for_language(locale, DECIMAL_MARKS.get(args.decimal_mark or ""))
        write_out(csv_text(sheet.headers, sheet.rows, style))
        return EXIT_OK
    body = [[cell_text(v, locale) for v in row] for row in sheet.rows]
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h)
        for i, h in enumerate(sheet.headers)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(sheet.headers, widths, strict=True)).rstrip())
    for row in body:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def cmd_export(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.what == "calendar":
        return events.export_calendar(args, services, translate_fn, locale)
    if args.what == "budget":
        return budget.export_budget(args, services, translate_fn, locale)
    if args.what == "map":
        return geography.export_map(args, services, translate_fn, locale)
    if args.what == "activity-report":
        return events.export_activity_report(args, services, translate_fn, locale)
    if args.what == "mission-report":
        return delegations.export_mission_report(args, services, translate_fn, locale)
    if args.what in ("attendance", "hosting", "person"):
        return delegations.export_people(args, services, translate_fn, locale)
    return partners.export_partners_file(args, services, translate_fn, locale)
