"""A record both PCs changed since their last exchange is kept, not lost (rules §14): each PC
keeps the other's version as a conflict, lists it, and one of them takes theirs or keeps its
own; the next exchange settles the other PC, and later changes travel again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import NursingQCError, PermissionDenied
from nursingqc.domain.exchange import RecordChange
from nursingqc.domain.exchange_records import MSG_BOTH_CHANGED, RecordsDocument
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind, SheetStatus
from nursingqc.services.exchange_conflicts import (
    MSG_CONFLICT_GONE,
    ExchangeConflictInfo,
    Resolution,
)
from nursingqc.storage.models import AuditEntry, Inspection
from tests.helpers import TODAY
from tests.services.exchange_pcs import CAUSE, Pcs, both_changed, close, forged, three_pcs, we04

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def only_conflict(conflicts: list[ExchangeConflictInfo]) -> ExchangeConflictInfo:
    (conflict,) = conflicts
    assert conflict.kind == "rectification" and conflict.ward_code == "NK01"
    return conflict


def test_both_pcs_keep_the_others_version_and_list_it(pcs: Pcs) -> None:
    both_changed(pcs)
    at_department = only_conflict(pcs.department.exchange.conflicts(pcs.hospital.admin))
    at_ward = only_conflict(pcs.nk01.services.exchange.conflicts(pcs.nk01.nurse))
    assert (at_department.theirs_author, at_ward.theirs_author) == (
        pcs.nk01.nurse.display_name,
        pcs.hospital.admin.display_name,
    )
    assert at_department.ours_author == pcs.hospital.admin.display_name
    assert at_department.what.params["item"] == "WE04"
    # Nothing was overwritten on either PC.
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == ""
    assert pcs.nk01.item("WE04").cause == CAUSE
    assert pcs.nk01.item("WE04").deadline < pcs.item(pcs.hospital.ward_a, "WE04").deadline
    # The refusal says where the kept version is.
    again = pcs.department.exchange.preview(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    (line,) = [line for line in again.lines if line.change is RecordChange.REFUSED]
    assert line.reason is not None and line.reason.template == MSG_BOTH_CHANGED
    with pytest.raises(PermissionDenied):
        pcs.department.exchange.conflicts(pcs.hospital.inspector)


def test_the_ward_keeps_its_answer_and_both_pcs_settle(pcs: Pcs) -> None:
    """Keeping its own, the ward keeps its answer and takes the department's deadline (the
    department's to decide), so the department takes the result."""
    both_changed(pcs)
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    delayed = pcs.item(hospital.ward_a, "WE04").deadline
    conflict = only_conflict(ward.services.exchange.conflicts(ward.nurse))
    ward.services.exchange.resolve_conflict(ward.nurse, conflict.id, Resolution.KEEP_OURS)
    assert ward.services.exchange.conflicts(ward.nurse) == []
    assert (ward.item("WE04").cause, ward.item("WE04").deadline) == (CAUSE, delayed)

    up = department.exchange.apply(hospital.admin, [pcs.up(ward)], pcs.folder)
    assert we04(up.preview.lines) == [RecordChange.CHANGED]
    assert department.exchange.conflicts(hospital.admin) == []
    settled = pcs.item(hospital.ward_a, "WE04")
    assert (settled.cause, settled.deadline) == (CAUSE, delayed)
    down = ward.services.exchange.apply(ward.nurse, [*up.receipts, pcs.down("NK01")], pcs.folder)
    assert RecordChange.REFUSED not in we04(down.preview.lines)

    # Later changes travel again: the ward marks it done, the department sees it.
    item = ward.item("WE04")
    ward.services.rectification.mark_done(ward.nurse, item.id, item.version, TODAY)
    later = department.exchange.apply(hospital.admin, [pcs.up(ward)], pcs.folder)
    assert we04(later.preview.lines) == [RecordChange.CHANGED]
    assert pcs.item(hospital.ward_a, "WE04").status.value == "awaiting_recheck"
    with department.database.transaction(read_only=True) as session:
        logged = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "exchange_resolve")
        ).all()
    assert logged == []  # the ward resolved it, on its own PC
    with ward.services.database.transaction(read_only=True) as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "exchange_resolve")
        ).all()
        assert entry.username == ward.nurse.username
        assert "keep_ours" in str(entry.after)


def test_the_department_takes_the_wards_version_and_the_ward_settles(pcs: Pcs) -> None:
    """Taking the ward's version, the department takes the ward's answer; the deadline is
    the department's to decide and stays its own."""
    both_changed(pcs)
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    delayed = pcs.item(hospital.ward_a, "WE04").deadline
    conflict = only_conflict(department.exchange.conflicts(hospital.admin))
    department.exchange.resolve_conflict(hospital.admin, conflict.id, Resolution.TAKE_THEIRS)
    taken = pcs.item(hospital.ward_a, "WE04")
    assert (taken.cause, taken.deadline) == (CAUSE, delayed)
    with pytest.raises(NursingQCError) as gone:
        department.exchange.resolve_conflict(hospital.admin, conflict.id, Resolution.KEEP_OURS)
    assert gone.value.template == MSG_CONFLICT_GONE

    down = ward.services.exchange.apply(ward.nurse, [pcs.down("NK01")], pcs.folder)
    assert RecordChange.REFUSED not in we04(down.preview.lines)
    assert ward.services.exchange.conflicts(ward.nurse) == []
    assert (ward.item("WE04").cause, ward.item("WE04").deadline) == (CAUSE, delayed)
    department.exchange.apply(hospital.admin, list(down.receipts))

    item = ward.item("WE04")
    ward.services.rectification.mark_done(ward.nurse, item.id, item.version, TODAY)
    later = department.exchange.apply(hospital.admin, [pcs.up(ward)])
    assert we04(later.preview.lines) == [RecordChange.CHANGED]
    assert department.exchange.conflicts(hospital.admin) == []


def test_a_conflict_of_a_campaign_published_since_is_not_resolved(pcs: Pcs) -> None:
    both_changed(pcs)
    department, hospital = pcs.department, pcs.hospital
    conflict = only_conflict(department.exchange.conflicts(hospital.admin))
    department.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY)
    department.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY)
    before = pcs.item(hospital.ward_a, "WE04")
    with pytest.raises(NursingQCError) as locked:
        department.exchange.resolve_conflict(hospital.admin, conflict.id, Resolution.TAKE_THEIRS)
    assert locked.value.template == MSG_CAMPAIGN_LOCKED
    assert pcs.item(hospital.ward_a, "WE04") == before
    assert department.exchange.conflicts(hospital.admin) == [conflict]


@pytest.mark.parametrize("resolution", [Resolution.TAKE_THEIRS, Resolution.KEEP_OURS])
def test_a_self_check_reopened_while_the_ward_changed_it_is_resolved(
    pcs: Pcs, resolution: Resolution
) -> None:
    """The department reopens the ward's self-check while a package brings the ward's own
    change of it (made on the version before the reopen): the department takes the ward's
    sheet, or keeps it reopened, with the ward's entries either way (the ward's to score)."""
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    department.exchange.apply(hospital.admin, [pcs.up(ward)])
    department.inspections.reopen(hospital.admin, hospital.key(), "WE02扣分依据不足，请重新自查")

    def rescored(document: RecordsDocument) -> RecordsDocument:
        sheet = document.sheets[0]
        entries = tuple(
            replace(e, deduction=Decimal(1), problem="12床病室有异味，垃圾桶未加盖")
            if e.item_code == "WE02"
            else e
            for e in sheet.entries
        )
        return replace(document, sheets=(replace(sheet, version=2, entries=entries),))

    changed = forged(pcs, ward, pcs.up(ward), rescored)
    result = department.exchange.apply(hospital.admin, [changed])
    assert [line.change for line in result.preview.lines][:1] == [RecordChange.REFUSED]
    (conflict,) = department.exchange.conflicts(hospital.admin)
    assert (conflict.kind, conflict.ours_version, conflict.theirs_version) == ("sheet", 2, 2)

    department.exchange.resolve_conflict(hospital.admin, conflict.id, resolution)
    assert department.exchange.conflicts(hospital.admin) == []
    with department.database.transaction(read_only=True) as session:
        sheet = session.scalars(
            select(Inspection).where(Inspection.ward_id == hospital.ward_a)
        ).one()
        deductions = sorted((r.deduction, r.problem) for r in sheet.results if r.deduction)
        assert (sheet.version, sheet.exchanged_version) == (3, 2)
        expected = (
            SheetStatus.SUBMITTED if resolution is Resolution.TAKE_THEIRS else SheetStatus.DRAFT
        )
        assert sheet.status is expected
    assert (Decimal(1), "12床病室有异味，垃圾桶未加盖") in deductions
