"""总结 workbook: one sheet per table, native charts, numbers as numbers, text never a formula."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from nursingqc.reports.excel.summary_workbook import write_summary_workbook
from nursingqc.services.container import Services
from nursingqc.services.summary import SummaryText
from tests.helpers import Hospital
from tests.months import run_month

SHEETS = [
    "概况",
    "质控人员",
    "排名",
    "检查表统计",
    "柏拉图",
    "自查与评比",
    "整改",
    "示范病房与优秀护士",
    "趋势",
    "总结",
]


def test_one_sheet_per_table_with_native_charts(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    run_month(services, hospital)
    services.summary.save_text(
        hospital.admin, hospital.campaign.id, SummaryText('=HYPERLINK("x")', "好", "")
    )
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    path = tmp_path / "summary.xlsx"
    write_summary_workbook(summary, path)

    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        pareto_chart = next(
            archive.read(n).decode()
            for n in charts
            if "barChart" in archive.read(n).decode() and "lineChart" in archive.read(n).decode()
        )
    assert len(charts) == 4  # totals, Pareto (bars + line), self-check vs evaluation, trend
    assert 'crosses val="max"' in pareto_chart  # the cumulative share on its own axis

    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    ranking = book["排名"]
    assert [c.value for c in ranking[1]][:3] == ["名次", "病区编码", "病区名称"]
    assert [ranking.cell(2, 2).value, ranking.cell(2, 9).value] == ["NK01", 99.4]
    pareto = book["柏拉图"]
    assert [c.value for c in pareto[2]][:4] == ["床单元", "BU01", pareto.cell(2, 3).value, 2]
    assert round(pareto.cell(2, 6).value, 4) == 0.2857
    assert pareto.cell(2, 6).number_format == "0.00%"
    words = book["总结"]
    assert words.cell(2, 2).value == '=HYPERLINK("x")'
    assert words.cell(2, 2).data_type == "s"
    assert book["概况"].cell(9, 2).value == 0.5


def test_thousands_of_tied_wards_fit_their_cells_and_are_listed_on_their_own_sheet(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    """Every tied ward in one cell outgrew the 32,767 characters of an Excel cell."""
    run_month(services, hospital)
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    tied = tuple(f"第{number:04d}病区（心血管内科、呼吸内科联合病区）" for number in range(3000))
    first, *others = summary.checklist_lines
    lines = [dataclasses.replace(first, highest_wards=tied), *others]
    path = tmp_path / "summary.xlsx"

    write_summary_workbook(dataclasses.replace(summary, checklist_lines=tuple(lines)), path)

    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [*SHEETS[:4], "并列病区", *SHEETS[4:]]
    longest = max(
        len(str(value)) for row in book["检查表统计"].iter_rows(values_only=True) for value in row
    )
    assert longest <= 32767
    statistics = book["检查表统计"]
    assert statistics.cell(2, 5).value == (
        "、".join(tied[:5]) + "等 3000 个病区（全部见“并列病区”表）"
    )
    listed = [row for row in book["并列病区"].iter_rows(min_row=2, values_only=True)]
    assert len(listed) == 3000
    assert lines[0].highest is not None
    assert listed[0] == (lines[0].name, "最高分", float(lines[0].highest), tied[0])
    assert listed[2999][3] == tied[2999]


def _trend_chart(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/charts/")
            and "lineChart" in archive.read(name).decode()
            and "barChart" not in archive.read(name).decode()
        )


def test_the_trend_chart_draws_every_ward_or_says_which_it_leaves_out(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    run_month(services, hospital)
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    few = tmp_path / "few.xlsx"
    write_summary_workbook(summary, few)
    assert len(summary.trends) == 2
    chart = _trend_chart(few)
    assert "<f>'趋势'!B2</f>" in chart and "<f>'趋势'!B3</f>" in chart  # a line each
    assert "前" not in chart
    assert load_workbook(few)["趋势"].cell(1, len(summary.trend_campaigns) + 4).value is None

    line = summary.trends[0]
    many = tuple(
        dataclasses.replace(line, ward_code=f"W{n:03d}", ward_name=f"第{n}病区") for n in range(300)
    )
    path = tmp_path / "many.xlsx"
    write_summary_workbook(dataclasses.replace(summary, trends=many), path)
    chart = _trend_chart(path)
    assert "<f>'趋势'!B11</f>" in chart and "<f>'趋势'!B12</f>" not in chart
    assert "历次活动月总分趋势（本次排名前10个病区）" in chart
    sheet = load_workbook(path)["趋势"]
    assert sheet.max_row == 301  # the table holds every ward
    assert sheet.cell(1, len(summary.trend_campaigns) + 4).value == (
        "图中画出本次排名前10个病区（表中第2–11行）；其余290个病区（第12–301行）未画入图中，"
        "数值见左表。"
    )
