"""奖状: one A4 landscape page per honour, with the hospital, campaign, honour, name and date."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from nursingqc.reports.pdf.certificates import write_certificates
from nursingqc.reports.pdf.layout import Written
from nursingqc.services.summary import EXCELLENT_NURSE_HONOUR, MODEL_WARD_HONOUR, Certificate
from tests.reports.pdf_checks import (
    embeds_its_file,
    fonts,
    ink_outside,
    is_composite,
    page_pixel_variance,
    page_texts,
    random_text,
)

CAMPAIGN = "2026年7月基础护理质量提升活动月"


def test_one_landscape_page_per_honour_with_its_words(tmp_path: Path) -> None:
    path = tmp_path / "certificates.pdf"
    certificates = [
        Certificate(
            "测试市人民医院",
            CAMPAIGN,
            MODEL_WARD_HONOUR,
            "心血管内科",
            "心血管内科",
            date(2026, 8, 3),
        ),
        Certificate(
            "测试市人民医院",
            CAMPAIGN,
            EXCELLENT_NURSE_HONOUR,
            "王丽娟",
            "普通外科",
            date(2026, 8, 3),
        ),
    ]
    assert write_certificates(certificates, path) == Written(2)

    pages = PdfReader(path).pages
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)
    ward, nurse = (re.sub(r"\s+", "", text) for text in page_texts(path))
    for expected in (
        "测试市人民医院",
        "荣誉证书",
        "心血管内科：",
        CAMPAIGN,
        "“优质护理服务示范病房”",
        "测试市人民医院护理部",
        "2026年8月3日",
    ):
        assert expected in ward, expected
    for expected in ("普通外科王丽娟同志：", "“优秀护士”", "2026年8月3日"):
        assert expected in nurse, expected
    assert all(embeds_its_file(f) for f in fonts(path) if not is_composite(f))
    assert page_pixel_variance(path) > 100


@pytest.mark.parametrize("seed", range(3))
def test_long_names_and_campaigns_stay_inside_the_border(tmp_path: Path, seed: int) -> None:
    """A line drawn straight on the canvas used to run off the page with a long name."""
    rng = random.Random(seed)
    certificates = [
        Certificate(
            random_text(rng, rng.choice((8, 40, 100))).replace("\n", ""),
            random_text(rng, rng.choice((20, 120, 400))),
            honour,
            random_text(rng, rng.choice((3, 30, 80))).replace("\n", ""),
            random_text(rng, rng.choice((4, 40, 100))).replace("\n", ""),
            date(2026, 8, 3),
        )
        for honour in (MODEL_WARD_HONOUR, EXCELLENT_NURSE_HONOUR)
    ]
    path = tmp_path / "certificates.pdf"

    assert write_certificates(certificates, path) == Written(2)

    for page in range(2):
        assert ink_outside(path, page, margin_points=28) == 0  # the red border is at 34 points
    assert all("（完）" in text for text in page_texts(path))
