"""A throwaway PostgreSQL server for the tests that run the services on a shared server.

``pytest --database postgresql`` starts one server for the whole run in a temporary folder,
listening only on a Unix socket there (no port to collide with), and gives every test its own
database cloned from a migrated template. The server binaries come from Debian's ``postgresql``
package, which ``dev.py test`` installs. PostgreSQL refuses to run as root, so under root (CI) the
server runs as the ``postgres`` account the package creates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

#: Where Debian puts the server programs (they are not on PATH there).
DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"
SOCKET_WAIT_SECONDS = 30


def server_binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/").glob(DEBIAN_BINARIES.lstrip("/")), reverse=True)
    return candidates[0] if candidates else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.name == "posix" and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _run(command: list[str]) -> None:
    """Runs a server program; its own words, not only an exit code, when it fails."""
    done = subprocess.run(_as_server_user(command), capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr or done.stdout}")


@contextmanager
def running_server() -> Iterator[str]:
    """Yields the SQLAlchemy URL of the server's ``postgres`` database; stops it afterwards."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server programs (pg_ctl, initdb) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="nursingqc-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    try:
        sockets.mkdir()
        if os.name == "posix" and os.geteuid() == 0:
            shutil.chown(folder, "postgres")
            shutil.chown(sockets, "postgres")
        initdb = [str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
        _run([*initdb, "--encoding=UTF8", "--no-locale"])
        # fsync off: a test server that loses its data in a power cut loses nothing of value.
        options = f'-c listen_addresses= -k "{sockets}" -c fsync=off -c max_connections=200'
        log = str(folder / "log")
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", log, "start"])
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        deadline = time.monotonic() + SOCKET_WAIT_SECONDS
        while not any(sockets.glob(".s.PGSQL.*")) and time.monotonic() < deadline:
            time.sleep(0.1)
        yield f"postgresql+psycopg://postgres@/postgres?host={quote(str(sockets))}"
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)
