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
from fractions import Fraction
from typing import Any

from nursingqc.domain.scoring import shown_percent
from nursingqc.reports.excel.workbooks import write_text
from nursingqc.reports.files import Output, write_file
from nursingqc.reports.wording import TIED_WARDS_SHOWN, tied_wards
from nursingqc.services.summary import SummaryView

SCORE_FORMAT = "0.00"
RATE_FORMAT = "0.00%"
_HEADER_FILL = "E8E8E8"
_MARK_FILL = "FDECEA"
#: The sheet listing every ward tied at a checklist's highest or lowest score, when a cell of
#: 检查表统计 names only the first ones.
TIED_SHEET = "并列病区"
#: Wider bar charts than this many wards are unreadable; the chart shows the first ones.
CHART_WARDS = 60


def _tied(wards: Sequence[str]) -> str:
    """A few tied wards by name; many (an Excel cell holds 32,767 characters at most) as the
    first ones, their count and where the whole list is."""
    if len(wards) <= TIED_WARDS_SHOWN:
        return tied_wards(wards)
    return f"{tied_wards(wards)}（全部见“{TIED_SHEET}”表）"


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _rate(value: Fraction | None) -> Decimal | None:
    """The share as shown (6.25 %), so Excel's 0.00% shows the same digits as the page."""
    return None if value is None else shown_percent(value) / 100


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
    from openpyxl.chart import BarChart, LineChart, Reference

    sheets = _Sheets()
    coverage = summary.coverage
    sheets.sheet(
        "概况",
        ["项目", "数值"],
        [
            ["医院", summary.hospital],
            ["活动月", summary.campaign_name],
            ["参评病区", coverage.wards],
            ["已检查病区", coverage.wards_checked],
            ["检查次数", coverage.inspections],
            ["检查条目数", coverage.items_checked],
            ["发现问题条目数", coverage.findings],
            [f"达标率（总分≥{summary.pass_mark:g}）", _rate(summary.pass_rate.value)],
            ["完全达标率", _rate(summary.full_compliance.value)],
            ["整改完成率", _rate(summary.rectification_overall.completion)],
            ["按时完成率", _rate(summary.rectification_overall.on_time)],
            ["结果已发布", "是" if summary.published else "否"],
        ],
        [22, 46],
    )
    overview = sheets.book["概况"]
    for row in range(9, 13):
        overview.cell(row, 2).number_format = RATE_FORMAT
    sheets.sheet(
        "质控人员",
        ["质控人员", "检查次数", "检查病区数"],
        [[i.name, i.inspections, i.wards] for i in summary.inspectors],
        [20, 12, 12],
    )
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
    if ranked:
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
    pareto = sheets.sheet(
        "柏拉图",
        ["检查表", "条目编码", "检查条目", "频次", "占比", "累计占比", "关键的少数"],
        [
            [
                row.checklist_name,
                row.item_code,
                row.item_text,
                row.count,
                row.share / 100,
                row.cumulative / 100,
                "是" if row.vital_few else "",
            ]
            for row in summary.pareto
        ],
        [12, 10, 44, 8, 10, 10, 10],
        formats={5: RATE_FORMAT, 6: RATE_FORMAT},
        marked=[index for index, row in enumerate(summary.pareto) if row.vital_few],
    )
    if summary.pareto:
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
    if summary.gaps:
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
    overall = summary.rectification_overall
    sheets.sheet(
        "整改",
        ["病区编码", "病区名称", "整改项", "复查通过", "整改完成率", "按期完成", "按时完成率"],
        [
            *[
                [
                    r.ward_code,
                    r.ward_name,
                    r.items,
                    r.verified,
                    _rate(r.completion),
                    r.verified_on_time,
                    _rate(r.on_time),
                ]
                for r in summary.rectification
            ],
            [
                "全院",
                "",
                overall.items,
                overall.verified,
                _rate(overall.completion),
                overall.verified_on_time,
                _rate(overall.on_time),
            ],
        ],
        [10, 18, 8, 10, 12, 10, 12],
        formats={5: RATE_FORMAT, 7: RATE_FORMAT},
    )
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
    campaigns = list(summary.trend_campaigns)
    trend = sheets.sheet(
        "趋势",
        ["病区编码", "病区名称", *campaigns],
        [[t.ward_code, t.ward_name, *map(_number, t.totals)] for t in summary.trends],
        [10, 18, *[16] * len(campaigns)],
        formats={column: SCORE_FORMAT for column in range(3, 3 + len(campaigns))},
    )
    if summary.trends:
        lines = LineChart()
        lines.title = "历次活动月总分趋势"
        last = 1 + min(len(summary.trends), 10)
        # One line per ward (rows), across the campaigns (columns).
        lines.add_data(
            Reference(trend, min_col=2, max_col=2 + len(campaigns), min_row=2, max_row=last),
            from_rows=True,
            titles_from_data=True,
        )
        lines.set_categories(Reference(trend, min_col=3, max_col=2 + len(campaigns), min_row=1))
        lines.width, lines.height = 20, 10
        trend.add_chart(lines, f"{_column(len(campaigns) + 4)}2")
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
    from openpyxl.styles import Alignment

    for (cell,) in words.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    sheets.book.save(buffer)
    write_file(buffer.getvalue(), out)


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(index)
    return letter
