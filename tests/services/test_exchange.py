"""Exchange packages between the department PC and ward PCs (rules §14): enrolment, up and down
round trips between separate databases, receipts, and what an import does twice or late."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Role
from nursingqc.domain.exchange import DEPARTMENT_PC, ExchangeRefused, RecordChange
from nursingqc.domain.exchange_records import MSG_BOTH_CHANGED
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.exchange import MSG_OLDER_PACKAGE
from nursingqc.services.inspections import SheetKey
from nursingqc.storage.models import AuditEntry, RectificationPhoto
from tests.helpers import PASSWORD, TODAY, full_marks, submit
from tests.services.exchange_pcs import (
    LONG_CAUSE,
    LONG_PROBLEM,
    Pcs,
    close,
    every_row,
    jpeg,
    three_pcs,
)

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def test_a_setup_package_makes_a_fresh_pc_the_wards_own(pcs: Pcs) -> None:
    ward = pcs.nk01.services
    identity = ward.exchange.this_pc()
    assert identity.role == "ward" and identity.ward_code == "NK01"
    assert identity.hospital_name == "测试市人民医院"
    assert identity.pc_id != DEPARTMENT_PC
    # Her own password works; only her ward is on the PC; the open campaign came with it,
    # the earlier published one did not.
    assert pcs.nk01.nurse.role is Role.HEAD_NURSE
    assert [w.code for w in ward.wards.list_wards(pcs.nk01.nurse)] == ["NK01"]
    campaign = pcs.nk01.campaign()
    assert campaign.phase(PhaseKind.SELF_CHECK).state.value == "open"
    assert [c.code for c in campaign.checklists] == [
        c.code for c in pcs.hospital.campaign.checklists
    ]
    enrolled = pcs.department.exchange.enrolled_wards(pcs.hospital.admin)
    assert [(e.ward_code, e.last_sent, e.last_received) for e in enrolled] == [
        ("NK01", 1, 1),
        ("WK01", 1, 1),
    ]
    assert pcs.department.exchange.this_pc().role == "department"


def test_up_and_down_carry_the_month_between_two_databases(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.nk01.answer("WE02")
    up = pcs.up(pcs.nk01)

    preview = pcs.department.exchange.preview(pcs.hospital.admin, [up])
    assert preview.refused_packages == ()
    assert [line.change for line in preview.lines] == [RecordChange.NEW] * 3
    assert pcs.items() == []  # a preview changes nothing
    result = pcs.department.exchange.apply(pcs.hospital.admin, [up], pcs.folder)
    assert result.preview.lines == preview.lines

    sheet = pcs.department.inspections.open_sheet(pcs.hospital.admin, pcs.hospital.key())
    assert sheet.status is SheetStatus.SUBMITTED
    assert sheet.entries["WE02"] == ItemEntry(Decimal(2), problem=LONG_PROBLEM, nurse="王芳")
    answered = pcs.item(pcs.hospital.ward_a, "WE02")
    assert (answered.cause, answered.owner, answered.done_on) == (LONG_CAUSE, "王芳", TODAY)
    assert answered.status is RectificationStatus.AWAITING_RECHECK
    assert answered.photo_count == 1
    with pcs.department.database.transaction(read_only=True) as session:
        (photo,) = session.scalars(select(RectificationPhoto)).all()
        assert photo.jpeg == jpeg("green")

    # The department re-checks one item, sends it down; the ward's PC shows it verified.
    pcs.department.rectification.verify(pcs.hospital.inspector, answered.id, answered.version)
    down = pcs.down("NK01")
    applied = pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [down], pcs.folder)
    changes = {line.change for line in applied.preview.lines}
    assert RecordChange.CHANGED in changes and RecordChange.REFUSED not in changes
    assert pcs.nk01.item("WE02").status is RectificationStatus.VERIFIED
    assert pcs.nk01.item("WE02").verified_by == "质控组 赵静"

    # The ward's receipt tells the department the item arrived: the next package leaves it out.
    (receipt,) = applied.receipts
    pcs.department.exchange.apply(pcs.hospital.admin, [receipt])
    quiet = pcs.nk01.services.exchange.preview(pcs.nk01.nurse, [pcs.down("NK01")])
    assert all(line.change is RecordChange.UNCHANGED for line in quiet.lines)
    assert not any("WE02" in str(line.what) for line in quiet.lines)


def test_the_evaluations_findings_go_down_and_their_answers_come_up(pcs: Pcs) -> None:
    department, hospital = pcs.department, pcs.hospital
    department.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    key = SheetKey(
        hospital.campaign.id,
        hospital.ward_b,
        hospital.key().checklist_id,
        PhaseKind.EVALUATION,
    )
    entries = full_marks(department.checklists.definition(key.checklist_id))
    entries["WE03"] = ItemEntry(Decimal(1), problem="治疗室物品摆放混乱")
    submit(department, hospital.inspector, key, entries)

    pcs.wk01.services.exchange.apply(pcs.wk01.nurse, [pcs.down("WK01")])
    finding = pcs.wk01.item("WE03")
    assert finding.source is PhaseKind.EVALUATION and finding.inspector == "质控组 赵静"
    pcs.wk01.answer("WE03", photo="blue")

    department.exchange.apply(hospital.admin, [pcs.up(pcs.wk01)])
    answered = pcs.item(hospital.ward_b, "WE03")
    assert answered.cause == LONG_CAUSE
    assert answered.status is RectificationStatus.AWAITING_RECHECK
    # 心血管内科's PC got nothing of 普通外科's.
    assert pcs.nk01.items() == []


def test_a_package_imported_twice_adds_nothing(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.nk01.answer("WE04")
    up = pcs.up(pcs.nk01)
    pcs.department.exchange.apply(pcs.hospital.admin, [up])
    before = every_row(pcs.department)

    again = pcs.department.exchange.apply(pcs.hospital.admin, [up])
    assert [line.change for line in again.preview.lines] == [RecordChange.UNCHANGED] * 3
    assert every_row(pcs.department) == before
    with pcs.department.database.transaction(read_only=True) as session:
        imports = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "exchange_import")
        ).all()
    assert len(imports) == 4  # two setup receipts, then this package twice


def test_an_older_package_than_one_imported_is_refused(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    first = pcs.up(pcs.nk01)
    pcs.nk01.answer("WE02")
    second = pcs.up(pcs.nk01)
    pcs.department.exchange.apply(pcs.hospital.admin, [second])
    before = every_row(pcs.department)

    with pytest.raises(ExchangeRefused) as refused:
        pcs.department.exchange.apply(pcs.hospital.admin, [first])
    assert refused.value.template == MSG_OLDER_PACKAGE
    assert refused.value.params["sequence"] == 2 and refused.value.params["last"] == 3
    assert every_row(pcs.department) == before
    # Two of one sender at once are taken in their order, whatever order they are chosen in.
    other = three_pcs(pcs.folder.parent / "again")
    try:
        other.nk01.submit_with_problems()
        one = other.up(other.nk01)
        other.nk01.answer("WE02")
        two = other.up(other.nk01)
        other.department.exchange.apply(other.hospital.admin, [two, one])
        assert other.item(other.hospital.ward_a, "WE02").cause == LONG_CAUSE
    finally:
        close(other)


def test_a_record_changed_on_both_pcs_is_refused_and_both_versions_kept(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    # Both change 床帘脱钩 since: the ward answers, the department moves the deadline.
    pcs.nk01.services.rectification.fill(
        pcs.nk01.nurse,
        pcs.nk01.item("WE04").id,
        pcs.nk01.item("WE04").version,
        "挂钩老化",
        "更换全部挂钩",
        "王芳",
    )
    here = pcs.item(pcs.hospital.ward_a, "WE04")
    later = here.deadline.replace(day=here.deadline.day + 7)
    pcs.department.rectification.delay(
        pcs.hospital.admin, here.id, here.version, "等待后勤配件", later
    )
    here = pcs.item(pcs.hospital.ward_a, "WE04")

    result = pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    (refused,) = [line for line in result.preview.lines if line.change is RecordChange.REFUSED]
    assert refused.reason is not None and refused.reason.template == MSG_BOTH_CHANGED
    assert refused.reason.params == {
        "ours": here.version,
        "our_author": "护理部 王主任",
        "theirs": pcs.nk01.item("WE04").version,
        "their_author": "张丽",
    }
    kept = pcs.item(pcs.hospital.ward_a, "WE04")
    assert (kept.deadline, kept.cause) == (later, "")
    # And the other way round: the ward keeps its answer, and its receipt says why.
    down = pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [pcs.down("NK01")], pcs.folder)
    assert RecordChange.REFUSED in {line.change for line in down.preview.lines}
    assert pcs.nk01.item("WE04").cause == "挂钩老化"
    assert pcs.nk01.item("WE04").deadline == here.deadline.replace(day=here.deadline.day - 7)
    (receipt,) = down.receipts
    read = pcs.department.exchange.apply(pcs.hospital.admin, [receipt])
    (back,) = [line for line in read.preview.lines if line.change is RecordChange.REFUSED]
    assert back.reason is not None and back.reason.template == MSG_BOTH_CHANGED
    # A receipt carries a reason's values as text, shown as they were.
    assert back.reason.params["ours"] == str(pcs.nk01.item("WE04").version)
    assert "WE04" in str(back.what.params["record"])


def test_the_department_reopens_a_sheet_and_the_ward_submits_it_again(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)], pcs.folder)
    pcs.department.inspections.reopen(pcs.hospital.admin, pcs.hospital.key(), "WE04 扣分有误")
    pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [pcs.down("NK01")])
    sheet = pcs.nk01.services.inspections.open_sheet(pcs.nk01.nurse, pcs.nk01.key())
    assert sheet.status is SheetStatus.DRAFT and sheet.editable

    entries = dict(sheet.entries)
    entries["WE04"] = ItemEntry()
    pcs.nk01.services.inspections.submit(pcs.nk01.nurse, sheet.key, entries, sheet.version)
    result = pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    assert RecordChange.REFUSED not in {line.change for line in result.preview.lines}
    resubmitted = pcs.department.inspections.open_sheet(pcs.hospital.admin, pcs.hospital.key())
    assert resubmitted.status is SheetStatus.SUBMITTED
    assert resubmitted.entries["WE04"] == ItemEntry()
    assert pcs.item(pcs.hospital.ward_a, "WE04").status is RectificationStatus.WITHDRAWN


def test_the_accounts_password_travels_as_its_hash(pcs: Pcs) -> None:
    nurse = pcs.wk01.services.accounts.login("wk01", PASSWORD)
    assert nurse.display_name == "李敏"
    with pcs.wk01.services.database.transaction(read_only=True) as session:
        enrolments = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "exchange_setup")
        ).all()
    assert enrolments == ["exchange_setup"]


def test_next_months_campaign_goes_down_with_its_revised_checklist(pcs: Pcs) -> None:
    department, admin = pcs.department, pcs.hospital.admin
    definition = department.checklists.definition(pcs.hospital.key().checklist_id)
    revised = replace(definition, name="病房环境（2026年8月修订）")
    department.checklists.save_new_version(admin, revised)
    august = department.campaigns.create_campaign(
        admin, CampaignSpec(name="2026年8月基础护理活动月", starts_on=TODAY.replace(month=8))
    )

    result = pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [pcs.down("NK01")])
    new = [str(line.what) for line in result.preview.lines if line.change is RecordChange.NEW]
    # The earlier campaign too: published before the PC was enrolled, its results come along.
    assert sorted(new) == sorted(
        [
            f"Campaign {august.name}",
            "Campaign 2026年1月基础护理活动月",
            "Published ranking of 2026年1月基础护理活动月",
        ]
    )
    campaigns = pcs.nk01.services.campaigns.list_campaigns(pcs.nk01.nurse)
    (copy,) = [c for c in campaigns if c.name == august.name]
    ward_env = next(c for c in copy.checklists if c.code == "WARD_ENV")
    assert pcs.nk01.services.checklists.definition(ward_env.checklist_id).name == revised.name


def test_a_published_campaign_reaches_the_ward_pc_with_the_hospitals_ranking(pcs: Pcs) -> None:
    department, hospital = pcs.department, pcs.hospital
    campaign = hospital.campaign.id
    department.campaigns.open_phase(hospital.admin, campaign, PhaseKind.EVALUATION)
    for ward, deduction in ((hospital.ward_a, "1.5"), (hospital.ward_b, "4")):
        key = SheetKey(campaign, ward, hospital.key().checklist_id, PhaseKind.EVALUATION)
        entries = full_marks(department.checklists.definition(key.checklist_id))
        entries["WE01"] = ItemEntry(Decimal(deduction), problem="病室通风不及时")
        submit(department, hospital.inspector, key, entries)
    department.campaigns.open_phase(hospital.admin, campaign, PhaseKind.SUMMARY)
    department.campaigns.close_phase(hospital.admin, campaign, PhaseKind.SUMMARY)

    result = pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [pcs.down("NK01")])
    assert "Published ranking of 2026年7月基础护理质量提升活动月" in [
        str(line.what) for line in result.preview.lines if line.change is RecordChange.NEW
    ]
    published = department.summary.ward_result(hospital.admin, campaign, hospital.ward_a)
    on_ward = pcs.nk01.services.summary.ward_result(
        pcs.nk01.nurse, pcs.nk01.campaign().id, pcs.nk01.nurse.ward_id or 0
    )
    assert on_ward.ranking == published.ranking
    # 普通外科's line too, which the ward PC holds no record of.
    assert sorted(line.ward_code for line in on_ward.ranking) == ["NK01", "WK01"]
    assert on_ward.line == published.line
    assert on_ward.checklists == published.checklists
    assert [f.item_code for f in on_ward.findings] == [f.item_code for f in published.findings]
    again = pcs.nk01.services.exchange.preview(pcs.nk01.nurse, [pcs.down("NK01")])
    assert RecordChange.NEW not in {line.change for line in again.lines}
