"""评比: an inspector picks a ward and checklist, scores with the keyboard, names a nurse, and
cannot start a second inspection of the same pair on the same day."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.container import Services
from nursingqc.services.inspections import InspectionService
from nursingqc.storage.models import Inspection, ItemResult
from nursingqc.ui.models.evaluation import InspectionColumn
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.evaluation import EvaluationPage
from tests.helpers import TODAY, Hospital, full_marks
from tests.ui.dialogs import answer_next_box
from tests.ui.keyboard import focused, press, type_ascii, type_chinese


@pytest.fixture
def evaluation(services: Services, hospital: Hospital) -> Hospital:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    return hospital


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> EvaluationPage:
    page = EvaluationPage(
        actor, services.campaigns, services.wards, services.inspections, lambda: TODAY
    )
    qtbot.addWidget(page)
    page.resize(1226, 680)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page


def evaluation_rows(services: Services) -> list[tuple[str, object, SheetStatus]]:
    with services.database.transaction() as session:
        return [
            (i.inspector_name, i.inspected_on, i.status)
            for i in session.scalars(
                select(Inspection).where(Inspection.phase == PhaseKind.EVALUATION)
            )
        ]


def test_an_inspector_scores_a_ward_with_the_keyboard_and_names_the_nurse_concerned(
    qtbot: QtBot, services: Services, evaluation: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, evaluation.inspector)
    assert page.ui.wardCombo.currentText() == "NK01 心血管内科（0/5 表已提交）"
    assert page.ui.checklistCombo.currentText() == "病房环境"
    # Nothing inspected yet: a new inspection by her, dated today, is open.
    assert page.lines.rowCount() == 0
    assert page.ui.statusLabel.text() == "质控组 赵静 · 2026-07-08\n新表"
    view = page.panel.ui.itemsView
    assert not view.isColumnHidden(Column.NURSE)
    assert focused() is view and view.currentIndex().column() == Column.DEDUCTION

    # WE01 full marks; WE02 two points off, the problem and the nurse typed, Enter.
    type_ascii(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    type_ascii(qtbot, "2")
    press(qtbot, Qt.Key.Key_Tab)
    type_chinese("12床床头柜杂物多")
    press(qtbot, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == Column.NURSE
    type_chinese("王芳")
    press(qtbot, Qt.Key.Key_Return)
    assert page.panel.save_now()

    with services.database.transaction() as session:
        results = {
            r.item.code: (r.deduction, r.problem, r.nurse)
            for r in session.scalars(select(ItemResult))
        }
    assert results == {
        "WE01": (Decimal(0), "", ""),
        "WE02": (Decimal(2), "12床床头柜杂物多", "王芳"),
    }
    assert evaluation_rows(services) == [("质控组 赵静", TODAY, SheetStatus.DRAFT)]
    # The saved inspection is listed and selected.
    assert page.lines.rowCount() == 1
    assert page.lines.data(page.lines.index(0, 2)) == "草稿"
    assert page.ui.inspectionsView.currentIndex().row() == 0


def test_the_nurse_is_typed_only_on_a_deduction_and_cleared_when_it_goes(
    qtbot: QtBot, services: Services, evaluation: Hospital
) -> None:
    page = open_page(qtbot, services, evaluation.inspector)
    model = page.panel.model
    row = model.row_of("WE02")
    nurse = model.index(row, Column.NURSE)
    assert not model.flags(nurse) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(nurse, "王芳")
    model.setData(model.index(row, Column.DEDUCTION), 1.0)
    assert model.flags(nurse) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(nurse, "王芳")
    assert model.entries()["WE02"].nurse == "王芳"
    model.setData(model.index(row, Column.DEDUCTION), 0.0)
    assert model.entries()["WE02"].nurse == ""


def test_the_self_check_has_no_nurse_column(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    from nursingqc.ui.pages.self_check import SelfCheckPage

    page = SelfCheckPage(hospital.nurse_a, services.campaigns, services.wards, services.inspections)
    qtbot.addWidget(page)
    page.refresh()
    model = page.panel.model
    model.setData(model.index(model.row_of("WE02"), Column.DEDUCTION), 1.0)
    assert page.panel.ui.itemsView.isColumnHidden(Column.NURSE)
    flags = model.flags(model.index(model.row_of("WE02"), Column.NURSE))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_a_new_inspection_when_one_of_today_exists_opens_that_one(
    qtbot: QtBot,
    services: Services,
    evaluation: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = replace(evaluation.key(), phase=PhaseKind.EVALUATION)
    yesterday = InspectionService(services.database, today=lambda: TODAY - timedelta(days=1))
    definition = services.checklists.definition(key.checklist_id)
    yesterday.submit(evaluation.inspector, key, full_marks(definition), version=0)
    services.inspections.save_draft(evaluation.admin, key, {}, version=0)
    page = open_page(qtbot, services, evaluation.inspector)
    # Her submitted inspection of yesterday and the department's draft are listed; a new one of
    # today is open.
    assert [(line.inspector_name, line.status) for line in page.lines.lines] == [
        ("质控组 赵静", SheetStatus.SUBMITTED),
        ("护理部 王主任", SheetStatus.DRAFT),
    ]
    assert page.panel.sheet is not None and page.panel.sheet.key.inspection_id is None
    page.panel.model.setData(page.panel.model.index(1, Column.DEDUCTION), 0.0)
    assert page.panel.save_now()
    mine = page.panel.sheet.key

    # Yesterday's opens with a click, read-only.
    view = page.ui.inspectionsView
    yesterdays_row = view.visualRect(page.lines.index(0, InspectionColumn.INSPECTOR)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=yesterdays_row)
    assert page.panel.sheet.status is SheetStatus.SUBMITTED and not page.panel.sheet.editable
    told: list[str] = []

    def information(*args: object) -> QMessageBox.StandardButton:
        told.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert told and told[0].startswith("您已有一份 2026-07-08")
    assert page.panel.sheet.key == mine
    assert len(evaluation_rows(services)) == 3


def test_a_second_inspection_started_on_another_pc_is_refused_and_the_first_opened(
    qtbot: QtBot, services: Services, evaluation: Hospital, chinese: None
) -> None:
    here = open_page(qtbot, services, evaluation.inspector)
    there = open_page(qtbot, services, evaluation.inspector)
    for page in (there, here):
        model = page.panel.model
        model.setData(model.index(model.row_of("WE01"), Column.DEDUCTION), 1.0)
    assert there.panel.save_now()
    seen: list[str] = []
    answer_next_box("重新载入", seen)
    assert not here.panel.save_now()
    assert seen[0].startswith("质控组 赵静 已有一份 2026-07-08")
    # The one inspection of today is open here now, with the entry saved on the other PC.
    assert here.panel.sheet is not None and there.panel.sheet is not None
    assert here.panel.sheet.key == there.panel.sheet.key
    assert here.panel.model.entries()["WE01"].deduction == Decimal(1)
    assert len(evaluation_rows(services)) == 1


def test_an_inspector_downloads_the_evaluation_scores_template_for_every_ward(
    qtbot: QtBot,
    services: Services,
    evaluation: Hospital,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    page = EvaluationPage(
        evaluation.inspector,
        services.campaigns,
        services.wards,
        services.inspections,
        lambda: TODAY,
        score_import=services.score_import,
    )
    qtbot.addWidget(page)
    page.refresh()
    assert not page.ui.templateButton.isHidden() and page.paper is not None
    path = tmp_path / "评比评分模板.xlsx"
    monkeypatch.setattr("nursingqc.ui.dialogs.score_import.ask_workbook_path", lambda *_: path)
    page.ui.templateButton.click()
    assert page.paper.task is not None
    with qtbot.waitSignal(page.paper.task.done, timeout=20000):
        pass
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    phase = rows[0].index("阶段")
    assert {row[0] for row in rows[1:]} == {"NK01", "WK01"}
    assert {row[phase] for row in rows[1:]} == {"评比"}
    assert page.ui.statusLabel.text().startswith(f"The template is saved as {path}")


def test_an_autosave_updates_its_line_and_a_new_inspections_first_save_reads_the_list(
    qtbot: QtBot, services: Services, evaluation: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = replace(evaluation.key(), phase=PhaseKind.EVALUATION)
    services.inspections.save_draft(evaluation.admin, key, {}, version=0)
    page = open_page(qtbot, services, evaluation.inspector)
    reads: list[int] = []
    listed = services.inspections.evaluation_inspections

    def counted(actor: Actor, campaign_id: int, ward_id: int, checklist_id: int) -> object:
        reads.append(checklist_id)
        return listed(actor, campaign_id, ward_id, checklist_id)

    monkeypatch.setattr(services.inspections, "evaluation_inspections", counted)
    model = page.panel.model
    model.setData(model.index(model.row_of("WE01"), Column.DEDUCTION), 1.0)
    assert page.panel.save_now()
    # Her new inspection's first save: the list is read and holds it beside the department's.
    assert reads == [key.checklist_id]
    assert page.lines.rowCount() == 2
    assert page.ui.inspectionsView.currentIndex().row() == 1

    score = page.lines.index(1, InspectionColumn.SCORE)
    before = page.lines.data(score)
    for code, deduction in (("WE02", 2.0), ("WE03", 0.5)):
        model.setData(model.index(model.row_of(code), Column.DEDUCTION), deduction)
        assert page.panel.save_now()
    assert reads == [key.checklist_id]
    # Her line took the draft's score so far: the same line as the list read now.
    assert page.lines.lines == listed(
        evaluation.inspector, key.campaign_id, key.ward_id, key.checklist_id
    )
    assert page.lines.data(score) != before
    assert page.ui.inspectionsView.currentIndex().row() == 1
