"""The 评分 workbook of paper rounds: the template for the inspectors, read back on import."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from nursingqc.domain.errors import RowProblem
from nursingqc.reports.excel.workbooks import Progress, read_sheet, write_text
from nursingqc.reports.files import write_file
from nursingqc.services.score_import import ScoreTemplate
from nursingqc.services.score_rows import (
    CHECKLIST,
    COLUMNS,
    DATE,
    DEDUCTION,
    INSPECTOR,
    ITEM,
    NOT_APPLICABLE,
    PHASE,
    POINTS,
    PROBLEM,
    READER_COLUMNS,
    REQUIRED_COLUMNS,
    SCORES_SHEET,
    SHEET_PHASES,
    VETO,
    WARD,
    YES,
    ScoreRow,
)

# Wide enough for the longest usual entry at 1366 px; 检查内容 and 问题描述 wrap.
_WIDTHS = {
    "病区编码": 10,
    "病区名称": 16,
    "检查表编码": 13,
    "条目编码": 10,
    "检查内容": 44,
    "分值": 7,
    "一票否决项": 11,
    "阶段": 7,
    "检查人": 12,
    "检查日期": 12,
    "扣分": 8,
    "不适用": 8,
    "否决": 7,
    "问题描述": 40,
}
_READER_GREY = "D9D9D9"
_READER_FONT = "595959"
_HEADER_FILL = "1F4E78"
# Text Excel would take for a formula (or, in some programs, a command) if it were not text.


def _letter(column: str) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(COLUMNS.index(column) + 1)
    return letter


def write_template(path: Path, template: ScoreTemplate) -> None:
    """One row per ward and item, inspector and date empty; the reader's columns grey."""
    # openpyxl takes a tenth of a second to import: load it when a workbook is written.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = SCORES_SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    grey = PatternFill("solid", fgColor=_READER_GREY)
    grey_font = Font(color=_READER_FONT)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    phase = template.phase.chinese_name
    for number, row in enumerate(template.rows, start=2):
        values: dict[str, Any] = {
            "病区编码": row.ward_code,
            "病区名称": row.ward_name,
            "检查表编码": row.checklist_code,
            "条目编码": row.item_code,
            "检查内容": row.item_text,
            "分值": float(row.points),
            "一票否决项": YES if row.veto else "",
            "阶段": phase,
        }
        for index, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=number, column=index)
            value = values.get(column)
            if isinstance(value, str):
                write_text(cell, value)
            elif value is not None:
                cell.value = value
            cell.alignment = wrap if column in ("检查内容", PROBLEM) else top
            if column in READER_COLUMNS:
                cell.fill = grey
                cell.font = grey_font
        sheet.cell(row=number, column=COLUMNS.index(DATE) + 1).number_format = "yyyy-mm-dd"
        sheet.cell(row=number, column=COLUMNS.index(POINTS) + 1).number_format = "0.0"
        sheet.cell(row=number, column=COLUMNS.index(DEDUCTION) + 1).number_format = "0.0"
    for column, width in _WIDTHS.items():
        sheet.column_dimensions[_letter(column)].width = width
    sheet.freeze_panes = "A2"
    last = max(len(template.rows) + 1, 2)

    def validate(validation: DataValidation, column: str) -> None:
        validation.showErrorMessage = True
        validation.errorTitle = "输入有误"
        validation.add(f"{_letter(column)}2:{_letter(column)}{last}")
        sheet.add_data_validation(validation)

    yes = DataValidation(type="list", formula1=f'"{YES}"', allow_blank=True)
    yes.error = "只能填“是”或留空。"
    validate(yes, NOT_APPLICABLE)
    veto = DataValidation(type="list", formula1=f'"{YES}"', allow_blank=True)
    veto.error = yes.error
    validate(veto, VETO)
    phases = DataValidation(
        type="list",
        formula1='"' + ",".join(kind.chinese_name for kind in SHEET_PHASES) + '"',
        allow_blank=False,
    )
    phases.error = "阶段只能是“自查”或“评比”。"
    validate(phases, PHASE)
    # Excel shifts the relative references (K2, F2) down the column: each row's own points.
    cell, points = f"{_letter(DEDUCTION)}2", f"{_letter(POINTS)}2"
    deduction = DataValidation(
        type="custom",
        formula1=f"AND(ISNUMBER({cell}),{cell}>=0,{cell}<={points},"
        f"ROUND({cell}*10,0)=ROUND({cell}*10,6))",
        allow_blank=True,
    )
    deduction.error = "扣分须是 0 到本条分值之间的数，按 0.1 分计（如 0.5）；不扣分可留空。"
    validate(deduction, DEDUCTION)
    day = DataValidation(
        type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True
    )
    day.error = "请填写日期，如 2026-07-08。"
    validate(day, DATE)
    sheet.auto_filter.ref = f"A1:{_letter(PROBLEM)}{last}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    book.save(buffer)
    write_file(buffer.getvalue(), path)


def read_scores_workbook(
    path: Path, progress: Progress | None = None, cell_problems: list[RowProblem] | None = None
) -> list[ScoreRow]:
    """The 评分 sheet's rows as text; columns are found by header, the reader's are optional.
    Cells that cannot be read (a formula without its value, an Excel error) go to
    ``cell_problems`` when given, for the import to list with everything else."""
    return [
        ScoreRow(
            row=row.number,
            ward_code=row.cells[WARD],
            checklist_code=row.cells[CHECKLIST],
            item_code=row.cells[ITEM],
            phase=row.cells[PHASE],
            inspector=row.cells[INSPECTOR],
            inspected_on=row.cells[DATE],
            deduction=row.cells[DEDUCTION],
            not_applicable=row.cells[NOT_APPLICABLE],
            veto=row.cells[VETO],
            problem=row.cells[PROBLEM],
        )
        for row in read_sheet(path, SCORES_SHEET, list(REQUIRED_COLUMNS), progress, cell_problems)
    ]
