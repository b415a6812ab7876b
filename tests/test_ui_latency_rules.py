"""What keeps the tabs quick on a thirty-year file (issue #17), checked as behaviour: the
queries a filter, a tab's first show or a change of year may run, and that the faster
ways give the same answers as the plain ones."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from twinning_desk.db.models import BudgetKind
from twinning_desk.services.budget import BudgetLineData
from twinning_desk.services.context import Services
from twinning_desk.services.dates import format_day
from twinning_desk.services.events import EventData, EventQuery
from twinning_desk.services.partners import PartnerData
from twinning_desk.ui.budget.budget_tab import BudgetTab
from twinning_desk.ui.common.table_model import PAGE
from twinning_desk.ui.common.undo import History
from twinning_desk.ui.events.events_tab import EventsTab


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


# ---------------------------------------------------------------- services


@pytest.mark.parametrize("day", [date(2026, 1, 5), date(999, 3, 4), date(2026, 12, 31)])
@pytest.mark.parametrize("language", ["fr", "de", "pl", "it", "es", "en"])
def test_days_are_written_as_strftime_wrote_them(day: date, language: str) -> None:
    expected = {
        "en": day.isoformat(),
        "de": day.strftime("%d.%m.%Y"),
        "pl": day.strftime("%d.%m.%Y"),
    }.get(language, day.strftime("%d/%m/%Y"))
    assert format_day(day, language) == expected


def test_the_month_holds_every_event_touching_it_and_no_other(configured: Services) -> None:
    """Read through the table rather than the index on start: the boundaries stay."""
    events = configured.events
    cases = {
        "ends the day before": (datetime(2026, 5, 20), datetime(2026, 5, 31, 23, 59)),
        "ends on the first": (datetime(2026, 5, 25), datetime(2026, 6, 1)),
        "starts on the first": (datetime(2026, 6, 1), None),
        "spans the month": (datetime(2026, 5, 1), datetime(2026, 7, 2)),
        "a year long": (datetime(2025, 7, 1), datetime(2026, 6, 30)),
        "starts on the last evening": (datetime(2026, 6, 30, 23, 0), None),
        "starts the day after": (datetime(2026, 7, 1), None),
    }
    for title, (start, end) in cases.items():
        events.save(EventData(title=title, type="concert", start=start, end=end))
    got = [r.title for r in events.month(2026, 6)]
    assert got == [
        "a year long",
        "spans the month",
        "ends on the first",
        "starts on the first",
        "starts on the last evening",
    ]  # by start, as the calendar lists them


def test_a_partner_named_in_the_search_finds_its_events(configured: Services) -> None:
    partners = configured.partners
    lodz = partners.save(PartnerData(name="Łódź", country_code="PL"))
    kenilworth = partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    events = configured.events
    events.save(EventData(title="Chorale", type="concert", start=datetime(2026, 3, 1),
                          partner_ids=[lodz]))  # fmt: skip
    events.save(EventData(title="Foot", type="fair", start=datetime(2026, 4, 1),
                          partner_ids=[kenilworth, lodz]))  # fmt: skip
    events.save(EventData(title="Lodz by night", type="fair", start=datetime(2026, 5, 1)))
    events.save(EventData(title="Bal", type="ball", start=datetime(2026, 6, 1)))
    found = [r.title for r in events.rows(EventQuery(text="lodz"))]
    assert found == ["Lodz by night", "Foot", "Chorale"]  # title or partner, newest first
    assert events.count(EventQuery(text="lodz")) == 3
    assert events.count(EventQuery(text="KENIL")) == 1
    assert events.rows(EventQuery(text="nowhere")) == []


def test_partner_choices_are_the_list_order_without_the_figures(configured: Services) -> None:
    for name, code in (("Zabrze", "PL"), ("Ávila", "ES"), ("Bad Tölz", "DE"), ("avallon", "FR")):
        configured.partners.save(PartnerData(name=name, country_code=code))
    rows = [(r.id, r.name, r.country_code) for r in configured.partners.rows()]
    assert configured.partners.choices() == rows


def test_reports_due_in_one_query_over_every_year(configured: Services) -> None:
    from twinning_desk.db.models import SubsidyStatus
    from twinning_desk.services.budget import SubsidyData

    budget = configured.budget
    for year in (2024, 2025, 2026):
        budget.ensure_year(year)
    today = date(2026, 5, 1)

    def subsidy(year: int, funder: str, status: SubsidyStatus, due: date | None) -> None:
        budget.save_subsidy(
            SubsidyData(
                id=None,
                year=year,
                funder=funder,
                action="Échange",
                requested_cents=100_00,
                granted_cents=100_00,
                status=status,
                report_due=due,
            )
        )

    limit = today + timedelta(days=120)
    subsidy(2024, "Région", SubsidyStatus.PAID, date(2025, 6, 30))  # overdue: listed
    subsidy(2025, "Département", SubsidyStatus.GRANTED, limit)  # the last day: listed
    subsidy(2025, "Europe", SubsidyStatus.GRANTED, limit + timedelta(days=1))  # a day late
    subsidy(2026, "Commune", SubsidyStatus.REQUESTED, date(2026, 6, 1))  # not granted
    subsidy(2026, "OFAJ", SubsidyStatus.SETTLED, date(2026, 6, 1))  # reported already
    due = budget.reports_due(today=today)
    assert [(s.funder, s.year) for s in due] == [("Région", 2024), ("Département", 2025)]


# ---------------------------------------------------------------- the tabs


@pytest.fixture
def events_tab(qtbot: QtBot, configured: Services, tmp_path: Path) -> EventsTab:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = EventsTab(configured, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_filter_matching_less_than_a_page_is_one_query(
    qtbot: QtBot, events_tab: EventsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = events_tab.services.events
    for i in range(PAGE + 5):
        title = "Répétition" if i % 2 else "Concert"
        events.save(EventData(title=f"{title} {i}", type="concert", start=datetime(2026, 1, 1)))
    counts = _count_calls(monkeypatch, events, "count")
    events_tab.search.setText("Répétition 1")
    events_tab._apply_filter()  # what the debounce fires
    shown = [events_tab.model.row_at(r).title for r in range(events_tab.model.rowCount())]  # type: ignore[union-attr]
    expected = sorted(
        (f"Répétition {i}" for i in range(PAGE + 5) if i % 2 and str(i).startswith("1")),
        key=lambda t: -int(t.split()[1]),  # same day: the newest saved first
    )
    assert shown == expected and events_tab.model.total_rows == len(expected)
    assert counts == []  # the page was not full: no count asked for
    events_tab.search.setText("n")  # in every title
    events_tab._apply_filter()
    assert events_tab.model.rowCount() == PAGE
    assert events_tab.model.total_rows == PAGE + 5
    assert len(counts) == 1  # a full page: the count says how many there are
    assert str(PAGE + 5) in events_tab.count_label.text()


def test_the_month_is_read_once_for_the_marks_and_the_day(
    qtbot: QtBot, events_tab: EventsTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = events_tab.services.events
    months = _count_calls(monkeypatch, events, "month")
    events.save(EventData(title="Fête", type="fair", start=datetime.now()))  # a change: refresh
    assert months == []  # the month view was never shown: nothing to mark
    events_tab.calendar_button.click()
    assert len(months) == 1  # made when first shown: the marks and the day from one read
    assert "Fête" in [r.title for r in events_tab.day_model.items]
    events.save(EventData(title="Bal", type="ball", start=datetime.now()))
    assert len(months) == 2
    assert {"Fête", "Bal"} <= {r.title for r in events_tab.day_model.items}


@pytest.fixture
def budget_tab(qtbot: QtBot, configured: Services, tmp_path: Path) -> BudgetTab:
    configured.budget.ensure_year(2025)
    configured.budget.ensure_year(2026)
    configured.budget.set_current(2026)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    widget = BudgetTab(configured, History(configured), settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_change_of_year_reads_the_actions_when_the_filter_is_used(
    qtbot: QtBot, budget_tab: BudgetTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The action filter lists a year's events and delegations (1,200 at full scale):
    read when the treasurer opens it or reaches it with the keyboard, not at each year."""
    services = budget_tab.services
    concert = services.events.save(
        EventData(title="Concert", type="concert", start=datetime(2025, 6, 1))
    )
    services.budget.save_many(
        [BudgetLineData(2025, BudgetKind.CHARGE, "623", "Affiches", 100, event_id=concert)]
    )
    reads = _count_calls(monkeypatch, services.budget, "linked_actions")
    combo = budget_tab.year_combo
    combo.setCurrentIndex(combo.findData(2025))
    assert reads == []
    # The keyboard: the filter takes the focus, the arrow picks the first action.
    budget_tab.action.setFocus()
    qtbot.waitUntil(budget_tab.action.hasFocus)
    assert reads == [(2025,)]
    qtbot.keyClick(budget_tab.action, Qt.Key.Key_Down)
    assert budget_tab.action.currentData() == f"event:{concert}"
    assert [budget_tab.model.row_at(r).label for r in range(budget_tab.model.rowCount())] == [  # type: ignore[union-attr]
        "Affiches"
    ]
    # With an action chosen, another year reads its actions at once: it stays chosen only
    # if it has lines in that year too (here not: back to all actions).
    combo.setCurrentIndex(combo.findData(2026))
    assert reads == [(2025,), (2026,)]
    assert budget_tab.action.currentData() is None


@pytest.fixture
def statements(configured: Services) -> Iterator[list[str]]:
    """The SQL statements run on the test's database (clear it to start counting)."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(configured.db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(configured.db.engine, "before_cursor_execute", record)


def _subsidy(services: Services, year: int, funder: str, due: date) -> None:
    from twinning_desk.db.models import SubsidyStatus
    from twinning_desk.services.budget import SubsidyData

    services.budget.save_subsidy(
        SubsidyData(
            id=None,
            year=year,
            funder=funder,
            action="Échange",
            requested_cents=100_00,
            granted_cents=100_00,
            status=SubsidyStatus.GRANTED,
            report_due=due,
        )
    )


def test_a_change_of_year_reads_the_year_and_not_the_closed_subsidies_page(
    qtbot: QtBot,
    budget_tab: BudgetTab,
    monkeypatch: pytest.MonkeyPatch,
    statements: list[str],
) -> None:
    """The year's lines and summary are read once a change of year; the subsidies and
    the reports due (their page closed) not at all; once the page is shown, its year's
    subsidies at each change of year, but the reports due (over every year) only when
    the data change."""
    services = budget_tab.services
    soon = date.today() + timedelta(days=30)
    _subsidy(services, 2025, "Région", soon)
    _subsidy(services, 2026, "Département", soon)
    budget = services.budget
    summaries = _count_calls(monkeypatch, budget, "summary")
    deadlines = _count_calls(monkeypatch, budget, "reports_due")
    subsidies = _count_calls(monkeypatch, budget, "subsidies")
    combo = budget_tab.year_combo
    index = combo.findData(2025)  # the years listed, as the treasurer opens the box
    statements.clear()
    combo.setCurrentIndex(index)
    assert (len(summaries), len(deadlines), len(subsidies)) == (1, 0, 0)
    assert not [s for s in statements if "subsidy" in s]  # the page is closed: not read
    # One page of the year's lines (no count: the page is not full), the summary's
    # sums and its accounts: three statements, nothing read twice.
    assert len(statements) == 3, statements
    budget_tab.side.setCurrentIndex(1)  # the treasurer opens the subsidies
    assert (len(deadlines), len(subsidies)) == (1, 1)
    assert [s.funder for s in budget_tab.subsidy_model.items] == ["Région"]
    assert "Région" in budget_tab.due_label.text() and "Département" in budget_tab.due_label.text()
    combo.setCurrentIndex(combo.findData(2026))
    assert (len(deadlines), len(subsidies)) == (1, 2)  # the same deadlines, still shown
    assert [s.funder for s in budget_tab.subsidy_model.items] == ["Département"]
    _subsidy(services, 2026, "Europe", soon)  # a change of data: both read again
    assert (len(deadlines), len(subsidies)) == (2, 3)
    assert [s.funder for s in budget_tab.subsidy_model.items] == ["Département", "Europe"]
    assert "Europe" in budget_tab.due_label.text()


def test_the_subsidies_are_there_for_whoever_asks_with_their_page_closed(
    qtbot: QtBot, budget_tab: BudgetTab
) -> None:
    """The subsidy list and the deadlines, asked for by code (an export, a test), are
    read then: closed is not stale."""
    services = budget_tab.services
    _subsidy(services, 2026, "Commune", date.today() + timedelta(days=10))
    assert budget_tab.side.currentIndex() == 0
    assert [s.funder for s in budget_tab.subsidy_model.items] == ["Commune"]
    assert "Commune" in budget_tab.due_label.text()


def test_roles_no_model_answers_are_refused_early_and_the_others_still_answered(
    qtbot: QtBot, events_tab: EventsTab
) -> None:
    """A view asks eight roles a cell; those outside a model's declared ones are refused
    before any work, the declared ones still reach decorate()."""
    from twinning_desk.db.models import EventStatus
    from twinning_desk.ui.common.table_model import PagedTableModel

    events = events_tab.services.events
    events.save(
        EventData(
            title="Annulé",
            type="concert",
            start=datetime(2026, 2, 1),
            status=EventStatus.CANCELLED,
        )
    )
    model = events_tab.model
    index = model.index(0, 1)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Annulé"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed: cancelled
    assert index.data(Qt.ItemDataRole.FontRole) is None
    assert index.data(Qt.ItemDataRole.UserRole).title == "Annulé"

    class Undeclared(PagedTableModel[object]):
        """A model that decorates without saying which roles: every role reaches it."""

        def decorate(self, row: object, column: object, role: int) -> object:
            return "seen" if role == Qt.ItemDataRole.ToolTipRole else None

    undeclared = Undeclared()
    assert undeclared._answered is None


@pytest.mark.parametrize("name", ["events", "delegations", "budget", "partners"])
def test_columns_measured_on_the_texts_are_as_wide_as_qt_measures_them(
    qtbot: QtBot, demo_commune: Services, tmp_path: Path, name: str
) -> None:
    """The first fill sizes plain-text columns from their texts (Qt's way asked eight
    roles a cell through Python): never narrower than Qt's measure, at most 2 px wider.
    The partners' dormant names have a font and an icon of their own: Qt measures."""
    from twinning_desk.services.geo import Gazetteer
    from twinning_desk.ui.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_commune, Gazetteer(tmp_path / "g.sqlite3"), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None
    tab = window.tabs.page(name)
    window.tabs.setCurrentWidget(tab)
    view = tab.view  # type: ignore[attr-defined]
    assert view.model().rowCount() > 0
    ours = tab.columns._content_widths()  # type: ignore[attr-defined]
    if name == "partners":
        assert ours is None
        return
    header = view.horizontalHeader()
    qt = [
        max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
        for c in range(view.model().columnCount())
    ]
    assert all(0 <= mine - theirs <= 2 for mine, theirs in zip(ours, qt, strict=True)), (ours, qt)


def test_the_delegations_filters_are_read_when_used_and_keep_their_choice(
    qtbot: QtBot, configured: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The years (a pass over every delegation) and the partners of the Delegations
    tab's filters are read when a filter is used, not at the tab's first show nor at
    each change of data; a year chosen stays chosen after a change."""
    from twinning_desk.db.models import Direction
    from twinning_desk.services.delegations import DelegationData
    from twinning_desk.ui.delegations.delegations_tab import DelegationsTab

    services = configured
    lodz = services.partners.save(PartnerData(name="Łódź", country_code="PL"))

    def visit(year: int) -> int:
        return services.delegations.save(
            DelegationData(
                partner_id=lodz,
                direction=Direction.INCOMING,
                purpose="official",
                start_date=date(year, 5, 1),
                end_date=date(year, 5, 3),
            )
        )

    visit(2019)
    visit(2024)
    years = _count_calls(monkeypatch, services.delegations, "years")
    choices = _count_calls(monkeypatch, services.delegations, "partner_choices")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab = DelegationsTab(services, History(services), settings)
    qtbot.addWidget(tab)
    tab.show()
    assert (years, choices) == ([], [])  # shown without them
    visit(2021)  # a change of data: still not read
    assert (years, choices) == ([], [])
    tab.year.setFocus()  # the keyboard reaches the filter: filled now
    qtbot.waitUntil(tab.year.hasFocus)
    assert len(years) == 1
    assert [tab.year.itemData(i) for i in range(tab.year.count())] == [None, 2024, 2021, 2019]
    tab.year.setCurrentIndex(tab.year.findData(2021))
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    assert [r.start.year for r in rows if r is not None] == [2021]
    visit(2026)  # the filter in use is read again, its choice kept
    assert len(years) == 2 and tab.year.currentData() == 2021
    assert [tab.year.itemData(i) for i in range(tab.year.count())] == [
        None,
        2026,
        2024,
        2021,
        2019,
    ]
    assert choices == []  # the partner filter, never used, was never read


def test_the_budget_shows_without_reading_its_years_and_accounts_lists(
    qtbot: QtBot, configured: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fiscal years and the sixty accounts of the filters are listed when a filter
    is used; the year shown is the current one meanwhile, and filtering by an account
    keeps its lines only."""
    budget = configured.budget
    for year in (2024, 2025, 2026):
        budget.ensure_year(year)
    budget.set_current(2025)
    budget.save_many(
        [
            BudgetLineData(2025, BudgetKind.CHARGE, "623", "Affiches", 100),
            BudgetLineData(2025, BudgetKind.CHARGE, "625", "Voyage", 200),
        ]
    )
    years = _count_calls(monkeypatch, budget, "years")
    accounts = _count_calls(monkeypatch, budget, "categories")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    tab = BudgetTab(configured, History(configured), settings)
    qtbot.addWidget(tab)
    tab.show()
    assert (years, accounts) == ([], [])
    assert tab.year == 2025 and tab.year_combo.currentText() == "2025"
    assert tab.model.total_rows == 2
    tab.category.setFocus()  # the keyboard reaches the filter: the accounts come
    qtbot.waitUntil(tab.category.hasFocus)
    assert len(accounts) == 1
    assert tab.category.itemData(0) is None and tab.category.findData("625") > 0
    tab.category.setCurrentIndex(tab.category.findData("625"))
    assert [tab.model.row_at(r).label for r in range(tab.model.rowCount())] == ["Voyage"]  # type: ignore[union-attr]
    assert years == []
    assert [tab.year_combo.itemData(i) for i in range(tab.year_combo.count())] == [
        2026,
        2025,
        2024,
    ]
    assert len(years) == 1 and tab.year == 2025  # listed when asked for, still 2025
