"""A summary text saved before schema 0009 upgrades as the department's own save, not a draft,
and keeps its version: a save written on it goes through, an older one is still refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import ConcurrentChange
from nursingqc.services.summary import SummaryService, SummaryText
from nursingqc.storage.db import Database
from nursingqc.storage.migrate import (
    SCHEMA_REVISION,
    current_revision,
    upgrade_database,
)

ROWS = """
INSERT INTO hospital (id, name) VALUES (1, '测试市人民医院');
INSERT INTO campaigns (id, name, starts_on, model_ward_count, model_ward_threshold,
    rectification_days) VALUES (1, '七月', '2026-07-06', 3, 900, 7);
INSERT INTO campaign_phases (campaign_id, kind, starts_on, ends_on, state) VALUES
    (1, 'summary', '2026-07-27', '2026-08-02', 'open');
INSERT INTO summary_notes (id, campaign_id, cause_analysis, conclusions, next_steps, version,
    updated_by, updated_at) VALUES
    (1, 1, '人：培训不足', '总体良好', '加强培训', 3, '护理部 王主任',
     '2026-07-28 02:00:00.000000');
"""

ADMIN = Actor(1, "admin", "护理部 李干事", Role.ADMIN)


def test_a_text_saved_before_drafts_is_no_draft_and_keeps_its_version(
    tmp_path: Path, old_database: Callable[[str, str], Database]
) -> None:
    database = old_database("0008", ROWS)
    path = database.path
    assert path is not None

    upgrade_database(database, tmp_path / "backups")

    assert current_revision(database) == SCHEMA_REVISION
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version, draft FROM summary_notes").fetchall() == [(3, 0)]
    summary = SummaryService(database)
    with pytest.raises(ConcurrentChange) as stale:
        summary.save_draft(ADMIN, 1, SummaryText(conclusions="旧的", version=2))
    assert stale.value.changed_by == "护理部 王主任"
    saved = summary.save_draft(
        ADMIN, 1, SummaryText("人：培训不足", "总体良好，仍需改进", "加强培训", version=3)
    )
    assert (saved.version, saved.draft, saved.updated_by) == (4, True, "护理部 李干事")
    database.dispose()
