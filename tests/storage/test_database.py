"""The database: schema from migrations, foreign keys and WAL, backups, refusing wrong files."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from nursingqc.domain.errors import DatabaseError
from nursingqc.paths import resolve_database_url
from nursingqc.storage import migrate
from nursingqc.storage.backup import DAILY_BACKUPS_KEPT, take_daily_backup
from nursingqc.storage.db import Database, read_only_connection
from nursingqc.storage.migrate import (
    SCHEMA_REVISION,
    alembic_config,
    current_revision,
    prepare_database,
    quick_check,
    upgrade_database,
)
from nursingqc.storage.models import Base, Hospital


@pytest.fixture
def database(empty_db_url: str) -> Iterator[Database]:
    database = Database(empty_db_url)
    yield database
    database.dispose()


def test_migrating_an_empty_file_creates_the_whole_schema(database: Database) -> None:
    assert upgrade_database(database) is None  # nothing to back up in a new file
    assert current_revision(database) == SCHEMA_REVISION
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.sqlite_only
def test_foreign_keys_are_enforced_and_the_journal_is_wal(database: Database) -> None:
    upgrade_database(database)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO item_results (inspection_id, item_id, deduction, not_applicable, "
                "veto_failed, problem) VALUES (999, 999, 0, 0, 0, '')"
            )
        )


def test_a_failed_transaction_leaves_nothing_behind(database: Database) -> None:
    upgrade_database(database)
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.add(Hospital(name="半途而废医院"))
        session.flush()
        raise RuntimeError("power cut")
    with database.transaction() as session:
        assert session.query(Hospital).count() == 0


@pytest.mark.sqlite_only
def test_an_upgrade_is_preceded_by_a_backup(database: Database, tmp_path: Path) -> None:
    upgrade_database(database)
    with database.transaction() as session:
        session.add(Hospital(name="备份测试医院"))
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")  # an old, not yet migrated database
    backup = upgrade_database(database, tmp_path / "backups")
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)
    assert current_revision(database) == SCHEMA_REVISION


def test_a_database_from_a_newer_program_is_refused_unchanged(database: Database) -> None:
    upgrade_database(database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseError) as refused:
        upgrade_database(database)
    assert "9999_future" in str(refused.value)
    assert current_revision(database) == "9999_future"


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE patients (id INTEGER)")
    database = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError):
        upgrade_database(database)
    database.dispose()
    with sqlite3.connect(path) as other:
        tables = {row[0] for row in other.execute("SELECT name FROM sqlite_master")}
    assert tables == {"patients"}


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a word document, not a database" * 100)
    before = path.read_bytes()
    database = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError):
        prepare_database(database)
    database.dispose()
    assert path.read_bytes() == before


@pytest.mark.sqlite_only
def test_the_whole_file_is_checked_at_the_first_start_of_a_day_and_the_schema_at_every_start(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rules §13: every daily copy is of a file that passed the whole check; the other starts
    of the day read the header and the schema, which does not grow with the hospital."""
    day = date(2026, 7, 8)
    prepare_database(database, day)
    checked: list[Path] = []
    whole = migrate.quick_check

    def counted(path: Path) -> list[str]:
        checked.append(path)
        return whole(path)

    monkeypatch.setattr(migrate, "quick_check", counted)
    prepare_database(database, day)
    assert checked == []
    prepare_database(database, day + timedelta(days=1))
    prepare_database(database, day + timedelta(days=1))
    assert checked == [database.path]

    database.dispose()  # the WAL folded in: the damage below is what SQLite reads
    assert database.path is not None
    with database.path.open("r+b") as file:
        file.seek(100)  # the schema's page, just after the file's header
        file.write(b"\xff" * 64)
    before = database.path.read_bytes()
    damaged = Database(f"sqlite:///{database.path}")
    with pytest.raises(DatabaseError):
        prepare_database(damaged, day + timedelta(days=1))  # the same day: refused all the same
    damaged.dispose()
    assert checked == [database.path] * 2 and database.path.read_bytes() == before


def test_daily_backups_keep_the_newest_fourteen(tmp_path: Path) -> None:
    source = tmp_path / "h.sqlite3"
    sqlite3.connect(source).close()
    start = date(2026, 7, 1)
    for day in range(20):
        take_daily_backup(source, tmp_path / "backups", start + timedelta(days=day))
    assert take_daily_backup(source, tmp_path / "backups", start + timedelta(days=19)) is None
    kept = sorted(path.name for path in (tmp_path / "backups").iterdir())
    assert len(kept) == DAILY_BACKUPS_KEPT
    assert kept[-1] == "daily-2026-07-20-h.sqlite3"


def test_database_location_comes_from_option_then_environment_then_user_folder(
    tmp_path: Path,
) -> None:
    assert resolve_database_url("a.sqlite3", {"NURSINGQC_DB": "b"}).endswith("/a.sqlite3")
    assert resolve_database_url(None, {"NURSINGQC_DB": str(tmp_path / "b.db")}).endswith("/b.db")
    server = "postgresql+psycopg://qc@db/nursingqc"
    assert resolve_database_url(None, {"NURSINGQC_DB": server}) == server
    assert resolve_database_url(None, {}).endswith("nursingqc.sqlite3")


def test_the_schema_revision_constant_is_alembics_head() -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == SCHEMA_REVISION


def test_a_server_address_without_its_driver_gets_a_clear_message(
    chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nursingqc.i18n import error_text

    # As on a PC installed without the postgresql extra (the tests themselves have the driver).
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(DatabaseError) as refused:
        Database("postgresql+psycopg://qc@db.hospital.local/nursingqc")
    assert "pip install nursingqc[postgresql]" in error_text(refused.value)
    with pytest.raises(DatabaseError):
        Database("nosuchdb+driver://x/y")


def _killed_mid_write(path: Path) -> None:
    """A program rewriting every row of ``path`` in rollback-journal mode (as restore runs) is
    killed after SQLite has written half its pages into the file: a hot journal is left."""
    script = textwrap.dedent(
        f"""
        import sqlite3
        connection = sqlite3.connect({str(path)!r}, isolation_level=None)
        connection.execute("PRAGMA cache_size=5")  # small: pages reach the file before commit
        connection.execute("BEGIN")
        connection.execute("UPDATE notes SET text = '改写到一半' || text")
        print("half written", flush=True)
        input()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "half written"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)


@pytest.mark.sqlite_only
def test_a_look_at_a_file_left_with_a_hot_journal_sees_its_last_committed_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    rows = [(f"第 {n} 条整改记录：" + "床头柜物品摆放杂乱，" * 30,) for n in range(2000)]
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO notes (text) VALUES (?)", rows)
    _killed_mid_write(path)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()

    assert quick_check(path) == ["ok"]
    with closing(read_only_connection(path)) as connection:
        assert connection.execute("SELECT text FROM notes ORDER BY id").fetchall() == rows
    assert not journal.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.sqlite3"]
