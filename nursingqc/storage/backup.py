"""Consistent copies of a SQLite database: before upgrades, daily at start (kept 14), on request.

Every copy is written under a temporary name in the target folder, flushed to the disk, and only
then renamed into place: a copy that failed or was killed half-way never looks like a backup.

Several databases may share one folder, and so its ``backups`` folder: each copy is named
``<kind>-<stamp>-<database file name>`` (``daily-2026-07-08-nursingqc.sqlite3``), so each database
keeps its own 14 daily copies and a damaged one is only ever offered a copy of itself.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from nursingqc.storage.db import read_only_connection

log = logging.getLogger(__name__)

DAILY_BACKUPS_KEPT = 14
#: The kinds of backup the program writes: daily at start, before an upgrade, before a restore.
DAILY, BEFORE_UPGRADE, BEFORE_RESTORE = "daily", "before-upgrade", "before-restore"
KINDS = (DAILY, BEFORE_UPGRADE, BEFORE_RESTORE)
#: Each kind's stamp, exactly: a day, or a date and time (``20260708-080000``). Exact stamps make
#: a name say unambiguously whose copy it is, whatever the database files are called.
_TIME_STAMP = r"\d{8}-\d{6}"
_STAMPS = {DAILY: r"\d{4}-\d{2}-\d{2}", BEFORE_UPGRADE: _TIME_STAMP, BEFORE_RESTORE: _TIME_STAMP}
#: The first bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: A copy being written; never taken for a backup, whatever it was meant to become.
TEMP_PREFIX = "incomplete-"
#: A temporary copy older than this was left by a killed or failed backup. Younger ones may still
#: be written by another NursingQC window that started at the same moment, so they are left alone.
STALE_TEMP_SECONDS = 3600


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    """Makes the rename itself survive a power cut; Windows cannot open a folder and needs not."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_temporaries(folder: Path, now: float | None = None) -> None:
    """Deletes what killed or failed backups left in ``folder``; a file still in use is skipped."""
    limit = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    for stale in folder.glob(f"{TEMP_PREFIX}*"):
        try:
            if stale.stat().st_mtime < limit:
                stale.unlink()
                log.info("removed %s, left by an unfinished backup", stale)
        except OSError:
            log.warning("could not remove %s", stale, exc_info=True)


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """``write`` fills a temporary file beside ``target``, which then replaces ``target`` whole."""
    temporary = target.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}-{target.name}")
    try:
        write(temporary)
        _fsync_file(temporary)
        temporary.replace(target)  # os.replace: atomic, and overwrites on Windows too
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


#: The folder, inside a database's backups folder, that keeps a copy of each signing key.
KEYS_BACKUP = "keys"


def backup_keys(keys_folder: Path, backup_dir: Path) -> list[Path]:
    """Copies each signing key of ``keys_folder`` (``storage.exchange_keys``) not yet in
    ``backup_dir/keys`` there, readable by this account only; returns the copies made.

    A key is written once and never replaced, so one copy of each is a whole backup, and a
    copy already there is left as it is. Without the department's key every ward PC refuses
    the department's packages (docs/decisions.md, exchange keys).
    """
    target = backup_dir / KEYS_BACKUP
    copies: list[Path] = []
    for key in sorted(keys_folder.glob("*.key")) if keys_folder.is_dir() else []:
        copy = target / key.name
        if copy.exists():
            continue
        target.mkdir(parents=True, exist_ok=True)
        data = key.read_bytes()

        def write(temporary: Path, data: bytes = data) -> None:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            descriptor = os.open(temporary, flags, 0o600)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)

        copies.append(write_atomically(copy, write))
        log.info("signing key %s copied to %s", key, copy)
    return copies


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy with SQLite's online backup API: the WAL's pages are included, nothing tears.

    The source is opened read-only, so backing up never changes it. Raises ``sqlite3.Error`` or
    ``OSError`` (disk full, read-only folder…) with nothing left at ``target``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)

    def copy(temporary: Path) -> None:
        with (
            closing(read_only_connection(source)) as src,
            closing(sqlite3.connect(temporary)) as dst,
        ):
            src.backup(dst)

    return write_atomically(target, copy)


def copy_file(source: Path, target: Path) -> Path:
    """A byte-for-byte copy, for a database too damaged for the backup API to read."""
    target.parent.mkdir(parents=True, exist_ok=True)

    def copy(temporary: Path) -> None:
        shutil.copyfile(source, temporary)

    return write_atomically(target, copy)


def backup_name(kind: str, stamp: str, database: Path) -> str:
    """``<kind>-<stamp>-<database file name>``: the copy says whose it is (see the module)."""
    return f"{kind}-{stamp}-{database.name}"


def timed_backup_name(kind: str, database: Path) -> str:
    """The name of a copy taken now, before an upgrade or a restore."""
    return backup_name(kind, datetime.now().strftime("%Y%m%d-%H%M%S"), database)


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _sole_database(database: Path) -> bool:
    """No other SQLite file lies beside ``database``: unnamed old backups can only be its own."""
    return not any(
        other.name != database.name and other.is_file() and _is_sqlite_file(other)
        for other in database.parent.iterdir()
    )


def _stamp_of(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def backups_of(database: Path, backup_dir: Path, kinds: tuple[str, ...] = KINDS) -> list[Path]:
    """The backups of ``database`` in ``backup_dir``, oldest stamp first.

    Another database's copies never count, even in a shared folder. Copies named before names
    carried the database (``daily-2026-07-08.sqlite3``) count only where ``database`` is the sole
    database in its folder, so there is no doubt whose they are.
    """
    if not backup_dir.is_dir():
        return []
    stamp = "|".join(f"{re.escape(kind)}-({_STAMPS[kind]})" for kind in kinds)
    stamped = re.compile(f"(?:{stamp})-{re.escape(database.name)}")
    unnamed = re.compile(rf"(?:{stamp})\.sqlite3")
    found: list[tuple[str, Path]] = []
    old_style: list[tuple[str, Path]] = []
    for path in backup_dir.iterdir():
        if match := stamped.fullmatch(path.name):
            found.append((_stamp_of(match), path))
        elif match := unnamed.fullmatch(path.name):
            old_style.append((_stamp_of(match), path))
    if old_style and _sole_database(database):
        found += old_style
    return [path for _stamp, path in sorted(found)]


def _daily_backup(source: Path, backup_dir: Path, today: date | None) -> Path:
    return backup_dir / backup_name(DAILY, (today or date.today()).isoformat(), source)


def daily_backup_due(source: Path, backup_dir: Path, today: date | None = None) -> bool:
    """True until the day's copy of ``source`` has been taken: at the first start of a day."""
    return not _daily_backup(source, backup_dir, today).exists()


def take_daily_backup(source: Path, backup_dir: Path, today: date | None = None) -> Path | None:
    """The first start of a day copies the database; only its newest 14 daily copies are kept."""
    target = _daily_backup(source, backup_dir, today)
    if target.exists() or not source.exists():
        return None
    if backup_dir.is_dir():
        remove_stale_temporaries(backup_dir)
    backup_sqlite(source, target)
    for old in backups_of(source, backup_dir, (DAILY,))[:-DAILY_BACKUPS_KEPT]:
        old.unlink()
    return target


def newest_backup(database: Path, backup_dir: Path) -> Path | None:
    """The backup to offer when ``database`` is damaged: its newest daily copy, else its most
    recently written copy of another kind (before an upgrade or a restore); None without any.

    A daily copy comes first: it was taken from a file that passed the start-up check, where the
    copy before a restore may be of the very file that was damaged.
    """
    for kinds in ((DAILY,), (BEFORE_UPGRADE, BEFORE_RESTORE)):
        backups = backups_of(database, backup_dir, kinds)
        if backups:
            return max(backups, key=lambda path: path.stat().st_mtime)
    return None
