"""The wards workbook (sheet 病区): 病区编码 | 病区名称 | 护士长 | 床位数 | 分组, read for an import
and written as the template to fill in."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from nursingqc.reports.excel.workbooks import Progress, read_sheet, write_text
from nursingqc.reports.files import write_file
from nursingqc.services.ward_import import WARDS_SHEET, WardRow
from nursingqc.services.wards import WardInfo

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


#: What each column takes, on the template's second sheet.
_EXPLAINED = (
    ("病区编码", "必填。病区的唯一编码，如 NK01；导入时按编码找到已有病区并更新，编码不能改。"),
    ("病区名称", "必填，最多 100 个字。"),
    ("护士长", "可留空。"),
    ("床位数", "可留空；0 到 999 的整数。"),
    ("分组", "可留空，如 内科片；同组病区在总结中一起统计。"),
)
_WIDTHS = (12, 24, 12, 10, 14)


def write_wards_template(path: Path, wards: Sequence[WardInfo]) -> None:
    """病区.xlsx to fill in and import: the hospital's wards as they are (a re-import updates
    them), and a sheet saying what each column takes. Texts are written as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = WARDS_SHEET
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, ward in enumerate(wards, start=2):
        for column, value in enumerate(
            (ward.code, ward.name, ward.head_nurse_name, None, ward.group_name), start=1
        ):
            if value:
                write_text(sheet.cell(row=number, column=column), value)
        if ward.beds is not None:
            sheet.cell(row=number, column=4, value=ward.beds)
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("说明")
    notes.append(["列", "填写说明"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for row in _EXPLAINED:
        notes.append(list(row))
    notes.column_dimensions["A"].width = 12
    notes.column_dimensions["B"].width = 80
    buffer = io.BytesIO()
    book.save(buffer)
    write_file(buffer.getvalue(), path)
