"""A week-1 database (schema 0001) with sheets in it upgrades without losing or changing a score."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from nursingqc.storage.db import Database
from nursingqc.storage.migrate import (
    SCHEMA_REVISION,
    alembic_config,
    current_revision,
    upgrade_database,
)

WEEK_ONE_ROWS = """
INSERT INTO wards (id, code, name, head_nurse_name, group_name, active) VALUES
    (1, 'NK01', '心血管内科', '张丽', '内科片', 1);
INSERT INTO users (id, username, display_name, role, password_hash, active, ward_id) VALUES
    (1, 'nk01', '张丽', 'head_nurse', 'x', 1, 1);
INSERT INTO checklists (id, code, version, name, max_points, is_current) VALUES
    (1, 'SERVICE', 1, '服务态度', 1000, 1);
INSERT INTO checklist_items (id, checklist_id, position, section_title, code, text, points, guide,
    veto) VALUES (1, 1, 0, '服务', 'SV01', '主动迎接', 150, '', 0),
                 (2, 1, 1, '服务', 'SV04', '无投诉', 100, '', 1);
INSERT INTO campaigns (id, name, starts_on, model_ward_count, model_ward_threshold,
    rectification_days) VALUES (1, '2026年7月', '2026-07-06', 3, 900, 7);
INSERT INTO inspections (id, campaign_id, phase, ward_id, checklist_id, inspector_id,
    inspector_name, inspected_on, status, updated_at, submitted_at) VALUES
    (1, 1, 'self_check', 1, 1, 1, '张丽', '2026-07-08', 'draft',
     '2026-07-08 09:30:00.000000', NULL);
INSERT INTO item_results (id, inspection_id, item_id, deduction, not_applicable, veto_failed,
    problem) VALUES (1, 1, 1, 15, 0, 0, '未起身迎接'), (2, 1, 2, 0, 1, 1, '患者投诉');
"""


@pytest.fixture
def week_one_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    # The sheet times of 0001 are in the PC's local time: say the PC is in Beijing.
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone of a running process can only be changed on POSIX")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    database = Database(f"sqlite:///{tmp_path / 'week1.sqlite3'}")
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    database.dispose()
    with sqlite3.connect(tmp_path / "week1.sqlite3") as raw:
        raw.executescript(WEEK_ONE_ROWS)
    yield Database(f"sqlite:///{tmp_path / 'week1.sqlite3'}")
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_week_one_database_upgrades_keeping_every_score(
    week_one_database: Database, tmp_path: Path
) -> None:
    upgrade_database(week_one_database, tmp_path / "backups")
    assert current_revision(week_one_database) == SCHEMA_REVISION
    week_one_database.dispose()
    with sqlite3.connect(tmp_path / "week1.sqlite3") as raw:
        inspection = raw.execute(
            "SELECT version, updated_by, updated_at FROM inspections WHERE id = 1"
        ).fetchone()
        results = raw.execute(
            "SELECT item_id, deduction, not_applicable, veto_failed, problem FROM item_results "
            "ORDER BY item_id"
        ).fetchall()
        users = raw.execute("SELECT failed_logins, locked_until FROM users").fetchall()
    assert inspection == (1, "张丽", "2026-07-08 01:30:00")  # 09:30 in Beijing is 01:30 UTC
    # The deduction stays; the failed veto is kept and its contradictory N/A dropped.
    assert results == [(1, 15, 0, 0, "未起身迎接"), (2, 0, 0, 1, "患者投诉")]
    assert users == [(0, None)]
