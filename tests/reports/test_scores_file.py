"""The 评分 workbook: the template as an inspector opens it in Excel, and reading it back."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nursingqc.domain.errors import ImportRefused, Message, RowProblem, ValidationError
from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.excel.scores_file import read_scores_workbook, write_template
from nursingqc.reports.excel.workbooks import MSG_MISSING_COLUMN, MSG_NO_SHEET, MSG_TEXT_FILE
from nursingqc.services.score_import import ScoreTemplate, TemplateRow
from nursingqc.services.score_rows import COLUMNS, ScoreRow
from tests.helpers import write_workbook

HEADER = [
    "病区编码",
    "病区名称",
    "检查表编码",
    "条目编码",
    "检查内容",
    "分值",
    "一票否决项",
    "阶段",
    "检查人",
    "检查日期",
    "扣分",
    "不适用",
    "否决",
    "问题描述",
]


def template(*rows: TemplateRow, phase: PhaseKind = PhaseKind.EVALUATION) -> ScoreTemplate:
    return ScoreTemplate("2026年7月活动月", phase, rows)


ROWS = (
    TemplateRow("NK01", "心血管内科", "WARD_ENV", "WE01", "布局合理", Decimal(15), False),
    TemplateRow("NK01", "心血管内科", "BASIC_CARE", "BC05", "四无", Decimal("2.5"), True),
)


def test_the_template_has_the_spec_columns_and_a_row_per_ward_and_item(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, template(*ROWS))
    sheet = load_workbook(path)["评分"]
    assert list(COLUMNS) == HEADER
    assert [cell.value for cell in sheet[1]] == HEADER
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)] == [
        ["NK01", "心血管内科", "WARD_ENV", "WE01", "布局合理", 15, None, "评比"] + [None] * 6,
        ["NK01", "心血管内科", "BASIC_CARE", "BC05", "四无", 2.5, "是", "评比"] + [None] * 6,
    ]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width >= 40 and sheet.column_dimensions["N"].width >= 30


def test_reader_columns_are_grey_and_entry_columns_are_not(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, template(*ROWS))
    sheet = load_workbook(path)["评分"]
    fills = {HEADER[cell.column - 1]: cell.fill.fgColor.rgb for cell in sheet[2]}
    grey = {name for name, colour in fills.items() if colour.endswith("D9D9D9")}
    assert grey == {"病区名称", "检查内容", "分值", "一票否决项"}


def test_validation_lists_and_the_deduction_rule_cover_every_data_row(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, template(*ROWS))
    sheet = load_workbook(path)["评分"]
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    assert (rules["L2:L3"].type, rules["L2:L3"].formula1) == ("list", '"是"')
    assert (rules["M2:M3"].type, rules["M2:M3"].formula1) == ("list", '"是"')
    assert (rules["H2:H3"].type, rules["H2:H3"].formula1) == ("list", '"自查,评比"')
    deduction = rules["K2:K3"]
    assert deduction.type == "custom" and deduction.allow_blank
    assert deduction.formula1 == "AND(ISNUMBER(K2),K2>=0,K2<=F2,ROUND(K2*10,0)=ROUND(K2*10,6))"
    assert rules["J2:J3"].type == "date"


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    sly = TemplateRow("=1+1", '=HYPERLINK("http://x","点我")', "-C", "@I", "+t", Decimal(1), False)
    write_template(path, template(sly))
    sheet = load_workbook(path)["评分"]
    cells = sheet[2][:5]
    assert [cell.value for cell in cells] == [
        "=1+1",
        '=HYPERLINK("http://x","点我")',
        "-C",
        "@I",
        "+t",
    ]
    assert {cell.data_type for cell in cells} == {"s"}
    # Read back as text too, not as a formula without a value.
    assert read_scores_workbook(path)[0].ward_code == "=1+1"


def test_the_template_reads_back_as_skippable_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, template(*ROWS, phase=PhaseKind.SELF_CHECK))
    assert read_scores_workbook(path) == [
        ScoreRow(2, "NK01", "WARD_ENV", "WE01", "自查", "", ""),
        ScoreRow(3, "NK01", "BASIC_CARE", "BC05", "自查", "", ""),
    ]


def test_columns_are_found_by_header_and_reader_columns_may_be_missing(tmp_path: Path) -> None:
    header = ["问题描述", "否决", "不适用", "扣分", "检查日期", "检查人", "阶段", "条目编码"]
    path = write_workbook(
        tmp_path / "s.xlsx",
        "评分",
        [
            [*header, "检查表编码", "病区编码"],
            ["有异味", None, None, 1, "2026-07-07", "赵静", "评比", "WE02", "WARD_ENV", "NK01"],
        ],
    )
    assert read_scores_workbook(path) == [
        ScoreRow(2, "NK01", "WARD_ENV", "WE02", "评比", "赵静", "2026-07-07", "1", "", "", "有异味")
    ]


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "s.xlsx", "评分", [[h for h in HEADER if h != "扣分"]])
    with pytest.raises(ImportRefused) as caught:
        read_scores_workbook(path)
    assert caught.value.problems == [
        RowProblem("评分", 1, "扣分", Message(MSG_MISSING_COLUMN, {"column": "扣分"}))
    ]


def test_a_file_without_the_sheet_or_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "s.xlsx", "Sheet1", [HEADER])
    with pytest.raises(ValidationError) as caught:
        read_scores_workbook(path)
    assert (caught.value.template, caught.value.params["sheet"]) == (MSG_NO_SHEET, "评分")
    text = tmp_path / "scores.xlsx"
    text.write_text("病区编码,扣分\nNK01,1\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_scores_workbook(text)
    assert caught.value.template == MSG_TEXT_FILE


def test_a_template_for_a_missing_folder_is_refused_with_the_reason_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    from nursingqc.reports.files import MSG_CANNOT_WRITE

    target = tmp_path / "不存在的文件夹" / "评分.xlsx"
    with pytest.raises(ValidationError) as refused:
        write_template(target, template(*ROWS))
    assert refused.value.template == MSG_CANNOT_WRITE
    assert not target.parent.exists()
