"""What an exchange import refuses (rules §14), each with its message and nothing changed: a
package of another hospital or for another ward, one of a kind this PC does not take, a
published campaign's records, a package that claims what its sender does not own, and a
refused package among several (nothing of any of them applies)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from nursingqc.domain.errors import NursingQCError, PermissionDenied
from nursingqc.domain.exchange import ExchangeRefused, RecordChange
from nursingqc.domain.exchange_records import (
    MSG_EVALUATION_BY_DEPARTMENT,
    MSG_NOT_THE_SENDERS,
    MSG_OTHER_WARDS_RECORD,
    MSG_RECORD_INVALID,
    RecordsDocument,
)
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind
from nursingqc.services.exchange import (
    MSG_NO_HEAD_NURSE,
    MSG_NOT_ENROLLED,
    MSG_ONLY_SETUP_WITHOUT_LOG_IN,
    MSG_OTHER_HOSPITAL,
    MSG_OTHER_WARD_PACKAGE,
    MSG_OWN_WARD_ONLY,
    MSG_SETUP_ON_ENROLLED,
    MSG_WRONG_KIND,
    RECORDS_DOCUMENT,
)
from nursingqc.services.exchange_rows import MSG_CHECKLIST_DIFFERS
from nursingqc.services.exchange_setup import MSG_NOT_EMPTY
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.exchange_keys import load_or_create_signing_key
from nursingqc.storage.exchange_package import (
    MSG_NOT_A_PACKAGE,
    MSG_PACKAGE_DAMAGED,
    MSG_PACKAGE_MISSING,
    MSG_SIGNATURE_WRONG,
    MSG_UNKNOWN_SENDER,
    preview_header,
    read_package,
    write_package,
)
from nursingqc.storage.models import Checklist, RectificationItem
from tests.helpers import build_hospital
from tests.services.exchange_pcs import (
    Pcs,
    WardPc,
    close,
    department_with_wards,
    enrolled_ward,
    every_row,
    forged,
    open_pc,
    three_pcs,
)

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def refused_unchanged(pcs: Pcs, ward: WardPc | None, paths: list[Path]) -> ExchangeRefused:
    """Imports ``paths`` on the ward's PC (None: the department's), which must refuse them and
    change nothing."""
    services = ward.services if ward else pcs.department
    actor = ward.nurse if ward else pcs.hospital.admin
    before = every_row(services)
    preview = services.exchange.preview(actor, paths)
    assert preview.refused_packages
    with pytest.raises(ExchangeRefused) as refused:
        services.exchange.apply(actor, paths, pcs.folder)
    assert every_row(services) == before
    assert (refused.value.template, refused.value.params) == (
        preview.refused_packages[0][1].template,
        preview.refused_packages[0][1].params,
    )
    return refused.value


def test_a_package_of_another_hospital_is_refused(pcs: Pcs, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    other_department, other_hospital = department_with_wards(other)
    other_ward = enrolled_ward(other_department, other_hospital, other, "NK01", other)
    try:
        other_ward.submit_with_problems()
        (up,) = other_ward.services.exchange.export(other_ward.nurse, other)
        refusal = refused_unchanged(pcs, None, [up])
        assert refusal.template == MSG_OTHER_HOSPITAL
    finally:
        other_department.close()
        other_ward.services.close()


def test_a_package_for_another_ward_is_refused(pcs: Pcs) -> None:
    refusal = refused_unchanged(pcs, pcs.nk01, [pcs.down("WK01")])
    assert refusal.template == MSG_OTHER_WARD_PACKAGE
    assert refusal.params["ward"] == "WK01" and refusal.params["enrolled"] == "NK01"


def test_a_ward_pc_takes_no_ward_package_and_the_department_none_of_its_own(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    assert refused_unchanged(pcs, pcs.wk01, [pcs.up(pcs.nk01)]).template == MSG_WRONG_KIND
    assert refused_unchanged(pcs, None, [pcs.down("NK01")]).template == MSG_WRONG_KIND
    setup = pcs.department.exchange.enrol(pcs.hospital.admin, "EK01", pcs.folder)
    assert refused_unchanged(pcs, pcs.nk01, [setup]).template == MSG_SETUP_ON_ENROLLED


def test_an_unenrolled_pc_takes_only_a_setup_package(pcs: Pcs, tmp_path: Path) -> None:
    pcs.nk01.submit_with_problems()
    up = pcs.up(pcs.nk01)
    alone = open_pc(tmp_path, "alone")
    try:
        hospital = build_hospital(alone)
        with pytest.raises(ExchangeRefused) as refused:
            alone.exchange.apply(hospital.admin, [up])
        assert refused.value.template == MSG_NOT_ENROLLED
        setup = pcs.department.exchange.enrol(pcs.hospital.admin, "EK01", pcs.folder)
        with pytest.raises(PermissionDenied) as denied:
            alone.exchange.apply(None, [setup])
        assert denied.value.template == MSG_ONLY_SETUP_WITHOUT_LOG_IN
        with pytest.raises(ExchangeRefused) as refused:
            alone.exchange.apply(hospital.admin, [setup])
        assert refused.value.template == MSG_NOT_EMPTY
        assert alone.exchange.this_pc().role == "unenrolled"
    finally:
        alone.close()


def test_only_the_wards_head_nurse_and_the_department_exchange(pcs: Pcs) -> None:
    hospital = pcs.hospital
    with pytest.raises(PermissionDenied):
        pcs.department.exchange.enrol(hospital.nurse_a, "NK01", pcs.folder)
    with pytest.raises(PermissionDenied):
        pcs.department.exchange.export(hospital.inspector, pcs.folder)
    with pytest.raises(PermissionDenied):
        pcs.department.exchange.preview(hospital.inspector, [])
    with pytest.raises(PermissionDenied):
        pcs.nk01.services.exchange.apply(None, [pcs.down("NK01")])
    # 李敏 of 普通外科 on 心血管内科's PC (an account brought by hand, not by its setup).
    with pytest.raises(PermissionDenied) as refused:
        pcs.nk01.services.exchange.export(
            replace(pcs.nk01.nurse, ward_id=(pcs.nk01.nurse.ward_id or 0) + 1), pcs.folder
        )
    assert refused.value.template == MSG_OWN_WARD_ONLY


def test_a_published_campaign_refuses_the_records_that_would_change_it(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    campaign = pcs.hospital.campaign.id
    pcs.department.campaigns.open_phase(pcs.hospital.admin, campaign, PhaseKind.SUMMARY)
    pcs.department.campaigns.close_phase(pcs.hospital.admin, campaign, PhaseKind.SUMMARY)
    # The ward answers before it hears of the publication.
    pcs.nk01.answer("WE02", photo=None)
    item_before = pcs.item(pcs.hospital.ward_a, "WE02")

    result = pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    (line,) = [line for line in result.preview.lines if line.change is not RecordChange.UNCHANGED]
    assert line.change is RecordChange.REFUSED
    assert line.reason is not None and line.reason.template == MSG_CAMPAIGN_LOCKED
    assert pcs.item(pcs.hospital.ward_a, "WE02") == item_before

    # The down package publishes the campaign on the ward PC, whose records stay as they are.
    down = pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [pcs.down("NK01")])
    assert RecordChange.CHANGED in {line.change for line in down.preview.lines}
    assert pcs.nk01.campaign().phase(PhaseKind.SUMMARY).state.value == "closed"
    assert pcs.nk01.item("WE02").status is RectificationStatus.AWAITING_RECHECK


def test_a_refused_package_among_several_applies_none_of_them(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    pcs.wk01.submit_with_problems()
    good = pcs.up(pcs.nk01)
    cut = pcs.up(pcs.wk01)
    cut.write_bytes(cut.read_bytes()[: len(cut.read_bytes()) // 2])

    preview = pcs.department.exchange.preview(pcs.hospital.admin, [good, cut])
    assert [name for name, _ in preview.refused_packages] == [cut.name]
    assert preview.refused_packages[0][1].template == MSG_PACKAGE_DAMAGED
    assert preview.count(RecordChange.NEW) == 3  # the good one's sheet and two items
    refusal = refused_unchanged(pcs, None, [good, cut])
    assert refusal.template == MSG_PACKAGE_DAMAGED
    assert pcs.items() == []


def test_a_ward_package_claiming_the_departments_records_is_refused_line_by_line(
    pcs: Pcs,
) -> None:
    pcs.nk01.submit_with_problems()
    pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)])
    pcs.nk01.answer("WE04", photo=None)
    up = pcs.up(pcs.nk01)

    def overreach(document: RecordsDocument) -> RecordsDocument:
        item = next(i for i in document.rectifications if i.item_code == "WE04")
        verified = replace(item, status=RectificationStatus.VERIFIED, verified_by="张丽")
        other = replace(item, uid="00000000-0000-4000-8000-00000000beef", ward_code="WK01")
        evaluation = replace(
            document.sheets[0],
            uid="00000000-0000-4000-8000-00000000cafe",
            phase=PhaseKind.EVALUATION,
        )
        return replace(document, sheets=(evaluation,), rectifications=(verified, other))

    changed = forged(pcs, pcs.nk01, up, overreach)
    result = pcs.department.exchange.apply(pcs.hospital.admin, [changed])
    reasons = [line.reason.template for line in result.preview.lines if line.reason]
    assert reasons == [MSG_EVALUATION_BY_DEPARTMENT, MSG_NOT_THE_SENDERS, MSG_OTHER_WARDS_RECORD]
    assert all(line.change is RecordChange.REFUSED for line in result.preview.lines)
    assert pcs.item(pcs.hospital.ward_a, "WE04").status is RectificationStatus.OPEN
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause == ""


def test_a_package_signed_by_a_key_this_pc_does_not_hold_is_refused(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    up = pcs.up(pcs.nk01)
    stranger_key = load_or_create_signing_key(pcs.folder.parent / "stranger-keys", "ward-x")
    header = replace(preview_header(up), sender_id="11111111-2222-4333-8444-555555555555")
    stranger = up.with_name("stranger.nqcpkg")
    write_package(stranger, header, {RECORDS_DOCUMENT: {}}, {}, stranger_key)
    assert refused_unchanged(pcs, None, [stranger]).template == MSG_UNKNOWN_SENDER
    # The ward's own id, but not its key: the signature is wrong.
    impostor = up.with_name("impostor.nqcpkg")
    write_package(impostor, preview_header(up), {RECORDS_DOCUMENT: {}}, {}, stranger_key)
    assert refused_unchanged(pcs, None, [impostor]).template == MSG_SIGNATURE_WRONG


def test_a_ward_without_a_head_nurse_account_is_not_enrolled(pcs: Pcs) -> None:
    pcs.department.ward_import.import_wards(pcs.hospital.admin, [WardRow(5, "GK01", "骨科")])
    before = every_row(pcs.department)
    with pytest.raises(NursingQCError) as refused:
        pcs.department.exchange.enrol(pcs.hospital.admin, "GK01", pcs.folder)
    assert refused.value.template == MSG_NO_HEAD_NURSE
    assert every_row(pcs.department) == before
    assert not list(pcs.folder.glob("setup-GK01-*"))


def test_a_checklist_that_differs_from_this_pcs_refuses_the_setup(pcs: Pcs, tmp_path: Path) -> None:
    """Both PCs would call it WARD_ENV version 2 and score different items."""
    definition = pcs.department.checklists.definition(pcs.hospital.key().checklist_id)
    pcs.department.checklists.save_new_version(
        pcs.hospital.admin, replace(definition, name="病房环境（2026年修订）")
    )
    fresh = open_pc(tmp_path, "fresh")
    try:
        with fresh.database.transaction() as session:
            session.add(
                Checklist(
                    code="WARD_ENV",
                    version=2,
                    name="病房环境（另一版本）",
                    max_points=Decimal(100),
                    is_current=False,
                )
            )
        setup = pcs.department.exchange.enrol(pcs.hospital.admin, "EK01", pcs.folder)
        before = every_row(fresh)
        with pytest.raises(ExchangeRefused) as refused:
            fresh.exchange.apply(None, [setup])
        assert refused.value.template == MSG_CHECKLIST_DIFFERS
        assert refused.value.params["checklist"] == "WARD_ENV"
        assert every_row(fresh) == before
        assert fresh.exchange.this_pc().role == "unenrolled"
    finally:
        fresh.close()


def test_a_ward_package_naming_another_wards_record_changes_nothing_of_it(pcs: Pcs) -> None:
    pcs.wk01.submit_with_problems()
    pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.wk01)])
    theirs = pcs.item(pcs.hospital.ward_b, "WE02")
    with pcs.department.database.transaction(read_only=True) as session:
        their_uid = session.get(RectificationItem, theirs.id).uid  # type: ignore[union-attr]
    pcs.nk01.submit_with_problems()
    up = pcs.up(pcs.nk01)

    def hijack(document: RecordsDocument) -> RecordsDocument:
        item = next(i for i in document.rectifications if i.item_code == "WE02")
        return replace(document, rectifications=(replace(item, uid=their_uid),))

    result = pcs.department.exchange.apply(pcs.hospital.admin, [forged(pcs, pcs.nk01, up, hijack)])
    sheet, line = result.preview.lines
    assert (sheet.change, line.change) == (RecordChange.NEW, RecordChange.REFUSED)
    assert line.reason is not None and line.reason.template == MSG_OTHER_WARDS_RECORD
    assert pcs.item(pcs.hospital.ward_b, "WE02") == theirs


def test_files_that_are_no_packages_are_listed_as_refused_with_their_reason(pcs: Pcs) -> None:
    notes = pcs.folder / "交接班记录.nqcpkg"
    notes.write_text("不是交换包", encoding="utf-8")
    missing = pcs.folder / "已删除.nqcpkg"
    preview = pcs.department.exchange.preview(pcs.hospital.admin, [notes, missing])
    assert [(name, reason.template) for name, reason in preview.refused_packages] == [
        (notes.name, MSG_NOT_A_PACKAGE),
        (missing.name, MSG_PACKAGE_MISSING),
    ]
    assert refused_unchanged(pcs, None, [notes]).template == MSG_NOT_A_PACKAGE
    # A folder scan lists whole packages only, never one still being written.
    (pcs.folder / ".ward-up-NK01-0009.nqcpkg.1a2b3c.partial").write_bytes(b"PK")
    listed = pcs.department.exchange.package_files(pcs.folder)
    assert notes in listed and not any(path.name.startswith(".") for path in listed)


def test_a_setup_package_whose_header_names_another_ward_is_refused(
    pcs: Pcs, tmp_path: Path
) -> None:
    setup = pcs.department.exchange.enrol(pcs.hospital.admin, "EK01", pcs.folder)
    key = load_or_create_signing_key(tmp_path / "department-keys", "department")
    package = read_package(setup, lambda _: key.public_bytes())
    relabelled = setup.with_name("relabelled.nqcpkg")
    write_package(relabelled, replace(package.header, ward_code="NK01"), package.documents, {}, key)
    fresh = open_pc(tmp_path, "fresh")
    try:
        with pytest.raises(ExchangeRefused) as refused:
            fresh.exchange.apply(None, [relabelled])
        assert (refused.value.template, refused.value.params["field"]) == (
            MSG_RECORD_INVALID,
            "header",
        )
        assert fresh.exchange.this_pc().role == "unenrolled"
    finally:
        fresh.close()
