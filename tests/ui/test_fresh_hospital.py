"""A hospital just set up, with no wards yet: the department is sent to 病区与账号 first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.ui.dialogs.campaign import CampaignDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage
from tests.helpers import PASSWORD
from tests.ui.windows import page_of


def test_home_sends_the_department_to_wards_and_accounts_first(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    admin = services.accounts.first_run("新建医院", "admin", "护理部 王主任", PASSWORD)
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    home = page_of(window, HomePage)
    assert home.ui.campaignLabel.text() == "尚未创建活动。"
    assert home.todo_text == ("请先在“病区与账号”中导入或添加病区，然后在“活动管理”中创建活动。")
    assert not home.ui.wardsButton.isHidden() and home.ui.selfCheckButton.isHidden()
    qtbot.mouseClick(home.ui.wardsButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is page_of(window, WardsAccountsPage)

    services.ward_import.import_wards(
        admin, [WardRow(2, "NK01", "心血管内科", "张丽", "40", "内科片")]
    )
    window.show_page(page_of(window, HomePage))
    assert home.todo_text == "请在“活动管理”中新建活动。"
    assert home.ui.wardsButton.isHidden()


def test_a_new_campaign_without_wards_points_to_wards_and_accounts_instead_of_a_dialog(
    qtbot: QtBot, services: Services, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = services.accounts.first_run("新建医院", "admin", "护理部 王主任", PASSWORD)
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show_page(page_of(window, CampaignsPage))
    page = page_of(window, CampaignsPage)
    assert page is not None
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(CampaignDialog, "exec", lambda _dialog: pytest.fail("dialog opened"))
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert asked == [
        "活动需要病区，但目前还没有病区。请先在“病区与账号”中导入或添加病区。\n\n"
        "现在就去“病区与账号”吗？"
    ]
    assert window.ui.pages.currentWidget() is page  # No: stays here
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is page_of(window, WardsAccountsPage)
    assert services.campaigns.list_campaigns(admin) == []
