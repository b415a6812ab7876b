"""The command line: scripting, support and tests, over the same services as the GUI.

Without a command it starts the GUI. Every command takes ``--db PATH`` before or after
the command name, prints one clear line on error and exits non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QTranslator

from twinning_desk import APP_NAME, __version__
from twinning_desk.db import backup as backups
from twinning_desk.db.backup import export_copy, integrity_problem
from twinning_desk.db.database import CorruptDatabaseError
from twinning_desk.export import attendance
from twinning_desk.export.activity_report import write_activity_report
from twinning_desk.export.budget import from_service, write_budget_workbook
from twinning_desk.export.calendar import calendar_items, write_ics
from twinning_desk.export.mission_report import write_mission_report
from twinning_desk.export.partners import export_partners, partner_sheet
from twinning_desk.export.personal_data import write_personal_data
from twinning_desk.export.spreadsheet import Sheet
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.imports.budget import apply_budget_plan, read_budget_plan
from twinning_desk.imports.doubts import row_doubts
from twinning_desk.imports.partners import RowStatus, apply_plan, header_score, plan_import
from twinning_desk.imports.table import read_table
from twinning_desk.logs import setup_logging
from twinning_desk.paths import AppPaths, translations_dir
from twinning_desk.services.budget import BudgetQuery
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services, restore_backup
from twinning_desk.services.countries import resolve_country
from twinning_desk.services.dates import excel_day_format, format_day
from twinning_desk.services.delegations import PURPOSE_LABELS, DelegationQuery
from twinning_desk.services.demo import load_demo
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.events import DIRECTION_LABELS, EVENT_TYPES, EventQuery
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.money import babel_locale, format_amount, to_decimal
from twinning_desk.services.partners import PartnerQuery
from twinning_desk.services.stats import record_counts
from twinning_desk.summaries import import_summary
from twinning_desk.translation import LANGUAGES, choose_language, install_translators, translate

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

# translate(context, text), as twinning_desk.translation.translate
Translate = Callable[[str, str], str]


# What argparse itself prints (headings, its own help line, usage errors), marked so that
# lupdate puts them in the "Cli" context; argparse looks them up through _speaking().
_ARGPARSE_STRINGS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
)


def _untranslated(text: str) -> str:
    return text


# The translation of help texts and argparse's strings while the command line is parsed.
_tr: Callable[[str], str] = _untranslated


@contextmanager
def _speaking(language: str) -> Iterator[None]:
    """Make argparse speak ``language`` while the parser is built and used.

    A QTranslator of our own catalogue is used directly, without a QCoreApplication: the
    GUI, started after parsing, must create its QApplication itself. argparse reads its
    strings through the module's gettext functions ``_`` and ``ngettext``, looked up at
    call time, so they are swapped for the catalogue's here and put back afterwards.
    """
    global _tr

    catalogue = QTranslator()
    catalogue.load(f"twinning_desk_{language}", str(translations_dir()))

    def tr(text: str) -> str:
        return catalogue.translate("Cli", text) or text

    def ntr(singular: str, plural: str, n: int) -> str:
        return tr(singular if n == 1 else plural)

    saved = (_tr, argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    _tr, argparse._, argparse.ngettext = tr, tr, ntr  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _tr, argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` anywhere on the line, before the parser exists."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class _HelpFormatter(argparse.HelpFormatter):
    """Help texts are marked for lupdate in English and translated when shown."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _tr(action.help) if action.help else action.help


class _Version(argparse.Action):
    """``--version``: the version and the data folder in use (support asks for both)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        data = AppPaths.from_environment().data_dir
        print(f"{APP_NAME} {__version__}")
        print(_tr(QT_TRANSLATE_NOOP("Cli", "Data folder: {path}")).format(path=data))
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (--help)\n")


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    # On subcommands the defaults are suppressed so that "--db X cmd" is not overridden.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("Cli", "database file (default: the user data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=QT_TRANSLATE_NOOP("Cli", "language of the interface and messages"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="twinning-desk", description=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--version",
        action=_Version,
        help=QT_TRANSLATE_NOOP("Cli", "show the version and the data folder, then exit"),
    )
    _common(parser, top=True)
    # Hidden: start the GUI, print what it shows, quit (packaging/smoke_test.py uses it).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser(
        "init", help=QT_TRANSLATE_NOOP("Cli", "set the home commune of a new database")
    )
    _common(p, top=False)
    p.add_argument("--commune", required=True)
    p.add_argument(
        "--country", required=True, help=QT_TRANSLATE_NOOP("Cli", "ISO code or name, e.g. FR")
    )
    p.add_argument("--lat", type=float)
    p.add_argument("--lon", type=float)

    p = sub.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("Cli", "fill an empty database with a demo commune")
    )
    _common(p, top=False)

    p = sub.add_parser(
        "import", help=QT_TRANSLATE_NOOP("Cli", "import partners from .xlsx or .csv")
    )
    _common(p, top=False)
    p.add_argument("what", choices=("partners", "budget"))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "show what would be imported"),
    )
    p.add_argument(
        "--year",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "budget: the fiscal year (default: current)"),
    )

    p = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list records"))
    _common(p, top=False)
    p.add_argument("what", choices=("partners", "events", "delegations", "budget"))
    p.add_argument("--year", type=int)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--search", default="")

    p = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP("Cli", "back the database up (to OUT, or to the backup folder)"),
    )
    _common(p, top=False)
    p.add_argument("out", type=Path, nargs="?")

    p = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("Cli", "replace the database with a backup (undoable)")
    )
    _common(p, top=False)
    p.add_argument("file", type=Path)

    p = sub.add_parser("check", help=QT_TRANSLATE_NOOP("Cli", "check the database's integrity"))
    _common(p, top=False)

    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export to a file"))
    _common(p, top=False)
    p.add_argument(
        "what",
        choices=(
            "partners",
            "calendar",
            "budget",
            "attendance",
            "hosting",
            "person",
            "mission-report",
            "activity-report",
        ),
    )
    p.add_argument("out", type=Path)
    p.add_argument(
        "--year",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "calendar: only this year; budget: the year"),
    )
    p.add_argument(
        "--delegation",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "attendance, hosting: the delegation's id"),
    )
    p.add_argument(
        "--event", type=int, help=QT_TRANSLATE_NOOP("Cli", "attendance: an event's id instead")
    )
    p.add_argument(
        "--person",
        type=int,
        help=QT_TRANSLATE_NOOP("Cli", "person: whose data to export (.json or .xlsx)"),
    )
    p.add_argument(
        "--sensitive",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "hosting: include diet and health notes"),
    )
    p.add_argument(
        "--blank",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "mission-report: the template to fill by hand"),
    )
    p = sub.add_parser(
        "purge", help=QT_TRANSLATE_NOOP("Cli", "erase participants of visits older than N years")
    )
    _common(p, top=False)
    p.add_argument("--years", type=int, required=True)
    return parser


def _translate_setup(language: str | None) -> Translate:
    """Translate messages through Qt's catalogues without starting a GUI."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, choose_language(language))
    return translate


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)

    with _speaking(choose_language(_requested_language(argv))):
        args = build_parser().parse_args(argv)
    if args.command is None:
        # The only import inside a function (tests/test_layers.py lists it): the commands
        # run with QtCore alone, so a headless machine needs no QtGui/QtWidgets libraries.
        from twinning_desk.app import run_gui

        return run_gui(db=args.db, language=args.lang, smoke=args.smoke_test)
    translate_fn = _translate_setup(args.lang)
    locale = args.lang or _current_language()

    try:
        return _run(args, translate_fn, locale)
    except TwinningError as exc:
        print(
            QCoreApplication.translate("Cli", "Error: {reason}").format(
                reason=exc.render(translate_fn)
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
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


def _current_language() -> str:
    return choose_language()


def _log_exception(exc: BaseException) -> Path:
    log_file = setup_logging(AppPaths.from_environment())
    log.error("Unhandled error in the command line", exc_info=exc)
    return log_file


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db or AppPaths.from_environment().default_db).expanduser().resolve()


def _cmd_check(args: argparse.Namespace, translate_fn: Translate) -> int:
    path = _db_path(args)
    if not path.exists():
        print(
            QCoreApplication.translate("Cli", "Error: {path} does not exist.").format(path=path),
            file=sys.stderr,
        )
        return EXIT_ERROR
    problem = integrity_problem(path)
    if problem:
        print(
            QCoreApplication.translate("Cli", "Damaged: {path}: {reason}").format(
                path=path, reason=problem
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    services = Services.open(path, read_only=True)
    try:
        counts = record_counts(services.db)
    finally:
        services.close()
    print(
        QCoreApplication.translate(
            "Cli",
            "OK: {path} ({partners} partners, {events} events, {delegations} delegations, "
            "{lines} budget lines)",
        ).format(
            path=path,
            partners=counts.partners,
            events=counts.events,
            delegations=counts.delegations,
            lines=counts.budget_lines,
        )
    )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, translate_fn: Translate) -> int:
    path = _db_path(args)
    backup_dir = AppPaths.from_environment().backup_dir
    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        print(
            QCoreApplication.translate("Cli", "Error: {path} does not exist.").format(path=source),
            file=sys.stderr,
        )
        return EXIT_ERROR
    problem = backups.integrity_problem(source)
    if problem:
        print(
            QCoreApplication.translate(
                "Cli", "Error: the backup {path} is damaged ({reason}); nothing was restored."
            ).format(path=source, reason=problem),
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        services = Services.open(path, backup_dir)
    except CorruptDatabaseError:
        damaged = path.with_name(f"{path.stem}.damaged{path.suffix}")
        path.replace(damaged)
        backups.restore_file(source, path)
        print(
            QCoreApplication.translate(
                "Cli", "Restored {backup} into {path}; the damaged file was kept as {damaged}."
            ).format(backup=source, path=path, damaged=damaged)
        )
        return EXIT_OK
    restored = restore_backup(services, source)
    restored.close()
    print(
        QCoreApplication.translate(
            "Cli",
            "Restored {backup} into {path}; the previous state was backed up first "
            "(twinning-desk restore can bring it back).",
        ).format(backup=source, path=path)
    )
    return EXIT_OK


def _cmd_backup(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out:
        target = export_copy(services.db.path, Path(args.out).expanduser())
    else:
        target = services.backup_now()
    print(QCoreApplication.translate("Cli", "Backup written: {path}").format(path=target))
    return EXIT_OK


def _open(args: argparse.Namespace) -> Services:
    paths = AppPaths.from_environment()
    db_path = args.db or paths.default_db
    return Services.open(db_path, backup_dir=paths.backup_dir)


def _run(args: argparse.Namespace, translate_fn: Translate, locale: str) -> int:
    if args.command in ("check", "restore"):
        # Both must work on a damaged file, which cannot be opened normally.
        return {"check": _cmd_check, "restore": _cmd_restore}[args.command](args, translate_fn)
    services = _open(args)
    try:
        handler = {
            "init": _cmd_init,
            "demo": _cmd_demo,
            "import": _cmd_import,
            "list": _cmd_list,
            "export": _cmd_export,
            "purge": _cmd_purge,
            "backup": _cmd_backup,
        }[args.command]
        return handler(args, services, translate_fn, locale)
    finally:
        services.close()


def _cmd_init(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    country = resolve_country(args.country) or args.country
    profile = services.commune.get() or CommuneProfile(name=args.commune, country_code=country)
    profile.name, profile.country_code = args.commune, country
    profile.latitude, profile.longitude = args.lat, args.lon
    services.commune.save(profile)
    print(
        QCoreApplication.translate("Cli", "Home commune set: {name} ({country}) in {path}").format(
            name=profile.name, country=profile.country_code, path=services.db.path
        )
    )
    return EXIT_OK


def _cmd_demo(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    load_demo(services)
    print(
        QCoreApplication.translate(
            "Cli", "Demo commune created in {path}: {count} partners."
        ).format(path=services.db.path, count=services.partners.count())
    )
    return EXIT_OK


def _cmd_import(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.what == "budget":
        return _import_budget(args, services, translate_fn, locale)
    table = read_table(Path(args.file), header_score)  # a bad file is said before any wait
    plan = plan_import(table, services.partners, gazetteer=_ready_gazetteer())
    assert plan is not None
    plan.unread_date_label = QCoreApplication.translate(
        "ImportPartnersDialog", "Date signed, as written:"
    )
    if plan.missing_columns:
        print(
            QCoreApplication.translate(
                "Cli",
                "Error: no column recognised in {file}: found “{found}”; expected {expected}.",
            ).format(
                file=args.file,
                found="”, “".join(plan.headers_found),
                expected=QCoreApplication.translate(
                    "Cli", "town (ville), country (pays), agreement, date signed…"
                ),
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    for result in plan.results:
        label = QCoreApplication.translate("Cli", "row {row}").format(row=result.row)
        if result.status in (RowStatus.ERROR, RowStatus.DUPLICATE) and result.message:
            print(f"{label}: {result.message.render(translate_fn)}", file=sys.stderr)
        elif result.unsure:
            print(f"{label}: {row_doubts(result, translate_fn, locale)}", file=sys.stderr)
    if args.dry_run:
        print(
            QCoreApplication.translate("Cli", "Dry run, nothing written: {summary}").format(
                summary=import_summary(plan)
            )
        )
        return EXIT_OK
    if plan.partners:
        apply_plan(plan, services.partners)
    print(import_summary(plan, done=True))
    return EXIT_ERROR if plan.count(RowStatus.ERROR) and not plan.partners else EXIT_OK


def _ready_gazetteer() -> Gazetteer:
    """The offline gazetteer, built once (about 15 s) the first time an import needs it."""
    gazetteer = Gazetteer(AppPaths.from_environment().gazetteer_db)
    if not gazetteer.is_ready():
        print(
            QCoreApplication.translate(
                "Cli", "Preparing the list of towns (once, about 20 seconds)…"
            ),
            file=sys.stderr,
        )
        gazetteer.build()
    return gazetteer


def partner_json(services: Services) -> list[dict[str, Any]]:
    """The DESIGN.md contract: id, name, country, status, distance_km, last_exchange, agreements."""
    agreements: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for a in services.partners.agreement_rows():
        agreements.setdefault((a.partner_name, a.country_code), []).append(
            {"type": a.type.value, "signed": a.signed.format("en") if a.signed else None}
        )
    return [
        {
            "id": r.id,
            "name": r.name,
            "country": r.country_code,
            "status": r.status.value,
            "distance_km": r.distance_km,
            "last_exchange": r.last_exchange.isoformat() if r.last_exchange else None,
            "dormant": r.dormant,
            "agreements": agreements.get((r.name, r.country_code), []),
        }
        for r in services.partners.rows()
    ]


def event_json(services: Services, year: int | None = None) -> list[dict[str, Any]]:
    """The DESIGN.md contract: id, title, type, start, end, partners, participants."""
    out = []
    names = {r.id: r.name for r in services.partners.rows()}
    for row in services.events.rows(EventQuery(year=year, sort="start", descending=False)):
        data = services.events.get(row.id)
        fmt = (
            (lambda d: d.date().isoformat())
            if data.all_day
            else (lambda d: d.isoformat(timespec="minutes"))
        )
        out.append(
            {
                "id": data.id,
                "title": data.title,
                "type": data.type,
                "start": fmt(data.start),
                "end": fmt(data.end) if data.end else None,
                "partners": [names.get(pid, str(pid)) for pid in data.partner_ids],
                "participants": data.participants,
            }
        )
    return out


def _event_sheet(
    services: Services, year: int | None, translate_fn: Translate, locale: str
) -> Sheet:
    rows = services.events.rows(EventQuery(year=year, sort="start", descending=False))
    return Sheet(
        title="events",
        headers=[
            QCoreApplication.translate("Cli", "Date"),
            QCoreApplication.translate("Cli", "Title"),
            QCoreApplication.translate("Cli", "Type"),
            QCoreApplication.translate("Cli", "Partners"),
            QCoreApplication.translate("Cli", "Participants"),
        ],
        rows=[
            [
                format_day(r.start.date(), locale),
                r.title,
                translate_fn("Labels", EVENT_TYPES.get(r.type, r.type)),
                r.partners,
                r.participants,
            ]
            for r in rows
        ],
    )


def _cmd_list(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.format == "json":
        if args.what == "delegations":
            data = delegation_json(services, args.year)
        elif args.what == "budget":
            data = budget_json(services, args.year or services.budget.current_year())
        elif args.what == "events":
            data = event_json(services, args.year)
        else:
            data = partner_json(services)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.what == "delegations":
        sheet = _delegation_sheet(services, args.year, translate_fn, locale)
    elif args.what == "budget":
        sheet = _budget_sheet(
            services, args.year or services.budget.current_year(), translate_fn, locale
        )
    elif args.what == "events":
        sheet = _event_sheet(services, args.year, translate_fn, locale)
    else:
        rows = services.partners.rows(PartnerQuery(text=args.search, locale=locale))
        sheet = partner_sheet(rows, translate_fn, locale)
    body = [[_cell_text(v, locale) for v in row] for row in sheet.rows]
    if args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(sheet.headers)
        writer.writerows(body)
        sys.stdout.write(out.getvalue())
        return EXIT_OK
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h)
        for i, h in enumerate(sheet.headers)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(sheet.headers, widths, strict=True)).rstrip())
    for row in body:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _cmd_export(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.what == "calendar":
        return _export_calendar(args, services, translate_fn)
    if args.what == "budget":
        return _export_budget(args, services, translate_fn, locale)
    if args.what == "activity-report":
        return _export_activity_report(args, services, translate_fn, locale)
    if args.what == "mission-report":
        return _export_mission_report(args, services, translate_fn, locale)
    if args.what in ("attendance", "hosting", "person"):
        return _export_people(args, services, translate_fn, locale)
    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        print(
            QCoreApplication.translate("Cli", "Error: the file name must end in .xlsx or .csv."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    export_partners(
        args.out,
        services.partners.rows(PartnerQuery(locale=locale)),
        services.partners.agreement_rows(),
        translate_fn,
        locale,
    )
    print(QCoreApplication.translate("Cli", "Partners exported to {path}.").format(path=args.out))
    return EXIT_OK


def _usage(text: str) -> int:
    print(text, file=sys.stderr)
    return EXIT_USAGE


def _export_people(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    """Attendance lists, the hosting list and one person's data (RGPD access request)."""
    suffix = args.out.suffix.lower()
    if args.what == "person":
        if args.person is None:
            return _usage(QCoreApplication.translate("Cli", "Error: give --person ID."))
        if suffix not in (".json", ".xlsx"):
            return _usage(
                QCoreApplication.translate(
                    "Cli", "Error: the file name must end in .json or .xlsx."
                )
            )
        write_personal_data(args.out, services.people.personal_data(args.person))
    elif args.what == "attendance":
        if suffix != ".pdf":
            return _usage(
                QCoreApplication.translate("Cli", "Error: the file name must end in .pdf.")
            )
        if args.event is not None:
            document = attendance.event_attendance(services, args.event)
        elif args.delegation is not None:
            document = attendance.delegation_attendance(services, args.delegation, translate_fn)
        else:
            return _usage(
                QCoreApplication.translate("Cli", "Error: give --delegation ID or --event ID.")
            )
        attendance.write_attendance(args.out, document, translate_fn, locale)
    else:
        if args.delegation is None:
            return _usage(QCoreApplication.translate("Cli", "Error: give --delegation ID."))
        title, rows = attendance.hosting_rows(
            services, args.delegation, args.sensitive, translate_fn, locale
        )
        if suffix == ".pdf":
            attendance.write_hosting_pdf(
                args.out, title, rows, args.sensitive, translate_fn, locale
            )
        elif suffix == ".xlsx":
            attendance.write_hosting_xlsx(args.out, rows, args.sensitive, translate_fn, locale)
        else:
            return _usage(
                QCoreApplication.translate("Cli", "Error: the file name must end in .pdf or .xlsx.")
            )
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK


def _export_mission_report(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() != ".pdf":
        return _usage(QCoreApplication.translate("Cli", "Error: the file name must end in .pdf."))
    if args.delegation is None and not args.blank:
        return _usage(QCoreApplication.translate("Cli", "Error: give --delegation ID."))
    content = services.reports.content(args.delegation) if args.delegation else None
    write_mission_report(args.out, content, translate_fn, locale, blank=args.blank)
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK


def _export_activity_report(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() != ".pdf":
        return _usage(QCoreApplication.translate("Cli", "Error: the file name must end in .pdf."))
    if args.year is None:
        return _usage(QCoreApplication.translate("Cli", "Error: give --year YEAR."))
    write_activity_report(args.out, services.activity.report(args.year), translate_fn, locale)
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK


def _cmd_purge(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    count = services.people.purge_older_than(args.years)
    print(
        QCoreApplication.translate("Cli", "{count} person(s) erased or anonymised.").format(
            count=count
        )
    )
    return EXIT_OK


def _export_calendar(args: argparse.Namespace, services: Services, translate_fn: Translate) -> int:
    if args.out.suffix.lower() != ".ics":
        print(
            QCoreApplication.translate("Cli", "Error: the file name must end in .ics."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    profile = services.commune.get()
    items = calendar_items(
        services.events,
        EventQuery(year=args.year, sort="start", descending=False),
        home_country=profile.country_code if profile else None,
        translate_fn=translate_fn,
    )
    write_ics(args.out, items, profile.committee_name or profile.name if profile else "")
    print(
        QCoreApplication.translate("Cli", "{count} events exported to {path}.").format(
            count=len(items), path=args.out
        )
    )
    return EXIT_OK


def _cell_text(value: object, locale: str) -> str:
    """Dates and decimals as the reader writes them (14/07/2026, 650,7 in French)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_day(value, locale)
    if isinstance(value, float):
        return format_decimal(value, locale=babel_locale(locale))
    return str(value)


def budget_json(services: Services, year: int) -> list[dict[str, Any]]:
    """The DESIGN.md contract: id, kind, category, label, forecast, actual (decimal text)."""
    return [
        {
            "id": r.id,
            "kind": r.kind.value,
            "category": r.category_code,
            "label": r.label,
            "forecast": str(to_decimal(r.forecast_cents)),
            "actual": str(to_decimal(r.actual_cents)),
        }
        for r in services.budget.rows(BudgetQuery(year=year))
    ]


def _budget_sheet(services: Services, year: int, translate_fn: Translate, locale: str) -> Sheet:
    rows = services.budget.rows(BudgetQuery(year=year))
    return Sheet(
        title="budget",
        headers=[
            QCoreApplication.translate("Cli", "Account"),
            QCoreApplication.translate("Cli", "Label"),
            QCoreApplication.translate("Cli", "Forecast"),
            QCoreApplication.translate("Cli", "Actual"),
        ],
        rows=[
            [
                r.category_code,
                r.label,
                format_amount(r.forecast_cents, locale),
                format_amount(r.actual_cents, locale),
            ]
            for r in rows
        ],
    )


def _export_budget(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() != ".xlsx":
        print(
            QCoreApplication.translate("Cli", "Error: the file name must end in .xlsx."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    year = args.year or services.budget.current_year()
    profile = services.commune.get()
    name = (profile.committee_name or profile.name) if profile else ""
    write_budget_workbook(
        args.out,
        from_service(
            services.budget,
            name,
            year,
            translate_fn,
            excel_day_format(locale),
        ),
    )
    print(
        QCoreApplication.translate("Cli", "Budget {year} exported to {path}.").format(
            year=year, path=args.out
        )
    )
    return EXIT_OK


def _import_budget(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    year = args.year or services.budget.current_year()
    plan = read_budget_plan(args.file, services.budget, year, locale)
    if plan.missing_columns:
        print(
            QCoreApplication.translate("Cli", "Error: no column for {fields} in {file}.").format(
                fields=", ".join(plan.missing_columns), file=args.file
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    for result in plan.results:
        if result.message:
            label = QCoreApplication.translate("Cli", "row {row}").format(row=result.row)
            print(f"{label}: {result.message.render(translate_fn)}", file=sys.stderr)
    summary = QCoreApplication.translate("Cli", "{lines} budget lines, {err} errors").format(
        lines=len(plan.lines), err=plan.count(RowStatus.ERROR)
    )
    if args.dry_run:
        print(
            QCoreApplication.translate("Cli", "Dry run, nothing written: {summary}.").format(
                summary=summary
            )
        )
        return EXIT_OK
    apply_budget_plan(plan, services.budget)
    print(QCoreApplication.translate("Cli", "Imported: {summary}.").format(summary=summary))
    return EXIT_OK


def delegation_json(services: Services, year: int | None = None) -> list[dict[str, Any]]:
    """The DESIGN.md contract: id, partner, direction, start, end, members."""
    return [
        {
            "id": r.id,
            "partner": r.partner,
            "direction": r.direction.value,
            "start": r.start.isoformat(),
            "end": r.end.isoformat(),
            "members": r.members,
        }
        for r in services.delegations.rows(DelegationQuery(year=year, descending=False))
    ]


def _delegation_sheet(
    services: Services, year: int | None, translate_fn: Translate, locale: str
) -> Sheet:
    rows = services.delegations.rows(DelegationQuery(year=year, descending=False))
    return Sheet(
        title="delegations",
        headers=[
            QCoreApplication.translate("Cli", "Date"),
            QCoreApplication.translate("Cli", "Direction"),
            QCoreApplication.translate("Cli", "Partner"),
            QCoreApplication.translate("Cli", "Purpose"),
            QCoreApplication.translate("Cli", "Members"),
        ],
        rows=[
            [
                r.start,
                translate_fn("Labels", DIRECTION_LABELS[r.direction]),
                r.partner,
                translate_fn("Labels", PURPOSE_LABELS.get(r.purpose, r.purpose)),
                r.members,
            ]
            for r in rows
        ],
    )
