"""Schema 0014 keeps exchange conflicts (rules §14): a database of 0013 with a month's records
upgrades with an empty list of conflicts and every row kept, and one holding a conflict (with
the photo it lacks) downgrades again with every other row kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from nursingqc.services.container import open_services
from nursingqc.storage.migrate import SCHEMA_REVISION, alembic_config, current_revision
from nursingqc.storage.models import ExchangeConflict, ExchangeConflictPhoto, Inspection
from tests.helpers import TODAY, build_hospital, submit_with_problems

pytestmark = pytest.mark.sqlite_only

KEPT = ("campaigns", "inspections", "item_results", "rectification_items")


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {
            name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        return {table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in KEPT}


def test_0014_adds_the_conflicts_and_downgrade_keeps_every_other_row(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, today=lambda: TODAY)
    hospital = build_hospital(services)
    submit_with_problems(services, hospital)
    before = counts(path)
    config = alembic_config()
    with services.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    services.close()
    assert "exchange_conflicts" not in tables(path)

    upgraded = open_services(url, today=lambda: TODAY, existing=True)
    try:
        assert current_revision(upgraded.database) == SCHEMA_REVISION
        assert counts(path) == before
        with upgraded.database.transaction() as session:
            sheet = session.scalar(select(Inspection).limit(1))
            assert sheet is not None
            conflict = ExchangeConflict(
                uid=sheet.uid,
                kind="sheet",
                ward_id=sheet.ward_id,
                campaign_id=sheet.campaign_id,
                package="ward-up-NK01-0007.nqcpkg",
                received_at=datetime(2026, 7, 9, 8, 0, tzinfo=UTC),
                their_version=3,
                their_author="张丽",
                record="{}",
            )
            conflict.photos.append(ExchangeConflictPhoto(sha256="0" * 64, jpeg=b"\xff\xd8"))
            session.add(conflict)
        with upgraded.database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0013")
    finally:
        upgraded.close()
    assert not {"exchange_conflicts", "exchange_conflict_photos"} & tables(path)
    assert counts(path) == before
