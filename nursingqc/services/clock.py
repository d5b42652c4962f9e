"""The program's clock: moments are aware UTC datetimes, shown in the PC's local time."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
