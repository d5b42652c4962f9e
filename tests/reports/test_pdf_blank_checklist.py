"""Blank checklists for paper rounds, read back with pypdf and rendered with pypdfium2."""

from __future__ import annotations

import random
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem, ChecklistSection
from nursingqc.paths import resources_dir
from nursingqc.reports.pdf.blank_checklist import write_blank_checklists
from nursingqc.reports.pdf.fonts import printable
from nursingqc.reports.pdf.layout import Written
from nursingqc.storage.checklist_files import read_checklist_folder
from tests.reports.pdf_checks import (
    drawn_glyph_codes,
    embeds_its_file,
    fonts,
    page_pixel_variance,
    page_texts,
    random_text,
)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def shipped() -> list[ChecklistDefinition]:
    return read_checklist_folder(resources_dir() / "checklists")


def test_a_sheet_lists_every_item_with_points_under_its_section(
    tmp_path: Path, shipped: list[ChecklistDefinition]
) -> None:
    ward_env = next(c for c in shipped if c.code == "WARD_ENV")
    path = tmp_path / "blank.pdf"
    write_blank_checklists(
        [ward_env], path, wards=["心血管内科（NK01）"], hospital="某某市第一人民医院"
    )
    text = flat("".join(page_texts(path)))
    for expected in (
        "某某市第一人民医院",
        "病房环境检查表",
        "病区：心血管内科（NK01）",
        "检查日期：_______年____月____日",
        "检查人：",
        "编码检查内容分值评分标准扣分存在问题",
        "检查人（签名）",
        "护士长（签名）",
        f"合计{ward_env.total_points.normalize():f}得分：",
    ):
        assert expected in text, expected
    for section in ward_env.sections:
        assert flat(section.title) in text
    for item in ward_env.items:
        assert flat(f"{item.code}{item.text}") in text, item.code


def test_every_shipped_checklist_prints_only_characters_the_font_draws(
    tmp_path: Path, shipped: list[ChecklistDefinition]
) -> None:
    drawn = drawn_glyph_codes()
    source = "".join(
        f"{c.name}{s.title}{i.code}{i.text}{i.guide}"
        for c in shipped
        for s in c.sections
        for i in s.items
    )
    assert {ch for ch in printable(source) if ord(ch) not in drawn and not ch.isspace()} == set()
    path = tmp_path / "all.pdf"
    write_blank_checklists(shipped, path)
    text = "".join(page_texts(path))
    assert {ch for ch in text if ord(ch) not in drawn and not ch.isspace()} == set()


def test_fonts_are_embedded_and_the_first_page_is_not_blank(
    tmp_path: Path, shipped: list[ChecklistDefinition]
) -> None:
    path = tmp_path / "blank.pdf"
    write_blank_checklists(shipped[:1], path)
    for font in fonts(path):
        assert embeds_its_file(font), font["/BaseFont"]
    assert page_pixel_variance(path) > 100


def test_each_ward_and_checklist_starts_on_its_own_page(
    tmp_path: Path, shipped: list[ChecklistDefinition]
) -> None:
    wards = ["心血管内科（NK01）", "儿科（EK01）"]
    path = tmp_path / "round.pdf"
    written = write_blank_checklists(shipped, path, wards=wards, inspected_on=date(2026, 7, 20))
    texts = [flat(text) for text in page_texts(path)]
    assert written == Written(len(texts))
    starts = [
        text for text in texts if "编码检查内容" in text and "检查日期：2026年7月20日" in text
    ]
    assert len(starts) == len(wards) * len(shipped)
    expected = [(w, c.name) for w in wards for c in shipped]
    found = [
        (next(w for w in wards if f"病区：{w}" in page), page.split("检查表")[0]) for page in starts
    ]
    assert found == expected
    assert all(
        page.startswith(f"{name}检查表") for page, (_, name) in zip(starts, found, strict=True)
    )


def test_a_long_checklist_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    items = tuple(
        ChecklistItem(f"X{n:02d}", f"第{n}项检查内容，要求清楚完整", Decimal(1), "一处扣0.5分")
        for n in range(1, 61)
    )
    long_list = ChecklistDefinition(
        "LONG", "长表", 1, Decimal(60), (ChecklistSection("全部", items),)
    )
    path = tmp_path / "long.pdf"
    written = write_blank_checklists([long_list], path)
    assert written is not None and written.pages >= 2
    texts = [flat(text) for text in page_texts(path)]
    assert all("编码检查内容分值评分标准扣分存在问题" in text for text in texts)
    assert f"第2页共{written.pages}页" in texts[1]


def test_cancelling_writes_no_file(tmp_path: Path, shipped: list[ChecklistDefinition]) -> None:
    path = tmp_path / "blank.pdf"
    assert write_blank_checklists(shipped, path, progress=lambda done, total: False) is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("seed", range(3))
def test_random_long_item_texts_and_guides_lay_out(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    items = tuple(
        ChecklistItem(
            f"X{n:02d}",
            random_text(rng, rng.choice((10, 80, 600, 2500))),
            Decimal(1),
            random_text(rng, rng.choice((0, 40, 600, 2500))),
        )
        for n in range(1, 41)
    )
    definition = ChecklistDefinition(
        "LONG", random_text(rng, 60), 1, Decimal(40), (ChecklistSection("全部", items),)
    )
    path = tmp_path / "long.pdf"

    written = write_blank_checklists([definition], path, wards=[random_text(rng, 100)])

    assert written is not None and written.failed == ()
    assert "X40" in flat("".join(page_texts(path)))


def test_a_filled_sheet_shows_each_entry_the_score_and_its_state(
    tmp_path: Path, shipped: list[ChecklistDefinition]
) -> None:
    from nursingqc.domain.scoring import ItemEntry
    from nursingqc.reports.pdf.blank_checklist import FilledSheet, write_filled_sheet

    ward_env = next(c for c in shipped if c.code == "WARD_ENV")
    entries = {item.code: ItemEntry() for item in ward_env.items}
    first, second, third = (item.code for item in ward_env.items[:3])
    entries[first] = ItemEntry(Decimal(2), problem="12床病室有异味", nurse="王芳")
    entries[second] = ItemEntry(not_applicable=True)
    entries[third] = ItemEntry(Decimal("0.5"), problem="床帘脱钩")
    path = tmp_path / "filled.pdf"
    write_filled_sheet(
        FilledSheet(
            ward_env, "心血管内科（NK01）", date(2026, 7, 8), "张丽", entries, "自查", "已提交"
        ),
        path,
        hospital="某某市第一人民医院",
    )
    text = flat("".join(page_texts(path)))
    for expected in (
        "病房环境自查表",
        f"第{ward_env.version}版",
        "已提交",
        "病区：心血管内科（NK01）",
        "检查日期：2026年7月8日",
        "检查人：张丽",
        "212床病室有异味（涉及：王芳）",
        "不适用",
        "0.5床帘脱钩",
    ):
        assert expected in text, expected
    assert "WARD_ENV" not in text
    # 10 + 5 applicable items' points lost 2.5 of the points not left out by 不适用.
    applicable = ward_env.total_points - ward_env.items[1].points
    score = (applicable - Decimal("2.5")) / applicable * 100
    assert f"得分：{score.quantize(Decimal('0.01'))}合计" not in text  # the row ends there
    assert f"得分：{score.quantize(Decimal('0.01'))}" in text and "一票否决）" not in text
    basic_care = next(c for c in shipped if c.code == "BASIC_CARE")
    vetoed = {item.code: ItemEntry(veto_failed=item.veto) for item in basic_care.items}
    sheet = FilledSheet(
        basic_care, "心血管内科（NK01）", date(2026, 7, 8), "张丽", vetoed, "自查", ""
    )
    write_filled_sheet(sheet, path)
    assert "得分：100.00（一票否决）" in flat("".join(page_texts(path)))
