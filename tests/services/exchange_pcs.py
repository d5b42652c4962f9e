"""A hospital run on three databases for the exchange tests (rules §14): the department PC with
three wards and an earlier, published campaign, and the PCs of 心血管内科 (NK01) and 普通外科
(WK01), each enrolled by its setup package and with its own keys folder."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.exchange import RecordChange
from nursingqc.domain.exchange_records import RecordsDocument, from_plain, to_plain
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignInfo, CampaignSpec
from nursingqc.services.container import Services, open_services
from nursingqc.services.exchange import RECORDS_DOCUMENT
from nursingqc.services.inspections import SheetKey
from nursingqc.services.rectification import RectificationInfo
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.exchange_keys import load_or_create_signing_key
from nursingqc.storage.exchange_package import read_package, write_package
from nursingqc.storage.models import AuditEntry, Base
from tests.helpers import PASSWORD, TODAY, Hospital, build_hospital, full_marks, submit

#: What a head nurse types into a cause analysis when she means it: long, with line breaks.
LONG_CAUSE = (
    "一、夜班护士交接班时未按规范逐床检查床帘挂钩和病室通风情况；\n"
    "二、保洁人员更换后未接受病区环境标准培训，垃圾桶清理不及时；\n"
    "三、护士长每周环境巡查表流于形式，未对问题跟踪到底。" * 6
)
LONG_MEASURE = "1. 每班交接增加环境检查项目并签字；2. 对新保洁人员进行培训考核；" * 8
LONG_PROBLEM = "12床、14床病室有明显异味，窗户关闭，垃圾桶未加盖，床帘两处脱钩。" * 3


def jpeg(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


@dataclass
class WardPc:
    services: Services
    nurse: Actor

    def campaign(self) -> CampaignInfo:
        (campaign,) = [
            c
            for c in self.services.campaigns.list_campaigns(self.nurse)
            if c.name.startswith("2026年7月")
        ]
        return campaign

    def key(self, code: str = "WARD_ENV") -> SheetKey:
        campaign = self.campaign()
        checklist = next(c for c in campaign.checklists if c.code == code)
        assert self.nurse.ward_id is not None
        return SheetKey(campaign.id, self.nurse.ward_id, checklist.checklist_id)

    def submit_with_problems(self) -> None:
        """病房环境: WE02 2 points off with a long problem, WE04 0.5 off."""
        key = self.key()
        entries = full_marks(self.services.checklists.definition(key.checklist_id))
        entries["WE02"] = ItemEntry(Decimal(2), problem=LONG_PROBLEM, nurse="王芳")
        entries["WE04"] = ItemEntry(Decimal("0.5"), problem="床帘脱钩")
        submit(self.services, self.nurse, key, entries)

    def items(self) -> list[RectificationInfo]:
        return self.services.rectification.list_items(self.nurse, self.campaign().id)

    def item(self, code: str) -> RectificationInfo:
        return next(item for item in self.items() if item.item_code == code)

    def answer(self, code: str, photo: str | None = "green") -> RectificationInfo:
        """Cause, measure, owner, a photo, and done: what the department re-checks."""
        rectification = self.services.rectification
        item = self.item(code)
        item = rectification.fill(
            self.nurse, item.id, item.version, LONG_CAUSE, LONG_MEASURE, "王芳"
        )
        if photo is not None:
            rectification.add_photo(self.nurse, item.id, "整改后.jpg", jpeg(photo), (640, 480))
            item = self.item(code)
        return rectification.mark_done(self.nurse, item.id, item.version, TODAY)


@dataclass
class Pcs:
    department: Services
    hospital: Hospital
    nk01: WardPc
    wk01: WardPc
    folder: Path

    def items(self) -> list[RectificationInfo]:
        return self.department.rectification.list_items(
            self.hospital.admin, self.hospital.campaign.id
        )

    def item(self, ward: int, code: str) -> RectificationInfo:
        return next(i for i in self.items() if i.ward_id == ward and i.item_code == code)

    def up(self, ward: WardPc) -> Path:
        (path,) = ward.services.exchange.export(ward.nurse, self.folder)
        return path

    def down(self, code: str) -> Path:
        (path,) = self.department.exchange.export(self.hospital.admin, self.folder, [code])
        return path


def open_pc(folder: Path, name: str) -> Services:
    return open_services(
        f"sqlite:///{folder / name}.sqlite3",
        today=lambda: TODAY,
        keys_folder=folder / f"{name}-keys",
    )


def department_with_wards(folder: Path) -> tuple[Services, Hospital]:
    department = open_pc(folder, "department")
    hospital = build_hospital(department)
    department.ward_import.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科", "陈静")])
    department.accounts.create_user(
        hospital.admin, "ek01", "陈静", Role.HEAD_NURSE, PASSWORD, "EK01", first_password=False
    )
    earlier = department.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="2026年1月基础护理活动月", starts_on=date(2026, 1, 5))
    )
    department.campaigns.open_phase(hospital.admin, earlier.id, PhaseKind.SUMMARY)
    department.campaigns.close_phase(hospital.admin, earlier.id, PhaseKind.SUMMARY)
    return department, hospital


def enrolled_ward(
    department: Services, hospital: Hospital, folder: Path, code: str, home: Path
) -> WardPc:
    """The ward's PC, its database and keys in ``home``, set up by a package put in ``folder``
    (whose receipt the department imports)."""
    setup = department.exchange.enrol(hospital.admin, code, folder)
    services = open_pc(home, code.lower())
    (receipt,) = services.exchange.apply(None, [setup], folder).receipts
    department.exchange.apply(hospital.admin, [receipt])
    return WardPc(services, services.accounts.login(code.lower(), PASSWORD))


def three_pcs(tmp_path: Path) -> Pcs:
    folder = tmp_path / "shared"
    folder.mkdir(parents=True)
    department, hospital = department_with_wards(tmp_path)
    return Pcs(
        department,
        hospital,
        enrolled_ward(department, hospital, folder, "NK01", tmp_path),
        enrolled_ward(department, hospital, folder, "WK01", tmp_path),
        folder,
    )


def every_row(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """The whole database, table by table, but the audit log (an import is logged even when
    it changes nothing)."""
    with services.database.transaction(read_only=True) as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
            if table.name != AuditEntry.__tablename__
        }


def close(pcs: Pcs) -> None:
    for services in (pcs.department, pcs.nk01.services, pcs.wk01.services):
        services.close()


def forged(
    pcs: Pcs, ward: WardPc, path: Path, change: Callable[[RecordsDocument], RecordsDocument]
) -> Path:
    """The ward's package with its records changed by ``change`` and signed again with the
    ward PC's own key: what a ward PC with a broken or altered program would send."""
    identity = ward.services.exchange.this_pc()
    assert identity.ward_code is not None
    keys = pcs.folder.parent / f"{identity.ward_code.lower()}-keys"
    assert keys.is_dir()
    key = load_or_create_signing_key(keys, f"ward-{identity.pc_id}")
    package = read_package(path, lambda _: key.public_bytes())
    document = from_plain(RecordsDocument, package.documents[RECORDS_DOCUMENT], str(path))
    target = path.with_name(f"forged-{path.name}")
    records = {RECORDS_DOCUMENT: to_plain(change(document))}
    write_package(target, package.header, records, package.files, key)
    return target


CAUSE = "床帘挂钩老化，保洁时未及时发现；" + LONG_CAUSE


def we04(lines: object) -> list[RecordChange]:
    return [line.change for line in lines if "WE04" in str(line.what.params)]  # type: ignore[attr-defined]


def both_changed(pcs: Pcs) -> None:
    """The ward answers WE04 while the department extends its deadline, then they exchange
    both ways: each PC refuses the other's version and keeps it as a conflict."""
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    department.exchange.apply(hospital.admin, [pcs.up(ward)])
    item = ward.item("WE04")
    ward.services.rectification.fill(ward.nurse, item.id, item.version, CAUSE, LONG_MEASURE, "王芳")
    here = pcs.item(hospital.ward_a, "WE04")
    department.rectification.delay(
        hospital.admin, here.id, here.version, "等待后勤配件", here.deadline + timedelta(days=7)
    )
    up = department.exchange.apply(hospital.admin, [pcs.up(ward)], pcs.folder)
    assert we04(up.preview.lines) == [RecordChange.REFUSED]
    down = ward.services.exchange.apply(ward.nurse, [*up.receipts, pcs.down("NK01")], pcs.folder)
    assert RecordChange.REFUSED in we04(down.preview.lines)
    department.exchange.apply(hospital.admin, list(down.receipts))
