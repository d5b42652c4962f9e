"""Reading the wards workbook (sheet 病区): columns by header, clear refusals of wrong files."""

from __future__ import annotations

from pathlib import Path

import pytest

from nursingqc.domain.errors import ImportRefused, ValidationError
from nursingqc.i18n import error_text, message_text
from nursingqc.reports.excel.wards_file import read_wards_workbook
from tests.helpers import write_workbook


def test_columns_are_found_by_header_in_any_order(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "wards.xlsx",
        "病区",
        [
            ["分组", "床位数", "病区名称", "病区编码", "护士长", "备注"],
            ["内科片", 40, "心血管内科", "NK01", "张丽", "新楼"],
            [None, None, None, None, None, None],
            ["外科片", 36.0, "普通外科", "WK01", None, None],
        ],
    )
    rows = read_wards_workbook(path)
    assert [(r.row, r.code, r.name, r.beds, r.group_name) for r in rows] == [
        (2, "NK01", "心血管内科", "40", "内科片"),
        (4, "WK01", "普通外科", "36", "外科片"),
    ]


def test_a_workbook_without_the_sheet_is_refused(tmp_path: Path, chinese: None) -> None:
    path = write_workbook(tmp_path / "w.xlsx", "Sheet1", [["病区编码", "病区名称"]])
    with pytest.raises(ValidationError) as refused:
        read_wards_workbook(path)
    assert error_text(refused.value) == "w.xlsx 中没有名为“病区”的工作表（现有：Sheet1）。"


def test_a_missing_column_is_named(tmp_path: Path, chinese: None) -> None:
    path = write_workbook(tmp_path / "w.xlsx", "病区", [["病区编码", "护士长"], ["NK01", "张丽"]])
    with pytest.raises(ImportRefused) as refused:
        read_wards_workbook(path)
    assert [message_text(p.message()) for p in refused.value.problems] == [
        "工作表“病区”第 1 行“病区名称”列：表头中没有“病区名称”列"
    ]
