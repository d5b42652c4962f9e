"""A campaign published before schema 0007 keeps the names of the day it was upgraded."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from nursingqc.storage.db import Database
from nursingqc.storage.migrate import upgrade_database

ROWS = """
INSERT INTO hospital (id, name) VALUES (1, '测试市人民医院');
INSERT INTO wards (id, code, name, head_nurse_name, group_name, active) VALUES
    (1, 'NK01', '心血管内科', '张丽', '', 1), (2, 'WK01', '普通外科', '李娜', '', 1);
INSERT INTO campaigns (id, name, starts_on, model_ward_count, model_ward_threshold,
    rectification_days) VALUES (1, '六月', '2026-06-01', 3, 900, 7),
                               (2, '七月', '2026-07-06', 3, 900, 7);
INSERT INTO campaign_phases (campaign_id, kind, starts_on, ends_on, state) VALUES
    (1, 'summary', '2026-06-22', '2026-06-28', 'closed'),
    (2, 'summary', '2026-07-27', '2026-08-02', 'open');
INSERT INTO campaign_wards (campaign_id, ward_id) VALUES (1, 1), (1, 2), (2, 1);
"""


def test_published_campaigns_get_todays_names_and_open_ones_none(
    tmp_path: Path, old_database: Callable[[str, str], Database]
) -> None:
    database = old_database("0006", ROWS)
    path = database.path
    assert path is not None

    upgrade_database(database, tmp_path / "backups")
    database.dispose()

    with sqlite3.connect(path) as raw:
        hospitals = raw.execute("SELECT id, printed_hospital FROM campaigns ORDER BY id").fetchall()
        wards = raw.execute(
            "SELECT campaign_id, printed_code, printed_name, printed_head_nurse "
            "FROM campaign_wards ORDER BY campaign_id, ward_id"
        ).fetchall()
    assert hospitals == [(1, "测试市人民医院"), (2, None)]
    assert wards == [
        (1, "NK01", "心血管内科", "张丽"),
        (1, "WK01", "普通外科", "李娜"),
        (2, None, None, None),
    ]
