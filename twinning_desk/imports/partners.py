"""Import partners and agreements from the list a committee already keeps.

Reading builds a plan that the user previews: one line per row (imported, merged into a
partner named earlier, exact duplicate, or refused with the reason). Applying the plan
writes everything in one transaction, so a cancelled or failed import writes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twinning_desk.db.models import AgreementType
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.imports.table import Table, map_headers, read_table
from twinning_desk.services.countries import resolve_country
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.errors import CTX, ValidationError
from twinning_desk.services.partners import AgreementData, PartnerData, PartnerService
from twinning_desk.services.text import clean_text, fold

HEADER_ALIASES: dict[str, set[str]] = {
    "name": {
        "ville",
        "commune",
        "ville partenaire",
        "commune partenaire",
        "town",
        "city",
        "partner",
        "partenaire",
        "partner town",
        "nom",
        "name",
        "stadt",
        "partnerstadt",
    },
    "country": {"pays", "country", "land", "nation"},
    "type": {
        "type",
        "type d accord",
        "type de l accord",
        "nature",
        "agreement",
        "accord",
        "agreement type",
        "nature de l accord",
        "art",
    },
    "signed": {
        "date",
        "date de signature",
        "annee",
        "année",
        "signed",
        "year",
        "signature",
        "date signed",
        "signe le",
        "date of signature",
        "jahr",
        "datum",
    },
    "latitude": {"latitude", "lat"},
    "longitude": {"longitude", "lon", "lng", "long"},
    "region": {"region", "région", "province", "land region", "bundesland"},
    "place": {"lieu", "lieu de signature", "place", "place signed", "ort"},
    "notes": {"notes", "remarques", "commentaire", "commentaires", "comments", "observations"},
}
_ALIASES = {f: {fold(n) for n in names} for f, names in HEADER_ALIASES.items()}

# Words that point at an agreement type, checked in this order (the most specific first).
TYPE_WORDS: list[tuple[str, AgreementType]] = [
    ("honneur", AgreementType.HONORARY),
    ("honorary", AgreementType.HONORARY),
    ("exclusi", AgreementType.EXCLUSIVE),
    ("pacte", AgreementType.FRIENDSHIP),
    ("amitie", AgreementType.FRIENDSHIP),
    ("friendship", AgreementType.FRIENDSHIP),
    ("convention", AgreementType.COOPERATION),
    ("cooperation", AgreementType.COOPERATION),
    ("lettre", AgreementType.LETTER_OF_INTENT),
    ("intent", AgreementType.LETTER_OF_INTENT),
    ("projet", AgreementType.PROJECT),
    ("project", AgreementType.PROJECT),
    ("charte", AgreementType.CHARTER),
    ("charter", AgreementType.CHARTER),
    ("jumelage", AgreementType.CHARTER),
    ("twinning", AgreementType.CHARTER),
    ("partnerschaft", AgreementType.CHARTER),
]


class RowStatus(enum.StrEnum):
    NEW = "new"  # a new partner
    MERGED = "merged"  # another agreement of a partner already named (file or database)
    DUPLICATE = "duplicate"  # the same partner, type and date as a row already seen
    ERROR = "error"


@dataclass
class RowResult:
    row: int
    name: str
    country: str
    status: RowStatus
    message: Message | None = None


@dataclass
class ImportPlan:
    results: list[RowResult] = field(default_factory=list)
    partners: list[PartnerData] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def agreements_added(self) -> int:
        return self.count(RowStatus.NEW) + self.count(RowStatus.MERGED)

    @property
    def can_apply(self) -> bool:
        return not self.missing_columns and bool(self.partners)


Progress = Callable[[int, int], bool]


def parse_agreement_type(value: Any) -> AgreementType:
    key = fold(str(value or ""))
    if not key:
        return AgreementType.CHARTER
    for word, kind in TYPE_WORDS:
        if word in key:
            return kind
    for kind in AgreementType:
        if key == kind.value.replace("_", " "):
            return kind
    raise ValidationError(
        "type",
        QT_TRANSLATE_NOOP("Validation", "“{value}” is not a known agreement type."),
        value=str(value)[:40],
    )


def _number(field_name: str, value: Any) -> float | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError as exc:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "“{value}” is not a number."),
            value=str(value)[:40],
        ) from exc


def _cell(values: list[Any], mapping: dict[str, int], key: str) -> Any:
    index = mapping.get(key)
    if index is None or index >= len(values):
        return None
    value = values[index]
    return value.strip() if isinstance(value, str) else value


def plan_import(
    table: Table, service: PartnerService, progress: Progress | None = None
) -> ImportPlan | None:
    """The preview of an import; None when cancelled through ``progress``."""
    plan = ImportPlan()
    mapping = map_headers(table.headers, _ALIASES, fold)
    plan.missing_columns = [f for f in ("name", "country") if f not in mapping]
    if plan.missing_columns:
        return plan
    partners: dict[tuple[str, str], PartnerData] = {}
    existing = service.name_index()
    seen: set[tuple[Any, ...]] = set()
    recorded: set[tuple[Any, ...]] = set()
    total = len(table.rows)
    for index, (number, values) in enumerate(table.rows, start=1):
        if progress and index % 500 == 0 and not progress(index, total):
            return None
        raw_name = _cell(values, mapping, "name")
        raw_country = _cell(values, mapping, "country")
        shown_name = str(raw_name or "")[:200]
        try:
            name = clean_text(
                "name", None if raw_name is None else str(raw_name), max_length=200, required=True
            )
            assert name is not None
            country = resolve_country(raw_country)
            if country is None:
                raise ValidationError(
                    "country",
                    QT_TRANSLATE_NOOP("Validation", "“{value}” is not a known country."),
                    value=str(raw_country or "")[:40],
                )
            agreement = AgreementData(
                type=parse_agreement_type(_cell(values, mapping, "type")),
                signed=parse_fuzzy_date("signed", _cell(values, mapping, "signed")),
                place=clean_text("place", _str(_cell(values, mapping, "place")), max_length=200),
                notes=clean_text(
                    "notes",
                    _str(_cell(values, mapping, "notes")),
                    max_length=20_000,
                    multiline=True,
                ),
            )
            lat = _number("latitude", _cell(values, mapping, "latitude"))
            lon = _number("longitude", _cell(values, mapping, "longitude"))
            region = clean_text("region", _str(_cell(values, mapping, "region")), max_length=200)
            probe = PartnerData(name=name, country_code=country, latitude=lat, longitude=lon)
            service.validate(probe)
        except ValidationError as exc:
            plan.results.append(
                RowResult(
                    number, shown_name, str(raw_country or ""), RowStatus.ERROR, _row_message(exc)
                )
            )
            continue
        key = (fold(name), country)
        fingerprint = _fingerprint(key, agreement)
        partner = partners.get(key)
        if partner is None:
            existing_id = existing.get(key)
            if existing_id is not None:
                partner = service.get(existing_id)
                recorded.update(_fingerprint(key, a) for a in partner.agreements)
            else:
                partner = PartnerData(name=name, country_code=country, region=region)
            partners[key] = partner
        if fingerprint in recorded or fingerprint in seen:
            text = (
                QT_TRANSLATE_NOOP("Validation", "this agreement is already recorded.")
                if fingerprint in recorded
                else QT_TRANSLATE_NOOP(
                    "Validation", "same partner, agreement and date as an earlier row."
                )
            )
            plan.results.append(
                RowResult(number, name, country, RowStatus.DUPLICATE, Message(CTX, text))
            )
            continue
        seen.add(fingerprint)
        first_row = partner.id is None and not partner.agreements
        if lat is not None and partner.latitude is None:
            partner.latitude, partner.longitude = lat, lon
        if region and not partner.region:
            partner.region = region
        partner.agreements.append(agreement)
        status = RowStatus.NEW if first_row else RowStatus.MERGED
        plan.results.append(RowResult(number, name, country, status))
    plan.partners = [p for p in partners.values() if p.id is None or _has_new(p)]
    return plan


def _fingerprint(key: tuple[str, str], agreement: AgreementData) -> tuple[Any, ...]:
    signed = agreement.signed
    return (
        *key,
        AgreementType(agreement.type).value,
        signed.start if signed else None,
        signed.end if signed else None,
    )


def _has_new(partner: PartnerData) -> bool:
    return any(a.id is None for a in partner.agreements)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _row_message(exc: ValidationError) -> Message:
    from twinning_desk.services.errors import FIELD_LABELS, FIELD_REASON

    return Message(
        CTX,
        FIELD_REASON,
        {"field": Message(CTX, FIELD_LABELS.get(exc.field, exc.field)), "reason": exc.reason},
    )


def read_plan(
    path: Path, service: PartnerService, progress: Progress | None = None
) -> ImportPlan | None:
    return plan_import(read_table(path), service, progress)


def apply_plan(plan: ImportPlan, service: PartnerService, progress: Progress | None = None) -> bool:
    """Write the plan in one transaction; False (and nothing written) when cancelled."""
    return service.save_many(plan.partners, progress)
