"""Delegations and the people who travel on the command line: the list (table, CSV,
JSON), attendance and hosting lists, one person's data (an RGPD access request), the
mission report, and erasing the participants of old visits.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import EXIT_OK
from twinning_desk.cli.common import Translate, usage
from twinning_desk.export import attendance
from twinning_desk.export.mission_report import write_mission_report
from twinning_desk.export.personal_data import write_personal_data
from twinning_desk.export.spreadsheet import Sheet
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import PURPOSE_LABELS, DelegationQuery
from twinning_desk.services.events import DIRECTION_LABELS


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


def delegation_sheet(
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


def export_people(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    """Attendance lists, the hosting list and one person's data (RGPD access request)."""
    suffix = args.out.suffix.lower()
    if args.what == "person":
        if args.person is None:
            return usage(QCoreApplication.translate("Cli", "Error: give --person ID."))
        if suffix not in (".json", ".xlsx"):
            return usage(
                QCoreApplication.translate(
                    "Cli", "Error: the file name must end in .json or .xlsx."
                )
            )
        write_personal_data(args.out, services.people.personal_data(args.person))
    elif args.what == "attendance":
        if suffix != ".pdf":
            return usage(
                QCoreApplication.translate("Cli", "Error: the file name must end in .pdf.")
            )
        if args.event is not None:
            document = attendance.event_attendance(services, args.event)
        elif args.delegation is not None:
            document = attendance.delegation_attendance(services, args.delegation, translate_fn)
        else:
            return usage(
                QCoreApplication.translate("Cli", "Error: give --delegation ID or --event ID.")
            )
        attendance.write_attendance(args.out, document, translate_fn, locale)
    else:
        if args.delegation is None:
            return usage(QCoreApplication.translate("Cli", "Error: give --delegation ID."))
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
            return usage(
                QCoreApplication.translate("Cli", "Error: the file name must end in .pdf or .xlsx.")
            )
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK


def export_mission_report(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() != ".pdf":
        return usage(QCoreApplication.translate("Cli", "Error: the file name must end in .pdf."))
    if args.delegation is None and not args.blank:
        return usage(QCoreApplication.translate("Cli", "Error: give --delegation ID."))
    content = services.reports.content(args.delegation) if args.delegation else None
    write_mission_report(args.out, content, translate_fn, locale, blank=args.blank)
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK


def cmd_purge(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    count = services.people.purge_older_than(args.years)
    print(
        QCoreApplication.translate("Cli", "{count} person(s) erased or anonymised.").format(
            count=count
        )
    )
    return EXIT_OK
