"""Blank checklists (空白检查表) for paper rounds: every item with its points, room to write;
and the same sheet filled in, as a ward's submitted self-check is kept on paper.

Each sheet has the ward, date and inspector fields, the checklist's items under their section
headings with the points and the scoring guide, empty 扣分 (deduction) and 存在问题 (problem)
columns, a total row and signature lines. One checklist or many, for one ward, many wards or none
(the ward field is then left to fill in by hand): every ward × checklist starts on a new page and
its pages are numbered on their own, so a round's sheets can be handed out one by one. Like the
notice, the sheet is printed in Chinese whatever the program's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table

from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.scoring import ItemEntry, round_half_up, sheet_score
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


@dataclass(frozen=True)
class FilledSheet:
    """A score sheet as it was filled in: whose, when, by whom, and every item's entry."""

    checklist: ChecklistDefinition
    #: As printed, e.g. 心血管内科（NK01）.
    ward: str
    inspected_on: date
    inspector: str
    entries: Mapping[str, ItemEntry]
    #: 自查 or 评比, in the title.
    phase: str
    #: 已提交 or 草稿（未提交）, under the title.
    state: str


def write_filled_sheet(
    sheet: FilledSheet, out: Output, hospital: str = "", progress: Progress | None = None
) -> Written | None:
    """The sheet with its deductions, problems and score written in, for the ward's files."""
    styles = make_styles()
    footer = f"{sheet.checklist.name}{sheet.phase}表 · {sheet.ward}"
    part = Part(
        footer=footer,
        build=lambda: _sheet(
            sheet.checklist, sheet.ward, hospital, sheet.inspected_on, styles, filled=sheet
        ),
    )
    return write_parts(
        [part], out, title=f"{sheet.checklist.name}{sheet.phase}表", progress=progress
    )


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
    filled: FilledSheet | None = None,
) -> list[Flowable]:
    story: list[Flowable] = []
    if hospital:
        story.append(line(hospital, styles.hospital))
    title = f"{checklist.name}{filled.phase}表" if filled else f"{checklist.name}检查表"
    subtitle = f"第 {checklist.version} 版{GAP}满分 {points(checklist.max_points)} 分"
    if filled is not None:
        subtitle += f"{GAP}{filled.state}"
    story += [
        line(title, styles.title),
        line(subtitle, styles.subtitle),
        _fields(ward, inspected_on, styles, filled.inspector if filled else ""),
        Spacer(1, 4 * mm),
        _items_table(checklist, styles, filled.entries if filled else None),
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


def _fields(ward: str, inspected_on: date | None, styles: Styles, inspector: str = "") -> Table:
    day = chinese_date(inspected_on) if inspected_on else "_______年____月____日"
    width = BODY_WIDTH / 3
    table = Table(
        [
            [
                line(f"病区：{ward or BLANK}", styles.body, width * 1.2),
                line(f"检查日期：{day}", styles.body, width),
                line(f"检查人：{inspector or BLANK}", styles.body, width * 0.8),
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


def _entry_cells(entry: ItemEntry | None, styles: Styles) -> list[Cell]:
    """扣分 and 存在问题 of a filled sheet: the deduction, 不适用 or 否决, and the problem."""
    if entry is None:
        return ["", ""]
    if entry.not_applicable:
        marked = "不适用"
    elif entry.veto_failed:
        marked = "否决"
    else:
        marked = points(entry.deduction) if entry.deduction else ""
    problem = entry.problem + (f"（涉及：{entry.nurse}）" if entry.nurse else "")
    return [marked, cell(problem, styles.cell, _WIDTHS[5])]


def _items_table(
    checklist: ChecklistDefinition,
    styles: Styles,
    entries: Mapping[str, ItemEntry] | None = None,
) -> LongTable:
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
                    *_entry_cells(entries.get(item.code) if entries else None, styles),
                ],
                _WIDTHS,
            )
    total_row = len(rows)
    score = sheet_score(checklist, entries) if entries else None
    scored = "" if score is None else str(round_half_up(score))
    if entries and any(entry.veto_failed for entry in entries.values()):
        # The score stands, but the ward's total is vetoed (rules §4.6): the sheet says so.
        scored += "（一票否决）"
    rows.append(["合计", "", points(checklist.total_points), f"得分：{scored}", "", ""])
    commands += [
        ("SPAN", (0, total_row), (1, total_row)),
        ("SPAN", (3, total_row), (-1, total_row)),
        ("ALIGN", (3, total_row), (3, total_row), "LEFT"),
    ]
    table = LongTable(rows, colWidths=list(_WIDTHS), repeatRows=1)
    table.setStyle(commands)
    return table
