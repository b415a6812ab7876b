"""The lock is a lock: processes racing for one file, one of them wins, every time."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from twinning_desk.db.lock import DatabaseLock

RACER = """
import sys, time
from pathlib import Path
from twinning_desk.db.lock import DatabaseLock, DatabaseLockedError
lock = DatabaseLock(Path(sys.argv[1]))
start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    lock.acquire()
except DatabaseLockedError:
    print("refused", flush=True)
else:
    print("held", flush=True)
    time.sleep(1.0)
    lock.release()
"""


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.slow
@pytest.mark.parametrize("stale", [False, True], ids=["free file", "stale lock left"])
def test_four_processes_at_once_one_holder(tmp_path: Path, stale: bool) -> None:
    import socket

    db = tmp_path / "comite.sqlite3"
    db.touch()
    for trial in range(6):
        lock = DatabaseLock(db)
        if stale:
            lock.path.write_text(
                json.dumps(
                    {
                        "user": "ancien",
                        "host": socket.gethostname(),
                        "pid": dead_pid(),
                        "since": "2026-01-01T09:00:00",
                    }
                )
            )
        start = time.time() + 1.5
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(db), str(start)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        results = []
        for racer in racers:
            out, _ = racer.communicate(timeout=60)
            results.append(out.strip())
        assert sorted(results) == ["held", "refused", "refused", "refused"], (trial, results)
        assert not lock.path.exists(), "the winner's release left the lock behind"
