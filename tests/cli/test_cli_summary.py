"""``summary`` and ``certificates`` as a user runs them: real processes, files read back."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nursingqc.services.container import Services
from nursingqc.services.summary import SummaryText
from tests.cli.command import nursingqc
from tests.helpers import Hospital
from tests.months import run_month
from tests.reports.pdf_checks import page_texts


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def db(services: Services, hospital: Hospital, db_url: str) -> str:
    """The built hospital's database as a URL, which ``--db`` takes as well as a file name."""
    return db_url


def run(tmp_path: Path, db: str, *args: str) -> tuple[int, str, str]:
    result = nursingqc(tmp_path, "--db", db, *args)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def test_summary_writes_the_report_and_the_workbook(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    run_month(services, hospital)
    pdf, xlsx = tmp_path / "七月总结.pdf", tmp_path / "七月总结.xlsx"
    code, stdout, stderr = run(
        tmp_path,
        db,
        "summary",
        "--campaign",
        str(hospital.campaign.id),
        "-o",
        str(pdf),
        "--xlsx",
        str(xlsx),
    )
    pages = len(page_texts(pdf))
    assert (code, stderr) == (0, "")
    assert stdout.splitlines() == [
        f"总结报告已写入，共 {pages} 页：{pdf}",
        f"总结工作簿已写入：{xlsx}",
    ]
    assert "十一、总结与下一步PDCA计划" in flat("".join(page_texts(pdf)))
    with zipfile.ZipFile(xlsx) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())


def test_summary_prints_the_text_as_last_saved_even_a_draft(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    """The page autosaves what the department types; the command prints it, like the page."""
    run_month(services, hospital)
    campaign = hospital.campaign.id
    final = services.summary.save_text(
        hospital.admin, campaign, SummaryText("人：培训不足", "总体良好", "专项培训")
    )
    services.summary.save_draft(
        hospital.admin, campaign, replace(final, conclusions="本月仍需改进")
    )
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"

    code, _, stderr = run(
        tmp_path, db, "summary", "--campaign", str(campaign), "-o", str(pdf), "--xlsx", str(xlsx)
    )

    assert (code, stderr) == (0, "")
    printed = flat("".join(page_texts(pdf)))
    assert "本月仍需改进" in printed and "总体良好" not in printed
    assert "护理部尚未填写" not in printed
    words = {row[0]: row[1] for row in load_workbook(xlsx)["总结"].iter_rows(values_only=True)}
    assert words["总结"] == "本月仍需改进" and words["原因分析"] == "人：培训不足"


def test_certificates_one_page_per_honour_and_a_clear_refusal_without_any(
    services: Services, hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "奖状.pdf"
    campaign = str(hospital.campaign.id)
    code, stdout, stderr = run(tmp_path, db, "certificates", "--campaign", campaign, "-o", str(out))
    assert (code, stdout) == (1, "")
    assert "没有示范病房" in stderr and not out.exists()

    run_month(services, hospital)
    code, stdout, stderr = run(tmp_path, db, "certificates", "--campaign", campaign, "-o", str(out))
    assert (code, stderr, stdout) == (0, "", f"已写入 2 张奖状：{out}")
    model_ward, nurse = (flat(text) for text in page_texts(out))
    assert "心血管内科：" in model_ward and "王丽娟" in nurse


def test_an_unknown_campaign_is_refused_in_english_on_one_line(
    hospital: Hospital, db: str, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    code, stdout, stderr = run(
        tmp_path, db, "--lang", "en", "summary", "--campaign", "999", "-o", str(out)
    )
    assert (code, stdout, stderr) == (1, "", "Error: There is no campaign 999.")
    assert not out.exists()
