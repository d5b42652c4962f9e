"""One shared folder for the whole hospital (issue 16 item 5, rules §14): the department and
the PCs of 心血管内科 (NK01) and 普通外科 (WK01) all write into it and import it in turn, and
each takes only what is addressed to it, by the package's header. A file that cannot be read
is offered, so that the import refuses it with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nursingqc.domain.exchange import DEPARTMENT_PC, PackageKind, RecordChange
from nursingqc.services.container import Services
from nursingqc.storage.exchange_package import preview_header
from tests.services.exchange_pcs import Pcs, WardPc, close, open_pc, three_pcs

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[Pcs]:
    made = three_pcs(tmp_path)
    yield made
    close(made)


def kinds(paths: list[Path]) -> list[tuple[str, str, str | None]]:
    """Each package as (kind, sender, ward), the sender as "department" or "ward"."""
    described = []
    for path in paths:
        header = preview_header(path)
        sender = "department" if header.sender_id == DEPARTMENT_PC else "ward"
        described.append((header.kind.value, sender, header.ward_code))
    return sorted(described)


def import_folder(services: Services, ward: WardPc | None, pcs: Pcs) -> list[RecordChange]:
    actor = ward.nurse if ward is not None else pcs.hospital.admin
    found = services.exchange.packages_for_this_pc(pcs.folder)
    result = services.exchange.apply(actor, found.taken, pcs.folder)
    assert result.preview.refused_packages == ()
    return [line.change for line in result.preview.lines]


def test_each_pc_takes_only_its_own_from_one_shared_folder(pcs: Pcs) -> None:
    department, nk01, wk01, folder = pcs.department, pcs.nk01, pcs.wk01, pcs.folder
    # In the folder already: the two setup packages and the wards' receipts of them.
    nk01.submit_with_problems()
    wk01.submit_with_problems()
    pcs.up(nk01)
    pcs.up(wk01)

    found = department.exchange.packages_for_this_pc(folder)
    assert kinds(found.taken) == [
        ("receipt", "ward", "NK01"),
        ("receipt", "ward", "WK01"),
        ("ward-up", "ward", "NK01"),
        ("ward-up", "ward", "WK01"),
    ]
    assert kinds(found.left) == [("setup", "department", "NK01"), ("setup", "department", "WK01")]
    assert RecordChange.NEW in import_folder(department, None, pcs)
    assert len(pcs.items()) == 4  # two problems on each ward's self-check

    department.exchange.export(pcs.hospital.admin, folder)
    for ward, code, other in ((nk01, "NK01", "WK01"), (wk01, "WK01", "NK01")):
        found = ward.services.exchange.packages_for_this_pc(folder)
        assert kinds(found.taken) == [
            ("department-down", "department", code),
            ("receipt", "department", code),
        ]
        # Left: its own up-package and receipt, the setup packages, and the other ward's.
        assert ("ward-up", "ward", code) in kinds(found.left)
        assert ("department-down", "department", other) in kinds(found.left)
        assert ("receipt", "department", other) in kinds(found.left)
        import_folder(ward.services, ward, pcs)
        assert len(ward.items()) == 2

    # NK01 answers; the department takes the answer and the receipts, the ward PCs the
    # department's receipts, and nothing is added twice.
    nk01.answer("WE04")
    pcs.up(nk01)
    changes = import_folder(department, None, pcs)
    assert changes.count(RecordChange.CHANGED) == 1
    assert pcs.item(pcs.hospital.ward_a, "WE04").cause != ""
    assert len(pcs.items()) == 4
    for ward in (nk01, wk01):
        import_folder(ward.services, ward, pcs)
        assert len(ward.items()) == 2
    assert nk01.item("WE04").cause == pcs.item(pcs.hospital.ward_a, "WE04").cause


def test_a_file_that_cannot_be_read_is_offered_and_refused_with_its_reason(pcs: Pcs) -> None:
    pcs.nk01.submit_with_problems()
    up = pcs.up(pcs.nk01)
    broken = pcs.folder / "ward-up-NK01-copy.nqcpkg"
    broken.write_bytes(up.read_bytes()[:200])
    for services in (pcs.department, pcs.nk01.services, pcs.wk01.services):
        assert broken in services.exchange.packages_for_this_pc(pcs.folder).taken
    found = pcs.department.exchange.packages_for_this_pc(pcs.folder)
    preview = pcs.department.exchange.preview(pcs.hospital.admin, found.taken)
    assert [name for name, _reason in preview.refused_packages] == [broken.name]
    assert up in found.taken


def test_a_pc_not_set_up_yet_is_offered_the_setup_packages_only(pcs: Pcs, tmp_path: Path) -> None:
    pcs.department.exchange.unenrol(pcs.hospital.admin, "WK01")
    pcs.department.exchange.enrol(pcs.hospital.admin, "WK01", pcs.folder)
    fresh = open_pc(tmp_path, "new-wk01")
    try:
        found = fresh.exchange.packages_for_this_pc(pcs.folder)
        assert {preview_header(path).kind for path in found.taken} == {PackageKind.SETUP}
        assert sorted(preview_header(path).ward_code or "" for path in found.taken) == [
            "NK01",
            "WK01",
            "WK01",
        ]
        assert found.left
    finally:
        fresh.close()
