"""Shared fixtures: a real SQLite file in a temporary folder, services over it."""

from __future__ import annotations

import os

# The offscreen screen is a 1366×768 laptop (the commonest in town halls), not Qt's
# default 800×800, so that sizes are tested on the screen committees have.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from twinning_desk.paths import AppPaths  # noqa: E402
from twinning_desk.services.commune import CommuneProfile  # noqa: E402
from twinning_desk.services.context import Services  # noqa: E402
from twinning_desk.services.geo import Gazetteer  # noqa: E402

# Fixtures that build the real gazetteer (about ten seconds, once per run).
_GAZETTEER_FIXTURES = {"full_gazetteer", "home_gazetteer"}


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


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    s = Services.open(db_path)
    yield s
    s.close()


HOME = CommuneProfile(
    name="Saint-Aubin-sur-Loire",
    country_code="FR",
    latitude=47.3941,
    longitude=0.6848,  # Tours
)


@pytest.fixture
def configured(services: Services) -> Services:
    services.commune.save(HOME)
    return services
