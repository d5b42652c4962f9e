"""Blank checklists (空白检查表) for paper rounds: every item with its points, room to write.

Each sheet has the ward, date and inspector fields, the checklist's items under their section
headings with the points and the scoring guide, empty 扣分 (deduction) and 存在问题 (problem)
columns, a total row and signature lines. One checklist or many, for one ward, many wards or none
(the ward field is then left to fill in by hand): every ward × checklist starts on a new page and
its pages are numbered on their own, so a round's sheets can be handed out one by one. Like the
notice, the sheet is printed in Chinese whatever the program's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table

from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output
from nursingqc.reports.pdf.fonts import printable
from nursingqc.reports.pdf.layout import (
    BODY_WIDTH,
    GAP,
    GRID,
    HEADER_FILL,
    SECTION_FILL,
    Block,
    Cell,
    Part,
    Styles,
    Written,
    cell,
    chinese_date,
    line,
    make_styles,
    plain_cells,
    points,
    row_pieces,
    write_parts,
)

BLANK = "_" * 16
VETO_MARK = "★"

#: 编码, 检查内容, 分值, 评分标准, 扣分, 存在问题: the two empty columns get the most room to write.
_COLUMNS = (13 * mm, 47 * mm, 11 * mm, 40 * mm, 16 * mm)
_WIDTHS = (*_COLUMNS, BODY_WIDTH - sum(_COLUMNS))


def write_blank_checklists(
    checklists: Sequence[ChecklistDefinition],
    out: Output,
    wards: Sequence[str] = (),
    hospital: str = "",
    inspected_on: date | None = None,
    progress: Progress | None = None,
) -> Written | None:
    """Writes a blank sheet of every checklist for every ward (``wards``: names as printed, e.g.
    心血管内科（NK01）; empty: one set with the ward left blank). Returns what was written, or None
    when ``progress(done, total)`` returned False; then nothing is written."""
    styles = make_styles()
    parts = [
        Part(
            footer=f"{checklist.name}检查表 · {ward}" if ward else f"{checklist.name}检查表",
            build=lambda checklist=checklist, ward=ward: _sheet(  # type: ignore[misc]
                checklist, ward, hospital, inspected_on, styles
            ),
        )
        for ward in (wards or [""])
        for checklist in checklists
    ]
    return write_parts(parts, out, title="空白检查表", progress=progress)


def _sheet(
    checklist: ChecklistDefinition,
    ward: str,
    hospital: str,
    inspected_on: date | None,
    styles: Styles,
) -> list[Flowable]:
    story: list[Flowable] = []
    if hospital:
        story.append(line(hospital, styles.hospital))
    story += [
        line(f"{checklist.name}检查表", styles.title),
        line(
            f"{checklist.code}{GAP}第 {checklist.version} 版{GAP}"
            f"满分 {points(checklist.max_points)} 分",
            styles.subtitle,
        ),
        _fields(ward, inspected_on, styles),
        Spacer(1, 4 * mm),
        _items_table(checklist, styles),
    ]
    if any(item.veto for item in checklist.items):
        story += [
            Spacer(1, 2 * mm),
            line(f"{VETO_MARK} 一票否决项：不符合要求时在“扣分”栏写“否决”。", styles.small),
        ]
    story += [
        Spacer(1, 8 * mm),
        Block(
            [
                line(f"检查人（签名）：{BLANK}{GAP}护士长（签名）：{BLANK}", styles.body),
                Spacer(1, 5 * mm),
                line("日期：_______年____月____日", styles.body),
            ]
        ),
    ]
    return story


def _fields(ward: str, inspected_on: date | None, styles: Styles) -> Table:
    day = chinese_date(inspected_on) if inspected_on else "_______年____月____日"
    width = BODY_WIDTH / 3
    table = Table(
        [
            [
                line(f"病区：{ward or BLANK}", styles.body, width * 1.2),
                line(f"检查日期：{day}", styles.body, width),
                line(f"检查人：{BLANK}", styles.body, width * 0.8),
            ]
        ],
        colWidths=[width * 1.2, width * 1.0, width * 0.8],
    )
    table.setStyle(
        [
            *plain_cells(),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )
    return table


def _items_table(checklist: ChecklistDefinition, styles: Styles) -> LongTable:
    rows: list[list[Cell]] = [["编码", "检查内容", "分值", "评分标准", "扣分", "存在问题"]]
    commands: list[tuple[object, ...]] = [
        *plain_cells(),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (1, -1), "LEFT"),
        ("ALIGN", (3, 1), (3, -1), "LEFT"),
        # Room to write a deduction and a problem by hand on every item's row.
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
    ]
    for section in checklist.sections:
        for (title,) in row_pieces([cell(section.title, styles.cell, BODY_WIDTH)], [BODY_WIDTH]):
            row = len(rows)
            rows.append([title, "", "", "", "", ""])
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("ALIGN", (0, row), (-1, row), "LEFT"),
                ("TOPPADDING", (0, row), (-1, row), 3),
                ("BOTTOMPADDING", (0, row), (-1, row), 3),
                ("BACKGROUND", (0, row), (-1, row), SECTION_FILL),
            ]
        for item in section.items:
            content = f"{VETO_MARK} {item.text}" if item.veto else item.text
            rows += row_pieces(
                [
                    printable(item.code),
                    cell(content, styles.cell, _WIDTHS[1]),
                    points(item.points),
                    cell(item.guide, styles.cell, _WIDTHS[3]),
                    "",
                    "",
                ],
                _WIDTHS,
            )
    total_row = len(rows)
    rows.append(["合计", "", points(checklist.total_points), "得分：", "", ""])
    commands += [
        ("SPAN", (0, total_row), (1, total_row)),
        ("SPAN", (3, total_row), (-1, total_row)),
        ("ALIGN", (3, total_row), (3, total_row), "LEFT"),
    ]
    table = LongTable(rows, colWidths=list(_WIDTHS), repeatRows=1)
    table.setStyle(commands)
    return table
