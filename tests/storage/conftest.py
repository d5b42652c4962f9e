"""Shared by the storage tests: a database file left at an older schema, with rows in it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command

from nursingqc.storage.db import Database
from nursingqc.storage.migrate import alembic_config


@pytest.fixture
def old_database(tmp_path: Path) -> Callable[[str, str], Database]:
    """``old_database(revision, rows)``: a SQLite file migrated only as far as ``revision``,
    then ``rows`` (SQL) written into it as that version of NursingQC would have."""

    def make(revision: str, rows: str) -> Database:
        path = tmp_path / "h.sqlite3"
        database = Database(f"sqlite:///{path}")
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        with sqlite3.connect(path) as raw:
            raw.executescript(rows)
        return database

    return make
