"""Partners on the command line: the list import, the list (table, CSV, JSON) and the
export, over the same services, readers and writers as the Partners tab.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import DECIMAL_MARKS, EXIT_ERROR, EXIT_OK, EXIT_USAGE
from twinning_desk.cli.common import Translate, row_problem
from twinning_desk.export.partners import export_partners, partner_sheet
from twinning_desk.export.spreadsheet import Sheet
from twinning_desk.imports.doubts import row_doubts
from twinning_desk.imports.partners import RowStatus, apply_plan, header_score, plan_import
from twinning_desk.imports.table import read_table
from twinning_desk.paths import AppPaths
from twinning_desk.services.context import Services
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import PartnerQuery
from twinning_desk.summaries import import_summary


def ready_gazetteer() -> Gazetteer:
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


def import_partners(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    table = read_table(Path(args.file), header_score)  # a bad file is said before any wait
    plan = plan_import(table, services.partners, gazetteer=ready_gazetteer())
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
        if result.status in (RowStatus.ERROR, RowStatus.DUPLICATE) and result.message:
            print(row_problem(result.row, result.message.render(translate_fn)), file=sys.stderr)
        elif result.unsure:
            print(
                row_problem(result.row, row_doubts(result, translate_fn, locale)), file=sys.stderr
            )
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


def partners_sheet(services: Services, search: str, translate_fn: Translate, locale: str) -> Sheet:
    rows = services.partners.rows(PartnerQuery(text=search, locale=locale))
    return partner_sheet(rows, translate_fn, locale)


def export_partners_file(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
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
        DECIMAL_MARKS.get(args.decimal_mark or ""),
    )
    print(QCoreApplication.translate("Cli", "Partners exported to {path}.").format(path=args.out))
    return EXIT_OK
