"""SQLite files as a bad disk, a full disk or a busy month leave them, and snapshots of a folder
to show that nothing in it changed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from nursingqc.services.container import Services
from nursingqc.storage.backup import TEMP_PREFIX


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def damage(path: Path, table: str = "checklist_items") -> None:
    """Overwrites the header of one table's first page, as a bad disk sector would."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size + 8)
        file.write(b"\xff" * 64)


def with_a_month_of_audit_entries(path: Path, entries: int = 3000) -> Path:
    """Fills the audit log as a month of ward work does: long Chinese reasons, many pages."""
    reason = "护士长补录自查结果：床单位整理不到位，已于当日组织科室培训并复查。" * 4
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            "INSERT INTO audit_log (username, action, entity, entity_id, before, after, reason) "
            "VALUES (?, 'update', 'item_result', ?, '{}', '{}', ?)",
            [(f"nk{n % 40:02d}", n, f"{reason}（第 {n} 条）") for n in range(entries)],
        )
    return path


def scramble(path: Path, pages: int = 20) -> None:
    """Writes over the middle of many of the audit log's pages (the file's second half), as a
    failing disk would: SQLite's check then finds dozens of problems."""
    with sqlite3.connect(path) as connection:
        page_size, count = connection.execute(
            "SELECT page_size, page_count FROM pragma_page_size, pragma_page_count"
        ).fetchone()
    connection.close()
    with path.open("r+b") as file:
        for page in range(count // 2, count // 2 + pages):
            file.seek(page * page_size + 200)
            file.write(b"\x07" * 600)


def backups_on_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each copy a backup writes (named with ``TEMP_PREFIX``) may grow to two pages only: SQLite
    reports its disk full, as a full backup drive would."""
    real_connect = sqlite3.connect

    def connect(database: str | os.PathLike[str], *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = real_connect(database, *args, **kwargs)
        if TEMP_PREFIX in str(database):
            connection.execute("PRAGMA max_page_count=2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)


def mount_small_disk(folder: Path) -> None:
    folder.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"a small disk cannot be mounted here ({error}); needs root and tmpfs")


@contextlib.contextmanager
def disk_full(services: Services) -> Iterator[None]:
    """Fills the database's disk to the last byte, then frees it again.

    The write-ahead log is emptied first: SQLite reuses a checkpointed log in place, so a small
    write could otherwise still fit in space the log already holds."""
    path = services.database.path
    assert path is not None
    with contextlib.closing(sqlite3.connect(path)) as connection:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    filler = path.with_name("filler.bin")
    with filler.open("wb", buffering=0) as file, contextlib.suppress(OSError):
        while True:
            file.write(b"\0" * 4096)
    assert os.statvfs(path.parent).f_bavail == 0
    try:
        yield
    finally:
        filler.unlink()
