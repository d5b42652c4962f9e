"""The program's clock: moments are aware UTC datetimes, shown in the PC's local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from nursingqc.storage.db import Database


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_time(moment: datetime | None) -> str:
    """A recorded moment as a message shows it: the PC's local time, to the minute."""
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment else ""


class DatedService:
    """A use-case group on the database that also reads the clock: ``today`` for the rules
    (phase weeks, deadlines), ``now`` for the moments it records. Tests pass their own."""

    def __init__(
        self,
        database: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = database
        self._today = today
        self._now = now
