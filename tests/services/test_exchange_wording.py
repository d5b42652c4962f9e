"""What a preview line, a receipt's line and a conflict say in Chinese (rules §14): a checklist
by its name and 第 n 版, never its code; no ward code, which the table's 病区 column and the
command line already show beside each line."""

from __future__ import annotations

from pathlib import Path

import pytest

from nursingqc.domain.exchange import PackagePreview
from nursingqc.i18n import message_text
from tests.helpers import PASSWORD
from tests.services.exchange_pcs import (
    LONG_PROBLEM,
    Pcs,
    WardPc,
    both_changed,
    close,
    department_with_wards,
    open_pc,
    three_pcs,
)

pytestmark = pytest.mark.sqlite_only

CHECKLIST_CODES = ("WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE")


def texts(preview: PackagePreview) -> list[str]:
    said = [message_text(line.what) for line in preview.lines]
    for text in said:
        assert not any(code in text for code in CHECKLIST_CODES), text
        assert "NK01" not in text, text
    return said


def test_setup_up_and_receipt_lines_name_checklists_and_not_the_ward(
    tmp_path: Path, chinese: None
) -> None:
    department, hospital = department_with_wards(tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    ward = open_pc(tmp_path, "nk01")
    try:
        setup = department.exchange.enrol(hospital.admin, "NK01", folder)
        said = texts(ward.exchange.preview(None, [setup]))
        assert said[0] == "本机成为测试市人民医院心血管内科的电脑"
        assert "检查表 病房环境（第 1 版）" in said and "检查表 治疗室（第 1 版）" in said
        (receipt,) = ward.exchange.apply(None, [setup], folder).receipts
        department.exchange.apply(hospital.admin, [receipt])

        nk01 = WardPc(ward, ward.accounts.login("nk01", PASSWORD))
        nk01.submit_with_problems()
        (up,) = ward.exchange.export(nk01.nurse, folder)
        said = texts(department.exchange.preview(hospital.admin, [up]))
        sheet = f"病房环境 自查表（{nk01.nurse.display_name}）"
        assert sheet in said
        assert "整改项 WE04：床帘脱钩" in said
        assert f"整改项 WE02：{LONG_PROBLEM[:40]}" in said

        receipts = department.exchange.apply(hospital.admin, [up], folder).receipts
        said = texts(ward.exchange.preview(nk01.nurse, list(receipts)))
        assert f"对方电脑的回执：{sheet}" in said
        assert "对方电脑的回执：整改项 WE04：床帘脱钩" in said
    finally:
        ward.close()
        department.close()


def test_a_conflict_is_named_as_its_preview_line_is(tmp_path: Path, chinese: None) -> None:
    pcs: Pcs = three_pcs(tmp_path)
    try:
        both_changed(pcs)
        for conflicts in (
            pcs.department.exchange.conflicts(pcs.hospital.admin),
            pcs.nk01.services.exchange.conflicts(pcs.nk01.nurse),
        ):
            assert [message_text(c.what) for c in conflicts] == ["整改项 WE04：床帘脱钩"]
    finally:
        close(pcs)
