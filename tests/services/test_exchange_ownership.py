"""A record that exists here is judged by its row, never by what it claims (rules §14): a ward
package that names an existing sheet or item with another phase, campaign, checklist or sheet
is refused, as is one made on a version this PC never had, and the department's rows stay."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.exchange import RecordChange
from nursingqc.domain.exchange_records import (
    MSG_BASE_NEVER_HERE,
    MSG_RECORD_MOVED,
    RecordsDocument,
    from_plain,
)
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.exchange import DEPARTMENT_KEY, RECORDS_DOCUMENT
from nursingqc.services.inspections import SheetKey
from nursingqc.storage.exchange_keys import load_or_create_signing_key
from nursingqc.storage.exchange_package import read_package
from nursingqc.storage.models import Campaign, Inspection
from tests.helpers import TODAY, full_marks, submit
from tests.services.exchange_pcs import Pcs, close, every_row, forged, three_pcs

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def down_records(pcs: Pcs, path: Path) -> RecordsDocument:
    """What the department sent the ward: every uid a ward PC learns."""
    key = load_or_create_signing_key(pcs.folder.parent / "department-keys", DEPARTMENT_KEY)
    package = read_package(path, lambda _: key.public_bytes())
    return from_plain(RecordsDocument, package.documents[RECORDS_DOCUMENT], str(path))


def reasons(lines: object) -> list[str | None]:
    return [line.reason.template if line.reason else None for line in lines]  # type: ignore[attr-defined]


def test_an_evaluation_sent_back_as_the_wards_own_is_refused(pcs: Pcs) -> None:
    """The ward PC knows the evaluation's uids from the down package: it sends the evaluation
    back as a self-check without its deduction, and the evaluation's finding pointed at its
    own self-check, withdrawn."""
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    department.exchange.apply(hospital.admin, [pcs.up(ward)])
    department.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    key = SheetKey(hospital.campaign.id, hospital.ward_a, hospital.key().checklist_id)
    key = replace(key, phase=PhaseKind.EVALUATION)
    entries = full_marks(department.checklists.definition(key.checklist_id))
    entries["WE03"] = ItemEntry(Decimal(4), problem="治疗室物品摆放混乱，无菌物品与清洁物品混放")
    submit(department, hospital.inspector, key, entries)
    down = pcs.down("NK01")
    ward.services.exchange.apply(ward.nurse, [down])
    sent = down_records(pcs, down)
    evaluation = next(s for s in sent.sheets if s.phase is PhaseKind.EVALUATION)
    finding = next(r for r in sent.rectifications if r.item_code == "WE03")
    with ward.services.database.transaction(read_only=True) as session:
        own_sheet = session.scalar(
            select(Inspection.uid).where(Inspection.phase == PhaseKind.SELF_CHECK)
        )
    assert own_sheet is not None
    before = every_row(department)

    def rewrite(document: RecordsDocument) -> RecordsDocument:
        as_own = replace(
            evaluation,
            phase=PhaseKind.SELF_CHECK,
            version=evaluation.version + 1,
            entries=tuple(replace(e, deduction=Decimal(0), problem="") for e in evaluation.entries),
        )
        withdrawn = replace(
            finding,
            inspection_uid=own_sheet,
            status=RectificationStatus.WITHDRAWN,
            deduction=Decimal(0),
            version=finding.version + 1,
        )
        return replace(document, sheets=(as_own,), rectifications=(withdrawn,))

    result = department.exchange.apply(hospital.admin, [forged(pcs, ward, pcs.up(ward), rewrite)])
    assert [line.change for line in result.preview.lines] == [RecordChange.REFUSED] * 2
    assert reasons(result.preview.lines) == [MSG_RECORD_MOVED] * 2
    sheet_line, item_line = result.preview.lines
    assert sheet_line.reason is not None and sheet_line.reason.params == {"fields": "阶段"}
    assert item_line.reason is not None and item_line.reason.params == {"fields": "检查表"}
    after = every_row(department)
    assert after["inspections"] == before["inspections"]
    assert after["item_results"] == before["item_results"]
    assert after["rectification_items"] == before["rectification_items"]
    assert pcs.item(hospital.ward_a, "WE03").status is RectificationStatus.OPEN


def test_a_published_campaigns_sheet_named_as_another_campaigns_is_refused(pcs: Pcs) -> None:
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    department.exchange.apply(hospital.admin, [pcs.up(ward)])
    july = hospital.campaign.id
    department.campaigns.open_phase(hospital.admin, july, PhaseKind.SUMMARY)
    department.campaigns.close_phase(hospital.admin, july, PhaseKind.SUMMARY)
    august = department.campaigns.create_campaign(
        hospital.admin,
        CampaignSpec(name="2026年8月护理质量活动月", starts_on=TODAY.replace(month=8)),
    )
    with department.database.transaction(read_only=True) as session:
        august_uid = session.get_one(Campaign, august.id).uid
    before = every_row(department)

    def relabel(document: RecordsDocument) -> RecordsDocument:
        sheet = document.sheets[0]
        cleared = tuple(
            replace(e, deduction=Decimal(0), problem="") if e.item_code == "WE02" else e
            for e in sheet.entries
        )
        lie = replace(sheet, campaign_uid=august_uid, version=99, base_version=99, entries=cleared)
        return replace(document, sheets=(lie,), rectifications=())

    up = pcs.up(ward)
    result = department.exchange.apply(hospital.admin, [forged(pcs, ward, up, relabel)])
    (line,) = result.preview.lines
    assert line.change is RecordChange.REFUSED
    assert line.reason is not None and line.reason.template == MSG_RECORD_MOVED
    assert line.reason.params == {"fields": "活动"}
    after = every_row(department)
    assert after["inspections"] == before["inspections"]
    assert after["item_results"] == before["item_results"]


def test_a_record_made_on_a_version_this_pc_never_had_cannot_undo_a_reopen(pcs: Pcs) -> None:
    """The department reopens the ward's self-check; a ward record claiming to be made on a
    far later version would have skipped the conflict check and submitted it again."""
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    up = pcs.up(ward)
    department.exchange.apply(hospital.admin, [up])
    department.inspections.reopen(hospital.admin, hospital.key(), "WE02扣分依据不足，请重新自查")
    before = every_row(department)

    def skip_ahead(document: RecordsDocument) -> RecordsDocument:
        sheet = replace(document.sheets[0], version=40, base_version=39)
        return replace(document, sheets=(sheet,), rectifications=())

    result = department.exchange.apply(
        hospital.admin, [forged(pcs, ward, pcs.up(ward), skip_ahead)]
    )
    (line,) = result.preview.lines
    assert line.change is RecordChange.REFUSED
    assert line.reason is not None and line.reason.template == MSG_BASE_NEVER_HERE
    assert line.reason.params == {"base": 39, "ours": 2}
    assert every_row(department)["inspections"] == before["inspections"]


def test_an_existing_sheet_named_with_another_checklist_is_refused_not_a_crash(
    pcs: Pcs,
) -> None:
    department, hospital, ward = pcs.department, pcs.hospital, pcs.nk01
    ward.submit_with_problems()
    department.exchange.apply(hospital.admin, [pcs.up(ward)])
    other = next(c for c in hospital.campaign.checklists if c.code != "WARD_ENV")
    with department.database.transaction(read_only=True) as session:
        sheet_phase = session.scalar(
            select(Inspection.phase).where(Inspection.ward_id == hospital.ward_a)
        )
    assert sheet_phase is PhaseKind.SELF_CHECK

    def swap(document: RecordsDocument) -> RecordsDocument:
        sheet = replace(document.sheets[0], checklist_code=other.code, version=2, base_version=1)
        return replace(document, sheets=(sheet,), rectifications=())

    before = every_row(department)
    path = forged(pcs, ward, pcs.up(ward), swap)
    preview = department.exchange.preview(hospital.admin, [path])
    (line,) = preview.lines
    assert line.change is RecordChange.REFUSED
    assert line.reason is not None and line.reason.template == MSG_RECORD_MOVED
    assert line.reason.params == {"fields": "检查表"}
    department.exchange.apply(hospital.admin, [path])
    assert every_row(department)["inspections"] == before["inspections"]
