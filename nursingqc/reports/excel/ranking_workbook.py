"""排名 workbook (rules §11.1) for the hospital's leadership: the ranking, the model wards, the
excellent nurses, a bar chart of totals and the details (明细).

Sheet ``排名`` has a title row naming the hospital and the campaign, then exactly rules §11.1's
header so that other programs find the columns by name, and below the table the date it was made
with the lines for 制表 and 审核 to sign on paper. ``示范病房`` sets the rules' proposal beside the
department's decision and its reason; ``优秀护士`` lists the nominees, approved first; ``总分图``
holds a native Excel bar chart of the ranked wards' totals, its axis starting near the lowest, model
wards and veto wards in their own colours; ``明细`` lists every item of every submitted inspection.
Every sheet prints on A4, fitted to the width, its header repeated on each page. Text a user typed
is always stored as text, never as a formula (rules §11.2: ``=HYPERLINK(…)`` must stay words on
the sheet).

A 300-ward month has about 60,000 item rows. openpyxl writes a cell in about 8 µs (without lxml),
which would take seconds for the details alone, so openpyxl writes the sheet's header, first row
and settings and the remaining rows are streamed into that sheet's XML as inline strings and
numbers with the first row's cell styles. The file is written to a temporary file beside the
target and renamed, so a cancelled or failed export never leaves half a workbook.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.ranking import WardStatus
from nursingqc.reports.excel.workbooks import Progress, excel_rate, write_text, xml_text
from nursingqc.reports.files import Streamed, write_streamed
from nursingqc.services.nominations import NomineeView
from nursingqc.services.ranking import DetailRow, RankingRow, RankingView

RANKING_SHEET = "排名"
MODEL_WARDS_SHEET = "示范病房"
NURSES_SHEET = "优秀护士"
CHART_SHEET = "总分图"
DETAILS_SHEET = "明细"

LEADING_COLUMNS = ("名次", "病区编码", "病区名称")
TRAILING_COLUMNS = ("总分", "自查总分", "自查差值", "整改完成率", "一票否决", "评选结果")
DETAIL_COLUMNS = (
    "病区编码",
    "病区名称",
    "检查表",
    "阶段",
    "检查人",
    "检查日期",
    "条目编码",
    "检查内容",
    "分值",
    "扣分",
    "不适用",
    "否决",
    "问题描述",
    "涉及护士",
)
YES = "是"
MODEL_WARD_COLUMNS = ("名次", "病区编码", "病区名称", "总分", "规则建议", "护理部决定", "说明")
NURSE_COLUMNS = (
    "病区编码",
    "病区名称",
    "护士姓名",
    "推荐理由",
    "推荐人",
    "推荐日期",
    "审批结果",
    "审批说明",
    "审批人",
    "审批日期",
    "病区名次",
    "病区总分",
    "涉及扣分",
)
CHART_COLUMNS = ("病区", "总分", "标记")
#: What the chart's data marks a ward with, beside its colour.
MARK_MODEL_WARD = "示范病房"
MARK_VETO = "一票否决"

SCORE_FORMAT = "0.00"
RATE_FORMAT = "0.00%"
POINTS_FORMAT = "0.0"
DATE_FORMAT = "yyyy-mm-dd"

_HEADER_FILL = "E8E8E8"
#: A model ward's row and bar (the page's colour); a veto ward's bar.
_MODEL_WARD_FILL = "FDF0D2"
_MODEL_WARD_BAR = "E0A526"
_VETO_BAR = "C0392B"
_BAR = "4E79A7"
#: The self-check gap of a lenient self-check (自查偏宽, as the view marks it).
_LENIENT_FILL = "FCE4D6"
_EXCEL_EPOCH = date(1899, 12, 30)
#: How many detail rows between two progress reports.
_PROGRESS_STEP = 2000


class _Cancelled(Exception):
    """progress() returned False."""


def ranking_columns(view: RankingView) -> list[str]:
    """The 排名 sheet's header: rules §11.1's names with one column per checklist name."""
    return [*LEADING_COLUMNS, *(c.name for c in view.checklists), *TRAILING_COLUMNS]


def write_ranking_workbook(
    view: RankingView,
    details: Streamed[DetailRow],
    path: Path,
    progress: Progress | None = None,
    *,
    made_on: date,
    nominees: Sequence[NomineeView] = (),
) -> Path | None:
    """Writes the workbook to ``path`` (replacing it whole) and returns it. ``details`` may be a
    list or the service's ``Details``, read once, row by row, into the 明细 sheet; ``nominees``
    fill the 优秀护士 sheet; ``made_on`` is the date printed as 制表日期.

    ``progress(done, total)`` may return False to cancel: then None is returned and no file is
    created or replaced.
    """
    total = len(view.rows) + len(details) + 1
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise _Cancelled

    rows = iter(details)
    first = next(rows, None)
    try:
        book, part = _build(view, nominees, made_on, first, step)
        buffer = io.BytesIO()
        book.save(buffer)
        # The PDFs' writer: a temporary file beside the target, then a rename, so Excel never
        # opens half a workbook and a failure leaves the previous file as it was.
        write_streamed(
            lambda file: _stream_details(
                buffer.getvalue(), part, first, rows, len(details), file, step
            ),
            path,
        )
    except _Cancelled:
        return None
    step(1)
    return path


# -- building with openpyxl ----------------------------------------------------------------


def _build(
    view: RankingView,
    nominees: Sequence[NomineeView],
    made_on: date,
    first: DetailRow | None,
    step: Any,
) -> tuple[Any, str]:
    """The workbook, and the zip part of its 明细 sheet (the rows streamed into it)."""
    # openpyxl takes a tenth of a second to import: load it when a workbook is written.
    from openpyxl import Workbook

    book = Workbook()
    ranking = book.active
    ranking.title = RANKING_SHEET
    _ranking_sheet(ranking, view, made_on)
    step(len(view.rows))
    _model_wards_sheet(book.create_sheet(MODEL_WARDS_SHEET), view, made_on)
    _nurses_sheet(book.create_sheet(NURSES_SHEET), view, nominees, made_on)
    ranked = [row for row in view.rows if row.total is not None]
    if ranked:
        _chart_sheet(book.create_sheet(CHART_SHEET), view, ranked, made_on)
    details = book.create_sheet(DETAILS_SHEET)
    _details_sheet(details, first)
    # openpyxl numbers the worksheet parts in the workbook's order.
    return book, f"xl/worksheets/sheet{book.worksheets.index(details) + 1}.xml"


def _header(sheet: Any, row: int, names: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    for column, name in enumerate(names, start=1):
        cell = sheet.cell(row=row, column=column)
        write_text(cell, name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)


def _put(cell: Any, value: object, decimal_format: str = SCORE_FORMAT) -> None:
    """A value into a cell: a text always as text, a date and a Decimal in their formats."""
    if isinstance(value, str):
        write_text(cell, value)
    else:
        cell.value = value
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = decimal_format


def _print_setup(sheet: Any, title_rows: str | None = None, landscape: bool = True) -> None:
    """A4 fitted to the width, as many pages down as needed, margins a printer can reach, the
    header rows on every page and the page number at the foot."""
    from openpyxl.worksheet.page import PageMargins

    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # Inches, as Excel stores them: 1.5 cm at the sides, 2 cm above and below.
    sheet.page_margins = PageMargins(
        left=0.6, right=0.6, top=0.8, bottom=0.8, header=0.3, footer=0.3
    )
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.right.text = "&A"  # the sheet's name


def _title(sheet: Any, view: RankingView, what: str, columns: int, made_on: date) -> None:
    """Row 1, across the table's width: the hospital, the campaign and what the sheet shows, and
    under it the date it was made with the lines where 制表 and 审核 sign the printed copy. One
    row, so that the header stays row 2 for the programs that read the columns by name."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    title = sheet.cell(row=1, column=1)
    title.value = CellRichText(
        TextBlock(InlineFont(b=True, sz=14), xml_text(title_text(view, what))),
        TextBlock(InlineFont(sz=10), "\n" + signature_line(made_on)),
    )
    title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.merge_cells(f"A1:{get_column_letter(columns)}1")
    sheet.row_dimensions[1].height = 42


def title_text(view: RankingView, what: str) -> str:
    return f"{view.hospital} {view.campaign_name} {what}"


def signature_line(made_on: date) -> str:
    """制表日期 (rules §11.3: files write dates as 2026-07-06), 制表 and 审核."""
    blank = "_" * 12
    return f"制表日期：{made_on:%Y-%m-%d}{GAP}制表：{blank}{GAP}审核：{blank}"


#: Between the parts of the signature line.
GAP = "\u3000" * 4


def self_check_note(row: RankingRow, checklists: int) -> str:
    """Why a ward has no self-check total: 自查未完成 and how many checklists it did submit."""
    return f"自查未完成 {checklists - len(row.self_check_missing)}/{checklists}"


def _ranking_sheet(sheet: Any, view: RankingView, made_on: date) -> None:
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    columns = ranking_columns(view)
    last = get_column_letter(len(columns))
    _title(sheet, view, "评比排名", len(columns), made_on)
    _header(sheet, 2, columns)
    sheet.row_dimensions[2].height = 30

    first_score = len(LEADING_COLUMNS) + 1
    total_column = first_score + len(view.checklists)
    center = Alignment(horizontal="center")
    lenient = PatternFill("solid", fgColor=_LENIENT_FILL)
    model_ward = PatternFill("solid", fgColor=_MODEL_WARD_FILL)
    for offset, row in enumerate(view.rows):
        number = 3 + offset
        self_check: object = row.self_check_total
        if self_check is None and row.self_check_missing:
            self_check = self_check_note(row, len(view.checklists))
        values: list[tuple[object, str | None]] = [
            (row.rank, "0"),
            (row.ward.code, None),
            (row.ward.name, None),
            *((score, SCORE_FORMAT) for score in row.scores),
            (row.total, SCORE_FORMAT),
            (self_check, SCORE_FORMAT),
            (row.self_check_gap, SCORE_FORMAT),
            (excel_rate(row.rectification_rate), RATE_FORMAT),
            (YES if row.veto else None, None),
            (row.result or None, None),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column)
            _put(cell, value)
            if number_format is not None:
                cell.number_format = number_format
            if column == 1 or column > total_column + 3:
                cell.alignment = center
            if row.model_ward:
                cell.fill = model_ward
        if isinstance(self_check, str):
            sheet.cell(row=number, column=total_column + 1).alignment = Alignment(
                horizontal="right"
            )
        if row.lenient:
            sheet.cell(row=number, column=total_column + 2).fill = lenient
    last_row = max(3, 2 + len(view.rows))

    total_letter = get_column_letter(total_column)
    totals = f"{total_letter}3:{total_letter}{last_row}"
    sheet.conditional_formatting.add(
        totals,
        ColorScaleRule(
            start_type="min",
            start_color="F8696B",
            mid_type="percentile",
            mid_value=50,
            mid_color="FFEB84",
            end_type="max",
            end_color="63BE7B",
        ),
    )
    sheet.conditional_formatting.add(
        totals,
        CellIsRule(
            operator="lessThan",
            formula=[str(view.threshold)],
            font=Font(color="C00000", bold=True),
        ),
    )

    widths = [6, 10, 16, *([10] * len(view.checklists)), 9, 13, 9, 10, 9, 10]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "D3"
    sheet.auto_filter.ref = f"A2:{last}{last_row}"
    _print_setup(sheet, "1:2")
    sheet.print_area = f"A1:{last}{last_row}"


def _table_sheet(
    sheet: Any,
    view: RankingView,
    what: str,
    lead: Sequence[str],
    columns: Sequence[str],
    rows: Sequence[tuple[Sequence[object], bool]],
    widths: Sequence[int],
    made_on: date,
    wrapped: Sequence[int] = (),
    landscape: bool = True,
) -> None:
    """A titled table: row 1 the title block, then the ``lead`` lines, the header and ``rows``
    (values, and whether the row is tinted as a model ward or an approved nurse)."""
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    _title(sheet, view, what, len(columns), made_on)
    last = get_column_letter(len(columns))
    for offset, text in enumerate(lead):
        cell = sheet.cell(row=2 + offset, column=1)
        write_text(cell, text)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.merge_cells(f"A{2 + offset}:{last}{2 + offset}")
        # A merged cell does not grow with its text: room for the lines a long reason needs.
        sheet.row_dimensions[2 + offset].height = 16 * max(1, math.ceil(len(text) / 70))
    header_row = 2 + len(lead)
    _header(sheet, header_row, columns)
    tinted = PatternFill("solid", fgColor=_MODEL_WARD_FILL)
    top = Alignment(vertical="top", wrap_text=True)
    for offset, (values, tint) in enumerate(rows):
        number = header_row + 1 + offset
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column)
            _put(cell, value)
            if column in wrapped:
                cell.alignment = top
            if tint:
                cell.fill = tinted
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last_row = header_row + max(1, len(rows))
    sheet.freeze_panes = f"A{header_row + 1}"
    _print_setup(sheet, f"1:{header_row}", landscape)
    sheet.print_area = f"A1:{last}{last_row}"


def _decision(view: RankingView, row: RankingRow) -> tuple[str, str]:
    """护理部决定 and 说明 of one ward of the 示范病房 sheet."""
    confirmation = view.confirmation
    if confirmation is None:
        return "尚未确认", "评比规则建议"
    if row.model_ward and row.proposed:
        return "确认为示范病房", ""
    if row.model_ward:
        return "增选为示范病房", confirmation.reason
    return "未选为示范病房", confirmation.reason


def _model_wards_sheet(sheet: Any, view: RankingView, made_on: date) -> None:
    """示范病房: each ward the rules propose or the department chose, the decision and reason."""
    shown = [row for row in view.rows if row.proposed or row.model_ward]
    rule = (
        f"评选规则：完成全部检查表评比、无一票否决、总分不低于{view.threshold.normalize():f}分的病区中，"
        f"按名次取前{view.model_ward_count}名。"
    )
    confirmation = view.confirmation
    if confirmation is None:
        decided = "护理部尚未确认：下表为评比规则的建议。"
    else:
        decided = (
            f"护理部确认：{confirmation.decided_by}，{confirmation.decided_at.astimezone():%Y-%m-%d}；"
            f"示范病房{len(view.model_wards)}个。"
        )
        if confirmation.reason:
            decided += f"与规则建议不同，理由：{confirmation.reason}"
    _table_sheet(
        sheet,
        view,
        "示范病房",
        [rule, decided],
        MODEL_WARD_COLUMNS,
        [
            (
                [
                    row.rank,
                    row.ward.code,
                    row.ward.name,
                    row.total,
                    "建议" if row.proposed else "",
                    *_decision(view, row),
                ],
                row.model_ward,
            )
            for row in shown
        ]
        or [(["", "", "本次无示范病房", None, "", "", ""], False)],
        [6, 10, 18, 9, 9, 15, 40],
        made_on,
        wrapped=[7],
        landscape=False,
    )


#: Approved first: the excellent nurses, then those waiting and those declined.
_STATUS_ORDER = {
    NominationStatus.APPROVED: 0,
    NominationStatus.PENDING: 1,
    NominationStatus.DECLINED: 2,
}


def _nurses_sheet(
    sheet: Any, view: RankingView, nominees: Sequence[NomineeView], made_on: date
) -> None:
    """优秀护士: every nominee, approved first, with her ward's result and the deductions
    naming her."""
    approved = sum(n.status is NominationStatus.APPROVED for n in nominees)
    lead = [
        f"推荐{len(nominees)}人，护理部批准{approved}人（已批准的在前，底色标出）；"
        "涉及扣分为评比和自查中“涉及护士”写有她姓名的扣分条目数。"
    ]

    def values(nominee: NomineeView) -> list[object]:
        outcome = nominee.ward_outcome
        rank: object = None
        if outcome is not None:
            rank = "未完成" if outcome.status is WardStatus.INCOMPLETE else outcome.rank
        return [
            nominee.ward.code,
            nominee.ward.name,
            nominee.nurse_name,
            nominee.reason,
            nominee.nominated_by,
            nominee.nominated_at.astimezone().date(),
            nominee.status.chinese_name,
            nominee.decision_reason,
            nominee.decided_by,
            None if nominee.decided_at is None else nominee.decided_at.astimezone().date(),
            rank,
            None if outcome is None else outcome.total,
            len(nominee.deductions),
        ]

    ordered = sorted(nominees, key=lambda n: _STATUS_ORDER[n.status])  # stable: by ward code
    _table_sheet(
        sheet,
        view,
        "优秀护士",
        lead,
        NURSE_COLUMNS,
        [(values(n), n.status is NominationStatus.APPROVED) for n in ordered]
        or [(["", "", "本次无推荐", *[""] * 10], False)],
        [9, 14, 10, 36, 10, 11, 9, 24, 10, 11, 8, 9, 8],
        made_on,
        wrapped=[4, 8],
    )


def _detail_values(detail: DetailRow) -> list[object]:
    return [
        detail.ward_code,
        detail.ward_name,
        detail.checklist_name,
        detail.phase.chinese_name,
        detail.inspector,
        detail.inspected_on,
        detail.item_code,
        detail.item_text,
        detail.points,
        detail.deduction,
        YES if detail.not_applicable else "",
        YES if detail.veto_failed else "",
        detail.problem,
        detail.nurse,
    ]


_DETAIL_WIDTHS = (9, 14, 10, 6, 12, 11, 9, 40, 6, 6, 7, 6, 36, 10)
_WRAPPED = {"检查内容", "问题描述"}


def _details_sheet(sheet: Any, first: DetailRow | None) -> None:
    """Header, the first row (its cell styles are reused for the streamed rows) and settings."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    _header(sheet, 1, DETAIL_COLUMNS)
    for column, width in enumerate(_DETAIL_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if first is not None:
        for column, (name, value) in enumerate(
            zip(DETAIL_COLUMNS, _detail_values(first), strict=True), start=1
        ):
            cell = sheet.cell(row=2, column=column)
            _put(cell, value, POINTS_FORMAT)
            cell.alignment = Alignment(vertical="top", wrap_text=name in _WRAPPED)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}1"
    _print_setup(sheet, "1:1")


def axis_minimum(totals: Sequence[Decimal]) -> int:
    """Where the totals axis starts: the multiple of 5 at least 2 points below the lowest total
    (0 at most), so that the differences between wards show instead of 90 % of each bar."""
    return max(0, int((min(totals) - 2) // 5) * 5)


def _chart_label(row: RankingRow) -> str:
    return f"{row.rank} {row.ward.name}（{row.ward.code}）"


def _chart_sheet(
    sheet: Any, view: RankingView, ranked: Sequence[RankingRow], made_on: date
) -> None:
    """The chart's own table (label, total, mark) beside a horizontal bar chart of it: model
    wards and veto wards coloured and named in the labels' mark column and the legend line."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.marker import DataPoint
    from openpyxl.chart.shapes import GraphicalProperties

    _title(sheet, view, "评比总分", len(CHART_COLUMNS), made_on)
    key = sheet.cell(row=2, column=1)
    write_text(
        key,
        f"金色：{MARK_MODEL_WARD}；红色：{MARK_VETO}（排在无否决的病区之后）；"
        f"坐标轴从{axis_minimum([r.total for r in ranked if r.total is not None])}分起。",
    )
    _header(sheet, 3, CHART_COLUMNS)
    for offset, row in enumerate(ranked):
        number = 4 + offset
        write_text(sheet.cell(row=number, column=1), _chart_label(row))
        total = sheet.cell(row=number, column=2)
        total.value = row.total
        total.number_format = SCORE_FORMAT
        mark = MARK_VETO if row.veto else MARK_MODEL_WARD if row.model_ward else ""
        if mark:
            write_text(sheet.cell(row=number, column=3), mark)
    last_row = 3 + len(ranked)
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 9
    sheet.column_dimensions["C"].width = 10

    chart = BarChart()
    chart.type = "bar"  # horizontal bars: one line per ward reads down like the ranking
    chart.style = 10
    chart.title = xml_text(f"{view.campaign_name} 总分")
    chart.legend = None
    chart.varyColors = False
    chart.add_data(Reference(sheet, min_col=2, min_row=3, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=4, max_row=last_row))
    series = chart.series[0]
    series.graphicalProperties = GraphicalProperties(solidFill=_BAR)
    for index, row in enumerate(ranked):
        colour = _VETO_BAR if row.veto else _MODEL_WARD_BAR if row.model_ward else None
        if colour is not None:
            series.dPt.append(
                DataPoint(
                    idx=index, invertIfNegative=False, spPr=GraphicalProperties(solidFill=colour)
                )
            )
    chart.x_axis.scaling.orientation = "maxMin"  # the first ward at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    chart.y_axis.scaling.min = axis_minimum([r.total for r in ranked if r.total is not None])
    chart.y_axis.scaling.max = 100
    chart.width = 22
    chart.height = max(8.0, 0.55 * len(ranked) + 3)
    sheet.add_chart(chart, "E3")
    sheet.freeze_panes = "A4"
    _print_setup(sheet, "1:3")


# -- the details rows, streamed ------------------------------------------------------------


def _stream_details(
    data: bytes,
    part: str,
    first: DetailRow | None,
    rest: Iterator[DetailRow],
    count: int,
    out: IO[bytes],
    step: Any,
) -> None:
    """The saved workbook into ``out``, with detail rows 3… (``rest``) streamed into the 明细
    sheet's zip entry (``part``) as they are read: 1.5 million rows are never one string in
    memory."""
    if count < 2:
        step(count)
        out.write(data)
        return
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet_xml = source.read(part).decode("utf-8")
    styles = dict(re.findall(r'<c r="([A-Z]+)2"[^>]*? s="(\d+)"', sheet_xml))
    letters = [_letter(index) for index in range(len(DETAIL_COLUMNS))]
    last_row = count + 1
    last_letter = letters[-1]
    if "</sheetData>" not in sheet_xml or f'<dimension ref="A1:{last_letter}2"' not in sheet_xml:
        raise AssertionError("unexpected details sheet layout")  # an openpyxl change
    head, tail = (
        sheet_xml.replace(
            f'<dimension ref="A1:{last_letter}2"', f'<dimension ref="A1:{last_letter}{last_row}"'
        )
        .replace(
            f'<autoFilter ref="A1:{last_letter}1"', f'<autoFilter ref="A1:{last_letter}{last_row}"'
        )
        .split("</sheetData>", 1)
    )
    # The streamed sheet is most of the work: zlib level 3 instead of the default 6 compresses
    # a 300-ward 明细 (47 MB of XML) in 0.85 s instead of 1.9 s, to 4.3 MB instead of 3.9 MB.
    # The other parts keep their ZipInfo, and with it the default level: they are as before.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as target:
        for info in source.infolist():
            if info.filename != part:
                target.writestr(info, source.read(info), compress_type=zipfile.ZIP_DEFLATED)
                continue
            # Zip64 from the start: the entry's size is known only at its end, and a
            # 3,000-ward sheet comes near the 2 GiB a plain zip entry may hold.
            with target.open(part, "w", force_zip64=True) as entry:
                entry.write(head.encode("utf-8"))
                lines = _rows_xml(rest, count - 1, letters, styles, step)
                while batch := "".join(itertools.islice(lines, _PROGRESS_STEP)):
                    entry.write(batch.encode("utf-8"))
                entry.write(f"</sheetData>{tail}".encode())


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


#: How many distinct cell values ``_rows_xml`` keeps the XML of.
_SHOWN_LIMIT = 20_000


def _cell_xml(value: object) -> str:
    """A detail cell's XML after ``<c r="…" s="…"``: an inline string, a date or a number."""
    if isinstance(value, str):
        text = escape(xml_text(value))
        return f' t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, date):
        return f"><v>{(value - _EXCEL_EPOCH).days}</v></c>"
    assert isinstance(value, Decimal)
    return f"><v>{value.normalize():f}</v></c>"


def _rows_xml(
    details: Iterator[DetailRow], count: int, letters: list[str], styles: dict[str, str], step: Any
) -> Iterator[str]:
    style_attr = {
        letter: f' s="{styles[letter]}"' if letter in styles else "" for letter in letters
    }
    # A cell's XML after its reference, by value: wards, checklists, items, inspectors, dates
    # and points repeat on thousands of rows, and escaping them once instead of on every row
    # halves the writing. Bounded, since problem texts are mostly unique.
    shown: dict[object, str] = {}
    for offset, detail in enumerate(details):
        number = offset + 3
        cells = []
        for letter, value in zip(letters, _detail_values(detail), strict=True):
            if value == "":
                continue
            xml = shown.get(value)
            if xml is None:
                xml = _cell_xml(value)
                if len(shown) < _SHOWN_LIMIT:
                    shown[value] = xml
            cells.append(f'<c r="{letter}{number}"{style_attr[letter]}{xml}')
        yield f'<row r="{number}">{"".join(cells)}</row>'
        if (offset + 1) % _PROGRESS_STEP == 0:
            step(_PROGRESS_STEP)
    step(count % _PROGRESS_STEP + 1)  # + the first row, which openpyxl wrote
