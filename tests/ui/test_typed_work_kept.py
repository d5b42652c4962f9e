"""Nothing typed is ever lost: on every page that holds typed work, the user types, then moves to
another page, logs out or closes the window — and the work is in the database. When it cannot be
saved, the window asks first, and answering "stay" keeps her on the page with her text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import DatabaseBusy
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from nursingqc.storage.db import MSG_BUSY
from nursingqc.ui import main_window
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages import PAGES
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.page import Page
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.pages.self_check import SelfCheckPage
from nursingqc.ui.pages.summary import SummaryPage
from tests.helpers import TODAY, Hospital, submit_with_problems
from tests.months import run_month
from tests.ui.windows import page_of

PROBLEM = "夜班护士站物品摆放杂乱"


def leave_by_navigating(window: MainWindow) -> None:
    window.ui.navigation.setCurrentRow(0)


def leave_by_logging_out(window: MainWindow) -> None:
    window.log_out()


def leave_by_closing(window: MainWindow) -> None:
    window.close()


EXITS = {
    "navigate": leave_by_navigating,
    "log out": leave_by_logging_out,
    "close": leave_by_closing,
}


@dataclass(frozen=True)
class TypedWork:
    """A page with something typed on it: who types, how, where it lands, how to break saving."""

    page: type[Page]
    actor: Callable[[Hospital], Actor]
    prepare: Callable[[Services, Hospital], None]
    type_into: Callable[[Page], None]
    stored: Callable[[Services, Hospital, Page], bool]
    #: The service method whose failure makes the page's save fail.
    save: tuple[str, str]


def nothing_to_prepare(services: Services, hospital: Hospital) -> None:
    del services, hospital


def type_a_finding(page: Page) -> None:
    assert isinstance(page, SelfCheckPage | EvaluationPage) and page.panel.sheet is not None
    model = page.panel.model
    model.setData(model.index(1, Column.DEDUCTION), 2.0)
    model.setData(model.index(1, Column.PROBLEM), PROBLEM)


def finding_stored(services: Services, hospital: Hospital, page: Page) -> bool:
    assert isinstance(page, SelfCheckPage | EvaluationPage) and page.panel.sheet is not None
    actor = hospital.nurse_a if isinstance(page, SelfCheckPage) else hospital.inspector
    key = page.panel.sheet.key
    entries = services.inspections.open_sheet(actor, key).entries
    return any(e.problem == PROBLEM and e.deduction == Decimal(2) for e in entries.values())


def open_evaluation(services: Services, hospital: Hospital) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)


def type_into_box(page: Page, name: str) -> None:
    box = page.findChild(QPlainTextEdit, name)
    assert box is not None, name
    box.setPlainText(PROBLEM)


def type_a_cause(page: Page) -> None:
    type_into_box(page, "causeEdit")


def cause_stored(services: Services, hospital: Hospital, page: Page) -> bool:
    items = services.rectification.list_items(hospital.nurse_a, hospital.campaign.id)
    return any(
        services.rectification.detail(hospital.nurse_a, i.id).item.cause == PROBLEM for i in items
    )


def type_conclusions(page: Page) -> None:
    type_into_box(page, "conclusionsEdit")


def conclusions_stored(services: Services, hospital: Hospital, page: Page) -> bool:
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    return summary.text.conclusions == PROBLEM


WORK = {
    "self-check": TypedWork(
        SelfCheckPage,
        lambda h: h.nurse_a,
        nothing_to_prepare,
        type_a_finding,
        finding_stored,
        ("inspections", "save_draft"),
    ),
    "evaluation": TypedWork(
        EvaluationPage,
        lambda h: h.inspector,
        open_evaluation,
        type_a_finding,
        finding_stored,
        ("inspections", "save_draft"),
    ),
    "rectification": TypedWork(
        RectificationPage,
        lambda h: h.nurse_a,
        submit_with_problems,
        type_a_cause,
        cause_stored,
        ("rectification", "fill"),
    ),
    "summary": TypedWork(
        SummaryPage,
        lambda h: h.admin,
        run_month,
        type_conclusions,
        conclusions_stored,
        ("summary", "save_draft"),
    ),
}


def window_with_typing(
    qtbot: QtBot, services: Services, hospital: Hospital, work: TypedWork
) -> tuple[MainWindow, Page]:
    work.prepare(services, hospital)
    window = MainWindow(services, work.actor(hospital), lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    page = page_of(window, work.page)
    assert window.show_page(page)
    work.type_into(page)
    assert page.has_unsaved_work()
    return window, page


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every question the window asks, answered with its default button: the safe one, stay."""
    asked: list[str] = []

    def warning(
        parent: object,
        title: str,
        text: str,
        buttons: object = None,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return default

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        button = box.defaultButton()
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield asked


@pytest.mark.parametrize("how", EXITS)
@pytest.mark.parametrize("where", WORK)
def test_typed_work_is_in_the_database_after_leaving(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    questions: list[str],
    where: str,
    how: str,
) -> None:
    work = WORK[where]
    window, page = window_with_typing(qtbot, services, hospital, work)
    EXITS[how](window)
    assert work.stored(services, hospital, page)
    assert not page.has_unsaved_work()
    assert questions == []
    if how == "navigate":
        assert window.ui.pages.currentWidget() is not page
    else:
        assert not window.isVisible()


@pytest.mark.parametrize("how", EXITS)
@pytest.mark.parametrize("where", WORK)
def test_typed_work_that_cannot_be_saved_is_asked_about_and_stays_on_screen(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    questions: list[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    how: str,
) -> None:
    work = WORK[where]
    window, page = window_with_typing(qtbot, services, hospital, work)
    service_name, method = work.save

    def busy(*args: object, **kwargs: object) -> object:
        raise DatabaseBusy(MSG_BUSY, seconds=10)

    monkeypatch.setattr(getattr(services, service_name), method, busy)
    EXITS[how](window)
    assert questions, "leaving unsaved work must ask first"
    assert window.isVisible() and window.ui.pages.currentWidget() is page
    assert not window.logged_out
    assert page.has_unsaved_work()
    assert not work.stored(services, hospital, page)


@pytest.mark.parametrize("role", ["admin", "inspector", "nurse_a"])
def test_every_page_keeps_the_contract_and_leaves_without_a_question_when_nothing_is_typed(
    qtbot: QtBot, services: Services, hospital: Hospital, questions: list[str], role: str
) -> None:
    window = MainWindow(services, getattr(hospital, role), lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    keys = [page_class.key for page_class in window.page_classes]
    assert len(keys) == len(set(keys)) and list(window.page_classes) == [
        c for c in PAGES if c.shown_in(window.context)
    ]
    for row, page_class in enumerate(window.page_classes):
        window.ui.navigation.setCurrentRow(row)  # built on the way, as the user reaches it
        page = window.ui.pages.currentWidget()
        assert type(page) is page_class and page is window.page(page_class)
        assert isinstance(page, Page) and page_class.title(window.actor)
        assert not page.has_unsaved_work() and page.save_now() and page.confirm_leave()
    window.close()
    assert not window.isVisible() and questions == []


def test_the_main_window_names_no_page() -> None:
    """Adding a page is its module and one line in PAGES: the window imports none of them."""
    source = Path(main_window.__file__).read_text(encoding="utf-8")
    page_names = {c.__name__ for c in PAGES}
    assert not [name for name in page_names if name in source]
    assert "nursingqc.ui.pages." not in source.replace("nursingqc.ui.pages.page import", "")


def test_a_reopening_reason_whose_save_fails_waits_on_the_clipboard(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reason dialog has closed when the save fails: the reason must not go with it."""
    reason = "督查发现自查漏项，重新开放补录"
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    window = MainWindow(services, hospital.admin, lambda: TODAY)
    qtbot.addWidget(window)
    page = page_of(window, CampaignsPage)
    assert window.show_page(page)
    page.ui.campaignList.setCurrentRow(0)
    page.ui.phaseTable.setCurrentCell(0, 0)
    monkeypatch.setattr(ReasonDialog, "ask", lambda *args: reason)

    def busy(*args: object, **kwargs: object) -> object:
        raise DatabaseBusy(MSG_BUSY, seconds=10)

    monkeypatch.setattr(services.campaigns, "open_phase", busy)
    said: list[str] = []

    def read(box: QMessageBox) -> int:
        said.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    page.open_phase()
    assert QApplication.clipboard().text() == reason
    assert said == ["您填写的内容已放在剪贴板上：再次操作时可直接粘贴。"]
