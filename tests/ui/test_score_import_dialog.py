"""The import dialog: a refused file lists every problem with its row, a good one what was added."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.excel.scores_file import write_template
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.score_import import ScoreImportDialog
from tests.helpers import TODAY, Hospital, database_state
from tests.ui.tables import cells, headers


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, hospital: Hospital) -> ScoreImportDialog:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    shown = ScoreImportDialog(None, hospital.admin, services.score_import, hospital.campaign.id)
    qtbot.addWidget(shown)
    return shown


def filled_template(
    services: Services, hospital: Hospital, path: Path, changes: dict[str, dict[str, object]]
) -> Path:
    """The evaluation template with NK01's 病房环境 filled in, ``changes`` by item code."""
    template = services.score_import.template(
        hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION
    )
    write_template(path, template)
    book = load_workbook(path)
    sheet = book["评分"]
    for row in range(2, 12):
        sheet.cell(row, 9).value = "质控组 赵静"
        sheet.cell(row, 10).value = TODAY - timedelta(days=1)
        for column, value in changes.get(str(sheet.cell(row, 4).value), {}).items():
            sheet.cell(row, ["扣分", "不适用", "否决", "问题描述"].index(column) + 11).value = value
    book.save(path)
    return path


def run_import(qtbot: QtBot, dialog: ScoreImportDialog, path: Path) -> None:
    dialog.import_file(path)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.done, timeout=10000):
        pass


def table(dialog: ScoreImportDialog) -> list[list[str]]:
    return cells(dialog.ui.table)


def test_a_refused_file_lists_every_problem_with_sheet_row_column_and_reason(
    qtbot: QtBot,
    dialog: ScoreImportDialog,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    chinese: None,
) -> None:
    path = filled_template(
        services,
        hospital,
        tmp_path / "评比.xlsx",
        {
            "WE01": {"扣分": 16},
            "WE02": {"扣分": "两分", "问题描述": "异味"},
            "WE04": {"否决": "是"},
            "WE06": {"扣分": 2},
            "WE07": {"不适用": "是", "扣分": 1, "问题描述": "陪护坐卧病床"},
        },
    )
    before = database_state(services)
    run_import(qtbot, dialog, path)
    assert database_state(services) == before
    assert dialog.ui.statusLabel.text().startswith("文件未导入：发现 5 处问题，数据未作任何改动。")
    assert headers(dialog.ui.table)[:4] == [
        "工作表",
        "行",
        "列",
        "问题",
    ]
    assert [row[:3] for row in table(dialog)] == [
        ["评分", "2", "扣分"],
        ["评分", "3", "扣分"],
        ["评分", "5", "否决"],
        ["评分", "7", "问题描述"],
        ["评分", "8", "不适用"],
    ]
    assert table(dialog)[0][3] == "条目 WE01：扣分 16 超过本条分值 15 分（扣完为止）。"
    assert dialog.ui.table.isVisible() or not dialog.isVisible()
    assert dialog.ui.againButton.isEnabled()
    screenshot = os.environ.get("NURSINGQC_SCREENSHOT")
    if screenshot:
        dialog.resize(1366, 728)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(screenshot)


def test_a_good_file_is_imported_and_listed_and_a_second_time_adds_nothing(
    qtbot: QtBot,
    dialog: ScoreImportDialog,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    chinese: None,
) -> None:
    path = filled_template(
        services, hospital, tmp_path / "评比.xlsx", {"WE03": {"扣分": 0.5, "问题描述": "积灰"}}
    )
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        run_import(qtbot, dialog, path)
    # rules §2.4: yesterday is before the evaluation week; the sheet is imported with a warning.
    assert dialog.ui.statusLabel.text().endswith(
        "其中 1 份的检查日期不在所属阶段的周内，见“结果”列。"
    )
    assert table(dialog) == [
        [
            "2",
            "NK01 心血管内科",
            "病房环境",
            "评比",
            "质控组 赵静",
            "2026-07-07",
            "99.50",
            "新增。注意：2026-07-07 不在“评比”周内（2026-07-20 ~ 2026-07-26）；"
            "阶段仍在进行中，仍可录入，已照常导入",
        ]
    ]
    after = database_state(services)
    assert len(after["inspections"]) == 1  # type: ignore[arg-type]
    run_import(qtbot, dialog, path)
    assert table(dialog)[0][-1] == "已存在，未改动"
    assert database_state(services) == after


def test_a_file_that_cannot_be_read_says_why_in_the_dialog(
    qtbot: QtBot, dialog: ScoreImportDialog, tmp_path: Path, chinese: None
) -> None:
    text = tmp_path / "scores.xlsx"
    text.write_text("病区编码\n", encoding="utf-8")
    run_import(qtbot, dialog, text)
    assert dialog.ui.statusLabel.text().startswith("scores.xlsx 是纯文本文件")
    assert dialog.ui.table.isHidden()
