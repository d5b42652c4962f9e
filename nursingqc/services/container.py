"""Opens a hospital's database and hands out its services; the UI and CLI start here."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from nursingqc.domain.errors import DatabaseError, Message, NursingQCError
from nursingqc.paths import default_database_path, keys_dir, resources_dir
from nursingqc.services.accounts import AccountService
from nursingqc.services.audit_log import AuditLogService
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.checklists import ChecklistService
from nursingqc.services.exchange import ExchangeService
from nursingqc.services.home import HomeService
from nursingqc.services.inspections import InspectionService
from nursingqc.services.maintenance import CheckLine, MaintenanceService, require_database_file
from nursingqc.services.nominations import NominationService
from nursingqc.services.notices import NoticeService
from nursingqc.services.ranking import RankingService
from nursingqc.services.rectification import RectificationService
from nursingqc.services.score_import import ScoreImportService
from nursingqc.services.summary import SummaryService
from nursingqc.services.ward_import import WardImportService
from nursingqc.services.wards import WardService
from nursingqc.storage.checklist_files import read_checklist_folder
from nursingqc.storage.db import (
    MSG_FOLDER_MISSING,
    Database,
    fault_error,
    shown_url,
    sqlite_path,
)
from nursingqc.storage.migrate import prepare_database
from nursingqc.storage.network_share import network_share_warning

#: What SQLite, SQLAlchemy and the operating system raise when a database file cannot be used.
_FAULTS = (OSError, sqlite3.Error, DBAPIError)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """Every use-case group, sharing one database; a page takes only the ones it needs."""

    database: Database
    accounts: AccountService
    wards: WardService
    ward_import: WardImportService
    checklists: ChecklistService
    campaigns: CampaignService
    home: HomeService
    inspections: InspectionService
    rectification: RectificationService
    notices: NoticeService
    ranking: RankingService
    nominations: NominationService
    score_import: ScoreImportService
    summary: SummaryService
    maintenance: MaintenanceService
    audit_log: AuditLogService
    #: 交换包: enrolment, export and import of exchange packages (rules §14).
    exchange: ExchangeService
    #: What the user should know at start but that does not stop the program: a database on
    #: a network drive, a daily backup that could not be written.
    start_warnings: tuple[Message, ...] = ()

    def close(self) -> None:
        self.database.dispose()


def open_services(
    url: str,
    today: Callable[[], date] = date.today,
    *,
    existing: bool = False,
    keys_folder: Path | None = None,
) -> Services:
    """Upgrades the schema (backing up first), loads the shipped checklists, wires the services.

    A database file that does not exist yet is created, unless ``existing`` asks for one that
    does: a command that expects data refuses a mistyped path instead of starting afresh there.

    A broken shipped checklist file or an unusable database raises a user-facing error before
    anything is written: a damaged file is refused (naming the newest backup), and a missing
    folder, a read-only file or folder and a full disk each get their own message. A read-only
    database is refused rather than opened for reading: signing in and opening a sheet both save.

    ``keys_folder`` holds the exchange packages' signing keys (default: the program's data
    folder, ``paths.keys_dir``); tests give each database its own.
    """
    log.info("opening database %s", shown_url(url))
    definitions = read_checklist_folder(resources_dir() / "checklists")
    path = sqlite_path(url)
    if path is not None and existing:
        require_database_file(path)
    if path is not None:
        _ensure_folder(path)
    database = Database(url)
    try:
        backup_warning = prepare_database(database)
        checklists = ChecklistService(database)
        checklists.sync_definitions(definitions)
    except _FAULTS as error:
        database.dispose()
        raise fault_error(error, path, url) from error
    except BaseException:
        database.dispose()
        raise
    return Services(
        database=database,
        start_warnings=tuple(
            warning for warning in (network_share_warning(url), backup_warning) if warning
        ),
        accounts=AccountService(database),
        wards=WardService(database),
        ward_import=WardImportService(database),
        checklists=checklists,
        campaigns=CampaignService(database),
        home=HomeService(database),
        inspections=InspectionService(database, today),
        rectification=RectificationService(database, today),
        notices=NoticeService(database, today),
        ranking=RankingService(database),
        nominations=NominationService(database),
        score_import=ScoreImportService(database, today),
        summary=SummaryService(database),
        maintenance=MaintenanceService(database),
        audit_log=AuditLogService(database),
        exchange=ExchangeService(
            database, keys_folder if keys_folder is not None else keys_dir(), today
        ),
    )


def database_label(url: str) -> str:
    """The database as the user knows it: the file's path, or the server's address without its
    password."""
    path = sqlite_path(url)
    return str(path) if path is not None else shown_url(url)


def _ensure_folder(path: Path) -> None:
    """The program's own data folder is made on first use. Any other folder must exist already:
    a missing one is a mistyped ``--db`` or a disconnected drive, not a place to start afresh."""
    folder = path.parent
    if folder.is_dir():
        return
    if folder.absolute() != default_database_path().parent.absolute():
        raise DatabaseError(MSG_FOLDER_MISSING, folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise fault_error(error, path) from error


def check_database(url: str) -> list[CheckLine]:
    """``nursingqc check``: looks at the database as it is, read-only. It never upgrades, never
    creates a file or folder, and writes only to roll back what a killed write left half-done
    (as any SQLite program would); what it cannot open it refuses with the reason."""
    path = sqlite_path(url)
    if path is not None:
        require_database_file(path)
    database = Database(url, read_only=True)
    try:
        return MaintenanceService(database).check()
    except NursingQCError:
        raise
    except _FAULTS as error:
        raise fault_error(error, path, url) from error
    finally:
        database.dispose()
