"""Commands on the database file itself: set the home commune (``init``), fill a demo
(``demo``), back up, restore a backup and check integrity; copy a whole database between
a file and a shared server (``copy``), and create a shared database's roles (``db``).

``check`` and ``restore`` take the path rather than open services: both must work on a
damaged file, which cannot be opened normally.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import EXIT_ERROR, EXIT_OK
from twinning_desk.cli.common import Translate, db_path
from twinning_desk.db import backup as backups
from twinning_desk.db.backup import export_copy, integrity_problem
from twinning_desk.db.database import CorruptDatabaseError
from twinning_desk.db.lock import DatabaseLockedError
from twinning_desk.db.roles import create_roles
from twinning_desk.db.urls import is_server_url
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.paths import AppPaths
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services, restore_backup
from twinning_desk.services.copying import CopyReport, backup_to_file, copy_database, source_of
from twinning_desk.services.countries import resolve_country
from twinning_desk.services.demo import load_demo
from twinning_desk.services.stats import record_counts


def cmd_check(args: argparse.Namespace, translate_fn: Translate) -> int:
    if is_server_url(args.db):
        # The server checks its own storage (its checksums, its WAL): what is checked here
        # is that the database opens as a Twinning Desk one and is read whole.
        return _report_counts(Services.open(args.db, read_only=True), args.db)
    path = db_path(args)
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
    return _report_counts(Services.open(path, read_only=True), path)


def _report_counts(services: Services, path: Path | str) -> int:
    try:
        counts = record_counts(services.db)
        path = services.db.label
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


def cmd_restore(args: argparse.Namespace, translate_fn: Translate) -> int:
    if is_server_url(args.db):
        print(
            QCoreApplication.translate(
                "Cli",
                "Error: a shared database is restored on the server (pg_restore), or filled "
                "from a backup file with twinning-desk copy FILE ADDRESS into an empty "
                "database; nothing was changed.",
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    path = db_path(args)
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


def cmd_backup(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if services.db.shared:
        # A shared database: a checked copy to a new SQLite file the committee keeps.
        db = services.db
        if args.out:
            source = source_of(db.engine, db.label)
            target = Path(args.out).expanduser()
            copy_database(source, target, _progress, replace_file=True)
        else:
            folder = AppPaths.from_environment().backup_dir
            target = Path(backup_to_file(db.engine, db.label, db.name, folder, _progress).target)
    elif args.out:
        target = export_copy(services.db.file, Path(args.out).expanduser())
    else:
        target = services.backup_now()
    print(QCoreApplication.translate("Cli", "Backup written: {path}").format(path=target))
    return EXIT_OK


def _progress(table: str, rows: int, index: int, count: int) -> None:
    """One line per table on the standard error, so the output stays the result."""
    print(
        QCoreApplication.translate("Cli", "[{index}/{count}] {table}, rows: {rows}").format(
            index=index, count=count, table=table, rows=rows
        ),
        file=sys.stderr,
        flush=True,
    )


def cmd_copy(args: argparse.Namespace, translate_fn: Translate) -> int:
    """``copy SRC DST``: the whole database, in one transaction on the target, checked."""
    try:
        report: CopyReport = copy_database(args.source, args.target, _progress)
    except DatabaseLockedError as exc:
        print(
            QCoreApplication.translate("Cli", "Error: {reason}").format(
                reason=exc.render(translate_fn)
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(
        QCoreApplication.translate(
            "Cli",
            "Copied {source} to {target} and checked it (row count and checksum of each "
            "table): tables: {tables}, rows: {rows}.",
        ).format(
            source=report.source,
            target=report.target,
            tables=len(report.tables),
            rows=report.rows,
        )
    )
    return EXIT_OK


_ROLE_KINDS = {
    "owner": QT_TRANSLATE_NOOP("Cli", "owner (upgrades the tables with a new version)"),
    "editor": QT_TRANSLATE_NOOP("Cli", "editor (reads and writes)"),
    "reader": QT_TRANSLATE_NOOP("Cli", "reader (reads and prints only)"),
}


def cmd_db(args: argparse.Namespace, translate_fn: Translate) -> int:
    """``db create-roles``: the owner, editor and reader of a committee's database."""
    roles = create_roles(str(args.db), args.prefix, args.new_passwords)
    for role in roles:
        kind = QCoreApplication.translate("Cli", _ROLE_KINDS[role.kind])
        if role.password is None:
            line = QCoreApplication.translate(
                "Cli", "{kind}: {name} (it existed; its password was kept)"
            )
        else:
            line = QCoreApplication.translate("Cli", "{kind}: {name}, password: {password}")
        print(line.format(kind=kind, name=role.name, password=role.password))
    if any(role.password for role in roles):
        print(
            QCoreApplication.translate(
                "Cli",
                "The passwords are shown this once and kept nowhere: give each to its "
                "person, who types it when connecting.",
            )
        )
    return EXIT_OK


def cmd_init(
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


def cmd_demo(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    load_demo(services)
    print(
        QCoreApplication.translate(
            "Cli", "Demo commune created in {path}: {count} partners."
        ).format(path=services.db.path, count=services.partners.count())
    )
    return EXIT_OK
