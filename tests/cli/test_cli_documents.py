"""``notices`` and ``checklists pdf`` as a user runs them: real processes, PDFs read back."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from nursingqc.cli.main import main
from nursingqc.domain.accounts import Actor
from nursingqc.domain.notices import NoticeData
from nursingqc.services.container import Services
from nursingqc.services.notices import NoticeService
from tests.cli.command import nursingqc
from tests.helpers import TODAY, Hospital, submit_with_problems
from tests.reports.pdf_checks import break_notice_of, page_texts


def flat(text: str) -> str:
    """Extracted text without the spaces and line breaks pypdf puts between glyph runs."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return flat("".join(page_texts(path)))


@pytest.fixture
def db(services: Services, hospital: Hospital, db_url: str) -> str:
    """The built hospital's database as a URL, which ``--db`` takes as well as a file name."""
    return db_url


def run(tmp_path: Path, db: str, *args: str) -> tuple[int, str, str]:
    result = nursingqc(tmp_path, "--db", db, *args)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def test_notices_cover_every_ward_with_open_items_with_problems_and_deadline(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    submit_with_problems(services, hospital)  # 心血管内科: 2 problems; 普通外科: none
    out = tmp_path / "七月整改通知单.pdf"
    code, stdout, stderr = run(
        tmp_path, db, "notices", "--campaign", str(hospital.campaign.id), "-o", str(out)
    )
    pages = len(page_texts(out))
    assert (code, stderr) == (0, "")
    assert stdout == f"已写入 1 份整改通知单，共 {pages} 页：{out}"
    text = pdf_text(out)
    for expected in ("整改通知单", "心血管内科（NK01）", "12床病室有异味", "床帘脱钩"):
        assert expected in text
    deadline = TODAY + timedelta(days=7)
    assert f"整改期限：{deadline.year}年{deadline.month}月{deadline.day}日前完成" in text
    assert "普通外科" not in text


def test_a_named_ward_without_problems_gets_a_no_rectification_notice(
    hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "wk01.pdf"
    code, stdout, _ = run(
        tmp_path, db, "notices", "--campaign", str(hospital.campaign.id), "--ward", "WK01",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0 and stdout.startswith("已写入 1 份整改通知单")
    text = pdf_text(out)
    assert "普通外科（WK01）" in text and "无需整改" in text


def test_no_ward_with_open_items_exits_1_and_writes_no_file(
    hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    campaign = hospital.campaign.id
    code, stdout, stderr = run(tmp_path, db, "notices", "--campaign", str(campaign), "-o", str(out))
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"错误：活动 {campaign} 中没有病区还有未完成的整改项，因此没有写入通知单。"
        "如仍要打印某个病区的通知单，请加上 --ward 和该病区的编码。"
    )
    assert not out.exists()


def test_an_unknown_ward_exits_1_in_chinese_and_keeps_the_older_file(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    submit_with_problems(services, hospital)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "notice.pdf"
    out.write_bytes(b"older file")
    code, _, stderr = run(
        tmp_path, db, "notices", "--campaign", str(hospital.campaign.id), "--ward", "XX09",
        "-o", str(out),
    )  # fmt: skip
    assert (code, stderr) == (1, "错误：本次活动没有病区 XX09。")
    assert list(folder.iterdir()) == [out] and out.read_bytes() == b"older file"


def test_a_folder_that_does_not_exist_is_refused_on_one_line(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    submit_with_problems(services, hospital)
    out = tmp_path / "拔掉的U盘" / "notice.pdf"
    code, _, stderr = run(
        tmp_path, db, "notices", "--campaign", str(hospital.campaign.id), "-o", str(out)
    )
    assert code == 1
    assert stderr.startswith(f"错误：无法写入文件 {out}（") and "\n" not in stderr
    assert not out.parent.exists()


def test_blank_checklists_without_a_campaign_are_the_current_ones_with_the_ward_blank(
    services: Services, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "blank.pdf"
    code, stdout, stderr = run(tmp_path, db, "checklists", "pdf", "-o", str(out))
    current = services.checklists.current_checklists()
    assert (code, stderr) == (0, "")
    assert stdout == f"已写入 {len(current)} 张空白检查表，共 {len(page_texts(out))} 页：{out}"
    text = pdf_text(out)
    for checklist in current:
        assert f"{checklist.name}检查表" in text
    assert "病区：________________" in text and "测试市人民医院" in text
    assert "NK01" not in text


def test_blank_checklists_of_a_campaign_for_one_ward_and_one_checklist(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "nk01.pdf"
    code, stdout, _ = run(
        tmp_path, db, "checklists", "pdf", "--campaign", str(hospital.campaign.id),
        "--checklist", "ward_env", "--ward", "NK01", "-o", str(out),
    )  # fmt: skip
    assert code == 0 and stdout.startswith("已写入 1 张空白检查表")
    definition = services.checklists.definition(hospital.key().checklist_id)
    text = pdf_text(out)
    assert "病区：心血管内科（NK01）检查日期：_______年____月____日" in text
    assert f"{definition.name}检查表" in text
    assert flat(definition.items[0].text) in text


def test_blank_checklists_of_a_campaign_give_every_ward_every_checklist(
    hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "all.pdf"
    code, stdout, _ = run(
        tmp_path, db, "checklists", "pdf", "--campaign", str(hospital.campaign.id), "-o", str(out)
    )
    sheets = 2 * len(hospital.campaign.checklists)
    assert code == 0 and stdout.startswith(f"已写入 {sheets} 张空白检查表")
    texts = [flat(text) for text in page_texts(out)]
    for ward in ("心血管内科（NK01）", "普通外科（WK01）"):
        assert sum(text.startswith("测试市人民医院") and ward in text for text in texts) == len(
            hospital.campaign.checklists
        )


def test_an_unknown_checklist_code_exits_1_naming_the_codes(
    hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = run(tmp_path, db, "checklists", "pdf", "--checklist", "NOPE", "-o", str(out))
    assert code == 1
    assert stderr.startswith("错误：这里没有检查表 NOPE。请从以下编码中选择：WARD_ENV, ")
    assert not out.exists()


def test_a_ward_whose_notice_cannot_be_laid_out_is_named_and_the_others_are_written(
    services: Services,
    hospital: Hospital,
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One ward's notice failing used to stop the notices of every ward."""
    submit_with_problems(services, hospital)  # 心血管内科 has items; 普通外科 is added below
    every_ward = NoticeService.notices

    def two_wards(
        self: NoticeService, actor: Actor, campaign: int, ward: str | None = None
    ) -> list[NoticeData]:
        return [*every_ward(self, actor, campaign), *every_ward(self, actor, campaign, "WK01")]

    monkeypatch.setattr(NoticeService, "notices", two_wards)
    break_notice_of(monkeypatch, "NK01")
    out = tmp_path / "整改通知单.pdf"

    code = main(["--db", db, "notices", "--campaign", str(hospital.campaign.id), "-o", str(out)])

    output = capsys.readouterr()
    assert code == 1
    assert "心血管内科（NK01）" in output.err and "无法排版" in output.err
    assert output.out.startswith("已写入 2 份整改通知单")
    text = pdf_text(out)
    assert "心血管内科（NK01）：这一部分无法排版，已略去" in text
    assert "普通外科（WK01）" in text and "无需整改" in text
