"""The score sheet without a mouse: Tab reaches 不适用 and 否决, the current cell is framed, a key
legend is on the sheet; a failed veto is told on the sheet and in the submit question (rules §4.6);
the evaluation page shows each ward's progress and moves on after a submit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from nursingqc.services.inspections import SheetKey
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.self_check import SelfCheckPage
from nursingqc.ui.widgets.sheet_table import CURRENT_CELL_FRAME
from tests.helpers import TODAY, Hospital, full_marks, submit
from tests.ui.keyboard import focused, press, type_ascii

CHECKLISTS = ("WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE")


def shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1226, 680)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def self_check_page(qtbot: QtBot, services: Services, actor: Actor) -> SelfCheckPage:
    page = SelfCheckPage(actor, services.campaigns, services.wards, services.inspections)
    shown(qtbot, page)
    page.refresh()
    return page


def evaluation_page(qtbot: QtBot, services: Services, actor: Actor) -> EvaluationPage:
    page = EvaluationPage(
        actor, services.campaigns, services.wards, services.inspections, lambda: TODAY
    )
    shown(qtbot, page)
    page.refresh()
    return page


def choose(page: SelfCheckPage | EvaluationPage, checklist: str) -> None:
    combo = page.ui.checklistCombo
    combo.setCurrentIndex(combo.findText(checklist, Qt.MatchFlag.MatchStartsWith))


def test_tab_reaches_not_applicable_and_veto_and_the_current_cell_is_framed(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    page = self_check_page(qtbot, services, hospital.nurse_a)
    choose(page, "服务态度")
    model, view = page.panel.model, page.panel.ui.itemsView
    legend = page.panel.ui.keysLabel
    assert legend.isVisible()
    assert all(word in legend.text() for word in ("Tab", "不适用", "否决", "空格", "Enter"))

    # SV04, a veto item without a deduction: deduction → 不适用 → 否决 → 存在问题.
    view.setCurrentIndex(model.index(model.row_of("SV04"), Column.DEDUCTION))
    view.setFocus()
    columns = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        columns.append(view.currentIndex().column())
        if view.currentIndex().column() == Column.VETO:
            press(qtbot, Qt.Key.Key_Space)
    assert columns == [Column.NOT_APPLICABLE, Column.VETO, Column.PROBLEM]
    assert model.entries()["SV04"].veto_failed
    press(qtbot, Qt.Key.Key_Escape)

    # SV01, a plain item: once "1" is typed, Tab goes to the problem (不适用 would drop the 1).
    view.setCurrentIndex(model.index(model.row_of("SV01"), Column.DEDUCTION))
    view.setFocus()
    type_ascii(qtbot, "1")
    press(qtbot, Qt.Key.Key_Tab)
    assert view.currentIndex() == model.index(model.row_of("SV01"), Column.PROBLEM)
    assert model.entries()["SV01"].deduction == Decimal(1)
    press(qtbot, Qt.Key.Key_Escape)
    # Without a deduction, 不适用 is a stop again, backwards too.
    view.setCurrentIndex(model.index(model.row_of("SV02"), Column.PROBLEM))
    view.setFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert view.currentIndex() == model.index(model.row_of("SV02"), Column.NOT_APPLICABLE)

    # The current cell is framed; its neighbour is not.
    picture = view.viewport().grab().toImage()
    current = view.visualRect(view.currentIndex())
    neighbour = view.visualRect(model.index(model.row_of("SV02"), Column.SCORE))
    ratio = picture.devicePixelRatio()

    def colour(point: QPoint) -> QColor:
        return picture.pixelColor(int(point.x() * ratio), int(point.y() * ratio))

    left_edge = QPoint(current.left() + 1, current.center().y())
    assert colour(left_edge) == CURRENT_CELL_FRAME
    assert colour(QPoint(neighbour.left() + 1, neighbour.center().y())) != CURRENT_CELL_FRAME


def test_the_key_legend_is_not_shown_on_a_read_only_sheet(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    definition = services.checklists.definition(hospital.key().checklist_id)
    submit(services, hospital.nurse_a, hospital.key(), full_marks(definition))
    page = self_check_page(qtbot, services, hospital.nurse_a)
    choose(page, "病房环境")
    assert page.panel.sheet is not None and not page.panel.sheet.editable
    assert not page.panel.ui.keysLabel.isVisible()


def veto_sheet(services: Services, key: SheetKey) -> dict[str, ItemEntry]:
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["SV04"] = ItemEntry(veto_failed=True, problem="患者投诉护士态度生硬，经核实属实")
    return entries


def test_a_self_check_veto_is_told_on_the_sheet_and_in_the_submit_question(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    page = self_check_page(qtbot, services, hospital.nurse_a)
    choose(page, "服务态度")
    model, line = page.panel.model, page.panel.ui.vetoLabel
    assert not line.isVisible()
    model.setData(
        model.index(model.row_of("SV04"), Column.VETO),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert line.isVisible()
    assert line.text().startswith("一票否决：SV04 标记否决。自查中的否决不使病区成为否决病区")
    assert "本表得分不变" in line.text() and "整改项" in line.text()
    # Unticked, the line goes.
    model.setData(
        model.index(model.row_of("SV04"), Column.VETO),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not line.isVisible()

    for code, entry in veto_sheet(services, hospital.key("SERVICE")).items():
        model.restore(model.row_of(code), entry)
    page.panel.submit()
    assert len(asked) == 1
    assert asked[0].startswith("一票否决：SV04 标记否决。")
    assert "提交" in asked[0]
    # Submitted (the page moved on to the next sheet): the read-only sheet still says so.
    choose(page, "服务态度")
    assert page.panel.sheet is not None and not page.panel.sheet.editable
    assert line.isVisible() and line.text().startswith("一票否决：SV04")


def test_an_evaluation_veto_says_the_ward_becomes_a_veto_ward(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    page = evaluation_page(qtbot, services, hospital.inspector)
    choose(page, "服务态度")
    model = page.panel.model
    model.setData(
        model.index(model.row_of("SV04"), Column.VETO),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    text = page.panel.ui.vetoLabel.text()
    assert text.startswith("一票否决：SV04 标记否决。心血管内科成为否决病区")
    assert "不能评为示范病房" in text


def test_the_evaluation_page_shows_each_wards_progress_and_moves_on_after_a_submit(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)

    def key(code: str, ward: int) -> SheetKey:
        return SheetKey(
            hospital.campaign.id,
            ward,
            hospital.key(code).checklist_id,
            phase=PhaseKind.EVALUATION,
        )

    # The department has inspected NK01 on four checklists and WK01 on 病房环境.
    for code in CHECKLISTS[1:]:
        sheet = key(code, hospital.ward_a)
        submit(
            services,
            hospital.admin,
            sheet,
            full_marks(services.checklists.definition(sheet.checklist_id)),
        )
    first = key("WARD_ENV", hospital.ward_b)
    submit(
        services,
        hospital.admin,
        first,
        full_marks(services.checklists.definition(first.checklist_id)),
    )

    page = evaluation_page(qtbot, services, hospital.inspector)
    combo = page.ui.wardCombo
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "NK01 心血管内科（4/5 表已提交）",
        "WK01 普通外科（1/5 表已提交）",
    ]
    assert page.ui.checklistCombo.currentText() == "病房环境"
    model = page.panel.model
    for code, entry in full_marks(page.panel.sheet.definition).items():  # type: ignore[union-attr]
        model.restore(model.row_of(code), entry)
    page.panel.submit()

    # NK01 is complete; WK01's 病房环境 has a submitted inspection: next is WK01's 床单元.
    assert combo.itemText(0) == "NK01 心血管内科（5/5 表已提交）"
    assert combo.currentText() == "WK01 普通外科（1/5 表已提交）"
    assert page.ui.checklistCombo.currentText() == "床单元"
    assert page.panel.sheet is not None and page.panel.sheet.editable
    assert page.panel.sheet.key.ward_id == hospital.ward_b
    assert page.panel.ui.noteLabel.text() == "已提交。下一张待评：WK01 普通外科，床单元。"
    assert focused() is page.panel.ui.itemsView
