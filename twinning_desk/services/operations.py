"""User actions as operations: recorded while they run, undone and redone as a whole.

An operation is whatever one gesture of the user writes — a dialog saved, a record
deleted, a list imported — in one or several transactions. While it runs, every committed
transaction is recorded row by row (:mod:`twinning_desk.db.changes`); what comes back
says which kinds of record changed (so views refresh only what they show) and is all
that undo and redo need. The services stay as they are: recording happens beneath them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from twinning_desk.db import changes
from twinning_desk.db.changes import ChangedMeanwhile, ChangeSet
from twinning_desk.db.database import Database
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message
from twinning_desk.services import notify
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.notify import ChangeNotifier

CTX = "Operations"

# Which views show which tables: a change to one of these refreshes that topic.
TOPICS: dict[str, str] = {
    "commune": notify.COMMUNE,
    "setting": notify.COMMUNE,
    "theme": notify.PARTNERS,
    "partner": notify.PARTNERS,
    "partner_themes": notify.PARTNERS,
    "agreement": notify.PARTNERS,
    "contact": notify.PARTNERS,
    "attachment": notify.PARTNERS,
    "event": notify.EVENTS,
    "event_themes": notify.EVENTS,
    "event_partners": notify.EVENTS,
    "event_actors": notify.EVENTS,
    "local_actor": notify.EVENTS,
    "event_participant_count": notify.EVENTS,
    "follow_up": notify.EVENTS,
    "delegation": notify.DELEGATIONS,
    "delegation_member": notify.DELEGATIONS,
    "hosting_assignment": notify.DELEGATIONS,
    "programme_item": notify.DELEGATIONS,
    "mission_report": notify.DELEGATIONS,
    "person": notify.DELEGATIONS,
    "household": notify.DELEGATIONS,
    "budget_year": notify.BUDGET,
    "budget_category": notify.BUDGET,
    "funding_source": notify.BUDGET,
    "budget_line": notify.BUDGET,
    "subsidy": notify.BUDGET,
}

# A record's kind in words, for "… was changed since".
RECORD_WORDS: dict[str, str] = {
    "partner": QT_TRANSLATE_NOOP("Operations", "a partner"),
    "agreement": QT_TRANSLATE_NOOP("Operations", "an agreement"),
    "contact": QT_TRANSLATE_NOOP("Operations", "a contact"),
    "attachment": QT_TRANSLATE_NOOP("Operations", "a document"),
    "event": QT_TRANSLATE_NOOP("Operations", "an event"),
    "follow_up": QT_TRANSLATE_NOOP("Operations", "a follow-up"),
    "delegation": QT_TRANSLATE_NOOP("Operations", "a delegation"),
    "delegation_member": QT_TRANSLATE_NOOP("Operations", "a delegation member"),
    "hosting_assignment": QT_TRANSLATE_NOOP("Operations", "a host family assignment"),
    "programme_item": QT_TRANSLATE_NOOP("Operations", "a programme item"),
    "mission_report": QT_TRANSLATE_NOOP("Operations", "a mission report"),
    "person": QT_TRANSLATE_NOOP("Operations", "a person"),
    "household": QT_TRANSLATE_NOOP("Operations", "a host family"),
    "budget_line": QT_TRANSLATE_NOOP("Operations", "a budget line"),
    "subsidy": QT_TRANSLATE_NOOP("Operations", "a subsidy"),
    "commune": QT_TRANSLATE_NOOP("Operations", "the commune’s details"),
}
OTHER_RECORD = QT_TRANSLATE_NOOP("Operations", "a record")


class OperationRefused(TwinningError):
    """Undo or redo would overwrite something changed since; nothing was written."""


def topics(change_set: ChangeSet) -> set[str]:
    """The views to refresh after ``change_set`` was made, undone or redone."""
    return {TOPICS.get(table, notify.ALL) for table in change_set.tables}


class Operations:
    """Records, undoes and redoes user actions on one open database."""

    def __init__(self, db: Database, notifier: ChangeNotifier) -> None:
        self.db = db
        self.notifier = notifier

    @contextlib.contextmanager
    def record(self) -> Iterator[ChangeSet]:
        """Everything committed on this thread inside the block, as one change set.

        Nested blocks add to the outermost one: a dialog opened from another dialog is
        part of the same action."""
        with changes.Recording() as change_set:
            yield change_set

    def follow(self, listener: Callable[[ChangeSet], None] | None) -> None:
        """Pass every change committed outside :meth:`record` to ``listener`` (the GUI's
        undo history), one change set per transaction; None stops it."""
        self.db.journal = listener

    @contextlib.contextmanager
    def not_undoable(self) -> Iterator[None]:
        """Writes that must not come back by an undo (the purge of health notes)."""
        with changes.paused():
            yield

    def undo(self, change_set: ChangeSet) -> None:
        self._apply(change_set, backwards=True)

    def redo(self, change_set: ChangeSet) -> None:
        self._apply(change_set, backwards=False)

    def _apply(self, change_set: ChangeSet, backwards: bool) -> None:
        with changes.paused():
            try:
                with self.db.transaction() as session:
                    changes.apply(session, change_set, backwards)
            except ChangedMeanwhile as exc:
                word = RECORD_WORDS.get(exc.table, OTHER_RECORD)
                raise OperationRefused(
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Operations",
                            "Something this touches ({record}) was changed since, from another "
                            "window or the command line. Nothing was written, so that change "
                            "is not lost.",
                        ),
                        {"record": Message(CTX, word)},
                    )
                ) from exc
        for topic in sorted(topics(change_set)):
            self.notifier.notify(topic)


# What an action did, in the words of the Edit menu ("Undo “Delete partner Zagreb”").
# The record named is the most important one the action touched, in this order.
PRINCIPALS: list[tuple[str, str, str, str]] = [
    (
        "partner",
        QT_TRANSLATE_NOOP("Operations", "partner {name}"),
        QT_TRANSLATE_NOOP("Operations", "partners"),
        "name",
    ),
    (
        "event",
        QT_TRANSLATE_NOOP("Operations", "event {name}"),
        QT_TRANSLATE_NOOP("Operations", "events"),
        "title",
    ),
    (
        "delegation",
        QT_TRANSLATE_NOOP("Operations", "delegation"),
        QT_TRANSLATE_NOOP("Operations", "delegations"),
        "",
    ),
    (
        "budget_line",
        QT_TRANSLATE_NOOP("Operations", "budget line {name}"),
        QT_TRANSLATE_NOOP("Operations", "budget lines"),
        "label",
    ),
    (
        "subsidy",
        QT_TRANSLATE_NOOP("Operations", "subsidy"),
        QT_TRANSLATE_NOOP("Operations", "subsidies"),
        "",
    ),
    (
        "mission_report",
        QT_TRANSLATE_NOOP("Operations", "mission report"),
        QT_TRANSLATE_NOOP("Operations", "mission reports"),
        "",
    ),
    (
        "household",
        QT_TRANSLATE_NOOP("Operations", "host family {name}"),
        QT_TRANSLATE_NOOP("Operations", "host families"),
        "name",
    ),
    (
        "person",
        QT_TRANSLATE_NOOP("Operations", "person {name}"),
        QT_TRANSLATE_NOOP("Operations", "people"),
        "last_name",
    ),
    (
        "delegation_member",
        QT_TRANSLATE_NOOP("Operations", "delegation members"),
        QT_TRANSLATE_NOOP("Operations", "delegation members"),
        "",
    ),
    (
        "hosting_assignment",
        QT_TRANSLATE_NOOP("Operations", "host family assignments"),
        QT_TRANSLATE_NOOP("Operations", "host family assignments"),
        "",
    ),
    (
        "programme_item",
        QT_TRANSLATE_NOOP("Operations", "programme"),
        QT_TRANSLATE_NOOP("Operations", "programme"),
        "",
    ),
    (
        "follow_up",
        QT_TRANSLATE_NOOP("Operations", "follow-ups"),
        QT_TRANSLATE_NOOP("Operations", "follow-ups"),
        "",
    ),
    (
        "agreement",
        QT_TRANSLATE_NOOP("Operations", "agreement"),
        QT_TRANSLATE_NOOP("Operations", "agreements"),
        "",
    ),
    (
        "contact",
        QT_TRANSLATE_NOOP("Operations", "contact {name}"),
        QT_TRANSLATE_NOOP("Operations", "contacts"),
        "name",
    ),
    (
        "attachment",
        QT_TRANSLATE_NOOP("Operations", "document {name}"),
        QT_TRANSLATE_NOOP("Operations", "documents"),
        "filename",
    ),
    (
        "commune",
        QT_TRANSLATE_NOOP("Operations", "commune’s details"),
        QT_TRANSLATE_NOOP("Operations", "commune’s details"),
        "",
    ),
    (
        "setting",
        QT_TRANSLATE_NOOP("Operations", "settings"),
        QT_TRANSLATE_NOOP("Operations", "settings"),
        "",
    ),
    (
        "budget_category",
        QT_TRANSLATE_NOOP("Operations", "chart of accounts"),
        QT_TRANSLATE_NOOP("Operations", "chart of accounts"),
        "",
    ),
    (
        "funding_source",
        QT_TRANSLATE_NOOP("Operations", "funders"),
        QT_TRANSLATE_NOOP("Operations", "funders"),
        "",
    ),
    (
        "theme",
        QT_TRANSLATE_NOOP("Operations", "themes"),
        QT_TRANSLATE_NOOP("Operations", "themes"),
        "",
    ),
    (
        "local_actor",
        QT_TRANSLATE_NOOP("Operations", "local actors"),
        QT_TRANSLATE_NOOP("Operations", "local actors"),
        "",
    ),
]
VERBS = {
    "insert": QT_TRANSLATE_NOOP("Operations", "Create {what}"),
    "update": QT_TRANSLATE_NOOP("Operations", "Edit {what}"),
    "delete": QT_TRANSLATE_NOOP("Operations", "Delete {what}"),
}
MANY = QT_TRANSLATE_NOOP("Operations", "{what} ({count})")
SOME_CHANGE = QT_TRANSLATE_NOOP("Operations", "Change")


def describe(change_set: ChangeSet) -> Message:
    """A short name for what ``change_set`` did, taken from the rows themselves."""
    for table, what, plural, column in PRINCIPALS:
        rows = [row for row in change_set.rows if row.table == table]
        if not rows:
            continue
        kinds = [row.kind for row in rows]
        kind = max(set(kinds), key=kinds.count)
        chosen = [row for row in rows if row.kind == kind]
        image = chosen[0].after or chosen[0].before or {}
        name = str(image.get(column) or "") if column else ""
        if table == "person" and image:
            name = f"{image.get('first_name') or ''} {image.get('last_name') or ''}".strip()
        if len(chosen) > 1:
            subject = Message(CTX, MANY, {"what": Message(CTX, plural), "count": len(chosen)})
        else:
            subject = Message(CTX, what, {"name": name})
        return Message(CTX, VERBS[kind], {"what": subject})
    return Message(CTX, SOME_CHANGE)
