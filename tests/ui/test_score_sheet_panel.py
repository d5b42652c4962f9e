"""The score-sheet panel when saving goes wrong: someone else saved, the database is busy (another
process holds the write lock while the window stays live), the window is closed with entries not
yet saved; and where "去填写自查表" leads."""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from nursingqc.domain.errors import DatabaseBusy
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import SheetStatus
from nursingqc.services.container import Services, open_services
from nursingqc.services.inspections import InspectionService
from nursingqc.storage.db import BUSY_TIMEOUT_SECONDS
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.self_check import SelfCheckPage
from tests.database_files import disk_full, mount_small_disk
from tests.helpers import TODAY, Hospital, build_hospital, full_marks, save_draft, submit
from tests.ui.dialogs import answer_next_box
from tests.ui.windows import page_of


def open_page(qtbot: QtBot, services: Services, hospital: Hospital) -> SelfCheckPage:
    page = SelfCheckPage(hospital.nurse_a, services.campaigns, services.wards, services.inspections)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def open_window(
    qtbot: QtBot, services: Services, hospital: Hospital
) -> tuple[MainWindow, SelfCheckPage]:
    """The head nurse's main window on her self-check page."""
    window = MainWindow(services, hospital.nurse_a)
    qtbot.addWidget(window)
    window.show()
    window.show_page(page_of(window, SelfCheckPage))
    assert window.page(SelfCheckPage) is not None
    return window, page_of(window, SelfCheckPage)


def type_deduction(page: SelfCheckPage, code: str, value: float) -> None:
    model = page.panel.model
    model.setData(model.index(model.row_of(code), Column.DEDUCTION), value)


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
    window, page = open_window(qtbot, services, hospital)

    def busy(*_args: object, **_kwargs: object) -> object:
        raise DatabaseBusy("busy {seconds}", seconds=10)

    monkeypatch.setattr(InspectionService, "save_draft", busy)
    type_deduction(page, "WE01", 1.0)
    asked: list[str] = []

    def answer(answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def warning(
            _parent: object, _title: str, text: str, *_: object
        ) -> QMessageBox.StandardButton:
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
    qtbot.mouseClick(page_of(window, HomePage).ui.selfCheckButton, Qt.MouseButton.LeftButton)
    assert window.page(SelfCheckPage) is not None
    page = page_of(window, SelfCheckPage)
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


HOLD_THE_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


@contextmanager
def another_pc_saving(services: Services, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """A second process holds the database's write lock for ``seconds``, as another PC's long
    save does."""
    path = services.database.path
    assert path is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        yield holder
    finally:
        holder.kill()
        holder.wait()


class Heartbeat:
    """A timer ticking every 50 ms on the UI thread: the longest gap between ticks is how long
    the window froze."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start(50)

    def longest_gap(self) -> float:
        return max(later - earlier for earlier, later in itertools.pairwise(self.ticks))


def test_an_autosave_waits_for_another_pcs_lock_off_the_ui_thread_and_keeps_every_entry(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("nursingqc.ui.widgets.score_sheet_panel.RETRY_DELAY_MS", 200)
    page = open_page(qtbot, services, hospital)
    label = page.panel.ui.savedLabel
    with another_pc_saving(services, seconds=BUSY_TIMEOUT_SECONDS + 2) as holder:
        heartbeat = Heartbeat()
        type_deduction(page, "WE01", 1.0)  # autosaved after 0.4 s, then waits for the lock
        qtbot.wait(2000)
        type_deduction(page, "WE02", 0.5)  # while that save waits: queued behind it
        qtbot.waitUntil(lambda: label.text().startswith("尚未保存，正在重试"), timeout=15_000)
        assert "数据库正忙" in label.text()
        assert page.panel.model.entries() == {
            "WE01": ItemEntry(Decimal(1)),
            "WE02": ItemEntry(Decimal("0.5")),
        }
        assert heartbeat.longest_gap() < 0.3
        assert holder.poll() is None  # the lock was held all along
    qtbot.waitUntil(lambda: not page.panel.has_unsaved_entries, timeout=15_000)
    stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert dict(stored.entries) == {
        "WE01": ItemEntry(Decimal(1)),
        "WE02": ItemEntry(Decimal("0.5")),
    }
    assert label.text().startswith("草稿已自动保存")


def test_closing_the_window_while_an_autosave_waits_for_the_lock_saves_before_it_closes(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, page = open_window(qtbot, services, hospital)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: asked.append(args[2]))
    with another_pc_saving(services, seconds=2):
        type_deduction(page, "WE01", 1.0)
        typed = page.panel.model.entries()
        qtbot.wait(800)  # the autosave is on its way, waiting for the lock
        stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
        assert dict(stored.entries) == {}
        type_deduction(page, "WE03", 0.0)
        page_entries = page.panel.model.entries()
        assert window.close()
    assert asked == [] and typed != page_entries
    stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert dict(stored.entries) == page_entries


@contextmanager
def write_protected(services: Services) -> Iterator[None]:
    """SQLite refuses every write, as on a write-protected file (a file's mode stops no write
    by root, who runs these tests here)."""

    def protect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    engine = services.database.engine
    event.listen(engine, "connect", protect)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", protect)
        engine.dispose()


@pytest.mark.sqlite_only
def test_an_autosave_on_a_read_only_database_says_so_and_keeps_the_entries(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("nursingqc.ui.widgets.score_sheet_panel.RETRY_DELAY_MS", 200)
    page = open_page(qtbot, services, hospital)
    label = page.panel.ui.savedLabel
    with write_protected(services):
        type_deduction(page, "WE01", 1.0)
        qtbot.waitUntil(lambda: "只读" in label.text(), timeout=5000)
        assert label.text() == (
            f"尚未保存，正在重试：数据库文件 {services.database.path} 是只读的，护理质控无法保存。"
            "请在文件属性中取消“只读”，或请信息科开通写入权限。"
        )
        assert page.panel.model.entries() == {"WE01": ItemEntry(Decimal(1))}
    qtbot.waitUntil(lambda: not page.panel.has_unsaved_entries, timeout=5000)
    stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert dict(stored.entries) == {"WE01": ItemEntry(Decimal(1))}


@pytest.mark.sqlite_only
def test_an_autosave_on_a_full_disk_says_so_and_lands_once_space_is_freed(
    qtbot: QtBot, tmp_path: Path, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nursingqc.ui.widgets.score_sheet_panel.RETRY_DELAY_MS", 200)
    disk = tmp_path / "small-disk"
    mount_small_disk(disk)
    services = open_services(f"sqlite:///{disk / 'h.sqlite3'}", today=lambda: TODAY)
    try:
        hospital = build_hospital(services)
        page = open_page(qtbot, services, hospital)
        label = page.panel.ui.savedLabel
        with disk_full(services):
            type_deduction(page, "WE01", 1.0)
            qtbot.waitUntil(lambda: "磁盘已满" in label.text(), timeout=5000)
            assert label.text().startswith(f"尚未保存，正在重试：{services.database.path} 所在")
            assert page.panel.model.entries() == {"WE01": ItemEntry(Decimal(1))}
        qtbot.waitUntil(lambda: not page.panel.has_unsaved_entries, timeout=5000)
        stored = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
        assert dict(stored.entries) == {"WE01": ItemEntry(Decimal(1))}
        page.close()
    finally:
        services.close()
        subprocess.run(["umount", "--lazy", str(disk)], check=False)
