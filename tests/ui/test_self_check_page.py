"""A head nurse logs in, fills a checklist with the keyboard, survives a crash and submits."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import SheetStatus
from nursingqc.services.container import Services, open_services
from nursingqc.storage.models import Inspection
from nursingqc.ui.dialogs.login import LoginDialog
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.self_check import SelfCheckPage
from tests.helpers import PASSWORD, TODAY, Hospital, submit
from tests.ui.keyboard import focused, press, type_ascii, type_chinese
from tests.ui.windows import page_of


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> SelfCheckPage:
    page = SelfCheckPage(actor, services.campaigns, services.wards, services.inspections)
    qtbot.addWidget(page)
    page.resize(1226, 680)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page


def stored_entries(services: Services, hospital: Hospital) -> dict[str, ItemEntry]:
    sheet = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    return dict(sheet.entries)


def log_in(qtbot: QtBot, services: Services, username: str, password: str) -> LoginDialog:
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    return dialog


def test_a_wrong_password_keeps_the_dialog_open_with_a_chinese_message(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    dialog = log_in(qtbot, services, "nk01", "wrong-one")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.ui.errorLabel.text() == "用户名或密码错误。"
    assert dialog.ui.passwordEdit.text() == ""


def test_head_nurse_fills_a_checklist_with_the_keyboard_and_the_draft_survives_a_crash(
    qtbot: QtBot, services: Services, db_url: str, hospital: Hospital, chinese: None
) -> None:
    dialog = log_in(qtbot, services, "nk01", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor is not None
    page = open_page(qtbot, services, dialog.actor)
    assert page.ui.wardCombo.currentText() == "NK01 心血管内科（0/5 表已提交）"
    assert not page.ui.wardCombo.isEnabled()  # a head nurse cannot pick another ward
    assert page.ui.checklistCombo.count() == 5
    view = page.panel.ui.itemsView
    assert view.currentIndex().column() == Column.DEDUCTION and focused() is view

    # WE01: full marks. WE02: 2 points off, Tab to the problem, typed in Chinese, Enter.
    type_ascii(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    type_ascii(qtbot, "2")
    assert page.panel.ui.scoreLabel.text() == "标化分 92.00"  # (15 + 8) / 25, before Enter or Tab
    press(qtbot, Qt.Key.Key_Tab)
    type_chinese("12床病室有异味")
    press(qtbot, Qt.Key.Key_Return)
    # WE03 1.5 off with its problem; WE04 and WE05 full marks.
    type_ascii(qtbot, "1.5")
    press(qtbot, Qt.Key.Key_Tab)
    type_chinese("地面有水渍")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(2):
        type_ascii(qtbot, "0")
        press(qtbot, Qt.Key.Key_Return)
    item = page.panel.model.item_at(view.currentIndex().row())
    assert item is not None and item.code == "WE06"  # the section row was skipped
    # WE06: not applicable, ticked with the arrow keys and Space.
    press(qtbot, Qt.Key.Key_Right, 2)
    assert view.currentIndex().column() == Column.NOT_APPLICABLE
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Left, 2)
    type_ascii(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)

    expected = {
        "WE01": ItemEntry(),
        "WE02": ItemEntry(Decimal(2), problem="12床病室有异味"),
        "WE03": ItemEntry(Decimal("1.5"), problem="地面有水渍"),
        "WE04": ItemEntry(),
        "WE05": ItemEntry(),
        "WE06": ItemEntry(not_applicable=True),
        "WE07": ItemEntry(Decimal(1)),
    }
    assert page.panel.model.entries() == expected
    # earned 15 + 8 + 8.5 + 5 + 10 + 9 = 55.5 of 60 applicable points (WE06 is N/A)
    assert page.panel.ui.scoreLabel.text() == "标化分 92.50"
    assert page.panel.ui.progressLabel.text() == "已评 7/10 条"

    # Saved with no close or flush — as if the power went off now. The generous wait is for a slow
    # CI machine under coverage; the autosave delay itself is AUTOSAVE_DELAY_MS.
    qtbot.waitUntil(lambda: stored_entries(services, hospital) == expected, timeout=10_000)
    page.hide()
    page.deleteLater()
    reopened_services = open_services(db_url, today=lambda: TODAY)
    try:
        again = open_page(qtbot, reopened_services, dialog.actor)
        assert again.panel.model.entries() == expected
        assert again.panel.ui.scoreLabel.text() == "标化分 92.50"
    finally:
        reopened_services.close()


def test_submit_points_out_what_is_missing_then_stores_a_read_only_sheet(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, services, hospital.nurse_a)
    model = page.panel.model
    for code in ("WE01", "WE02", "WE03"):
        model.setData(model.index(model.row_of(code), Column.DEDUCTION), 0.0)
    model.setData(model.index(model.row_of("WE04"), Column.DEDUCTION), 2.0)

    qtbot.mouseClick(page.panel.ui.submitButton, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert "WE04 窗帘、床帘挂放整齐、清洁：扣 2 分，但未填写存在问题" in warnings[0]
    assert "WE05 卫生间清洁无异味，有应急呼叫装置：尚未评分" in warnings[0]
    assert page.panel.ui.itemsView.currentIndex().row() == model.row_of("WE04")
    assert model.data(
        model.index(model.row_of("WE10"), Column.CODE), Qt.ItemDataRole.BackgroundRole
    )
    with services.database.transaction() as session:
        assert session.scalars(select(Inspection.status)).all() == [SheetStatus.DRAFT]

    model.setData(model.index(model.row_of("WE04"), Column.PROBLEM), "床帘脱钩")
    for code in ("WE05", "WE06", "WE07", "WE08", "WE09", "WE10"):
        model.setData(model.index(model.row_of(code), Column.DEDUCTION), 0.0)
    qtbot.mouseClick(page.panel.ui.submitButton, Qt.MouseButton.LeftButton)

    with services.database.transaction() as session:
        inspection = session.scalars(select(Inspection)).one()
        assert inspection.status is SheetStatus.SUBMITTED
        assert len(inspection.results) == 10
    # The page moves on to the next sheet to fill and says so; the submitted one is read-only.
    assert page.ui.checklistCombo.currentText() == "床单元（未填写）"
    assert page.panel.ui.noteLabel.text() == "已提交。下一张待填：床单元。"
    assert page.ui.checklistCombo.itemText(0) == "病房环境（已提交 98.00）"
    page.ui.checklistCombo.setCurrentIndex(0)
    assert page.ui.statusLabel.text() == "已提交 · 只读"
    assert not page.panel.ui.submitButton.isEnabled()
    assert not (model.flags(model.index(1, Column.DEDUCTION)) & Qt.ItemFlag.ItemIsEditable)
    assert "只读" in page.panel.ui.bannerLabel.text()
    assert "联系护理部退回" in page.panel.ui.bannerLabel.text()


def test_the_sheet_fits_a_1366_by_768_screen_without_sideways_scrolling(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    from nursingqc.ui.main_window import MainWindow

    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    window.resize(1366, 728)  # the screen less the Windows taskbar
    window.show()
    window.show_page(page_of(window, SelfCheckPage))
    assert window.page(SelfCheckPage) is not None
    view = page_of(window, SelfCheckPage).panel.ui.itemsView
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert window.minimumSizeHint().width() <= 1366


def test_an_admin_picks_any_ward_and_reopens_a_submitted_sheet(
    qtbot: QtBot, services: Services, hospital: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import full_marks

    key = hospital.key(ward=hospital.ward_b)
    submit(
        services,
        hospital.nurse_b,
        key,
        full_marks(services.checklists.definition(key.checklist_id)),
    )
    from nursingqc.ui.dialogs.reason import ReasonDialog

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "分值录错"))
    page = open_page(qtbot, services, hospital.admin)
    assert page.ui.wardCombo.isEnabled() and page.ui.wardCombo.count() == 2
    page.ui.wardCombo.setCurrentIndex(page.ui.wardCombo.findData(hospital.ward_b))
    assert page.panel.sheet is not None and page.panel.sheet.status is SheetStatus.SUBMITTED
    qtbot.mouseClick(page.panel.ui.reopenButton, Qt.MouseButton.LeftButton)
    reopened = page.panel.sheet
    assert reopened is not None and reopened.status is SheetStatus.DRAFT and reopened.editable


def test_the_ward_picker_says_which_checklists_of_each_ward_are_draft_or_submitted(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.helpers import full_marks

    environment, basic = hospital.key(ward=hospital.ward_b), hospital.key("BASIC_CARE")
    definition = services.checklists.definition(environment.checklist_id)
    submit(services, hospital.nurse_b, environment, full_marks(definition))
    services.inspections.save_draft(hospital.nurse_a, basic, {}, 0)
    page = open_page(qtbot, services, hospital.admin)
    combo = page.ui.wardCombo
    a, b = combo.findData(hospital.ward_a), combo.findData(hospital.ward_b)
    assert combo.itemText(a) == "NK01 心血管内科（0/5 表已提交，1 表为草稿）"
    assert combo.itemText(b) == "WK01 普通外科（1/5 表已提交）"
    names = [c.name for c in hospital.campaign.checklists]
    assert combo.itemData(b, Qt.ItemDataRole.ToolTipRole) == "\n".join(
        ["已提交：病房环境", "未开始：" + "、".join(n for n in names if n != "病房环境")]
    )
    assert combo.itemData(a, Qt.ItemDataRole.ToolTipRole).startswith("草稿：基础护理\n未开始：")

    # The department fills 病房环境 of 心血管内科 in the page: the picker follows the first
    # save (a draft) and the submit at once.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    combo.setCurrentIndex(a)
    page.ui.checklistCombo.setCurrentIndex(0)
    model = page.panel.model
    model.setData(model.index(model.row_of("WE01"), Column.DEDUCTION), 0.0)
    assert page.panel.save_now()
    assert combo.itemText(a) == "NK01 心血管内科（0/5 表已提交，2 表为草稿）"
    for code in ("WE02", "WE03", "WE04", "WE05", "WE06", "WE07", "WE08", "WE09", "WE10"):
        model.setData(model.index(model.row_of(code), Column.DEDUCTION), 0.0)
    qtbot.mouseClick(page.panel.ui.submitButton, Qt.MouseButton.LeftButton)
    assert combo.itemText(a) == "NK01 心血管内科（1/5 表已提交，1 表为草稿）"

    # A head nurse sees her own ward's progress only.
    own = open_page(qtbot, services, hospital.nurse_a)
    assert [own.ui.wardCombo.itemText(n) for n in range(own.ui.wardCombo.count())] == [
        "NK01 心血管内科（1/5 表已提交，1 表为草稿）"
    ]


def test_a_ward_outside_the_campaign_is_told_so_and_sees_nothing_to_fill(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    from nursingqc.services.ward_import import WardRow

    services.ward_import.import_wards(hospital.admin, [WardRow(4, "EK01", "儿科")])
    ward = next(w for w in services.wards.list_wards(hospital.admin) if w.code == "EK01")
    nurse = services.accounts.create_user(
        hospital.admin, "ek01", "王芳", hospital.nurse_a.role, "secret123", "EK01"
    )
    actor = services.accounts.login(nurse.username, "secret123")
    assert actor.ward_id == ward.id
    page = open_page(qtbot, services, actor)
    assert page.panel.ui.bannerLabel.text() == "您的病区未参加“2026年7月基础护理质量提升活动月”。"
    assert page.panel.model.rowCount() == 0 and not page.panel.ui.submitButton.isEnabled()


def test_the_login_offers_the_last_user_name_on_this_pc(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    log_in(qtbot, services, "nk01", PASSWORD)
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    assert dialog.ui.usernameEdit.text() == "nk01"
    log_in(qtbot, services, "nobody", "wrong-password")  # a failed log-in is not remembered
    assert LoginDialog(services.accounts).ui.usernameEdit.text() == "nk01"


def test_the_deduction_box_and_veto_tick_follow_the_item(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox

    page = open_page(qtbot, services, hospital.nurse_a)
    page.ui.checklistCombo.setCurrentIndex(
        page.ui.checklistCombo.findText("服务态度", Qt.MatchFlag.MatchStartsWith)
    )
    model, view = page.panel.model, page.panel.ui.itemsView
    veto_row, plain_row = model.row_of("SV04"), model.row_of("SV01")
    assert model.flags(model.index(veto_row, Column.VETO)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(plain_row, Column.VETO)) & Qt.ItemFlag.ItemIsUserCheckable

    view.setCurrentIndex(model.index(plain_row, Column.DEDUCTION))
    view.edit(view.currentIndex())
    spin = focused()
    assert isinstance(spin, QDoubleSpinBox)
    assert (spin.decimals(), spin.singleStep()) == (2, 0.5)  # SV01 deducts 0.5 per occurrence
    press(qtbot, Qt.Key.Key_Escape)

    view.setCurrentIndex(model.index(veto_row, Column.VETO))
    press(qtbot, Qt.Key.Key_Space)
    assert model.entries()["SV04"].veto_failed
    assert not model.setData(
        model.index(plain_row, Column.VETO), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


@pytest.mark.parametrize(("code", "typed", "points"), [("WE01", "20", "15"), ("WE05", "12", "10")])
def test_more_than_the_items_points_is_refused_with_a_note_and_the_box_stays_open(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    code: str,
    typed: str,
    points: str,
) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox

    page = open_page(qtbot, services, hospital.nurse_a)
    model, view = page.panel.model, page.panel.ui.itemsView
    view.setCurrentIndex(model.index(model.row_of(code), Column.DEDUCTION))
    type_ascii(qtbot, typed)
    spin = focused()
    assert isinstance(spin, QDoubleSpinBox) and spin.cleanText() == typed
    # Neither the whole number nor its first digit is recorded.
    assert code not in model.entries()
    note = page.panel.ui.noteLabel
    assert note.isVisible()
    assert note.text() == (
        f"条目 {code}：扣分 {typed} 超过本条分值 {points} 分（扣完为止）。未记录，请改正。"
    )
    press(qtbot, Qt.Key.Key_Return)  # the box waits for a correction, its text selected
    assert focused() is spin and view.state() is view.State.EditingState
    assert spin.lineEdit().selectedText() == spin.lineEdit().text() == f"{typed}.00"
    assert code not in model.entries()
    type_ascii(qtbot, typed[:-1])
    assert model.entries()[code].deduction == Decimal(typed[:-1])
    assert not note.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    assert view.state() is not view.State.EditingState


def test_ticking_not_applicable_clears_a_failed_veto_and_the_other_way_round(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    page = open_page(qtbot, services, hospital.nurse_a)
    page.ui.checklistCombo.setCurrentIndex(
        page.ui.checklistCombo.findText("服务态度", Qt.MatchFlag.MatchStartsWith)
    )
    model = page.panel.model
    row = model.row_of("SV04")
    checked, role = Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    assert model.setData(model.index(row, Column.VETO), checked, role)
    assert model.setData(model.index(row, Column.NOT_APPLICABLE), checked, role)
    assert model.entries()["SV04"] == ItemEntry(not_applicable=True)
    assert model.setData(model.index(row, Column.VETO), checked, role)
    assert model.entries()["SV04"] == ItemEntry(veto_failed=True)


def test_a_second_decimal_is_refused_with_a_note_not_dropped(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, hospital.nurse_a)
    model, view = page.panel.model, page.panel.ui.itemsView
    view.setCurrentIndex(model.index(model.row_of("WE01"), Column.DEDUCTION))
    type_ascii(qtbot, "2.35")
    assert "WE01" not in model.entries()
    assert page.panel.ui.noteLabel.text() == (
        "条目 WE01：扣分以 0.1 分为单位，不能是 2.35。未记录，请改正。"
    )
    press(qtbot, Qt.Key.Key_Backspace)
    assert model.entries()["WE01"].deduction == Decimal("2.3")


def test_a_head_nurse_gets_her_wards_template_and_prints_her_submitted_sheet(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openpyxl import load_workbook

    entries = {
        item.code: ItemEntry()
        for item in services.checklists.definition(hospital.key().checklist_id).items
    }
    first = next(iter(entries))
    entries[first] = ItemEntry(Decimal(2), problem="12床病室有异味")
    submit(services, hospital.nurse_a, hospital.key(), entries)
    page = SelfCheckPage(
        hospital.nurse_a,
        services.campaigns,
        services.wards,
        services.inspections,
        lambda: TODAY,
        score_import=services.score_import,
        hospital="测试市人民医院",
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert [a.text() for a in page.paper_menu.actions() if a.text()] == [
        "Scores &template…",
        "&Import paper scores…",
        "Print a &blank checklist…",
        "Print this &sheet…",
    ]

    template = tmp_path / "自查评分模板.xlsx"
    monkeypatch.setattr("nursingqc.ui.dialogs.score_import.ask_workbook_path", lambda *_: template)
    assert page.paper is not None
    page.paper.save_template()
    assert page.paper.task is not None
    with qtbot.waitSignal(page.paper.task.done, timeout=20000):
        pass
    rows = list(load_workbook(template).active.iter_rows(values_only=True))[1:]
    assert rows and {row[0] for row in rows} == {"NK01"}

    written: list[bytes] = []

    def preview(_parent: object, title: str, name: str, write: object) -> None:
        buffer = io.BytesIO()
        write(buffer, lambda done, total: True)  # type: ignore[operator]
        written.append(buffer.getvalue())

    monkeypatch.setattr("nursingqc.ui.dialogs.document_preview.preview_pdf", preview)
    page.print_sheet()
    page.print_blank()
    filled, blank = (
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")
        for pdf in written
    )
    assert "病房环境自查表" in filled and "已提交" in filled and "12床病室有异味" in filled
    assert "病房环境检查表" in blank and "12床病室有异味" not in blank


def test_a_second_campaign_is_reached_with_the_chooser_shown_once_there_are_two(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> None:
    from datetime import timedelta

    from nursingqc.services.campaigns import CampaignSpec

    page = open_page(qtbot, services, hospital.admin)
    assert page.ui.campaignCombo.isHidden()
    later = services.campaigns.create_campaign(
        hospital.admin,
        CampaignSpec(
            name="八月", starts_on=TODAY + timedelta(days=40), checklist_codes=["BASIC_CARE"]
        ),
    )
    page.refresh()
    combo = page.ui.campaignCombo
    assert not combo.isHidden() and combo.currentText() == hospital.campaign.name
    combo.setCurrentIndex(combo.findData(later.id))
    assert page.panel.sheet is not None and page.panel.sheet.key.campaign_id == later.id
    assert [page.ui.checklistCombo.itemData(i) for i in range(page.ui.checklistCombo.count())] == [
        later.checklists[0].checklist_id
    ]
    page.refresh()  # the choice is kept
    assert combo.currentData() == later.id


def test_an_autosave_reads_the_picker_only_when_it_makes_the_draft(
    qtbot: QtBot, services: Services, hospital: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The autosave runs every few seconds while she types: a sheet the picker already lists as
    # a draft keeps its caption, which shows no score, instead of the picker read each time.
    page = open_page(qtbot, services, hospital.nurse_a)
    reads: list[int] = []
    sheets = services.inspections.sheets

    def counted(actor: Actor, campaign_id: int, ward_id: int) -> object:
        reads.append(ward_id)
        return sheets(actor, campaign_id, ward_id)

    monkeypatch.setattr(services.inspections, "sheets", counted)
    combo, model = page.ui.checklistCombo, page.panel.model
    assert combo.currentText() == "病房环境 (not started)"
    model.setData(model.index(model.row_of("WE01"), Column.DEDUCTION), 1.0)
    assert page.panel.save_now()
    # The first save made the draft: the picker is read and says so.
    assert reads == [hospital.ward_a]
    assert combo.currentText() == "病房环境 (draft)"

    for code, deduction in (("WE02", 2.0), ("WE03", 0.5)):
        model.setData(model.index(model.row_of(code), Column.DEDUCTION), deduction)
        assert page.panel.save_now()
    assert reads == [hospital.ward_a]
    assert combo.currentText() == "病房环境 (draft)"
    # What the page holds is what reading the picker now gives, the score so far included.
    assert page._summaries == sheets(hospital.nurse_a, hospital.campaign.id, hospital.ward_a)
    assert page.ui.statusLabel.text() == page.panel.status_text()
