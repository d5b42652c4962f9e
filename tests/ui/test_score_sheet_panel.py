"""The score-sheet panel when saving goes wrong: someone else saved, the database is busy, the
window is closed with entries not yet saved; and where "去填写自查表" leads."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from nursingqc.domain.errors import DatabaseBusy
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import SheetStatus
from nursingqc.services.container import Services
from nursingqc.services.inspections import InspectionService
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.self_check import SelfCheckPage
from tests.helpers import Hospital, full_marks, save_draft, submit


def open_page(qtbot: QtBot, services: Services, hospital: Hospital) -> SelfCheckPage:
    page = SelfCheckPage(hospital.nurse_a, services.campaigns, services.wards, services.inspections)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def type_deduction(page: SelfCheckPage, code: str, value: float) -> None:
    model = page.panel.model
    model.setData(model.index(model.row_of(code), Column.DEDUCTION), value)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Clicks the button whose text starts with ``button_text`` in the next message box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text().startswith(button_text))
        button.click()

    QTimer.singleShot(0, click)


def test_a_sheet_saved_on_another_pc_since_is_not_overwritten_and_can_be_reloaded(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, hospital)
    # The department saves the same sheet from its own PC.
    save_draft(services, hospital.admin, hospital.key(), {"WE02": ItemEntry()})
    type_deduction(page, "WE01", 2.0)
    seen: list[str] = []
    answer_next_box("保留我的录入", seen)
    assert not page.panel.save_now()
    assert seen and seen[0].startswith("护理部 王主任 在您打开本表之后")
    # Kept on screen, not saved, and the department's entry is untouched.
    assert page.panel.model.entries() == {"WE01": ItemEntry(Decimal(2))}
    assert page.panel.ui.reloadButton.isVisible()
    assert "未保存：护理部 王主任 已修改本表" in page.panel.ui.savedLabel.text()
    stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert dict(stored.entries) == {"WE02": ItemEntry()}
    # Typing on does not save over theirs either; reloading shows what is saved.
    type_deduction(page, "WE03", 1.0)
    assert not page.panel.save_now()
    qtbot.mouseClick(page.panel.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert page.panel.model.entries() == {"WE02": ItemEntry()}
    assert not page.panel.ui.reloadButton.isVisible()
    type_deduction(page, "WE04", 0.0)
    assert page.panel.save_now()
    assert services.inspections.open_sheet(hospital.nurse_a, hospital.key()).version == 2


def test_a_busy_database_keeps_the_entries_on_screen_and_the_save_is_retried(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, services, hospital)
    real_save = InspectionService.save_draft
    failures = [DatabaseBusy("The database is busy: … {seconds}", seconds=10)]

    def flaky(self: InspectionService, *args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop()
        return real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(InspectionService, "save_draft", flaky)
    monkeypatch.setattr("nursingqc.ui.widgets.score_sheet_panel.RETRY_DELAY_MS", 50)
    type_deduction(page, "WE01", 0.0)
    assert not page.panel.save_now()
    assert page.panel.has_unsaved_entries
    assert page.panel.ui.savedLabel.text().startswith("尚未保存，正在重试")
    assert page.panel.model.entries() == {"WE01": ItemEntry()}
    qtbot.waitUntil(lambda: not page.panel.has_unsaved_entries, timeout=10_000)
    stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert dict(stored.entries) == {"WE01": ItemEntry()}
    assert page.panel.ui.savedLabel.text().startswith("草稿已自动保存")


def test_closing_the_window_with_entries_that_cannot_be_saved_asks_first(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.self_check)
    assert window.self_check is not None
    page = window.self_check

    def busy(*_args: object, **_kwargs: object) -> object:
        raise DatabaseBusy("busy {seconds}", seconds=10)

    monkeypatch.setattr(InspectionService, "save_draft", busy)
    type_deduction(page, "WE01", 1.0)
    asked: list[str] = []

    def answer(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def warning(_parent: object, _title: str, text: str, *_: object) -> object:
            asked.append(text)
            return answer

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    assert not window.close()
    assert window.isVisible() and len(asked) == 1
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    assert window.close()


def test_going_to_fill_the_self_check_opens_the_first_sheet_not_yet_submitted(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    for code in ("WARD_ENV", "BED_UNIT"):
        key = hospital.key(code)
        submit(
            services,
            hospital.nurse_a,
            key,
            full_marks(services.checklists.definition(key.checklist_id)),
        )
    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.home.ui.selfCheckButton, Qt.MouseButton.LeftButton)
    assert window.self_check is not None
    page = window.self_check
    assert page.ui.checklistCombo.currentText() == "服务态度（未填写）"
    assert page.panel.sheet is not None and page.panel.sheet.status is None


def test_the_chooser_and_the_header_follow_a_saved_draft_at_once(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, hospital)
    assert page.ui.checklistCombo.currentText() == "病房环境（未填写）"
    assert page.ui.statusLabel.text() == "新表"
    type_deduction(page, "WE01", 0.0)
    assert page.panel.save_now()
    assert page.ui.checklistCombo.currentText() == "病房环境（草稿）"
    assert page.ui.statusLabel.text() == "草稿"
    assert page.panel.sheet is not None and page.panel.sheet.status is SheetStatus.DRAFT


def test_the_admin_viewing_a_submitted_sheet_is_offered_to_return_it(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    key = hospital.key()
    submit(
        services,
        hospital.nurse_a,
        key,
        full_marks(services.checklists.definition(key.checklist_id)),
    )
    page = SelfCheckPage(hospital.admin, services.campaigns, services.wards, services.inspections)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.panel.ui.reopenButton.isVisible() and page.panel.ui.reopenButton.isEnabled()
    assert page.panel.ui.reopenButton.text() == "退回修改(&C)…"
    banner = page.panel.ui.bannerLabel.text()
    assert "退回修改" in banner and "联系护理部" not in banner
