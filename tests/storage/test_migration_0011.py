"""Schema 0011 adds the must-change-password mark: accounts of 0010 upgrade unmarked and can
still log in, and downgrading gives the 0010 users table back with every account kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from nursingqc.services.container import open_services
from nursingqc.storage.migrate import SCHEMA_REVISION, alembic_config, current_revision
from tests.helpers import PASSWORD, TODAY, build_hospital

pytestmark = pytest.mark.sqlite_only


def user_columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [row[1] for row in raw.execute("PRAGMA table_info(users)")]


def user_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return sorted(row[0] for row in raw.execute("SELECT username FROM users"))


def test_accounts_of_0010_upgrade_unmarked_and_downgrade_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url, today=lambda: TODAY)
    build_hospital(services)
    names = user_names(path)
    config = alembic_config()
    with services.database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    services.close()
    assert "must_change_password" not in user_columns(path)
    assert user_names(path) == names

    upgraded = open_services(url, today=lambda: TODAY, existing=True)
    try:
        assert current_revision(upgraded.database) == SCHEMA_REVISION
        with sqlite3.connect(path) as raw:
            marks = [row[0] for row in raw.execute("SELECT must_change_password FROM users")]
        assert marks and not any(marks)
        assert upgraded.accounts.login("nk01", PASSWORD).username == "nk01"
    finally:
        upgraded.close()
