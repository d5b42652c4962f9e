"""总结 workbook: each table of the summary report on its own sheet, with native Excel charts.

Sheets: 概况 (wards and items checked, pass rates), 质控人员, 排名 (with a bar chart of the totals),
检查表统计 (and 并列病区 when many wards tie), 柏拉图 (bars of the counts and the cumulative-share
line on a second axis), 自查与评比 (grouped bars), 整改 (completion and on-time rates), 示范病房与
优秀护士, 趋势 (lines), 总结 (the department's text). Numbers are numbers (0.00 and 0.0 % formats),
so the hospital can go on computing; text a user typed is always stored as text, never as a
formula (rules §11.2).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from nursingqc.reports.excel.workbooks import excel_rate, write_text
from nursingqc.reports.files import Output, write_file
from nursingqc.reports.wording import TIED_WARDS_SHOWN, tied_wards
from nursingqc.services.summary import RectificationLine, SummaryView

SCORE_FORMAT = "0.00"
RATE_FORMAT = "0.00%"
_HEADER_FILL = "E8E8E8"
_MARK_FILL = "FDECEA"
#: The sheet listing every ward tied at a checklist's highest or lowest score, when a cell of
#: 检查表统计 names only the first ones.
TIED_SHEET = "并列病区"
#: Wider bar charts than this many wards are unreadable; the chart shows the first ones.
CHART_WARDS = 60
#: The trend chart draws a line for each of this many wards at most, the first in the ranking.
TREND_CHART_WARDS = 10


def _tied(wards: Sequence[str]) -> str:
    """A few tied wards by name; many (an Excel cell holds 32,767 characters at most) as the
    first ones, their count and where the whole list is."""
    if len(wards) <= TIED_WARDS_SHOWN:
        return tied_wards(wards)
    return f"{tied_wards(wards)}（全部见“{TIED_SHEET}”表）"


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class _Sheets:
    """Appends header and rows to new sheets with the same look."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.book = Workbook()
        self._first = True

    def sheet(
        self,
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[int],
        formats: dict[int, str] | None = None,
        marked: Sequence[int] = (),
    ) -> Any:
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        if self._first:
            sheet = self.book.active
            sheet.title = title
            self._first = False
        else:
            sheet = self.book.create_sheet(title)
        for column, name in enumerate(header, start=1):
            write_text(sheet.cell(1, column), name)  # campaign names head the trend's columns
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        for values in rows:
            sheet.append([None if isinstance(v, str) else v for v in values])
            row = sheet.max_row
            for column, value in enumerate(values, start=1):
                if isinstance(value, str):
                    write_text(sheet.cell(row, column), value)
        for column, number_format in (formats or {}).items():
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = number_format
        fill = PatternFill("solid", fgColor=_MARK_FILL)
        for index in marked:
            for cell in sheet[index + 2]:
                cell.fill = fill
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        return sheet


def write_summary_workbook(summary: SummaryView, out: Output) -> None:
    """Writes the workbook to ``out`` (replaced whole, or left as it was on failure)."""
    sheets = _Sheets()
    for write in (
        _overview,
        _inspectors,
        _ranking,
        _checklists,
        _pareto,
        _gaps,
        _rectification,
        _honours,
        _trend,
        _text,
    ):
        write(sheets, summary)
    buffer = io.BytesIO()
    sheets.book.save(buffer)
    write_file(buffer.getvalue(), out)


def _overview(sheets: _Sheets, summary: SummaryView) -> None:
    """概况: what the evaluation covered and the month's rates."""
    coverage = summary.coverage
    rates: list[list[Any]] = [
        [f"达标率（总分≥{summary.pass_mark:g}）", excel_rate(summary.pass_rate.percent)],
        ["完全达标率", excel_rate(summary.full_compliance.percent)],
        ["整改完成率", excel_rate(summary.rectification_overall.completion)],
        ["按时完成率", excel_rate(summary.rectification_overall.on_time)],
    ]
    rows: list[list[Any]] = [
        ["医院", summary.hospital],
        ["活动月", summary.campaign_name],
        ["参评病区", coverage.wards],
        ["已检查病区", coverage.wards_checked],
        ["检查次数", coverage.inspections],
        ["检查条目数", coverage.items_checked],
        ["发现问题条目数", coverage.findings],
    ]
    overview = sheets.sheet(
        "概况",
        ["项目", "数值"],
        [*rows, *rates, ["结果已发布", "是" if summary.published else "否"]],
        [22, 46],
    )
    first_rate = 2 + len(rows)
    for row in range(first_rate, first_rate + len(rates)):
        overview.cell(row, 2).number_format = RATE_FORMAT


def _inspectors(sheets: _Sheets, summary: SummaryView) -> None:
    sheets.sheet(
        "质控人员",
        ["质控人员", "检查次数", "检查病区数"],
        [[i.name, i.inspections, i.wards] for i in summary.inspectors],
        [20, 12, 12],
    )


def _ranking(sheets: _Sheets, summary: SummaryView) -> None:
    """排名, with a bar chart of the ranked wards' totals."""
    from openpyxl.chart import BarChart, Reference

    checklists = list(summary.checklists)
    ranking = sheets.sheet(
        "排名",
        ["名次", "病区编码", "病区名称", *checklists, "总分", "评选结果"],
        [
            [
                r.rank,
                r.ward_code,
                r.ward_name,
                *map(_number, r.scores),
                _number(r.total),
                r.result,
            ]
            for r in summary.ranking
        ],
        [6, 10, 18, *[10] * len(checklists), 10, 10],
        formats={column: SCORE_FORMAT for column in range(4, 5 + len(checklists))},
    )
    ranked = sum(r.total is not None for r in summary.ranking)
    if not ranked:
        return
    chart = BarChart()
    chart.title = "各病区评比总分"
    chart.y_axis.title = "总分"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    last = 1 + min(ranked, CHART_WARDS)
    total_column = 4 + len(checklists)
    chart.add_data(
        Reference(ranking, min_col=total_column, min_row=1, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(ranking, min_col=3, min_row=2, max_row=last))
    chart.legend = None
    chart.width, chart.height = 24, 10
    ranking.add_chart(chart, f"{_column(total_column + 3)}2")


def _checklists(sheets: _Sheets, summary: SummaryView) -> None:
    """检查表统计, and 并列病区 when more wards tie at a score than a cell names."""
    sheets.sheet(
        "检查表统计",
        ["检查表", "病区数", "平均分", "最高分", "最高分病区", "最低分", "最低分病区"],
        [
            [
                c.name,
                c.wards,
                _number(c.mean),
                _number(c.highest),
                _tied(c.highest_wards),
                _number(c.lowest),
                _tied(c.lowest_wards),
            ]
            for c in summary.checklist_lines
        ],
        [14, 8, 10, 10, 28, 10, 28],
        formats={3: SCORE_FORMAT, 4: SCORE_FORMAT, 6: SCORE_FORMAT},
    )
    tied = [
        [c.name, which, _number(score), ward]
        for c in summary.checklist_lines
        for which, score, wards in (
            ("最高分", c.highest, c.highest_wards),
            ("最低分", c.lowest, c.lowest_wards),
        )
        if len(wards) > TIED_WARDS_SHOWN
        for ward in wards
    ]
    if tied:
        sheets.sheet(
            TIED_SHEET,
            ["检查表", "并列", "分数", "病区"],
            tied,
            [14, 8, 10, 36],
            formats={3: SCORE_FORMAT},
        )


def _pareto(sheets: _Sheets, summary: SummaryView) -> None:
    """柏拉图: bars of the counts and the cumulative share as a line on a second axis."""
    from openpyxl.chart import BarChart, LineChart, Reference

    pareto = sheets.sheet(
        "柏拉图",
        ["检查表", "条目编码", "检查条目", "频次", "占比", "累计占比", "关键的少数"],
        [
            [
                row.checklist_name,
                row.item_code,
                row.item_text,
                row.count,
                excel_rate(row.share),
                excel_rate(row.cumulative),
                "是" if row.vital_few else "",
            ]
            for row in summary.pareto
        ],
        [12, 10, 44, 8, 10, 10, 10],
        formats={5: RATE_FORMAT, 6: RATE_FORMAT},
        marked=[index for index, row in enumerate(summary.pareto) if row.vital_few],
    )
    if not summary.pareto:
        return
    last = 1 + len(summary.pareto)
    bars = BarChart()
    bars.title = "问题频次柏拉图"
    bars.add_data(Reference(pareto, min_col=4, min_row=1, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(pareto, min_col=2, min_row=2, max_row=last))
    bars.y_axis.title = "频次"
    line = LineChart()
    line.add_data(Reference(pareto, min_col=6, min_row=1, max_row=last), titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.title = "累计占比"
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    bars += line
    bars.width, bars.height = 24, 11
    pareto.add_chart(bars, "I2")


def _gaps(sheets: _Sheets, summary: SummaryView) -> None:
    """自查与评比, lenient self-checks marked as the view flags them, with grouped bars."""
    from openpyxl.chart import BarChart, Reference

    gaps = sheets.sheet(
        "自查与评比",
        ["病区编码", "病区名称", "自查总分", "评比总分", "差值", "自查偏宽"],
        [
            [
                g.ward_code,
                g.ward_name,
                _number(g.self_check),
                _number(g.evaluation),
                _number(g.gap),
                "是" if g.lenient else "",
            ]
            for g in summary.gaps
        ],
        [10, 18, 10, 10, 10, 10],
        formats={3: SCORE_FORMAT, 4: SCORE_FORMAT, 5: SCORE_FORMAT},
        marked=[index for index, g in enumerate(summary.gaps) if g.lenient],
    )
    if not summary.gaps:
        return
    grouped = BarChart()
    grouped.title = "自查与评比得分对比"
    last = 1 + min(len(summary.gaps), CHART_WARDS)
    grouped.add_data(
        Reference(gaps, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True
    )
    grouped.set_categories(Reference(gaps, min_col=2, min_row=2, max_row=last))
    grouped.y_axis.scaling.min = 0
    grouped.y_axis.scaling.max = 100
    grouped.width, grouped.height = 24, 10
    gaps.add_chart(grouped, "H2")


def _rectification(sheets: _Sheets, summary: SummaryView) -> None:
    """整改: each ward's completion and on-time rates, the hospital's last."""

    def row(code: str, name: str, line: RectificationLine) -> list[Any]:
        return [
            code,
            name,
            line.items,
            line.verified,
            excel_rate(line.completion),
            line.verified_on_time,
            excel_rate(line.on_time),
        ]

    sheets.sheet(
        "整改",
        ["病区编码", "病区名称", "整改项", "复查通过", "整改完成率", "按期完成", "按时完成率"],
        [
            *(row(line.ward_code, line.ward_name, line) for line in summary.rectification),
            row("全院", "", summary.rectification_overall),
        ],
        [10, 18, 8, 10, 12, 10, 12],
        formats={5: RATE_FORMAT, 7: RATE_FORMAT},
    )


def _honours(sheets: _Sheets, summary: SummaryView) -> None:
    proposed = "" if summary.model_wards_confirmed else "（评比规则建议，护理部尚未确认）"
    sheets.sheet(
        "示范病房与优秀护士",
        ["荣誉", "姓名或病区", "病区编码", "病区名称", "病区总分", "推荐理由"],
        [
            [h.honour + suffix, h.name, h.ward_code, h.ward_name, _number(h.total), h.reason]
            for honours, suffix in ((summary.model_wards, proposed), (summary.excellent_nurses, ""))
            for h in honours
        ],
        [22, 16, 10, 18, 10, 40],
        formats={5: SCORE_FORMAT},
    )


def _trend(sheets: _Sheets, summary: SummaryView) -> None:
    """趋势: each ward's total in the earlier campaigns and this one; the chart draws a line
    for every ward, or for the first ``TREND_CHART_WARDS`` in the ranking and says so."""
    from openpyxl.chart import LineChart, Reference

    campaigns = list(summary.trend_campaigns)
    trend = sheets.sheet(
        "趋势",
        ["病区编码", "病区名称", *campaigns],
        [[t.ward_code, t.ward_name, *map(_number, t.totals)] for t in summary.trends],
        [10, 18, *[16] * len(campaigns)],
        formats={column: SCORE_FORMAT for column in range(3, 3 + len(campaigns))},
    )
    if not summary.trends:
        return
    lines = LineChart()
    title = "历次活动月总分趋势"
    drawn = min(len(summary.trends), TREND_CHART_WARDS)
    last = 1 + drawn
    note_column = len(campaigns) + 4
    if drawn < len(summary.trends):
        # More lines would be a tangle: the chart says which wards it draws and which not.
        title += f"（本次排名前{drawn}个病区）"
        left_out = len(summary.trends) - drawn
        write_text(
            trend.cell(1, note_column),
            f"图中画出本次排名前{drawn}个病区（表中第2–{last}行）；其余{left_out}个病区"
            f"（第{last + 1}–{last + left_out}行）未画入图中，数值见左表。",
        )
    lines.title = title
    # One line per ward (rows), across the campaigns (columns).
    lines.add_data(
        Reference(trend, min_col=2, max_col=2 + len(campaigns), min_row=2, max_row=last),
        from_rows=True,
        titles_from_data=True,
    )
    lines.set_categories(Reference(trend, min_col=3, max_col=2 + len(campaigns), min_row=1))
    lines.width, lines.height = 20, 10
    trend.add_chart(lines, f"{_column(note_column)}2")


def _text(sheets: _Sheets, summary: SummaryView) -> None:
    """总结: the department's own words, wrapped."""
    from openpyxl.styles import Alignment

    text = summary.text
    words = sheets.sheet(
        "总结",
        ["部分", "内容"],
        [
            ["原因分析", text.cause_analysis],
            ["总结", text.conclusions],
            ["下一步PDCA计划", text.next_steps],
        ],
        [16, 100],
    )
    for (cell,) in words.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(index)
    return letter
