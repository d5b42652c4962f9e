"""The inspection engine: versioned saves, evaluation inspections, query counts and UTC times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from nursingqc.domain.errors import (
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.i18n import error_text
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.inspections import (
    MSG_CHANGED_ELSEWHERE,
    MSG_NOT_A_SHEET_PHASE,
    InspectionService,
    SheetKey,
)
from nursingqc.storage.models import Inspection
from tests.helpers import (
    TODAY,
    Hospital,
    executed_statements,
    full_marks,
    save_draft,
    submit,
    with_deduction,
)


def evaluation_key(hospital: Hospital, code: str = "WARD_ENV") -> SheetKey:
    return replace(hospital.key(code), phase=PhaseKind.EVALUATION)


def open_evaluation(services: Services, hospital: Hospital) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)


def test_a_save_on_a_sheet_saved_elsewhere_since_is_refused_naming_who(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    key = hospital.key()
    mine = services.inspections.open_sheet(hospital.nurse_a, key)
    theirs = services.inspections.open_sheet(hospital.admin, key)
    saved = services.inspections.save_draft(
        hospital.admin, key, {"WE01": ItemEntry(Decimal(1), problem="走廊加床")}, theirs.version
    )
    assert saved.version == 1 and saved.saved_by == "护理部 王主任"
    with pytest.raises(ConcurrentChange) as refused:
        services.inspections.save_draft(hospital.nurse_a, key, {"WE01": ItemEntry()}, mine.version)
    assert refused.value.template == MSG_CHANGED_ELSEWHERE
    assert refused.value.changed_by == "护理部 王主任"
    assert error_text(refused.value).startswith("护理部 王主任 在您打开本表之后")
    # Nothing of the refused save landed: the department's entry stands.
    stored = services.inspections.open_sheet(hospital.nurse_a, key)
    assert dict(stored.entries) == {"WE01": ItemEntry(Decimal(1), problem="走廊加床")}
    assert stored.version == 1


def test_each_save_moves_the_version_on_and_the_next_save_names_it(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    first = services.inspections.save_draft(hospital.nurse_a, key, {"WE01": ItemEntry()}, 0)
    second = services.inspections.save_draft(
        hospital.nurse_a, first.key, {"WE01": ItemEntry(Decimal(2), problem="x")}, first.version
    )
    assert (first.version, second.version) == (1, 2)
    assert first.key.inspection_id == second.key.inspection_id is not None
    with pytest.raises(ConcurrentChange):
        services.inspections.save_draft(hospital.nurse_a, key, {}, first.version)


def test_a_submit_on_a_stale_version_is_refused_and_nothing_is_submitted(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    save_draft(services, hospital.nurse_a, key, {"WE01": ItemEntry()})
    with pytest.raises(ConcurrentChange):
        services.inspections.submit(hospital.nurse_a, key, full_marks(definition), version=0)
    assert services.inspections.open_sheet(hospital.nurse_a, key).status is SheetStatus.DRAFT


def test_reopening_moves_the_version_on_so_a_window_opened_before_cannot_save(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    definition = services.checklists.definition(key.checklist_id)
    submit(services, hospital.nurse_a, key, full_marks(definition))
    before = services.inspections.open_sheet(hospital.admin, key)
    services.inspections.reopen(hospital.admin, key, "WE03 录错")
    with pytest.raises(ConcurrentChange):
        services.inspections.save_draft(hospital.nurse_a, key, {}, before.version)


def test_the_database_keeps_one_self_check_sheet_per_ward_and_checklist(
    services: Services, hospital: Hospital
) -> None:
    save_draft(services, hospital.nurse_a, hospital.key(), {})
    with pytest.raises(IntegrityError), services.database.transaction() as session:
        existing = session.scalars(select(Inspection)).one()
        session.add(
            Inspection(
                campaign_id=existing.campaign_id,
                phase=PhaseKind.SELF_CHECK,
                ward_id=existing.ward_id,
                checklist_id=existing.checklist_id,
                inspector_name="另一个",
                inspected_on=TODAY,
            )
        )


def test_several_inspectors_evaluate_the_same_ward_and_checklist(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    key = evaluation_key(hospital)
    definition = services.checklists.definition(key.checklist_id)
    second_inspector = services.accounts.create_user(
        hospital.admin, "zk2", "质控组 钱敏", hospital.inspector.role, "secret123"
    )
    other = services.accounts.login(second_inspector.username, "secret123")
    by_zhao = services.inspections.save_draft(
        hospital.inspector, key, with_deduction(definition, "WE02", "2"), version=0
    )
    by_qian = services.inspections.save_draft(other, key, full_marks(definition), version=0)
    assert by_zhao.key.inspection_id != by_qian.key.inspection_id
    sheet = services.inspections.open_sheet(hospital.inspector, by_zhao.key)
    assert sheet.inspector_name == "质控组 赵静" and sheet.inspected_on == TODAY
    assert sheet.entries["WE02"].deduction == Decimal(2)
    # An inspector changes only her own inspection; the department may change any.
    with pytest.raises(PermissionDenied):
        services.inspections.save_draft(other, by_zhao.key, {}, by_zhao.version)
    services.inspections.save_draft(hospital.admin, by_zhao.key, {}, by_zhao.version)


def test_head_nurses_do_not_score_the_evaluation(services: Services, hospital: Hospital) -> None:
    open_evaluation(services, hospital)
    with pytest.raises(PermissionDenied):
        services.inspections.save_draft(hospital.nurse_a, evaluation_key(hospital), {}, 0)
    with pytest.raises(PermissionDenied):
        services.inspections.open_sheet(hospital.inspector, hospital.key())  # the self-check


def test_an_evaluation_sheet_needs_its_phase_open(services: Services, hospital: Hospital) -> None:
    from nursingqc.domain.errors import PhaseNotOpen

    with pytest.raises(PhaseNotOpen):
        services.inspections.save_draft(hospital.inspector, evaluation_key(hospital), {}, 0)


def test_only_self_check_and_evaluation_have_score_sheets(
    services: Services, hospital: Hospital
) -> None:
    key = replace(hospital.key(), phase=PhaseKind.SUMMARY)
    with pytest.raises(ValidationError) as refused:
        services.inspections.open_sheet(hospital.admin, key)
    assert refused.value.template == MSG_NOT_A_SHEET_PHASE


def test_an_inspection_id_of_another_ward_is_not_found(
    services: Services, hospital: Hospital
) -> None:
    saved = services.inspections.save_draft(hospital.nurse_a, hospital.key(), {}, 0)
    wrong = replace(saved.key, ward_id=hospital.ward_b)
    with pytest.raises(NotFound):
        services.inspections.open_sheet(hospital.admin, wrong)


def test_the_campaign_list_takes_the_same_queries_for_one_campaign_or_ten(
    services: Services, hospital: Hospital
) -> None:
    with executed_statements(services) as one:
        services.campaigns.list_campaigns(hospital.admin)
    for month in range(1, 10):
        services.campaigns.create_campaign(
            hospital.admin,
            CampaignSpec(name=f"2027年{month}月", starts_on=TODAY + timedelta(days=40 * month)),
        )
    with executed_statements(services) as ten:
        campaigns = services.campaigns.list_campaigns(hospital.admin)
    assert len(campaigns) == 10
    assert len(ten) == len(one)


def test_the_sheet_list_takes_the_same_queries_however_many_sheets_are_saved(
    services: Services, hospital: Hospital
) -> None:
    first, *others = [checklist.code for checklist in hospital.campaign.checklists]
    save_draft(services, hospital.nurse_a, hospital.key(first), {})
    with executed_statements(services) as one_saved:
        services.inspections.sheets(hospital.nurse_a, hospital.campaign.id, hospital.ward_a)
    for code in others:
        save_draft(services, hospital.nurse_a, hospital.key(code), {})
    with executed_statements(services) as all_saved:
        summaries = services.inspections.sheets(
            hospital.nurse_a, hospital.campaign.id, hospital.ward_a
        )
    assert [s.status for s in summaries] == [SheetStatus.DRAFT] * 5
    assert len(all_saved) == len(one_saved)


def test_times_are_stored_in_utc_and_come_back_aware(
    services: Services, hospital: Hospital
) -> None:
    beijing = timezone(timedelta(hours=8))
    moment = datetime(2026, 7, 8, 9, 30, tzinfo=beijing)
    clocked = InspectionService(services.database, today=lambda: TODAY, now=lambda: moment)
    saved = clocked.save_draft(hospital.nurse_a, hospital.key(), {}, 0)
    assert saved.saved_at == moment and saved.saved_at.tzinfo is not None
    with services.database.transaction() as session:
        raw = session.execute(text("SELECT updated_at FROM inspections")).scalar_one()
    # UTC, without a zone: text in a SQLite file, a timestamp without time zone on a server
    assert str(raw).startswith("2026-07-08 01:30:00")
    sheet = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert sheet.saved_at == moment and sheet.saved_at.utcoffset() == timedelta(0)


def test_a_naive_time_is_refused_before_it_reaches_the_database(
    services: Services, hospital: Hospital
) -> None:
    clocked = InspectionService(
        services.database, today=lambda: TODAY, now=lambda: datetime(2026, 7, 8, 9, 30)
    )
    with pytest.raises(Exception, match="no time zone"):
        clocked.save_draft(hospital.nurse_a, hospital.key(), {}, 0)
    assert datetime.now(UTC).tzinfo is UTC


def test_a_deduction_may_name_the_nurse_it_concerns(services: Services, hospital: Hospital) -> None:
    open_evaluation(services, hospital)
    key = evaluation_key(hospital)
    entries = {"WE02": ItemEntry(Decimal(1), problem="床单有污渍", nurse=" 刘洋 ")}
    saved = services.inspections.save_draft(hospital.inspector, key, entries, 0)
    sheet = services.inspections.open_sheet(hospital.inspector, saved.key)
    assert sheet.entries["WE02"].nurse == "刘洋"
    with pytest.raises(ValidationError) as refused:
        services.inspections.save_draft(
            hospital.inspector, saved.key, {"WE02": ItemEntry(nurse="长" * 51)}, saved.version
        )
    assert refused.value.params["item"] == "WE02"
    assert refused.value.params["reason"].params["limit"] == 50
