"""Commands on the database file itself: set the home commune (``init``), fill a demo
(``demo``), back up, restore a backup and check integrity.

``check`` and ``restore`` take the path rather than open services: both must work on a
damaged file, which cannot be opened normally.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.common import EXIT_ERROR, EXIT_OK, Translate, db_path
from twinning_desk.db import backup as backups
from twinning_desk.db.backup import export_copy, integrity_problem
from twinning_desk.db.database import CorruptDatabaseError
from twinning_desk.paths import AppPaths
from twinning_desk.services.commune import CommuneProfile
from twinning_desk.services.context import Services, restore_backup
from twinning_desk.services.countries import resolve_country
from twinning_desk.services.demo import load_demo
from twinning_desk.services.stats import record_counts


def cmd_check(args: argparse.Namespace, translate_fn: Translate) -> int:
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


def cmd_restore(args: argparse.Namespace, translate_fn: Translate) -> int:
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
    if args.out:
        target = export_copy(services.db.file, Path(args.out).expanduser())
    else:
        target = services.backup_now()
    print(QCoreApplication.translate("Cli", "Backup written: {path}").format(path=target))
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
