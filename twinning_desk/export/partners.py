"""The partner list as a workbook (partners + one row per agreement, re-importable) or CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from twinning_desk.db.models import DatePrecision
from twinning_desk.export.csv_table import CsvStyle, write_csv
from twinning_desk.export.spreadsheet import Sheet, write_xlsx
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import FuzzyDate, excel_day_format
from twinning_desk.services.partners import (
    AGREEMENT_TYPE_LABELS,
    PARTNER_STATUS_LABELS,
    AgreementRow,
    PartnerRow,
)

Translate = Callable[[str, str], str]

PARTNER_HEADERS = [
    QT_TRANSLATE_NOOP("Export", "Partner"),
    QT_TRANSLATE_NOOP("Export", "Country"),
    # Not "Status": in committees' lists (and so for the importer) that is the agreement.
    QT_TRANSLATE_NOOP("Export", "Partner status"),
    QT_TRANSLATE_NOOP("Export", "Current agreement"),
    QT_TRANSLATE_NOOP("Export", "Signed"),
    QT_TRANSLATE_NOOP("Export", "Distance (km)"),
    QT_TRANSLATE_NOOP("Export", "Last exchange"),
    QT_TRANSLATE_NOOP("Export", "Visits received"),
    QT_TRANSLATE_NOOP("Export", "Visits made"),
    QT_TRANSLATE_NOOP("Export", "Asleep"),
]
# Headers the importer recognises, so an exported sheet can be imported elsewhere.
AGREEMENT_HEADERS = [
    QT_TRANSLATE_NOOP("Export", "Town"),
    QT_TRANSLATE_NOOP("Export", "Country"),
    QT_TRANSLATE_NOOP("Export", "Agreement type"),
    QT_TRANSLATE_NOOP("Export", "Date signed"),
    QT_TRANSLATE_NOOP("Export", "Place"),
    QT_TRANSLATE_NOOP("Export", "Signatories"),
    QT_TRANSLATE_NOOP("Export", "Expiry"),
    QT_TRANSLATE_NOOP("Export", "French version"),
    QT_TRANSLATE_NOOP("Export", "Latitude"),
    QT_TRANSLATE_NOOP("Export", "Longitude"),
]


def _identity(_context: str, text: str) -> str:
    return text


def _last_exchange(row: PartnerRow, locale: str) -> date | str | None:
    """A day as a day; "2024" or "06/2024" as the imported list said it, as the Partners
    table shows it, so that importing the export keeps the precision."""
    day, precision = row.last_exchange, row.last_exchange_precision
    if day is None or precision in (None, DatePrecision.DAY):
        return day
    if precision is DatePrecision.MONTH:
        return FuzzyDate(day, day, precision).format(locale)
    return str(day.year)


def partner_sheet(
    rows: list[PartnerRow], translate: Translate = _identity, locale: str = "fr"
) -> Sheet:
    yes, no = translate("Export", "yes"), translate("Export", "no")
    body: list[Sequence[Any]] = [
        [
            r.name,
            country_name(r.country_code, locale),
            translate("Labels", PARTNER_STATUS_LABELS[r.status]),
            r.agreement_title
            or (
                translate("Labels", AGREEMENT_TYPE_LABELS[r.agreement_type])
                if r.agreement_type
                else None
            ),
            r.signed.format(locale) if r.signed else None,
            r.distance_km,
            _last_exchange(r, locale),
            r.visits_received,
            r.visits_made,
            yes if r.dormant else no,
        ]
        for r in rows
    ]
    return Sheet(
        title=translate("Export", "Partners"),
        headers=[translate("Export", h) for h in PARTNER_HEADERS],
        rows=body,
        number_formats={5: "#,##0", 6: excel_day_format(locale)},
    )


def agreement_sheet(
    rows: list[AgreementRow], translate: Translate = _identity, locale: str = "fr"
) -> Sheet:
    yes, no = translate("Export", "yes"), translate("Export", "no")
    body: list[Sequence[Any]] = [
        [
            a.partner_name,
            country_name(a.country_code, locale),
            a.title or translate("Labels", AGREEMENT_TYPE_LABELS[a.type]),
            a.signed.format(locale) if a.signed else None,
            a.place,
            a.signatories,
            a.expires_on,
            yes if a.french_version else no,
            a.latitude,
            a.longitude,
        ]
        for a in rows
    ]
    return Sheet(
        title=translate("Export", "Agreements"),
        headers=[translate("Export", h) for h in AGREEMENT_HEADERS],
        rows=body,
        number_formats={6: excel_day_format(locale)},
    )


def export_partners(
    path: Path,
    partners: list[PartnerRow],
    agreements: list[AgreementRow],
    translate: Translate = _identity,
    locale: str = "fr",
    decimal_mark: str | None = None,
) -> None:
    """.xlsx gets both sheets; .csv the partner list only (one table per CSV file), in
    the forms of ``locale`` (see :mod:`twinning_desk.export.csv_table`), the decimal mark
    ``decimal_mark`` if given."""
    sheet = partner_sheet(partners, translate, locale)
    if Path(path).suffix.lower() == ".csv":
        style = CsvStyle.for_language(locale, decimal_mark)
        write_csv(path, sheet.headers, sheet.rows, style)
    else:
        write_xlsx(path, [sheet, agreement_sheet(agreements, translate, locale)])
