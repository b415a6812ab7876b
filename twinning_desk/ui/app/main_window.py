"""The main window: tabs, menus, the open file in the status bar, remembered layout."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from twinning_desk import APP_NAME, __version__
from twinning_desk.db.urls import is_server_url
from twinning_desk.paths import DEMO_FILENAME, AppPaths
from twinning_desk.services.errors import TwinningError
from twinning_desk.ui.common.helpers import (
    Worker,
    confirm,
    explain_read_only,
    place_on_screen,
    qtr,
    show_error,
    to_qdatetime,
    wait_for_workers,
)
from twinning_desk.ui.common.lazy_tabs import LazyTabWidget
from twinning_desk.ui.common.settings_store import (
    EXPORT_DIR,
    LANGUAGE,
    LAST_DB,
    LAST_SHARED,
    RECENT_FILES,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_TAB,
)

if TYPE_CHECKING:
    # The window paints before any of these is imported (issue #17): each loads the
    # database layer (SQLAlchemy, the models: half a second), so they come in when the
    # window is given its file (attach) or when a menu needs them.
    from twinning_desk.db.server import ChangeListener
    from twinning_desk.services.context import Services
    from twinning_desk.services.geo import Gazetteer
    from twinning_desk.ui.app.help_window import HelpWindow
    from twinning_desk.ui.budget.budget_tab import BudgetTab
    from twinning_desk.ui.common.undo import History
    from twinning_desk.ui.delegations.delegations_tab import DelegationsTab
    from twinning_desk.ui.events.events_tab import EventsTab
    from twinning_desk.ui.home.home_tab import HomeTab
    from twinning_desk.ui.partners.partners_tab import PartnersTab

MAX_RECENT = 8
# How often the status bar asks the server who else is connected.
OTHERS_SECONDS = 30
log = logging.getLogger(__name__)
DB_FILTER = "Twinning Desk (*.sqlite3 *.sqlite *.db);;*"

Opener = Callable[[Path | str], "Services"]
# The tabs' keys, in order; they are also the guide's sections (F1).
TAB_KEYS = ("home", "partners", "events", "delegations", "budget")
# How long after the file is shown the other tabs' code starts loading (_warm_up): once
# the tab shown has painted.
WARM_UP_MS = 300


def _load_tab_code(key: str) -> None:
    """A tab's module (and its dialogs'), imported ahead of its first show: what that
    show would otherwise wait for, about 60 ms each (issue #17)."""
    if key == "home":
        import twinning_desk.ui.home.home_tab  # noqa: F401
    elif key == "partners":
        import twinning_desk.ui.partners.partners_tab  # noqa: F401
    elif key == "events":
        import twinning_desk.ui.events.events_tab  # noqa: F401
    elif key == "delegations":
        import twinning_desk.ui.delegations.delegations_tab  # noqa: F401
    elif key == "budget":
        import twinning_desk.ui.budget.budget_tab  # noqa: F401


def report_year(years: list[int], today: date) -> int:
    """The year an activity report is first offered for: this one, else the last one
    before it (a year of planned events only would report nothing), else the nearest."""
    past = [y for y in years if y <= today.year]
    return max(past) if past else min(years)


def _open_plainly(path: Path | str) -> Services:
    """Without an opener given (tests, tools): the file as it is, no backup policy."""
    from twinning_desk.services.context import Services

    return Services.open(path)


# F1 in a dialog opens the guide where it speaks of that dialog: by class name, so that
# the feature packages need not know the guide (a renamed class fails test_help).
DIALOG_HELP = {
    "PartnerDialog": "partners",
    "AgreementDialog": "partners",
    "ContactDialog": "partners",
    "ImportPartnersDialog": "import",
    "RowChoiceDialog": "import",
    "WordingsDialog": "import",
    "EventDialog": "events",
    "FollowUpDialog": "events",
    "InvitedDialog": "events",
    "DelegationDialog": "delegations",
    "MemberDialog": "delegations",
    "ProgrammeDialog": "delegations",
    "PersonDialog": "hosting",
    "HouseholdDialog": "hosting",
    "DirectoryDialog": "hosting",
    "ReportDialog": "mission-report",
    "PreviewDialog": "mission-report",
    "BudgetLineDialog": "budget",
    "SubsidyDialog": "budget",
    "CommuneWizard": "first-steps",
    "RestoreDialog": "backups",
    "SettingsDialog": "start",
}


def dialog_section(widget: QWidget | None) -> str | None:
    """The guide's section for a dialog, or for the dialog it was opened from."""
    while widget is not None:
        section = DIALOG_HELP.get(type(widget).__name__)
        if section is not None:
            return section
        widget = widget.parentWidget()
    return None


class DialogHelp(QObject):
    """F1 while a dialog is open: the main window's own F1 is blocked by the dialog, so
    the key is caught on its way and the guide opens as a window of that dialog (the only
    windows a modal dialog lets the user scroll and search)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.opened: HelpWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog is not self.window:
                self.open_for(dialog)
                return True
        return False

    def open_for(self, dialog: QWidget) -> HelpWindow:
        from twinning_desk.ui.app.help_window import HelpWindow

        help_window = dialog.findChild(
            HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        if help_window is None:
            help_window = HelpWindow(dialog)
        help_window.open_at(dialog_section(dialog) or self.window.current_section())
        self.opened = help_window
        return help_window


class MainWindow(QMainWindow):
    languageChanged = Signal(str)
    # Topics others changed on a shared database (emitted from the listening thread).
    othersChanged = Signal(list)
    # The copy made on opening, done in a thread: None, or the problem to show.
    backupFinished = Signal(object)

    # Emitted once, when the window has first painted: the file is opened then (run_gui).
    firstPainted = Signal()  # noqa: N815 - Qt's naming of signals

    # Given by attach(): the window can be shown, and paint, before it has a file.
    services: Services
    undo_stack: History
    demo_path: Path

    def __init__(
        self,
        services: Services | None,
        gazetteer: Gazetteer | None,
        settings: QSettings,
        opener: Opener | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
        demo_path: Path | None = None,
    ) -> None:
        """``services`` None: the frame alone (title, menus, tab names), painted at once
        while the file opens; :meth:`attach` then gives it the file (issue #17)."""
        super().__init__(parent)
        self.attached = False
        self._painted = False
        self._demo_path = demo_path
        self.gazetteer = gazetteer
        self.settings = settings
        self.opener = opener or _open_plainly
        self.language = language
        self.path_label = QLabel()
        self.others_label = QLabel()
        self.others_label.hide()
        self.statusBar().addPermanentWidget(self.others_label)
        self.statusBar().addPermanentWidget(self.path_label)
        # A shared database: others' changes arrive from a listening thread as a signal
        # (queued into this thread), and who else is connected is asked now and then.
        self._listener: ChangeListener | None = None
        self._backup_thread: threading.Thread | None = None
        self._asking_others = False
        self._to_warm: list[tuple[Callable[[str], None], str]] = []
        self.backupFinished.connect(self._backup_finished)
        self.othersChanged.connect(self._apply_others_changes)
        self.others_timer = QTimer(self)
        self.others_timer.setInterval(OTHERS_SECONDS * 1000)
        self.others_timer.timeout.connect(self._show_others)
        # Keeps the lock fresh, so that others see the file is really in use.
        self.heartbeat = QTimer(self)
        self.heartbeat.timeout.connect(self._refresh_lock)
        self.tabs: LazyTabWidget | None = None
        self.help_window: HelpWindow | None = None
        self.dialog_help = DialogHelp(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.dialog_help)
        self._build_frame()
        self._tab_shortcuts()
        place_on_screen(self, WINDOW_GEOMETRY.get(settings))
        state = WINDOW_STATE.get(settings)
        if state is not None:
            self.restoreState(state)
        if services is not None:
            self.attach(services)

    def attach(
        self,
        services: Services,
        gazetteer: Gazetteer | None = None,
        opener: Opener | None = None,
    ) -> None:
        """Give the window its file: the tab shown is built and filled now."""
        from twinning_desk.db.lock import REFRESH_SECONDS
        from twinning_desk.ui.common.undo import History

        assert not self.attached, "attach() once; switch_database() afterwards"
        self.services = services
        if gazetteer is not None:
            self.gazetteer = gazetteer
        if opener is not None:
            self.opener = opener
        # Beside the committee's file unless the app's home says otherwise.
        self.demo_path = self._demo_path or self._folder(services).joinpath(DEMO_FILENAME)
        self.undo_stack = History(services, self)
        self.undo_stack.failed.connect(lambda exc: show_error(self, exc, self.tr("Cannot undo")))
        self.undo_stack.forgot.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The undo history was emptied: it held the personal data just erased."),
                8000,
            )
        )
        self.heartbeat.setInterval(REFRESH_SECONDS * 1000)
        self.heartbeat.start()
        self.attached = True
        self.statusBar().clearMessage()
        self.build()
        self.add_recent(services.db.location)
        self._follow_others()
        # The other tabs, loaded and built while the person reads the first one: their
        # first show is then a paint (issue #17).
        unbuilt = [k for k in TAB_KEYS if not self._built(k)]
        load: Callable[[str], None] = _load_tab_code
        self._to_warm = [(load, k) for k in unbuilt] + [(self._build_tab, k) for k in unbuilt]
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)

    def _built(self, key: str) -> bool:
        return self.tabs is not None and self.tabs.is_built(key)

    def _build_tab(self, key: str) -> None:
        if self.tabs is not None:
            self.tabs.page(key)

    def _warm_up(self) -> None:
        """One step per turn of the event loop (a tab's module, then a tab built and
        filled, hidden), so that a click or a key meanwhile waits for one step at most
        (60 ms at thirty years of data), never for all of them. The modules come first:
        a click on a tab not yet built then waits for its data, not for its code."""
        if not self._to_warm or not self.attached or self.services.closed:
            return
        step, key = self._to_warm.pop(0)
        if not self._built(key):  # shown meanwhile: built then
            try:
                step(key)
            except TwinningError as exc:  # a file taken away meanwhile: said when used
                log.info("The %s tab was not made ahead: %s", key, exc)
                self._to_warm.clear()
                return
        QTimer.singleShot(0, self, self._warm_up)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the paint finishes (and reaches the screen) before the file opens.
            QTimer.singleShot(0, self.firstPainted.emit)

    def _build_frame(self) -> None:
        """What the window shows while its file opens: the title, the menus' names, the
        tabs' names (the one shown last time selected), and a word in the status bar.
        Nothing here may need the database layer: it paints before it is imported."""
        self.setWindowTitle(APP_NAME)
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for label in self._tab_labels():
            tabs.addTab(QWidget(), label)
        tabs.setCurrentIndex(min(max(0, WINDOW_TAB.get(self.settings)), tabs.count() - 1))
        self.setCentralWidget(tabs)
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        for title in (self.tr("&Edit"), self.tr("&Help")):
            bar.addMenu(title).setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening the database…"))

    def _tab_labels(self) -> list[str]:
        return [
            self.tr("H&ome"),
            self.tr("&Partners"),
            self.tr("E&vents"),
            self.tr("&Delegations"),
            self.tr("&Budget"),
        ]

    @staticmethod
    def _folder(services: Services) -> Path:
        """Where file dialogs start: beside the open file, or the app's data folder when
        the database is on a server."""
        if services.db.path is not None:
            return services.db.path.parent
        return AppPaths.from_environment().default_db.parent

    # ---------------------------------------------------------------- building
    def build(self) -> None:
        """(Re)build tabs and menus: after a language change or a database switch."""
        current = WINDOW_TAB.get(self.settings)
        self._detach_tab()
        # The commune first: with two files open, the secretary tells them apart by it.
        # Before it is set up, the file's name stands in its place, in the same spot; the
        # demo says so, lest a committee that named itself like it mistake the files.
        commune = self.services.commune.get()
        name = commune.name if commune is not None and commune.name else self.services.db.name
        if self.services.db.path == self.demo_path.resolve():
            name = self.tr("{commune} (demo)").format(commune=name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        # Only the tab shown is built now; the others when first shown (issue #17).
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        makers = (
            self._make_home,
            self._make_partners,
            self._make_events,
            self._make_delegations,
            self._make_budget,
        )
        for key, label, make in zip(TAB_KEYS, self._tab_labels(), makers, strict=True):
            self.tabs.add_lazy(key, label, make)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(min(max(0, current), self.tabs.count() - 1))
        self.tabs.blockSignals(False)
        self.tabs.show_current()
        self.tabs.currentChanged.connect(lambda i: WINDOW_TAB.set(self.settings, i))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        if self.services.db.shared:
            path_text = self.tr("Shared database: {address}").format(address=self.services.db.label)
        else:
            path_text = self.tr("File: {path}").format(path=self.services.db.path)
        if self.services.db.path == self.demo_path.resolve():
            path_text = self.tr("Demo commune — {file}").format(file=path_text)
        if self.services.read_only:
            path_text = self.tr("READ-ONLY — {file}").format(file=path_text)
            self.setWindowTitle(self.tr("{title} (read-only)").format(title=self.windowTitle()))
        self.path_label.setText(path_text)

    # ---------------------------------------------------------------- tabs, made when needed
    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _make_home(self) -> QWidget:
        from twinning_desk.ui.home.home_tab import HomeTab

        assert self.gazetteer is not None
        tab = HomeTab(self.services, self.gazetteer, self.undo_stack, self.settings, self)
        tab.message.connect(self._say)
        tab.communeSettingsRequested.connect(self.open_settings)
        tab.tabRequested.connect(self._show_from_home)
        return tab

    def _make_partners(self) -> QWidget:
        from twinning_desk.ui.partners.partners_tab import PartnersTab

        assert self.gazetteer is not None
        tab = PartnersTab(self.services, self.gazetteer, self.undo_stack, self.settings, self)
        tab.message.connect(self._say)
        return tab

    def _make_events(self) -> QWidget:
        from twinning_desk.ui.events.events_tab import EventsTab

        tab = EventsTab(self.services, self.undo_stack, self.settings, self)
        tab.message.connect(self._say)
        return tab

    def _make_delegations(self) -> QWidget:
        from twinning_desk.ui.delegations.delegations_tab import DelegationsTab

        return DelegationsTab(self.services, self.undo_stack, self.settings, self)

    def _make_budget(self) -> QWidget:
        from twinning_desk.ui.budget.budget_tab import BudgetTab

        tab = BudgetTab(self.services, self.undo_stack, self.settings, self)
        tab.message.connect(self._say)
        return tab

    def _page(self, key: str) -> QWidget | None:
        return self.tabs.page(key) if self.tabs is not None else None

    # The tabs by key: each is made when first asked for (code asking for one needs it);
    # the types are the factories' above, so no import of the tab's module is needed here.
    def _partners(self) -> PartnersTab:
        return cast("PartnersTab", self._page("partners"))

    @property
    def home_tab(self) -> HomeTab | None:
        return cast("HomeTab | None", self._page("home"))

    @property
    def partners_tab(self) -> PartnersTab | None:
        return cast("PartnersTab | None", self._page("partners"))

    @property
    def events_tab(self) -> EventsTab | None:
        return cast("EventsTab | None", self._page("events"))

    @property
    def delegations_tab(self) -> DelegationsTab | None:
        return cast("DelegationsTab | None", self._page("delegations"))

    @property
    def budget_tab(self) -> BudgetTab | None:
        return cast("BudgetTab | None", self._page("budget"))

    def _tab_shortcuts(self) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+1…9 move between the tabs from anywhere."""

        def move(step: int) -> None:
            if self.tabs is not None and self.tabs.count():
                self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

        def go(index: int) -> None:
            if self.tabs is not None and index < self.tabs.count():
                self.tabs.setCurrentIndex(index)

        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Tab", lambda: move(1)),
            ("Ctrl+Shift+Tab", lambda: move(-1)),
        ]
        bindings += [(f"Ctrl+{n + 1}", partial(go, n)) for n in range(9)]
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()

        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Connect to a &shared database…"), self.connect_shared, "Ctrl+Shift+O"
            )
        )
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.demo_action = self._action(self.tr("Open the &demo commune"), self.open_demo)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+S"))
        file_menu.addAction(self._action(self.tr("Save a &copy of the database…"), self.save_copy))
        restore = self._action(self.tr("Res&tore a backup…"), self.choose_restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        import_action = self._action(
            self.tr("&Import partners…"), lambda: self._partners().choose_import(), "Ctrl+I"
        )
        file_menu.addAction(import_action)
        file_menu.addAction(
            self._action(
                self.tr("&Export partners…"), lambda: self._partners().choose_export(), "Ctrl+E"
            )
        )
        file_menu.addAction(
            self._action(self.tr("&Activity report of a year (PDF)…"), self.choose_activity_report)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo, redo = self.undo_stack.menu_actions(self)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        new_action = self._action(
            self.tr("&New…"), lambda: self._current().new_item(), QKeySequence.StandardKey.New
        )
        edit_menu.addAction(new_action)
        edit_menu.addAction(
            self._action(self.tr("&Edit…"), lambda: self._current().edit_item(), "Ctrl+Return")
        )
        delete_action = self._action(
            self.tr("&Delete"),
            lambda: self._current().delete_item(),
            QKeySequence.StandardKey.Delete,
        )
        edit_menu.addAction(delete_action)
        edit_menu.addAction(
            self._action(self.tr("&Find…"), self._find, QKeySequence.StandardKey.Find)
        )
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,"))

        # Read-only: what would write is greyed, and hovering it says why.
        for menu in (file_menu, edit_menu):
            menu.setToolTipsVisible(True)
        explain_read_only(
            self.services.read_only, restore, import_action, new_action, delete_action
        )
        if self.services.db.shared:
            # The server's backups are restored by its administrator (pg_restore); this
            # computer's backups of it are files, opened with File › Open.
            restore.setEnabled(False)
            restore.setToolTip(
                self.tr(
                    "A shared database is restored on the server. A backup made here is "
                    "a file: open it with File › Open database."
                )
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&User guide"), self.show_help))
        help_menu.addAction(self._action(self.tr("Help on this &tab"), self.context_help, "F1"))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About Twinning Desk"), self.about))
        help_menu.addAction(self._action(self.tr("About &Qt"), QApplication.aboutQt))

    def show_help(self, section: str | None = None) -> HelpWindow:
        """The user guide, in the interface's language, at ``section`` or at its start."""
        from twinning_desk.ui.app.help_window import HelpWindow, ui_language

        if self.help_window is None or self.help_window.language != ui_language():
            if self.help_window is not None:  # the language changed: its labels too
                self.help_window.deleteLater()
            self.help_window = HelpWindow(self)
        self.help_window.open_at(section)
        return self.help_window

    def current_section(self) -> str | None:
        """The guide's section about the tab shown."""
        if self.tabs is None:
            return None
        return self.tabs.key_at(self.tabs.currentIndex())  # the tabs' keys are sections

    def context_help(self) -> HelpWindow:
        """F1: the guide at the section about the tab shown."""
        return self.show_help(self.current_section())

    def _current(self) -> Any:
        """The tab the Edit menu acts on: the one shown, if it handles records."""
        assert self.tabs is not None
        widget = self.tabs.currentWidget()
        if not hasattr(widget, "new_item"):
            tab = self._partners()
            self.tabs.setCurrentWidget(tab)
            return tab
        return widget

    def _find(self) -> None:
        self._current().focus_search()

    # ---------------------------------------------------------------- files
    def recent_files(self) -> list[str]:
        return [str(p) for p in RECENT_FILES.get(self.settings)]

    def add_recent(self, path: Path | str) -> None:
        items = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        RECENT_FILES.set(
            self.settings,
            [p if is_server_url(p) else Path(p) for p in items[:MAX_RECENT]],
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for item in self.recent_files():
            action = self.recent_menu.addAction(item)
            if is_server_url(item):
                action.triggered.connect(lambda _c=False, a=item: self.switch_database(a))
                continue
            action.triggered.connect(lambda _c=False, p=item: self.switch_database(Path(p)))
            action.setEnabled(Path(item).exists())
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self._folder(self.services)), DB_FILTER
        )
        if name:
            self.switch_database(Path(name))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self._folder(self.services) / "twinning.sqlite3"),
            DB_FILTER,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite3")
        if path.exists():
            QMessageBox.information(
                self,
                self.tr("New database"),
                self.tr("{path} already exists; it was opened instead of replaced.").format(
                    path=path
                ),
            )
        self.switch_database(path)

    def _open_other(self, path: Path) -> Services | None:
        """The services of another file, or None (said to the user) when it is refused."""
        try:
            return self.opener(path)
        except TwinningError as exc:
            show_error(self, exc, self.tr("Cannot open the database"))
            return None

    def switch_database(self, path: Path | str) -> bool:
        """Open another file; the current one stays open if the new one is refused."""
        if isinstance(path, str):
            return self.connect_shared(path, directly=True)
        if path.resolve() == self.services.db.path:
            return True
        services = self._open_other(path)
        if services is None:
            return False
        cleared = self._install(services, remember=path.resolve() != self.demo_path.resolve())
        opened = self.tr("Opened {path}").format(path=path)
        self.statusBar().showMessage(f"{opened}. {cleared}" if cleared else opened, 8000)
        if not services.commune.is_configured():
            self.run_wizard()
        return True

    def _install(self, services: Services, remember: bool = True) -> str:
        """Show another file; returns a word for the status bar when the undo history of
        the previous file had to go (it cannot apply to this one)."""
        self._wait_for_backup()
        self._detach_tab()
        old = self.services
        self.services = services
        cleared = self.undo_stack.count() > 0
        self.undo_stack.follow(services)
        self.build()
        old.close()
        if remember:
            self.add_recent(services.db.location)
            if services.db.path is not None:
                LAST_DB.set(self.settings, services.db.path)
            LAST_SHARED.set(self.settings, services.db.url or "")
        self._follow_others()
        return self.tr("The undo history of the previous file was cleared.") if cleared else ""

    def connect_shared(self, address: str = "", directly: bool = False) -> bool:
        """File › Connect to a shared database. ``directly``: try the address (and the
        password the keyring keeps) first, and show the form only if that is refused."""
        address = address or LAST_SHARED.get(self.settings) or (self.services.db.url or "")
        if directly and address == self.services.db.url:
            return True
        from twinning_desk.ui.app.connect_dialog import connect_interactively

        services = connect_interactively(address, self, self.opener if directly else None)
        return services is not None and self._connected(services)

    def _connected(self, services: Services) -> bool:
        cleared = self._install(services)
        opened = self.tr("Connected to {database}").format(database=services.db.label)
        self.statusBar().showMessage(f"{opened}. {cleared}" if cleared else opened, 8000)
        if not services.commune.is_configured() and not services.read_only:
            self.run_wizard()
        return True

    # ---------------------------------------------------------------- the copy on opening
    def start_backup_on_open(self) -> None:
        """Copy the file once the window is shown (issue #17): the person works
        meanwhile; quitting or opening another file waits for it, never cuts it."""
        services = self.services
        if not services.backup_pending or self._backup_thread is not None:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))

        def run() -> None:
            self.backupFinished.emit(services.backup_on_open())

        self._backup_thread = threading.Thread(target=run, name="twinning-backup")
        self._backup_thread.start()

    def _backup_finished(self, problem: object) -> None:
        self._wait_for_backup()
        if isinstance(problem, TwinningError):
            show_error(self, problem, self.tr("Backup"))
        else:
            self.statusBar().showMessage(self.tr("Backup on opening saved."), 4000)

    def _wait_for_backup(self) -> None:
        thread, self._backup_thread = self._backup_thread, None
        if thread is not None and thread.is_alive():
            self.statusBar().showMessage(self.tr("Finishing the backup…"))
            QApplication.processEvents()
            thread.join()

    # ---------------------------------------------------------------- working together
    def _follow_others(self) -> None:
        """On a shared database: refresh what others change, and say who they are."""
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if not self.services.db.shared:
            self.others_timer.stop()
            self.others_label.hide()
            return
        from twinning_desk.db.server import ChangeListener

        self._listener = ChangeListener(self.services.db, self.othersChanged.emit)
        self._listener.start()
        self.others_timer.start()
        self._show_others()

    def _apply_others_changes(self, topics: list[str]) -> None:
        """In the window's thread: the views showing what changed read it again."""
        for topic in topics:
            self.services.notifier.notify(topic)
        self.statusBar().showMessage(self.tr("Updated with changes made by others."), 4000)

    def _show_others(self) -> None:
        """Ask the server who else is connected, in a pool thread: a slow network must
        not freeze the window every thirty seconds. One question at a time."""
        if not self.services.db.shared or self.services.closed or self._asking_others:
            return
        from twinning_desk.db.server import connected_others

        db = self.services.db
        worker = Worker(lambda _progress: connected_others(db))
        worker.signals.finished.connect(lambda names: self._said_others(db, names))
        worker.signals.failed.connect(lambda exc, _details: self._others_unknown(exc))
        worker.signals.done.connect(self._others_answered)
        self._asking_others = True
        worker.start()

    def _others_answered(self) -> None:
        self._asking_others = False

    def _others_unknown(self, exc: object) -> None:
        # A network hiccup must not stop the window: said in the log, asked again later.
        log.info("Who else is connected could not be read: %s", exc)
        self.others_label.hide()

    def _said_others(self, db: object, others: list[str]) -> None:
        if not self.attached or db is not self.services.db:
            return  # the answer about a database this window no longer shows
        if others:
            self.others_label.setText(
                self.tr("Also connected: {names}").format(names=", ".join(others))
            )
            self.others_label.show()
        else:
            self.others_label.hide()

    def open_demo(self) -> bool:
        """Open the demo commune's own file, filling it the first time.

        It is never remembered as the last file: the next start opens the committee's
        file again (and its wizard, while it is still empty).
        """
        path = self.demo_path
        if path.resolve() == self.services.db.path:
            return True
        services = self._open_other(path)
        if services is None:
            return False
        from twinning_desk.services.demo import load_demo

        try:
            if not services.commune.is_configured() and services.partners.count() == 0:
                load_demo(services)
        except TwinningError as exc:
            services.close()
            show_error(self, exc)
            return False
        cleared = self._install(services, remember=False)
        opened = self.tr("Demo commune opened.")
        self.statusBar().showMessage(f"{opened} {cleared}".strip(), 10000)
        return True

    def _refresh_lock(self) -> None:
        if self.attached and self.services.lock is not None:
            self.services.lock.refresh()

    def backup_now(self) -> Path | None:
        try:
            target = self.services.backup_now()
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=target), 8000)
        return target

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the database"),
            str(Path.home() / f"{Path(self.services.db.name).stem}-copy.sqlite3"),
            DB_FILTER,
        )
        if not name:
            return
        try:
            self.services.save_copy(Path(name))
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=name), 8000)

    def choose_restore(self) -> None:
        from twinning_desk.ui.app.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.services.list_backups(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        if confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace everything in {file} with the copy of {date}?\n\nThe current state "
                "is backed up first; you can restore it from the same list."
            ).format(
                file=self.services.db.name,
                date=QLocale().toString(
                    to_qdatetime(chosen.created), QLocale.FormatType.ShortFormat
                ),
            ),
            self.tr("Restore"),
        ):
            self.restore(chosen.path)

    def restore(self, backup: Path) -> bool:
        from twinning_desk.services.context import restore_backup

        self._detach_tab()
        try:
            services = restore_backup(self.services, backup)
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            if self.services.closed:  # the file was left as it was: reopen it
                try:
                    self.services = self.opener(self.services.db.location)
                except TwinningError as again:
                    show_error(self, again)
                    self.close()
                    return False
                self.undo_stack.follow(self.services)
            self.build()
            return False
        self.services = services
        # The history spoke of the file as it was; the restored one is another.
        self.undo_stack.follow(services)
        self.build()
        self.statusBar().showMessage(
            self.tr("Backup restored. The undo history was cleared."), 8000
        )
        return True

    def _show_from_home(self, target: str) -> None:
        """A link of the home tab to a filtered tab: the asleep partners, the budget."""
        from twinning_desk.ui.home.home_tab import ASLEEP_PARTNERS

        assert self.tabs is not None and self.partners_tab is not None
        if target == ASLEEP_PARTNERS:
            self.partners_tab.asleep_only.setChecked(True)
            self.tabs.setCurrentWidget(self.partners_tab)
        elif self.budget_tab is not None:
            self.tabs.setCurrentWidget(self.budget_tab)

    def _detach_tab(self) -> None:
        for tab in self.tabs.built() if self.tabs is not None else ():
            if hasattr(tab, "save_state"):
                tab.save_state()
            tab.detach()  # type: ignore[attr-defined]
        self.tabs = None

    def run_wizard(self) -> bool:
        from twinning_desk.ui.app.commune_wizard import DEMO_RESULT, CommuneWizard

        assert self.gazetteer is not None
        wizard = CommuneWizard(self.services, self.gazetteer, self)
        result = wizard.exec()
        wizard.deleteLater()
        if result == DEMO_RESULT:
            return self.open_demo()
        ok = result == QDialog.DialogCode.Accepted
        if ok:
            self.build()
        return ok

    # ---------------------------------------------------------------- settings, about
    def open_settings(self) -> None:
        from twinning_desk.ui.app.settings_dialog import SettingsDialog

        assert self.gazetteer is not None
        dialog = SettingsDialog(self.services, self.gazetteer, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen_language()
        if chosen != (self.language or ""):
            LANGUAGE.set(self.settings, chosen)
            self.language = chosen or None
            self.languageChanged.emit(chosen)
            self.build()

    def choose_activity_report(self) -> None:
        """For the general assembly: which year, then where to save the PDF."""
        known = self.services.activity.years() or [date.today().year]
        years = [str(y) for y in known]
        year, ok = QInputDialog.getItem(
            self,
            self.tr("Activity report"),
            self.tr("Year:"),
            years,
            known.index(report_year(known, date.today())),
            False,
        )
        if not ok:
            return
        start = str(EXPORT_DIR.get(self.settings) or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Activity report"),
            str(Path(start) / self.tr("activity-report-{year}.pdf").format(year=year)),
            "PDF (*.pdf)",
        )
        if name:
            self.export_activity_report(int(year), Path(name).with_suffix(".pdf"))

    def export_activity_report(self, year: int, path: Path) -> bool:
        # Imported when used: reportlab takes a fifth of a second to load at start.
        from twinning_desk.export.activity_report import write_activity_report
        from twinning_desk.export.partner_map import report_geography
        from twinning_desk.services.geography import GeographyService

        locale = QLocale().name()[:2]
        try:
            geography = GeographyService(self.services.db, self.services.partners).geography()
            write_activity_report(
                path,
                self.services.activity.report(year),
                qtr,
                locale,
                geography=report_geography(geography, qtr, locale),
            )
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        EXPORT_DIR.set(self.settings, path.parent)
        self.statusBar().showMessage(
            self.tr("Activity report written: {path}").format(path=path), 8000
        )
        return True

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Twinning Desk"),
            self.tr(
                "<h3>Twinning Desk {version}</h3><p>The desktop tool of town-twinning "
                "committees: partners, events, delegations and budget, in one file on "
                "your computer, with no network needed.</p><p>Database: {path}</p>"
            ).format(version=__version__, path=self.services.db.path),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._wait_for_backup()
        # A job still running in the thread pool (an import's reading, the gazetteer)
        # must not see Python torn down under it; a stuck one is not waited for forever.
        wait_for_workers(10_000)
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.others_timer.stop()
        WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        WINDOW_STATE.set(self.settings, self.saveState())
        for tab in self.tabs.built() if self.tabs is not None else ():
            if hasattr(tab, "save_state"):
                tab.save_state()
        self.settings.sync()
        super().closeEvent(event)
