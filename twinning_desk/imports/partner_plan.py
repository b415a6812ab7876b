"""An import as the preview shows it: one result per row of the file (what was read, what
is unsure) and the plan that holds them, with the user's choices in the preview (another
place, a country, a type for an unknown wording).

Plain data with the choices' rules; reading a file into a plan and applying it are in
``partners.py``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from twinning_desk.db.models import AgreementType, PartnerKind, PartnerStatus
from twinning_desk.i18n import Message
from twinning_desk.services.countries import is_country_code
from twinning_desk.services.dates import FuzzyDate
from twinning_desk.services.geo import Gazetteer, Place, great_circle_km
from twinning_desk.services.partners import PartnerData
from twinning_desk.services.text import fold


class RowStatus(enum.StrEnum):
    NEW = "new"  # a new partner
    MERGED = "merged"  # another agreement of a partner already named (file or database)
    DUPLICATE = "duplicate"  # the same partner, type and date as a row already seen
    ERROR = "error"  # no name: nothing to import


@dataclass
class RowResult:
    """One row of the file as it will be imported, with what is unsure about it."""

    row: int
    name: str
    country: str  # as typed
    status: RowStatus = RowStatus.NEW
    message: Message | None = None
    kind: PartnerKind = PartnerKind.TOWN
    country_code: str | None = None
    country_unknown: bool = False  # a country was typed that nobody recognised
    region: str | None = None
    latitude: float | None = None  # typed in the file
    longitude: float | None = None
    candidates: list[Place] = field(default_factory=list)
    place_index: int | None = None  # the chosen candidate; None when not placed
    wording: str | None = None  # the agreement's wording as typed
    agreement_type: AgreementType = AgreementType.CHARTER
    wording_known: bool = True
    signed: FuzzyDate | None = None
    signed_text: str = ""
    agreement_place: str | None = None
    notes_text: str | None = None
    last_exchange: FuzzyDate | None = None
    prospect: bool = False  # "jumelage en projet": nothing signed yet
    partner_status: PartnerStatus | None = None  # a status column (the app's own export)
    merged_into: int | None = None  # the earlier row whose partner this row joins
    warnings: list[Message] = field(default_factory=list)  # read, but worth a look
    confirmed: bool = False  # the user chose the place (or "not placed") in the preview

    @property
    def place(self) -> Place | None:
        if self.place_index is None or self.place_index >= len(self.candidates):
            return None
        return self.candidates[self.place_index]

    @property
    def from_file(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def position(self) -> tuple[float, float] | None:
        if self.from_file:
            assert self.latitude is not None and self.longitude is not None
            return self.latitude, self.longitude
        place = self.place
        return (place.latitude, place.longitude) if place else None

    @property
    def ambiguous(self) -> bool:
        """Several places fit and the file did not say which."""
        return not self.from_file and len(self.candidates) > 1 and not self.confirmed

    @property
    def unsure(self) -> bool:
        """What the preview marks for the user to check."""
        return self.status is not RowStatus.ERROR and (
            self.country_unknown
            or self.ambiguous
            or not self.wording_known
            or bool(self.warnings)
            or (self.kind is PartnerKind.TOWN and self.position is None and not self.confirmed)
        )


@dataclass
class ImportPlan:
    results: list[RowResult] = field(default_factory=list)
    partners: list[PartnerData] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    headers_found: list[str] = field(default_factory=list)  # when no column is recognised
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    header_row: int = 1
    hidden_rows: int = 0
    home: tuple[float, float] | None = None
    # Wordings the user mapped in the preview, remembered for the next import.
    wordings: dict[str, AgreementType] = field(default_factory=dict)
    # Put before a date that could not be read, kept in the agreement's notes; the GUI
    # and the CLI set it in the user's language.
    unread_date_label: str = "Date signed, as written:"
    _existing: dict[tuple[str, str | None], int] = field(default_factory=dict)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def agreements_added(self) -> int:
        return self.count(RowStatus.NEW) + self.count(RowStatus.MERGED)

    @property
    def can_apply(self) -> bool:
        return not self.missing_columns and bool(self.partners)

    @property
    def imported_rows(self) -> list[RowResult]:
        return [r for r in self.results if r.status in (RowStatus.NEW, RowStatus.MERGED)]

    @property
    def placed(self) -> int:
        """New partners that will have a position (and so a distance)."""
        return sum(1 for r in self.results if r.status is RowStatus.NEW and r.position)

    @property
    def not_placed(self) -> int:
        return sum(
            1
            for r in self.results
            if r.status is RowStatus.NEW and r.position is None and r.kind is PartnerKind.TOWN
        )

    @property
    def unknown_wordings(self) -> list[str]:
        """Each distinct wording no type matched, once, in the order of the file."""
        seen: dict[str, str] = {}
        for r in self.results:
            if r.wording and not r.wording_known and r.status is not RowStatus.ERROR:
                seen.setdefault(fold(r.wording), r.wording)
        return list(seen.values())

    def distance(self, place: Place) -> float | None:
        if self.home is None:
            return None
        return great_circle_km(self.home[0], self.home[1], place.latitude, place.longitude)

    # ---------------------------------------------------------------- the user's choices
    def map_wording(self, wording: str, kind: AgreementType) -> None:
        """Give every row with this wording the type chosen; remembered on import."""
        key = fold(wording)
        kind = AgreementType(kind)  # a combo box hands back the plain string
        for r in self.results:
            if r.wording and fold(r.wording) == key:
                r.agreement_type = kind
                r.wording_known = True
        self.wordings[key] = kind

    def choose_place(self, result: RowResult, index: int | None) -> None:
        """Another candidate, or None for "not placed"; the country follows the place."""
        result.place_index = index
        result.confirmed = True
        place = result.place
        # Candidates fit the file's country, so this only completes it.
        if place is not None and is_country_code(place.country_code):
            result.country_code = place.country_code
            result.country_unknown = False

    def set_country(self, result: RowResult, code: str | None, gazetteer: Gazetteer | None) -> None:
        result.country_code = code
        result.country_unknown = False
        if gazetteer is not None and not result.from_file and result.kind is PartnerKind.TOWN:
            result.candidates = gazetteer.exact(result.name, [code] if code else None)
            result.place_index = 0 if result.candidates else None


Progress = Callable[[int, int], bool]
