"""The Edit menu's undo history: every change the user makes, undone and redone whole.

Nothing here knows what a partner or a budget line is. Each committed change arrives as a
change set from the operations layer (:mod:`twinning_desk.services.operations`), by
itself or grouped by :meth:`History.action` (a dialog saved in several steps is one
action); undo and redo hand it back to that layer. A change that can no longer be undone
(the record was changed since, elsewhere) is said in words and leaves the history.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from twinning_desk.db import changes as change_log
from twinning_desk.db.changes import ChangeSet
from twinning_desk.i18n import Message
from twinning_desk.services import notify
from twinning_desk.services.context import Services
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.operations import describe


class _Modal(Protocol):
    def exec(self) -> int: ...


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ChangeCommand(QUndoCommand):
    """One action already done; the stack's first ``redo`` (on push) does nothing.

    Its name is kept untranslated (``label``) and said in the language of the moment:
    after a language change the Edit menu names the steps recorded before it in the new
    language (see :meth:`History.event`)."""

    def __init__(self, history: History, change_set: ChangeSet, label: Message) -> None:
        super().__init__(label.render(_translate))
        self.history = history
        self.change_set = change_set
        self.label = label
        self._done = True

    def retranslate(self) -> None:
        self.setText(self.label.render(_translate))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(backwards=False)

    def undo(self) -> None:
        self._apply(backwards=True)

    def _apply(self, backwards: bool) -> None:
        operations = self.history.services.operations
        try:
            if backwards:
                operations.undo(self.change_set)
            else:
                operations.redo(self.change_set)
        except TwinningError as exc:
            # Leaves the history: undoing it again would fail the same way.
            self.setObsolete(True)
            self.history.failed.emit(exc)


class History(QUndoStack):
    """The undo stack of the open file, fed by the operations layer."""

    failed = Signal(object)  # a TwinningError to show
    # The history was emptied because it held personal data that was just erased.
    forgot = Signal()
    # Carries a change committed on any thread to the GUI thread.
    _arrived = Signal(object)
    # Carries a notification made on another thread (the partner import's pool thread)
    # to the GUI thread, where the tabs that listen may touch their widgets.
    _handed_over = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._add)
        self._handed_over.connect(self._deliver)
        self._actions: tuple[QAction, QAction] | None = None
        self._erased_during_action = False
        self.undoTextChanged.connect(self._name_actions)
        self.redoTextChanged.connect(self._name_actions)
        self.services = services
        self._attach(services)

    def menu_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """The Edit menu's Undo and Redo, named after what they will do: "Undo “Delete
        partner Zagreb”" (the menu is rebuilt with the language; the last pair is named)."""
        # Plain actions, not createUndoAction(): Qt's own would rename them after us.
        undo = QAction(parent)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        self.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(parent)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(self.redo)
        self.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(self.canUndo())
        redo.setEnabled(self.canRedo())
        self._actions = (undo, redo)
        self._name_actions()
        return undo, redo

    def event(self, event: QEvent) -> bool:
        """The window's children are told of a new translator (settings, language): the
        steps recorded so far are named again in it, and so are Undo and Redo."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        for index in range(self.count()):
            command = self.command(index)
            if isinstance(command, ChangeCommand):
                command.retranslate()
        self._name_actions()

    def _name_actions(self, _text: str = "") -> None:
        if self._actions is None or not all(isValid(a) for a in self._actions):
            return  # the window is going away
        undo, redo = self._actions
        undo.setText(
            self.tr("&Undo “{action}”").format(action=self.undoText())
            if self.canUndo()
            else self.tr("&Undo")
        )
        redo.setText(
            self.tr("&Redo “{action}”").format(action=self.redoText())
            if self.canRedo()
            else self.tr("&Redo")
        )

    def follow(self, services: Services) -> None:
        """Take the changes of another open file (the old history is cleared first)."""
        self.services.operations.follow(None)
        self.services.notifier.unsubscribe(self._on_topic)
        self.services.notifier.deliver_in(None)
        self.clear()
        self.services = services
        self._attach(services)

    def _attach(self, services: Services) -> None:
        services.operations.follow(self._arrived.emit)
        services.notifier.subscribe(self._on_topic)
        # Every window and tab listens through the file's notifier: its listeners run in
        # this (the GUI) thread, whichever thread saved.
        services.notifier.deliver_in(self._handed_over.emit)

    def _deliver(self, notification: Callable[[], None]) -> None:
        """A method of the History, not a plain function: Qt queues the signal to the
        thread of its receiver, this object."""
        notification()

    def _on_topic(self, topic: str) -> None:
        if topic != notify.ERASED:
            return
        if change_log.active() is not None:
            # The action being recorded may hold copies of what was just erased.
            self._erased_during_action = True
        if self.count():
            self.clear()
            self.forgot.emit()

    def _add(self, change_set: ChangeSet, label: Message | None = None) -> None:
        if change_set:
            self.push(ChangeCommand(self, change_set, label or describe(change_set)))

    @contextlib.contextmanager
    def action(self, label: Message | None = None) -> Iterator[ChangeSet]:
        """Everything saved inside the block is one step of the history.

        ``label`` names it in the Edit menu; without one, the name is read from the
        records changed ("Delete partner Zagreb"). A message, not a translated text, so
        that the name follows a change of language."""
        outermost = change_log.active() is None
        with self.services.operations.record() as change_set:
            try:
                yield change_set
            finally:
                # What was saved before a refusal was saved: it can be undone too; but
                # not an action that erased personal data (its images may hold them).
                if outermost:
                    if not self._erased_during_action:
                        self._add(change_set, label)
                    self._erased_during_action = False

    def run(self, dialog: _Modal) -> int:
        """Show a dialog; whatever it saves, in one step or several, is one action."""
        with self.action():
            return dialog.exec()
