"""整改通知单: the rectification notice the nursing department hands a ward, as A4 PDF (rules §6.7).

One notice per ward and source (病区自查 or 护理部评比检查, named under the title): the hospital,
the notice number, the ward, when and by whom it was inspected (only that source's inspectors),
the table of problems (checklist, item, deduction, where it came from with its inspector,
problem), the requirement and the deadline, the head nurse's sign-off, the ward's reply (cause,
measure, done date), the re-check and the nursing department's opinion. Filled fields print their
data; empty ones print lines to write on.

Several notices go into one PDF with each notice starting on a new page; pages are numbered **per
notice** ("第 1 页 共 2 页" restarts with every notice), so each ward's pages can be handed out
alone.
The footer names the notice and the ward on every page.

A ward with no problems gets a short notice saying 无需整改 (nothing to rectify) with the sign-off
line and the department's opinion, so printing "all wards" still gives every ward a record; a
caller that wants only wards with open items (``nursingqc notices`` without ``--ward``) leaves the
others out.

A deadline before the issue date is refused with a :class:`ValidationError`. The document's text is
Chinese whatever the program's language: it is a hospital's official form.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer, Table

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.domain.notices import NoticeData, NoticeProblem
from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output, Streamed
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
    WrappedText,
    Written,
    cell,
    chinese_date,
    line,
    make_styles,
    plain_cells,
    points,
    row_pieces,
    text,
    ward_cell,
    write_parts,
)

MSG_DEADLINE_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "Errors",
    "The notice for {ward} has a deadline ({deadline}) before the day it is issued ({issued}). "
    "Choose a deadline on or after the issue date.",
)


#: How a notice names the round its problems were found in.
SOURCE_NAMES = {PhaseKind.SELF_CHECK: "病区自查", PhaseKind.EVALUATION: "护理部评比检查"}

BLANK_DATE = "_______年____月____日"
SIGNATURE = "________________"
FORM_LABEL_WIDTH = 24 * mm
FORM_VALUE_WIDTH = BODY_WIDTH - FORM_LABEL_WIDTH


class _NoticeParts:
    """The notices as parts, each read and made only when the layout reaches it."""

    def __init__(self, notices: Streamed[NoticeData], styles: Styles) -> None:
        self._notices = notices
        self._styles = styles

    def __len__(self) -> int:
        return len(self._notices)

    def __iter__(self) -> Iterator[Part]:
        for notice in self._notices:
            if notice.deadline < notice.issued_on:
                raise ValidationError(
                    MSG_DEADLINE_BEFORE_ISSUE,
                    ward=notice.ward_label,
                    deadline=notice.deadline.isoformat(),
                    issued=notice.issued_on.isoformat(),
                )
            yield Part(
                footer=f"整改通知单 {notice.number} · {notice.ward_label}",
                build=lambda notice=notice: _notice_story(notice, self._styles),  # type: ignore[misc]
            )


def write_notices(
    notices: Streamed[NoticeData], out: Output, progress: Progress | None = None
) -> Written | None:
    """Writes the notices to ``out``, each ward from a new page; returns what was written.

    ``notices`` may be a list or a service's ``Notices``, read ward by ward as the pages are
    laid out. ``progress(done, total)`` may return False to cancel: then None is returned and
    nothing is written. A notice whose deadline is before its issue date is refused with a
    ValidationError, and then nothing is written either.
    """
    return write_parts(
        _NoticeParts(notices, make_styles()), out, title="整改通知单", progress=progress
    )


def _notice_story(notice: NoticeData, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        line(notice.hospital, styles.hospital),
        line("整改通知单", styles.title),
    ]
    if notice.campaign:
        story.append(line(notice.campaign, styles.subtitle))
    if notice.source is not None:
        story.append(line(f"问题来源：{SOURCE_NAMES[notice.source]}", styles.subtitle))
    story.append(_particulars(notice, styles))
    if notice.problems:
        story += [
            line("一、存在问题", styles.heading),
            _problems_table(notice.problems, styles),
            Block(
                [
                    line("二、整改要求", styles.heading),
                    WrappedText(text(notice.requirement), styles.body),
                    line(f"整改期限：{chinese_date(notice.deadline)}前完成。", styles.body),
                    Spacer(1, 3 * mm),
                    _sign_off(styles),
                ]
            ),
            Block([line("三、病区整改反馈", styles.heading), _reply(notice.problems, styles)]),
            Block([line("四、复查情况", styles.heading), _recheck(notice, styles)]),
        ]
        opinion_heading = "五、护理部意见"
    else:
        story += [
            Spacer(1, 8 * mm),
            line("经检查，本病区未发现需要整改的问题，无需整改。请继续保持。", styles.heading),
            Spacer(1, 3 * mm),
            _sign_off(styles),
        ]
        opinion_heading = "护理部意见"
    story.append(Block([line(opinion_heading, styles.heading), _opinion(notice, styles)]))
    return story


def _particulars(notice: NoticeData, styles: Styles) -> Table:
    label_width = 20 * mm
    value_width = BODY_WIDTH / 2 - label_width

    def value(shown: str) -> WrappedText | str:
        return cell(shown, styles.cell, value_width)

    dates = "、".join(chinese_date(day) for day in notice.inspection_dates)
    rows: list[list[WrappedText | str]] = [
        ["编号", value(notice.number), "下发日期", chinese_date(notice.issued_on)],
        [
            "病区",
            ward_cell(notice.ward_name, notice.ward_code, styles.cell, value_width),
            "护士长",
            value(notice.head_nurse),
        ],
        ["检查日期", value(dates), "检查人", value("、".join(notice.inspectors))],
    ]
    if notice.problems:
        rows.append(
            ["问题数", f"{len(notice.problems)} 项", "整改期限", chinese_date(notice.deadline)]
        )
    table = Table(rows, colWidths=[label_width, value_width, label_width, value_width])
    table.setStyle(
        [
            *plain_cells(),
            ("ALIGN", (1, 0), (1, -1), "LEFT"),
            ("ALIGN", (3, 0), (3, -1), "LEFT"),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
            ("BACKGROUND", (2, 0), (2, -1), SECTION_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    return table


def _source(problem: NoticeProblem) -> str:
    """来源: the round over its 检查人 ("评比", then "质控组 王芳" on a line of its own)."""
    if problem.source is None:
        return problem.checker
    return f"{problem.source.chinese_name}\n{problem.checker}".strip()


def _problems_table(problems: Sequence[NoticeProblem], styles: Styles) -> LongTable:
    widths = [10 * mm, 22 * mm, 45 * mm, 14 * mm, 24 * mm, BODY_WIDTH - 115 * mm]
    rows: list[list[Cell]] = [["序号", "检查表", "检查条目", "扣分", "来源", "存在问题"]]
    for number, problem in enumerate(problems, start=1):
        deduction = points(problem.deduction)
        if problem.veto_failed:
            deduction = f"{deduction}\n一票否决" if problem.deduction else "一票否决"
        rows += row_pieces(
            [
                str(number),
                cell(problem.checklist, styles.cell, widths[1]),
                cell(f"{problem.item_code} {problem.item_text}", styles.cell, widths[2]),
                deduction,
                cell(_source(problem), styles.cell_center, widths[4]),
                cell(problem.problem, styles.cell, widths[5]),
            ],
            widths,
        )
    total = sum((problem.deduction for problem in problems), Decimal(0))
    rows.append(["合计扣分", "", "", points(total), "", ""])
    table = LongTable(
        rows,
        colWidths=widths,
        # No splitInRow: rows are at most MAX_ROW_HEIGHT (row_pieces), and splitting one inside
        # repeats the header in the middle of the page.
        repeatRows=1,
    )
    table.setStyle(
        [
            *plain_cells(),
            *[("ALIGN", (column, 1), (column, -2), "LEFT") for column in (1, 2, 5)],
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("SPAN", (0, -1), (2, -1)),
        ]
    )
    return table


def _sign_off(styles: Styles) -> Flowable:
    return line(f"病区签收：护士长（签名）{SIGNATURE}{GAP}签收日期：{BLANK_DATE}", styles.body)


def _form(rows: list[tuple[str, Cell, float]], styles: Styles) -> Table:
    """A two-column form: a label, then the data or room to write (at least ``height``)."""
    widths = [FORM_LABEL_WIDTH, FORM_VALUE_WIDTH]
    cells: list[list[Cell]] = []
    heights: list[float | None] = []
    for label, value, height in rows:
        pieces = row_pieces([label, value], widths)
        cells += pieces
        heights += [height or None] + [None] * (len(pieces) - 1)
    table = Table(
        cells,
        colWidths=widths,
        rowHeights=heights,
        splitInRow=1,  # a ward's long answers go on over the page instead of stopping the notice
    )
    table.setStyle(
        [
            *plain_cells(),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
            ("ALIGN", (1, 0), (1, -1), "LEFT"),
            ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
            ("VALIGN", (1, 0), (1, -1), "TOP"),
        ]
    )
    return table


def _reply(problems: Sequence[NoticeProblem], styles: Styles) -> Table:
    replied = [
        (number, problem)
        for number, problem in enumerate(problems, start=1)
        if problem.cause or problem.measure or problem.done_on
    ]
    if not replied:
        return _form(
            [
                ("原因分析", "", 30 * mm),
                ("整改措施", "", 36 * mm),
                (
                    "完成日期",
                    f"{BLANK_DATE}{GAP}护士长（签名）{SIGNATURE}",
                    0,
                ),
            ],
            styles,
        )
    causes = [
        WrappedText(f"{number}. {text(problem.cause) or '（未填写）'}", styles.numbered)
        for number, problem in replied
    ]
    measures = [
        WrappedText(f"{number}. {text(problem.measure) or '（未填写）'}", styles.numbered)
        for number, problem in replied
    ]
    done = "；".join(
        f"{number}. {chinese_date(problem.done_on) if problem.done_on else '未完成'}"
        for number, problem in replied
    )
    return _form(
        [
            ("原因分析", causes, 0),
            ("整改措施", measures, 0),
            (
                "完成日期",
                cell(f"{done}{GAP}护士长（签名）{SIGNATURE}", styles.cell, FORM_VALUE_WIDTH),
                0,
            ),
        ],
        styles,
    )


def _recheck(notice: NoticeData, styles: Styles) -> Table:
    recheck = notice.recheck
    if recheck is None:
        return _form(
            [
                ("复查人", f"{SIGNATURE}{GAP}复查日期：{BLANK_DATE}", 0),
                ("复查结果", f"□ 复查通过{GAP}□ 复查未通过", 0),
                ("说明", "", 16 * mm),
            ],
            styles,
        )
    checked = chinese_date(recheck.checked_on) if recheck.checked_on else BLANK_DATE
    return _form(
        [
            (
                "复查人",
                cell(f"{recheck.inspector}{GAP}复查日期：{checked}", styles.cell, FORM_VALUE_WIDTH),
                0,
            ),
            ("复查结果", cell(recheck.result, styles.cell, FORM_VALUE_WIDTH), 0),
        ],
        styles,
    )


def _opinion(notice: NoticeData, styles: Styles) -> Table:
    signature = cell(
        f"{notice.department}（签章）{SIGNATURE}{GAP}日期：{BLANK_DATE}",
        styles.cell,
        FORM_VALUE_WIDTH,
    )
    if notice.opinion:
        return _form(
            [
                ("意见", cell(notice.opinion, styles.cell, FORM_VALUE_WIDTH), 0),
                ("签章", signature, 0),
            ],
            styles,
        )
    return _form([("意见", "", 18 * mm), ("签章", signature, 0)], styles)
