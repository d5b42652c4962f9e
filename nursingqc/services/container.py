"""Opens a hospital's database and hands out its services; the UI and CLI start here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from nursingqc.domain.errors import DatabaseError
from nursingqc.paths import resources_dir
from nursingqc.services.accounts import AccountService
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.checklists import ChecklistService
from nursingqc.services.inspections import InspectionService
from nursingqc.services.maintenance import CheckLine, MaintenanceService
from nursingqc.services.wards import WardService
from nursingqc.storage.checklist_files import read_checklist_folder
from nursingqc.storage.db import Database
from nursingqc.storage.migrate import MSG_NOT_A_DATABASE, current_revision, prepare_database


@dataclass(frozen=True)
class Services:
    """Every use-case group, sharing one database; a page takes only the ones it needs."""

    database: Database
    accounts: AccountService
    wards: WardService
    checklists: ChecklistService
    campaigns: CampaignService
    inspections: InspectionService
    maintenance: MaintenanceService

    def close(self) -> None:
        self.database.dispose()


def open_services(url: str, today: Callable[[], date] = date.today) -> Services:
    """Upgrades the schema (backing up first), loads the shipped checklists, wires the services.

    A broken shipped checklist file or an unusable database raises a user-facing error before
    anything is written.
    """
    definitions = read_checklist_folder(resources_dir() / "checklists")
    database = Database(url)
    try:
        prepare_database(database)
        checklists = ChecklistService(database)
        checklists.sync_definitions(definitions)
    except BaseException:
        database.dispose()
        raise
    return Services(
        database=database,
        accounts=AccountService(database),
        wards=WardService(database),
        checklists=checklists,
        campaigns=CampaignService(database),
        inspections=InspectionService(database, today),
        maintenance=MaintenanceService(database),
    )


def check_database(url: str) -> list[CheckLine]:
    """``nursingqc check``: looks at the database as it is, without upgrading or writing to it."""
    database = Database(url)
    try:
        try:
            current_revision(database)
        except SQLAlchemyDatabaseError as error:
            raise DatabaseError(MSG_NOT_A_DATABASE, path=url) from error
        return MaintenanceService(database).check()
    finally:
        database.dispose()
