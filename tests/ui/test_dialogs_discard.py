"""Nothing typed into a dialog is thrown away without a question: Esc, 取消 and × ask first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QDoubleSpinBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Role
from nursingqc.services.container import Services
from nursingqc.ui.dialogs.account import AccountDialog
from nursingqc.ui.dialogs.campaign import CampaignDialog
from nursingqc.ui.dialogs.deadline import DeadlineDialog
from nursingqc.ui.dialogs.nomination import NominationDialog
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.dialogs.setup import SetupDialog
from nursingqc.ui.dialogs.ward import WardDialog
from nursingqc.ui.widgets.discard_guard import GuardedDialog
from tests.helpers import TODAY, Hospital
from tests.ui.keyboard import press, type_ascii, type_chinese

QUESTION, KEEP_EDITING, DISCARD = "放弃已填写的内容？", "继续填写", "放弃"


@dataclass
class Answer:
    """Clicks the button named ``choice`` in each message box shown; keeps what it was asked."""

    choice: str = KEEP_EDITING
    asked: list[str] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)
    defaults: list[str] = field(default_factory=list)

    def respond(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        self.buttons.append(" / ".join(sorted(button.text() for button in box.buttons())))
        default, escape = box.defaultButton(), box.escapeButton()
        self.defaults.append(
            f"{default.text() if default else ''} / {escape.text() if escape else ''}"
        )
        chosen = [button for button in box.buttons() if button.text() == self.choice]
        if chosen:
            chosen[0].click()
        return 0


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch, chinese: None) -> Answer:
    answer = Answer()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer.respond(box))
    return answer


@dataclass(frozen=True)
class Case:
    """How to open one dialog, change one field as a user does, and read that field back."""

    open: Callable[[Services, Hospital], GuardedDialog]
    field: str
    typed: str

    def field_of(self, dialog: GuardedDialog) -> QWidget:
        widget = dialog.findChild(QWidget, self.field)
        assert widget is not None
        return widget


def text_of(widget: QWidget) -> str:
    for reader in ("toPlainText", "text", "currentText"):
        if hasattr(widget, reader):
            return str(getattr(widget, reader)())
    raise AssertionError(f"{widget.objectName()} holds no text")


def reason_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    return ReasonDialog("重新开启", "请说明原因")


def deadline_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    return DeadlineDialog("延期", "请说明原因", TODAY, TODAY + timedelta(days=7))


def nomination_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    wards = [(hospital.ward_a, "NK01 心血管内科")]
    return NominationDialog(
        hospital.nurse_a, services.nominations, hospital.campaign.id, wards, None
    )


def campaign_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    return CampaignDialog(hospital.admin, services.campaigns, services.checklists, services.wards)


def ward_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    ward = services.wards.manage_wards(hospital.admin)[0]
    return WardDialog(hospital.admin, services.wards, ward, ["内科片", "外科片"])


def account_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    wards = services.wards.list_wards(hospital.admin)
    return AccountDialog(hospital.admin, services.accounts, wards)


def setup_dialog(services: Services, hospital: Hospital) -> GuardedDialog:
    return SetupDialog(services.accounts)


CASES = {
    "reason": Case(reason_dialog, "reasonEdit", "分值录错"),
    "deadline": Case(deadline_dialog, "reasonEdit", "等待厂家维修"),
    "nomination": Case(nomination_dialog, "nameEdit", "李娜"),
    "campaign": Case(campaign_dialog, "nameEdit", "（补充）"),
    "ward": Case(ward_dialog, "headNurseEdit", "刘洋"),
    "account": Case(account_dialog, "displayNameEdit", "赵敏"),
    "setup": Case(setup_dialog, "hospitalEdit", "测试市第二人民医院"),
}


def shown(qtbot: QtBot, dialog: GuardedDialog) -> GuardedDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def open_and_type(
    qtbot: QtBot, services: Services, hospital: Hospital, case: Case
) -> tuple[GuardedDialog, QWidget]:
    """The dialog is returned with its field: a test holds the only reference to it."""
    dialog = shown(qtbot, case.open(services, hospital))
    widget = case.field_of(dialog)
    widget.setFocus()
    type_chinese(case.typed)
    assert case.typed in text_of(widget)
    return dialog, widget


def cancel_button(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Cancel)


def close_window(qtbot: QtBot, dialog: QWidget) -> None:
    """What the window's × does."""
    dialog.close()


#: The three ways a user closes a dialog without OK.
CLOSE_WAYS: dict[str, Callable[[QtBot, QWidget], None]] = {
    "Esc": lambda qtbot, dialog: press(qtbot, Qt.Key.Key_Escape),
    "取消": lambda qtbot, dialog: qtbot.mouseClick(
        cancel_button(dialog), Qt.MouseButton.LeftButton
    ),
    "×": close_window,
}


@pytest.mark.parametrize("way", CLOSE_WAYS)
@pytest.mark.parametrize("name", CASES)
def test_closing_after_typing_asks_and_keep_editing_keeps_the_text(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer, name: str, way: str
) -> None:
    case = CASES[name]
    dialog, widget = open_and_type(qtbot, services, hospital, case)
    CLOSE_WAYS[way](qtbot, dialog)
    assert answer.asked == [QUESTION]
    assert answer.buttons == ["放弃 / 继续填写"]
    assert answer.defaults == ["继续填写 / 继续填写"]
    assert dialog.isVisible() and case.typed in text_of(widget)

    answer.choice = DISCARD
    CLOSE_WAYS[way](qtbot, dialog)
    assert len(answer.asked) == 2 and not dialog.isVisible()
    assert dialog.result() == GuardedDialog.DialogCode.Rejected


@pytest.mark.parametrize("way", CLOSE_WAYS)
@pytest.mark.parametrize("name", CASES)
def test_an_unchanged_dialog_closes_without_a_question(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer, name: str, way: str
) -> None:
    dialog = shown(qtbot, CASES[name].open(services, hospital))
    CLOSE_WAYS[way](qtbot, dialog)
    assert answer.asked == [] and not dialog.isVisible()


def test_typing_back_what_was_shown_counts_as_unchanged(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer
) -> None:
    dialog, _ = open_and_type(qtbot, services, hospital, CASES["ward"])
    press(qtbot, Qt.Key.Key_Backspace, times=len(CASES["ward"].typed))
    press(qtbot, Qt.Key.Key_Escape)
    assert answer.asked == [] and not dialog.isVisible()


def test_what_the_program_filled_in_before_showing_is_not_counted_as_typed(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer
) -> None:
    dialog = ReasonDialog("重新开启", "请说明原因")
    dialog.ui.reasonEdit.setPlainText("上次填写的原因")
    shown(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert answer.asked == [] and not dialog.isVisible()


def ticked_off(dialog: QWidget) -> None:
    assert isinstance(dialog, CampaignDialog)
    dialog.ui.wardList.item(0).setCheckState(Qt.CheckState.Unchecked)


def reweighed(dialog: QWidget) -> None:
    assert isinstance(dialog, CampaignDialog)
    weight = dialog.ui.checklistTable.cellWidget(0, 1)
    assert isinstance(weight, QDoubleSpinBox)
    weight.stepUp()


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("campaign", ticked_off),
        ("campaign", reweighed),
        ("campaign", lambda d: d.ui.startEdit.setDate(d.ui.startEdit.date().addDays(7))),
        ("campaign", lambda d: d.ui.daysSpin.setValue(d.ui.daysSpin.value() + 1)),
        ("deadline", lambda d: d.ui.deadlineEdit.setDate(d.ui.deadlineEdit.date().addDays(3))),
        ("ward", lambda d: d.ui.bedsSpin.setValue(d.ui.bedsSpin.minimum())),
        ("ward", lambda d: d.ui.groupCombo.setCurrentText("外科片")),
        ("account", lambda d: d.ui.roleCombo.setCurrentIndex(2)),
    ],
)
def test_a_changed_tick_number_date_or_choice_asks_too(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    answer: Answer,
    name: str,
    change: Callable[[QWidget], None],
) -> None:
    dialog = shown(qtbot, CASES[name].open(services, hospital))
    change(dialog)
    dialog.close()
    assert answer.asked == [QUESTION] and dialog.isVisible()


def test_enter_and_esc_on_the_real_question_keep_the_dialog_open(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    dialog, widget = open_and_type(qtbot, services, hospital, CASES["reason"])
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen: list[str] = []

        def answer_with_the_key(key: Qt.Key = key, seen: list[str] = seen) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, answer_with_the_key)
                return
            seen.append(box.text())
            qtbot.keyClick(box, key)

        QTimer.singleShot(0, answer_with_the_key)
        dialog.close()
        assert seen == [QUESTION]
        assert dialog.isVisible() and text_of(widget) == "分值录错"
    # The dialog is left as it was found: closed, without a question at the test's end.
    assert isinstance(dialog, GuardedDialog)
    dialog.discard()


# -- a failing OK keeps what was typed -----------------------------------------------------------


def press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_campaign_without_a_name_stays_open_with_its_ticks(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer
) -> None:
    dialog = shown(qtbot, campaign_dialog(services, hospital))
    assert isinstance(dialog, CampaignDialog)
    ticked_off(dialog)
    dialog.ui.nameEdit.clear()
    press_ok(dialog)
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "请填写活动名称。"
    assert dialog.ui.wardList.item(0).checkState() == Qt.CheckState.Unchecked
    dialog.close()
    assert answer.asked == [QUESTION] and dialog.isVisible()


def test_an_empty_ward_name_stays_open_with_the_other_fields(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer
) -> None:
    dialog, _ = open_and_type(qtbot, services, hospital, CASES["ward"])
    assert isinstance(dialog, WardDialog)
    dialog.ui.nameEdit.clear()
    press_ok(dialog)
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "请填写病区名称。"
    assert dialog.ui.headNurseEdit.text().endswith("刘洋")


@pytest.mark.parametrize("name", ["account", "setup"])
def test_two_different_passwords_stay_open_with_everything_typed(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer, name: str
) -> None:
    dialog, widget = open_and_type(qtbot, services, hospital, CASES[name])
    assert isinstance(dialog, AccountDialog | SetupDialog)
    if isinstance(dialog, AccountDialog):
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.INSPECTOR))
    dialog.ui.usernameEdit.setFocus()
    dialog.ui.usernameEdit.clear()
    type_ascii(qtbot, "zhaomin")
    dialog.ui.passwordEdit.setText("newnurse1")
    dialog.ui.repeatEdit.setText("newnurse2")
    press_ok(dialog)
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "两次输入的密码不一致。"
    assert (text_of(widget), dialog.ui.usernameEdit.text()) == (
        CASES[name].typed,
        "zhaomin",
    )
    assert (dialog.ui.passwordEdit.text(), dialog.ui.repeatEdit.text()) == (
        "newnurse1",
        "newnurse2",
    )


def test_a_refused_nomination_stays_open_with_the_name_and_reason(
    qtbot: QtBot, services: Services, hospital: Hospital, answer: Answer
) -> None:
    services.nominations.nominate(
        hospital.nurse_a, hospital.campaign.id, hospital.ward_a, "李娜", "责任心强"
    )
    dialog, _ = open_and_type(qtbot, services, hospital, CASES["nomination"])
    assert isinstance(dialog, NominationDialog)
    dialog.ui.reasonEdit.setFocus()
    type_chinese("业务熟练")
    press_ok(dialog)
    assert len(answer.asked) == 1 and "李娜" in answer.asked[0]  # the service's reason
    assert dialog.isVisible() and dialog.nominee is None
    assert (dialog.ui.nameEdit.text(), dialog.reason()) == ("李娜", "业务熟练")
