"""活动月总结报告: the month's summary as an A4 PDF — 找问题、找差距、找榜样.

A title page, the contents, then the sections in the order a hospital's summary reports them
(reference "What a month's summary usually reports"): the inspectors and checklists, the wards and
items checked, the pass rates, self-check vs. evaluation, the ranking, each checklist's mean,
highest and lowest, the problem frequency (柏拉图) with the department's cause analysis, the
rectification completion, the model wards and excellent nurses, the trend over earlier campaigns,
and the department's conclusions and next PDCA cycle. The charts are reportlab drawings
(``charts``). The text is Chinese whatever the program's language: it is the hospital's document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, PageBreak, Spacer

from nursingqc.domain.statistics import Share
from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output
from nursingqc.reports.pdf import charts
from nursingqc.reports.pdf.layout import (
    BODY_WIDTH,
    GRID,
    HEADER_FILL,
    Cell,
    ContentsLine,
    KeptWithStart,
    Line,
    Part,
    SectionHeading,
    Styles,
    WrappedText,
    Written,
    cell,
    chinese_date,
    line,
    make_styles,
    plain_cells,
    row_pieces,
    text,
    ward_cell,
    write_parts,
)
from nursingqc.reports.wording import MISSING, percent_text, score_text, tied_wards
from nursingqc.services.summary import SummaryView

#: Above this many wards the self-check chart shows the wards with the largest gaps only.
GAP_CHART_WARDS = 30
#: Above this many wards the trend chart shows the hospital's mean, highest and lowest.
TREND_WARD_LINES = 6
CHART_HEIGHT = 78 * mm
NOT_WRITTEN = "（护理部尚未填写。）"
NO_GAPS = "（暂无同时完成自查和评比的病区，无法对比。）"


def write_summary(
    summary: SummaryView, out: Output, today: date, progress: Progress | None = None
) -> Written | None:
    """Writes the report to ``out``; returns what was written (None: cancelled, nothing written)."""
    styles = make_styles()
    part = Part(
        footer=f"{summary.campaign_name} · 总结报告",
        build=lambda: _story(summary, styles, today),
    )
    return write_parts([part], out, title=f"{summary.campaign_name}总结报告", progress=progress)


def _share(share: Share) -> str:
    if share.percent is None:
        return MISSING
    return f"{percent_text(share.percent)}（{share.part}/{share.whole}）"


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    styles: Styles,
    left: Sequence[int] = (),
    highlight: Sequence[int] = (),
) -> LongTable:
    """A grid with a repeated grey header; ``left`` columns align left, ``highlight`` rows are
    tinted (lenient self-checks, the vital few)."""
    body: list[list[Cell]] = [
        [cell(title, styles.header_cell, widths[index]) for index, title in enumerate(header)]
    ]
    tinted: list[int] = []
    for number, row in enumerate(rows):
        pieces = row_pieces(
            [
                cell(value, styles.cell, widths[index]) if isinstance(value, str) else value
                for index, value in enumerate(row)
            ],
            widths,
        )
        if number in highlight:
            tinted += range(len(body), len(body) + len(pieces))
        body += pieces
    # No splitInRow: rows are at most MAX_ROW_HEIGHT (row_pieces), and splitting one inside
    # repeats the header in the middle of the page.
    table = LongTable(body, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        [
            *plain_cells(9),
            *[("ALIGN", (column, 1), (column, -1), "LEFT") for column in left],
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *[("BACKGROUND", (0, row), (-1, row), "#fdecea") for row in tinted],
        ]
    )
    return table


def _paragraphs(value: str, styles: Styles) -> list[Flowable]:
    if not value.strip():
        return [line(NOT_WRITTEN, styles.small)]
    return [WrappedText(text(chunk), styles.body) for chunk in value.split("\n\n") if chunk.strip()]


def _title_page(summary: SummaryView, styles: Styles, today: date) -> list[Flowable]:
    span = f"{chinese_date(summary.starts_on)}—{chinese_date(summary.ends_on)}"
    state = "结果已发布" if summary.published else "结果未发布（草稿）"
    return [
        Spacer(1, 60 * mm),
        line(summary.hospital, styles.hospital),
        Spacer(1, 8 * mm),
        WrappedText(text(summary.campaign_name), styles.title),
        line("总结报告", styles.title),
        Spacer(1, 6 * mm),
        line(span, styles.subtitle),
        line(state, styles.subtitle),
        Spacer(1, 70 * mm),
        line("护理部", styles.subtitle),
        line(chinese_date(today), styles.subtitle),
        PageBreak(),
        line("目录", styles.title),
        Spacer(1, 4 * mm),
        *[
            ContentsLine(section, styles.body, _key(number))
            for number, section in enumerate(SECTIONS)
        ],
        PageBreak(),
    ]


def _key(number: int) -> str:
    """The name of a section's place in the PDF (its bookmark, the contents' link)."""
    return f"section-{number + 1}"


#: How many lead-in lines at most stay with a heading and the chart or table they introduce.
LEAD_IN_LINES = 2


def _story(summary: SummaryView, styles: Styles, today: date) -> list[Flowable]:
    story = _title_page(summary, styles, today)
    for number, (heading, section) in enumerate(_SECTIONS):
        flowables = section(summary, styles)
        # A heading never ends a page: it stays with its lead-in lines and the start of the
        # chart, table or text they introduce.
        kept = 0
        while kept < min(LEAD_IN_LINES, len(flowables) - 1) and _lead_in(flowables[kept]):
            kept += 1
        title = SectionHeading(heading, styles.heading, _key(number))
        story.append(KeptWithStart([title, *flowables[: kept + 1]]))
        story.extend(flowables[kept + 1 :])
    return story


def _lead_in(flowable: Flowable) -> bool:
    """A sentence introducing what follows (a Line, or one wrapped over a few lines)."""
    return isinstance(flowable, Line | WrappedText)


def _titled(title: str, flowables: Sequence[Flowable], styles: Styles) -> list[Flowable]:
    """A sub-heading ("（二）优秀护士") kept with the start of what follows it."""
    first, *rest = flowables
    return [KeptWithStart([line(title, styles.body), first]), *rest]


def _inspectors_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """一、质控人员与检查项目."""
    return [
        line(
            f"本次活动月由{len(summary.inspectors)}名质控人员对{summary.coverage.wards}个病区按"
            f"{len(summary.checklists)}张检查表进行评比检查："
            + "、".join(summary.checklists)
            + "。",
            styles.body,
        ),
        _table(
            ["质控人员", "检查次数", "检查病区数"],
            [[i.name, str(i.inspections), str(i.wards)] for i in summary.inspectors],
            [70 * mm, 40 * mm, 40 * mm],
            styles,
            left=[0],
        ),
    ]


def _coverage_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """二、检查病区与条目."""
    coverage = summary.coverage
    return [
        _table(
            ["参评病区", "已检查病区", "检查次数", "检查条目数", "发现问题条目数"],
            [
                [
                    str(coverage.wards),
                    str(coverage.wards_checked),
                    str(coverage.inspections),
                    str(coverage.items_checked),
                    str(coverage.findings),
                ]
            ],
            [BODY_WIDTH / 5] * 5,
            styles,
        ),
    ]


def _pass_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """三、达标情况: the two rates and the wards' totals against the pass mark."""
    ranked = [r for r in summary.ranking if r.total is not None]
    return [
        line(
            f"达标率（总分≥{summary.pass_mark:g}分的病区/完成评比的病区）："
            f"{_share(summary.pass_rate)}；",
            styles.body,
        ),
        line(
            f"完全达标率（完全达标条目/检查条目）：{_share(summary.full_compliance)}。",
            styles.body,
        ),
        charts.totals_chart(
            [r.ward_name for r in ranked],
            [float(r.total) for r in ranked if r.total is not None],
            float(summary.pass_mark),
            BODY_WIDTH,
            CHART_HEIGHT,
            title=f"各病区评比总分（按名次，虚线为{summary.pass_mark:g}分达标线）",
            marks=[
                charts.BarMark.VETO
                if r.veto
                else charts.BarMark.MODEL_WARD
                if r.model_ward
                else None
                for r in ranked
            ],
        ),
    ]


def _gap_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """四、自查与评比对比: lenient self-checks (as the view flags them) tinted."""
    charted = [g for g in summary.gaps if g.self_check is not None and g.evaluation is not None]
    title = "自查与评比得分对比"
    if len(charted) > GAP_CHART_WARDS:
        charted = charted[:GAP_CHART_WARDS]
        title += f"（差值最大的{GAP_CHART_WARDS}个病区）"
    gap_widths = [BODY_WIDTH - 100 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm]
    gap_chart: Flowable = (
        charts.gap_chart(
            [g.ward_name for g in charted],
            [float(g.self_check or 0) for g in charted],
            [float(g.evaluation or 0) for g in charted],
            BODY_WIDTH,
            CHART_HEIGHT,
            title=title,
        )
        if charted
        else line(NO_GAPS, styles.small)
    )
    return [
        line(
            f"自查总分比评比总分高{summary.lenient_margin:g}分及以上视为自查偏宽，共"
            f"{summary.lenient_wards}个病区（表中标红）。",
            styles.body,
        ),
        gap_chart,
        _table(
            ["病区", "自查总分", "评比总分", "差值", "自查偏宽"],
            [
                [
                    ward_cell(g.ward_name, g.ward_code, styles.cell, gap_widths[0]),
                    score_text(g.self_check),
                    score_text(g.evaluation),
                    score_text(g.gap),
                    "是" if g.lenient else "",
                ]
                for g in summary.gaps
            ],
            gap_widths,
            styles,
            left=[0],
            highlight=[index for index, g in enumerate(summary.gaps) if g.lenient],
        ),
    ]


def _ranking_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """五、病区排名."""
    checklist_count = len(summary.checklists)
    # The ward's name gets what the scores ("100.00") leave, at least 40 mm: a name of a
    # few characters a line broke even its code.
    rank_width, result_width = 10 * mm, 18 * mm
    score_width = min(
        16 * mm,
        (BODY_WIDTH - rank_width - result_width - 40 * mm) / max(checklist_count + 1, 1),
    )
    name_width = BODY_WIDTH - rank_width - result_width - score_width * (checklist_count + 1)
    return [
        _table(
            ["名次", "病区", *summary.checklists, "总分", "评选结果"],
            [
                [
                    MISSING if r.rank is None else str(r.rank),
                    ward_cell(r.ward_name, r.ward_code, styles.cell, name_width),
                    *[score_text(score) for score in r.scores],
                    score_text(r.total),
                    r.result,
                ]
                for r in summary.ranking
            ],
            [rank_width, name_width, *[score_width] * checklist_count, score_width, result_width],
            styles,
            left=[1],
        ),
    ]


def _checklist_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """六、各检查表得分情况: each checklist's mean, highest and lowest."""
    return [
        _table(
            ["检查表", "病区数", "平均分", "最高分", "最高分病区", "最低分", "最低分病区"],
            [
                [
                    c.name,
                    str(c.wards),
                    score_text(c.mean),
                    score_text(c.highest),
                    tied_wards(c.highest_wards),
                    score_text(c.lowest),
                    tied_wards(c.lowest_wards),
                ]
                for c in summary.checklist_lines
            ],
            [24 * mm, 15 * mm, 18 * mm, 18 * mm, 40 * mm, 18 * mm, BODY_WIDTH - 133 * mm],
            styles,
            left=[4, 6],
        ),
    ]


def _pareto_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """七、问题频次分析（柏拉图）与原因分析, with the department's cause analysis."""
    rows = summary.pareto
    return [
        line(
            f"评比共发现问题{summary.coverage.findings}条，涉及{len(rows)}个检查条目；"
            f"其中{summary.vital_few_items}个条目累计占问题总数的80%（关键的少数，表中标红）。",
            styles.body,
        ),
        charts.pareto_chart(
            [f"{row.item_code}" for row in rows],
            [row.count for row in rows],
            [float(row.cumulative) for row in rows],
            BODY_WIDTH,
            CHART_HEIGHT,
            title="问题频次柏拉图（柱：频次；折线：累计百分比）",
        ),
        _table(
            ["序号", "检查表", "检查条目", "频次", "占比", "累计占比"],
            [
                [
                    str(index),
                    row.checklist_name,
                    f"{row.item_code} {row.item_text}",
                    str(row.count),
                    percent_text(row.share),
                    percent_text(row.cumulative),
                ]
                for index, row in enumerate(rows, start=1)
            ],
            [12 * mm, 22 * mm, BODY_WIDTH - 108 * mm, 16 * mm, 24 * mm, 34 * mm],
            styles,
            left=[1, 2],
            highlight=[index for index, row in enumerate(rows) if row.vital_few],
        ),
        Spacer(1, 3 * mm),
        *_titled(
            "原因分析（人、机、料、法、环）",
            _paragraphs(summary.text.cause_analysis, styles),
            styles,
        ),
    ]


def _rectification_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """八、整改完成情况: the hospital's two rates, then each ward's."""
    overall = summary.rectification_overall
    widths = [BODY_WIDTH - 110 * mm, 20 * mm, 20 * mm, 25 * mm, 20 * mm, 25 * mm]
    return [
        line(
            f"全院整改项{overall.items}项，复查通过{overall.verified}项，整改完成率"
            f"{percent_text(overall.completion)}；按期完成{overall.verified_on_time}项，"
            f"按时完成率{percent_text(overall.on_time)}。",
            styles.body,
        ),
        _table(
            ["病区", "整改项", "复查通过", "整改完成率", "按期完成", "按时完成率"],
            [
                [
                    ward_cell(r.ward_name, r.ward_code, styles.cell, widths[0]),
                    str(r.items),
                    str(r.verified),
                    percent_text(r.completion),
                    str(r.verified_on_time),
                    percent_text(r.on_time),
                ]
                for r in summary.rectification
            ],
            widths,
            styles,
            left=[0],
        ),
    ]


def _honours_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """九、示范病房与优秀护士; model wards still the rules' proposal say so."""
    wards = summary.model_wards
    nurses = summary.excellent_nurses
    title = f"（一）{wards[0].honour if wards else '优质护理服务示范病房'}"
    if wards and not summary.model_wards_confirmed:
        title += "（评比规则建议，护理部尚未确认）"
    return [
        *_titled(
            title,
            [
                _table(
                    ["病区", "总分"],
                    [
                        [
                            ward_cell(w.ward_name, w.ward_code, styles.cell, BODY_WIDTH - 40 * mm),
                            score_text(w.total),
                        ]
                        for w in wards
                    ]
                    or [["本次无", ""]],
                    [BODY_WIDTH - 40 * mm, 40 * mm],
                    styles,
                    left=[0],
                )
            ],
            styles,
        ),
        Spacer(1, 3 * mm),
        *_titled(
            "（二）优秀护士",
            [
                _table(
                    ["姓名", "病区", "推荐理由"],
                    [
                        [
                            n.name,
                            ward_cell(n.ward_name, n.ward_code, styles.cell, 50 * mm),
                            n.reason,
                        ]
                        for n in nurses
                    ]
                    or [["本次无", "", ""]],
                    [28 * mm, 50 * mm, BODY_WIDTH - 78 * mm],
                    styles,
                    left=[1, 2],
                )
            ],
            styles,
        ),
    ]


def _trend_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """十、历次活动月趋势: a line per ward for a few wards, else the hospital's mean, highest
    and lowest."""
    campaigns = summary.trend_campaigns
    lines = summary.trends
    if len(lines) <= TREND_WARD_LINES:
        series = [(t.ward_name, _floats(t.totals)) for t in lines]
    else:
        hospital = summary.trend_spread
        series = [
            ("全院平均", _floats(hospital.mean)),
            ("最高", _floats(hospital.highest)),
            ("最低", _floats(hospital.lowest)),
        ]
    width = (BODY_WIDTH - 52 * mm) / max(len(campaigns), 1)
    return [
        charts.trend_chart(campaigns, series, BODY_WIDTH, CHART_HEIGHT),
        _table(
            ["病区", *campaigns],
            [
                [
                    ward_cell(t.ward_name, t.ward_code, styles.cell, 52 * mm),
                    *map(score_text, t.totals),
                ]
                for t in lines
            ],
            [52 * mm, *[width] * len(campaigns)],
            styles,
            left=[0],
        ),
    ]


def _text_section(summary: SummaryView, styles: Styles) -> list[Flowable]:
    """十一、总结与下一步PDCA计划: the department's own words."""
    return [
        *_titled("（一）总结", _paragraphs(summary.text.conclusions, styles), styles),
        *_titled("（二）下一步PDCA计划", _paragraphs(summary.text.next_steps, styles), styles),
    ]


def _floats(values: Sequence[Decimal | None]) -> list[float | None]:
    return [None if value is None else float(value) for value in values]


#: The sections in the order of the report (and of its contents page), each with what writes it.
_SECTIONS: tuple[tuple[str, Callable[[SummaryView, Styles], list[Flowable]]], ...] = (
    ("一、质控人员与检查项目", _inspectors_section),
    ("二、检查病区与条目", _coverage_section),
    ("三、达标情况", _pass_section),
    ("四、自查与评比对比", _gap_section),
    ("五、病区排名", _ranking_section),
    ("六、各检查表得分情况", _checklist_section),
    ("七、问题频次分析（柏拉图）与原因分析", _pareto_section),
    ("八、整改完成情况", _rectification_section),
    ("九、示范病房与优秀护士", _honours_section),
    ("十、历次活动月趋势", _trend_section),
    ("十一、总结与下一步PDCA计划", _text_section),
)
SECTIONS = tuple(heading for heading, _ in _SECTIONS)
