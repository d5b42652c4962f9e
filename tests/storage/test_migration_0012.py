"""Schema 0012 gives every record that travels in exchange packages a stable id (rules §14): a
database of 0011 with sheets, rectification items, their history and photos upgrades with a
distinct UUID on each row, nothing exchanged yet and the PC unenrolled, and downgrades again
with every row kept."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from nursingqc.services.container import open_services
from nursingqc.storage.migrate import SCHEMA_REVISION, alembic_config, current_revision
from tests.helpers import (
    PASSWORD,
    TODAY,
    build_hospital,
    submit,
    submit_with_problems,
    with_deduction,
)

pytestmark = pytest.mark.sqlite_only

TABLES = (
    "hospital",
    "campaigns",
    "inspections",
    "item_results",
    "rectification_items",
    "rectification_events",
    "rectification_photos",
)


def columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]


def row_ids(path: Path) -> dict[str, list[int]]:
    with sqlite3.connect(path) as raw:
        return {
            table: [row[0] for row in raw.execute(f"SELECT id FROM {table} ORDER BY id")]
            for table in TABLES
        }


def test_records_of_0011_get_distinct_ids_and_downgrade_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, today=lambda: TODAY)
    hospital = build_hospital(services)
    submit_with_problems(services, hospital)
    item = services.rectification.list_items(hospital.nurse_a, hospital.campaign.id)[0]
    services.rectification.add_photo(
        hospital.nurse_a, item.id, "整改后.jpg", b"\xff\xd8\xff\xe0" + b"0" * 1000, (640, 480)
    )
    before = row_ids(path)
    config = alembic_config()
    with services.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    services.close()
    assert all("uid" not in columns(path, table) for table in TABLES)
    assert "exchanged_version" not in columns(path, "inspections")
    assert row_ids(path) == before

    upgraded = open_services(url, today=lambda: TODAY, existing=True)
    try:
        assert current_revision(upgraded.database) == SCHEMA_REVISION
        assert row_ids(path) == before
        assert all(before[table] for table in TABLES)
        with sqlite3.connect(path) as raw:
            uids = [uid for table in TABLES for (uid,) in raw.execute(f"SELECT uid FROM {table}")]
            versions = raw.execute(
                "SELECT exchanged_version FROM inspections "
                "UNION SELECT exchanged_version FROM rectification_items"
            ).fetchall()
            identity = raw.execute("SELECT count(*) FROM exchange_identity").fetchone()
        assert len(set(uids)) == len(uids) == sum(len(ids) for ids in before.values())
        assert all(str(uuid.UUID(uid)) == uid for uid in uids)
        assert versions == [(0,)]
        assert identity == (0,)
        assert upgraded.accounts.login("nk01", PASSWORD).username == "nk01"
        # A sheet made after the upgrade gets an id of its own from the model's default.
        key = hospital.key(ward=hospital.ward_b)
        entries = with_deduction(upgraded.checklists.definition(key.checklist_id), "WE02", "1")
        submit(upgraded, hospital.nurse_b, key, entries)
        with sqlite3.connect(path) as raw:
            new = raw.execute("SELECT uid FROM inspections WHERE ward_id = ?", (hospital.ward_b,))
            (uid,) = new.fetchone()
        assert uid not in uids and str(uuid.UUID(uid)) == uid
    finally:
        upgraded.close()
