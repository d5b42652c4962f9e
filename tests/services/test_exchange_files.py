"""The files an exchange writes (rules §14): packages and receipts appear only once what they
say is committed, a second PC of one ward is refused, no package replaces another, and the
department's key is never silently made anew."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import NursingQCError, PermissionDenied
from nursingqc.domain.exchange import (
    DEPARTMENT_PC,
    FORMAT_VERSION,
    ExchangeRefused,
    PackageHeader,
    PackageKind,
    RecordChange,
)
from nursingqc.domain.exchange_records import (
    RECORDS_VERSION,
    ReceiptDocument,
    ReceiptLine,
    to_plain,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services import exchange as exchange_module
from nursingqc.services.exchange import (
    MSG_KEY_MISSING,
    MSG_WARD_ALREADY_ENROLLED,
    MSG_WARD_NOT_ENROLLED,
    ExchangeService,
)
from nursingqc.services.exchange_receipts import MSG_RECEIPT_OF_ANOTHER_PC
from nursingqc.storage.exchange_keys import find_signing_key
from nursingqc.storage.exchange_package import preview_header, write_package
from nursingqc.storage.models import Hospital as HospitalRow
from nursingqc.storage.models import RectificationItem
from tests.helpers import ROOT, full_marks, submit
from tests.services.exchange_pcs import Pcs, close, enrolled_ward, every_row, three_pcs

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def records_of(path: Path) -> dict[str, list[object]]:
    with zipfile.ZipFile(path) as archive:
        loaded: dict[str, list[object]] = json.loads(archive.read("records.json"))
        return loaded


def visible(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if not path.name.startswith(".")}


def every_file(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


class PowerCut(Exception):
    """What the disk or the power does to a transaction between a write and its COMMIT."""


def test_a_failure_before_commit_leaves_no_receipt_and_loses_nothing(
    pcs: Pcs, monkeypatch: pytest.MonkeyPatch
) -> None:
    ward = pcs.nk01
    ward.submit_with_problems()
    ward.answer("WE02")
    up = pcs.up(ward)
    before = every_file(pcs.folder)
    written = ExchangeService._receipt

    def receipt_then_power_cut(self: ExchangeService, *args: object) -> None:
        written(self, *args)  # type: ignore[arg-type]
        raise PowerCut

    monkeypatch.setattr(ExchangeService, "_receipt", receipt_then_power_cut)
    with pytest.raises(PowerCut):
        pcs.department.exchange.apply(pcs.hospital.admin, [up], pcs.folder)
    monkeypatch.undo()
    # No receipt says the records arrived, nor any half-written file is left.
    assert every_file(pcs.folder) == before
    assert pcs.items() == []
    # The next try imports them and its receipt carries the number the failed one had.
    (receipt,) = pcs.department.exchange.apply(pcs.hospital.admin, [up], pcs.folder).receipts
    assert len(pcs.items()) == 2
    ward.services.exchange.apply(ward.nurse, [receipt])
    assert records_of(pcs.up(ward))["rectifications"] == []


def test_a_failed_export_leaves_no_package_and_reuses_no_number(
    pcs: Pcs, monkeypatch: pytest.MonkeyPatch
) -> None:
    pcs.nk01.submit_with_problems()
    staged = exchange_module._Outbox.stage

    def stage_then_fail(self: exchange_module._Outbox, *args: object) -> None:
        staged(self, *args)  # type: ignore[arg-type]
        raise PowerCut

    before = every_file(pcs.folder)
    monkeypatch.setattr(exchange_module._Outbox, "stage", stage_then_fail)
    with pytest.raises(PowerCut):
        pcs.up(pcs.nk01)
    with pytest.raises(PowerCut):
        pcs.down("NK01")
    monkeypatch.undo()
    assert every_file(pcs.folder) == before
    up, down = pcs.up(pcs.nk01), pcs.down("NK01")
    # Each side's next package is imported: no number was used by a package nobody has.
    assert pcs.department.exchange.apply(pcs.hospital.admin, [up]).preview.lines
    pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [down])


CRASHING_IMPORT = """
import os, sys
from pathlib import Path
from nursingqc.services.exchange import (
    MSG_WARD_ALREADY_ENROLLED,
    MSG_WARD_NOT_ENROLLED,
    ExchangeService,
)
from nursingqc.services.exchange_receipts import MSG_RECEIPT_OF_ANOTHER_PC
from tests.helpers import PASSWORD
from tests.services.exchange_pcs import open_pc

written = ExchangeService._receipt
def receipt_then_crash(self, *args):
    written(self, *args)
    os._exit(3)  # the program dies: no rollback, no clean-up, no COMMIT
ExchangeService._receipt = receipt_then_crash
home, up, folder = map(Path, sys.argv[1:])
services = open_pc(home, "department")
services.exchange.apply(services.accounts.login("admin", PASSWORD), [up], folder)
"""


def test_a_crash_before_commit_shows_no_receipt_in_the_folder(pcs: Pcs, tmp_path: Path) -> None:
    pcs.nk01.submit_with_problems()
    up = pcs.up(pcs.nk01)
    before = visible(pcs.folder)
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_IMPORT, str(tmp_path), str(up), str(pcs.folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == 3, child.stderr
    # Only a hidden partial file, which no scan offers as a package, may be left.
    assert visible(pcs.folder) == before
    assert pcs.department.exchange.package_files(pcs.folder) == sorted(
        pcs.folder / name for name in before if name.endswith(".nqcpkg")
    )
    assert pcs.items() == []
    (receipt,) = pcs.department.exchange.apply(pcs.hospital.admin, [up], pcs.folder).receipts
    pcs.nk01.services.exchange.apply(pcs.nk01.nurse, [receipt])
    assert len(pcs.items()) == 2


def test_a_receipt_imported_after_a_later_package_still_marks_the_records(pcs: Pcs) -> None:
    ward = pcs.nk01
    ward.submit_with_problems()
    ward.answer("WE02")
    (receipt,) = pcs.department.exchange.apply(
        pcs.hospital.admin, [pcs.up(ward)], pcs.folder
    ).receipts
    # The department's next package is numbered after the receipt, and arrives first.
    down = pcs.down("NK01")
    assert preview_header(down).sequence > preview_header(receipt).sequence
    ward.services.exchange.apply(ward.nurse, [down])
    preview = ward.services.exchange.preview(ward.nurse, [receipt])
    assert preview.refused_packages == ()
    ward.services.exchange.apply(ward.nurse, [receipt])
    # Marked: the next up package leaves the sheet and the answered items out; imported
    # again it changes nothing, and the department's packages still pass the order check.
    again = records_of(pcs.up(ward))
    assert (again["sheets"], again["rectifications"]) == ([], [])
    assert ward.services.exchange.apply(ward.nurse, [receipt]).preview.refused_packages == ()
    assert ward.services.exchange.preview(ward.nurse, [pcs.down("NK01")]).refused_packages == ()


def test_a_ward_has_one_enrolled_pc_until_the_department_withdraws_it(
    pcs: Pcs, tmp_path: Path
) -> None:
    department, admin = pcs.department.exchange, pcs.hospital.admin
    before = every_row(pcs.department)
    files = every_file(pcs.folder)
    with pytest.raises(NursingQCError) as refused:
        department.enrol(admin, "NK01", pcs.folder)
    assert refused.value.template == MSG_WARD_ALREADY_ENROLLED
    (old,) = [e for e in department.enrolled_wards(admin) if e.ward_code == "NK01"]
    assert refused.value.params["pc"] == old.pc_id[:8]
    assert (every_row(pcs.department), every_file(pcs.folder)) == (before, files)

    # The head nurse's PC broke after it had sent the month's self-check and answers.
    pcs.nk01.submit_with_problems()
    pcs.nk01.answer("WE02")
    pcs.department.exchange.apply(admin, [pcs.up(pcs.nk01)], pcs.folder)
    last_of_old_pc = pcs.up(pcs.nk01)
    pcs.department.campaigns.open_phase(admin, pcs.hospital.campaign.id, PhaseKind.EVALUATION)
    key = replace(pcs.hospital.key(), phase=PhaseKind.EVALUATION)
    entries = full_marks(pcs.department.checklists.definition(key.checklist_id))
    entries["WE03"] = ItemEntry(Decimal(1), problem="治疗室物品摆放混乱，无菌物品与清洁物品混放")
    submit(pcs.department, pcs.hospital.inspector, key, entries)
    department.unenrol(admin, "NK01")
    assert [e.ward_code for e in department.enrolled_wards(admin)] == ["WK01"]
    with pytest.raises(ExchangeRefused):
        department.apply(admin, [last_of_old_pc])
    home = tmp_path / "new-pc"
    home.mkdir()
    new = enrolled_ward(pcs.department, pcs.hospital, pcs.folder, "NK01", home)
    try:
        (down,) = department.export(admin, pcs.folder, ["NK01"])
        new_pc = new.services.exchange.this_pc().pc_id
        assert down.name == f"department-down-NK01-{new_pc[:8]}-0002.nqcpkg"
        # The ward's records count as never sent: the down package carries them again, and
        # the evaluation's finding arrives with its sheet. The self-check's findings wait for
        # their sheet, which a down package does not carry (rules §14).
        assert len(records_of(down)["rectifications"]) == 3
        new.services.exchange.apply(new.nurse, [down])
        assert [item.item_code for item in new.items()] == ["WE03"]
        # The old PC's numbers and the new one's never give two packages one name.
        (up,) = new.services.exchange.export(new.nurse, pcs.folder)
        assert up.name.startswith(f"ward-up-NK01-{new_pc[:8]}-")
        assert last_of_old_pc.exists() and last_of_old_pc != up
    finally:
        new.services.close()


def test_a_receipt_of_another_pcs_package_is_refused(pcs: Pcs, tmp_path: Path) -> None:
    department, admin = pcs.department.exchange, pcs.hospital.admin
    pcs.nk01.submit_with_problems()
    (receipt,) = department.apply(admin, [pcs.up(pcs.nk01)], pcs.folder).receipts
    department.unenrol(admin, "NK01")
    home = tmp_path / "new-pc"
    home.mkdir()
    new = enrolled_ward(pcs.department, pcs.hospital, pcs.folder, "NK01", home)
    try:
        with pytest.raises(ExchangeRefused) as refused:
            new.services.exchange.apply(new.nurse, [receipt])
        assert refused.value.template == MSG_RECEIPT_OF_ANOTHER_PC
    finally:
        new.services.close()


def test_withdrawing_a_pc_is_the_departments_and_needs_one_enrolled(pcs: Pcs) -> None:
    with pytest.raises(PermissionDenied):
        pcs.department.exchange.unenrol(pcs.hospital.nurse_a, "NK01")
    with pytest.raises(NursingQCError) as refused:
        pcs.department.exchange.unenrol(pcs.hospital.admin, "EK01")
    assert refused.value.template == MSG_WARD_NOT_ENROLLED


def test_a_lost_department_key_is_refused_clearly_and_its_backup_restores_it(
    pcs: Pcs, tmp_path: Path
) -> None:
    keys = tmp_path / "department-keys"
    copy = tmp_path / "backups" / "keys" / "department.key"
    # Copied beside the database's backups at the first enrolment, readable by nobody else.
    assert copy.read_bytes() == (keys / "department.key").read_bytes()
    assert copy.stat().st_mode & 0o077 == 0
    (keys / "department.key").unlink()
    before, files = every_row(pcs.department), every_file(pcs.folder)
    for action in (
        lambda: pcs.down("NK01"),
        lambda: pcs.department.exchange.enrol(pcs.hospital.admin, "EK01", pcs.folder),
        lambda: pcs.department.exchange.apply(pcs.hospital.admin, [pcs.up(pcs.nk01)], pcs.folder),
    ):
        with pytest.raises(NursingQCError) as refused:
            action()
        assert refused.value.template == MSG_KEY_MISSING
        assert refused.value.params == {"file": str(keys / "department.key"), "copy": str(copy)}
    # No key was made anew; nothing changed but the ward's own export of its package.
    assert not (keys / "department.key").exists()
    assert every_row(pcs.department) == before
    assert {name for name in every_file(pcs.folder) - files if "department" in name} == set()
    (keys / "department.key").write_bytes(copy.read_bytes())
    down = pcs.down("NK01")
    assert pcs.nk01.services.exchange.preview(pcs.nk01.nurse, [down]).refused_packages == ()


def test_a_ward_pcs_key_from_its_setup_package_is_kept_in_the_backups_too(
    pcs: Pcs, tmp_path: Path
) -> None:
    pc = pcs.nk01.services.exchange.this_pc().pc_id
    kept = tmp_path / "nk01-keys" / f"ward-{pc}.key"
    copy = tmp_path / "backups" / "keys" / kept.name
    assert copy.read_bytes() == kept.read_bytes()
    kept.unlink()
    with pytest.raises(NursingQCError) as refused:
        pcs.up(pcs.nk01)
    assert refused.value.template == MSG_KEY_MISSING


def test_a_receipt_marks_only_its_senders_wards_records(pcs: Pcs, tmp_path: Path) -> None:
    """普通外科's item, changed at the department, stays unsent to 普通外科 whatever a receipt
    of 心血管内科's PC says about it (its head nurse holds her PC's key and may sign one)."""
    department, admin = pcs.department, pcs.hospital.admin
    pcs.wk01.submit_with_problems()
    pcs.wk01.answer("WE02")
    department.exchange.apply(admin, [pcs.up(pcs.wk01)])
    item = pcs.item(pcs.hospital.ward_b, "WE02")
    item = department.rectification.verify(admin, item.id, item.version, "复查：已整改到位")
    with department.database.transaction(read_only=True) as session:
        row = session.get(RectificationItem, item.id)
        assert row is not None
        uid, version = row.uid, row.version
        hospital_uid = session.scalars(select(HospitalRow)).one().uid
    nk01_pc = pcs.nk01.services.exchange.this_pc().pc_id
    key = find_signing_key(tmp_path / "nk01-keys", f"ward-{nk01_pc}")
    assert key is not None
    receipt = ReceiptDocument(
        records_version=RECORDS_VERSION,
        package_sender=DEPARTMENT_PC,
        package_sequence=1,
        applied_at=datetime.now(UTC),
        lines=(
            ReceiptLine(
                uid=uid,
                kind="rectification",
                version=version,
                change=RecordChange.UNCHANGED,
                reason_template="",
                reason_params=(),
            ),
        ),
    )
    header = PackageHeader(
        FORMAT_VERSION, PackageKind.RECEIPT, hospital_uid, nk01_pc, "NK01", 9, datetime.now(UTC)
    )
    forged = write_package(
        pcs.folder / "receipt-NK01.nqcpkg",
        header,
        {"receipt.json": to_plain(receipt)},
        {},
        key,
    )
    department.exchange.apply(admin, [forged])
    (down,) = department.exchange.export(admin, pcs.folder, ["WK01"])
    assert [record["uid"] for record in records_of(down)["rectifications"]] == [uid]  # type: ignore[index]
