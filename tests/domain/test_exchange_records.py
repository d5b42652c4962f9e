"""Exchange records (rules §14): plain dicts and back, strict parsing, the conflict rule and who
owns which record."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from nursingqc.domain.exchange import ExchangeRefused, RecordChange
from nursingqc.domain.exchange_records import (
    MSG_BOTH_CHANGED,
    MSG_EVALUATION_BY_DEPARTMENT,
    MSG_NEWER_HERE,
    MSG_NOT_THE_SENDERS,
    MSG_RECORD_INVALID,
    MSG_RECORD_MOVED,
    MSG_RECORDS_NEWER,
    EntryRecord,
    EventRecord,
    Held,
    PhotoRecord,
    RecordsDocument,
    RectificationRecord,
    SheetRecord,
    decide,
    from_plain,
    kept_ours,
    moved_refusal,
    records_version_of,
    rectification_refusal,
    sheet_refusal,
    to_plain,
)
from nursingqc.domain.rectification import RectificationAction, RectificationStatus
from nursingqc.domain.workflow import PhaseKind, SheetStatus

AT = datetime(2026, 7, 8, 9, 30, tzinfo=UTC)
CAUSE = "夜班护士交接班时未按规范检查床帘挂钩，" * 40  # a long cause analysis, 760 characters


def sheet(**changes: Any) -> SheetRecord:
    record = SheetRecord(
        uid="5b0f6a86-8a57-4c39-9b47-1c1e2b7e6f10",
        version=3,
        base_version=0,
        campaign_uid="0e8f0a4c-3d43-4a4c-8d3c-9e6b4f7a2b11",
        ward_code="NK01",
        checklist_code="WARD_ENV",
        checklist_version=1,
        phase=PhaseKind.SELF_CHECK,
        inspector_name="张丽",
        inspected_on=date(2026, 7, 8),
        status=SheetStatus.SUBMITTED,
        submitted_at=AT,
        updated_at=AT,
        updated_by="张丽",
        entries=(
            EntryRecord(
                uid="a5e4c3b2-0000-4000-8000-000000000001",
                item_code="WE02",
                deduction=Decimal("2.0"),
                not_applicable=False,
                veto_failed=False,
                problem="12床病室有异味",
                nurse="王芳",
            ),
        ),
    )
    return replace(record, **changes)


def item(**changes: Any) -> RectificationRecord:
    record = RectificationRecord(
        uid="c1d2e3f4-0000-4000-8000-000000000002",
        version=4,
        base_version=2,
        campaign_uid="0e8f0a4c-3d43-4a4c-8d3c-9e6b4f7a2b11",
        ward_code="NK01",
        inspection_uid="5b0f6a86-8a57-4c39-9b47-1c1e2b7e6f10",
        item_code="WE04",
        checklist_name="病房环境",
        item_text="床单位整洁，床帘完好",
        deduction=Decimal("0.5"),
        veto_failed=False,
        problem="床帘脱钩",
        issued_on=date(2026, 7, 8),
        deadline=date(2026, 7, 15),
        status=RectificationStatus.AWAITING_RECHECK,
        cause=CAUSE,
        measure="每班交接时检查床帘挂钩；后勤每周巡查一次。",
        owner="王芳",
        done_on=date(2026, 7, 10),
        verified_by="",
        verified_on=None,
        recheck_failed="",
        updated_at=AT,
        updated_by="张丽",
        events=(
            EventRecord(
                uid="e0000000-0000-4000-8000-000000000003",
                at=AT,
                username="nk01",
                display_name="张丽",
                action=RectificationAction.MARKED_DONE,
                status_before=RectificationStatus.OPEN,
                status_after=RectificationStatus.AWAITING_RECHECK,
                deadline_before=None,
                deadline_after=date(2026, 7, 15),
                note="",
            ),
        ),
        photos=(
            PhotoRecord(
                uid="f0000000-0000-4000-8000-000000000004",
                sha256="ab" * 32,
                file_name="整改后.jpg",
                width=640,
                height=480,
                added_at=AT,
                added_by="张丽",
                removed_at=None,
                removed_by="",
                removed_reason="",
            ),
        ),
    )
    return replace(record, **changes)


def test_records_travel_as_json_and_come_back_equal() -> None:
    document = RecordsDocument(
        records_version=1,
        checklists=(),
        campaigns=(),
        sheets=(sheet(),),
        rectifications=(item(),),
        rankings=(),
    )
    plain = json.loads(json.dumps(to_plain(document), ensure_ascii=False))
    assert plain["sheets"][0]["entries"][0]["deduction"] == "2.0"
    assert plain["rectifications"][0]["verified_on"] is None
    assert from_plain(RecordsDocument, plain, "up.nqcpkg") == document


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: p.pop("version"), "SheetRecord.version"),
        (lambda p: p.update(extra=1), "SheetRecord.extra"),
        (lambda p: p.update(version="3"), "SheetRecord.version"),
        (lambda p: p.update(version=True), "SheetRecord.version"),
        (lambda p: p.update(version=-1), "SheetRecord.version"),
        (lambda p: p.update(ward_code="N" * 21), "SheetRecord.ward_code"),
        (lambda p: p.update(updated_by="张\ud800丽"), "SheetRecord.updated_by"),
        (lambda p: p.update(status="approved"), "SheetRecord.status"),
        (lambda p: p.update(updated_at="2026-07-08T09:30:00"), "SheetRecord.updated_at"),
        (lambda p: p.update(inspected_on="8.7.2026"), "SheetRecord.inspected_on"),
        (lambda p: p["entries"][0].update(deduction="0.25"), "SheetRecord.entries[0].deduction"),
        (lambda p: p["entries"][0].update(deduction="-1"), "SheetRecord.entries[0].deduction"),
        (lambda p: p["entries"][0].update(deduction="NaN"), "SheetRecord.entries[0].deduction"),
        (lambda p: p.update(entries={}), "SheetRecord.entries"),
        (lambda p: p["entries"].append(7), "SheetRecord.entries[1]"),
    ],
)
def test_a_wrong_field_refuses_the_package_naming_it(change: object, field: str) -> None:
    plain = to_plain(sheet())
    change(plain)  # type: ignore[operator]
    with pytest.raises(ExchangeRefused) as refused:
        from_plain(SheetRecord, plain, "up.nqcpkg")
    assert refused.value.template == MSG_RECORD_INVALID
    assert refused.value.params == {"file": "up.nqcpkg", "field": field}


def test_records_of_a_newer_format_are_refused_as_such() -> None:
    with pytest.raises(ExchangeRefused) as refused:
        records_version_of({"records_version": 2}, "up.nqcpkg")
    assert refused.value.template == MSG_RECORDS_NEWER
    with pytest.raises(ExchangeRefused) as refused:
        records_version_of({"records_version": "1"}, "up.nqcpkg")
    assert refused.value.template == MSG_RECORD_INVALID
    records_version_of({"records_version": 1}, "up.nqcpkg")


def held(version: int, exchanged: int, same: bool = False) -> Held:
    return Held(version, exchanged, "护理部 王主任", same)


@pytest.mark.parametrize(
    ("version", "base", "here", "expected"),
    [
        (1, 0, None, RecordChange.NEW),
        # the same package twice, or our own record echoed back
        (5, 4, held(5, 5, same=True), RecordChange.UNCHANGED),
        # the sender built on the version held here
        (8, 7, held(7, 6), RecordChange.CHANGED),
        # nothing changed here since the last exchange
        (8, 6, held(6, 6), RecordChange.CHANGED),
        # the sender's copy is one this PC has already moved on from
        (6, 6, held(7, 6), RecordChange.UNCHANGED),
        # both changed since version 6
        (7, 6, held(7, 6), RecordChange.REFUSED),
        (9, 6, held(8, 6), RecordChange.REFUSED),
        # made on a version this PC never had: it would skip the check above
        (41, 40, held(2, 1), RecordChange.REFUSED),
    ],
)
def test_the_conflict_rule(version: int, base: int, here: Held | None, expected: object) -> None:
    assert decide(version, base, "张丽", here).change is expected


def test_a_record_changed_on_both_pcs_names_both_versions() -> None:
    decision = decide(7, 6, "张丽", held(8, 6))
    assert decision.reason is not None and decision.reason.template == MSG_BOTH_CHANGED
    assert decision.reason.params == {
        "ours": 8,
        "our_author": "护理部 王主任",
        "theirs": 7,
        "their_author": "张丽",
    }
    assert not decision.applies
    older = decide(6, 6, "张丽", held(7, 6))
    assert older.reason is not None and older.reason.template == MSG_NEWER_HERE


def test_the_ward_owns_its_self_check_and_the_department_may_only_reopen_it() -> None:
    submitted = sheet()
    assert sheet_refusal(replace(submitted, version=4), submitted, from_department=False) is None
    reopened = replace(submitted, status=SheetStatus.DRAFT, submitted_at=None, version=4)
    assert sheet_refusal(reopened, submitted, from_department=True) is None
    rescored = replace(reopened, entries=())
    refusal = sheet_refusal(rescored, submitted, from_department=True)
    assert refusal is not None and refusal.template == MSG_NOT_THE_SENDERS
    assert refusal.params["fields"] == "评分条目"
    assert sheet_refusal(submitted, None, from_department=True) is not None


def test_the_evaluation_comes_from_the_department_only() -> None:
    evaluation = sheet(phase=PhaseKind.EVALUATION, inspector_name="质控组 赵静")
    assert sheet_refusal(evaluation, None, from_department=True) is None
    refusal = sheet_refusal(evaluation, None, from_department=False)
    assert refusal is not None and refusal.template == MSG_EVALUATION_BY_DEPARTMENT


def test_the_ward_answers_an_item_but_the_department_decides_the_rest() -> None:
    issued = item(
        status=RectificationStatus.OPEN, cause="", measure="", owner="", done_on=None, photos=()
    )
    answered = item()
    assert rectification_refusal(answered, issued, False, ward_finding=False) is None
    later = replace(answered, deadline=date(2026, 7, 30), status=RectificationStatus.VERIFIED)
    refusal = rectification_refusal(later, issued, False, ward_finding=False)
    assert refusal is not None and refusal.params["fields"] == "整改期限、状态"
    softer = replace(answered, deduction=Decimal("0.0"), problem="")
    refusal = rectification_refusal(softer, issued, False, ward_finding=False)
    assert refusal is not None and refusal.params["fields"] == "扣分、存在问题"
    # Its own self-check's finding is the ward's: submitted again, it revises or withdraws it.
    withdrawn = replace(softer, status=RectificationStatus.WITHDRAWN)
    assert rectification_refusal(withdrawn, issued, False, ward_finding=True) is None
    assert rectification_refusal(later, issued, True, ward_finding=False) is None


def test_keeping_ours_in_a_conflict_takes_what_only_the_other_pc_decides() -> None:
    """What "keep ours" sends again passes the other PC's ownership check (rules §14)."""
    issued = item(status=RectificationStatus.OPEN, cause="", measure="", owner="", done_on=None)
    ward = replace(item(status=RectificationStatus.AWAITING_RECHECK), version=3)
    department = replace(
        issued, deadline=date(2026, 7, 30), status=RectificationStatus.VERIFIED, version=3
    )
    kept = kept_ours(ward, department, department=False, ward_finding=False)
    assert (kept.cause, kept.deadline, kept.status) == (
        CAUSE,
        date(2026, 7, 30),
        RectificationStatus.VERIFIED,
    )
    assert rectification_refusal(kept, department, False, ward_finding=False) is None
    # The department decides every field of an item: its own stands whole.
    assert kept_ours(department, ward, department=True, ward_finding=False) == department

    submitted = sheet()
    reopened = replace(submitted, status=SheetStatus.DRAFT, submitted_at=None, entries=())
    kept_sheet = kept_ours(reopened, submitted, department=True, ward_finding=False)
    assert kept_sheet.status is SheetStatus.DRAFT and kept_sheet.entries == submitted.entries
    assert sheet_refusal(kept_sheet, submitted, from_department=True) is None
    assert kept_ours(submitted, reopened, department=False, ward_finding=False) == submitted
    evaluation = sheet(phase=PhaseKind.EVALUATION)
    assert kept_ours(replace(evaluation, entries=()), evaluation, False, False) == evaluation


def test_a_record_naming_another_sheet_than_the_one_held_is_refused() -> None:
    assert moved_refusal(sheet(), sheet()) is None
    moved = moved_refusal(sheet(phase=PhaseKind.EVALUATION, campaign_uid="x" * 36), sheet())
    assert moved is not None and moved.template == MSG_RECORD_MOVED
    assert moved.params == {"fields": "阶段、活动"}
    elsewhere = moved_refusal(item(inspection_uid="y" * 36), item())
    assert elsewhere is not None and elsewhere.params == {"fields": "检查表"}
