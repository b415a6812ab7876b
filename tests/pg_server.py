"""A real PostgreSQL server for the shared-database tests, started by the tests themselves.

pytest-postgresql's own process fixture runs ``pg_ctl`` as the current user, and
PostgreSQL refuses to run as root — which CI is. So the server is started here from
Debian's ``postgresql`` package (as the ``postgres`` system user when we are root), and
pytest-postgresql's ``DatabaseJanitor`` creates and drops a database per test from a
template migrated once. Password authentication is on for TCP, as on a committee's
server, so wrong passwords and roles are tested for real.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD = "jumelage-test"
CTX_NOT_FOUND = (
    "PostgreSQL's server programs were not found (Debian: apt-get install postgresql); "
    "set TWINNING_PG_BINDIR to the folder holding pg_ctl"
)


def find_bindir() -> Path | None:
    """Where pg_ctl is: TWINNING_PG_BINDIR, Debian's versioned folder, or pg_config."""
    given = os.environ.get("TWINNING_PG_BINDIR")
    if given:
        return Path(given)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version_key)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _version_key(path: str) -> int:
    part = path.split("/")[4]
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """One running cluster; ``url(db)`` is what the app is given."""

    bindir: Path
    datadir: Path
    port: int
    socket_dir: Path
    run_as: str | None

    host: str = "127.0.0.1"
    user: str = SUPERUSER
    password: str = PASSWORD

    def url(self, dbname: str, user: str | None = None, password: str | None = None) -> str:
        who = user or self.user
        secret = self.password if password is None and user is None else password
        auth = f"{who}:{secret}" if secret else who
        return f"postgresql://{auth}@{self.host}:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses={self.host} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-o",
            options,
            "-l",
            str(self.datadir / "server.log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "stop", check=False
        )

    def kill(self) -> None:
        """The server process killed outright (a crash, a pulled plug): no shutdown."""
        pid_file = self.datadir / "postmaster.pid"
        pid = int(pid_file.read_text().split()[0])
        subprocess.run(["kill", "-9", str(pid)], check=True)
        # The postmaster's children notice and leave; wait until the port is free.
        for _ in range(100):
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), 0.1),
            ):
                import time

                time.sleep(0.1)
                continue
            break
        pid_file.unlink(missing_ok=True)
        # The Unix socket's lock file is left behind too; the next start would refuse.
        for stale in self.socket_dir.glob(f".s.PGSQL.{self.port}*"):
            stale.unlink(missing_ok=True)

    def log(self) -> str:
        try:
            return (self.datadir / "server.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    """Start a throw-away cluster in a temporary folder; stopped and removed at the end."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        raise FileNotFoundError(CTX_NOT_FOUND)
    run_as = SUPERUSER if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="twinning-pg-"))
    os.chmod(base, 0o755)
    datadir, socket_dir = base / "data", base / "sockets"
    socket_dir.mkdir()
    pwfile = base / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if run_as:
        shutil.chown(base, run_as)
        shutil.chown(socket_dir, run_as)
        shutil.chown(pwfile, run_as)
    server = Server(bindir, datadir, _free_port(), socket_dir, run_as)
    try:
        server._run(
            str(bindir / "initdb"),
            "-D",
            str(datadir),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        server.start()
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)
