"""One writer at a time, even over a shared folder.

SQLite locks protect each transaction, but two secretaries editing the same file from two
laptops would still overwrite each other's work. A small ``.lock`` file beside the
database names who holds it; the holder refreshes it every minute. A lock is stale when
its process is gone (same machine) or when it was not refreshed for ten minutes
(another machine, whose processes we cannot see).
"""

from __future__ import annotations

import contextlib
import ctypes
import getpass
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from twinning_desk.core.errors import TwinningError
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

STALE_AFTER_SECONDS = 600
REFRESH_SECONDS = 60


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def mine(cls) -> LockInfo:
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = "?"
        return cls(
            user, socket.gethostname(), os.getpid(), datetime.now().isoformat("T", "seconds")
        )


class DatabaseLockedError(TwinningError):
    def __init__(self, info: LockInfo, path: Path) -> None:
        super().__init__(
            Message(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is in use by {user} on {host} since {since}. Open it read-only, "
                    "or wait until they close it.",
                ),
                {
                    "path": str(path),
                    "user": info.user,
                    "host": info.host,
                    "since": info.since.replace("T", " "),
                },
            )
        )
        self.info = info


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = self.db_path.with_name(self.db_path.name + ".lock")
        self.held = False

    def read(self) -> LockInfo | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockInfo(
                str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def is_stale(self, info: LockInfo) -> bool:
        me = LockInfo.mine()
        if info.host == me.host:
            return info.pid == me.pid or not _pid_alive(info.pid)
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return True
        return age > STALE_AFTER_SECONDS

    def holder(self) -> LockInfo | None:
        """Who holds the file now, or None when it is free (or the lock stale)."""
        if not self.path.exists():
            return None
        info = self.read()
        if info is None or self.is_stale(info):
            return None
        if info.pid == os.getpid() and info.host == LockInfo.mine().host:
            return None
        return info

    def acquire(self, force: bool = False) -> None:
        info = self.holder()
        if info is not None and not force:
            raise DatabaseLockedError(info, self.db_path)
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}")
        try:
            tmp.write_text(json.dumps(asdict(LockInfo.mine())), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            # A read-only folder: nobody can write here, so nobody needs the lock.
            tmp.unlink(missing_ok=True)
            return
        self.held = True

    def refresh(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        if not self.held:
            return
        info = self.read()
        if info is not None and info.pid == os.getpid():
            self.path.unlink(missing_ok=True)
        self.held = False
