"""初始密码条: eight slips to an A4 page, each inside its cut lines with every word it needs."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from nursingqc.reports.pdf.password_slips import (
    CHANGE_AT_FIRST_LOG_IN,
    COLUMNS,
    ROWS,
    SLIP_HEIGHT,
    SLIP_WIDTH,
    write_password_slips,
)
from nursingqc.services.passwords import first_password
from nursingqc.services.ward_import import FirstPassword
from tests.reports.pdf_checks import embeds_its_file, fonts, is_composite

HOSPITAL = "测试市第一人民医院（三级甲等）"


def accounts(count: int) -> list[FirstPassword]:
    made = [
        FirstPassword(
            f"NK{n:02d}", f"心血管内科{n}病区", f"nk{n:02d}", f"护士长{n}", first_password()
        )
        for n in range(1, count + 1)
    ]
    # At their length limits: a ward's name of 100 characters, a head nurse's of 50.
    made[2] = FirstPassword(
        "ZK-LONG-CODE-0000003", "肿瘤" * 50, "zk-long-code-0000003", "欧阳" * 25, first_password()
    )
    return made


def slip_texts(path: Path) -> list[list[str]]:
    """Each page's slips, row by row, as the text inside each slip's cut lines."""
    document = pypdfium2.PdfDocument(path)
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            height = page.get_height()
            pages.append(
                [
                    text.get_text_bounded(
                        left=column * SLIP_WIDTH,
                        bottom=height - (row + 1) * SLIP_HEIGHT,
                        right=(column + 1) * SLIP_WIDTH,
                        top=height - row * SLIP_HEIGHT,
                    )
                    for row in range(ROWS)
                    for column in range(COLUMNS)
                ]
            )
        return pages
    finally:
        document.close()


def test_each_slip_is_inside_its_cut_lines_with_every_word(tmp_path: Path) -> None:
    path = tmp_path / "slips.pdf"
    made = accounts(10)
    assert write_password_slips(HOSPITAL, made, path).pages == 2
    pages = slip_texts(path)
    slips = [slip for page in pages for slip in page][: len(made)]
    for slip, account in zip(slips, made, strict=True):
        flat = "".join(slip.split())
        for words in (
            HOSPITAL,
            account.ward_code,
            account.username,
            account.password,
            account.display_name,
            CHANGE_AT_FIRST_LOG_IN,
        ):
            assert words in flat, (words, slip)
        others = [a.password for a in made if a is not account]
        assert not any(password in flat for password in others)
    assert "".join(slips[2].split()).count("肿瘤") == 50
    # The second page has two slips; the rest of it is empty.
    assert all(not slip.strip() for slip in pages[1][2:])


def test_the_chinese_font_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "slips.pdf"
    write_password_slips(HOSPITAL, accounts(3), path)
    used = fonts(path)
    assert used and all(embeds_its_file(f) for f in used if not is_composite(f))
