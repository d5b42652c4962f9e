"""Opening the database: the engine, SQLite pragmas, and one transaction per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseError

MSG_DRIVER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {url} needs the Python package {module}; install NursingQC with the "
    "postgresql extra (pip install nursingqc[postgresql]).",
)
MSG_BAD_URL = QT_TRANSLATE_NOOP("Errors", "{url} is not a database file name or address.")
MSG_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is busy: another NursingQC window or computer has been saving for more than "
    "{seconds} seconds. Nothing was changed; please try again in a moment.",
)

#: How long a write waits for another writer before it is refused with MSG_BUSY.
BUSY_TIMEOUT_SECONDS = 10
#: Execution option that marks a unit of work as read-only (plain BEGIN, no write lock taken).
READ_ONLY = "nursingqc_read_only"


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for a server database or an in-memory one."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL and breaks SAVEPOINT; taking over
    # BEGIN makes every unit of work — migrations included — one real transaction (STACK-FACTS).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
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


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


class Database:
    """The engine and a session factory; each ``transaction()`` is one user action."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            path = sqlite_path(url)
            self.engine = create_engine(url)
        except ModuleNotFoundError as error:
            raise DatabaseError(MSG_DRIVER_MISSING, url=url, module=error.name) from error
        except ArgumentError as error:
            raise DatabaseError(MSG_BAD_URL, url=url) from error
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def transaction(self, *, read_only: bool = False) -> Iterator[Session]:
        """Commit when the block ends normally, roll everything back when it raises.

        A write waits up to ``BUSY_TIMEOUT_SECONDS`` for another writer, then is refused with a
        message saying so; ``read_only`` units of work never wait (SQLite's WAL lets them read).
        """
        try:
            with self._sessions() as session, session.begin():
                session.connection(execution_options={READ_ONLY: read_only})
                yield session
        except OperationalError as error:
            if not _is_busy(error):
                raise
            raise DatabaseBusy(MSG_BUSY, seconds=BUSY_TIMEOUT_SECONDS) from error

    def dispose(self) -> None:
        self.engine.dispose()
