"""The words of the lists committees keep: column headings, agreement wordings, kinds of
partner, "not signed yet", in French, English, German and more, and the functions that
read a cell through them.

Every word is compared folded (no accents, no case), so "Intitulé" and "intitule" match.
Kept apart from the reader so that a new wording met in a real list is added here.
"""

from __future__ import annotations

import re
from typing import Any

from twinning_desk.db.models import AgreementType, PartnerKind, PartnerStatus
from twinning_desk.imports.table import map_headers
from twinning_desk.services.partners import AGREEMENT_TYPE_LABELS
from twinning_desk.services.text import fold

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
        "socio",
        "citta",
        "ciudad",
        "miasto",
    },
    "country": {"pays", "country", "land", "nation", "etat", "staat", "paese", "pais", "kraj"},
    "kind": {"type de partenaire", "categorie", "kind", "partner type", "nature du partenaire"},
    "last_exchange": {
        "dernier echange",
        "derniere visite",
        "derniere rencontre",
        "last exchange",
        "last visit",
        "letzter austausch",
        "letzter besuch",
        "ultimo scambio",
        "ultimo intercambio",
        "ostatnia wymiana",
    },
    "type": {
        "statut",
        "relation",
        "lien",
        "type de lien",
        "type de relation",
        "qualite",
        "forme",
        "status",
        "type",
        "type d accord",
        "type de l accord",
        "nature",
        "agreement",
        "accord",
        "agreement type",
        "nature de l accord",
        "art",
        "accord en vigueur",
        "current agreement",
        "geltende vereinbarung",
        "accordo in vigore",
        "acuerdo vigente",
        "obowiazujaca umowa",
        "art der vereinbarung",
        "tipo di accordo",
        "tipo de acuerdo",
        "rodzaj umowy",
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
        "signe",
        "unterzeichnet",
        "unterzeichnet am",
        "firmato",
        "data della firma",
        "firmado",
        "fecha de firma",
        "podpisano",
        "data podpisania",
    },
    # The partner's own status, as the app's export heads it (not "Statut": in committees'
    # lists that is the kind of agreement, "Statut : jumelage").
    "partner_status": {
        "partner status",
        "statut du partenaire",
        "partnerstatus",
        "stato del partner",
        "estado del socio",
        "status partnera",
    },
    "latitude": {"latitude", "lat"},
    "longitude": {"longitude", "lon", "lng", "long"},
    "region": {"region", "région", "province", "land region", "bundesland"},
    "place": {"lieu", "lieu de signature", "place", "place signed", "ort"},
    "notes": {"notes", "remarques", "commentaire", "commentaires", "comments", "observations"},
}
FOLDED_ALIASES = {f: {fold(n) for n in names} for f, names in HEADER_ALIASES.items()}

# Words that point at an agreement type, checked in this order (the most specific first).
TYPE_WORDS: list[tuple[str, AgreementType]] = [
    ("honneur", AgreementType.HONORARY),
    ("honorary", AgreementType.HONORARY),
    ("ehren", AgreementType.HONORARY),
    ("exclusi", AgreementType.EXCLUSIVE),
    ("pacte", AgreementType.FRIENDSHIP),
    ("amitie", AgreementType.FRIENDSHIP),
    ("friendship", AgreementType.FRIENDSHIP),
    ("freundschaft", AgreementType.FRIENDSHIP),
    ("ville partenaire", AgreementType.FRIENDSHIP),
    ("partner city", AgreementType.FRIENDSHIP),
    ("partner town", AgreementType.FRIENDSHIP),
    ("lettre", AgreementType.LETTER_OF_INTENT),
    ("intent", AgreementType.LETTER_OF_INTENT),
    ("absicht", AgreementType.LETTER_OF_INTENT),
    ("memorandum", AgreementType.LETTER_OF_INTENT),
    ("convention", AgreementType.COOPERATION),
    ("cooperation", AgreementType.COOPERATION),
    ("kooperation", AgreementType.COOPERATION),
    ("zusammenarbeit", AgreementType.COOPERATION),
    ("protocole d accord", AgreementType.COOPERATION),
    ("accord de", AgreementType.COOPERATION),
    ("projet", AgreementType.PROJECT),
    ("project", AgreementType.PROJECT),
    ("projekt", AgreementType.PROJECT),
    ("charte", AgreementType.CHARTER),
    ("charter", AgreementType.CHARTER),
    ("jumel", AgreementType.CHARTER),  # jumelage, ville jumelle, jumelée
    ("twin", AgreementType.CHARTER),
    ("sister", AgreementType.CHARTER),
    ("partnerschaft", AgreementType.CHARTER),
    ("partnerstadt", AgreementType.CHARTER),
    ("gemellaggio", AgreementType.CHARTER),
    ("hermanamiento", AgreementType.CHARTER),
    ("partnerstwo", AgreementType.CHARTER),
]

# Names of partners that are not towns; checked on whole words of the folded name.
NETWORK_WORDS = ("reseau", "network", "netzwerk", "eurocities", "cites unies", "aimf")
ORGANISATION_WORDS = (
    "association",
    "verband",
    "verein",
    "union",
    "federation",
    "comite",
    "committee",
    "ong",
    "ngo",
    "fondation",
    "foundation",
    "stiftung",
    "ecole",
    "school",
    "schule",
    "lycee",
    "college",
    "gymnasium",
    "universite",
    "university",
    "region",
    "province",
    "departement",
    "county",
    "landkreis",
    "conseil",
    "council",
    "agence",
    "agency",
    "institut",
    "club",
)
KIND_VALUES: list[tuple[str, PartnerKind]] = [
    ("reseau", PartnerKind.NETWORK),
    ("network", PartnerKind.NETWORK),
    ("netzwerk", PartnerKind.NETWORK),
    ("ville", PartnerKind.TOWN),
    ("commune", PartnerKind.TOWN),
    ("town", PartnerKind.TOWN),
    ("city", PartnerKind.TOWN),
    ("stadt", PartnerKind.TOWN),
    ("gemeinde", PartnerKind.TOWN),
]


# A twinning not signed yet: the partner is "en prospection", whatever the agreement.
PROSPECT_WORDS = (
    "en projet",
    "en cours",
    "envisage",
    "a l etude",
    "en prospection",
    "prospect",
    "geplant",
    "in planung",
    "planned",
)
# Wordings that only name the type: not worth keeping as the agreement's own title.
PLAIN_WORDINGS = {
    "charte",
    "charte de jumelage",
    "jumelage",
    "jumelage d honneur",
    "jumelage exclusif",
    "pacte",
    "pacte d amitie",
    "pacte d amitie et de cooperation",
    "convention",
    "convention de cooperation",
    "convention de cooperation decentralisee",
    "lettre d intention",
    "partenariat de projet",
    "projet",
}


# A partner's status as the app's export writes it, in its six languages (the labels of
# services.partners.PARTNER_STATUS_LABELS and their translations), so that a list
# exported and imported again keeps its prospects, sleepers and ended twinnings.
STATUS_VALUES: dict[str, PartnerStatus] = {
    fold(word): status
    for status, words in {
        PartnerStatus.PROSPECT: (
            "Prospecting",
            "En prospection",
            "In Anbahnung",
            "In esplorazione",
            "En exploración",
            "Rozmowy wstępne",
        ),
        PartnerStatus.ACTIVE: ("Active", "Actif", "Aktiv", "Attivo", "Activo", "Aktywny"),
        PartnerStatus.DORMANT: (
            "Dormant",
            "En sommeil",
            "Ruhend",
            "Inattivo",
            "Inactivo",
            "Uśpiony",
        ),
        PartnerStatus.ENDED: ("Ended", "Terminé", "Beendet", "Concluso", "Terminado", "Zakończony"),
    }.items()
    for word in words
}


# The agreement types as the app's export names them (AGREEMENT_TYPE_LABELS and their
# translations): read back as that very type, and not kept as a title of its own.
# tests/test_csv_exports.py checks these against the .ts catalogues.
AGREEMENT_LABELS: dict[str, AgreementType] = {
    fold(word): kind
    for kind, words in {
        AgreementType.CHARTER: (
            "Twinning charter",
            "Charte de jumelage",
            "Partnerschaftsurkunde",
            "Carta di gemellaggio",
            "Carta de hermanamiento",
            "Umowa o partnerstwie miast",
        ),
        AgreementType.HONORARY: (
            "Honorary twinning",
            "Jumelage d’honneur",
            "Ehrenpartnerschaft",
            "Gemellaggio onorario",
            "Hermanamiento honorífico",
            "Partnerstwo honorowe",
        ),
        AgreementType.EXCLUSIVE: (
            "Exclusive twinning",
            "Jumelage exclusif",
            "Exklusive Partnerschaft",
            "Gemellaggio esclusivo",
            "Hermanamiento exclusivo",
            "Partnerstwo wyłączne",
        ),
        AgreementType.FRIENDSHIP: (
            "Friendship and cooperation pact",
            "Pacte d’amitié et de coopération",
            "Freundschafts- und Kooperationspakt",
            "Patto di amicizia e cooperazione",
            "Pacto de amistad y cooperación",
            "Porozumienie o przyjaźni i współpracy",
        ),
        AgreementType.COOPERATION: (
            "Decentralised cooperation agreement",
            "Convention de coopération décentralisée",
            "Vereinbarung über dezentrale Zusammenarbeit",
            "Convenzione di cooperazione decentrata",
            "Convenio de cooperación descentralizada",
            "Umowa o współpracy zdecentralizowanej",
        ),
        AgreementType.LETTER_OF_INTENT: (
            "Letter of intent",
            "Lettre d’intention",
            "Absichtserklärung",
            "Lettera d’intenti",
            "Carta de intenciones",
            "List intencyjny",
        ),
        AgreementType.PROJECT: (
            "Project partnership",
            "Partenariat de projet",
            "Projektpartnerschaft",
            "Partenariato di progetto",
            "Asociación para un proyecto",
            "Partnerstwo projektowe",
        ),
        AgreementType.OTHER: (
            "Other agreement",
            "Autre accord",
            "Andere Vereinbarung",
            "Altro accordo",
            "Otro acuerdo",
            "Inna umowa",
        ),
    }.items()
    for word in words
}


# Worked out once rather than for each row of a list (an import reads 20,000 of them).
# The types by their own value, spaces for underscores ("letter of intent"): the first
# type wins, as the loop over AgreementType this replaces did.
_TYPE_VALUES: dict[str, AgreementType] = {}
for _kind in AgreementType:
    _TYPE_VALUES.setdefault(_kind.value.replace("_", " "), _kind)
# What only names the type, for each type: PLAIN_WORDINGS, the type's value, its label.
_PLAIN_BY_TYPE: dict[AgreementType, frozenset[str]] = {
    _kind: frozenset(
        PLAIN_WORDINGS | {_kind.value.replace("_", " "), fold(AGREEMENT_TYPE_LABELS[_kind])}
    )
    for _kind in AgreementType
}


def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` between spaces: the same test as ``f" {w} " in text`` for each."""
    return re.compile(" (?:" + "|".join(re.escape(w) for w in words) + ") ")


_NETWORK_WORD = _whole_words(NETWORK_WORDS)
_ORGANISATION_WORD = _whole_words(ORGANISATION_WORDS)


def parse_partner_status(value: Any) -> PartnerStatus | None:
    """The status named in a cell, or None (an empty or unknown word: the default)."""
    return STATUS_VALUES.get(fold(str(value or "")))


def is_prospect(value: Any) -> bool:
    key = fold(str(value or ""))
    return any(word in key for word in PROSPECT_WORDS)


def keeps_wording(value: str | None, kind: AgreementType) -> bool:
    """The committee's own words are kept as the agreement's title unless they only name
    the type ("charte", "Pacte d'amitié")."""
    if not value:
        return False
    key = fold(value)
    if AGREEMENT_LABELS.get(key) is kind:
        return False
    return key not in _PLAIN_BY_TYPE[kind]


def parse_agreement_type(
    value: Any, remembered: dict[str, AgreementType] | None = None
) -> tuple[AgreementType, bool]:
    """(type, known): a wording no rule recognises is kept as type "other"."""
    key = fold(str(value or ""))
    if remembered and key in remembered:
        return remembered[key], True
    if key in AGREEMENT_LABELS:
        return AGREEMENT_LABELS[key], True
    for word in PROSPECT_WORDS:  # "jumelage en projet" is a twinning, not a project
        key = " ".join(key.replace(word, " ").split())
    if not key:
        return AgreementType.CHARTER, True
    if key in _TYPE_VALUES:
        return _TYPE_VALUES[key], True
    for word, kind in TYPE_WORDS:
        if word in key:
            return kind, True
    return AgreementType.OTHER, False


def kind_of(name: str, value: Any) -> PartnerKind:
    given = fold(str(value or ""))
    if given:
        for word, kind in KIND_VALUES:
            if word in given:
                return kind
        return PartnerKind.ORGANISATION
    words = f" {fold(name)} "
    if _NETWORK_WORD.search(words):
        return PartnerKind.NETWORK
    if _ORGANISATION_WORD.search(words):
        return PartnerKind.ORGANISATION
    return PartnerKind.TOWN


def header_score(headers: list[str]) -> int:
    """How many known columns a row names: finds the header below a title."""
    mapping = map_headers(headers, FOLDED_ALIASES, fold)
    return len(mapping) + (2 if "name" in mapping else 0)
