"""A database file that cannot take a write — its disk full, the file read-only — refuses every
write path with that fault's own message, changes nothing, and works again once the fault is gone.

The full disk is real: a small tmpfs holds the database and a file fills the rest of it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from nursingqc.domain.errors import DatabaseError
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.i18n import error_text
from nursingqc.services.container import Services, open_services
from nursingqc.services.inspections import SheetKey
from nursingqc.services.rectification import RectificationDetail, RectificationInfo
from nursingqc.services.score_import import ScoreImportResult
from nursingqc.services.score_rows import ScoreRow
from nursingqc.storage.db import MSG_DISK_FULL
from tests.database_files import disk_full, mount_small_disk
from tests.helpers import (
    TODAY,
    Hospital,
    build_hospital,
    database_state,
    full_marks,
    save_draft,
    submit,
)

pytestmark = pytest.mark.sqlite_only

#: Long answers, as a ward writes them: a full disk must not eat them silently.
CAUSE = "夜班人员不足，病室通风时间未落实，" * 40
MEASURE = "每日早晚各开窗通风三十分钟，由责任护士签字记录，护士长每周抽查两次并在晨会点评；" * 20


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB disk of its own, unmounted after the test."""
    folder = tmp_path / "small-disk"
    mount_small_disk(folder)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


@pytest.fixture
def on_small_disk(small_disk: Path) -> Iterator[tuple[Services, Hospital]]:
    services = open_services(f"sqlite:///{small_disk / '护理质控.sqlite3'}", today=lambda: TODAY)
    try:
        yield services, build_hospital(services)
    finally:
        services.close()


def refused_for_full_disk(services: Services, action: Callable[[], object]) -> None:
    before = database_state(services)
    with disk_full(services):
        with pytest.raises(DatabaseError) as refused:
            action()
        assert refused.value.template == MSG_DISK_FULL
        assert database_state(services) == before
    assert error_text(refused.value).startswith(f"{services.database.path} 所在的磁盘已满")


def test_a_full_disk_during_a_scores_import_says_so_and_imports_nothing(
    on_small_disk: tuple[Services, Hospital], chinese: None
) -> None:
    services, hospital = on_small_disk
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    template = services.score_import.template(
        hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION
    )
    day = (TODAY - timedelta(days=1)).isoformat()
    rows = [
        replace(
            ScoreRow(
                number, r.ward_code, r.checklist_code, r.item_code, "评比", "质控组 赵静", day
            ),
            deduction="0.5",
            problem=f"{r.item_code} 现场查见问题：" + "床头柜物品摆放杂乱，" * 10,
        )
        for number, r in enumerate(template.rows, start=2)
    ]

    def import_scores() -> ScoreImportResult:
        return services.score_import.import_scores(
            hospital.admin, hospital.campaign.id, rows, "评比-纸质.xlsx"
        )

    refused_for_full_disk(services, import_scores)
    sheets = {(r.ward_code, r.checklist_code) for r in template.rows}
    assert len(import_scores().imported) == len(sheets)


def sheet_with_a_problem(
    services: Services, hospital: Hospital, problem: str
) -> tuple[SheetKey, dict[str, ItemEntry]]:
    """心血管内科's 病房环境 at full marks but for WE02, 2 points off for ``problem``."""
    key = hospital.key()
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(2), problem=problem)
    return key, entries


def test_a_full_disk_during_an_autosave_says_so_and_the_next_save_lands(
    on_small_disk: tuple[Services, Hospital], chinese: None
) -> None:
    services, hospital = on_small_disk
    key, entries = sheet_with_a_problem(services, hospital, "12床病室有异味，" * 20)

    def autosave() -> object:
        return save_draft(services, hospital.nurse_a, key, entries)

    refused_for_full_disk(services, autosave)
    autosave()
    assert services.inspections.open_sheet(hospital.nurse_a, key).entries == entries


def test_a_full_disk_refuses_a_rectification_answer_and_a_photo_and_keeps_the_item(
    on_small_disk: tuple[Services, Hospital], chinese: None
) -> None:
    services, hospital = on_small_disk
    key, entries = sheet_with_a_problem(services, hospital, "12床病室有异味")
    submit(services, hospital.nurse_a, key, entries)
    rectification, nurse = services.rectification, hospital.nurse_a
    (item,) = rectification.list_items(hospital.admin, hospital.campaign.id)
    before = rectification.detail(nurse, item.id)

    def answer() -> RectificationInfo:
        return rectification.fill(nurse, item.id, item.version, CAUSE, MEASURE, "李护士")

    def photo() -> RectificationDetail:
        jpeg = b"\xff\xd8\xff\xe0" + os.urandom(200_000)
        return rectification.add_photo(nurse, item.id, "整改后.jpg", jpeg, (1280, 960))

    refused_for_full_disk(services, answer)
    refused_for_full_disk(services, photo)
    assert rectification.detail(nurse, item.id) == before
    answered = answer()
    assert rectification.detail(nurse, item.id).item == answered
    assert len(photo().photos) == 1
