"""The rectification notice (整改通知单) PDF, read back with pypdf and rendered with pypdfium2."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from nursingqc.domain.errors import ValidationError
from nursingqc.domain.notices import NoticeData, NoticeProblem, NoticeRecheck
from nursingqc.domain.workflow import PhaseKind
from nursingqc.i18n import error_text
from nursingqc.reports import files
from nursingqc.reports.pdf import layout
from nursingqc.reports.pdf import notice as notice_module
from nursingqc.reports.pdf.fonts import FONT_NAME, SUBSTITUTES, drawable_characters, printable
from nursingqc.reports.pdf.joined import join_pdfs
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.notice import (
    write_notices,
)
from tests.helpers import Steps
from tests.reports.pdf_checks import (
    drawn_glyph_codes,
    embeds_its_file,
    fonts,
    is_composite,
    overlapping_characters,
    page_pixel_variance,
    page_texts,
    random_text,
)


def problem(number: int, text: str = "3床床头柜积灰，治疗车下层物品杂乱") -> NoticeProblem:
    return NoticeProblem(
        checklist="病房环境",
        item_code=f"WE{number:02d}",
        item_text="室内设施无尘、完好；地面清洁无水渍",
        deduction=Decimal("0.5"),
        problem=f"{text}（第{number}处）",
    )


def notice(ward_code: str = "NK01", ward_name: str = "心血管内科", **changes: object) -> NoticeData:
    data = NoticeData(
        hospital="某某市第一人民医院",
        number=f"ZG-2026-07-{ward_code}",
        ward_code=ward_code,
        ward_name=ward_name,
        issued_on=date(2026, 7, 6),
        deadline=date(2026, 7, 13),
        inspection_dates=(date(2026, 7, 2), date(2026, 7, 3)),
        inspectors=("王芳", "李娜"),
        head_nurse="张丽",
        problems=(
            NoticeProblem("治疗室", "TR05", "无菌物品按有效期排列", Decimal("2"), "2包纱布过期"),
            NoticeProblem(
                "服务态度", "SV02", "主动介绍住院须知", Decimal("0"), "未告知", veto_failed=True
            ),
            NoticeProblem("基础护理", "BC05", "体温单记录规范", Decimal("1.5"), "体温38.5℃未复测"),
        ),
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    """Extracted text without the spaces and line breaks pypdf puts between glyph runs."""
    return re.sub(r"\s+", "", text)


def test_the_notice_holds_hospital_ward_problems_and_deadline(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    assert write_notices([notice()], path) == Written(2)
    text = flat("".join(page_texts(path)))
    for expected in (
        "某某市第一人民医院",
        "整改通知单",
        "ZG-2026-07-NK01",
        "心血管内科（NK01）",
        "2026年7月2日、2026年7月3日",
        "王芳、李娜",
        "TR05无菌物品按有效期排列",
        "2包纱布过期",
        "一票否决",
        "整改期限：2026年7月13日前完成",
        "合计扣分3.5",
        "护士长（签名）",
        "三、病区整改反馈",
        "四、复查情况",
        "五、护理部意见",
        "第1页共2页",
        "第2页共2页",
    ):
        assert expected in text, expected


def test_a_character_the_font_cannot_draw_is_substituted(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice()], path)
    text = flat(page_texts(path)[0])
    assert "体温38.5°C未复测" in text
    assert "℃" not in text


def test_the_wards_filled_reply_recheck_and_opinion_are_printed(tmp_path: Path) -> None:
    replied = dataclasses.replace(
        problem(1), cause="交接班未核查", measure="每日专人核查", done_on=date(2026, 7, 9)
    )
    path = tmp_path / "notice.pdf"
    write_notices(
        [
            notice(
                problems=(replied, problem(2)),
                recheck=NoticeRecheck("李娜", date(2026, 7, 14), "复查通过"),
                opinion="整改到位，予以通过。",
            )
        ],
        path,
    )
    text = flat("".join(page_texts(path)))
    for expected in (
        "1.交接班未核查",
        "1.每日专人核查",
        "1.2026年7月9日护士长（签名）",
        "李娜复查日期：2026年7月14日",
        "复查通过",
        "整改到位，予以通过。",
    ):
        assert expected in text, expected


def test_each_row_names_its_round_and_inspector_and_the_notice_its_source(
    tmp_path: Path,
) -> None:
    checkers = ("质控组 李敏", "质控组 赵静")
    problems = tuple(
        dataclasses.replace(problem(n), source=PhaseKind.EVALUATION, checker=checker)
        for n, checker in enumerate(checkers, start=1)
    )
    path = tmp_path / "notice.pdf"
    write_notices(
        [
            notice(
                problems=problems,
                source=PhaseKind.EVALUATION,
                inspectors=checkers,
            ),
            notice(
                problems=(
                    dataclasses.replace(problem(3), source=PhaseKind.SELF_CHECK, checker="张丽"),
                ),
                source=PhaseKind.SELF_CHECK,
                inspectors=("张丽",),
            ),
        ],
        path,
    )
    department, ward = (flat(text) for text in page_texts(path)[::2])
    assert "问题来源：护理部评比检查" in department
    assert "序号检查表检查条目扣分来源存在问题" in department
    assert "0.5评比质控组李敏3床床头柜积灰" in department
    assert "0.5评比质控组赵静3床床头柜积灰" in department
    assert "问题来源：病区自查" in ward and "0.5自查张丽3床" in ward


def test_a_long_ward_name_in_the_footer_is_shortened_before_the_page_number(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notice.pdf"
    long_name = "心血管内科1病区（心脏介入治疗与冠心病监护中心联合病区）" * 2
    write_notices([notice(ward_name=long_name)], path)
    footer = flat(page_texts(path)[0]).rsplit("第1页共2页", 1)[1]  # drawn after the number
    assert overlapping_characters(path, 0, below=40) == []
    assert footer.startswith("整改通知单ZG-2026-07-NK01·心血管内科1病区") and footer.endswith("…")


def test_user_text_with_markup_characters_is_printed_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice(problems=(problem(1, text="<b>未处理</b> & 混放"),))], path)
    assert "<b>未处理</b>&混放" in flat(page_texts(path)[0])


def test_every_font_is_embedded_and_none_is_a_base14_or_unembedded_cjk_font(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice()], path)
    used = fonts(path)
    assert used
    for font in used:
        name = str(font["/BaseFont"])
        assert "STSong" not in name
        if is_composite(font):
            continue
        assert embeds_its_file(font), name
        assert FONT_NAME in name, name  # a subset of the shipped font, e.g. /AAAAAA+WenQuanYi…


def test_page_one_renders_with_ink_on_it(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice()], path)
    assert page_pixel_variance(path) > 100  # a blank page is 0; text and table lines give ~1000


def test_a_long_problem_table_breaks_across_pages_with_the_header_repeated(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notice.pdf"
    written = write_notices([notice(problems=tuple(problem(n) for n in range(1, 61)))], path)
    assert written is not None and written.pages >= 3
    texts = [flat(text) for text in page_texts(path)]
    header = "序号检查表检查条目扣分来源存在问题"
    assert header in texts[0]
    assert header in texts[1]
    assert "（第60处）" in "".join(texts)
    assert f"第2页共{written.pages}页" in texts[1]


def test_many_wards_each_start_on_a_new_page_numbered_per_ward(tmp_path: Path) -> None:
    wards = [notice("NK01", "心血管内科"), notice("WK01", "普通外科"), notice("EK01", "儿科")]
    path = tmp_path / "notices.pdf"
    assert write_notices(wards, path) == Written(6)  # two pages each
    texts = [flat(text) for text in page_texts(path)]
    for first, second, ward in zip(
        texts[0::2],
        texts[1::2],
        ("心血管内科（NK01）", "普通外科（WK01）", "儿科（EK01）"),
        strict=True,
    ):
        assert first.startswith("某某市第一人民医院整改通知单")
        assert ward in first
        assert "第1页共2页" in first
        assert ward in second  # the footer names the ward on its second page too
        assert "第2页共2页" in second
        assert "某某市第一人民医院" not in second


def test_a_ward_with_no_problems_gets_a_notice_saying_nothing_to_rectify(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice(problems=())], path)
    text = flat(page_texts(path)[0])
    assert "未发现需要整改的问题，无需整改" in text
    assert "存在问题" not in text
    assert "病区整改反馈" not in text


def test_a_deadline_before_the_issue_date_is_refused_and_nothing_is_written(
    tmp_path: Path, chinese: None
) -> None:
    path = tmp_path / "notice.pdf"
    with pytest.raises(ValidationError) as refused:
        write_notices([notice(deadline=date(2026, 7, 5))], path)
    assert refused.value.template == notice_module.MSG_DEADLINE_BEFORE_ISSUE
    assert refused.value.params["deadline"] == "2026-07-05"
    assert error_text(refused.value) == (
        "心血管内科（NK01） 的整改通知单的整改期限（2026-07-05）早于下发日期（2026-07-06）。"
        "请选择不早于下发日期的整改期限。"
    )
    assert not path.exists()


def test_cancelling_writes_nothing_and_keeps_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(b"the previous notice")
    calls: list[tuple[int, int]] = []

    def cancel_on_third(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    wards = [notice(f"W{number:02d}") for number in range(5)]
    assert write_notices(wards, path, progress=cancel_on_third) is None
    assert path.read_bytes() == b"the previous notice"
    assert calls == [(1, 10), (2, 10), (3, 10)]
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]  # no temporary file left


def test_progress_runs_to_the_total_and_a_stream_receives_the_pdf() -> None:
    steps = Steps()
    stream = io.BytesIO()
    write_notices([notice("NK01"), notice("WK01")], stream, steps)
    assert steps.seen[-1] == (4, 4)
    assert stream.getvalue().startswith(b"%PDF")


def test_a_file_that_cannot_be_written_gets_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "missing folder" / "notice.pdf"
    with pytest.raises(ValidationError) as refused:
        write_notices([notice()], target)
    assert refused.value.template == files.MSG_CANNOT_WRITE
    assert refused.value.params["file"] == str(target)


def test_every_character_of_a_notice_is_drawn_by_the_font(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    write_notices([notice(problems=tuple(problem(n) for n in range(1, 4)))], path)
    drawn = drawn_glyph_codes()
    text = "".join(page_texts(path))
    assert {c for c in text if ord(c) not in drawn and not c.isspace()} == set()


def test_the_runtime_check_of_drawable_characters_agrees_with_fonttools() -> None:
    assert drawable_characters() == drawn_glyph_codes()


def test_every_substitute_is_drawable_and_unknown_characters_are_marked() -> None:
    drawn = drawn_glyph_codes()
    for original, substitute in SUBSTITUTES.items():
        assert ord(original) not in drawn, original  # a substitute only where needed
        assert all(ord(c) in drawn for c in substitute), substitute
    assert printable("体温37℃\u200b，𠀀") == "体温37°C，□"


ANSWER = "交接班时未检查床头柜，保洁人员培训不到位，"


def answered(number: int, cause: str = ANSWER * 3) -> NoticeProblem:
    return dataclasses.replace(problem(number), cause=cause, measure="加强培训，每班检查。" * 3)


LONG_NOTICES = {
    # One text longer than a page used to stop the notice, and every other ward's with it.
    "a cause of 5,000 characters": notice(problems=(answered(1, ANSWER * 250 + "（原因完）"),)),
    "a problem of 1,000 characters": notice(
        problems=(problem(1, "走廊堆放杂物" * 165 + "（问题完）"),)
    ),
    "32 answered problems": notice(
        problems=(*tuple(answered(n) for n in range(1, 32)), answered(32, ANSWER + "（原因完）"))
    ),
    "300 problems": notice(
        problems=(*tuple(problem(n) for n in range(1, 300)), problem(300, "（问题完）"))
    ),
    "an opinion of 6,000 characters": notice(opinion="请加强管理。" * 1000 + "（意见完）"),
}


@pytest.mark.parametrize("case", LONG_NOTICES)
def test_any_text_and_any_count_flows_over_as_many_pages_as_it_needs(
    tmp_path: Path, case: str
) -> None:
    path = tmp_path / "整改通知单.pdf"
    with path.open("wb") as out:
        written = write_notices([LONG_NOTICES[case]], out)

    assert written is not None and written.pages >= 2 and not written.failed
    text = flat("".join(page_texts(path)))
    assert re.search(r"（(原因|问题|意见)完）", text), "the end of the long text is on no page"


@pytest.mark.parametrize("seed", range(4))
def test_random_long_texts_in_every_field_of_many_wards_lay_out(tmp_path: Path, seed: int) -> None:
    """Every field of a notice at lengths from one line to several pages, with what real texts
    contain (unbreakable runs, line breaks, markup, characters the font lacks)."""
    rng = random.Random(seed)

    def some_text() -> str:
        return random_text(rng, rng.choice((5, 60, 300, 1200)))

    def random_problem(number: int) -> NoticeProblem:
        return NoticeProblem(
            checklist=some_text()[:30],
            item_code=f"WE{number:02d}",
            item_text=some_text(),
            deduction=Decimal(rng.choice(("0", "0.5", "2", "10"))),
            problem=some_text(),
            cause=some_text() if rng.random() < 0.7 else "",
            measure=some_text() if rng.random() < 0.7 else "",
            veto_failed=rng.random() < 0.1,
        )

    notices = [
        notice(
            f"W{ward:03d}",
            some_text()[:60],
            hospital=some_text()[:80],
            head_nurse=some_text()[:20],
            inspectors=tuple(some_text()[:10] for _ in range(rng.randint(0, 30))),
            requirement=some_text(),
            opinion=some_text(),
            problems=tuple(random_problem(n) for n in range(1, rng.choice((1, 4, 30)))),
        )
        for ward in range(4)
    ]
    path = tmp_path / "整改通知单.pdf"

    written = write_notices(notices, path)

    assert written is not None and written.failed == ()
    assert written.pages >= len(notices)
    text = flat("".join(page_texts(path)))
    assert all(f"ZG-2026-07-W{ward:03d}" in text for ward in range(4))


def test_notices_laid_out_in_chunks_are_joined_in_order_numbered_per_ward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two wards to a chunk: five wards are three PDFs joined, as 3,000 wards are 75.
    monkeypatch.setattr(layout, "CHUNK_PARTS", 2)
    codes = [f"W{number:02d}" for number in range(5)]
    read: list[str] = []

    class Streamed:
        """Notices made one at a time, as the service reads them ward by ward."""

        def __len__(self) -> int:
            return len(codes)

        def __iter__(self) -> Iterator[NoticeData]:
            for code in codes:
                read.append(code)
                yield notice(code)

    steps = Steps()
    path = tmp_path / "notices.pdf"
    assert write_notices(Streamed(), path, steps) == Written(10)
    assert read == codes and steps.seen[-1] == (10, 10)
    texts = [flat(text) for text in page_texts(path)]
    for index, code in enumerate(codes):
        assert f"（{code}）" in texts[2 * index] and "第1页共2页" in texts[2 * index]
        assert f"（{code}）" in texts[2 * index + 1] and "第2页共2页" in texts[2 * index + 1]
    metadata = PdfReader(path, strict=True).metadata
    assert metadata is not None and metadata.title == "整改通知单"
    assert page_pixel_variance(path, page=8) > 100  # the last chunk's page draws
    descendants = [font for font in fonts(path) if not is_composite(font)]
    assert len(descendants) == 3 and all(embeds_its_file(font) for font in descendants)
    assert [p.name for p in tmp_path.iterdir()] == ["notices.pdf"]


def test_a_deadline_refused_in_a_later_chunk_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "CHUNK_PARTS", 2)
    path = tmp_path / "notices.pdf"
    path.write_bytes(b"the previous notices")
    wards = [notice("W01"), notice("W02"), notice("W03"), notice(deadline=date(2026, 7, 5))]
    with pytest.raises(ValidationError):
        write_notices(wards, path)
    assert path.read_bytes() == b"the previous notices"
    assert [p.name for p in tmp_path.iterdir()] == ["notices.pdf"]


def test_a_stream_holding_the_bytes_endobj_is_joined_whole(tmp_path: Path) -> None:
    """Streams are binary (no ASCII85): the join skips a stream's data by its length."""
    sources = []
    for number in range(2):
        sources.append(tmp_path / f"{number}.pdf")
        canvas = Canvas(str(sources[-1]), pageCompression=0)  # the text as it is, in the page
        canvas.drawString(72, 720, f"page {number} endobj stream endstream")
        canvas.showPage()
        canvas.save()
    joined = tmp_path / "joined.pdf"
    with joined.open("wb") as out:
        join_pdfs(sources, out)
    texts = [page.extract_text().strip() for page in PdfReader(joined, strict=True).pages]
    assert texts == ["page 0 endobj stream endstream", "page 1 endobj stream endstream"]
