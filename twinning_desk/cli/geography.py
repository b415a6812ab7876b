"""``report geography`` and ``export map``: the home tab's records and map on the command
line, from the same geography service and the same map writer.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from PySide6.QtCore import QCoreApplication

from twinning_desk.cli.codes import EXIT_OK
from twinning_desk.cli.common import Translate, usage
from twinning_desk.export.partner_map import MAP_FORMATS, write_partner_map
from twinning_desk.services.context import Services
from twinning_desk.services.geography import GeographyService, records_json
from twinning_desk.services.geography_text import record_lines


def geography_service(services: Services) -> GeographyService:
    return GeographyService(services.db, services.partners)


def report_geography(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    geo = geography_service(services).geography()
    if args.format == "json":
        print(json.dumps(records_json(geo), ensure_ascii=False, indent=2))
        return EXIT_OK
    home = geo.home
    if home is None:
        print(QCoreApplication.translate("Cli", "No home commune yet."))
    elif not home.placed:
        print(
            QCoreApplication.translate(
                "Cli", "{name}: no position yet, so no distances (set it in the settings)."
            ).format(name=home.name)
        )
    else:
        print(
            QCoreApplication.translate("Cli", "{name} ({lat}, {lon})").format(
                name=home.name, lat=home.latitude, lon=home.longitude
            )
        )
    print(
        QCoreApplication.translate("Cli", "Partners: {count}, placed on the map: {placed}").format(
            count=len(geo.partners), placed=len(geo.placed)
        )
    )
    for line in record_lines(geo, translate_fn, locale):
        tie = f" ({line.tie})" if line.tie else ""
        print(
            QCoreApplication.translate("Cli", "{label}: {text}").format(
                label=line.label, text=line.text + tie
            )
        )
    return EXIT_OK


def export_map(
    args: argparse.Namespace, services: Services, translate_fn: Translate, locale: str
) -> int:
    if args.out.suffix.lower() not in MAP_FORMATS:
        return usage(
            QCoreApplication.translate("Cli", "Error: the file name must end in .png or .pdf.")
        )
    geo = geography_service(services).geography()
    write_partner_map(args.out, geo, translate_fn, locale, today=date.today())
    print(QCoreApplication.translate("Cli", "Map written to {path}.").format(path=args.out))
    return EXIT_OK
