"""The ranking workbook (rules §11.1) written from plain dataclasses and read back with openpyxl."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from nursingqc.domain.ranking import WardStatus
from nursingqc.reports.excel.ranking_workbook import (
    DETAIL_COLUMNS,
    NURSE_COLUMNS,
    axis_minimum,
    write_ranking_workbook,
)
from nursingqc.services.ranking import DetailRow, WardLabel
from tests.helpers import Steps
from tests.reports.ranking_views import DETAILS, INJECTION, MADE_ON, NOMINEES, row, view

SPEC_HEADER = [
    "名次",
    "病区编码",
    "病区名称",
    "病房环境",
    "床单元",
    "服务态度",
    "总分",
    "自查总分",
    "自查差值",
    "整改完成率",
    "一票否决",
    "评选结果",
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "排名.xlsx"
    assert write_ranking_workbook(view(), DETAILS, path, made_on=MADE_ON, nominees=NOMINEES) == path
    return path


def test_ranking_sheet_has_the_title_and_exactly_the_spec_header(workbook: Path) -> None:
    book = load_workbook(workbook)
    assert book.sheetnames == ["排名", "示范病房", "优秀护士", "总分图", "明细"]
    sheet = book["排名"]
    # One title row (the header stays row 2): the hospital, the campaign, and where to sign.
    title, signatures = sheet["A1"].value.split("\n")
    assert title == "测试市人民医院 2026年7月基础护理质量提升活动月 评比排名"
    assert signatures.split("\u3000" * 4) == [
        "制表日期：2026-08-03",
        "制表：____________",
        "审核：____________",
    ]
    assert sheet["A1"].alignment.wrap_text is True
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A1:L1"]
    assert [cell.value for cell in sheet[2]] == SPEC_HEADER
    assert sheet.freeze_panes == "D3"


def test_ranking_rows_in_order_with_values_and_number_formats(workbook: Path) -> None:
    sheet = load_workbook(workbook)["排名"]
    values = [[cell.value for cell in line] for line in sheet.iter_rows(min_row=3)]
    assert values == [
        [1, "NK01", "心血管内科", 98.5, 97, 99.25, 98.5, 99.1, 0.6, 0.75, None, "示范病房"],
        [2, "WK02", INJECTION, 88, 90, 85, 87, 99.1, 12.1, 0.75, None, None],
        [3, "FE03", "妇科", 99, 99, 99, 99, 99.1, 0.1, 0.75, "是", None],
        # An empty self-check total says why: one of the three self-checks is submitted.
        [
            None,
            "NK04",
            "-呼吸内科",
            90,
            None,
            None,
            None,
            "自查未完成 1/3",
            None,
            None,
            None,
            "未完成",
        ],
    ]
    first = sheet[3]
    assert [cell.number_format for cell in first[3:9]] == ["0.00"] * 6
    assert first[9].number_format == "0.00%"
    # A ward name that is a formula stays text; so does one starting with "-".
    assert (sheet["C4"].data_type, sheet["C6"].data_type) == ("s", "s")


def test_totals_are_formatted_conditionally_and_the_page_is_set_up_for_print(
    workbook: Path,
) -> None:
    sheet = load_workbook(workbook)["排名"]
    rules = {str(rng.sqref): [r.type for r in rng.rules] for rng in sheet.conditional_formatting}
    assert rules == {"G3:G6": ["colorScale", "cellIs"]}
    # The lenient self-check is the view's flag (WK02, 12.10 above), not a rule of the sheet's.
    assert [sheet[f"I{row}"].fill.fgColor.rgb for row in range(3, 7)] == [
        "00FDF0D2",  # NK01's row, a model ward
        "00FCE4D6",
        "00000000",
        "00000000",
    ]
    # The model ward's whole row is tinted as on the page, and only its row.
    assert {cell.fill.fgColor.rgb for cell in sheet[3]} == {"00FDF0D2"}
    assert {cell.fill.fgColor.rgb for cell in sheet[5]} == {"00000000"}
    total_rule = next(r for r in sheet.conditional_formatting if str(r.sqref) == "G3:G6").rules[1]
    assert (total_rule.operator, total_rule.formula) == ("lessThan", ["90"])
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == int(sheet.PAPERSIZE_A4)
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.print_area == "'排名'!$A$1:$L$6"
    margins = sheet.page_margins
    assert (margins.left, margins.right, margins.top, margins.bottom) == (0.6, 0.6, 0.8, 0.8)
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert sheet.print_options.horizontalCentered is True


def test_the_chart_starts_near_the_lowest_total_and_marks_model_and_veto_wards(
    workbook: Path,
) -> None:
    sheet = load_workbook(workbook)["总分图"]
    assert [[cell.value for cell in line] for line in sheet.iter_rows(min_row=3)] == [
        ["病区", "总分", "标记"],
        ["1 心血管内科（NK01）", 98.5, "示范病房"],
        [f"2 {INJECTION}（WK02）", 87, None],  # still text, not a formula
        ["3 妇科（FE03）", 99, "一票否决"],
    ]
    assert sheet["A5"].data_type == "s"
    assert (
        sheet["A2"].value
        == "金色：示范病房；红色：一票否决（排在无否决的病区之后）；坐标轴从85分起。"
    )
    with zipfile.ZipFile(workbook) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert '<barDir val="bar" />' in chart
    assert "'总分图'!$B$4:$B$6" in chart  # the three ranked wards, not the incomplete one
    assert "'总分图'!$A$4:$A$6" in chart
    # 87.00 is the lowest total: the axis starts at 85, not at 0.
    assert '<min val="85" />' in chart and '<max val="100" />' in chart
    points = re.findall(r'<dPt><idx val="(\d)" />.*?<a:srgbClr val="(\w+)" />', chart)
    assert points == [("0", "E0A526"), ("2", "C0392B")]  # gold model ward, red veto ward


@pytest.mark.parametrize(
    ("totals", "minimum"),
    [(["98.50", "87.00"], 85), (["92.00"], 90), (["91.99"], 85), (["3.00"], 0), (["100.00"], 95)],
)
def test_the_axis_starts_at_a_multiple_of_five_at_least_two_points_below_the_lowest(
    totals: list[str], minimum: int
) -> None:
    assert axis_minimum([Decimal(total) for total in totals]) == minimum


def test_details_sheet_lists_every_item_and_keeps_user_text_as_text(workbook: Path) -> None:
    sheet = load_workbook(workbook)["明细"]
    assert [cell.value for cell in sheet[1]] == list(DETAIL_COLUMNS)
    rows = [[cell.value for cell in line] for line in sheet.iter_rows(min_row=2)]
    assert len(rows) == len(DETAILS) == sheet.max_row - 1
    assert rows[0] == [
        "NK01",
        "心血管内科",
        "病房环境",
        "评比",
        "质控组 赵静",
        datetime(2026, 7, 20),
        "WE01",
        "条目1 <室内> & 整洁",
        15,
        1.5,
        None,
        None,
        "床头柜积灰",
        "王芳",
    ]
    # Rows after the first are streamed into the sheet: the same values, types and styles.
    assert rows[1][3:10] == [
        "自查",
        "质控组 赵静",
        datetime(2026, 7, 20),
        "WE02",
        rows[1][7],
        15,
        1.5,
    ]
    assert rows[2][10] == "是" and rows[3][11] == "是"
    assert (rows[1][12], sheet["M3"].data_type) == ("=1+1", "s")
    assert rows[3][12] == "@SUM(A1)铃"  # a control character XML cannot hold is dropped
    assert [sheet.cell(row=3, column=c).number_format for c in (6, 9, 10)] == [
        "yyyy-mm-dd",
        "0.0",
        "0.0",
    ]
    assert sheet["H3"].alignment.wrap_text is True
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:N{len(DETAILS) + 1}"


def test_cancelling_writes_nothing_and_progress_reaches_the_total(tmp_path: Path) -> None:
    path = tmp_path / "排名.xlsx"
    assert (
        write_ranking_workbook(view(), DETAILS, path, lambda done, total: done < 3, made_on=MADE_ON)
        is None
    )
    assert not path.exists() and list(tmp_path.iterdir()) == []
    steps = Steps()
    write_ranking_workbook(view(), DETAILS, path, steps, made_on=MADE_ON)
    assert steps.seen[-1][0] == steps.seen[-1][1] == len(view().rows) + len(DETAILS) + 1


def test_a_month_without_results_still_writes_the_header(tmp_path: Path) -> None:
    empty = view(
        (row("NK01", "心血管内科", None, (None, None, None), None, WardStatus.INCOMPLETE),)
    )
    path = tmp_path / "空.xlsx"
    write_ranking_workbook(empty, [], path, made_on=MADE_ON)
    book = load_workbook(path)
    assert book.sheetnames == ["排名", "示范病房", "优秀护士", "明细"]  # nothing ranked, no chart
    assert [cell.value for cell in book["排名"][2]] == SPEC_HEADER
    assert book["排名"]["L3"].value == "未完成"


class Failing:
    """Details read from the database that fail part-way, as when the file goes away."""

    def __len__(self) -> int:
        return 3 * len(DETAILS)

    def __iter__(self) -> Iterator[DetailRow]:
        yield from DETAILS
        raise RuntimeError("the database went away")


def test_a_failure_while_the_rows_stream_leaves_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "排名.xlsx"
    path.write_bytes(b"last month's workbook")
    with pytest.raises(RuntimeError, match="went away"):
        write_ranking_workbook(view(), Failing(), path, made_on=MADE_ON)
    assert path.read_bytes() == b"last month's workbook"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_cancelling_among_streamed_rows_leaves_the_previous_file(tmp_path: Path) -> None:
    many = DETAILS * (5000 // len(DETAILS) + 1)  # more rows than one progress step
    path = tmp_path / "排名.xlsx"
    path.write_bytes(b"last month's workbook")
    seen: list[int] = []

    def cancel_among_rows(done: int, total: int) -> bool:
        seen.append(done)
        return done < 3000

    assert (
        write_ranking_workbook(view(), ReadOnce(many), path, cancel_among_rows, made_on=MADE_ON)
        is None
    )
    assert seen[-1] > len(view().rows) + 1  # stopped among the rows, not before them
    assert path.read_bytes() == b"last month's workbook"
    assert list(tmp_path.iterdir()) == [path]


class ReadOnce:
    """A list read once, as the service's details are."""

    def __init__(self, rows: list[DetailRow]) -> None:
        self._rows = rows
        self._read = False

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[DetailRow]:
        assert not self._read, "the details are read once"
        self._read = True
        return iter(self._rows)


def _values(sheet: Any, first_row: int) -> list[list[object]]:
    return [[cell.value for cell in line] for line in sheet.iter_rows(min_row=first_row)]


def test_the_model_wards_sheet_sets_the_rules_proposal_beside_the_departments_decision(
    tmp_path: Path,
) -> None:
    reason = "WK02本月发生护理不良事件，暂不评为示范病房；" + "理" * 970  # the 1,000 limit
    rows = view().rows
    overruled = view(
        (
            rows[0],
            replace(rows[1], proposed=True, model_ward=False),
            rows[2],
            replace(rows[3], status=WardStatus.COMPLETE, rank=4, total=Decimal("91.00")),
            replace(
                row("ZK05", "中" * 100, 5, ("90.00", "90.00", "90.00"), "90.00"), model_ward=True
            ),
        )
    )
    assert overruled.confirmation is not None
    confirmation = replace(
        overruled.confirmation,
        wards=(rows[0].ward, WardLabel(5, "ZK05", "中" * 100)),
        reason=reason,
        decided_at=datetime(2026, 7, 31, 2, tzinfo=UTC),
    )
    path = tmp_path / "排名.xlsx"
    overruled = replace(overruled, confirmation=confirmation)
    write_ranking_workbook(overruled, DETAILS, path, made_on=MADE_ON)
    sheet = load_workbook(path)["示范病房"]
    assert sheet["A1"].value.startswith("测试市人民医院 2026年7月基础护理质量提升活动月 示范病房\n")
    assert sheet["A2"].value == (
        "评选规则：完成全部检查表评比、无一票否决、总分不低于90分的病区中，按名次取前3名。"
    )
    assert sheet["A3"].value.startswith("护理部确认：护理部 王主任，2026-07-31；示范病房2个。")
    assert sheet["A3"].value.endswith(f"与规则建议不同，理由：{reason}")
    assert sheet.row_dimensions[3].height >= 16 * 14  # room for the long reason's lines
    assert _values(sheet, 4) == [
        ["名次", "病区编码", "病区名称", "总分", "规则建议", "护理部决定", "说明"],
        [1, "NK01", "心血管内科", 98.5, "建议", "确认为示范病房", None],
        [2, "WK02", INJECTION, 87, "建议", "未选为示范病房", reason],
        [5, "ZK05", "中" * 100, 90, None, "增选为示范病房", reason],
    ]
    assert sheet["C6"].data_type == "s"  # a ward name that is a formula stays text
    assert {cell.fill.fgColor.rgb for cell in sheet[5]} == {"00FDF0D2"}
    assert {cell.fill.fgColor.rgb for cell in sheet[6]} == {"00000000"}
    assert sheet.print_title_rows == "$1:$4" and sheet.freeze_panes == "A5"
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.print_area == "'示范病房'!$A$1:$G$7"


def test_before_the_department_confirms_the_sheet_says_it_is_the_rules_proposal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "排名.xlsx"
    write_ranking_workbook(replace(view(), confirmation=None), DETAILS, path, made_on=MADE_ON)
    sheet = load_workbook(path)["示范病房"]
    assert sheet["A3"].value == "护理部尚未确认：下表为评比规则的建议。"
    assert _values(sheet, 5) == [
        [1, "NK01", "心血管内科", 98.5, "建议", "尚未确认", "评比规则建议"]
    ]


def test_the_excellent_nurses_sheet_lists_the_approved_first_with_the_decisions(
    workbook: Path,
) -> None:
    sheet = load_workbook(workbook)["优秀护士"]
    # Approved first, then waiting, then declined; by ward code within each.
    assert sheet["A2"].value.startswith("推荐3人，护理部批准1人（已批准的在前，底色标出）")
    nominated, decided = datetime(2026, 7, 28), datetime(2026, 7, 31)
    assert _values(sheet, 3) == [
        list(NURSE_COLUMNS),
        ["NK01", "心血管内科", "王芳", "服务热情，基础护理落实到位", "NK01护士长", nominated,
         "已批准", None, "护理部 王主任", decided, 1, 98.5, 1],
        ["WK02", INJECTION, "张敏", INJECTION, "WK02护士长", nominated,
         "待审批", None, None, None, None, None, 0],
        ["NK04", "-呼吸内科", "李娜", "服务热情，基础护理落实到位", "NK04护士长", nominated,
         "未批准", "材料不足", "护理部 王主任", decided, "未完成", None, 0],
    ]  # fmt: skip
    assert (sheet["B5"].data_type, sheet["D5"].data_type) == ("s", "s")
    assert sheet["F4"].number_format == "yyyy-mm-dd"
    assert {cell.fill.fgColor.rgb for cell in sheet[4]} == {"00FDF0D2"}
    assert {cell.fill.fgColor.rgb for cell in sheet[5]} == {"00000000"}
    assert sheet["D4"].alignment.wrap_text is True
    assert sheet.print_title_rows == "$1:$3" and sheet.page_setup.orientation == "landscape"


def test_without_nominees_the_sheet_says_so(tmp_path: Path) -> None:
    path = tmp_path / "排名.xlsx"
    write_ranking_workbook(view(), DETAILS, path, made_on=MADE_ON)
    sheet = load_workbook(path)["优秀护士"]
    assert sheet["A2"].value.startswith("推荐0人，护理部批准0人")
    assert sheet["C4"].value == "本次无推荐"
