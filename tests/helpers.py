"""A small seeded hospital for tests: two wards, their head nurses, an inspector, a campaign."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from sqlalchemy import event, func, select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignInfo, CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.inspections import Saved, SheetKey
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.models import AuditEntry, Inspection, ItemResult, RectificationItem, Ward

#: The repository: tools and the program run from here as a developer starts them.
ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 7, 8)
PASSWORD = "secret123"


@dataclass(frozen=True)
class Hospital:
    admin: Actor
    nurse_a: Actor
    nurse_b: Actor
    inspector: Actor
    ward_a: int
    ward_b: int
    campaign: CampaignInfo

    def key(self, code: str = "WARD_ENV", ward: int | None = None) -> SheetKey:
        checklist = next(c for c in self.campaign.checklists if c.code == code)
        return SheetKey(self.campaign.id, ward or self.ward_a, checklist.checklist_id)


def build_hospital(services: Services, open_self_check: bool = True) -> Hospital:
    admin = services.accounts.first_run("测试市人民医院", "admin", "护理部 王主任", PASSWORD)
    services.ward_import.import_wards(
        admin,
        [
            WardRow(2, "NK01", "心血管内科", "张丽", "40", "内科片"),
            WardRow(3, "WK01", "普通外科", "李敏", "36", "外科片"),
        ],
    )
    wards = {ward.code: ward.id for ward in services.wards.list_wards(admin)}
    accounts = services.accounts
    # Accounts whose owners have set their own passwords: the tests log in and work at once.
    nurse_a = accounts.create_user(
        admin, "nk01", "张丽", Role.HEAD_NURSE, PASSWORD, "NK01", first_password=False
    )
    nurse_b = accounts.create_user(
        admin, "wk01", "李敏", Role.HEAD_NURSE, PASSWORD, "WK01", first_password=False
    )
    inspector = accounts.create_user(
        admin, "zk1", "质控组 赵静", Role.INSPECTOR, PASSWORD, first_password=False
    )
    campaign = services.campaigns.create_campaign(
        admin,
        CampaignSpec(name="2026年7月基础护理质量提升活动月", starts_on=TODAY - timedelta(days=2)),
    )
    if open_self_check:
        campaign = services.campaigns.open_phase(admin, campaign.id, PhaseKind.SELF_CHECK)

    def actor(user_id: int, username: str, name: str, role: Role, ward: int | None) -> Actor:
        return Actor(user_id, username, name, role, ward)

    return Hospital(
        admin=admin,
        nurse_a=actor(nurse_a.id, "nk01", "张丽", Role.HEAD_NURSE, wards["NK01"]),
        nurse_b=actor(nurse_b.id, "wk01", "李敏", Role.HEAD_NURSE, wards["WK01"]),
        inspector=actor(inspector.id, "zk1", "质控组 赵静", Role.INSPECTOR, None),
        ward_a=wards["NK01"],
        ward_b=wards["WK01"],
        campaign=campaign,
    )


class Steps:
    """A progress callback that lets the work go on, keeping every (done, total) it was told."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> bool:
        self.seen.append((done, total))
        return True


def full_marks(definition: ChecklistDefinition) -> dict[str, ItemEntry]:
    return {item.code: ItemEntry() for item in definition.items}


def with_deduction(
    definition: ChecklistDefinition, code: str, deduction: str, problem: str = "检查发现问题"
) -> dict[str, ItemEntry]:
    entries = full_marks(definition)
    entries[code] = ItemEntry(deduction=Decimal(deduction), problem=problem)
    return entries


WARD_COLUMNS = ["病区编码", "病区名称", "护士长", "床位数", "分组"]


def write_workbook(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> Path:
    """A one-sheet .xlsx as a user would hand it in; the first row is the header."""
    book = Workbook()
    worksheet = book.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    book.save(path)
    return path


def wards_workbook(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """The 病区 sheet with its standard header and ``rows`` below it."""
    return write_workbook(path, "病区", [WARD_COLUMNS, *rows])


def save_draft(
    services: Services, actor: Actor, key: SheetKey, entries: dict[str, ItemEntry]
) -> Saved:
    """Saves as the page does: on the version the sheet has when it is opened."""
    version = services.inspections.open_sheet(actor, key).version
    return services.inspections.save_draft(actor, key, entries, version)


def submit(
    services: Services, actor: Actor, key: SheetKey, entries: dict[str, ItemEntry]
) -> Fraction:
    version = services.inspections.open_sheet(actor, key).version
    return services.inspections.submit(actor, key, entries, version)


def submit_with_problems(services: Services, hospital: Hospital) -> None:
    """心血管内科's 病房环境: WE02 2 points off, WE04 0.5 off; the rest full marks."""
    key = hospital.key()
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(2), problem="12床病室有异味")
    entries["WE04"] = ItemEntry(Decimal("0.5"), problem="床帘脱钩")
    submit(services, hospital.nurse_a, key, entries)


def rewrite_workbook_part(path: Path, part: str, change: Callable[[bytes], bytes | None]) -> Path:
    """The .xlsx with one zip member changed as another program or a damaged disk might leave
    it: ``change`` gets the member's bytes and returns the new ones, or None to leave it out."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            new = change(data) if info.filename == part else data
            if new is not None:
                target.writestr(info, new)
    return path


def stream_workbook_part(path: Path, part: str, write: Callable[[IO[bytes], bytes], None]) -> Path:
    """The .xlsx with ``part`` (added if missing) rewritten by ``write(stream, old_bytes)``,
    packed as it is written: a part of a gigabyte never sits in this process's memory."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in members:
            if info.filename != part:
                target.writestr(info, data)
        old = dict((info.filename, data) for info, data in members).get(part, b"")
        with target.open(part, "w", force_zip64=True) as stream:
            write(stream, old)
    return path


def ward_table(services: Services) -> list[tuple[object, ...]]:
    """Every ward row, inactive ones too, and the audit log's length: to show nothing changed."""
    with services.database.transaction() as session:
        wards = session.scalars(select(Ward).order_by(Ward.id))
        rows: list[tuple[object, ...]] = [
            (w.id, w.code, w.name, w.head_nurse_name, w.beds, w.group_name, w.active) for w in wards
        ]
        rows.append(("audit entries", session.scalar(select(func.count(AuditEntry.id)))))
        return rows


def database_state(services: Services) -> dict[str, object]:
    """Every score row, rectification item and audit entry: to show an import changed nothing."""
    with services.database.transaction(read_only=True) as session:
        return {
            "inspections": session.execute(
                select(
                    Inspection.id,
                    Inspection.status,
                    Inspection.inspector_name,
                    Inspection.inspected_on,
                    Inspection.version,
                )
            ).all(),
            "results": session.execute(
                select(
                    ItemResult.inspection_id,
                    ItemResult.item_id,
                    ItemResult.deduction,
                    ItemResult.not_applicable,
                    ItemResult.veto_failed,
                    ItemResult.problem,
                )
            ).all(),
            "rectification": session.scalar(select(func.count(RectificationItem.id))),
            "audit": session.scalar(select(func.count(AuditEntry.id))),
        }


def audit_entries(services: Services, action: str) -> list[AuditEntry]:
    with services.database.transaction() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
        session.expunge_all()
        return entries


@contextmanager
def executed_statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement the database runs inside the block, in order."""
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(services.database.engine, "before_cursor_execute", seen)
