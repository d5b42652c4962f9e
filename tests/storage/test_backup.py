"""Backups are atomic: a killed or failed copy never leaves a file that counts as a backup."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from nursingqc.storage.backup import (
    DAILY_BACKUPS_KEPT,
    KEYS_BACKUP,
    STALE_TEMP_SECONDS,
    TEMP_PREFIX,
    backup_keys,
    backup_sqlite,
    newest_backup,
    take_daily_backup,
)
from nursingqc.storage.exchange_keys import find_signing_key, new_signing_key, store_signing_key
from tests.database_files import backups_on_a_full_disk
from tests.helpers import ROOT


def _database(path: Path, rows: int = 200) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany(
            "INSERT INTO notes (text) VALUES (?)", [(f"第 {n} 条记录" * 20,) for n in range(rows)]
        )
    connection.close()
    return path


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_backup_killed_before_its_rename_leaves_no_backup_and_is_cleaned_later(
    tmp_path: Path,
) -> None:
    source = _database(tmp_path / "h.sqlite3", rows=5000)
    backups = tmp_path / "backups"
    # The copy is complete and fsynced; the process is killed at the last moment, just before
    # the rename that would make it a backup.
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from datetime import date
        from pathlib import Path
        from nursingqc.storage.backup import take_daily_backup

        def stop(source, target):
            print("copied", flush=True)
            time.sleep(60)

        os.replace = stop
        take_daily_backup(Path({str(source)!r}), Path({str(backups)!r}), date(2026, 7, 8))
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "copied"
    finally:
        process.kill()
        process.wait(10)
    left = sorted(path.name for path in backups.iterdir())
    assert len(left) == 1 and left[0].startswith(TEMP_PREFIX)
    assert not list(backups.glob("daily-*.sqlite3")) and newest_backup(source, backups) is None

    young = backups / left[0]
    assert (
        take_daily_backup(source, backups, date(2026, 7, 8))
        == backups / "daily-2026-07-08-h.sqlite3"
    )
    assert young.exists()  # it may still be written by another window starting at this moment
    _age(young, STALE_TEMP_SECONDS + 60)
    take_daily_backup(source, backups, date(2026, 7, 9))
    assert sorted(path.name for path in backups.iterdir()) == [
        "daily-2026-07-08-h.sqlite3",
        "daily-2026-07-09-h.sqlite3",
    ]


def test_a_backup_whose_write_fails_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _database(tmp_path / "h.sqlite3")
    backups_on_a_full_disk(monkeypatch)
    with pytest.raises(sqlite3.OperationalError) as full:
        take_daily_backup(source, tmp_path / "backups", date(2026, 7, 8))
    assert full.value.sqlite_errorname == "SQLITE_FULL"
    assert list((tmp_path / "backups").iterdir()) == []


def test_the_copy_holds_what_the_wal_holds_and_the_source_is_not_touched(tmp_path: Path) -> None:
    source = _database(tmp_path / "h.sqlite3")
    writer = sqlite3.connect(source)
    writer.execute("INSERT INTO notes (text) VALUES ('只在 WAL 里')")
    writer.commit()
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    copy = backup_sqlite(source, tmp_path / "copy.sqlite3")
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before
    writer.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM notes").fetchone() == (201,)
    connection.close()


def test_daily_backups_keep_the_newest_fourteen_among_leftovers(tmp_path: Path) -> None:
    source = _database(tmp_path / "h.sqlite3", rows=1)
    backups = tmp_path / "backups"
    backups.mkdir()
    stale = backups / f"{TEMP_PREFIX}dead-daily-2026-06-30-h.sqlite3"
    stale.write_bytes(b"half a copy")
    _age(stale, STALE_TEMP_SECONDS * 2)
    (backups / "before-upgrade-20260630-080000-h.sqlite3").write_bytes(b"kept")
    start = date(2026, 7, 1)
    for day in range(20):
        take_daily_backup(source, backups, start + timedelta(days=day))
    dailies = sorted(path.name for path in backups.glob("daily-*.sqlite3"))
    assert len(dailies) == DAILY_BACKUPS_KEPT
    assert dailies[0] == "daily-2026-07-07-h.sqlite3"
    assert dailies[-1] == "daily-2026-07-20-h.sqlite3"
    assert not stale.exists()
    assert (backups / "before-upgrade-20260630-080000-h.sqlite3").exists()


def test_the_newest_backup_is_the_newest_daily_copy_else_the_last_written(
    tmp_path: Path,
) -> None:
    database = _database(tmp_path / "h.sqlite3", rows=1)
    backups = tmp_path / "backups"
    backups.mkdir()
    assert newest_backup(database, backups) is None
    (backups / "before-upgrade-20260701-080000-h.sqlite3").write_bytes(b"a")
    _age(backups / "before-upgrade-20260701-080000-h.sqlite3", 100)
    (backups / "before-restore-20260702-080000-h.sqlite3").write_bytes(b"b")
    (backups / f"{TEMP_PREFIX}x-daily-2026-07-09-h.sqlite3").write_bytes(b"c")
    assert newest_backup(database, backups) == backups / "before-restore-20260702-080000-h.sqlite3"
    (backups / "daily-2026-07-01-h.sqlite3").write_bytes(b"d")
    _age(backups / "daily-2026-07-01-h.sqlite3", 1000)
    # a copy before a restore may be of the damaged file itself; a daily copy passed the check
    assert newest_backup(database, backups) == backups / "daily-2026-07-01-h.sqlite3"
    assert newest_backup(database, tmp_path / "none") is None


def test_each_signing_key_is_copied_once_and_a_copy_never_replaced(tmp_path: Path) -> None:
    keys, backups = tmp_path / "keys", tmp_path / "backups"
    department = store_signing_key(keys, "department", new_signing_key())
    (copy,) = backup_keys(keys, backups)
    assert copy == backups / KEYS_BACKUP / "department.key"
    assert copy.read_bytes() == (keys / "department.key").read_bytes()
    assert copy.stat().st_mode & 0o077 == 0
    # Nothing new: nothing copied. A ward PC's key added later gets its copy; a copy that
    # differs (a key restored from elsewhere) is kept for whoever has to choose.
    assert backup_keys(keys, backups) == []
    copy.write_bytes(b"the key restored from an older backup")
    store_signing_key(keys, "ward-2b1f", new_signing_key())
    assert [path.name for path in backup_keys(keys, backups)] == ["ward-2b1f.key"]
    assert copy.read_bytes() == b"the key restored from an older backup"
    kept = find_signing_key(keys, "department")
    assert kept is not None and kept.public_bytes() == department.public_bytes()
    assert find_signing_key(keys, "ward-lost") is None
    assert backup_keys(tmp_path / "no-keys-yet", backups) == []
