"""检查、备份、恢复: the read-only check behind ``nursingqc check``, and ``backup``/``restore``."""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, DatabaseError, Message
from nursingqc.logs import current_log_file
from nursingqc.services.use_cases import reads_only
from nursingqc.storage.backup import (
    BEFORE_RESTORE,
    backup_sqlite,
    copy_file,
    timed_backup_name,
)
from nursingqc.storage.db import (
    BUSY_TIMEOUT_SECONDS,
    MSG_FILE_MISSING,
    MSG_FOLDER_MISSING,
    MSG_IS_A_FOLDER,
    MSG_NOT_A_DATABASE,
    Database,
    fault_error,
    is_damaged,
    read_only_connection,
    roll_back_hot_journal,
    shown_url,
    sqlite_path,
)
from nursingqc.storage.migrate import (
    MSG_FOREIGN_DATABASE,
    MSG_NEWER_DATABASE,
    SCHEMA_REVISION,
    backup_dir_of,
    current_revision,
    damaged_error,
    problem_lines,
    quick_check,
)
from nursingqc.storage.models import Base, Checklist
from nursingqc.storage.repositories.checklists import definition_of
from nursingqc.storage.repositories.printed import hospital_name

log = logging.getLogger(__name__)

MSG_SERVER_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "Backup and restore work on a database file; {url} is a database server. Ask IT to back up "
    "the server.",
)
MSG_BACKUP_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "{path} already exists; a backup never overwrites a file. Choose a new file name."
)
MSG_RESTORE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "{path} is damaged ({detail}) and cannot be restored; choose another backup."
)
MSG_RESTORE_SAME_FILE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is the database itself; choose a backup file to restore."
)
MSG_RESTORE_IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is open in NursingQC on this or another computer. Close every "
    "NursingQC window, then restore again; nothing was changed.",
)
MSG_RESTORE_OTHER_HOSPITAL = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is a backup of {backup_hospital}, but the database {path} is {hospital}'s. Nothing "
    "was changed. To replace {hospital}'s data by {backup_hospital}'s, restore again with "
    "--other-hospital.",
)
_FAULTS = (OSError, sqlite3.Error, DBAPIError)

MSG_INTEGRITY_OK = QT_TRANSLATE_NOOP("Check", "Database file integrity: ok")
MSG_INTEGRITY_BAD = QT_TRANSLATE_NOOP("Check", "Database file integrity: damaged ({detail})")
MSG_INTEGRITY_BAD_MORE = QT_TRANSLATE_NOOP(
    "Check",
    "Database file integrity: damaged ({detail}, and {count} more problems; the full list is in "
    "the log file {log})",
)
MSG_FOREIGN_KEYS_OK = QT_TRANSLATE_NOOP("Check", "References between tables: ok")
MSG_FOREIGN_KEYS_BAD = QT_TRANSLATE_NOOP(
    "Check", "References between tables: {count} broken (first in table {table})"
)
MSG_FOREIGN_KEYS_UNREADABLE = QT_TRANSLATE_NOOP(
    "Check", "References between tables: could not be checked ({reason})"
)
MSG_TABLES_OK = QT_TRANSLATE_NOOP("Check", "Tables: all {count} present")
MSG_TABLES_MISSING = QT_TRANSLATE_NOOP("Check", "Tables: {count} missing ({tables})")
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Check", "The rest could not be read, the file is damaged: {reason}"
)
MSG_SCHEMA_OK = QT_TRANSLATE_NOOP("Check", "Schema version: {revision} (current)")
MSG_SCHEMA_BAD = QT_TRANSLATE_NOOP(
    "Check", "Schema version: {revision}, but this program expects {head}"
)
MSG_SCHEMA_MISSING = QT_TRANSLATE_NOOP(
    "Check", "Schema version: none recorded, but this program expects {head}"
)
MSG_CHECKLISTS_OK = QT_TRANSLATE_NOOP(
    "Check", "Checklists: {count} versions, every one adds up to its stated total"
)
MSG_CHECKLIST_BAD = QT_TRANSLATE_NOOP(
    "Check", "Checklist {code} version {version}: items add up to {total}, not {max_points}"
)


CHECK_CONTEXT = "Check"


def _message(template: str, params: dict[str, object] | None = None) -> Message:
    return Message(template, params or {}, CHECK_CONTEXT)


@dataclass(frozen=True)
class CheckLine:
    ok: bool
    message: Message


class MaintenanceService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def check(self) -> list[CheckLine]:
        """Every check's result; the database is healthy when every line is ok.

        Only reads, in read-only units of work (a hot journal is rolled back first). A damaged
        page, a missing table, broken references or a wrong schema version are lines; a file
        that is not SQLite, or holds only another program's tables, raises ``DatabaseError``
        because nothing else can be checked.
        """
        lines: list[CheckLine] = []
        sqlite = self._db.engine.dialect.name == "sqlite"
        try:
            if sqlite:
                lines.append(self._integrity())
            with self._db.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
            ours = set(Base.metadata.tables)
            if tables and not tables & (ours | {"alembic_version"}):
                where = str(self._db.path or shown_url(self._db.url))
                raise DatabaseError(MSG_FOREIGN_DATABASE, path=where)
            missing = sorted(ours - tables)
            lines.append(
                CheckLine(
                    not missing,
                    _message(
                        MSG_TABLES_MISSING, {"count": len(missing), "tables": ", ".join(missing)}
                    )
                    if missing
                    else _message(MSG_TABLES_OK, {"count": len(ours)}),
                )
            )
            if sqlite:
                lines.append(self._foreign_keys())
            if {Checklist.__tablename__, "checklist_items"} <= tables:
                lines.extend(self._checklists())
            lines.append(self._schema(tables))
        except DBAPIError as error:
            if not is_damaged(error):
                raise
            if all(line.ok for line in lines):
                lines.append(CheckLine(False, _message(MSG_UNREADABLE, {"reason": error.orig})))
        return lines

    def _integrity(self) -> CheckLine:
        try:
            with self._db.transaction(read_only=True) as session:
                report = list(session.execute(text("PRAGMA integrity_check")).scalars())
            problems = problem_lines(report)
        except DBAPIError as error:
            if not is_damaged(error):
                raise
            problems = [str(error.orig)]
        if problems == ["ok"]:
            return CheckLine(True, _message(MSG_INTEGRITY_OK))
        log.error("integrity check of %s:\n%s", self._db.path, "\n".join(problems))
        if len(problems) == 1:
            return CheckLine(False, _message(MSG_INTEGRITY_BAD, {"detail": problems[0]}))
        more = {"detail": problems[0], "count": len(problems) - 1, "log": str(current_log_file())}
        return CheckLine(False, _message(MSG_INTEGRITY_BAD_MORE, more))

    def _foreign_keys(self) -> CheckLine:
        try:
            with self._db.transaction(read_only=True) as session:
                broken = session.execute(text("PRAGMA foreign_key_check")).all()
        except DBAPIError as error:
            if is_damaged(error):
                raise
            # a table dropped under a foreign key stops SQLite's check: say so, go on
            return CheckLine(False, _message(MSG_FOREIGN_KEYS_UNREADABLE, {"reason": error.orig}))
        if broken:
            return CheckLine(
                False, _message(MSG_FOREIGN_KEYS_BAD, {"count": len(broken), "table": broken[0][0]})
            )
        return CheckLine(True, _message(MSG_FOREIGN_KEYS_OK))

    def _checklists(self) -> list[CheckLine]:
        with self._db.transaction(read_only=True) as session:
            checklists = list(session.scalars(select(Checklist)))
            totals = {c.id: definition_of(c).total_points for c in checklists}
        bad = [c for c in checklists if totals[c.id] != c.max_points]
        if not bad:
            return [CheckLine(True, _message(MSG_CHECKLISTS_OK, {"count": len(checklists)}))]
        return [
            CheckLine(
                False,
                _message(
                    MSG_CHECKLIST_BAD,
                    {
                        "code": c.code,
                        "version": c.version,
                        "total": totals[c.id],
                        "max_points": c.max_points,
                    },
                ),
            )
            for c in bad
        ]

    def _schema(self, tables: set[str]) -> CheckLine:
        head = SCHEMA_REVISION
        revision = current_revision(self._db) if "alembic_version" in tables else None
        if revision is None:
            return CheckLine(False, _message(MSG_SCHEMA_MISSING, {"head": head}))
        return CheckLine(
            revision == head,
            _message(
                MSG_SCHEMA_OK if revision == head else MSG_SCHEMA_BAD,
                {"revision": revision, "head": head},
            ),
        )


def existing_database_file(url: str) -> Path:
    """The database file behind ``url``, which must exist; refuses a server with the reason."""
    path = sqlite_path(url)
    if path is None:
        raise DatabaseError(MSG_SERVER_NOT_A_FILE, url=shown_url(url))
    require_database_file(path)
    return path


def require_database_file(path: Path) -> None:
    """Refuses, with the true reason, a path where there is no database file to read."""
    if not path.parent.is_dir():
        raise DatabaseError(MSG_FOLDER_MISSING, folder=str(path.parent))
    if path.is_dir():
        raise DatabaseError(MSG_IS_A_FOLDER, path=str(path))
    if not path.exists():
        raise DatabaseError(MSG_FILE_MISSING, path=str(path))


def _nursingqc_revision(path: Path) -> str:
    """The schema revision of a sound NursingQC database file, read without writing to it."""
    database = Database(f"sqlite:///{path}", read_only=True)
    try:
        revision = current_revision(database)
    except _FAULTS as error:
        raise fault_error(error, path) from error
    finally:
        database.dispose()
    if revision is None:
        with closing(read_only_connection(path)) as connection:
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        template = MSG_FOREIGN_DATABASE if tables else MSG_NOT_A_DATABASE
        raise DatabaseError(template, path=str(path))
    return str(revision)


def backup_database(url: str, target: Path) -> Path:
    """``nursingqc backup -o FILE``: a consistent copy of a sound database into a new file.

    The database is only read, even while the program has it open; ``target`` appears whole or
    not at all, and an existing file is never overwritten.
    """
    source = existing_database_file(url)
    target = target.absolute()
    if target.exists():
        raise DatabaseError(MSG_BACKUP_EXISTS, path=str(target))
    if not target.parent.is_dir():
        raise DatabaseError(MSG_FOLDER_MISSING, folder=str(target.parent))
    problems = quick_check(source)
    if problems != ["ok"]:
        raise damaged_error(source, problems)
    _nursingqc_revision(source)
    try:
        backup_sqlite(source, target)
    except _FAULTS as error:
        raise fault_error(error, target) from error
    log.info("backed up %s to %s", source, target)
    return target


@dataclass(frozen=True)
class Restored:
    """What ``restore_database`` did: the file put in place, and where the old database went."""

    database: Path
    previous: Path | None


def _hospital_name(path: Path) -> str:
    """The hospital a sound NursingQC database belongs to, read without writing; "" when it has
    not been named yet."""
    database = Database(f"sqlite:///{path}", read_only=True)
    try:
        with database.transaction(read_only=True) as session:
            return hospital_name(session)
    finally:
        database.dispose()


def _refuse_other_hospital(path: Path, source: Path) -> None:
    """A backup of another hospital replaces this one's data only when asked by name. A database
    too damaged to say whose it is gets no question: restoring is what the user came to do."""
    backup_hospital = _hospital_name(source)
    try:
        hospital = _hospital_name(path) if path.exists() else ""
    except _FAULTS:
        log.warning("cannot read the hospital of %s", path, exc_info=True)
        hospital = ""
    if hospital and backup_hospital and hospital.strip() != backup_hospital.strip():
        raise DatabaseError(
            MSG_RESTORE_OTHER_HOSPITAL,
            file=str(source),
            backup_hospital=backup_hospital,
            path=str(path),
            hospital=hospital,
        )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from nursingqc.storage.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _take_over(path: Path) -> bool:
    """Makes sure no one has the database open and folds its WAL into the file, so that no
    ``-wal`` file is left to be replayed onto the restored one. False when the file is too
    damaged for SQLite to do that."""
    try:
        with closing(sqlite3.connect(path, timeout=0)) as connection:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.Error as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == 5:  # SQLITE_BUSY
            raise DatabaseError(MSG_RESTORE_IN_USE, path=str(path)) from error
        log.warning("cannot take over %s", path, exc_info=True)
        return False
    if str(mode).lower() != "delete":
        raise DatabaseError(MSG_RESTORE_IN_USE, path=str(path))
    return True


def _save_previous(path: Path, sound: bool) -> Path:
    """A backup of the database about to be replaced; a raw copy when SQLite cannot read it."""
    target = backup_dir_of(path) / timed_backup_name(BEFORE_RESTORE, path)
    if sound:
        try:
            return backup_sqlite(path, target)
        except sqlite3.DatabaseError as error:
            if not is_damaged(error):
                raise
    copy_file(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            copy_file(companion, target.with_name(target.name + suffix))
            companion.unlink()
    return target


def _copy_into(source: Path, path: Path) -> None:
    """Writes the backup's pages into the database file itself, as one SQLite transaction (a
    crash rolls it back). A window that opens the file meanwhile waits, then reads the restored
    data; renaming a new file over it would leave that window on the old file, where its saves
    would vanish. Refused if another program holds the file past the busy timeout.

    A copy that fails (a full disk) leaves SQLite's journal hot, for the next connection to roll
    back; it is rolled back at once, so the file is whole again before the user reads why."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS

    def give_up_when_held(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise DatabaseError(MSG_RESTORE_IN_USE, path=str(path))

    try:
        with (
            closing(read_only_connection(source)) as src,
            closing(sqlite3.connect(path, timeout=0)) as dst,
        ):
            src.backup(dst, progress=give_up_when_held, sleep=0.05)
    except sqlite3.Error:
        try:
            roll_back_hot_journal(path)
        except sqlite3.Error:  # the next look at the file rolls it back
            log.warning("could not roll back the failed restore of %s yet", path, exc_info=True)
        raise


def restore_database(url: str, source: Path, *, other_hospital: bool = False) -> Restored:
    """``nursingqc restore FILE``: puts a backup in place of the database.

    ``source`` must be a sound NursingQC database of a schema this program knows (an older one
    is upgraded at the next start). The current database, if any, is backed up first into its
    ``backups`` folder; the replacement is atomic. Refused, changing nothing, while any NursingQC
    window has the database open, and when ``source`` is another hospital's, unless
    ``other_hospital`` says that is meant.
    """
    path = sqlite_path(url)
    if path is None:
        raise DatabaseError(MSG_SERVER_NOT_A_FILE, url=shown_url(url))
    if not path.parent.is_dir():
        raise DatabaseError(MSG_FOLDER_MISSING, folder=str(path.parent))
    source = source.absolute()
    require_database_file(source)
    if path.exists() and source.resolve() == path.resolve():
        raise DatabaseError(MSG_RESTORE_SAME_FILE, path=str(source))
    problems = quick_check(source)
    if problems != ["ok"]:
        log.error("backup %s is damaged:\n%s", source, "\n".join(problems))
        raise DatabaseError(MSG_RESTORE_DAMAGED, path=str(source), detail=problems[0])
    revision = _nursingqc_revision(source)
    if revision not in _known_revisions():
        raise DatabaseError(MSG_NEWER_DATABASE, revision=revision)
    try:
        if not other_hospital:
            _refuse_other_hospital(path, source)
        sound = path.exists() and _take_over(path)
        previous = _save_previous(path, sound) if path.exists() else None
        if sound:
            _copy_into(source, path)
        else:  # no database yet, or one too damaged for SQLite to write into: replaced whole
            backup_sqlite(source, path)
    except PermissionError as error:
        if error.filename2 is None:  # not the rename: a read-only folder or file
            raise fault_error(error, path) from error
        # Windows refuses to replace a file that a NursingQC window opened meanwhile
        raise DatabaseError(MSG_RESTORE_IN_USE, path=str(path)) from error
    except _FAULTS as error:
        raise fault_error(error, path) from error
    log.info("restored %s from %s; the previous database is %s", path, source, previous)
    return Restored(path, previous)
