"""``nursingqc ranking --campaign ID -o FILE.xlsx [--pdf FILE.pdf]`` (rules §12): a real process."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import open_services
from tests.cli.command import nursingqc
from tests.months import build_month


def evaluated_hospital(path: Path) -> int:
    services = open_services(f"sqlite:///{path}")
    try:
        month = build_month(services, wards=3)
        month.put_all("W01", WARD_ENV="2")
        month.put_all("W02")
        month.put_all("W02", PhaseKind.SELF_CHECK)
        entries = month.entries("WARD_ENV", {"1": "1"})
        entries["WE01"] = dataclasses.replace(entries["WE01"], problem="=1+2")
        month.put("W03", "WARD_ENV", entries)
        return month.campaign.id
    finally:
        services.close()


def test_ranking_writes_the_workbook_and_the_pdf(tmp_path: Path) -> None:
    db = tmp_path / "hospital.sqlite3"
    campaign = evaluated_hospital(db)
    xlsx, pdf = tmp_path / "排名.xlsx", tmp_path / "排名.pdf"
    done = nursingqc(
        tmp_path,
        "--db",
        str(db),
        "ranking",
        "--campaign",
        str(campaign),
        "-o",
        str(xlsx),
        "--pdf",
        str(pdf),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"排名已写入（3 个病区）：{xlsx}",
        f"排名 PDF 已写入（1 页）：{pdf}",
    ]
    sheet = load_workbook(xlsx)["排名"]
    assert [cell.value for cell in sheet[2]][:4] == ["名次", "病区编码", "病区名称", "病房环境"]
    assert [
        (line[0].value, line[1].value, line[-1].value) for line in sheet.iter_rows(min_row=3)
    ] == [
        (1, "W02", "示范病房"),
        (2, "W01", "示范病房"),
        (None, "W03", "未完成"),
    ]
    details = load_workbook(xlsx)["明细"]
    problems = [line[12] for line in details.iter_rows(min_row=2) if line[12].value]
    assert [(cell.value, cell.data_type) for cell in problems] == [("发现问题", "s"), ("=1+2", "s")]
    assert "W02病区" in PdfReader(pdf).pages[0].extract_text()


def test_an_unknown_campaign_is_refused_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "hospital.sqlite3"
    evaluated_hospital(db)
    xlsx = tmp_path / "排名.xlsx"
    refused = nursingqc(tmp_path, "--db", str(db), "ranking", "--campaign", "99", "-o", str(xlsx))
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == ["错误：没有编号为 99 的活动。"]
    assert not xlsx.exists()
    english = nursingqc(
        tmp_path, "--db", str(db), "--lang", "en", "ranking", "--campaign", "99", "-o", str(xlsx)
    )
    assert english.stderr.strip() == "Error: There is no campaign 99."
