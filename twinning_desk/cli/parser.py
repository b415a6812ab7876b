"""The command line's grammar: argparse, in the user's language.

``build_parser`` declares every command and option; their help texts are marked for
lupdate in English (context "Cli") and translated when shown. argparse's own words
(headings, usage errors) are translated too, while the line is parsed (``speaking``),
without a QCoreApplication, since the GUI started afterwards must create its own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QTranslator

from twinning_desk import APP_NAME, __version__
from twinning_desk.cli.codes import DECIMAL_MARKS, EXIT_USAGE
from twinning_desk.db.urls import is_server_url
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.paths import AppPaths, translations_dir
from twinning_desk.translation import LANGUAGES

# What argparse itself prints (headings, its own help line, usage errors), marked so that
# lupdate puts them in the "Cli" context; argparse looks them up through speaking().
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
def speaking(language: str) -> Iterator[None]:
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


def requested_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` anywhere on the line, before the parser exists."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


# Sane ranges of the numbers on the line, as the app allows them: the years of the budget
# and the activity report (services/budget.py, services/activity.py), and the purge's
# delay (the settings dialog offers 1 to 50 years). Ids are counted from 1.
YEARS = (1900, 2200)
PURGE_YEARS = (1, 50)
FIRST_ID = 1


def _whole_number(template: str, low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse ``type=`` that reads a whole number from ``low`` to ``high``.

    Anything else is refused by argparse itself, in one translated line that names the
    option ("argument --year: expected a year from 1900 to 2200, not “20266”"), rather
    than reaching a command as a silent empty list or a traceback."""

    def parse(text: str) -> int:
        try:
            value: int | None = int(text)
        except ValueError:
            value = None
        if value is None or value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(
                _tr(template).format(value=text[:20], low=low, high=high)
            )
        return value

    return parse


def _year() -> Callable[[str], int]:
    return _whole_number(
        QT_TRANSLATE_NOOP("Cli", "expected a year from {low} to {high}, not “{value}”"), *YEARS
    )


def _record_id() -> Callable[[str], int]:
    return _whole_number(
        QT_TRANSLATE_NOOP("Cli", "expected an id, a whole number from {low}, not “{value}”"),
        FIRST_ID,
    )


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


def location(value: str) -> Path | str:
    """A file's path, or a shared database's address kept as typed (a Path would fold
    the "//" of ``postgresql://``)."""
    return value.strip() if is_server_url(value) else Path(value)


def _language(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=QT_TRANSLATE_NOOP("Cli", "language of the interface and messages"),
    )


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    # On subcommands the defaults are suppressed so that "--db X cmd" is not overridden.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        type=location,
        default=default,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "database file (default: the user data folder), or a shared database's "
            "address, postgresql://user@server/database",
        ),
    )
    _language(parser, default)


# The commands that can read the file without taking it (--read-only), beside the app.
READ_ONLY_COMMANDS = ("list", "report", "export", "check", "backup")


def _read_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--read-only",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "read the file without taking it, even while the app has it open"
        ),
    )


def _csv_decimal_mark(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--decimal-mark",
        choices=tuple(DECIMAL_MARKS),
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "CSV: the decimal mark, comma (with ; between cells) or dot (with ,); "
            "default: the language's",
        ),
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
        type=_year(),
        help=QT_TRANSLATE_NOOP("Cli", "budget: the fiscal year (default: current)"),
    )
    p.add_argument(
        "--decimal-mark",
        choices=tuple(DECIMAL_MARKS),
        help=QT_TRANSLATE_NOOP(
            "Cli", "budget: the file's decimal mark, comma or dot (default: read from its amounts)"
        ),
    )

    p = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list records"))
    _common(p, top=False)
    _read_only(p)
    p.add_argument("what", choices=("partners", "events", "delegations", "budget"))
    p.add_argument("--year", type=_year())
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--search", default="")
    _csv_decimal_mark(p)

    p = sub.add_parser(
        "report", help=QT_TRANSLATE_NOOP("Cli", "print the partners' records (distances, dates)")
    )
    _common(p, top=False)
    _read_only(p)
    p.add_argument("what", choices=("geography",))
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP("Cli", "back the database up (to OUT, or to the backup folder)"),
    )
    _common(p, top=False)
    _read_only(p)
    p.add_argument("out", type=Path, nargs="?")

    p = sub.add_parser(
        "copy",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "copy a whole database, checked, between an SQLite file and a PostgreSQL "
            "server (postgresql://user@host/database)",
        ),
    )
    _language(p, argparse.SUPPRESS)
    p.add_argument(
        "source",
        type=location,
        help=QT_TRANSLATE_NOOP("Cli", "the file or postgresql:// address to copy"),
    )
    p.add_argument(
        "target",
        type=location,
        help=QT_TRANSLATE_NOOP(
            "Cli", "a new file, or an empty database (a file or postgresql:// address)"
        ),
    )

    p = sub.add_parser(
        "db", help=QT_TRANSLATE_NOOP("Cli", "administer a shared PostgreSQL database")
    )
    _language(p, argparse.SUPPRESS)
    db_sub = p.add_subparsers(dest="db_command", parser_class=_Parser, required=True)
    p = db_sub.add_parser(
        "create-roles",
        help=QT_TRANSLATE_NOOP(
            "Cli", "create the owner, editor and reader roles of a committee's database"
        ),
    )
    _language(p, argparse.SUPPRESS)
    p.add_argument(
        "--db",
        type=location,
        required=True,
        metavar="ADDRESS",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the database, reached as the server's administrator "
            "(postgresql://postgres@host/database)",
        ),
    )
    p.add_argument(
        "--prefix",
        help=QT_TRANSLATE_NOOP(
            "Cli", "the roles' names begin with this (default: the database's name)"
        ),
    )
    p.add_argument(
        "--new-passwords",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "give roles that exist already new passwords"),
    )

    p = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("Cli", "replace the database with a backup (undoable)")
    )
    _common(p, top=False)
    p.add_argument("file", type=Path)

    p = sub.add_parser("check", help=QT_TRANSLATE_NOOP("Cli", "check the database's integrity"))
    _common(p, top=False)
    _read_only(p)  # check never takes the file; accepted like the other reading commands

    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export to a file"))
    _common(p, top=False)
    _read_only(p)
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
            "map",
        ),
    )
    p.add_argument("out", type=Path)
    p.add_argument(
        "--year",
        type=_year(),
        help=QT_TRANSLATE_NOOP("Cli", "calendar: only this year; budget: the year"),
    )
    p.add_argument(
        "--delegation",
        type=_record_id(),
        help=QT_TRANSLATE_NOOP(
            "Cli", "attendance, hosting: the delegation's id; budget: its Cerfa sheets"
        ),
    )
    p.add_argument(
        "--event",
        type=_record_id(),
        help=QT_TRANSLATE_NOOP(
            "Cli", "attendance: an event's id instead; budget: the event's Cerfa sheets"
        ),
    )
    p.add_argument(
        "--person",
        type=_record_id(),
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
    _csv_decimal_mark(p)
    p = sub.add_parser(
        "purge", help=QT_TRANSLATE_NOOP("Cli", "erase participants of visits older than N years")
    )
    _common(p, top=False)
    p.add_argument(
        "--years",
        type=_whole_number(
            QT_TRANSLATE_NOOP(
                "Cli", "expected a number of years from {low} to {high}, not “{value}”"
            ),
            *PURGE_YEARS,
        ),
        required=True,
    )
    return parser
