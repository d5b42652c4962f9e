"""排名 workbook (rules §11.1): the ranking sheet, the details sheet (明细), a bar chart of totals.

Sheet ``排名`` has a title row, then exactly rules §11.1's header so that other programs find the
columns by name; ``明细`` lists every item of every submitted inspection; ``总分图`` holds a
native Excel bar chart of the ranked wards' totals. Text a user typed is always stored as text,
never as a formula (rules §11.2: ``=HYPERLINK(…)`` must stay words on the sheet).

A 300-ward month has about 60,000 item rows. openpyxl writes a cell in about 8 µs (without lxml),
which would take seconds for the details alone, so openpyxl writes the sheet's header, first row
and settings and the remaining rows are streamed into that sheet's XML as inline strings and
numbers with the first row's cell styles. The file is written to a temporary file beside the
target and renamed, so a cancelled or failed export never leaves half a workbook.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from nursingqc.reports.excel.workbooks import Progress, excel_rate, write_text, xml_text
from nursingqc.reports.files import Streamed, write_streamed
from nursingqc.services.ranking import DetailRow, RankingView

RANKING_SHEET = "排名"
DETAILS_SHEET = "明细"
CHART_SHEET = "总分图"

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

SCORE_FORMAT = "0.00"
RATE_FORMAT = "0.00%"
POINTS_FORMAT = "0.0"
DATE_FORMAT = "yyyy-mm-dd"

_HEADER_FILL = "E8E8E8"
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
) -> Path | None:
    """Writes the workbook to ``path`` (replacing it whole) and returns it. ``details`` may be a
    list or the service's ``Details``, read once, row by row, into the 明细 sheet.

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
        book = _build(view, first, step)
        buffer = io.BytesIO()
        book.save(buffer)
        # The PDFs' writer: a temporary file beside the target, then a rename, so Excel never
        # opens half a workbook and a failure leaves the previous file as it was.
        write_streamed(
            lambda file: _stream_details(buffer.getvalue(), first, rows, len(details), file, step),
            path,
        )
    except _Cancelled:
        return None
    step(1)
    return path


# -- building with openpyxl ----------------------------------------------------------------


def _build(view: RankingView, first: DetailRow | None, step: Any) -> Any:
    # openpyxl takes a tenth of a second to import: load it when a workbook is written.
    from openpyxl import Workbook

    book = Workbook()
    ranking = book.active
    ranking.title = RANKING_SHEET
    _ranking_sheet(ranking, view)
    step(len(view.rows))
    _details_sheet(book.create_sheet(DETAILS_SHEET), first)
    ranked = sum(1 for row in view.rows if row.total is not None)
    if ranked:
        _chart_sheet(book.create_sheet(CHART_SHEET), ranking, view, ranked)
    return book


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


def _print_setup(sheet: Any, title_rows: str | None = None) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True


def _ranking_sheet(sheet: Any, view: RankingView) -> None:
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    columns = ranking_columns(view)
    last = get_column_letter(len(columns))
    title = sheet.cell(row=1, column=1)
    write_text(title, f"{view.campaign_name} 评比排名")
    title.font = Font(bold=True, size=14)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(f"A1:{last}1")
    sheet.row_dimensions[1].height = 28
    _header(sheet, 2, columns)
    sheet.row_dimensions[2].height = 30

    first_score = len(LEADING_COLUMNS) + 1
    total_column = first_score + len(view.checklists)
    center = Alignment(horizontal="center")
    lenient = PatternFill("solid", fgColor=_LENIENT_FILL)
    for offset, row in enumerate(view.rows):
        number = 3 + offset
        values: list[tuple[object, str | None]] = [
            (row.rank, "0"),
            (row.ward.code, None),
            (row.ward.name, None),
            *((score, SCORE_FORMAT) for score in row.scores),
            (row.total, SCORE_FORMAT),
            (row.self_check_total, SCORE_FORMAT),
            (row.self_check_gap, SCORE_FORMAT),
            (excel_rate(row.rectification_rate), RATE_FORMAT),
            (YES if row.veto else None, None),
            (row.result or None, None),
        ]
        for column, (value, number_format) in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, str):
                write_text(cell, value)
            else:
                cell.value = value
            if number_format is not None:
                cell.number_format = number_format
            if column == 1 or column > total_column + 3:
                cell.alignment = center
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

    widths = [6, 10, 16, *([10] * len(view.checklists)), 9, 9, 9, 10, 9, 10]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "D3"
    sheet.auto_filter.ref = f"A2:{last}{last_row}"
    _print_setup(sheet, "1:2")
    sheet.print_area = f"A1:{last}{last_row}"


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
            if isinstance(value, str):
                write_text(cell, value)
            else:
                cell.value = value
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, Decimal):
                cell.number_format = POINTS_FORMAT
            cell.alignment = Alignment(vertical="top", wrap_text=name in _WRAPPED)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}1"
    _print_setup(sheet, "1:1")


def _chart_sheet(sheet: Any, ranking: Any, view: RankingView, ranked: int) -> None:
    from openpyxl.chart import BarChart, Reference

    total_column = len(LEADING_COLUMNS) + len(view.checklists) + 1
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: one line per ward reads down like the ranking
    chart.style = 10
    chart.title = xml_text(f"{view.campaign_name} 总分")
    chart.legend = None
    chart.varyColors = False
    data = Reference(ranking, min_col=total_column, min_row=2, max_row=2 + ranked)
    names = Reference(ranking, min_col=3, min_row=3, max_row=2 + ranked)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.x_axis.scaling.orientation = "maxMin"  # the first ward at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = SCORE_FORMAT
    chart.y_axis.majorGridlines = None
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.width = 24
    chart.height = max(8.0, 0.55 * ranked + 3)
    sheet.add_chart(chart, "A1")
    _print_setup(sheet)


# -- the details rows, streamed ------------------------------------------------------------


def _stream_details(
    data: bytes,
    first: DetailRow | None,
    rest: Iterator[DetailRow],
    count: int,
    out: IO[bytes],
    step: Any,
) -> None:
    """The saved workbook into ``out``, with detail rows 3… (``rest``) streamed into the 明细
    sheet's zip entry as they are read: 1.5 million rows are never one string in memory."""
    if count < 2:
        step(count)
        out.write(data)
        return
    part = "xl/worksheets/sheet2.xml"  # openpyxl numbers worksheets in order: 排名, 明细, …
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
