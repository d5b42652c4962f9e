"""Schema 0010 adds 复查未通过 and removed photos: a database of 0009 upgrades with every item
not marked and every photo in use, and downgrading gives the 0009 tables back unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from nursingqc.services.container import Services, open_services
from nursingqc.storage.migrate import SCHEMA_REVISION, alembic_config, current_revision
from tests.helpers import TODAY, build_hospital, submit_with_problems

pytestmark = pytest.mark.sqlite_only


def columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]


def test_items_and_photos_of_0009_upgrade_unmarked_and_in_use(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, today=lambda: TODAY)
    hospital = build_hospital(services)
    submit_with_problems(services, hospital)
    item = services.rectification.list_items(hospital.nurse_a, hospital.campaign.id)[0]
    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 100
    services.rectification.add_photo(hospital.nurse_a, item.id, "a.jpg", jpeg, (10, 10))
    config = alembic_config()
    with services.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    services.close()
    assert "recheck_failed" not in columns(path, "rectification_items")
    assert "removed_at" not in columns(path, "rectification_photos")

    upgraded: Services = open_services(url, today=lambda: TODAY, existing=True)
    try:
        assert current_revision(upgraded.database) == SCHEMA_REVISION
        line = upgraded.rectification.list_lines(hospital.admin, hospital.campaign.id)[0]
        assert line.recheck_failed == ""
        detail = upgraded.rectification.detail(hospital.nurse_a, item.id)
        (photo,) = detail.photos
        assert photo.removed_at is None and detail.item.photo_count == 1
        assert upgraded.rectification.photo(hospital.nurse_a, photo.id) == jpeg
    finally:
        upgraded.close()
