"""The ranking PDF: A4 landscape, every ward in ranking order, page numbers, rendered pixels."""

from __future__ import annotations

import dataclasses
import random
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from nursingqc.domain.ranking import WardStatus
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.ranking import write_ranking_pdf
from nursingqc.services.ranking import ModelWardConfirmation, WardLabel
from tests.reports.pdf_checks import page_pixel_variance, page_texts, random_text
from tests.reports.ranking_views import row, view


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_pdf_lists_every_ward_in_ranking_order_on_landscape_pages(tmp_path: Path) -> None:
    path = tmp_path / "排名.pdf"
    assert write_ranking_pdf(view(), path, date(2026, 7, 27)) == Written(1)
    page = PdfReader(path).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = flat(page_texts(path)[0])
    assert "2026年7月基础护理质量提升活动月病区排名" in text
    assert "制表日期：2026年7月27日" in text
    positions = [text.index(code) for code in ("NK01", "WK02", "FE03", "NK04")]
    assert positions == sorted(positions)
    assert "1NK01心血管内科98.5097.0099.2598.5099.10" in text
    assert "未完成" in text and "示范病房" in text and "75.00%" in text
    assert "按规则推荐示范病房：心血管内科（NK01）" in text
    assert "第1页共1页" in text
    assert page_pixel_variance(path) > 100  # something is drawn, not a blank page


def test_a_long_ranking_repeats_the_header_and_numbers_the_pages(tmp_path: Path) -> None:
    rows = tuple(
        row(f"W{n:03d}"[-4:], f"{n}病区", n, ("95.00", "96.00", "97.00"), "96.00")
        for n in range(1, 81)
    )
    long_view = dataclasses.replace(
        view(rows), confirmation=None, proposed=(WardLabel(1, "W001", "1病区"),)
    )
    path = tmp_path / "long.pdf"
    written = write_ranking_pdf(long_view, path, date(2026, 7, 27))
    assert written is not None and written.pages >= 3
    texts = [flat(text) for text in page_texts(path)]
    assert all("名次病区编码病区名称病房环境" in text for text in texts)
    assert f"第{written.pages}页共{written.pages}页" in texts[-1]
    assert "80病区" in texts[-1] and "护理部确认示范病房：尚未确认" in texts[-1]


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "排名.pdf"
    assert write_ranking_pdf(view(), path, date(2026, 7, 27), lambda *_: False) is None
    assert not path.exists()


def test_an_incomplete_ward_prints_without_rank_or_total(tmp_path: Path) -> None:
    only = dataclasses.replace(
        view((row("NK04", "呼吸内科", None, ("90.00", None, None), None, WardStatus.INCOMPLETE),)),
        threshold=Decimal("90.0"),  # as the campaign stores it, in tenths
    )
    path = tmp_path / "one.pdf"
    write_ranking_pdf(only, path, date(2026, 7, 27))
    text = flat(page_texts(path)[0])
    # The missing rank, scores, totals and rate carry the mark the page and the summary show.
    assert "—NK04呼吸内科90.00——————未完成" in text
    assert "示范病房：前3名且总分不低于90分" in text


@pytest.mark.parametrize("seed", range(3))
def test_hundreds_of_wards_with_random_long_names_lay_out(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)

    def name() -> str:
        return random_text(rng, rng.choice((2, 20, 120))).replace("\n", "")

    rows = tuple(
        row(f"W{n:03d}", name(), n, ("95.00", "96.00", "97.00"), "96.00") for n in range(1, 301)
    )
    wards = tuple(r.ward for r in rows[:40])
    long_view = dataclasses.replace(
        view(rows),
        hospital=name(),
        campaign_name=name(),
        proposed=wards,
        confirmation=ModelWardConfirmation(
            wards, name(), datetime.now(UTC), random_text(rng, 3000)
        ),
    )
    path = tmp_path / "排名.pdf"

    written = write_ranking_pdf(long_view, path, date(2026, 7, 27))

    assert written is not None and written.failed == ()
    text = flat("".join(page_texts(path)))
    assert "W300" in text and "（完）" in text
