"""The main window: navigation by role, the home page's timeline and to-do, errors shown kindly."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.container import Services
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages import PAGES
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.pages.self_check import SelfCheckPage
from tests.helpers import Hospital, full_marks, save_draft, submit
from tests.ui.windows import page_of


def navigation(window: MainWindow) -> list[str]:
    nav = window.ui.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_each_role_sees_only_its_pages(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    expected = {
        hospital.admin: [
            "首页",
            "自查",
            "整改",
            "评比",
            "评比进度",
            "排名",
            "总结",
            "活动管理",
            "检查表",
            "病区与账号",
            "数据交换",
            "审计日志",
        ],
        hospital.nurse_a: ["首页", "自查", "整改", "优秀护士", "本病区结果"],
        hospital.inspector: ["首页", "整改", "评比", "评比进度", "排名", "总结"],
    }
    for actor, pages in expected.items():
        window = MainWindow(services, actor)
        qtbot.addWidget(window)
        assert navigation(window) == pages


def test_the_departments_window_builds_its_other_pages_when_they_are_first_shown(
    qtbot: QtBot, services: Services, hospital: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[type[Page]] = []
    refreshed: list[type[Page]] = []
    for page_class in PAGES:
        monkeypatch.setattr(page_class, "from_context", counted(page_class, built))
        original = page_class.refresh
        monkeypatch.setattr(page_class, "refresh", refreshing(original, refreshed))
    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    assert built == refreshed == [HomePage] and [type(p) for p in window.pages] == [HomePage]
    assert window.ui.navigation.count() == len(window.page_classes) == 12

    campaigns = window.page_classes.index(CampaignsPage)
    window.ui.navigation.setCurrentRow(campaigns)
    page = window.ui.pages.currentWidget()
    assert isinstance(page, CampaignsPage) and built == refreshed == [HomePage, CampaignsPage]
    window.ui.navigation.setCurrentRow(0)
    window.ui.navigation.setCurrentRow(campaigns)  # refreshed each time, built once
    assert built == [HomePage, CampaignsPage] and refreshed[2:] == [HomePage, CampaignsPage]

    # A page built late asks for another like one built with the window.
    page.openRequested.emit(SelfCheckPage.key, None)
    assert type(window.ui.pages.currentWidget()) is SelfCheckPage and built[-1] is SelfCheckPage


def test_work_that_cannot_be_saved_keeps_the_user_before_the_next_page_is_built(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    home = page_of(window, HomePage)
    monkeypatch.setattr(home, "save_now", lambda: False)
    asked: list[str] = []

    def stay(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", stay)
    window.ui.navigation.setCurrentRow(window.page_classes.index(CampaignsPage))
    assert len(asked) == 1 and window.ui.navigation.currentRow() == 0
    assert window.ui.pages.currentWidget() is home and window.pages == [home]


def counted(page_class: type[Page], built: list[type[Page]]) -> Callable[[PageContext], Page]:
    made = page_class.from_context

    def from_context(context: PageContext) -> Page:
        built.append(page_class)
        return made(context)

    return from_context


def refreshing(original: Callable[..., None], refreshed: list[type[Page]]) -> Callable[..., None]:
    def refresh(page: Page, *args: object, **kwargs: object) -> None:
        refreshed.append(type(page))
        original(page, *args, **kwargs)

    return refresh


def test_home_shows_the_four_weeks_and_the_head_nurses_to_do(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    for code in ("WARD_ENV", "BED_UNIT", "SERVICE"):
        key = hospital.key(code)
        submit(
            services,
            hospital.nurse_a,
            key,
            full_marks(services.checklists.definition(key.checklist_id)),
        )
    save_draft(services, hospital.nurse_a, hospital.key("TREAT_ROOM"), {})
    window = MainWindow(services, hospital.nurse_a, today=lambda: hospital.campaign.starts_on)
    qtbot.addWidget(window)
    home = page_of(window, HomePage)
    assert home.ui.campaignLabel.text() == "2026年7月基础护理质量提升活动月"
    todo = home.todo_text.splitlines()
    assert todo[0] == "自查：3/5 张检查表已提交"
    assert todo[1] == "1 张草稿尚未提交"
    boxes = home.timeline.boxes
    assert len(boxes) == 4
    assert [box.property("today") for box in boxes] == [True, False, False, False]
    assert "进行中 · 本周" in boxes[0].accessibleName()
    assert not any(line.startswith("尚未全部提交") for line in todo)  # the department's line
    admin_window = MainWindow(services, hospital.admin, today=lambda: hospital.campaign.starts_on)
    qtbot.addWidget(admin_window)
    assert page_of(admin_window, HomePage).todo_text.splitlines()[-2:] == [
        "尚未全部提交的病区（2 个）：普通外科 0/5、心血管内科 3/5",
        "自查将于 2026-07-12 结束。",
    ]
    qtbot.mouseClick(home.ui.selfCheckButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is page_of(window, SelfCheckPage)


def test_campaigns_page_creates_a_campaign_and_changes_phases(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nursingqc.ui.dialogs.campaign import CampaignDialog
    from nursingqc.ui.dialogs.reason import ReasonDialog

    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    window.show_page(page_of(window, CampaignsPage))
    page = page_of(window, CampaignsPage)
    assert page is not None and page.ui.campaignList.count() == 1

    def fill_and_accept(dialog: CampaignDialog) -> int:
        dialog.ui.nameEdit.setText("2026年12月基础护理质量提升活动月")
        checklist = dialog.ui.checklistTable.item(3, 0)
        assert checklist is not None
        checklist.setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()
        return 1

    monkeypatch.setattr(CampaignDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert page.ui.campaignList.count() == 2
    created = page.selected()
    assert created is not None and created.name == "2026年12月基础护理质量提升活动月"
    assert [c.code for c in created.checklists] == ["WARD_ENV", "BED_UNIT", "SERVICE", "BASIC_CARE"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "补录两个病区"))
    page.ui.phaseTable.setCurrentCell(0, 0)
    qtbot.mouseClick(page.ui.openPhaseButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.closePhaseButton, Qt.MouseButton.LeftButton)
    assert page.ui.openPhaseButton.text() == "重新开启(&O)…"
    qtbot.mouseClick(page.ui.openPhaseButton, Qt.MouseButton.LeftButton)
    info = services.campaigns.get_campaign(hospital.admin, created.id)
    assert info.phase(PhaseKind.SELF_CHECK).state is PhaseState.OPEN


def test_an_unexpected_error_shows_a_short_message_with_the_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    from nursingqc.logs import setup_logging
    from nursingqc.ui.errors import install_excepthook

    log_path = setup_logging(tmp_path / "nursingqc.log")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(log_path)
    try:
        raise KeyError("inspection 42")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert str(log_path) in shown[0] and "抱歉" in shown[0]
    assert "Traceback" not in shown[0] and "KeyError" not in shown[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "KeyError: 'inspection 42'" in log_path.read_text(encoding="utf-8")


def test_a_refusal_no_screen_caught_shows_its_own_message_not_the_apology(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    """E.g. the database server went away while a page was loading."""
    from nursingqc.domain.errors import DatabaseError
    from nursingqc.logs import setup_logging
    from nursingqc.storage.db import MSG_SERVER_UNREACHABLE
    from nursingqc.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, error: shown.append(str(error)))
    monkeypatch.setattr(errors, "show_unexpected", lambda *_args: shown.append("apology"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(setup_logging(tmp_path / "nursingqc.log"))
    try:
        raise DatabaseError(MSG_SERVER_UNREACHABLE, url="postgresql+psycopg://qc@db/nursingqc")
    except DatabaseError:
        sys.excepthook(*sys.exc_info())
    assert shown == [MSG_SERVER_UNREACHABLE.format(url="postgresql+psycopg://qc@db/nursingqc")]


def test_the_campaign_dialog_names_the_clashing_campaign_and_asks_before_creating(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QDate

    from nursingqc.ui.dialogs.campaign import CampaignDialog

    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    window.show_page(page_of(window, CampaignsPage))
    page = page_of(window, CampaignsPage)
    assert page is not None
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return answers[len(asked) - 1]

    def fill_and_accept_twice(dialog: CampaignDialog) -> int:
        dialog.ui.nameEdit.setText(hospital.campaign.name)
        dialog.ui.startEdit.setDate(QDate(2026, 7, 27))
        dialog.accept()
        assert dialog.created is None  # the first answer was No: nothing created, still open
        dialog.accept()
        return 1

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(CampaignDialog, "exec", fill_and_accept_twice)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert (
        "已有同名活动“2026年7月基础护理质量提升活动月”（2026-07-06 至 2026-08-02），"
        "且日期与新活动重叠。" in asked[0]
    )
    assert asked[0].endswith("仍要创建这个活动吗？")
    names = [c.name for c in services.campaigns.list_campaigns(hospital.admin)]
    assert names == [hospital.campaign.name, hospital.campaign.name]


def test_an_empty_campaign_is_deleted_from_the_page_and_one_with_sheets_is_refused(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import date

    from nursingqc.i18n import error_text
    from nursingqc.services.campaigns import CampaignSpec
    from nursingqc.ui.pages import campaigns as campaigns_page

    services.campaigns.create_campaign(
        hospital.admin, CampaignSpec(name="误建的活动", starts_on=date(2026, 9, 7))
    )
    save_draft(services, hospital.nurse_a, hospital.key("WARD_ENV"), {})
    window = MainWindow(services, hospital.admin)
    qtbot.addWidget(window)
    window.show_page(page_of(window, CampaignsPage))
    page = page_of(window, CampaignsPage)
    assert page is not None and page.ui.campaignList.item(0).text() == "误建的活动"
    asked: list[str] = []
    refused: list[str] = []

    def say_yes(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    monkeypatch.setattr(
        campaigns_page,
        "show_error",
        lambda _p, error: refused.append(error_text(error)),
    )
    page.ui.campaignList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert asked == [
        "删除活动“误建的活动”（2026-09-07 至 2026-10-04）吗？"
        "其阶段和设置将一并删除，审计日志中保留记录。"
    ]
    assert [c.id for c in services.campaigns.list_campaigns(hospital.admin)] == [
        hospital.campaign.id
    ]
    assert page.ui.campaignList.count() == 1 and refused == []
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # refused before asking
    assert refused == [
        "活动“2026年7月基础护理质量提升活动月”不能删除：其中已有 1 张检查表。"
        "只有还没有任何人填写过的活动才能删除。"
    ]
    assert page.ui.campaignList.count() == 1


@pytest.mark.parametrize(("who", "opened"), [("admin", "ranking"), ("nurse_a", "my_results")])
def test_the_published_results_line_of_the_home_page_opens_the_results(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None, who: str, opened: str
) -> None:
    from tests.months import publish

    publish(services, hospital)
    window = MainWindow(services, getattr(hospital, who))
    qtbot.addWidget(window)
    window.show()
    home = page_of(window, HomePage)
    window.show_page(home)
    assert home.todo_text.startswith("本次活动结果已发布并锁定：可以查看排名")
    assert home.ui.todoLabel.text().startswith('<a href="')
    home.ui.todoLabel.linkActivated.emit(home.todo_links[0])
    shown = window.ui.pages.currentWidget()
    assert isinstance(shown, Page) and shown.key == opened
