"""整改 through the services: items from submitted sheets, who may do what, history, photos."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import ConcurrentChange, NotFound, PermissionDenied, ValidationError
from nursingqc.domain.rectification import (
    MSG_NEEDS_CAUSE_AND_MEASURE,
    RectificationAction,
    RectificationStatus,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from nursingqc.services.home import RectificationTodo
from nursingqc.services.rectification import (
    MSG_RECHECK_NOT_BY_WARD,
    RectificationInfo,
    RectificationService,
)
from nursingqc.storage.models import AuditEntry
from tests.helpers import (
    TODAY,
    Hospital,
    audit_entries,
    database_state,
    full_marks,
    save_draft,
    submit,
    submit_with_problems,
)

OPEN = RectificationStatus.OPEN


@pytest.fixture
def rectification(services: Services) -> RectificationService:
    return RectificationService(services.database, today=lambda: TODAY)


def items(rectification: RectificationService, hospital: Hospital) -> list[RectificationInfo]:
    return rectification.list_items(hospital.admin, hospital.campaign.id)


def todo(services: Services, actor: Actor, today: date = TODAY) -> RectificationTodo:
    """The home page's rectification counts."""
    counted = services.home.overview(actor, today).rectification
    assert counted is not None
    return counted


def test_a_submitted_sheet_makes_one_item_per_finding_with_a_snapshot_and_deadline(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    save_draft(services, hospital.nurse_a, hospital.key(), {"WE01": ItemEntry(Decimal(1))})
    assert items(rectification, hospital) == []  # a draft makes nothing yet
    submit_with_problems(services, hospital)
    made = items(rectification, hospital)
    assert [(i.item_code, i.deduction, i.problem) for i in made] == [
        ("WE02", Decimal(2), "12床病室有异味"),
        ("WE04", Decimal("0.5"), "床帘脱钩"),
    ]
    first = made[0]
    assert first.status is OPEN and first.ward_code == "NK01"
    assert first.checklist_name == "病房环境" and first.item_text.startswith("病室")
    assert (first.issued_on, first.deadline) == (TODAY, TODAY + timedelta(days=7))
    history = rectification.detail(hospital.admin, first.id).history
    assert [line.action for line in history] == [RectificationAction.CREATED]


def test_a_reopened_sheet_leaves_its_items_alone_until_it_is_submitted_again(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    key = hospital.key()
    services.inspections.reopen(hospital.admin, key, "WE04 录错")
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(3), problem="12床、13床病室有异味")
    entries["WE07"] = ItemEntry(Decimal(1), problem="呼叫器故障")
    save_draft(services, hospital.nurse_a, key, entries)
    assert [i.item_code for i in items(rectification, hospital)] == ["WE02", "WE04"]
    submit(services, hospital.nurse_a, key, entries)
    after = {i.item_code: i for i in items(rectification, hospital)}
    assert after["WE02"].deduction == Decimal(3) and after["WE02"].status is OPEN
    assert after["WE04"].status is RectificationStatus.WITHDRAWN
    assert after["WE07"].status is OPEN
    revised = rectification.detail(hospital.admin, after["WE02"].id).history
    assert [line.action for line in revised] == [
        RectificationAction.CREATED,
        RectificationAction.REVISED,
    ]
    assert revised[1].note == "2.0→3.0; 12床病室有异味→12床、13床病室有异味"
    # Withdrawn items are nobody's work: not on the to-do, not counted.
    assert todo(services, hospital.admin).open == 2


def test_the_ward_fills_and_marks_done_and_an_inspector_verifies(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    nurse = hospital.nurse_a
    with pytest.raises(ValidationError) as refused:
        rectification.mark_done(nurse, item.id, item.version, TODAY)
    assert refused.value.template == MSG_NEEDS_CAUSE_AND_MEASURE
    item = rectification.fill(nurse, item.id, item.version, "通风不足", "每日开窗两次", "李护士")
    assert item.deadline == TODAY + timedelta(days=7)  # editing never moves the deadline
    item = rectification.mark_done(nurse, item.id, item.version, TODAY)
    assert item.status is RectificationStatus.AWAITING_RECHECK
    with pytest.raises(PermissionDenied) as refused_nurse:
        rectification.verify(nurse, item.id, item.version)
    assert refused_nurse.value.template == MSG_RECHECK_NOT_BY_WARD
    item = rectification.verify(hospital.inspector, item.id, item.version, "已无异味")
    assert item.status is RectificationStatus.VERIFIED
    assert (item.verified_by, item.verified_on) == ("质控组 赵静", TODAY)
    with services.database.transaction() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "rectification_item")
        ).all()
    assert actions == [
        "rectification_filled",
        "rectification_marked_done",
        "rectification_verified",
    ]


def test_a_rejected_recheck_goes_back_to_the_ward_with_a_new_deadline_and_history(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    item = rectification.fill(hospital.nurse_a, item.id, item.version, "原因", "措施", "")
    item = rectification.mark_done(hospital.nurse_a, item.id, item.version, TODAY)
    new_deadline = TODAY + timedelta(days=3)
    item = rectification.reject(hospital.admin, item.id, item.version, "仍有异味", new_deadline)
    assert (item.status, item.deadline, item.done_on) == (OPEN, new_deadline, None)
    rejected = rectification.detail(hospital.admin, item.id).history[-1]
    assert rejected.action is RectificationAction.REJECTED
    assert (rejected.deadline_before, rejected.deadline_after) == (
        TODAY + timedelta(days=7),
        new_deadline,
    )
    assert rejected.note == "仍有异味"


def test_a_head_nurse_works_only_on_her_own_wards_items(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    with pytest.raises(PermissionDenied):
        rectification.fill(hospital.nurse_b, item.id, item.version, "原因", "措施", "")
    with pytest.raises(PermissionDenied):
        rectification.detail(hospital.nurse_b, item.id)
    assert rectification.list_items(hospital.nurse_b, hospital.campaign.id) == []
    assert len(rectification.list_items(hospital.nurse_a, hospital.campaign.id)) == 2
    # An inspector re-checks but does not write the ward's answer.
    with pytest.raises(PermissionDenied):
        rectification.fill(hospital.inspector, item.id, item.version, "原因", "措施", "")


def test_a_delay_is_the_departments_with_a_reason_and_overdue_items_show(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    with pytest.raises(PermissionDenied):
        rectification.delay(hospital.nurse_a, item.id, item.version, "忙", TODAY)
    later = RectificationService(services.database, today=lambda: TODAY + timedelta(days=8))
    assert [i.overdue for i in later.list_items(hospital.admin, hospital.campaign.id)] == [
        True,
        True,
    ]
    counted = todo(services, hospital.admin, TODAY + timedelta(days=8))
    assert (counted.open, counted.overdue, counted.open_overdue) == (2, 2, 2)
    assert counted.overdue_wards == ("NK01 心血管内科",)
    delayed = later.delay(
        hospital.admin, item.id, item.version, "等待设备维修", TODAY + timedelta(days=14)
    )
    assert not delayed.overdue
    overdue = later.list_items(hospital.admin, hospital.campaign.id, overdue_only=True)
    assert [i.item_code for i in overdue] == ["WE04"]


def test_the_wards_overdue_count_leaves_out_items_waiting_for_the_recheck(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    later = RectificationService(services.database, today=lambda: TODAY + timedelta(days=8))
    item = later.list_items(hospital.nurse_a, hospital.campaign.id)[0]
    item = later.fill(hospital.nurse_a, item.id, item.version, "原因", "措施", "")
    later.mark_done(hospital.nurse_a, item.id, item.version, TODAY + timedelta(days=8))
    counted = todo(services, hospital.nurse_a, TODAY + timedelta(days=8))
    assert (counted.open, counted.open_overdue, counted.awaiting_recheck, counted.overdue) == (
        1,
        1,
        1,
        2,
    )


def test_a_change_made_elsewhere_since_the_item_was_opened_is_not_overwritten(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    rectification.fill(hospital.admin, item.id, item.version, "护理部填写", "措施", "")
    with pytest.raises(ConcurrentChange) as refused:
        rectification.fill(hospital.nurse_a, item.id, item.version, "护士长填写", "措施", "")
    assert refused.value.changed_by == "护理部 王主任"
    assert rectification.detail(hospital.admin, item.id).item.cause == "护理部填写"


def test_evaluation_findings_become_items_too(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    key = replace(hospital.key("SERVICE", hospital.ward_b), phase=PhaseKind.EVALUATION)
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["SV04"] = ItemEntry(veto_failed=True, problem="患者投诉态度生硬")
    services.inspections.submit(hospital.inspector, key, entries, version=0)
    (item,) = items(rectification, hospital)
    assert (item.ward_code, item.item_code, item.veto_failed) == ("WK01", "SV04", True)


def test_photos_are_kept_in_the_database_with_the_item(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 1000
    detail = rectification.add_photo(hospital.nurse_a, item.id, "整改后.jpg", jpeg, (640, 480))
    (photo,) = detail.photos
    assert (photo.file_name, photo.width, photo.added_by) == ("整改后.jpg", 640, "张丽")
    assert rectification.photo(hospital.nurse_a, photo.id) == jpeg
    with pytest.raises(ValidationError):
        rectification.add_photo(hospital.nurse_a, item.id, "原图.jpg", b"0" * 2_000_000, (1, 1))
    assert date.today() is not None


def test_a_photo_is_read_only_by_those_who_may_see_its_ward(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 1000
    (photo,) = rectification.add_photo(hospital.nurse_a, item.id, "a.jpg", jpeg, (640, 480)).photos
    assert rectification.photo(hospital.inspector, photo.id) == jpeg
    with pytest.raises(PermissionDenied):
        rectification.photo(hospital.nurse_b, photo.id)
    with pytest.raises(NotFound):
        rectification.photo(hospital.admin, photo.id + 1)


def test_a_removed_photo_stays_for_the_department_with_its_reason(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    jpeg = b"\xff\xd8\xff\xe0" + b"0" * 1000
    detail = rectification.add_photo(hospital.nurse_a, item.id, "病人正脸.jpg", jpeg, (640, 480))
    (photo,) = detail.photos
    version = detail.item.version
    before = database_state(services)
    with pytest.raises(ValidationError, match="Say why the photo is removed"):
        rectification.remove_photo(hospital.nurse_a, item.id, version, photo.id, "  ")
    with pytest.raises(PermissionDenied):
        rectification.remove_photo(hospital.inspector, item.id, version, photo.id, "拍错了")
    with pytest.raises(PermissionDenied):
        rectification.remove_photo(hospital.nurse_b, item.id, version, photo.id, "拍错了")
    with pytest.raises(ConcurrentChange):
        rectification.remove_photo(hospital.nurse_a, item.id, version - 1, photo.id, "拍错了")
    assert database_state(services) == before

    removed = rectification.remove_photo(
        hospital.nurse_a, item.id, version, photo.id, "能认出病人的脸"
    )
    assert removed.photos == () and removed.item.photo_count == 0
    assert rectification.list_items(hospital.nurse_a, hospital.campaign.id)[0].photo_count == 0
    with pytest.raises(NotFound):
        rectification.photo(hospital.nurse_a, photo.id)
    (kept,) = rectification.detail(hospital.admin, item.id).photos
    assert (kept.removed_by, kept.removed_reason) == ("张丽", "能认出病人的脸")
    assert rectification.photo(hospital.admin, photo.id) == jpeg
    (entry,) = audit_entries(services, "rectification_photo_removed")
    assert entry.reason == "能认出病人的脸"
    with pytest.raises(ValidationError, match="removed already"):
        rectification.remove_photo(
            hospital.admin, item.id, removed.item.version, photo.id, "再删一次"
        )


def test_a_rejected_item_says_so_until_the_ward_answers_again(
    services: Services, hospital: Hospital, rectification: RectificationService
) -> None:
    submit_with_problems(services, hospital)
    item = items(rectification, hospital)[0]
    item = rectification.fill(hospital.nurse_a, item.id, item.version, "原因", "措施", "")
    item = rectification.mark_done(hospital.nurse_a, item.id, item.version, TODAY)
    item = rectification.reject(
        hospital.inspector, item.id, item.version, "床帘仍未挂好", TODAY + timedelta(days=3)
    )
    assert item.recheck_failed == "床帘仍未挂好"
    line = rectification.list_lines(hospital.admin, hospital.campaign.id)[0]
    assert (line.recheck_failed, line.source, line.inspector) == (
        "床帘仍未挂好",
        PhaseKind.SELF_CHECK,
        "张丽",
    )
    item = rectification.fill(hospital.nurse_a, item.id, item.version, "原因", "重新挂好", "")
    assert item.recheck_failed == ""
