"""Create or edit an event: when and where, who took part, themes, results, follow-ups.

Like the partner dialog, it is saved whole; a refused value keeps it open and points at
the field, and closing it with unsaved typing asks first.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from twinning_desk.db.models import Event, EventStatus
from twinning_desk.i18n import QT_TRANSLATE_NOOP
from twinning_desk.services.countries import country_name
from twinning_desk.services.dates import format_day
from twinning_desk.services.errors import ValidationError
from twinning_desk.services.events import (
    DIRECTION_LABELS,
    EVENT_STATUS_LABELS,
    EVENT_TYPES,
    MAX_COUNT,
    EventData,
    EventService,
    FollowUpData,
    InvitedCount,
    clean_follow_up,
)
from twinning_desk.services.partners import DEFAULT_THEMES, PartnerService
from twinning_desk.services.text import fold
from twinning_desk.ui.common.conflict_dialog import (
    ConflictField,
    field_label,
    shown_in,
    value_text,
)
from twinning_desk.ui.common.eu_grant import show_eu_check
from twinning_desk.ui.common.helpers import example, qtr
from twinning_desk.ui.common.record_dialog import (
    ChildList,
    RecordDialog,
    RecordEditor,
)
from twinning_desk.ui.common.table_model import Column, ListTableModel
from twinning_desk.ui.common.widgets.checklist import CheckList
from twinning_desk.ui.common.widgets.day_edit import DayEdit, DayTimeEdit
from twinning_desk.ui.common.widgets.documents import DocumentsPanel
from twinning_desk.ui.common.widgets.fields import CountryCombo
from twinning_desk.ui.common.widgets.search_combo import SearchCombo


def _lang() -> str:
    return QLocale().name()[:2]


def follow_up_columns() -> list[Column[FollowUpData]]:
    """What, who, by when: an event's follow-ups and a mission report's next steps."""
    return [
        Column("text", QT_TRANSLATE_NOOP("Columns", "Action"), lambda f: f.text),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Who"), lambda f: f.owner),
        Column(
            "due",
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda f: format_day(f.due_date, _lang()) if f.due_date else "",
        ),
    ]


class FollowUpDialog(RecordDialog):
    def __init__(self, item: FollowUpData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up action"))
        self.original = item
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(80)
        self.owner = QLineEdit()
        self.due = DayEdit(optional=True)
        self.done_box = QCheckBox(self.tr("Done"))
        self.form.addRow(self.tr("&Action"), self.text)
        self.form.addRow(self.tr("&Who"), self.owner)
        self.form.addRow(self.tr("&Due"), self.due)
        self.form.addRow("", self.done_box)
        if item:
            self.text.setPlainText(item.text)
            self.owner.setText(item.owner or "")
            self.due.setDate(item.due_date)
            self.done_box.setChecked(item.done)
        self.resize(420, 260)

    def _build(self) -> FollowUpData:
        return clean_follow_up(
            FollowUpData(
                id=self.original.id if self.original else None,
                text=self.text.toPlainText(),
                owner=self.owner.text(),
                due_date=self.due.read("due"),
                done=self.done_box.isChecked(),
            )
        )

    def accept(self) -> None:
        self.accept_with(
            self._build, {"follow_up": self.text, "owner": self.owner, "due": self.due}
        )


class InvitedDialog(RecordDialog):
    """Invited participants from one country (and partner), for EU grant counts."""

    def __init__(
        self,
        item: InvitedCount | None,
        parent: QWidget | None = None,
        partners: list[tuple[int, str, str | None]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invited participants"))
        self.original = item
        self.country = CountryCombo()
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(no partner)"), None)
        for pid, name, code in partners or []:
            self.partner.addItem(name, (pid, code))
        self.partner.currentIndexChanged.connect(self._on_partner)
        self.count = QSpinBox()
        self.count.setRange(0, MAX_COUNT)
        self.form.addRow(self.tr("&Partner"), self.partner)
        self.form.addRow(self.tr("&Country"), self.country)
        self.form.addRow(self.tr("&Number"), self.count)
        if item:
            self.country.set_code(item.country_code)
            self.count.setValue(item.count)
            for i in range(self.partner.count()):
                data = self.partner.itemData(i)
                if data and data[0] == item.partner_id:
                    self.partner.setCurrentIndex(i)

    def _on_partner(self) -> None:
        data = self.partner.currentData()
        if data:
            self.country.set_code(data[1])

    def _build(self) -> InvitedCount:
        code = self.country.code()
        if not code:
            raise ValidationError("country", QT_TRANSLATE_NOOP("Validation", "choose a country."))
        data = self.partner.currentData()
        return InvitedCount(code, self.count.value(), data[0] if data else None)

    def accept(self) -> None:
        self.accept_with(self._build, {"country": self.country})


class EventDialog(RecordEditor):
    history_model = Event

    def __init__(
        self,
        service: EventService,
        partners: PartnerService,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.event_id = event_id
        self.data = service.get(event_id) if event_id else None
        self.saved_id: int | None = None
        self.partner_rows = partners.choices()
        self.setWindowTitle(
            self.tr("Event: {title}").format(title=self.data.title)
            if self.data
            else self.tr("New event")
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._people_tab(), self.tr("&Partners and participants"))
        self.tabs.addTab(self._themes_tab(), self.tr("T&hemes and local actors"))
        self.tabs.addTab(self._results_tab(), self.tr("&Description and results"))
        self.tabs.addTab(self._follow_up_tab(), self.tr("F&ollow-up"))
        self.documents = DocumentsPanel(service.attachment_content, self)
        self.tabs.addTab(self.documents, self.tr("Photos and d&ocuments"))
        self.finish_layout()
        if self.data:
            self._load(self.data)
        self.unsaved_question = self.tr(
            "This event has changes that are not saved. Close without saving them?"
        )
        self._first_field = self.title
        self.remember_state()
        self.resize(920, 600)

    # ---------------------------------------------------------------- tabs
    def _general_tab(self) -> QWidget:
        page = QWidget()
        self.title = QLineEdit()
        self.type = QComboBox()
        self.type.setEditable(True)
        for kind in self.service.types():
            label = EVENT_TYPES.get(kind)
            self.type.addItem(qtr("Labels", label) if label else kind, kind)
        self.type.setCurrentIndex(max(0, self.type.findData("official_reception")))
        self.all_day = QCheckBox(self.tr("All day"))
        self.all_day.setChecked(True)
        today = datetime.combine(date.today(), time(0, 0))
        self.start = DayTimeEdit(today)
        self.end = DayTimeEdit(today)
        self.all_day.toggled.connect(self._on_all_day)
        self.start.changed.connect(self._keep_end_after_start)
        self._on_all_day(True)
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText(example("Europe/Paris"))
        self.place = QLineEdit()
        self.status = QComboBox()
        for status, label in EVENT_STATUS_LABELS.items():
            self.status.addItem(qtr("Labels", label), status)
        self.delegation = SearchCombo()
        self.delegation.addItem(self.tr("(no delegation)"), None)
        for delegation_id, partner, direction, start in self.service.delegation_choices():
            label = f"{format_day(start, _lang())} — {qtr('Labels', DIRECTION_LABELS[direction])}"
            self.delegation.addItem(f"{label} — {partner}", delegation_id)
        form = QFormLayout(page)
        form.addRow(self.tr("&Title *"), self.title)
        form.addRow(self.tr("T&ype *"), self.type)
        form.addRow("", self.all_day)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("Time &zone"), self.timezone)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Linked delegation"), self.delegation)
        self._field_widgets = {
            "title": (0, self.title),
            "event_type": (0, self.type),
            "start": (0, self.start),
            "end": (0, self.end),
            "timezone": (0, self.timezone),
            "place": (0, self.place),
        }
        return page

    def _on_all_day(self, all_day: bool) -> None:
        for edit in (self.start, self.end):
            edit.set_all_day(all_day)

    def _keep_end_after_start(self) -> None:
        start, end = self.start.current(), self.end.current()
        if start is not None and (end is None or end < start):
            self.end.setDateTime(start)

    def _people_tab(self) -> QWidget:
        page = QWidget()
        self.partners = CheckList()
        for pid, name, _code in self.partner_rows:
            self.partners.add(name, False, pid)
        self.local = QSpinBox()
        self.local.setRange(0, MAX_COUNT)
        columns: list[Column[InvitedCount]] = [
            Column(
                "country",
                QT_TRANSLATE_NOOP("Columns", "Country"),
                lambda c: country_name(c.country_code, _lang()),
            ),
            Column(
                "partner",
                QT_TRANSLATE_NOOP("Columns", "Partner"),
                lambda c: next((n for p, n, _ in self.partner_rows if p == c.partner_id), ""),
            ),
            Column("count", QT_TRANSLATE_NOOP("Columns", "Participants"), lambda c: c.count),
        ]
        self.invited = ListTableModel(columns, self)
        rows = self.partner_rows
        self.invited_list = ChildList(
            self.invited, lambda item, parent: InvitedDialog(item, parent, rows), self
        )
        self.eu_label = QLabel()
        self.eu_label.setWordWrap(True)
        self.local.valueChanged.connect(lambda _v: self.update_eu_check())
        self.invited.modelReset.connect(self.update_eu_check)
        form = QFormLayout(page)
        form.addRow(self.tr("Partners involved"), self.partners)
        form.addRow(self.tr("&Local participants"), self.local)
        form.addRow(self.tr("Invited, by country"), self.invited_list)
        form.addRow(self.eu_label)
        self._field_widgets["participants"] = (1, self.local)
        self.update_eu_check()
        return page

    def update_eu_check(self) -> None:
        """Counts that decide an EU town-twinning grant, as the secretary types them."""
        data = EventData(
            title="",
            type="",
            start=datetime.now(),
            local_participants=self.local.value(),
            invited=list(self.invited.items),
        )
        show_eu_check(self.eu_label, self.service.eu_check(data))

    def _themes_tab(self) -> QWidget:
        page = QWidget()
        self.themes = CheckList(self.tr("Another theme…"), self.tr("Add &theme"))
        names = {qtr("Themes", t) for t in DEFAULT_THEMES}
        names |= set(self.service.theme_names())
        for name in sorted(names, key=fold):
            self.themes.add(name)
        self.actors = CheckList(
            self.tr("A school, club, choir, association…"), self.tr("Add &actor")
        )
        for name in self.service.actor_names():
            self.actors.add(name)
        form = QFormLayout(page)
        form.addRow(self.tr("Themes"), self.themes)
        form.addRow(self.tr("Local actors"), self.actors)
        return page

    def _results_tab(self) -> QWidget:
        page = QWidget()
        self.description = QPlainTextEdit()
        self.effects_here = QPlainTextEdit()
        self.effects_there = QPlainTextEdit()
        form = QFormLayout(page)
        form.addRow(self.tr("Des&cription"), self.description)
        form.addRow(self.tr("Effects &here"), self.effects_here)
        form.addRow(self.tr("Effects t&here (partner)"), self.effects_there)
        for key, widget in (
            ("description", self.description),
            ("effects_here", self.effects_here),
            ("effects_there", self.effects_there),
        ):
            self._field_widgets[key] = (3, widget)
        return page

    def _follow_up_tab(self) -> QWidget:
        done: Column[FollowUpData] = Column(
            "done",
            QT_TRANSLATE_NOOP("Columns", "Done"),
            lambda f: qtr("PartnerDialog", "yes") if f.done else qtr("PartnerDialog", "no"),
        )
        self.follow_ups = ListTableModel([*follow_up_columns(), done], self)
        self.follow_up_list = ChildList(self.follow_ups, FollowUpDialog, self)
        self._field_widgets["follow_up"] = (4, self.follow_up_list)
        return self.follow_up_list

    # ---------------------------------------------------------------- data
    def _load(self, data: EventData) -> None:
        self.title.setText(data.title)
        index = self.type.findData(data.type)
        if index < 0:
            self.type.addItem(data.type, data.type)
            index = self.type.count() - 1
        self.type.setCurrentIndex(index)
        self.all_day.setChecked(data.all_day)
        self.start.setDateTime(data.start)
        self.end.setDateTime(data.end or data.start)
        self.timezone.setText(data.timezone or "")
        self.place.setText(data.place or "")
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(data.delegation_id)))
        self.partners.set_checked(data.partner_ids, by_data=True)
        self.local.setValue(data.local_participants)
        self.invited.set_items(data.invited)
        for theme in data.themes:
            self.themes.add(theme, True)
        for actor in data.actors:
            self.actors.add(actor, True)
        self.description.setPlainText(data.description or "")
        self.effects_here.setPlainText(data.effects_here or "")
        self.effects_there.setPlainText(data.effects_there or "")
        self.follow_ups.set_items(data.follow_ups)
        self.documents.set_items(data.attachments)
        self.update_eu_check()

    def _type_key(self) -> str:
        text = self.type.currentText().strip()
        index = self.type.findText(text)
        return str(self.type.itemData(index)) if index >= 0 else text

    def collect(self) -> EventData:
        start = self.start.read("start")
        end = self.end.read("end")
        return EventData(
            id=self.event_id,
            version=self.data.version if self.data else None,
            title=self.title.text(),
            type=self._type_key(),
            start=start,
            end=None if end == start else end,
            all_day=self.all_day.isChecked(),
            timezone=self.timezone.text(),
            place=self.place.text(),
            status=self.status.currentData() or EventStatus.PLANNED,
            partner_ids=[int(p) for p in self.partners.checked_data()],
            themes=self.themes.checked_texts(),
            actors=self.actors.checked_texts(),
            local_participants=self.local.value(),
            invited=list(self.invited.items),
            description=self.description.toPlainText(),
            effects_here=self.effects_here.toPlainText(),
            effects_there=self.effects_there.toPlainText(),
            follow_ups=list(self.follow_ups.items),
            delegation_id=self.delegation.currentData(),
            attachments=list(self.documents.items),
        )

    def conflict_fields(self) -> list[ConflictField]:
        names = {pid: name for pid, name, _country in self.partner_rows}

        def when(data: EventData) -> str:
            start, end = value_text(data.start), value_text(data.end)
            return f"{start} – {end}" if end and end != start else start

        def partners(data: EventData) -> str:
            return "\n".join(names.get(pid, str(pid)) for pid in data.partner_ids)

        def participants(data: EventData) -> str:
            lines = [f"{self.tr('Local participants')}: {data.local_participants}"]
            lines += [f"{country_name(c.country_code, _lang())}: {c.count}" for c in data.invited]
            return "\n".join(lines)

        return [
            ConflictField(field_label("title"), ("title",)),
            ConflictField(field_label("event_type"), ("type",), shown_in(self.type, "type")),
            ConflictField(field_label("start"), ("start", "end", "all_day"), when),
            ConflictField(field_label("timezone"), ("timezone",)),
            ConflictField(field_label("place"), ("place",)),
            ConflictField(field_label("status"), ("status",)),
            ConflictField(field_label("partner"), ("partner_ids",), partners),
            ConflictField(
                field_label("participants"), ("local_participants", "invited"), participants
            ),
            ConflictField(field_label("theme"), ("themes",)),
            ConflictField(field_label("actors"), ("actors",)),
            ConflictField(field_label("description"), ("description",)),
            ConflictField(field_label("effects_here"), ("effects_here",)),
            ConflictField(field_label("effects_there"), ("effects_there",)),
            ConflictField(field_label("follow_up"), ("follow_ups",)),
            ConflictField(
                field_label("delegation"),
                ("delegation_id",),
                shown_in(self.delegation, "delegation_id"),
            ),
            ConflictField(field_label("file"), ("attachments",)),
        ]
