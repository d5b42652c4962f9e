"""Consistent copies of a SQLite database: before upgrades, daily at start (kept 14), on request.

Every copy is written under a temporary name in the target folder, flushed to the disk, and only
then renamed into place: a copy that failed or was killed half-way never looks like a backup.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

from nursingqc.storage.db import read_only_connection

log = logging.getLogger(__name__)

DAILY_BACKUPS_KEPT = 14
DAILY_PREFIX = "daily-"
#: Every kind of backup the program writes; the newest is the one to offer after damage.
BACKUP_PATTERNS = ("daily-*.sqlite3", "before-upgrade-*.sqlite3", "before-restore-*.sqlite3")
#: A copy being written; never matches BACKUP_PATTERNS, whatever it was meant to become.
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


def take_daily_backup(source: Path, backup_dir: Path, today: date | None = None) -> Path | None:
    """The first start of a day copies the database; only the newest 14 daily copies are kept."""
    day = (today or date.today()).isoformat()
    target = backup_dir / f"{DAILY_PREFIX}{day}.sqlite3"
    if target.exists() or not source.exists():
        return None
    if backup_dir.is_dir():
        remove_stale_temporaries(backup_dir)
    backup_sqlite(source, target)
    dailies = sorted(backup_dir.glob(f"{DAILY_PREFIX}*.sqlite3"))
    for old in dailies[:-DAILY_BACKUPS_KEPT]:
        old.unlink()
    return target


def newest_backup(backup_dir: Path) -> Path | None:
    """The most recently written backup of any kind, or None when there is none."""
    if not backup_dir.is_dir():
        return None
    backups = [path for pattern in BACKUP_PATTERNS for path in backup_dir.glob(pattern)]
    return max(backups, key=lambda path: path.stat().st_mtime, default=None)
