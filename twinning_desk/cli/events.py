"""Events on the command line: the list (table, CSV, JSON), the calendar export (.ics)
and the yearly activity report (PDF).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import EXIT_OK, EXIT_USAGE
from twinning_desk.cli.common import Translate, usage
from twinning_desk.export.activity_report import write_activity_report
from twinning_desk.export.calendar import by_start, calendar_items, delegation_items, write_ics
from twinning_desk.export.partner_map import report_geography
from twinning_desk.export.spreadsheet import Sheet
from twinning_desk.services.context import Services
from twinning_desk.services.delegations import DelegationQuery
from twinning_desk.services.events import EVENT_TYPES, EventQuery
from twinning_desk.services.geography import GeographyService


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


def event_sheet(
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
                r.start.date(),
                r.title,
                translate_fn("Labels", EVENT_TYPES.get(r.type, r.type)),
                r.partners,
                r.participants,
            ]
            for r in rows
        ],
    )


def export_calendar(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    """The events and the delegations (of ``--year``, or all) in one .ics file."""
    if args.out.suffix.lower() != ".ics":
        print(
            QCoreApplication.translate("Cli", "Error: the file name must end in .ics."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    profile = services.commune.get()
    events = calendar_items(
        services.calendar,
        EventQuery(year=args.year, sort="start", descending=False),
        home_country=profile.country_code if profile else None,
        translate_fn=translate_fn,
    )
    visits = delegation_items(
        services.calendar.visits(DelegationQuery(year=args.year, descending=False)),
        translate_fn,
        locale,
        home=profile.name if profile else None,
    )
    write_ics(
        args.out,
        by_start(events + visits),
        profile.committee_name or profile.name if profile else "",
    )
    print(
        QCoreApplication.translate(
            "Cli", "Exported to {path}: {count} event(s), {visits} delegation(s)."
        ).format(count=len(events), visits=len(visits), path=args.out)
    )
    return EXIT_OK


def export_activity_report(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() != ".pdf":
        return usage(QCoreApplication.translate("Cli", "Error: the file name must end in .pdf."))
    if args.year is None:
        return usage(QCoreApplication.translate("Cli", "Error: give --year YEAR."))
    geography = GeographyService(services.db, services.partners).geography()
    write_activity_report(
        args.out,
        services.activity.report(args.year),
        translate_fn,
        locale,
        geography=report_geography(geography, translate_fn, locale),
    )
    print(QCoreApplication.translate("Cli", "Written: {path}").format(path=args.out))
    return EXIT_OK
