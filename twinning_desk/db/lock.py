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
import hashlib
import json
import os
import socket
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from twinning_desk.core.errors import TwinningError
from twinning_desk.i18n import QT_TRANSLATE_NOOP, Message

STALE_AFTER_SECONDS = 600
REFRESH_SECONDS = 60
# An empty or half-written lock file this young is someone taking the lock.
WRITING_SECONDS = 5


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
        if info is None:
            # Being written by its new holder (another machine) this very moment?
            try:
                young = time.time() - self.path.stat().st_mtime < WRITING_SECONDS
            except OSError:
                return None
            return LockInfo("?", "?", 0, "") if young else None
        if self.is_stale(info):
            return None
        if info.pid == os.getpid() and info.host == LockInfo.mine().host:
            return None
        return info

    def _guard(self) -> FileLock:
        """Serialises look-then-take between processes of this machine (an OS lock,
        released by the system if the process dies). Kept in the temporary folder, so
        that nothing but the ``.lock`` file is left beside the database."""
        key = hashlib.sha1(str(self.db_path.resolve()).encode()).hexdigest()[:16]
        return FileLock(Path(tempfile.gettempdir()) / f"twinning-desk-{key}.guard", timeout=15)

    def acquire(self, force: bool = False) -> None:
        """Take the file, or say who has it.

        Two processes looking at a free file at the same moment used to both take it
        (look, then replace). Now the look and the take happen under an OS lock shared by
        the processes of this machine, and the file is created with O_EXCL, which only
        one of two machines on a network share can win."""
        try:
            guard = self._guard()
            guard.acquire()
        except (OSError, Timeout):
            guard = None  # no usable temporary folder: O_EXCL alone still decides
        try:
            info = self.holder()
            if info is not None and not force:
                raise DatabaseLockedError(info, self.db_path)
            try:
                # Stale, ours from a crash, or taken over on request.
                self.path.unlink(missing_ok=True)
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                other = self.read() or LockInfo("?", "?", 0, "")
                raise DatabaseLockedError(other, self.db_path) from None
            except OSError:
                # A read-only folder: nobody can write here, so nobody needs the lock.
                return
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(asdict(LockInfo.mine())))
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
        finally:
            if guard is not None:
                guard.release()

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
