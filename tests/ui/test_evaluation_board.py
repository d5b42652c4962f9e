"""评比进度 and the evaluation lines of the home page's to-do, for inspectors and the department."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.evaluation import MISSING_BACKGROUND
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.evaluation_board import EvaluationBoardPage
from nursingqc.ui.pages.home import HomePage
from tests.helpers import TODAY, Hospital, full_marks
from tests.ui.windows import page_of


@pytest.fixture
def evaluation(services: Services, hospital: Hospital) -> Hospital:
    """Evaluation open: 赵静 submitted NK01 病房环境, the department has a draft of it too."""
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    key = replace(hospital.key(), phase=PhaseKind.EVALUATION)
    definition = services.checklists.definition(key.checklist_id)
    services.inspections.submit(hospital.inspector, key, full_marks(definition), version=0)
    services.inspections.save_draft(hospital.admin, key, {}, version=0)
    services.inspections.save_draft(
        hospital.inspector,
        replace(hospital.key("SERVICE", hospital.ward_b), phase=key.phase),
        {},
        0,
    )
    return hospital


def open_board(qtbot: QtBot, services: Services, hospital: Hospital) -> EvaluationBoardPage:
    page = EvaluationBoardPage(
        hospital.inspector, services.campaigns, services.inspections, lambda: TODAY
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_the_board_shows_who_submitted_drafts_and_what_is_missing_in_words(
    qtbot: QtBot, services: Services, evaluation: Hospital, chinese: None
) -> None:
    page = open_board(qtbot, services, evaluation)
    model = page.model
    # 2 wards and a totals row; 5 checklists and a totals column.
    assert (model.rowCount(), model.columnCount()) == (3, 6)
    assert model.headerData(0, Qt.Orientation.Vertical) == "NK01 心血管内科"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "病房环境"
    done = model.index(0, 0)
    assert model.data(done) == "已提交 1 · 草稿 1"
    assert model.data(done, Qt.ItemDataRole.ToolTipRole) == (
        "质控组 赵静  2026-07-08  已提交\n护理部 王主任  2026-07-08  草稿"
    )
    missing = model.index(0, 1)
    assert model.data(missing) == "缺"
    assert model.data(missing, Qt.ItemDataRole.BackgroundRole).color() == MISSING_BACKGROUND
    assert model.data(model.index(0, 5)) == "1/5"
    assert model.data(model.index(2, 0)) == "1/2"
    assert model.data(model.index(2, 5)) == "缺 9 项"
    assert page.ui.summaryLabel.text() == (
        "2026年7月基础护理质量提升活动月：10 个病区×检查表中有 9 个尚无已提交的检查；"
        "2 份草稿尚未提交。"
    )
    page.ui.boardView.setCurrentIndex(done)
    assert page.ui.detailLabel.text() == (
        "NK01 心血管内科 · 病房环境："
        "质控组 赵静  2026-07-08  已提交；护理部 王主任  2026-07-08  草稿"
    )
    # Both wards still miss a checklist: the filter keeps both.
    page.ui.onlyMissingCheck.setChecked(True)
    assert model.rowCount() == 3


def test_a_double_clicked_cell_opens_that_pair_on_the_evaluation_page(
    qtbot: QtBot, services: Services, evaluation: Hospital
) -> None:
    window = MainWindow(services, evaluation.inspector, lambda: TODAY)
    qtbot.addWidget(window)
    assert window.page(EvaluationBoardPage) is not None and window.page(EvaluationPage) is not None
    window.show_page(page_of(window, EvaluationBoardPage))
    board = page_of(window, EvaluationBoardPage)
    cell = board.model.index(1, 4)
    board.ui.boardView.doubleClicked.emit(cell)
    assert window.ui.pages.currentWidget() is page_of(window, EvaluationPage)
    sheet = page_of(window, EvaluationPage).panel.sheet
    assert sheet is not None and sheet.ward_code == "WK01"
    assert (sheet.key.ward_id, sheet.key.checklist_id) == board.model.cell_at(cell)


def test_a_head_nurse_has_no_evaluation_pages(
    qtbot: QtBot, services: Services, evaluation: Hospital
) -> None:
    window = MainWindow(services, evaluation.nurse_a, lambda: TODAY)
    qtbot.addWidget(window)
    assert window.page(EvaluationPage) is None and window.page(EvaluationBoardPage) is None


def todo(qtbot: QtBot, services: Services, actor: Actor) -> list[str]:
    window = MainWindow(services, actor, lambda: TODAY)
    qtbot.addWidget(window)
    return page_of(window, HomePage).todo_text.split("\n")


def test_the_home_page_tells_inspectors_and_the_department_what_the_evaluation_misses(
    qtbot: QtBot, services: Services, evaluation: Hospital, chinese: None
) -> None:
    inspector = todo(qtbot, services, evaluation.inspector)
    assert inspector[:2] == ["评比：9 个病区×检查表尚无已提交的检查", "评比：您有 1 份草稿尚未提交"]
    admin = todo(qtbot, services, evaluation.admin)
    assert "评比：9 个病区×检查表尚无已提交的检查" in admin
    assert "评比：2 份草稿尚未提交" in admin


def test_before_the_evaluation_opens_an_inspector_is_told_when_it_starts(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    lines = todo(qtbot, services, hospital.inspector)
    assert lines[0] == "您的评分工作在“评比”周开始，自 2026-07-20 起。"
    assert not any(line.startswith("评比：") for line in lines)
    assert not any(line.startswith("评比：") for line in todo(qtbot, services, hospital.admin))
