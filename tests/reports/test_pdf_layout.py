"""A part that cannot be laid out is left out, named, and never stops the other parts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from nursingqc.domain.errors import ValidationError
from nursingqc.reports.pdf.layout import (
    MAX_ROW_HEIGHT,
    MSG_CANNOT_LAY_OUT,
    Part,
    Written,
    make_styles,
    row_pieces,
    write_parts,
)
from tests.reports.pdf_checks import page_texts


def words(value: str) -> list[Flowable]:
    return [Paragraph(value, make_styles().body)]


def taller_than_a_page() -> list[Flowable]:
    return [Spacer(10, 2000)]  # a Spacer never splits


def failing() -> list[Flowable]:
    raise KeyError("a ward's data the notice did not expect")


def test_a_part_too_tall_for_a_page_is_left_out_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "parts.pdf"
    parts = [
        Part("甲病区", lambda: words("甲病区的通知")),
        Part("乙病区", taller_than_a_page),
        Part("丙病区", failing),
        Part("丁病区", lambda: words("丁病区的通知")),
    ]

    with caplog.at_level(logging.ERROR):
        written = write_parts(parts, path, title="整改通知单")

    assert written == Written(pages=4, failed=("乙病区", "丙病区"))
    texts = page_texts(path)
    assert "甲病区的通知" in texts[0] and "丁病区的通知" in texts[3]
    assert "乙病区：这一部分无法排版，已略去" in texts[1].replace("\n", "")
    assert "丙病区：这一部分无法排版，已略去" in texts[2].replace("\n", "")
    assert "KeyError" in caplog.text and "乙病区" in caplog.text


def test_a_document_of_which_nothing_lays_out_is_refused_and_not_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "summary.pdf"
    with pytest.raises(ValidationError) as refused:
        write_parts([Part("总结报告", taller_than_a_page)], path, title="总结报告")
    assert refused.value.template == MSG_CANNOT_LAY_OUT
    assert refused.value.params["parts"] == "总结报告"
    assert not path.exists()


def test_a_long_cell_goes_on_in_rows_none_taller_than_the_limit(tmp_path: Path) -> None:
    styles = make_styles()
    long_cell = Paragraph("床头柜积灰，治疗车下层物品杂乱。" * 400 + "（完）", styles.cell)
    widths = [30.0, 300.0]

    rows = row_pieces(["1", long_cell], widths)

    assert len(rows) > 3
    assert rows[0][0] == "1" and all(row[0] == "" for row in rows[1:])
    for _, piece in rows:
        assert isinstance(piece, Flowable)
        _, height = piece.wrap(widths[1] - 12, MAX_ROW_HEIGHT)
        assert height <= MAX_ROW_HEIGHT
    path = tmp_path / "table.pdf"
    write_parts([Part("表", lambda: [Table(rows, colWidths=widths)])], path, title="表")
    text = "".join(page_texts(path)).replace("\n", "")
    assert text.count("杂乱") == 400 and "（完）" in text
