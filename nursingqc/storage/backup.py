"""Consistent copies of a SQLite database: before upgrades, daily at start (kept 14), on request."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

DAILY_BACKUPS_KEPT = 14
DAILY_PREFIX = "daily-"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy with SQLite's online backup API: the WAL's pages are included, nothing tears."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def take_daily_backup(source: Path, backup_dir: Path, today: date | None = None) -> Path | None:
    """The first start of a day copies the database; only the newest 14 daily copies are kept."""
    day = (today or date.today()).isoformat()
    target = backup_dir / f"{DAILY_PREFIX}{day}.sqlite3"
    if target.exists() or not source.exists():
        return None
    backup_sqlite(source, target)
    dailies = sorted(backup_dir.glob(f"{DAILY_PREFIX}*.sqlite3"))
    for old in dailies[:-DAILY_BACKUPS_KEPT]:
        old.unlink()
    return target
