"""A new file appears whole or not at all; a half-created one left by an older version is
made again (it holds no data) and never called another application's file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from twinning_desk.db import database
from twinning_desk.db.database import head_revision
from twinning_desk.db.models import Base
from twinning_desk.services.context import Services


def revision(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def test_a_failed_creation_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "comite.sqlite3"

    def killed(_engine: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "_upgrade", killed)
    with pytest.raises(database.DatabaseOpenError) as refused:
        Services.open(target)
    assert "cannot be created" in refused.value.render()
    assert not target.exists()
    monkeypatch.undo()
    services = Services.open(target)
    services.close()
    assert revision(target) == head_revision()
    assert not [p for p in tmp_path.iterdir() if ".creating-" in p.name]


def test_a_half_created_file_is_made_again_and_kept_aside(tmp_path: Path) -> None:
    """What an older version left when killed: some tables, an empty stamp."""
    target = tmp_path / "comite.sqlite3"
    engine = create_engine(f"sqlite:///{target}")
    partial = [t for t in Base.metadata.sorted_tables][:6]
    Base.metadata.create_all(engine, tables=partial)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    engine.dispose()

    services = Services.open(target)
    try:
        assert revision(target) == head_revision()
        [warning] = services.warnings
        assert "half-created" in warning.render()
        assert services.partners.count() == 0
    finally:
        services.close()
    assert (tmp_path / "comite.sqlite3.half-created").exists()


def test_a_file_with_data_is_never_taken_for_half_created(tmp_path: Path) -> None:
    target = tmp_path / "comite.sqlite3"
    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine, tables=[Base.metadata.tables["theme"]])
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO theme (name) VALUES ('Jeunesse')"))
    engine.dispose()
    with pytest.raises(database.DatabaseOpenError) as refused:
        Services.open(target)
    assert "another application" in refused.value.render()
    assert not (tmp_path / "comite.sqlite3.half-created").exists()


CREATE = """
import sys
from pathlib import Path
from twinning_desk.services.context import Services
Services.open(Path(sys.argv[1])).close()
"""


@pytest.mark.slow
def test_killed_while_creating_the_file_is_whole_or_absent(tmp_path: Path) -> None:
    """SIGKILL at several moments of a creation; each time the next open works."""
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", CREATE, str(tmp_path / "timing.sqlite3")], check=True)
    whole = time.monotonic() - started
    interrupted = 0
    for i, fraction in enumerate((0.3, 0.5, 0.7, 0.8, 0.9, 0.95)):
        target = tmp_path / f"killed-{i}.sqlite3"
        child = subprocess.Popen([sys.executable, "-c", CREATE, str(target)])
        time.sleep(whole * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait()
        strays = list(tmp_path.glob(f".{target.name}.creating-*"))
        if strays:
            interrupted += 1
            assert not target.exists(), "a half-built file was renamed into place"
        services = Services.open(target)
        services.close()
        assert revision(target) == head_revision()
        assert not list(tmp_path.glob(f".{target.name}.creating-*")), "stray left behind"
    # Otherwise every kill fell before or after the creation and proved nothing.
    assert interrupted >= 1


DEMO = """
import sys
from pathlib import Path
from twinning_desk.services.context import Services
from twinning_desk.services.demo import load_demo
services = Services.open(Path(sys.argv[1]))
print("open", flush=True)
load_demo(services)
services.close()
"""


@pytest.mark.slow
def test_killed_demo_leaves_the_file_empty_or_full_and_can_run_again(tmp_path: Path) -> None:
    from twinning_desk.services.demo import load_demo

    reference = Services.open(tmp_path / "reference.sqlite3")
    load_demo(reference)
    full = reference.partners.count()
    reference.close()
    empty_seen = 0
    for i, delay in enumerate((0.05, 0.15, 0.3, 0.6)):
        target = tmp_path / f"demo-{i}.sqlite3"
        Services.open(target).close()
        child = subprocess.Popen(
            [sys.executable, "-c", DEMO, str(target)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"  # the demo is starting now
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        services = Services.open(target, force=True)
        try:
            count = services.partners.count()
            assert count in (0, full), f"half a demo: {count} partners"
            if count == 0:
                empty_seen += 1
                load_demo(services)  # and it can run again
                assert services.partners.count() == full
        finally:
            services.close()
    assert empty_seen >= 1, "no kill landed during the demo"
