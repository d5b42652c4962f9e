"""A part that cannot be laid out is left out, named, and never stops the other parts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table

from nursingqc.domain.errors import ValidationError
from nursingqc.reports.pdf.layout import (
    MARGIN,
    MAX_ROW_HEIGHT,
    MSG_CANNOT_LAY_OUT,
    PAGE_HEIGHT,
    Block,
    KeptWithStart,
    Line,
    Part,
    Written,
    make_styles,
    plain_cells,
    row_pieces,
    ward_cell,
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


def headed_table(room_after_heading: float, kept: type[Block]) -> list[Flowable]:
    """A page filled but for the heading's height and ``room_after_heading``, then the
    heading with a table of 60 rows (taller than a page)."""
    styles = make_styles()
    heading = Line("五、病区排名", styles.heading)
    rows = [["名次", "病区"]] + [[str(n), f"第{n}病区"] for n in range(1, 61)]
    # The frame's height less its padding; the heading's spaceBefore is dropped at a page top.
    frame = PAGE_HEIGHT - 2 * MARGIN - 12
    filler = frame - styles.heading.leading - styles.heading.spaceAfter - room_after_heading
    table = LongTable(rows, repeatRows=1)
    table.setStyle(plain_cells())
    return [Spacer(10, filler), kept([heading, table])]


@pytest.mark.parametrize("room", [0.0, 12.0, 30.0, 40.0, 80.0])
def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path: Path, room: float) -> None:
    """A Block flows as its parts when what it keeps is taller than a page, so the heading
    stayed at the foot when not even the table's first row fitted under it; KeptWithStart
    moves it on with the table, or keeps it with as many rows as fit."""
    path = tmp_path / "heading.pdf"
    write_parts([Part("表", lambda: headed_table(room, KeptWithStart))], path, title="表")
    first, second, *_ = (text.replace(" ", "") for text in page_texts(path))
    if "五、病区排名" in first:
        assert "名次\n病区\n1\n第1病区" in first
    else:
        assert second.startswith("五、病区排名\n名次\n病区\n1\n第1病区")
    assert "第60病区" in "".join(page_texts(path))


def test_a_block_kept_whole_left_the_heading_alone_where_the_table_could_not_start(
    tmp_path: Path,
) -> None:
    """What the test above guards against, shown on the plain Block: 12 points were room for
    the heading but not for the table's header and first row."""
    path = tmp_path / "heading.pdf"
    write_parts([Part("表", lambda: headed_table(12.0, Block))], path, title="表")
    first = page_texts(path)[0]
    assert "五、病区排名" in first and "第1病区" not in first


@pytest.mark.parametrize("over_the_frame", [0.5, 6.0])
def test_a_block_a_little_taller_than_the_frame_flows_as_its_parts(
    tmp_path: Path, over_the_frame: float
) -> None:
    """A notice's row block of 739.8 pt (a long cause, 3,000 wards) is taller than the frame's
    727.8 inside its padding but not than the page less its margins (739.8): it was sent on to
    the next page, fitted there neither, and the notice was not written."""
    styles = make_styles()
    frame = PAGE_HEIGHT - 2 * MARGIN - 12
    lines = [Line(f"第{n}行", styles.body) for n in range(1, 4)]
    filler = frame + over_the_frame - sum(line.wrap(400, frame)[1] for line in lines)
    path = tmp_path / "block.pdf"

    written = write_parts(
        [Part("整改通知单", lambda: [Block([Spacer(10, filler), *lines])])], path, title="表"
    )

    assert written is not None and written.failed == ()
    assert "第3行" in "".join(page_texts(path))


def test_a_wards_code_is_never_broken_across_lines_whatever_the_columns_width() -> None:
    styles = make_styles()
    for name in ("普通外科一病区", "心血管内科（冠心病监护室）一病区", "心血管内科1病区" * 3):
        for width in range(50, 260, 3):
            kept = ward_cell(name, "NK0001", styles.cell, width)
            lines = kept.split("\n") if isinstance(kept, str) else kept.text.split("<br/>")
            assert "".join(lines) == f"{name}（NK0001）"
            assert lines[-1].endswith("（NK0001）"), (name, width, lines)
