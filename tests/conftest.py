"""Shared fixtures: a real SQLite file in a temporary folder, services over it."""

from __future__ import annotations

import os

# The offscreen screen is a 1366×768 laptop (the commonest in town halls), not Qt's
# default 800×800, so that sizes are tested on the screen committees have.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

import gc  # noqa: E402
import itertools  # noqa: E402
import logging  # noqa: E402
import re  # noqa: E402
from collections.abc import Generator, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pg_server import Server, running_server  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: E402
from pytest_postgresql.janitor import DatabaseJanitor  # noqa: E402

from twinning_desk.paths import AppPaths  # noqa: E402
from twinning_desk.services.commune import CommuneProfile  # noqa: E402
from twinning_desk.services.context import Services  # noqa: E402
from twinning_desk.services.demo import load_demo  # noqa: E402
from twinning_desk.services.geo import Gazetteer  # noqa: E402

# ------------------------------------------------------------------ Qt messages fail tests
# Qt reports a broken model, a bad connection or a painter misused as a message on stderr,
# and carries on. Here any warning, critical or fatal message fails the test that caused
# it. pytest-qt fails the test for the messages of its set-up and call (qt_log_level_fail
# in pyproject.toml); the handler below, installed for the whole run, sees the rest (the
# teardown of fixtures, widgets closed by qtbot, the time between tests) and fails the
# test at its teardown. Exceptions raised inside Qt virtuals (a model's data(), an event
# handler) are pytest-qt's exception capture, which must stay on (checked below).
#
# Messages about the machine the tests run on, not about our code, and why they are
# harmless; each is a regular expression searched in the message.
QT_NOISE: dict[str, str] = {
    r"^This plugin does not support propagateSizeHints\(\)$": "the offscreen platform has "
    "no window manager to pass a window's size hints to; every shown window says it",
    r"^This plugin does not support raise\(\)$": "the offscreen platform does not stack "
    "windows; said when a popup (the town search's completer) is brought to the front",
    r"^This plugin does not support grabbing the keyboard$": "the offscreen platform has no "
    "keyboard to grab; said when the town search's completer popup opens",
}

QT_FAILING_TYPES = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}
_qt_noise = [re.compile(pattern) for pattern in QT_NOISE]
_qt_messages: list[str] = []


def _record_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind in QT_FAILING_TYPES and not any(p.search(message) for p in _qt_noise):
        where = f" ({context.category})" if context.category not in (None, "default") else ""
        _qt_messages.append(f"{kind.name}{where}: {message}")


# Installed at import, before the QApplication exists, so that nothing goes unseen.
qInstallMessageHandler(_record_qt_message)


class _ErrorRecords(logging.Handler):
    """Errors the app logs (an exception a widget caught, a failed settings upgrade)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_logged_errors = _ErrorRecords()
logging.getLogger("twinning_desk").addHandler(_logged_errors)


def pytest_configure(config: pytest.Config) -> None:
    for pattern in QT_NOISE:
        config.addinivalue_line("qt_log_ignore", pattern)
    if config.getini("qt_no_exception_capture"):
        raise pytest.UsageError(
            "qt_no_exception_capture is set: an exception inside a Qt virtual would pass"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    """After every fixture is torn down, fail the test if Qt complained or the app logged
    an error. A test that expects a logged error checks it with ``caplog``."""
    # pytest-qt restores the handler it replaced only after a call; be sure it is ours.
    qInstallMessageHandler(_record_qt_message)
    try:
        yield
        if "qtbot" in getattr(item, "fixturenames", ()):
            # What the test left to the garbage collector (widgets in reference cycles,
            # an undo history and its commands) is freed now, in the test that left it:
            # a Qt object whose deletion crashes does so here, not at a collection that
            # comes at random tests later (pytest_collection_finish keeps it cheap).
            gc.collect()
    finally:
        problems = list(_qt_messages)
        if "caplog" not in getattr(item, "fixturenames", ()):
            problems += [
                f"logged {r.levelname} ({r.name}): {r.getMessage()}" for r in _logged_errors.records
            ]
        _qt_messages.clear()
        _logged_errors.records.clear()
    if problems:
        pytest.fail("Qt messages or logged errors:\n" + "\n".join(problems), pytrace=False)


# Fixtures that build the real gazetteer (about ten seconds, once per run).
_GAZETTEER_FIXTURES = {"full_gazetteer", "home_gazetteer"}


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported so far (the app, Qt, SQLAlchemy, the country tables) lives for
    the whole run: frozen, it is not walked again by each GUI test's collection above,
    which then costs a tenth of a second rather than a third."""
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``slow`` for the property tests (hypothesis runs each one a hundred times) and for
    every test that needs the real gazetteer, so that ``pytest -m "not slow"`` never builds
    it; tests slow for another reason carry ``@pytest.mark.slow`` themselves."""
    for item in items:
        function = getattr(item, "obj", None)
        fixtures = set(getattr(item, "fixturenames", ()))
        if getattr(function, "is_hypothesis_test", False) or fixtures & _GAZETTEER_FIXTURES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """The CLI would create a bare QCoreApplication; GUI tests need the QApplication first."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, settings or caches."""
    monkeypatch.setenv("TWINNING_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # Every test starts in the French UI with no translator, whatever ran before it.
    from PySide6.QtCore import QCoreApplication, QLocale

    from twinning_desk.translation import install_translators

    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, "none")
    QLocale.setDefault(QLocale("fr"))


@pytest.fixture(scope="session")
def full_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The real gazetteer (235,000 places), built once for the whole run (~15 s)."""
    gazetteer = Gazetteer(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite3")
    assert gazetteer.build()
    return gazetteer


@pytest.fixture
def home_gazetteer(full_gazetteer: Gazetteer, tmp_path: Path) -> Gazetteer:
    """The same gazetteer where the app looks for it (the test's home), without a copy."""
    target = AppPaths.under(tmp_path / "home").gazetteer_db
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(full_gazetteer.path)
    return Gazetteer(target)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path / "home")
    paths.ensure()
    return paths


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite3"


# ------------------------------------------------------------------ the shared backend
# The service tests of these modules run twice: on an SQLite file and on a database of a
# real PostgreSQL server (marked ``postgresql``: ``-m "not postgresql"`` leaves them out).
BOTH_BACKENDS = {
    "test_services_basics",
    "test_services_budget",
    "test_services_delegations",
    "test_services_events",
    "test_services_partners",
    "test_service_rules",
    "test_operations",
    "test_hosting",
    "test_shared_database",
    "test_record_conflicts",
    "test_history",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module in BOTH_BACKENDS and "backend" in metafunc.fixturenames:
        metafunc.parametrize(
            "backend",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
            indirect=True,
        )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """One PostgreSQL cluster for the whole run, started from Debian's package."""
    try:
        with running_server() as server:
            yield server
    except FileNotFoundError as exc:
        if os.environ.get("TWINNING_REQUIRE_POSTGRESQL"):
            raise
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def pg_template(pg_server: Server) -> str:
    """A database migrated once, copied for each test (CREATE DATABASE … TEMPLATE)."""
    name = "twinning_template"
    DatabaseJanitor(
        user=pg_server.user,
        host=pg_server.host,
        port=pg_server.port,
        password=pg_server.password,
        dbname=name,
    ).init()
    Services.open(pg_server.url(name)).close()
    return name


_pg_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: Server, pg_template: str) -> Iterator[str]:
    """A fresh committee database on the server, dropped after the test."""
    janitor = DatabaseJanitor(
        user=pg_server.user,
        host=pg_server.host,
        port=pg_server.port,
        password=pg_server.password,
        dbname=f"committee_{next(_pg_databases)}",
        template_dbname=pg_template,
    )
    janitor.init()
    yield pg_server.url(janitor.dbname)
    janitor.drop()


@pytest.fixture
def services(backend: str, request: pytest.FixtureRequest) -> Iterator[Services]:
    if backend == "postgresql":
        s = Services.open(request.getfixturevalue("pg_url"))
    else:
        s = Services.open(request.getfixturevalue("db_path"))
    yield s
    s.close()


HOME = CommuneProfile(
    name="Saint-Aubin-sur-Loire",
    country_code="FR",
    latitude=47.3941,
    longitude=0.6848,  # Tours
)


@pytest.fixture
def demo_commune(tmp_path: Path) -> Iterator[Services]:
    """A file filled with the demo commune (the windows' size, keyboard and name tests)."""
    services = Services.open(tmp_path / "demo.sqlite3")
    load_demo(services)
    yield services
    services.close()


@pytest.fixture
def configured(services: Services) -> Services:
    services.commune.save(HOME)
    return services
