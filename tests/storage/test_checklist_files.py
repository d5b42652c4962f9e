"""Checklist YAML files: the shipped five load; a broken file is refused with file, line, reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from nursingqc.domain.checklists import DEFAULT_CHECKLIST_CODES
from nursingqc.domain.errors import ChecklistFileError
from nursingqc.i18n import error_text
from nursingqc.paths import resources_dir
from nursingqc.storage.checklist_files import (
    parse_checklist,
    read_checklist_file,
    read_checklist_folder,
)

GOOD = """\
code: TEST
name: 测试表
version: 1
max_points: 20
sections:
  - title: 第一组
    items:
      - code: T01
        text: 条目一
        points: 10
        guide: 一处扣1分
        per_occurrence: 1
      - code: T02
        text: 条目二
        points: 10
        veto: true
"""


def test_the_five_shipped_checklists_load_and_each_totals_100() -> None:
    definitions = {d.code: d for d in read_checklist_folder(resources_dir() / "checklists")}
    assert set(definitions) == set(DEFAULT_CHECKLIST_CODES)
    for definition in definitions.values():
        assert definition.total_points == definition.max_points == Decimal(100)
        assert len(definition.items) >= 8
        assert all(item.guide for item in definition.items)
    assert any(item.veto for item in definitions["SERVICE"].items)
    assert any(item.veto for item in definitions["BASIC_CARE"].items)


def test_a_valid_file_keeps_decimal_points_exact() -> None:
    definition = parse_checklist(
        GOOD.replace("points: 10\n        guide", "points: 9.9\n        guide").replace(
            "max_points: 20", "max_points: 19.9"
        ),
        "t.yaml",
    )
    assert definition.items[0].points == Decimal("9.9")
    assert definition.items[1].veto


@pytest.mark.parametrize(
    ("text", "line", "reason_en"),
    [
        ("code: [\n", 2, "not valid YAML"),
        (GOOD.replace("name: 测试表\n", ""), 1, "the field name is missing"),
        (
            GOOD.replace("points: 10\n        guide", "points: 十分\n        guide"),
            10,
            "points must be a number",
        ),
        (GOOD.replace("code: T02", "code: T01"), 13, "item code T01 is used more than once"),
        (GOOD.replace("max_points: 20", "max_points: 100"), 4, "add up to 20 points"),
        (GOOD.replace("veto: true", "veto: 是"), 16, "veto must be true or false"),
        (
            GOOD.replace("points: 10\n        veto", "points: 0\n        veto").replace(
                "max_points: 20", "max_points: 10"
            ),
            13,
            "greater than 0",
        ),
        (
            GOOD.replace("        per_occurrence: 1\n", "        colour: red\n"),
            12,
            "unknown field colour",
        ),
        (GOOD.replace("name: 测试表", "name: " + "测" * 101), 2, "at most 100 characters"),
        (GOOD.replace("code: T02", "code: T" + "0" * 30), 13, "at most 30 characters"),
        (GOOD.replace("text: 条目二", "text: " + "条" * 1001), 14, "at most 1000 characters"),
        (GOOD.replace("title: 第一组", "title: 第\x01组"), 6, "control character (U+0001)"),
        (GOOD.replace("text: 条目二", "text: 条目\ufffe二"), 14, "control character (U+FFFE)"),
    ],
)
def test_a_broken_file_is_refused_with_file_line_and_reason(
    text: str, line: int, reason_en: str
) -> None:
    with pytest.raises(ChecklistFileError) as refused:
        parse_checklist(text, "WARD_ENV.yaml")
    assert refused.value.params["file"] == "WARD_ENV.yaml"
    assert refused.value.params["line"] == line
    assert reason_en in str(refused.value)


def test_the_refusal_reads_in_chinese(chinese: None) -> None:
    with pytest.raises(ChecklistFileError) as refused:
        parse_checklist(GOOD.replace("max_points: 20", "max_points: 100"), "WARD_ENV.yaml")
    assert error_text(refused.value) == (
        "检查表文件 WARD_ENV.yaml 第 4 行：条目分值合计 20 分，与检查表总分 max_points 100 不符"
    )


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "BAD.yaml"
    path.write_bytes(b"\xff\xfe\x00broken")
    with pytest.raises(ChecklistFileError):
        read_checklist_file(path)
