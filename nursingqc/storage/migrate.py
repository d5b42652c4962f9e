"""Brings a database to the program's schema with Alembic, backing it up first (rules §13)."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, DatabaseError, Message
from nursingqc.logs import current_log_file
from nursingqc.storage.backup import (
    BEFORE_UPGRADE,
    backup_sqlite,
    daily_backup_due,
    newest_backup,
    take_daily_backup,
    timed_backup_name,
)
from nursingqc.storage.db import (
    MSG_CANNOT_OPEN,
    READ_ONLY,
    Database,
    fault_error,
    is_damaged,
    read_only_connection,
    shown_url,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest migration. Alembic is imported only when a database is not at this revision, which
#: keeps it out of every ordinary start; a test checks that this equals Alembic's head.
SCHEMA_REVISION = "0014"

MSG_DAILY_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "Today's backup copy of the database could not be written to {folder}: {reason} "
    "NursingQC works as usual and saves your entries; please tell IT so that backups resume.",
)
MSG_FOREIGN_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "{path} holds tables of another program, not a NursingQC database."
)
MSG_NEWER_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database was written by a newer NursingQC (schema {revision}); "
    "please install the newer version.",
)
MSG_UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The database could not be upgraded and was left as it was. A backup is at {backup}."
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is damaged; NursingQC did not write to it. Restore its newest backup, "
    '{backup}, with "nursingqc restore", or ask IT for help. The details are in the log file '
    "{log}.",
)
MSG_DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is damaged; NursingQC did not write to it, and there is no backup of it "
    "in {folder}. Ask IT for help; the details are in the log file {log}.",
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(database: Database) -> str | None:
    """The revision stamped in the database; None for a new or never-migrated one."""
    # Read-only: on a server, looking must not queue behind another PC's long write.
    with database.engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _describe(database: Database) -> str:
    return str(database.path or shown_url(database.url))


def upgrade_database(database: Database, backup_dir: Path | None = None) -> Path | None:
    """Create or upgrade the schema; returns the backup taken before an upgrade, if any.

    Refuses, changing nothing, a file that is not SQLite, a database of another program, and a
    database from a newer NursingQC.
    """
    try:
        current = current_revision(database)
        if current == SCHEMA_REVISION:
            return None
        with database.engine.connect().execution_options(**{READ_ONLY: True}) as connection:
            tables = set(inspect(connection).get_table_names())
    except SQLAlchemyDatabaseError as error:  # not SQLite at all, or read-only, full, missing…
        raise fault_error(error, database.path, _describe(database)) from error
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(MSG_FOREIGN_DATABASE, path=_describe(database))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseError(MSG_NEWER_DATABASE, revision=current)
    backup = None
    if tables and database.path is not None:
        name = timed_backup_name(BEFORE_UPGRADE, database.path)
        backup = backup_sqlite(database.path, (backup_dir or _backup_dir(database)) / name)
        log.info("backed up %s to %s before upgrading from %s", database.path, backup, current)
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        log.exception("upgrade from %s failed", current)
        fault = fault_error(error, database.path, _describe(database))
        if fault.template != MSG_CANNOT_OPEN:  # a full disk or a read-only file says so
            raise fault from error
        raise DatabaseError(MSG_UPGRADE_FAILED, backup=str(backup)) from error
    log.info("database %s now at schema %s", _describe(database), head)
    return backup


def backup_dir_of(path: Path) -> Path:
    """Where the program keeps the backups of the database file at ``path``."""
    return path.parent / "backups"


def _backup_dir(database: Database) -> Path:
    assert database.path is not None
    return backup_dir_of(database.path)


def problem_lines(report: list[str]) -> list[str]:
    """SQLite's integrity report, one problem a line: a row often holds dozens, under a heading
    ("*** in database main ***") that is no problem itself."""
    lines = (line.strip() for row in report for line in str(row).splitlines())
    return [line for line in lines if line and not line.startswith("*** ")]


def quick_check(path: Path) -> list[str]:
    """SQLite's quick integrity check of an existing file, one problem a line; ``["ok"]`` when
    sound. It reads, writing only to roll back what a killed write left (``read_only_connection``).
    Raises ``DatabaseError`` when it is not a database at all."""
    try:
        with closing(read_only_connection(path)) as connection:
            return problem_lines([row[0] for row in connection.execute("PRAGMA quick_check")])
    except (sqlite3.Error, OSError) as error:
        if is_damaged(error):  # so damaged that the check itself cannot run
            return [str(error)]
        raise fault_error(error, path) from error


def damaged_error(path: Path, problems: list[str]) -> DatabaseError:
    """The refusal of a damaged file: short, naming the backup to restore and the log file, where
    SQLite's whole report goes."""
    folder = backup_dir_of(path)
    backup = newest_backup(path, folder)
    log.error("database %s is damaged (%d problems):\n%s", path, len(problems), "\n".join(problems))
    where = {"path": str(path), "log": str(current_log_file())}
    if backup is None:
        return DatabaseError(MSG_DAMAGED_NO_BACKUP, folder=str(folder), **where)
    return DatabaseError(MSG_DAMAGED, backup=str(backup), **where)


def refuse_damaged(path: Path) -> None:
    """Before anything writes to an existing file: refuse it if it is not sound (rules §13)."""
    problems = quick_check(path)
    if problems != ["ok"]:
        raise damaged_error(path, problems)


def stamped_revision(path: Path) -> str | None:
    """The schema revision stamped in the file at ``path``; None when it cannot be read.

    A look at a few pages, whatever the file's size: to prepare the query SQLite reads the
    file's header and parses its whole schema, so a file damaged there (or not a database at
    all, or of another program) gives None, as a new one does."""
    try:
        with closing(read_only_connection(path)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.Error, OSError):
        return None
    return row[0] if row is not None else None


def prepare_database(database: Database, today: date | None = None) -> Message | None:
    """What the program does at every start: refuse a damaged file before anything writes to it,
    upgrade if needed, then the daily backup.

    The whole file is checked (SQLite's quick check, which reads every page: 0.3 s at 300 wards,
    3–4 s at 3,000 on a 2-core PC, issue 14) at the first start of a day, before the day's copy
    is taken, and before an upgrade, before its copy: every copy kept is of a file that passed,
    which the advice to restore the newest one relies on. Any other start reads the header and
    the schema only (``stamped_revision``), in the same few milliseconds at any size, so that
    the hospital's growth never makes the log-in wait. A page damaged between two such starts
    fails the statement that reaches it (SQLite reports it malformed and the transaction is
    rolled back), and the whole check refuses the file at the next day's first start, before
    that day's copy could push a sound one out of the fourteen.

    Returns why the daily backup could not be taken, if it could not: the ward still works that
    day (a missing copy must not stop the self-check), but the user is told so IT can act.
    """
    path = database.path
    if path is not None and path.exists():
        due = daily_backup_due(path, _backup_dir(database), today)
        if due or stamped_revision(path) != SCHEMA_REVISION:
            refuse_damaged(path)
    upgrade_database(database)
    if path is None:
        return None
    folder = _backup_dir(database)
    try:
        take_daily_backup(path, folder, today)
    except (OSError, sqlite3.Error) as error:
        reason = fault_error(error, folder)
        return Message(
            MSG_DAILY_BACKUP_FAILED,
            {"folder": str(folder), "reason": Message(reason.template, reason.params)},
        )
    return None
