"""Opening the database: the engine, SQLite pragmas, and one transaction per unit of work."""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseBusy,
    DatabaseError,
    NursingQCError,
)

MSG_DRIVER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {url} needs the Python package {module}; install NursingQC with the "
    "postgresql extra (pip install nursingqc[postgresql]).",
)
MSG_BAD_URL = QT_TRANSLATE_NOOP("Errors", "{url} is not a database file name or address.")
MSG_UNSUPPORTED_URL = QT_TRANSLATE_NOOP(
    "Errors",
    "NursingQC keeps its data in a SQLite database file or on a PostgreSQL server (an address "
    "beginning with postgresql+psycopg://); {url} is neither.",
)
MSG_SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database server of {url} cannot be reached (it is not running, or the network is down). "
    "Nothing was changed; try again in a moment, or ask IT whether the server is up.",
)
MSG_SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database server has no database named {database} ({url}). Check the name with IT.",
)
MSG_SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database server of {url} refused the work ({reason}); nothing was changed. Show this "
    "message to IT.",
)
MSG_SERVER_LOGIN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database server refused the user name or password of {url}. Check them with IT.",
)
MSG_NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a NursingQC database (it cannot be read as one)."
)
MSG_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The folder {folder} does not exist. Check the path, and that its drive or network share "
    "is connected.",
)
MSG_FILE_MISSING = QT_TRANSLATE_NOOP("Errors", "There is no database file {path}.")
MSG_IS_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file.")
MSG_FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database file {path} is read-only, so NursingQC cannot save to it. Remove the read-only "
    "mark in the file's properties, or ask IT for permission to write to it.",
)
MSG_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "NursingQC cannot write in the folder {folder} (it is read-only, or you lack permission); "
    "the database needs to save files there. Ask IT for permission, or use another folder.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk holding {path} is full, so nothing was saved. Free some space (empty the recycle "
    "bin, remove old files), then try again.",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} cannot be used ({reason}); nothing was changed. Details are in the log "
    "file.",
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is busy: another NursingQC window or computer has been saving for more than "
    "{seconds} seconds. Nothing was changed; please try again in a moment.",
)

log = logging.getLogger(__name__)

# SQLite's primary result codes (sqlite3.h); Python's sqlite3 gives the extended code.
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 3, 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_NOTADB = 14, 26
_DENIED_CODES = {SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN}
#: Verdicts on the file rather than on the statement: a unit of work refused with one of these
#: gets the file's own message (full disk, read-only…), not an apology for an unexpected error.
_FILE_FAULT_CODES = _DENIED_CODES | {SQLITE_IOERR, SQLITE_FULL}
#: SQLITE_READONLY_CANTINIT, _DIRECTORY: the -shm or -wal file beside the database cannot be made.
_FOLDER_READ_ONLY_CODES = {SQLITE_READONLY | (5 << 8), SQLITE_READONLY | (6 << 8)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

#: How long a write waits for another writer before it is refused with MSG_BUSY.
BUSY_TIMEOUT_SECONDS = 10
#: Execution option that marks a unit of work as read-only (plain BEGIN, no write lock taken).
READ_ONLY = "nursingqc_read_only"


def shown_url(url: str) -> str:
    """A database address as messages and the log show it: no password (in its place or as a
    ``password=`` parameter), the socket folder readable."""
    try:
        parsed = make_url(url).difference_update_query(["password"])
        return unquote(parsed.render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^/@]*?:)[^/@]*@", r"\1***@", url)


#: What a server says, in English or in a Chinese-locale server's words, when it refuses a login
#: or has no such database (psycopg gives no SQLSTATE when the connection itself fails).
_LOGIN_REFUSED = ("password authentication failed", "认证失败", 'role "', '角色 "')
_NO_DATABASE = ('database "', '数据库 "')
_SERVER_ANSWERED = ("FATAL:", "致命错误")


def is_connection_lost(error: DBAPIError) -> bool:
    """The connection failed or the server ended it (down, restarting, network), as opposed to a
    statement the server refused (a full disk, a deadlock, a cancelled query)."""
    state = getattr(error.orig, "sqlstate", None)
    return error.connection_invalidated or state is None or state.startswith(("08", "57P0"))


def server_error(error: DBAPIError, url: str) -> DatabaseError:
    """Why a database server could not be used, in the user's words; the cause goes to the log."""
    log.error("database server %s: %s", shown_url(url), error, exc_info=error)
    text = str(error.orig)
    if any(words in text for words in _LOGIN_REFUSED):
        return DatabaseError(MSG_SERVER_LOGIN, url=shown_url(url))
    if any(words in text for words in _NO_DATABASE):
        try:
            database = make_url(url).database or ""
        except (ArgumentError, ValueError):
            database = ""
        return DatabaseError(MSG_SERVER_NO_DATABASE, database=database, url=shown_url(url))
    if any(words in text for words in _SERVER_ANSWERED) or not is_connection_lost(error):
        return DatabaseError(MSG_SERVER_REFUSED, url=shown_url(url), reason=text.strip())
    return DatabaseError(MSG_SERVER_UNREACHABLE, url=shown_url(url))


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for a server database or an in-memory one."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI SQLite understands for any path: spaces, ``#``, ``?``, Chinese, a drive
    letter or a network share (``//server/share`` needs an empty authority in front)."""
    posix = Path(path).absolute().as_posix()
    prefix = "file://" if posix.startswith("//") else "file:"
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{prefix}{quote(posix, safe='/:')}" + (f"?{query}" if query else "")


def roll_back_hot_journal(path: Path) -> None:
    """Lets SQLite roll back what a program killed mid-write (or a full disk) left half-written.

    A ``-journal`` beside a file in rollback mode (restore switches to it; so does any other
    SQLite program) holds the pages a transaction was overwriting. Only a connection that may
    write puts them back; an ``immutable`` one would read the torn pages as damage. ``mode=rw``
    never creates the file, and a journal that is not hot (another program is still writing) is
    left to that program.
    """
    with closing(sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True)) as connection:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path``; a sound file gets no file created beside it.

    A ``-journal`` beside the file is rolled back first (``roll_back_hot_journal``), the one
    write a look may make: the file's last committed state is what it is meant to show.
    With a ``-wal`` file present the database is in use (or a program was killed with it open):
    ``mode=ro`` reads through that WAL, whose unfinished transactions SQLite ignores. Without
    one, no connection is open, and ``immutable`` reads the file as it is — ``mode=ro`` would
    leave new ``-wal``/``-shm`` files behind.
    """
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "no such database file", str(path))
    if path.with_name(path.name + "-journal").exists():
        roll_back_hot_journal(path)
    in_use = path.with_name(path.name + "-wal").exists()
    uri = sqlite_uri(path, mode="ro") if in_use else sqlite_uri(path, immutable="1")
    return sqlite3.connect(uri, uri=True)


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL and breaks SAVEPOINT; taking over
    # BEGIN makes every unit of work — migrations included — one real transaction (SQLAlchemy's
    # "Serializable isolation / Savepoints / Transactional DDL" recipe for pysqlite).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:  # switching to WAL writes the file's header
            cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a power cut on the ward PC must not lose the last autosaved draft.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred BEGIN that reads and then writes fails at once with "database is locked"
        # when another process wrote in between: SQLite cannot wait there without deadlocking.
        # BEGIN IMMEDIATE takes the write lock first, so the busy timeout really applies.
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


#: (backend, driver) pairs NursingQC is built and tested for.
_SUPPORTED = {("sqlite", "pysqlite"), ("postgresql", "psycopg")}
#: The key of the PostgreSQL advisory lock every write transaction holds ("NQC" in ASCII).
WRITE_LOCK_KEY = 0x4E5143
#: SQLSTATE lock_not_available: the write lock was not granted within ``lock_timeout``.
_PG_LOCK_NOT_AVAILABLE = "55P03"


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY, False):
            # One snapshot for the whole unit: a ranking or report never mixes data from before
            # and after someone else's save. Read-only snapshots never fail to serialize.
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return
        # Writers take turns, as on SQLite: every check a service makes before it writes (the
        # sheet's version, a phase still open, one self-check per ward) stays true until its
        # commit. A hospital's handful of writers never notices the queue; a writer held up
        # longer than the busy timeout is refused like on SQLite.
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _is_busy(error: OperationalError) -> bool:
    if getattr(error.orig, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE:
        return True
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


def _sqlite_code(error: BaseException) -> int | None:
    cause = error.orig if isinstance(error, DBAPIError) else error
    return getattr(cause, "sqlite_errorcode", None)


def _is_file_fault(error: OperationalError) -> bool:
    code = _sqlite_code(error)
    return code is not None and code & 0xFF in _FILE_FAULT_CODES


def is_damaged(error: BaseException) -> bool:
    """SQLite found pages it cannot make sense of ("database disk image is malformed")."""
    code = _sqlite_code(error)
    return code is not None and code & 0xFF == SQLITE_CORRUPT


def _writable(path: Path) -> bool:
    # os.access sees the Windows read-only mark and POSIX permissions; where it cannot see
    # (Windows folder ACLs), SQLite's own error code below still tells a read-only file.
    return os.access(path, os.W_OK)


def fault_error(error: BaseException, path: Path | None, name: str = "") -> NursingQCError:
    """The true reason, in the user's words, why the database at ``path`` (or the server
    ``name``) could not be used. ``error`` is what SQLite or the operating system raised; it is
    logged with its traceback, which the user never sees.
    """
    where = str(path) if path is not None else shown_url(name)
    if isinstance(error, OperationalError) and _is_busy(error):
        log.warning("database %s busy: %s", where, error)
        return DatabaseBusy(MSG_BUSY, seconds=BUSY_TIMEOUT_SECONDS)
    if path is None and isinstance(error, OperationalError) and name.startswith("postgresql"):
        return server_error(error, name)
    log.error("database %s: %s", where, error, exc_info=error)
    code = _sqlite_code(error)
    primary = None if code is None else code & 0xFF
    os_errno = error.errno if isinstance(error, OSError) else None
    if primary == SQLITE_FULL or os_errno in _DISK_FULL_ERRNOS:
        return DatabaseError(MSG_DISK_FULL, path=where)
    if primary == SQLITE_NOTADB:
        return DatabaseError(MSG_NOT_A_DATABASE, path=where)
    if path is not None:
        if not path.parent.is_dir():
            return DatabaseError(MSG_FOLDER_MISSING, folder=str(path.parent))
        if path.is_dir():
            return DatabaseError(MSG_IS_A_FOLDER, path=where)
        denied = primary in _DENIED_CODES or os_errno in _DENIED_ERRNOS
        if denied and path.exists() and not _writable(path):
            return DatabaseError(MSG_FILE_READ_ONLY, path=where)
        if (denied and not _writable(path.parent)) or code in _FOLDER_READ_ONLY_CODES:
            return DatabaseError(MSG_FOLDER_READ_ONLY, folder=str(path.parent))
        if primary == SQLITE_READONLY:
            return DatabaseError(MSG_FILE_READ_ONLY, path=where)
        if os_errno == errno.ENOENT or (primary == SQLITE_CANTOPEN and not path.exists()):
            return DatabaseError(MSG_FILE_MISSING, path=where)
    cause = error.orig if isinstance(error, DBAPIError) else error
    return DatabaseError(MSG_CANNOT_OPEN, path=where, reason=str(cause))


class Database:
    """The engine and a session factory; each ``transaction()`` is one user action.

    Opening creates no folder: the caller decides whether a missing folder is an error.
    ``read_only`` opens an existing SQLite file so that nothing can write to it and no file is
    created beside it (see ``read_only_connection``: only a hot journal a killed write left is
    rolled back), for ``nursingqc check`` and for looking at a file before trusting it.
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError) as error:
            raise DatabaseError(MSG_BAD_URL, url=shown_url(url)) from error
        if (parsed.get_backend_name(), parsed.get_driver_name()) not in _SUPPORTED:
            raise DatabaseError(MSG_UNSUPPORTED_URL, url=shown_url(url))
        try:
            path = sqlite_path(url)
            if read_only and path is not None:
                self.engine = create_engine(url, creator=lambda: read_only_connection(path))
            elif parsed.get_backend_name() == "postgresql":
                # pre_ping: after the server restarted, the next action quietly reconnects
                # instead of failing on a connection the server closed.
                self.engine = create_engine(url, pool_pre_ping=True)
            else:
                self.engine = create_engine(url)
        except ModuleNotFoundError as error:
            raise DatabaseError(
                MSG_DRIVER_MISSING, url=shown_url(url), module=error.name
            ) from error
        except (ArgumentError, ValueError) as error:
            raise DatabaseError(MSG_BAD_URL, url=shown_url(url)) from error
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine, read_only)
        elif self.engine.dialect.name == "postgresql":
            _configure_postgresql(self.engine)
        if read_only:  # every unit of work then begins without taking the write lock
            self.engine = self.engine.execution_options(**{READ_ONLY: True})
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        """Commit when the block ends normally, roll everything back when it raises.

        A write waits up to ``BUSY_TIMEOUT_SECONDS`` for another writer, then is refused with a
        message saying so; ``read_only`` units of work never wait (SQLite's WAL lets them read).
        A file that cannot take the write (a full disk, a read-only file) is refused with its own
        message, the same for every service: no write path can forget to say why.
        """
        try:
            with self._sessions() as session, session.begin():
                session.connection(execution_options={READ_ONLY: read_only})
                yield session
        except OperationalError as error:
            if _is_busy(error):
                raise DatabaseBusy(MSG_BUSY, seconds=BUSY_TIMEOUT_SECONDS) from error
            if self.engine.dialect.name == "postgresql" and is_connection_lost(error):
                raise server_error(error, self.url) from error
            if _is_file_fault(error):
                raise fault_error(error, self.path, self.url) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()
