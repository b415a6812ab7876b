"""Import partners and agreements from the list a committee already keeps.

Real lists are messy: towns named in the committee's language ("Varsovie"), countries as
people write them ("RDC", "Angleterre"), the committee's own wording for agreements
("Ville jumelle"), years instead of dates, no coordinates. No row is dropped for that:
each is kept, placed from the offline gazetteer where it can be, and what is unsure is
marked for the user to decide in the preview. Only a row with no name at all is left out.

Reading builds a plan of rows; the user's choices in the preview (another place, a
country, a type for an unknown wording) change the rows, and the partners are grouped
again from them. Applying writes everything in one transaction, so a cancelled or failed
import writes nothing.

This module reads a table into a plan and applies it; the plan and its rows are in
``partner_plan.py``, the lists' vocabulary and the cell parsers in ``partner_words.py``
(their public names are importable from here too).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from twinning_desk.db.models import AgreementType, PartnerKind, PartnerStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.imports.collection import collection_paused
from twinning_desk.imports.partner_plan import ImportPlan, Progress, RowResult, RowStatus
from twinning_desk.imports.partner_words import (
    FOLDED_ALIASES,
    header_score,
    is_prospect,
    keeps_wording,
    kind_of,
    parse_agreement_type,
    parse_partner_status,
)
from twinning_desk.imports.table import Table, map_headers, read_table
from twinning_desk.services.countries import (
    CountryMatch,
    is_country_code,
    match_country,
    split_country_suffix,
)
from twinning_desk.services.dates import parse_fuzzy_date
from twinning_desk.services.errors import CTX, FIELD_LABELS, FIELD_REASON, ValidationError
from twinning_desk.services.geo import Gazetteer, Place
from twinning_desk.services.partners import (
    AgreementData,
    PartnerData,
    PartnerService,
)
from twinning_desk.services.text import clean_text, fold

__all__ = [
    "ImportPlan",
    "Progress",
    "RowResult",
    "RowStatus",
    "apply_plan",
    "header_score",
    "is_prospect",
    "keeps_wording",
    "parse_agreement_type",
    "plan_import",
    "read_plan",
    "regroup",
]


def _note(text: str, **params: Any) -> Message:
    return Message(CTX, text, params)


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


def plan_import(
    table: Table,
    service: PartnerService,
    progress: Progress | None = None,
    gazetteer: Gazetteer | None = None,
) -> ImportPlan | None:
    """The preview of an import; None when cancelled through ``progress``."""
    plan = ImportPlan(
        sheet=table.sheet,
        sheets=list(table.sheets),
        header_row=table.header_row,
        hidden_rows=table.hidden_rows,
        home=service.home_position(),
    )
    mapping = map_headers(table.headers, FOLDED_ALIASES, fold)
    if "name" not in mapping:
        plan.missing_columns = ["name"]
        plan.headers_found = [h for h in table.headers if h][:12]
        return plan
    remembered = service.agreement_wordings()
    total = len(table.rows)
    with collection_paused():
        conn = gazetteer.connect() if gazetteer is not None and gazetteer.is_ready() else None
        reader = _RowReader(mapping, remembered, gazetteer, conn)
        try:
            for index, (number, values) in enumerate(table.rows, start=1):
                if progress and index % 200 == 0 and not progress(index, total):
                    return None
                plan.results.append(reader.read(number, values))
        finally:
            if conn is not None:
                conn.close()
        plan._existing = service.name_index()
        regroup(plan, service)
    return plan


# The fields a row is read into, in the order _RowReader._cells gives them.
_FIELDS = (
    "name",
    "country",
    "kind",
    "latitude",
    "longitude",
    "region",
    "type",
    "partner_status",
    "signed",
    "last_exchange",
    "place",
    "notes",
)

# What a cell gives when read: its value, or the error that refused it (said per row).
_Outcome = tuple[Any, ValidationError | None]


def _key(value: Any) -> tuple[type, Any]:
    """A cache key telling 1, 1.0 and True apart (equal, and so one key, in a dict)."""
    return value.__class__, value


class _RowReader:
    """Reads the rows of one file into results.

    A list repeats itself: the same country, wording, date or kind on row after row. What
    depends on a cell's text alone is worked out once per distinct text of its column and
    reused, the same for every row where that text appears (each row still gets its own
    warnings): reading 20,000 rows is then mostly dictionary lookups.
    """

    def __init__(
        self,
        mapping: dict[str, int],
        remembered: dict[str, AgreementType],
        gazetteer: Gazetteer | None,
        conn: Any,
    ) -> None:
        # Where each field is in a row (None: no such column), looked up once per file.
        self._columns = [mapping.get(name) for name in _FIELDS]
        self.remembered = remembered
        self.gazetteer = gazetteer
        self.conn = conn
        self._names: dict[tuple[type, Any], tuple[str | None, CountryMatch | None, Any]] = {}
        self._countries: dict[tuple[type, Any], CountryMatch | None] = {}
        self._kinds: dict[tuple[str, tuple[type, Any]], PartnerKind] = {}
        self._wordings: dict[tuple[type, Any], tuple[str | None, AgreementType, bool, bool]] = {}
        self._statuses: dict[tuple[type, Any], PartnerStatus | None] = {}
        self._dates: dict[tuple[str, tuple[type, Any]], _Outcome] = {}
        self._date_texts: dict[tuple[type, Any], str] = {}
        self._places: dict[tuple[str, tuple[str, ...]], list[Place]] = {}

    def _name(self, raw: Any) -> tuple[str | None, CountryMatch | None, Any]:
        """(name, country its bracket names, None), or (None, None, the error)."""
        key = _key(raw)
        found = self._names.get(key)
        if found is None:
            try:
                name = clean_text(
                    "name", None if raw is None else str(raw), max_length=200, required=True
                )
            except ValidationError as exc:
                found = (None, None, exc.with_traceback(None))  # kept: no frames with it
            else:
                assert name is not None
                # "Vienne (Autriche)": the bracket names the country.
                name, in_name = split_country_suffix(name)
                found = (name, in_name, None)
            self._names[key] = found
        return found

    def _country(self, raw: Any) -> CountryMatch | None:
        key = _key(raw)
        if key not in self._countries:
            self._countries[key] = match_country(raw) if raw not in (None, "") else None
        return self._countries[key]

    def _kind(self, name: str, raw: Any) -> PartnerKind:
        key = (name, _key(raw))
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = kind_of(name, raw)
        return kind

    def _wording(self, raw: Any) -> tuple[str | None, AgreementType, bool, bool]:
        """(wording as kept, type, known, prospect) for a "type" cell."""
        key = _key(raw)
        found = self._wordings.get(key)
        if found is None:
            wording = _str(raw)
            if wording:
                wording = _CONTROLS.sub(" ", wording).strip()
            kind, known = parse_agreement_type(wording, self.remembered)
            found = (wording[:200] if wording else None, kind, known, is_prospect(wording))
            self._wordings[key] = found
        return found

    def _status(self, raw: Any) -> PartnerStatus | None:
        key = _key(raw)
        if key not in self._statuses:
            self._statuses[key] = parse_partner_status(raw)
        return self._statuses[key]

    def _date(self, field_name: str, raw: Any) -> _Outcome:
        key = (field_name, _key(raw))
        found = self._dates.get(key)
        if found is None:
            try:
                found = (parse_fuzzy_date(field_name, raw), None)
            except ValidationError as exc:
                found = (None, exc.with_traceback(None))  # kept: no frames with it
            self._dates[key] = found
        return found

    def _date_text(self, raw: Any) -> str:
        """The date as written, kept when it cannot be read."""
        key = _key(raw)
        text = self._date_texts.get(key)
        if text is None:
            text = "" if raw is None else _CONTROLS.sub(" ", str(raw))[:40]
            self._date_texts[key] = text
        return text

    def _candidates(self, name: str, codes: tuple[str, ...]) -> list[Place]:
        assert self.gazetteer is not None
        key = (name, codes)
        found = self._places.get(key)
        if found is None:
            found = _distinct(self.gazetteer.exact(name, codes or None, conn=self.conn))
            self._places[key] = found
        return list(found)  # each row its own list: the preview may change one row's

    def _cells(self, values: list[Any]) -> list[Any]:
        """The row's cells in the order of ``_FIELDS``: text trimmed, None when absent."""
        width = len(values)
        return [
            None
            if index is None or index >= width
            else (value.strip() if isinstance(value := values[index], str) else value)
            for index in self._columns
        ]

    def read(self, number: int, values: list[Any]) -> RowResult:
        (
            raw_name,
            raw_country,
            raw_kind,
            raw_latitude,
            raw_longitude,
            raw_region,
            raw_type,
            raw_status,
            raw_signed,
            raw_last_exchange,
            raw_place,
            raw_notes,
        ) = self._cells(values)
        shown = str(raw_name or "").strip()[:200]
        result = RowResult(number, shown, str(raw_country or "").strip()[:60])
        name, in_name, error = self._name(raw_name)
        if name is None:
            result.status = RowStatus.ERROR
            result.message = _row_message(error)
            return result
        result.name = name
        result.kind = self._kind(name, raw_kind)
        found = self._country(raw_country)
        if found is None and in_name is not None:
            found = in_name
        codes: tuple[str, ...] = ()
        if found is not None:
            codes = found.codes
            result.country_code = found.code
            if found.region:
                result.region = found.region
            if found.historical:
                result.warnings.append(
                    _note(
                        QT_TRANSLATE_NOOP(
                            "Validation", "“{value}” no longer exists; today's country was chosen."
                        ),
                        value=found.historical,
                    )
                )
        elif result.country:
            result.country_unknown = True

        # Everything below is kept even when unreadable: the row is imported, marked.
        if raw_latitude is not None or raw_longitude is not None:
            _read_position(result, raw_latitude, raw_longitude)
        region = _clean(result, "region", raw_region, 200)
        if region and not result.region:
            result.region = region

        if not result.from_file and self.gazetteer is not None and result.kind is PartnerKind.TOWN:
            result.candidates = self._candidates(name, codes)
            if result.candidates:
                result.place_index = 0
                guess = result.candidates[0].country_code
                # GeoNames has codes ISO lacks (XK, Kosovo): those stay "country unknown".
                if result.country_code is None and is_country_code(guess):
                    if result.country_unknown:
                        result.warnings.append(
                            _note(
                                QT_TRANSLATE_NOOP(
                                    "Validation",
                                    "country “{value}” not recognised; taken from the place found.",
                                ),
                                value=result.country,
                            )
                        )
                    result.country_code = guess
                    result.country_unknown = False
        if (
            result.country_code is None
            and len(codes) > 1
            and result.kind is PartnerKind.TOWN
            and not result.country_unknown
        ):
            result.country_unknown = True  # a former country, and no place to tell which

        (
            result.wording,
            result.agreement_type,
            result.wording_known,
            result.prospect,
        ) = self._wording(raw_type)
        result.partner_status = self._status(raw_status)

        result.signed_text = self._date_text(raw_signed)
        result.signed, error = self._date("signed", raw_signed)
        if error is not None:
            result.warnings.append(_row_message(error))
        result.last_exchange, error = self._date("last_exchange", raw_last_exchange)
        if error is not None:
            result.warnings.append(_row_message(error))
        result.agreement_place = _clean(result, "place", raw_place, 200)
        result.notes_text = _clean(result, "notes", raw_notes, 20_000, True)
        return result


def _read_position(result: RowResult, raw_latitude: Any, raw_longitude: Any) -> None:
    """The coordinates typed in the file; both or neither, each in its range."""
    try:
        result.latitude = _number("latitude", raw_latitude)
        result.longitude = _number("longitude", raw_longitude)
        if result.latitude is not None and not -90 <= result.latitude <= 90:
            raise ValidationError("latitude", QT_TRANSLATE_NOOP("Validation", "is out of range."))
        if result.longitude is not None and not -180 <= result.longitude <= 180:
            raise ValidationError("longitude", QT_TRANSLATE_NOOP("Validation", "is out of range."))
    except ValidationError as exc:
        result.latitude = result.longitude = None
        result.warnings.append(_row_message(exc))
    if (result.latitude is None) != (result.longitude is None):
        result.latitude = result.longitude = None


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _clean(
    result: RowResult, name: str, value: Any, max_length: int, multiline: bool = False
) -> str | None:
    """A cleaned cell; what cannot be kept is left out of that cell and said, not fatal."""
    if value is None:  # an absent column: what clean_text gives for nothing, sooner
        return None
    try:
        return clean_text(name, _str(value), max_length=max_length, multiline=multiline)
    except ValidationError as exc:
        result.warnings.append(_row_message(exc))
        return None


def _distinct(places: list[Place]) -> list[Place]:
    """One candidate per town: GeoNames lists some towns twice (the city, its district)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for place in places:
        key = (fold(place.name), place.country_code)
        if key in seen:
            continue
        seen.add(key)
        kept.append(place)
    return kept


def regroup(plan: ImportPlan, service: PartnerService) -> None:
    """Statuses and partners from the rows as they now stand (after the user's choices)."""
    partners: dict[tuple[str, str | None], PartnerData] = {}
    first_rows: dict[tuple[str, str | None], int] = {}
    seen: set[tuple[Any, ...]] = set()
    recorded: set[tuple[Any, ...]] = set()
    for result in plan.results:
        if result.status is RowStatus.ERROR:  # no usable name: nothing the preview can fix
            continue
        result.status, result.message = RowStatus.NEW, None
        key = (fold(result.name), result.country_code)
        existing_partner = key in plan._existing
        notes = [result.notes_text] if result.notes_text and existing_partner else []
        if result.signed is None and result.signed_text.strip():
            # Nothing typed is lost: the date as written, to be corrected later.
            notes.append(f"{plan.unread_date_label} {result.signed_text.strip()}")
        agreement = AgreementData(
            type=result.agreement_type,
            title=result.wording if keeps_wording(result.wording, result.agreement_type) else None,
            signed=result.signed,
            place=result.agreement_place,
            notes="\n".join(notes) or None,
        )
        fingerprint = _fingerprint(key, agreement)
        result.merged_into = first_rows.setdefault(key, result.row)
        if result.merged_into == result.row:
            result.merged_into = None
        partner = partners.get(key)
        if partner is None:
            existing_id = plan._existing.get(key)
            if existing_id is not None:
                partner = service.get(existing_id)
                recorded.update(_fingerprint(key, a) for a in partner.agreements)
            else:
                partner = PartnerData(
                    name=result.name,
                    country_code=result.country_code,
                    kind=result.kind,
                    region=result.region,
                )
            partners[key] = partner
        if fingerprint in recorded or fingerprint in seen:
            text = (
                QT_TRANSLATE_NOOP("Validation", "this agreement is already recorded.")
                if fingerprint in recorded
                else QT_TRANSLATE_NOOP(
                    "Validation", "same partner, agreement and date as an earlier row."
                )
            )
            result.status, result.message = RowStatus.DUPLICATE, Message(CTX, text)
            continue
        seen.add(fingerprint)
        first_row = partner.id is None and not partner.agreements
        position = result.position
        if position is not None and partner.latitude is None:
            partner.latitude, partner.longitude = position
            place = None if result.from_file else result.place
            if place is not None:
                partner.geoname_id = place.geoname_id
                partner.timezone = partner.timezone or place.timezone
                partner.population = partner.population or (place.population or None)
        if result.region and not partner.region:
            partner.region = result.region
        if result.partner_status is not None and partner.id is None:
            partner.status = result.partner_status
        elif result.prospect and partner.id is None:
            partner.status = PartnerStatus.PROSPECT
        # A list's remarks are about the partner; an existing partner's own notes are left
        # alone and the remark goes with the agreement instead (above).
        if (
            result.notes_text
            and partner.id is None
            and result.notes_text not in (partner.notes or "")
        ):
            partner.notes = "\n".join(filter(None, [partner.notes, result.notes_text]))
        if result.last_exchange is not None:
            noted = result.last_exchange.end
            if partner.last_exchange_noted is None or noted > partner.last_exchange_noted:
                partner.last_exchange_noted = noted
                partner.last_exchange_precision = result.last_exchange.precision
        partner.agreements.append(agreement)
        result.status = RowStatus.NEW if first_row else RowStatus.MERGED
    plan.partners = [p for p in partners.values() if p.id is None or _has_new(p)]


def _fingerprint(key: tuple[str, str | None], agreement: AgreementData) -> tuple[Any, ...]:
    signed = agreement.signed
    return (
        *key,
        AgreementType(agreement.type).value,
        fold(agreement.title or ""),
        signed.start if signed else None,
        signed.end if signed else None,
    )


def _has_new(partner: PartnerData) -> bool:
    return any(a.id is None for a in partner.agreements)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _row_message(exc: ValidationError) -> Message:
    return Message(
        CTX,
        FIELD_REASON,
        {"field": Message(CTX, FIELD_LABELS.get(exc.field, exc.field)), "reason": exc.reason},
    )


def read_plan(
    path: Path,
    service: PartnerService,
    progress: Progress | None = None,
    gazetteer: Gazetteer | None = None,
    sheet: str | None = None,
) -> ImportPlan | None:
    with collection_paused():  # the rows read are kept: nothing for the collector there
        return plan_import(read_table(path, header_score, sheet), service, progress, gazetteer)


def apply_plan(plan: ImportPlan, service: PartnerService, progress: Progress | None = None) -> bool:
    """Write the plan in one transaction; False (and nothing written) when cancelled.

    Rows whose country stays unknown are imported without one, marked, to fix later.
    """
    with collection_paused():
        regroup(plan, service)  # the partners as the rows stand now, after every choice
        ok = service.save_many(plan.partners, progress, require_country=False)
    if ok and plan.wordings:
        service.remember_agreement_wordings(plan.wordings)
    return ok
