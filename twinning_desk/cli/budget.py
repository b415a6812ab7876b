"""The budget on the command line: the list (table, CSV, JSON), the treasurer's
workbook export and the import of a budget plan.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import DECIMAL_MARKS, EXIT_ERROR, EXIT_OK, EXIT_USAGE
from twinning_desk.cli.common import Translate, row_problem
from twinning_desk.export.budget import from_service, write_budget_workbook
from twinning_desk.export.spreadsheet import Sheet
from twinning_desk.imports.budget import apply_budget_plan, read_budget_plan
from twinning_desk.imports.partners import RowStatus
from twinning_desk.services.budget import BudgetQuery
from twinning_desk.services.context import Services
from twinning_desk.services.dates import excel_day_format
from twinning_desk.services.money import to_decimal


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


def budget_sheet(services: Services, year: int, translate_fn: Translate, locale: str) -> Sheet:
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
                to_decimal(r.forecast_cents),
                to_decimal(r.actual_cents),
            ]
            for r in rows
        ],
    )


def export_budget(
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
            event_id=args.event,
            delegation_id=args.delegation,
        ),
    )
    print(
        QCoreApplication.translate("Cli", "Budget {year} exported to {path}.").format(
            year=year, path=args.out
        )
    )
    return EXIT_OK


def import_budget(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    year = args.year or services.budget.current_year()
    # The mark the person stated, or None: the file's own amounts decide, never the
    # language of the interface, and an amount readable two ways is reported on its row.
    mark = DECIMAL_MARKS.get(args.decimal_mark) if args.decimal_mark else None
    plan = read_budget_plan(args.file, services.budget, year, locale, mark)
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
            print(row_problem(result.row, result.message.render(translate_fn)), file=sys.stderr)
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
