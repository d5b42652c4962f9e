"""自查 through the service layer: permissions, drafts, submission, locking and the audit log."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from nursingqc.domain.errors import (
    PermissionDenied,
    PhaseNotOpen,
    SubmissionIncomplete,
    ValidationError,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.i18n import error_text
from nursingqc.services.container import Services
from nursingqc.storage.models import AuditEntry, Inspection, ItemResult
from tests.helpers import TODAY, Hospital, full_marks, save_draft, submit, with_deduction


def count(services: Services, model: type) -> int:
    with services.database.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_draft_is_saved_and_comes_back(services: Services, hospital: Hospital) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    entries = {"WE01": ItemEntry(Decimal("1.5"), problem="走廊加床"), "WE02": ItemEntry()}
    save_draft(services, hospital.nurse_a, key, entries)
    sheet = services.inspections.open_sheet(hospital.nurse_a, key)
    assert sheet.status is SheetStatus.DRAFT
    assert dict(sheet.entries) == entries
    assert sheet.editable
    assert len(definition.items) == 10


def test_head_nurse_cannot_read_or_write_another_wards_self_check(
    services: Services, hospital: Hospital
) -> None:
    other = hospital.key(ward=hospital.ward_b)
    definition = services.checklists.definition(other.checklist_id)
    with pytest.raises(PermissionDenied):
        services.inspections.open_sheet(hospital.nurse_a, other)
    with pytest.raises(PermissionDenied):
        save_draft(services, hospital.nurse_a, other, full_marks(definition))
    with pytest.raises(PermissionDenied):
        submit(services, hospital.nurse_a, other, full_marks(definition))
    with pytest.raises(PermissionDenied):
        services.inspections.sheets(hospital.nurse_a, hospital.campaign.id, hospital.ward_b)
    assert count(services, Inspection) == 0


def test_the_refusal_names_the_ward_in_chinese(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    with pytest.raises(PermissionDenied) as refused:
        services.inspections.open_sheet(hospital.nurse_a, hospital.key(ward=hospital.ward_b))
    assert error_text(refused.value) == "护士长只能填写本病区的检查表，无权操作病区 WK01。"


def test_an_inspector_does_not_fill_self_checks(services: Services, hospital: Hospital) -> None:
    with pytest.raises(PermissionDenied):
        services.inspections.open_sheet(hospital.inspector, hospital.key())


def test_a_deduction_above_the_items_points_is_refused_and_nothing_changes(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    key = hospital.key()
    save_draft(services, hospital.nurse_a, key, {"WE04": ItemEntry(Decimal(1), problem="x")})
    with pytest.raises(ValidationError) as refused:
        save_draft(
            services, hospital.nurse_a, key, {"WE04": ItemEntry(Decimal(6), problem="窗帘脏")}
        )
    assert error_text(refused.value) == "条目 WE04：扣分 6 超过本条分值 5 分（扣完为止）。"
    sheet = services.inspections.open_sheet(hospital.nurse_a, key)
    assert sheet.entries["WE04"].deduction == Decimal(1)


def test_unknown_items_are_refused(services: Services, hospital: Hospital) -> None:
    with pytest.raises(ValidationError):
        save_draft(services, hospital.nurse_a, hospital.key(), {"XX99": ItemEntry()})


def test_submission_points_out_unscored_items_and_deductions_without_problem(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    save_draft(services, hospital.nurse_a, key, {"WE01": ItemEntry()})
    entries = full_marks(definition)
    del entries["WE03"]
    entries["WE05"] = ItemEntry(Decimal(3))
    with pytest.raises(SubmissionIncomplete) as refused:
        submit(services, hospital.nurse_a, key, entries)
    codes = [problem.params["item"] for problem in refused.value.problems]
    assert codes == ["WE03", "WE05"]
    sheet = services.inspections.open_sheet(hospital.nurse_a, key)
    assert sheet.status is SheetStatus.DRAFT
    assert dict(sheet.entries) == {"WE01": ItemEntry()}  # a refused submit changes nothing


def test_all_items_not_applicable_cannot_be_submitted(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    entries = {item.code: ItemEntry(not_applicable=True) for item in definition.items}
    with pytest.raises(SubmissionIncomplete):
        submit(services, hospital.nurse_a, key, entries)


def test_submit_stores_the_sheet_read_only_and_audits_it(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    score = submit(
        services, hospital.nurse_a, key, with_deduction(definition, "WE01", "3", "走廊加床3张")
    )
    assert score == Fraction(97)
    with services.database.transaction() as session:
        inspection = session.scalars(select(Inspection)).one()
        assert inspection.status is SheetStatus.SUBMITTED
        assert inspection.phase is PhaseKind.SELF_CHECK
        assert inspection.inspector_name == "张丽"
        assert session.scalar(select(func.count()).select_from(ItemResult)) == 10
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "submit")).one()
        assert audit.username == "nk01" and '"score": "97.00"' in (audit.after or "")
    with pytest.raises(PhaseNotOpen):
        save_draft(services, hospital.nurse_a, key, full_marks(definition))
    assert not services.inspections.open_sheet(hospital.nurse_a, key).editable


def test_only_an_admin_reopens_a_submitted_sheet_and_needs_a_reason(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    submit(services, hospital.nurse_a, key, full_marks(definition))
    with pytest.raises(PermissionDenied):
        services.inspections.reopen(hospital.nurse_a, key, "我想改")
    with pytest.raises(ValidationError):
        services.inspections.reopen(hospital.admin, key, "  ")
    services.inspections.reopen(hospital.admin, key, "WE05 分值录入错误")
    assert services.inspections.open_sheet(hospital.nurse_a, key).editable
    with services.database.transaction() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "reopen")).one()
        assert audit.reason == "WE05 分值录入错误" and audit.username == "admin"


def test_closing_the_phase_locks_its_entries(services: Services, hospital: Hospital) -> None:
    key = hospital.key()
    save_draft(services, hospital.nurse_a, key, {"WE01": ItemEntry()})
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    with pytest.raises(PhaseNotOpen):
        save_draft(services, hospital.nurse_a, key, {"WE01": ItemEntry(Decimal(1))})
    sheet = services.inspections.open_sheet(hospital.nurse_a, key)
    assert not sheet.editable and sheet.entries["WE01"].deduction == 0


def test_nothing_is_entered_before_the_phase_opens(services: Services) -> None:
    from tests.helpers import build_hospital

    hospital = build_hospital(services, open_self_check=False)
    with pytest.raises(PhaseNotOpen):
        save_draft(services, hospital.nurse_a, hospital.key(), {"WE01": ItemEntry()})


def test_progress_counts_the_wards_sheets(services: Services, hospital: Hospital) -> None:
    for code in ("WARD_ENV", "SERVICE"):
        key = hospital.key(code)
        definition = services.checklists.definition(key.checklist_id)
        submit(services, hospital.nurse_a, key, full_marks(definition))
    save_draft(services, hospital.nurse_a, hospital.key("BED_UNIT"), {})
    mine = services.inspections.progress(hospital.nurse_a, hospital.campaign.id)
    assert (mine.submitted, mine.drafts, mine.total) == (2, 1, 5)
    everyone = services.inspections.progress(hospital.admin, hospital.campaign.id)
    assert (everyone.submitted, everyone.total) == (2, 10)
    summaries = services.inspections.sheets(hospital.nurse_a, hospital.campaign.id, hospital.ward_a)
    assert [s.status for s in summaries] == [
        SheetStatus.SUBMITTED,
        SheetStatus.DRAFT,
        SheetStatus.SUBMITTED,
        None,
        None,
    ]


def test_entering_outside_the_phase_week_is_allowed_with_a_warning(
    services: Services, hospital: Hospital
) -> None:
    from datetime import timedelta

    from nursingqc.services.inspections import InspectionService

    later = InspectionService(
        services.database, today=lambda: hospital.campaign.starts_on + timedelta(days=10)
    )
    sheet = later.open_sheet(hospital.nurse_a, hospital.key())
    assert sheet.outside_phase_dates and sheet.editable
    assert not services.inspections.open_sheet(hospital.nurse_a, hospital.key()).outside_phase_dates


def test_the_department_sees_which_wards_are_behind(services: Services, hospital: Hospital) -> None:
    for code in ("WARD_ENV", "SERVICE"):
        key = hospital.key(code, ward=hospital.ward_b)
        definition = services.checklists.definition(key.checklist_id)
        submit(services, hospital.nurse_b, key, full_marks(definition))
    behind = services.home.overview(hospital.admin, TODAY).wards_behind
    assert [(w.ward_code, w.submitted, w.total) for w in behind] == [("NK01", 0, 5), ("WK01", 2, 5)]
    assert services.home.overview(hospital.nurse_a, TODAY).wards_behind == ()


def test_a_save_into_a_closed_phase_names_its_state_in_chinese(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    with pytest.raises(PhaseNotOpen) as refused:
        save_draft(services, hospital.nurse_a, hospital.key(), {})
    assert error_text(refused.value) == "“自查”阶段未在进行中（已结束），数据不能修改。"
