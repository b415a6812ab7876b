"""The "Accueil" tab: the partners' map, the records, ties to look after, the year ahead.

Nothing is built until the tab is first shown (the window opens on whichever tab was
last used, and the map costs a few tens of milliseconds); afterwards a change to the
data refreshes it when shown, not while hidden. Every line is a link: a partner, an
event or a delegation opens its dialog here; "the asleep partners" and a subsidy's
report open the filtered tab, through ``tabRequested``, which the main window handles.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from twinning_desk.db.models import AgreementType, Direction
from twinning_desk.services.context import Services
from twinning_desk.services.dates import format_day
from twinning_desk.services.errors import TwinningError
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.geography import (
    Anniversary,
    Geography,
    GeographyService,
    Watch,
    YearAhead,
)
from twinning_desk.services.geography_text import record_lines
from twinning_desk.services.partner_data import AGREEMENT_TYPE_LABELS
from twinning_desk.ui.common.colours import Tone, style_tone
from twinning_desk.ui.common.export_path import choose_export_path
from twinning_desk.ui.common.helpers import qtr, show_error
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.delegations.delegation_dialog import DelegationDialog
from twinning_desk.ui.events.event_dialog import EventDialog
from twinning_desk.ui.home.map_view import PartnerMapView
from twinning_desk.ui.partners.partner_dialog import PartnerDialog

# What tabRequested names: the partners tab filtered to the asleep ones, the budget tab.
ASLEEP_PARTNERS = "partners:asleep"
BUDGET = "budget"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(target: str, text: str) -> str:
    return f'<a href="{_e(target)}">{_e(text)}</a>'


class HomeTab(QWidget):
    message = Signal(str)
    # The commune's settings (its position), and another tab, are the main window's.
    communeSettingsRequested = Signal()
    tabRequested = Signal(str)

    def __init__(
        self,
        services: Services,
        gazetteer: Gazetteer,
        undo_stack: History,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.gazetteer = gazetteer
        self.undo_stack = undo_stack
        self.settings = settings
        self.service = GeographyService(services.db, services.partners)
        self.geo: Geography | None = None
        self.built = False
        self.stale = True
        services.notifier.subscribe(self._on_change)

    # The main window's protocol for tabs.
    def save_state(self) -> None:
        pass

    def detach(self) -> None:
        self.services.notifier.unsubscribe(self._on_change)

    def focus_search(self) -> None:
        if self.built:
            self.map.setFocus()

    # ---------------------------------------------------------------- building

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.ensure_built()
        if self.stale:
            self.refresh()

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.map = PartnerMapView()
        self.map.partnerActivated.connect(self.open_partner)
        self.fit_button = QPushButton(self.tr("&Fit"))
        self.europe_button = QPushButton(self.tr("E&urope"))
        self.world_button = QPushButton(self.tr("&World"))
        for button, view in (
            (self.fit_button, "auto"),
            (self.europe_button, "europe"),
            (self.world_button, "world"),
        ):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _c=False, v=view: self.map.show_view(v))
        self.fit_button.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport the map…"))
        self.export_button.clicked.connect(self.choose_export)
        hint = QLabel(
            self.tr(
                "Point at a partner for its name and distance; click it to open it. "
                "Wheel to zoom, drag to move."
            )
        )
        hint.setWordWrap(True)
        style_tone(hint, Tone.MUTED)
        bar = QHBoxLayout()
        for button in (self.fit_button, self.europe_button, self.world_button):
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.export_button)

        # Instead of an empty map: say what is missing and offer to set it.
        self.invite = QWidget()
        self.invite_text = QLabel()
        self.invite_text.setWordWrap(True)
        self.invite_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invite_button = QPushButton(self.tr("&Set the commune’s position…"))
        self.invite_button.clicked.connect(self.communeSettingsRequested.emit)
        invite_layout = QVBoxLayout(self.invite)
        invite_layout.addStretch()
        invite_layout.addWidget(self.invite_text)
        invite_layout.addWidget(self.invite_button, 0, Qt.AlignmentFlag.AlignHCenter)
        invite_layout.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.invite)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(hint)

        self.records = self._section()
        self.watch_label = self._section()
        self.ahead_label = self._section()
        column = QWidget()
        column_layout = QVBoxLayout(column)
        for title, label in (
            (self.tr("Records"), self.records),
            (self.tr("Ties to look after"), self.watch_label),
            (self.tr("The year ahead"), self.ahead_label),
        ):
            heading = QLabel(f"<b>{_e(title)}</b>")
            heading.setStyleSheet("font-size: 11pt; margin-top: 6px;")
            column_layout.addWidget(heading)
            column_layout.addWidget(label)
        column_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _section(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self.follow)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    # ---------------------------------------------------------------- content

    def _on_change(self, topic: str) -> None:
        self.stale = True
        if self.built and self.isVisible():
            self.refresh()

    @property
    def language(self) -> str:
        return QLocale().name()[:2]

    def refresh(self) -> None:
        self.ensure_built()
        self.stale = False
        today = date.today()
        geo = self.service.geography(today)
        self.geo = geo
        home = geo.home
        if home is None or not home.placed:
            name = home.name if home is not None else ""
            self.invite_text.setText(
                self.tr(
                    "Where is {commune}? Set the commune’s position (search its name in the "
                    "settings) to see your partners on the map, with their distances."
                ).format(commune=name)
                if name
                else self.tr(
                    "Set up the home commune and its position to see your partners on the map."
                )
            )
            self.stack.setCurrentWidget(self.invite)
        else:
            self.stack.setCurrentWidget(self.map)
        self.map.set_geography(geo, self.language)
        for button in (self.fit_button, self.europe_button, self.world_button):
            button.setEnabled(home is not None and home.placed)
        self.export_button.setEnabled(bool(geo.partners) or home is not None)
        self.records.setText(self._records_html(geo))
        self.watch_label.setText(self._watch_html(self.service.watch(today)))
        self.ahead_label.setText(self._ahead_html(self.service.year_ahead(today)))

    def _records_html(self, geo: Geography) -> str:
        if not geo.partners:
            return _e(self.tr("No partner yet: add them in the Partners tab."))
        lines = []
        for line in record_lines(geo, qtr, self.language):
            text = _e(line.text)
            if line.partner_id is not None:
                text = _link(f"partner:{line.partner_id}", line.text)
            if line.key == "not_placed":
                text = ", ".join(_link(f"partner:{p.id}", p.name) for p in geo.not_placed)
            tie = f" <i>({_e(line.tie)})</i>" if line.tie else ""
            lines.append(f"{_e(self._colon(line.label))} {text}{tie}")
        return "<br>".join(lines)

    def _colon(self, label: str) -> str:
        return label + ("\u00a0:" if self.language == "fr" else ":")

    def _agreement(self, agreement_type: AgreementType, title: str | None) -> str:
        return title or qtr("Labels", AGREEMENT_TYPE_LABELS[agreement_type])

    def _anniversary_when(self, a: Anniversary) -> str:
        return format_day(a.on, self.language) if a.exact else str(a.on.year)

    def _watch_html(self, watch: Watch) -> str:
        today = date.today()
        items: list[str] = []
        for asleep in watch.asleep:
            when = (
                self.tr("last exchange {date}").format(
                    date=format_day(asleep.last_exchange, self.language)
                )
                if asleep.last_exchange
                else self.tr("no exchange recorded")
            )
            items.append(
                self.tr("Asleep: {partner}, {when}").format(
                    partner=_link(f"partner:{asleep.partner_id}", asleep.name), when=_e(when)
                )
            )
        if watch.asleep:
            items.append(_link(ASLEEP_PARTNERS, self.tr("All the asleep partners…")))
        for one in watch.one_way:
            items.append(
                self.tr(
                    "One-way: {partner}, visits received {received}, made {made} (last five years)"
                ).format(
                    partner=_link(f"partner:{one.partner_id}", one.name),
                    received=one.received,
                    made=one.made,
                )
            )
        for e in watch.expiring:
            text = (
                self.tr("Expired on {date}: {agreement} with {partner}")
                if e.expired(today)
                else self.tr("Expires on {date}: {agreement} with {partner}")
            )
            items.append(
                text.format(
                    date=_e(format_day(e.expires_on, self.language)),
                    agreement=_e(self._agreement(e.agreement_type, e.agreement_title)),
                    partner=_link(f"partner:{e.partner_id}", e.name),
                )
            )
        for a in watch.anniversaries:
            items.append(
                self.tr("{years} years: {agreement} with {partner}, {when}").format(
                    years=a.years,
                    agreement=_e(self._agreement(a.agreement_type, a.agreement_title)),
                    partner=_link(f"partner:{a.partner_id}", a.name),
                    when=_e(self._anniversary_when(a)),
                )
            )
        if not items:
            return _e(self.tr("Nothing to look after: every tie is alive."))
        return "<br>".join(items)

    def _ahead_html(self, ahead: YearAhead) -> str:
        today = date.today()
        # One list in date order, whatever its kind (an overdue follow-up first): the
        # secretary reads it as a calendar. Same day: the order of the kinds below.
        items: list[tuple[date, str]] = []
        for m in ahead.mandats:
            items.append(
                (
                    m.start,
                    self.tr("Mandat spécial to vote before {date} ({partner}): {names}").format(
                        date=_e(format_day(m.start, self.language)),
                        partner=_link(f"delegation:{m.delegation_id}", m.partner_name),
                        names=_e(", ".join(m.names)),
                    ),
                )
            )
        for ev in ahead.events:
            items.append(
                (
                    ev.start.date(),
                    f"{_e(format_day(ev.start.date(), self.language))} — "
                    + _link(f"event:{ev.event_id}", ev.title),
                )
            )
        for d in ahead.delegations:
            text = (
                self.tr("Visit of {partner}")
                if d.direction is Direction.INCOMING
                else self.tr("Trip to {partner}")
            ).format(partner=d.partner_name)
            items.append(
                (
                    d.start,
                    f"{_e(format_day(d.start, self.language))} — "
                    + _link(f"delegation:{d.delegation_id}", text),
                )
            )
        for f in ahead.follow_ups:
            target = (
                f"event:{f.event_id}" if f.event_id is not None else f"delegation:{f.delegation_id}"
            )
            text = (
                self.tr("Follow-up overdue since {date}: {text}")
                if f.due < today
                else self.tr("Follow-up due {date}: {text}")
            )
            items.append(
                (
                    f.due,
                    text.format(
                        date=_e(format_day(f.due, self.language)),
                        text=_link(target, f.text)
                        if f.event_id is not None or f.delegation_id is not None
                        else _e(f.text),
                    ),
                )
            )
        for s in ahead.subsidy_reports:
            items.append(
                (
                    s.due,
                    self.tr("Subsidy report due {date}: {action} ({funder})").format(
                        date=_e(format_day(s.due, self.language)),
                        action=_link(BUDGET, s.action),
                        funder=_e(s.funder),
                    ),
                )
            )
        if not items:
            return _e(self.tr("Nothing planned in the next twelve months."))
        return "<br>".join(text for _day, text in sorted(items, key=lambda item: item[0]))

    # ---------------------------------------------------------------- links

    def follow(self, target: str) -> None:
        kind, _sep, ident = target.partition(":")
        if target in (ASLEEP_PARTNERS, BUDGET):
            self.tabRequested.emit(target)
        elif kind == "partner":
            self.open_partner(int(ident))
        elif kind == "event":
            self._run(
                lambda: EventDialog(self.services.events, self.services.partners, int(ident), self)
            )
        elif kind == "delegation":
            self._run(
                lambda: DelegationDialog(
                    self.services.delegations, self.services.people, int(ident), self
                )
            )

    def _run(self, make: Callable[[], QDialog]) -> None:
        try:
            dialog = make()
        except TwinningError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.undo_stack.run(dialog)

    def open_partner(self, partner_id: int) -> None:
        self._run(lambda: PartnerDialog(self.services.partners, self.gazetteer, partner_id, self))

    # ---------------------------------------------------------------- export

    def choose_export(self) -> None:
        path = choose_export_path(
            self,
            self.settings,
            self.tr("Export the map"),
            self.tr("partners-map.pdf"),
            self.tr("PDF, A4 landscape (*.pdf);;PNG image (*.png)"),
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        # Imported when used: reportlab takes a fifth of a second to load at start.
        from twinning_desk.export.partner_map import write_partner_map

        geo = self.geo or self.service.geography()
        try:
            write_partner_map(path, geo, qtr, self.language, today=date.today())
        except (TwinningError, OSError) as exc:
            show_error(self, exc)
            return False
        self.message.emit(self.tr("Map written to {path}.").format(path=path))
        return True
