"""What passes in and out of the partners service: the labels of its enumerations, the
data a dialog or an import edits (a partner whole, with agreements and contacts), the
rows and query of the Partners table, and what Undo needs to put a deleted partner back.

No database access here: these are plain data classes, importable by any layer above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from twinning_desk.db.models import AgreementType, DatePrecision, PartnerKind, PartnerStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.attachments import AttachmentData
from twinning_desk.services.dates import FuzzyDate

# Labels of the enumerations, translated where shown (context "Labels").
PARTNER_STATUS_LABELS = {
    PartnerStatus.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospecting"),
    PartnerStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    PartnerStatus.DORMANT: QT_TRANSLATE_NOOP("Labels", "Dormant"),
    PartnerStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
}
PARTNER_KIND_LABELS = {
    PartnerKind.TOWN: QT_TRANSLATE_NOOP("Labels", "Town"),
    PartnerKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    PartnerKind.NETWORK: QT_TRANSLATE_NOOP("Labels", "Network"),
}
AGREEMENT_TYPE_LABELS = {
    AgreementType.CHARTER: QT_TRANSLATE_NOOP("Labels", "Twinning charter"),
    AgreementType.HONORARY: QT_TRANSLATE_NOOP("Labels", "Honorary twinning"),
    AgreementType.EXCLUSIVE: QT_TRANSLATE_NOOP("Labels", "Exclusive twinning"),
    AgreementType.FRIENDSHIP: QT_TRANSLATE_NOOP("Labels", "Friendship and cooperation pact"),
    AgreementType.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Decentralised cooperation agreement"),
    AgreementType.LETTER_OF_INTENT: QT_TRANSLATE_NOOP("Labels", "Letter of intent"),
    AgreementType.PROJECT: QT_TRANSLATE_NOOP("Labels", "Project partnership"),
    AgreementType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other agreement"),
}

DEFAULT_THEMES = [
    QT_TRANSLATE_NOOP("Themes", "culture"),
    QT_TRANSLATE_NOOP("Themes", "youth"),
    QT_TRANSLATE_NOOP("Themes", "schools"),
    QT_TRANSLATE_NOOP("Themes", "sport"),
    QT_TRANSLATE_NOOP("Themes", "heritage"),
    QT_TRANSLATE_NOOP("Themes", "economy"),
    QT_TRANSLATE_NOOP("Themes", "tourism"),
    QT_TRANSLATE_NOOP("Themes", "environment"),
    QT_TRANSLATE_NOOP("Themes", "solidarity"),
    QT_TRANSLATE_NOOP("Themes", "local governance"),
    QT_TRANSLATE_NOOP("Themes", "health"),
]


# ---------------------------------------------------------------- data passed in and out


@dataclass
class AgreementData:
    type: AgreementType
    signed: FuzzyDate | None = None
    # The committee's own wording; shown instead of the type's name when set.
    title: str | None = None
    place: str | None = None
    signatories: str | None = None
    expires_on: date | None = None
    renewal: str | None = None
    french_version: bool = False
    notes: str | None = None
    id: int | None = None


@dataclass
class ContactData:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    notes: str | None = None
    id: int | None = None


@dataclass
class PartnerData:
    name: str
    country_code: str | None
    kind: PartnerKind = PartnerKind.TOWN
    status: PartnerStatus = PartnerStatus.ACTIVE
    region: str | None = None
    population: int | None = None
    languages: str | None = None
    timezone: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    website: str | None = None
    notes: str | None = None
    geoname_id: int | None = None
    themes: list[str] = field(default_factory=list)
    agreements: list[AgreementData] = field(default_factory=list)
    contacts: list[ContactData] = field(default_factory=list)
    attachments: list[AttachmentData] = field(default_factory=list)
    id: int | None = None
    # The record's version when it was read: a save over a later one is a conflict.
    version: int | None = None
    distance_km: float | None = None
    last_exchange_noted: date | None = None
    last_exchange_precision: DatePrecision | None = None


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    country_code: str | None
    status: PartnerStatus
    kind: PartnerKind
    agreement_type: AgreementType | None
    signed: FuzzyDate | None
    distance_km: float | None
    last_exchange: date | None
    visits_received: int
    visits_made: int
    dormant: bool
    agreement_title: str | None = None
    has_position: bool = True
    # Set when the last exchange is the one a list gave, as precisely as it gave it.
    last_exchange_precision: DatePrecision | None = None

    @property
    def no_exchange(self) -> bool:
        """Nothing recorded yet: neutral, not a partner asleep."""
        return self.last_exchange is None


@dataclass(frozen=True)
class AgreementRow:
    partner_name: str
    country_code: str | None
    type: AgreementType
    signed: FuzzyDate | None
    place: str | None
    signatories: str | None
    expires_on: date | None
    french_version: bool
    latitude: float | None
    longitude: float | None
    title: str | None = None  # the committee's own wording, if any


@dataclass
class PartnerQuery:
    text: str = ""
    status: PartnerStatus | None = None
    country_code: str | None = None
    dormant_only: bool = False
    sort: str = "name"
    descending: bool = False
    locale: str = "fr"


SORT_KEYS = ("name", "country", "status", "agreement", "signed", "distance", "last_exchange")
