"""The wards workbook (sheet 病区): 病区编码 | 病区名称 | 护士长 | 床位数 | 分组."""

from __future__ import annotations

from pathlib import Path

from nursingqc.reports.excel.workbooks import Progress, read_sheet
from nursingqc.services.ward_import import WARDS_SHEET, WardRow

COLUMNS = ["病区编码", "病区名称", "护士长", "床位数", "分组"]


def read_wards_workbook(path: Path, progress: Progress | None = None) -> list[WardRow]:
    """Only 病区编码 and 病区名称 are required; an optional column the file lacks reads as None,
    so a re-import leaves that field as it is."""
    return [
        WardRow(
            row=row.number,
            code=row.cells["病区编码"],
            name=row.cells["病区名称"],
            head_nurse_name=row.cells.get("护士长"),
            beds=row.cells.get("床位数"),
            group_name=row.cells.get("分组"),
        )
        for row in read_sheet(path, WARDS_SHEET, COLUMNS[:2], progress)
    ]
