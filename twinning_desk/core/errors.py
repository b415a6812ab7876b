"""Errors raised for people, not for programmers, by the services and the database layer.

A :class:`ValidationError` names the field and says why, with a translatable message, so
the dialog can point at the field and the command line can print one clear line. Qt-free
and below every layer, so that ``db`` raises them without importing ``services``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Validation"
# "Field: reason", with the typography of each language (French puts a space before ":").
FIELD_REASON = QT_TRANSLATE_NOOP("Validation", "{field}: {reason}")
Translate = Callable[[str, str], str] | None

# Field names shown to people; kept here so lupdate extracts them once.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "country": QT_TRANSLATE_NOOP("Validation", "Country"),
    "status": QT_TRANSLATE_NOOP("Validation", "Status"),
    "kind": QT_TRANSLATE_NOOP("Validation", "Kind"),
    "latitude": QT_TRANSLATE_NOOP("Validation", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Validation", "Longitude"),
    "population": QT_TRANSLATE_NOOP("Validation", "Population"),
    "type": QT_TRANSLATE_NOOP("Validation", "Agreement type"),
    "signed": QT_TRANSLATE_NOOP("Validation", "Date signed"),
    "expires_on": QT_TRANSLATE_NOOP("Validation", "Expiry"),
    "email": QT_TRANSLATE_NOOP("Validation", "Email"),
    "phone": QT_TRANSLATE_NOOP("Validation", "Phone"),
    "region": QT_TRANSLATE_NOOP("Validation", "Region"),
    "notes": QT_TRANSLATE_NOOP("Validation", "Notes"),
    "place": QT_TRANSLATE_NOOP("Validation", "Place"),
    "signatories": QT_TRANSLATE_NOOP("Validation", "Signatories"),
    "role": QT_TRANSLATE_NOOP("Validation", "Role"),
    "language": QT_TRANSLATE_NOOP("Validation", "Language"),
    "languages": QT_TRANSLATE_NOOP("Validation", "Languages"),
    "timezone": QT_TRANSLATE_NOOP("Validation", "Time zone"),
    "website": QT_TRANSLATE_NOOP("Validation", "Website"),
    "theme": QT_TRANSLATE_NOOP("Validation", "Theme"),
    "file": QT_TRANSLATE_NOOP("Validation", "File"),
    "dormant_after_months": QT_TRANSLATE_NOOP("Validation", "Dormant after (months)"),
    "partner": QT_TRANSLATE_NOOP("Validation", "Partner"),
    "database": QT_TRANSLATE_NOOP("Validation", "Database"),
    "title": QT_TRANSLATE_NOOP("Validation", "Title"),
    "event_type": QT_TRANSLATE_NOOP("Validation", "Type of event"),
    "start": QT_TRANSLATE_NOOP("Validation", "Start"),
    "end": QT_TRANSLATE_NOOP("Validation", "End"),
    "participants": QT_TRANSLATE_NOOP("Validation", "Participants"),
    "follow_up": QT_TRANSLATE_NOOP("Validation", "Follow-up action"),
    "owner": QT_TRANSLATE_NOOP("Validation", "Owner"),
    "actors": QT_TRANSLATE_NOOP("Validation", "Local actors"),
    "description": QT_TRANSLATE_NOOP("Validation", "Description"),
    "effects_here": QT_TRANSLATE_NOOP("Validation", "Effects here"),
    "effects_there": QT_TRANSLATE_NOOP("Validation", "Effects there"),
    "delegation": QT_TRANSLATE_NOOP("Validation", "Delegation"),
    "amount": QT_TRANSLATE_NOOP("Validation", "Amount"),
    "year": QT_TRANSLATE_NOOP("Validation", "Fiscal year"),
    "label": QT_TRANSLATE_NOOP("Validation", "Label"),
    "category": QT_TRANSLATE_NOOP("Validation", "Category"),
    "forecast": QT_TRANSLATE_NOOP("Validation", "Forecast"),
    "actual": QT_TRANSLATE_NOOP("Validation", "Actual"),
    "currency": QT_TRANSLATE_NOOP("Validation", "Currency"),
    "exchange_rate": QT_TRANSLATE_NOOP("Validation", "Exchange rate"),
    "payee": QT_TRANSLATE_NOOP("Validation", "Payee or payer"),
    "receipt_ref": QT_TRANSLATE_NOOP("Validation", "Receipt"),
    "funding_source": QT_TRANSLATE_NOOP("Validation", "Funder"),
    "requested": QT_TRANSLATE_NOOP("Validation", "Amount requested"),
    "granted": QT_TRANSLATE_NOOP("Validation", "Amount granted"),
    "event": QT_TRANSLATE_NOOP("Validation", "Event"),
    "fiscal_year_start_month": QT_TRANSLATE_NOOP("Validation", "Start of the fiscal year"),
    "first_name": QT_TRANSLATE_NOOP("Validation", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Validation", "Surname"),
    "birth_date": QT_TRANSLATE_NOOP("Validation", "Date of birth"),
    "household": QT_TRANSLATE_NOOP("Validation", "Household"),
    "address": QT_TRANSLATE_NOOP("Validation", "Address"),
    "town": QT_TRANSLATE_NOOP("Validation", "Town"),
    "capacity": QT_TRANSLATE_NOOP("Validation", "Beds"),
    "diets_offered": QT_TRANSLATE_NOOP("Validation", "Diets offered"),
    "purpose": QT_TRANSLATE_NOOP("Validation", "Purpose"),
    "members": QT_TRANSLATE_NOOP("Validation", "Members"),
    "free_nights": QT_TRANSLATE_NOOP("Validation", "Nights hosted free"),
    "free_meals": QT_TRANSLATE_NOOP("Validation", "Meals offered"),
    "daily_rate": QT_TRANSLATE_NOOP("Validation", "Daily rate"),
    "mandat_number": QT_TRANSLATE_NOOP("Validation", "Mandat spécial"),
    "needs": QT_TRANSLATE_NOOP("Validation", "Health needs"),
    "diet": QT_TRANSLATE_NOOP("Validation", "Diet"),
    "stay_together": QT_TRANSLATE_NOOP("Validation", "Stays with group"),
    "activity": QT_TRANSLATE_NOOP("Validation", "Activity"),
    "people_met": QT_TRANSLATE_NOOP("Validation", "People met"),
    "transport": QT_TRANSLATE_NOOP("Validation", "Transport"),
    "grant_reference": QT_TRANSLATE_NOOP("Validation", "Grant reference"),
    "hosting": QT_TRANSLATE_NOOP("Validation", "Host family"),
    "years": QT_TRANSLATE_NOOP("Validation", "Years"),
    "day": QT_TRANSLATE_NOOP("Validation", "Day"),
    "objectives": QT_TRANSLATE_NOOP("Validation", "Objectives"),
    "results": QT_TRANSLATE_NOOP("Validation", "Results"),
    "conclusions": QT_TRANSLATE_NOOP("Validation", "Conclusions"),
    "perspectives": QT_TRANSLATE_NOOP("Validation", "Perspectives"),
    "distribution": QT_TRANSLATE_NOOP("Validation", "Distribution list"),
    "signatory_name": QT_TRANSLATE_NOOP("Validation", "Signatory"),
    "signatory_title": QT_TRANSLATE_NOOP("Validation", "Title of the signatory"),
    "signed_place": QT_TRANSLATE_NOOP("Validation", "Signed at"),
    "signed_on": QT_TRANSLATE_NOOP("Validation", "Signed on"),
}


class TwinningError(Exception):
    """Base of every error meant to be read by a person."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message

    def render(self, translate: Translate = None) -> str:
        return self.message.render(translate)


class ValidationError(TwinningError):
    """A value was refused; ``field`` tells the form which widget to point at."""

    def __init__(self, field: str, text: str, **params: Any) -> None:
        self.field = field
        self.reason = Message(CTX, text, params)
        super().__init__(self.reason)

    def field_label(self, translate: Translate = None) -> str:
        return Message(CTX, FIELD_LABELS.get(self.field, self.field)).render(translate)

    def render(self, translate: Translate = None) -> str:
        return Message(
            CTX, FIELD_REASON, {"field": self.field_label(translate), "reason": self.reason}
        ).render(translate)

    def __str__(self) -> str:
        return self.render()


class NotFoundError(TwinningError):
    """The record was deleted meanwhile (by an undo, another window, the command line)."""


class ConflictError(TwinningError):
    """The action would break a link between records (deleting a partner still in use),
    or would overwrite someone else's change (:class:`EditConflictError`)."""


class EditConflictError(ConflictError):
    """Someone else saved the record after the dialog read it; nothing was written.

    Carries both versions, so that nothing typed is lost: ``mine`` (what the person
    tried to save) and ``theirs`` (the record as stored now, with its ``version``, which a
    save of the combined result must carry), and who changed it, when."""

    def __init__(
        self,
        message: Message,
        mine: Any,
        theirs: Any,
        changed_by: str | None = None,
        changed_at: Any = None,
    ) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs
        self.changed_by = changed_by
        self.changed_at = changed_at


def err(text: str, **params: Any) -> Message:
    """A translatable message in the validation context (strings are marked by the caller)."""
    return Message(CTX, text, params)
