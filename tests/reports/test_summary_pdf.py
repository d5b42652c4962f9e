"""总结报告 PDF: the sections in the reference's order, the charts drawn, the fonts embedded."""

from __future__ import annotations

import dataclasses
import random
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader

from nursingqc.reports.pdf.fonts import FONT_NAME
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.summary import SECTIONS, write_summary
from nursingqc.services.container import Services
from nursingqc.services.summary import SummaryText, SummaryView
from tests.helpers import TODAY, Hospital
from tests.months import run_month
from tests.reports.pdf_checks import (
    embeds_its_file,
    fonts,
    is_composite,
    page_pixel_variance,
    page_texts,
    random_text,
    text_lines,
)

BAR_FILL = ".305882 .47451 .654902 rg"  # charts.BAR, as reportlab writes the fill colour
LINE_STROKE = ".882353 .341176 .34902 RG"  # charts.LINE: the Pareto's cumulative line
MODEL_WARD_FILL = ".878431 .647059 .14902 rg"  # charts.MARK_COLOURS
VETO_FILL = ".752941 .223529 .168627 rg"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def summary(services: Services, hospital: Hospital) -> SummaryView:
    run_month(services, hospital)
    services.summary.save_text(
        hospital.admin,
        hospital.campaign.id,
        SummaryText(
            "人：新护士培训不足。\n\n环：病房通风不及时。", "总体达标。", "下月重点抓床单元。"
        ),
    )
    return services.summary.summary(hospital.admin, hospital.campaign.id)


@pytest.fixture
def report(summary: SummaryView, tmp_path: Path) -> Path:
    path = tmp_path / "summary.pdf"
    assert write_summary(summary, path, TODAY) == Written(len(page_texts(path)))
    return path


def page_contents(page: PageObject) -> str:
    """The page's drawing operators, as text."""
    stream = page.get_contents()
    assert stream is not None, "an empty page"
    return stream.get_data().decode("latin-1")


def test_the_title_page_and_every_section_heading_in_the_references_order(
    report: Path,
) -> None:
    pages = [flat(text) for text in page_texts(report)]
    assert pages[0].startswith("测试市人民医院2026年7月基础护理质量提升活动月总结报告")
    assert "2026年7月8日" in pages[0] and "结果未发布" in pages[0]
    contents = pages[1]
    assert [contents.find(flat(s)) for s in SECTIONS] == sorted(
        contents.find(flat(s)) for s in SECTIONS
    )
    body = "".join(pages[2:])
    positions = [body.find(flat(section)) for section in SECTIONS]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert all(f"第{n}页共{len(pages)}页" in page for n, page in enumerate(pages, start=1))


def test_the_sections_hold_the_figures_and_the_departments_text(report: Path) -> None:
    body = flat("".join(page_texts(report)))
    for expected in (
        "质控组赵静",
        "达标率（总分≥90分的病区/完成评比的病区）：50.00%（1/2）",
        "完全达标率（完全达标条目/检查条目）：92.86%（91/98）",
        "普通外科（WK01）100.0088.0012.00是",
        "BU01",
        "28.57%",
        "人：新护士培训不足。",
        "环：病房通风不及时。",
        "王丽娟",
        "总体达标。",
        "下月重点抓床单元。",
    ):
        assert expected in body, expected


def test_the_charts_are_drawn(report: Path, summary: SummaryView) -> None:
    reader = PdfReader(report)
    contents = {index: page_contents(page) for index, page in enumerate(reader.pages)}
    texts = [flat(text) for text in page_texts(report)]

    def page_with(title: str) -> str:
        return contents[next(i for i, text in enumerate(texts) if flat(title) in text)]

    totals = page_with("各病区评比总分（按名次")
    assert totals.count(BAR_FILL) >= len(summary.ranking)
    pareto = page_with("问题频次柏拉图")
    assert pareto.count(BAR_FILL) >= len(summary.pareto)
    assert LINE_STROKE in pareto
    assert " c\n" in pareto  # the points on the cumulative line
    gaps = page_with("自查与评比得分对比")
    assert gaps.count(" re f*") >= 2 * len(summary.gaps)
    trend = page_with("历次活动月总分趋势")
    assert trend.count(" RG") >= 2
    assert page_pixel_variance(report, 2) > 100


def many_wards(summary: SummaryView, count: int = 45) -> SummaryView:
    """The two wards' lines repeated as ``count`` wards with long names of every length, one a
    model ward and one vetoed: the sections then run over many pages."""

    def renamed(line: Any, number: int) -> Any:
        return dataclasses.replace(
            line,
            ward_code=f"NK{number:04d}",
            ward_name=f"心血管内科{number}病区" + "（冠心病监护中心）" * (number % 4),
        )

    ranking = [
        dataclasses.replace(
            renamed(summary.ranking[number % len(summary.ranking)], number),
            model_ward=False,
            veto=False,
        )
        for number in range(count)
    ]
    ranking[3] = dataclasses.replace(ranking[3], model_ward=True, veto=False, total=Decimal(99))
    ranking[-1] = dataclasses.replace(ranking[-1], veto=True, model_ward=False, total=Decimal(80))
    return dataclasses.replace(
        summary,
        ranking=tuple(ranking),
        gaps=tuple(renamed(summary.gaps[n % len(summary.gaps)], n) for n in range(count)),
        rectification=tuple(
            renamed(summary.rectification[n % len(summary.rectification)], n) for n in range(count)
        ),
    )


def test_the_contents_give_the_page_each_section_starts_on(
    summary: SummaryView, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    write_summary(many_wards(summary), path, TODAY)
    pages = [flat(text) for text in page_texts(path)]
    contents = "\n".join(text_lines(path, 1))
    listed = []
    for section in SECTIONS:
        found = re.search(re.escape(flat(section)) + r"\.+(\d+)$", contents, re.MULTILINE)
        assert found is not None, section
        starts = next(n for n, page in enumerate(pages[2:], start=3) if flat(section) in page)
        assert int(found.group(1)) == starts, section
        listed.append(starts)
    assert listed[-1] > listed[0] + 5  # the sections spread over many pages
    outline = [str(e["/Title"]) for e in PdfReader(path).outline if not isinstance(e, list)]
    assert outline == list(SECTIONS)


def test_a_wards_code_stays_on_one_line_in_every_table(
    summary: SummaryView, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    changed = many_wards(summary)
    write_summary(changed, path, TODAY)
    lines = [line for page in range(len(page_texts(path))) for line in text_lines(path, page)]
    for row in changed.ranking:
        # In the 自查与评比, 排名 and 整改 tables, each time whole.
        assert sum(line.count(f"（{row.ward_code}）") for line in lines) >= 3, row.ward_code


def test_the_totals_chart_colours_model_and_veto_wards_and_says_so(
    summary: SummaryView, tmp_path: Path
) -> None:
    path = tmp_path / "summary.pdf"
    write_summary(many_wards(summary), path, TODAY)
    texts = [flat(text) for text in page_texts(path)]
    number = next(i for i, text in enumerate(texts) if "各病区评比总分（按名次" in text)
    chart = page_contents(PdfReader(path).pages[number])
    assert chart.count(MODEL_WARD_FILL) == 1 + 1  # the bar and the legend's swatch
    assert chart.count(VETO_FILL) == 1 + 1 + 1  # the pass mark's label shares the red
    assert "示范病房" in texts[number] and "一票否决" in texts[number]


def test_a_chart_without_model_or_veto_wards_has_no_legend_for_them(
    summary: SummaryView, tmp_path: Path
) -> None:
    plain = [dataclasses.replace(r, model_ward=False, veto=False) for r in summary.ranking]
    path = tmp_path / "summary.pdf"
    write_summary(dataclasses.replace(summary, ranking=tuple(plain)), path, TODAY)
    texts = [flat(text) for text in page_texts(path)]
    number = next(i for i, text in enumerate(texts) if "各病区评比总分（按名次" in text)
    chart = page_contents(PdfReader(path).pages[number])
    assert MODEL_WARD_FILL not in chart and chart.count(VETO_FILL) == 1  # the pass mark
    assert "示范病房" not in texts[number]


def test_every_font_is_embedded_as_a_subset_of_the_shipped_font(report: Path) -> None:
    used = fonts(report)
    assert used
    for font in used:
        name = str(font["/BaseFont"])
        if is_composite(font):
            continue
        assert embeds_its_file(font), name
        assert FONT_NAME in name, name


def test_an_empty_month_still_makes_a_report(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    path = tmp_path / "empty.pdf"
    write_summary(summary, path, TODAY)
    body = flat("".join(page_texts(path)))
    assert "暂无同时完成自查和评比的病区" in body
    assert "（护理部尚未填写。）" in body


def test_hundreds_of_tied_wards_and_long_ward_names_are_laid_out(
    summary: SummaryView, tmp_path: Path
) -> None:
    """A cell listing every tied ward used to grow taller than a page and stop the report."""
    tied = tuple(
        f"第{number}病区（心血管内科、呼吸内科、消化内科联合病区）" for number in range(300)
    )
    lines = [
        dataclasses.replace(line, highest_wards=tied, lowest_wards=tied)
        for line in summary.checklist_lines
    ]
    long_named = [dataclasses.replace(row, ward_name="联合病区" * 40) for row in summary.ranking]
    path = tmp_path / "tied.pdf"
    changed = dataclasses.replace(summary, checklist_lines=tuple(lines), ranking=tuple(long_named))

    write_summary(changed, path, TODAY)

    body = flat("".join(page_texts(path)))
    assert "等300个病区" in body
    assert "联合病区" * 10 in body


@pytest.mark.parametrize("seed", range(3))
def test_random_long_texts_and_names_everywhere_lay_out(
    summary: SummaryView, tmp_path: Path, seed: int
) -> None:
    """The department's text, names, item texts and reasons at any length, in every table."""
    rng = random.Random(seed)

    def some_text(*lengths: int) -> str:
        return random_text(rng, rng.choice(lengths or (5, 60, 300, 5000)))

    def name() -> str:
        return some_text(4, 30, 120).replace("\n", "")

    changed = dataclasses.replace(
        summary,
        hospital=name(),
        campaign_name=name(),
        inspectors=tuple(
            dataclasses.replace(line, name=name()) for line in summary.inspectors * 20
        ),
        ranking=tuple(dataclasses.replace(row, ward_name=name()) for row in summary.ranking * 30),
        pareto=tuple(
            dataclasses.replace(line, item_text=some_text(), checklist_name=name())
            for line in summary.pareto
        ),
        gaps=tuple(dataclasses.replace(line, ward_name=name()) for line in summary.gaps * 30),
        model_wards=tuple(
            dataclasses.replace(line, name=name(), ward_name=name(), reason=some_text())
            for line in summary.model_wards * 10
        ),
        excellent_nurses=tuple(
            dataclasses.replace(line, name=name(), ward_name=name(), reason=some_text())
            for line in summary.excellent_nurses * 10
        ),
        trends=tuple(dataclasses.replace(line, ward_name=name()) for line in summary.trends * 30),
        text=SummaryText(some_text(), some_text(), some_text()),
    )
    path = tmp_path / "summary.pdf"

    written = write_summary(changed, path, TODAY)

    assert written is not None and written.failed == ()
    assert "（完）" in flat("".join(page_texts(path)))
