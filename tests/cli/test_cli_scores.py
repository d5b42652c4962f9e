"""``scores template`` and ``scores import`` as a user runs them: real processes, exit codes,
one stderr line per problem, nothing changed on a refusal, nothing added the second time."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import open_services
from tests.cli.test_check_backup import nursingqc
from tests.helpers import TODAY, build_hospital
from tests.services.test_score_import import database_state

DAY = TODAY - timedelta(days=1)


def hospital_database(folder: Path) -> tuple[Path, int]:
    """Two wards, a campaign whose self-check and evaluation are both open; its id."""
    folder.mkdir()
    path = folder / "hospital.sqlite3"
    services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
    hospital = build_hospital(services)
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    services.close()
    return path, hospital.campaign.id


def state(path: Path) -> dict[str, object]:
    services = open_services(f"sqlite:///{path}")
    try:
        return database_state(services)
    finally:
        services.close()


def fill_ward_env(path: Path, ward: str, changes: dict[str, dict[str, object]]) -> None:
    """The ward's WARD_ENV rows filled in as an inspector does in Excel."""
    book = load_workbook(path)
    sheet = book["评分"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in header}
    for row in range(2, sheet.max_row + 1):
        if (sheet.cell(row, 1).value, sheet.cell(row, 3).value) != (ward, "WARD_ENV"):
            continue
        sheet.cell(row, column["检查人"]).value = "质控组 赵静"
        sheet.cell(row, column["检查日期"]).value = DAY
        for name, value in changes.get(str(sheet.cell(row, 4).value), {}).items():
            sheet.cell(row, column[name]).value = value
    book.save(path)


def test_template_then_import_then_the_same_file_again(tmp_path: Path) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    sheet = tmp_path / "评比.xlsx"
    args = ["--db", str(db), "--lang", "en", "scores"]
    made = nursingqc(
        tmp_path,
        *args,
        "template",
        "--campaign",
        str(campaign),
        "--phase",
        "评比",
        "-o",
        str(sheet),
    )
    assert (made.returncode, made.stderr) == (0, "")
    assert made.stdout.strip() == f"Template written: {sheet} (98 rows, 评比)"
    fill_ward_env(sheet, "NK01", {"WE03": {"扣分": 0.5, "问题描述": "床头柜积灰"}})

    first = nursingqc(tmp_path, *args, "import", str(sheet), "--campaign", str(campaign))
    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout.splitlines() == [
        "Scores imported: 1 inspection(s) added and submitted, 0 already there, "
        "88 empty template row(s) skipped.",
        f"  row 2: NK01 心血管内科 病房环境 评比 质控组 赵静 {DAY}, score 99.50",
    ]
    after_first = state(db)
    again = nursingqc(tmp_path, *args, "import", str(sheet), "--campaign", str(campaign))
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == (
        "Scores imported: 0 inspection(s) added and submitted, 1 already there, "
        "88 empty template row(s) skipped."
    )
    assert state(db) == after_first


def test_a_file_with_bad_rows_lists_each_on_stderr_exits_1_and_changes_nothing(
    tmp_path: Path,
) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    sheet = tmp_path / "评比.xlsx"
    made = nursingqc(
        tmp_path,
        "--db",
        str(db),
        "scores",
        "template",
        "--campaign",
        str(campaign),
        "--phase",
        "评比",
        "-o",
        str(sheet),
    )
    assert made.returncode == 0
    fill_ward_env(
        sheet,
        "NK01",
        {
            "WE01": {"扣分": 16},
            "WE02": {"扣分": "两分", "问题描述": "异味"},
            "WE04": {"否决": "是"},
        },
    )
    before = state(db)
    result = nursingqc(
        tmp_path, "--db", str(db), "scores", "import", str(sheet), "--campaign", str(campaign)
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "错误：文件未导入：发现 3 处问题，数据未作任何改动。",
        "  工作表“评分”第 2 行“扣分”列：条目 WE01：扣分 16 超过本条分值 15 分（扣完为止）。",
        "  工作表“评分”第 3 行“扣分”列：“两分”不是数字；请填写扣除的分数，如 0.5；"
        "不扣分可留空（按 0 分）",
        "  工作表“评分”第 5 行“否决”列：条目 WE04 不是一票否决项，不能标记否决。",
    ]
    assert state(db) == before


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line(tmp_path: Path) -> None:
    db, campaign = hospital_database(tmp_path / "data")
    text = tmp_path / "scores.xlsx"
    text.write_text("病区编码,扣分\n", encoding="utf-8")
    result = nursingqc(
        tmp_path,
        "--db",
        str(db),
        "--lang",
        "en",
        "scores",
        "import",
        str(text),
        "--campaign",
        str(campaign),
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: scores.xlsx holds plain text (for example CSV), not an Excel workbook. Open it "
        "in Excel and save it as an Excel workbook (.xlsx)."
    )
