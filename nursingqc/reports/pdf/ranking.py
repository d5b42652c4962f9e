"""病区排名 as an A4 landscape PDF: the ranking table of rules §11.1 with the model wards below it.

The same columns as the workbook's 排名 sheet, the header repeated on every page and the pages
numbered "第 1 页 共 N 页". The text is Chinese whatever the program's language: it is the
hospital's document.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from nursingqc.reports.excel.ranking_workbook import YES, ranking_columns
from nursingqc.reports.excel.workbooks import Progress
from nursingqc.reports.files import Output
from nursingqc.reports.pdf.layout import (
    GRID,
    HEADER_FILL,
    MARGIN,
    Part,
    Written,
    cell,
    chinese_date,
    line,
    make_styles,
    plain_cells,
    points,
    write_parts,
)
from nursingqc.reports.wording import MISSING, percent_text, score_text
from nursingqc.services.ranking import RankingRow, RankingView, WardLabel

PAGE = landscape(A4)
WIDTH = PAGE[0] - 2 * MARGIN
#: Model wards are shaded in the table so that they are found at a glance.
MODEL_WARD_FILL = "#e2efda"
FONT_SIZE = 8.5


def _cells(row: RankingRow) -> list[str]:
    return [
        MISSING if row.rank is None else str(row.rank),
        row.ward.code,
        row.ward.name,
        *(score_text(score) for score in row.scores),
        score_text(row.total),
        score_text(row.self_check_total),
        score_text(row.self_check_gap),
        percent_text(row.rectification_rate),
        YES if row.veto else "",
        row.result,
    ]


def _names(wards: Sequence[WardLabel]) -> str:
    return "、".join(f"{ward.name}（{ward.code}）" for ward in wards) or "无"


def write_ranking_pdf(
    view: RankingView, out: Output, today: date, progress: Progress | None = None
) -> Written | None:
    """Writes the ranking to ``out``; returns what was written, or None when ``progress``
    returned False (then nothing is written)."""
    styles = make_styles()

    def build() -> list[Flowable]:
        columns = ranking_columns(view)
        checklists = len(view.checklists)
        # Fixed widths for numbers; the ward name takes what is left.
        fixed = [11 * mm, 18 * mm, 0.0, *([20 * mm] * checklists)]
        fixed += [16 * mm, 18 * mm, 18 * mm, 22 * mm, 18 * mm, 18 * mm]
        fixed[2] = max(30 * mm, WIDTH - sum(fixed))
        header = [
            cell(name, styles.header_cell, width)
            for name, width in zip(columns, fixed, strict=True)
        ]
        body = [
            [
                cell(value, styles.cell_center, width) if index == 2 else value
                for index, (value, width) in enumerate(zip(_cells(row), fixed, strict=True))
            ]
            for row in view.rows
        ]
        table = LongTable([header, *body], colWidths=fixed, repeatRows=1)
        style = [
            *plain_cells(FONT_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ]
        for number, row in enumerate(view.rows, start=1):
            if row.model_ward:
                style.append(("BACKGROUND", (0, number), (-1, number), MODEL_WARD_FILL))
        table.setStyle(style)
        settings = (
            f"示范病房：前 {view.model_ward_count} 名且总分不低于 {points(view.threshold)} 分"
            f"（并列者同时入选）；一票否决病区排在其后，未完成评比的病区不排名。"
        )
        confirmed = view.confirmed
        return [
            line(view.hospital, styles.hospital, WIDTH),
            line(f"{view.campaign_name}　病区排名", styles.title, WIDTH),
            line(f"制表日期：{chinese_date(today)}", styles.subtitle, WIDTH),
            table,
            Spacer(1, 3 * mm),
            line(settings, styles.small, WIDTH),
            line(f"按规则推荐示范病房：{_names(view.proposed)}", styles.body, WIDTH),
            line(
                "护理部确认示范病房："
                + (_names(confirmed) if confirmed is not None else "尚未确认")
                + (
                    f"（调整理由：{view.confirmation.reason}）"
                    if view.confirmation is not None and view.confirmation.reason
                    else ""
                ),
                styles.body,
                WIDTH,
            ),
        ]

    part = Part(f"{view.campaign_name} 病区排名", build)
    return write_parts([part], out, f"{view.campaign_name} 病区排名", progress, PAGE)
