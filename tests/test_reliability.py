"""Nothing lost: backups and their rotation, restore, damaged files, locks, read-only
files, a full disk, and a process killed in the middle of its writes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from twinning_desk.db import backup as backups
from twinning_desk.db.database import CorruptDatabaseError, StorageError
from twinning_desk.db.lock import DatabaseLock, DatabaseLockedError, LockInfo
from twinning_desk.services.context import Services, restore_backup
from twinning_desk.services.demo import load_demo
from twinning_desk.services.geo import Gazetteer
from twinning_desk.services.partners import PartnerData


def names(services: Services) -> list[str]:
    return sorted(r.name for r in services.partners.rows())


def test_backup_lists_what_it_holds(services: Services, tmp_path: Path) -> None:
    load_demo(services)
    services.backup_dir = tmp_path / "backups"
    target = services.backup_now()
    [info] = services.list_backups()
    assert info.path == target and info.reason == "manual"
    assert (info.partners, info.delegations) == (6, 5)
    assert info.events is not None and info.events >= 5
    assert info.budget_lines is not None and info.budget_lines >= 9
    assert backups.integrity_problem(target) is None


def test_rotation_keeps_seven_days_and_eight_weeks(services: Services, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(70):
        for hour in (9, 18):
            backups.make_backup(
                services.db.path, root, "open", now=start + timedelta(days=day, hours=hour - 9)
            )
    backups.rotate(services.db.path, root)
    kept = backups.list_backups(services.db.path, root)
    newest = start + timedelta(days=69, hours=9)
    assert kept[0].created == newest
    recent, older = kept[:10], kept[10:]
    # The ten newest: both copies of each of the last five days.
    assert [b.created for b in recent] == [
        newest - timedelta(days=i // 2, hours=9 * (i % 2)) for i in range(10)
    ]
    assert all(b.created.hour == 18 for b in older)  # beyond them, the newest of each day
    days = {b.created.date() for b in kept}
    assert all((newest - timedelta(days=d)).date() in days for d in range(7))
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) == 8
    assert len(older) == len({b.created.date() for b in older})
    assert len(kept) <= 10 + 7 + 8
    assert min(b.created for b in kept) > newest - timedelta(weeks=8)


def test_automatic_backups_on_open_and_close(db_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    first = Services.open(db_path, root, automatic_backups=True)  # new file: nothing to copy
    first.partners.save(PartnerData(name="Łódź", country_code="PL"))
    first.close()
    second = Services.open(db_path, root, automatic_backups=True)
    reasons = sorted(b.reason for b in second.list_backups())
    second.close()
    assert reasons == ["open", "quit"]


def test_restore_and_undo_the_restore(services: Services, tmp_path: Path) -> None:
    services.backup_dir = tmp_path / "backups"
    services.partners.save(PartnerData(name="Łódź", country_code="PL"))
    saved = services.backup_now()
    services.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    restored = restore_backup(services, saved)
    try:
        assert names(restored) == ["Łódź"]
        before = [b for b in restored.list_backups() if b.reason == "before-restore"]
        assert len(before) == 1 and before[0].partners == 2
        again = restore_backup(restored, before[0].path)
        assert names(again) == ["Kenilworth", "Łódź"]
        again.close()
    finally:
        restored.close()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_damaged_file_is_refused_untouched_and_last_good_backup_restored(
    db_path: Path, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    s = Services.open(db_path, root)
    s.partners.save_many(
        [PartnerData(name=f"Village {i}", country_code="FR", notes="x" * 500) for i in range(300)]
    )
    s.backup_now()
    s.close()
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        Services.open(db_path, root)
    assert db_path.read_bytes() == damaged
    info = backups.restore_last_good(db_path, root)
    assert info is not None
    assert list(tmp_path.glob("committee.damaged-*.sqlite3"))  # kept aside, not deleted
    again = Services.open(db_path, root)
    assert again.partners.count() == 300
    again.close()


def test_not_sqlite_file_check(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"\x00" * 10_000)
    assert backups.integrity_problem(path) == "not an SQLite database"


def test_lock_held_elsewhere_then_stale_then_forced(db_path: Path) -> None:
    Services.open(db_path).close()
    lock = DatabaseLock(db_path)
    other = {"user": "marie", "host": "mairie-pc-2", "pid": 4242, "since": "2026-11-20T10:00:00"}
    lock.path.write_text(json.dumps(other))
    with pytest.raises(DatabaseLockedError, match="marie on mairie-pc-2"):
        Services.open(db_path)
    old = time.time() - 3600
    os.utime(lock.path, (old, old))  # not refreshed for an hour: a crashed laptop
    s = Services.open(db_path)
    assert json.loads(lock.path.read_text())["pid"] == os.getpid()
    s.close()
    assert not lock.path.exists()
    lock.path.write_text(json.dumps(other))
    forced = Services.open(db_path, force=True)
    forced.close()


def test_lock_of_a_dead_process_on_this_machine_is_cleared(db_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock = DatabaseLock(db_path)
    mine = LockInfo.mine()
    lock.path.write_text(
        json.dumps(
            {"user": mine.user, "host": mine.host, "pid": int(dead.stdout), "since": mine.since}
        )
    )
    Services.open(db_path).close()


def test_read_only_open_writes_nothing(db_path: Path) -> None:
    s = Services.open(db_path)
    s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    s.close()
    before = db_path.read_bytes()
    ro = Services.open(db_path, read_only=True)
    assert ro.read_only and names(ro) == ["Łódź"]
    with pytest.raises(StorageError, match="read-only"):
        ro.partners.save(PartnerData(name="Kenilworth", country_code="GB"))
    ro.close()
    assert db_path.read_bytes() == before
    assert not DatabaseLock(db_path).path.exists()


def test_full_disk_is_a_clear_message_and_loses_nothing(services: Services) -> None:
    services.partners.save(PartnerData(name="Łódź", country_code="PL"))
    services.db.engine.dispose()

    @event.listens_for(services.db.engine, "connect")
    def _small_disk(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    big = [PartnerData(name=f"T{i}", country_code="FR", notes="n" * 4000) for i in range(200)]
    with pytest.raises(StorageError, match="full"):
        services.partners.save_many(big)
    assert names(services) == ["Łódź"]


WRITER = r"""
import sys
from pathlib import Path
from twinning_desk.services.context import Services
from twinning_desk.services.partners import PartnerData
s = Services.open(Path(sys.argv[1]))
i = 0
while True:
    i += 1
    s.partners.save(PartnerData(name=f"Town {i}", country_code="DE", notes="x" * (i % 700)))
    print(i, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", [0.05, 0.7, 1.9])
def test_killed_writer_loses_no_committed_record(db_path: Path, delay: float) -> None:
    Services.open(db_path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # started and committing (a cold start can take seconds)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    committed = [int(line) for line in (first + out).split()]
    assert committed, "the writer committed nothing before being killed"
    assert backups.integrity_problem(db_path) is None
    conn = sqlite3.connect(db_path)
    try:
        stored = {row[0] for row in conn.execute("SELECT name FROM partner")}
    finally:
        conn.close()
    assert {f"Town {i}" for i in committed} <= stored
    # At most the one transaction under way when the signal came is beyond the last print.
    assert len(stored) - len(committed) in (0, 1)


def test_a_backup_that_cannot_be_written_does_not_lock_the_committee_out(
    db_path: Path, tmp_path: Path
) -> None:
    Services.open(db_path).close()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    s = Services.open(db_path, blocked, automatic_backups=True)
    try:
        assert s.warnings and "backup" in s.warnings[0].render().lower()
        s.partners.save(PartnerData(name="Łódź", country_code="PL"))
    finally:
        s.close()  # the failing backup on close is logged, not raised
    assert names(Services.open(db_path)) == ["Łódź"]


def test_a_file_on_a_read_only_medium_opens_read_only_with_every_tab(
    tmp_path: Path, qtbot: Any
) -> None:
    """A write-protected USB stick: SQLite cannot create the WAL index there; the file is
    sound and must open read-only, not be called damaged, and every tab must fill."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTableView

    from twinning_desk.ui.app.main_window import MainWindow

    stick = tmp_path / "stick"
    stick.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "tmpfs", str(stick)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        path = stick / "comite.sqlite3"
        s = Services.open(path)
        load_demo(s)
        s.close()
        assert subprocess.run(["mount", "-o", "remount,ro", str(stick)]).returncode == 0
        ro = Services.open(path, read_only=True)
        try:
            assert ro.read_only and len(names(ro)) == 6
            window = MainWindow(
                ro,
                Gazetteer(tmp_path / "g.sqlite3"),
                QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
            )
            qtbot.addWidget(window)
            assert window.tabs is not None
            for index in range(1, window.tabs.count()):  # the tables (0 is the home tab)
                window.tabs.setCurrentIndex(index)
                view = window.tabs.currentWidget().findChild(QTableView)
                assert view is not None and view.model().rowCount() > 0, index
            assert "read-only" in window.windowTitle()
            window.close()
        finally:
            ro.close()
    finally:
        subprocess.run(["umount", "-l", str(stick)])


def test_showing_the_budget_of_a_read_only_file_writes_nothing(db_path: Path) -> None:
    """A file whose chart of accounts was never seeded (made before the chart existed)
    shows the built-in chart read-only instead of failing on a write."""
    Services.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM budget_category")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    ro = Services.open(db_path, read_only=True)
    try:
        codes = [code for code, _label, _kind in ro.budget.categories()]
        assert codes[:3] == ["60", "61", "62"] and "74" in codes
    finally:
        ro.close()
    assert db_path.read_bytes() == before
    rw = Services.open(db_path)  # opened for writing, the chart is seeded at once
    try:
        with rw.db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM budget_category").scalar() > 20
    finally:
        rw.close()
