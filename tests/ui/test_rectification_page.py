"""整改 page: a head nurse answers her ward's items, an inspector re-checks them, photos as
evidence, and the home page's rectification to-do for each role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.rectification import RectificationAction, RectificationStatus
from nursingqc.domain.scoring import ItemEntry
from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.services.rectification import RectificationInfo, RectificationService
from nursingqc.storage.models import RectificationEvent, RectificationItem, RectificationPhoto
from nursingqc.ui.dialogs.deadline import DeadlineDialog, as_date
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.models.rectification_items import Column
from nursingqc.ui.models.sheet_items import ATTENTION_BACKGROUND
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.rectification import RectificationPage
from tests.helpers import TODAY, Hospital, full_marks, submit, submit_with_problems
from tests.pictures import photo, png_header
from tests.ui.keyboard import focused, mnemonics, type_chinese
from tests.ui.rectification import open_page
from tests.ui.tables import cells

DEADLINE = TODAY + timedelta(days=7)


def submit_findings(services: Services, hospital: Hospital) -> None:
    """心血管内科 病房环境: WE02 2 off, WE04 0.5 off; 普通外科 病房环境: WE07 1 off."""
    submit_with_problems(services, hospital)
    key_b = hospital.key(ward=hospital.ward_b)
    entries = full_marks(services.checklists.definition(key_b.checklist_id))
    entries["WE07"] = ItemEntry(Decimal(1), problem="呼叫器故障")
    submit(services, hospital.nurse_b, key_b, entries)


@pytest.fixture
def findings(services: Services, hospital: Hospital) -> Hospital:
    submit_findings(services, hospital)
    return hospital


def rows(page: RectificationPage, column: Column = Column.ITEM) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_item(page: RectificationPage, code: str) -> None:
    row = next(r for r, text in enumerate(rows(page)) if text.startswith(code))
    page.ui.itemsView.selectRow(row)
    assert page.detail.ui.summaryLabel.text().find(code) > 0


def stored(services: Services, code: str) -> RectificationItem:
    with services.database.transaction() as session:
        item = session.scalars(
            select(RectificationItem).where(RectificationItem.item_code == code)
        ).one()
        session.expunge(item)
        return item


def actions(services: Services, code: str) -> list[RectificationAction]:
    with services.database.transaction() as session:
        return list(
            session.scalars(
                select(RectificationEvent.action)
                .join(RectificationItem)
                .where(RectificationItem.item_code == code)
                .order_by(RectificationEvent.id)
            )
        )


def history(page: RectificationPage) -> list[list[str]]:
    return cells(page.detail.ui.historyTable)


def alt(qtbot: QtBot, page: RectificationPage, key: Qt.Key) -> None:
    qtbot.keyClick(page, key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box the page shows (each closes at once, as if read)."""
    shown: list[str] = []

    def read(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read)
    return shown


def test_a_head_nurse_answers_an_item_and_marks_it_done_with_the_keyboard(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None, boxes: list[str]
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    assert [code[:4] for code in rows(page)] == ["WE02", "WE04"]
    assert page.detail.ui.summaryLabel.text().splitlines()[1] == "扣分 2；问题：12床病室有异味"

    alt(qtbot, page, Qt.Key.Key_U)  # 原因分析(&U)
    assert focused() is page.detail.ui.causeEdit
    type_chinese("夜班开窗通风未落实")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_chinese("每班开窗通风两次并记录")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_chinese("王芳")
    alt(qtbot, page, Qt.Key.Key_K)  # 标记已整改(&K), clicked as a button's shortcut does: animated
    qtbot.waitUntil(lambda: stored(services, "WE02").done_on is not None)

    item = stored(services, "WE02")
    assert (item.cause, item.measure, item.owner) == (
        "夜班开窗通风未落实",
        "每班开窗通风两次并记录",
        "王芳",
    )
    assert (item.status, item.done_on, item.deadline) == (
        RectificationStatus.AWAITING_RECHECK,
        TODAY,
        DEADLINE,
    )
    assert actions(services, "WE02") == [
        RectificationAction.CREATED,
        RectificationAction.FILLED,
        RectificationAction.MARKED_DONE,
    ]
    assert boxes == []
    assert page.detail.ui.noteLabel.text() == "已标记为已整改，等待复查。"
    assert rows(page, Column.STATUS)[0] == "已整改待复查"
    assert not page.detail.ui.markDoneButton.isEnabled() and page.detail.ui.causeEdit.isReadOnly()


def test_marking_done_without_cause_and_measure_says_what_is_missing(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None, boxes: list[str]
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    page.detail.ui.ownerEdit.setText("王芳")
    page.detail.ui.markDoneButton.click()
    assert boxes == ["请先填写原因分析和整改措施，再标记为已整改。"]
    item = stored(services, "WE02")
    assert (item.status, item.owner) == (RectificationStatus.OPEN, "王芳")  # the answer is kept


def test_leaving_an_item_saves_what_was_typed(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    page.detail.ui.causeEdit.setFocus()
    type_chinese("交接班未检查")
    select_item(page, "WE04")
    assert stored(services, "WE02").cause == "交接班未检查"
    select_item(page, "WE02")
    assert page.detail.ui.causeEdit.toPlainText() == "交接班未检查"


def mark_done(services: Services, hospital: Hospital, code: str) -> RectificationInfo:
    rectification = services.rectification
    item = next(
        i
        for i in rectification.list_items(hospital.admin, hospital.campaign.id)
        if i.item_code == code
    )
    actor = hospital.nurse_a if item.ward_id == hospital.ward_a else hospital.nurse_b
    item = rectification.fill(actor, item.id, item.version, "原因", "措施", "")
    return rectification.mark_done(actor, item.id, item.version, TODAY)


def answer_deadline_dialog(reason: str, deadline: date, seen: list[str]) -> None:
    """Types the reason into the dialog when it opens, picks the date and presses OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeadlineDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(10, fill)
            return
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(f"{dialog.windowTitle()}|{ok.isEnabled()}|{focused().objectName()}")
        if focused() is dialog.ui.reasonEdit:
            type_chinese(reason)
        dialog.ui.deadlineEdit.setDate(QDate(deadline.year, deadline.month, deadline.day))
        seen.append(f"{ok.isEnabled()}")
        ok.click() if ok.isEnabled() else dialog.reject()

    QTimer.singleShot(0, fill)


def test_an_inspector_verifies_one_item_and_sends_another_back_with_a_new_deadline(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for code in ("WE02", "WE04"):
        mark_done(services, findings, code)
    page = open_page(qtbot, services, findings.inspector)
    assert rows(page, Column.WARD) == ["NK01 心血管内科", "NK01 心血管内科", "WK01 普通外科"]
    assert page.detail.ui.saveButton.isHidden() and page.detail.ui.addPhotoButton.isHidden()
    assert page.detail.ui.causeEdit.isReadOnly()

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *, optional: bool) -> str:
        asked.append(text)
        assert optional  # a comment may be left empty
        return "挂钩已全部更换"

    monkeypatch.setattr(ReasonDialog, "ask", confirm)
    select_item(page, "WE02")
    page.detail.ui.verifyButton.click()
    assert asked == [
        "确认心血管内科的 WE02 复查通过？可以在下面写给病区的复查意见，它会记入该项的整改记录。"
    ]
    assert history(page)[0][-1] == "挂钩已全部更换"
    verified = stored(services, "WE02")
    assert (verified.status, verified.verified_by, verified.verified_on) == (
        RectificationStatus.VERIFIED,
        "质控组 赵静",
        TODAY,
    )

    select_item(page, "WE04")
    seen: list[str] = []
    new_deadline = TODAY + timedelta(days=3)
    answer_deadline_dialog("床帘仍有两处脱钩", new_deadline, seen)
    page.detail.ui.rejectButton.click()
    assert seen == ["复查未通过|False|reasonEdit", "True"]
    rejected = stored(services, "WE04")
    assert (rejected.status, rejected.deadline, rejected.done_on) == (
        RectificationStatus.OPEN,
        new_deadline,
        None,
    )
    # Until the ward answers again the list says why the re-check sent it back, and a filter
    # finds such items.
    row = rows(page).index(next(text for text in rows(page) if text.startswith("WE04")))
    assert rows(page, Column.STATUS)[row] == "复查未通过"
    tooltip = page.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "复查未通过：床帘仍有两处脱钩"
    assert rows(page, Column.SOURCE)[row] == "自查 · 张丽"
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findText("复查未通过"))
    assert [text[:4] for text in rows(page)] == ["WE04"]
    newest = history(page)[0]
    assert newest[1:] == [
        "质控组 赵静",
        "复查未通过",
        "已整改待复查 →\n待整改",
        "2026-07-15 →\n2026-07-11",
        "床帘仍有两处脱钩",
    ]
    # Shown in the PC's local time, not as stored (UTC).
    with services.database.transaction() as session:
        at = session.scalars(
            select(RectificationEvent.at).order_by(RectificationEvent.id.desc()).limit(1)
        ).one()
    assert newest[0] == f"{at.astimezone():%Y-%m-%d\n%H:%M}"


def test_a_delay_needs_a_reason_and_moves_the_deadline(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    page = open_page(qtbot, services, findings.admin)
    select_item(page, "WE07")
    seen: list[str] = []
    answer_deadline_dialog("等待设备维修", TODAY + timedelta(days=20), seen)
    page.detail.ui.delayButton.click()
    assert seen == ["延期|False|reasonEdit", "True"]
    assert stored(services, "WE07").deadline == TODAY + timedelta(days=20)
    assert history(page)[0][2:] == ["延期", "待整改", "2026-07-15 →\n2026-07-28", "等待设备维修"]


def offered_dates(seen: list[tuple[date, date]]) -> None:
    """Notes the dialog's earliest and proposed deadline when it opens, and cancels it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeadlineDialog):
            QTimer.singleShot(10, look)
            return
        edit = dialog.ui.deadlineEdit
        seen.append((as_date(edit.minimumDate()), as_date(edit.date())))
        dialog.reject()

    QTimer.singleShot(0, look)


def test_the_deadline_dialogs_offer_the_dates_of_the_rules(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    mark_done(services, findings, "WE02")
    page = open_page(qtbot, services, findings.inspector)
    select_item(page, "WE07")
    seen: list[tuple[date, date]] = []
    offered_dates(seen)
    page.detail.ui.delayButton.click()
    # A delay: the day after the deadline at the earliest, a week after it proposed.
    assert seen == [(DEADLINE + timedelta(days=1), DEADLINE + timedelta(days=7))]
    select_item(page, "WE02")
    offered_dates(seen)
    page.detail.ui.rejectButton.click()
    # A failed re-check: from today, the campaign's 7 days again.
    assert seen[1] == (TODAY, TODAY + timedelta(days=7))
    assert stored(services, "WE07").deadline == DEADLINE  # cancelled: nothing moved


def test_a_head_nurse_sees_only_her_ward_and_no_recheck_buttons(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    mark_done(services, findings, "WE02")
    page = open_page(qtbot, services, findings.nurse_a)
    assert set(rows(page, Column.WARD)) == {"NK01 心血管内科"}
    combo = page.ui.wardCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["NK01 心血管内科"]
    assert not combo.isEnabled()
    select_item(page, "WE02")  # waiting for the re-check: still nothing for her to press
    for button in (
        page.detail.ui.verifyButton,
        page.detail.ui.rejectButton,
        page.detail.ui.delayButton,
        page.ui.printButton,
    ):
        assert button.isHidden()
    assert not page.detail.ui.markDoneButton.isEnabled()


def test_overdue_items_are_red_and_say_overdue_in_words(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    mark_done(services, findings, "WE02")
    item = next(
        i
        for i in services.rectification.list_items(findings.admin, findings.campaign.id)
        if i.item_code == "WE07"
    )
    services.rectification.delay(
        findings.admin, item.id, item.version, "外出学习", TODAY + timedelta(days=30)
    )
    later = RectificationService(services.database, today=lambda: TODAY + timedelta(days=8))
    page = open_page(qtbot, services, findings.admin, later)
    assert rows(page, Column.STATUS) == ["已整改待复查 · 逾期", "待整改 · 逾期", "待整改"]
    red = page.model.index(1, Column.PROBLEM).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(red, QBrush) and red.color() == ATTENTION_BACKGROUND
    assert page.model.index(2, Column.PROBLEM).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.ui.countLabel.text() == "共 3 项，逾期 2 项"
    assert page.detail.ui.summaryLabel.text().splitlines()[2] == (
        "下发 2026-07-08，期限 2026-07-15 · 已整改待复查 · 逾期"
    )

    page.ui.overdueCheck.setChecked(True)
    assert [code[:4] for code in rows(page)] == ["WE02", "WE04"]


def test_the_filters_narrow_the_list_by_ward_status_and_checklist(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None
) -> None:
    mark_done(services, findings, "WE04")
    page = open_page(qtbot, services, findings.inspector)
    assert [code[:4] for code in rows(page)] == ["WE02", "WE04", "WE07"]
    ward = page.ui.wardCombo
    ward.setCurrentIndex(ward.findText("WK01 普通外科"))
    assert [code[:4] for code in rows(page)] == ["WE07"]
    ward.setCurrentIndex(0)  # 全部病区
    status = page.ui.statusCombo
    status.setCurrentIndex(status.findData(RectificationStatus.AWAITING_RECHECK))
    assert [code[:4] for code in rows(page)] == ["WE04"]
    status.setCurrentIndex(status.findData(RectificationStatus.VERIFIED))
    assert rows(page) == [] and page.detail.ui.summaryLabel.text() == "没有符合筛选条件的整改项。"
    assert not page.detail.ui.verifyButton.isEnabled()
    status.setCurrentIndex(0)
    checklist = page.ui.checklistCombo
    checklist.setCurrentIndex(checklist.findText("病房环境"))
    assert len(rows(page)) == 3
    checklist.setCurrentIndex(checklist.findText("治疗室"))
    assert rows(page) == []


def test_a_photo_added_is_scaled_stored_and_shown_as_a_thumbnail(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    picture = photo(tmp_path / "整改后.jpg", (3000, 2000))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(picture), ""))
    page = open_page(qtbot, services, findings.nurse_a)
    alt(qtbot, page, Qt.Key.Key_H)  # the 照片(&H) tab, where 添加照片(&A)… is
    alt(qtbot, page, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: page.detail.ui.photoList.count() == 1, timeout=5000)
    assert boxes == []
    entry = page.detail.ui.photoList.item(0)
    assert entry.text() == "整改后.jpg" and not entry.icon().isNull()
    assert page.detail.ui.detailTabs.tabText(1) == "照片（1）(&H)"
    with services.database.transaction() as session:
        stored_photo = session.scalars(select(RectificationPhoto)).one()
        jpeg, size = stored_photo.jpeg, (stored_photo.width, stored_photo.height)
    assert size == (1600, 1067)
    assert Image.open(BytesIO(jpeg)).size == (1600, 1067)
    assert actions(services, "WE02")[-1] is RectificationAction.PHOTO_ADDED


def test_a_photo_removed_with_a_reason_leaves_the_ward_and_stays_for_the_department(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = services.rectification.list_items(findings.nurse_a, findings.campaign.id)[0]
    jpeg = photo(tmp_path / "a.jpg", (64, 48)).read_bytes()
    services.rectification.add_photo(findings.nurse_a, item.id, "病人正脸.jpg", jpeg, (64, 48))
    page = open_page(qtbot, services, findings.nurse_a)
    strip = page.detail.ui.photoList
    assert not page.detail.ui.removePhotoButton.isEnabled()  # no photo chosen yet
    strip.setCurrentRow(0)
    assert page.detail.ui.removePhotoButton.isEnabled()
    monkeypatch.setattr(ReasonDialog, "ask", lambda *_: "能认出病人的脸")
    page.detail.ui.removePhotoButton.click()
    assert strip.count() == 0
    assert page.detail.ui.detailTabs.tabText(1) == "照片（0）(&H)"

    department = open_page(qtbot, services, findings.admin)
    kept = department.detail.ui.photoList
    assert kept.count() == 1 and kept.item(0).text() == "病人正脸.jpg（已移除）"
    assert "张丽" in kept.item(0).toolTip() and "能认出病人的脸" in kept.item(0).toolTip()
    kept.setCurrentRow(0)
    assert not department.detail.ui.removePhotoButton.isEnabled()


def test_adding_a_photo_first_saves_the_answer_being_typed(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    picture = photo(tmp_path / "整改后.jpg", (800, 600))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(picture), ""))
    page = open_page(qtbot, services, findings.nurse_a)
    page.detail.ui.causeEdit.setPlainText("夜班未开窗通风")
    page.detail.ui.ownerEdit.setText("张丽")
    page.detail.ui.addPhotoButton.click()
    qtbot.waitUntil(lambda: page.detail.ui.photoList.count() == 1, timeout=5000)
    assert boxes == []
    assert (stored(services, "WE02").cause, stored(services, "WE02").owner) == (
        "夜班未开窗通风",
        "张丽",
    )
    assert (
        page.detail.ui.causeEdit.toPlainText() == "夜班未开窗通风"
    )  # still shown after the reload


def test_an_answer_refused_as_changed_elsewhere_waits_on_the_clipboard(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None, boxes: list[str]
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    item = stored(services, "WE02")
    # The same head nurse on the ward's other PC answers first.
    services.rectification.fill(findings.nurse_a, item.id, item.version, "通风不足", "每日开窗", "")
    page.detail.ui.causeEdit.setPlainText("夜班未开窗通风")
    page.detail.ui.measureEdit.setPlainText("每班开窗两次")
    page.detail.ui.saveButton.click()
    assert len(boxes) == 1 and "修改" in boxes[0]
    assert page.detail.ui.causeEdit.toPlainText() == "通风不足"  # the newer answer is shown
    kept = QApplication.clipboard().text()
    assert "夜班未开窗通风" in kept and "每班开窗两次" in kept
    assert "剪贴板" in page.detail.ui.noteLabel.text()
    assert stored(services, "WE02").cause == "通风不足"


def test_moving_to_another_item_after_a_change_elsewhere_keeps_the_typing_on_the_clipboard(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None, boxes: list[str]
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    item = stored(services, "WE02")
    services.rectification.fill(findings.nurse_a, item.id, item.version, "通风不足", "每日开窗", "")
    page.detail.ui.causeEdit.setPlainText("夜班未开窗通风")
    select_item(page, "WE04")
    assert len(boxes) == 1
    assert "夜班未开窗通风" in QApplication.clipboard().text()
    assert stored(services, "WE02").cause == "通风不足"


def truncated_jpeg(path: Path) -> Path:
    whole = photo(path.with_suffix(".whole.jpg"), (1200, 900)).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def text_named_jpg(path: Path) -> Path:
    path.write_text("这不是图片", encoding="utf-8")
    return path


BAD_PICTURES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("病历.jpg", text_named_jpg, "文件“病历.jpg”不是 JPEG 或 PNG 图片"),
    ("半张.jpg", truncated_jpeg, "文件“半张.jpg”不是 JPEG 或 PNG 图片"),
    ("巨图.png", lambda p: png_header(p, 9000, 9000), "图片“巨图.png”超过 60 百万像素"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_PICTURES)
def test_a_bad_picture_gives_its_message_and_changes_nothing(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
    name: str,
    make: Callable[[Path], Path],
    message: str,
) -> None:
    bad = make(tmp_path / name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: (str(bad), ""))
    page = open_page(qtbot, services, findings.nurse_a)
    before = stored(services, "WE02").version
    page.detail.ui.addPhotoButton.click()
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=5000)
    assert boxes[0].startswith(message)
    with services.database.transaction() as session:
        assert session.scalar(select(func.count(RectificationPhoto.id))) == 0
    assert stored(services, "WE02").version == before
    assert page.detail.ui.photoList.count() == 0


def test_a_change_made_elsewhere_is_reported_with_who_and_the_item_reloaded(
    qtbot: QtBot, services: Services, findings: Hospital, chinese: None, boxes: list[str]
) -> None:
    page = open_page(qtbot, services, findings.nurse_a)
    item = services.rectification.list_items(findings.admin, findings.campaign.id)[0]
    services.rectification.fill(findings.admin, item.id, item.version, "护理部补录", "措施", "")
    page.detail.ui.causeEdit.setPlainText("护士长填写")
    page.detail.ui.saveButton.click()
    assert len(boxes) == 1 and boxes[0].startswith("护理部 王主任 在您打开之后")
    assert page.detail.ui.causeEdit.toPlainText() == "护理部补录"
    assert stored(services, "WE02").cause == "护理部补录"


def home_lines(qtbot: QtBot, services: Services, actor: Actor, today: date = TODAY) -> list[str]:
    page = HomePage(actor, services.home, lambda: today)
    qtbot.addWidget(page)
    page.refresh()
    return [line for line in page.todo_text.splitlines() if "整改" in line]


@pytest.fixture
def overdue_hospital(services: Services, findings: Hospital) -> Iterator[Hospital]:
    mark_done(services, findings, "WE02")
    yield findings


def test_the_home_page_gives_each_role_its_rectification_lines(
    qtbot: QtBot, services: Services, overdue_hospital: Hospital, chinese: None
) -> None:
    hospital = overdue_hospital
    later = TODAY + timedelta(days=8)
    assert home_lines(qtbot, services, hospital.nurse_a, later) == [
        "整改：待整改 1 项，其中逾期 1 项；待复查 1 项"
    ]
    assert home_lines(qtbot, services, hospital.nurse_b) == [
        "整改：待整改 1 项，其中逾期 0 项；待复查 0 项"
    ]
    department = [
        "整改（全院）：待整改 2 项，待复查 1 项，复查通过 0 项；"
        "已过整改期限 3 项（含尚未整改和待复查的）",
        "有逾期整改项的病区（2）：NK01 心血管内科、WK01 普通外科",
    ]
    assert home_lines(qtbot, services, hospital.admin, later) == department
    assert home_lines(qtbot, services, hospital.inspector, later) == department
    assert home_lines(qtbot, services, hospital.admin) == [
        "整改（全院）：待整改 2 项，待复查 1 项，复查通过 0 项；"
        "已过整改期限 0 项（含尚未整改和待复查的）"
    ]


@pytest.mark.parametrize(
    ("who", "status"),
    [("inspector", RectificationStatus.AWAITING_RECHECK), ("nurse_a", RectificationStatus.OPEN)],
)
def test_the_home_pages_rectification_line_opens_the_list_filtered_to_what_is_to_do(
    qtbot: QtBot,
    services: Services,
    overdue_hospital: Hospital,
    chinese: None,
    who: str,
    status: RectificationStatus,
) -> None:
    import re

    from nursingqc.ui.main_window import MainWindow
    from tests.ui.windows import page_of

    window = MainWindow(services, getattr(overdue_hospital, who), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    home = page_of(window, HomePage)
    window.show_page(home)
    line = next(n for n, text in enumerate(home.todo_lines) if text.startswith("整改"))
    shown = home.ui.todoLabel.text().split("<br>")[line]
    link = re.fullmatch(r'<a href="([^"]+)">整改.*</a>', shown)
    assert link is not None, shown
    home.ui.todoLabel.linkActivated.emit(link.group(1))
    page = page_of(window, RectificationPage)
    assert window.ui.pages.currentWidget() is page
    assert page.ui.statusCombo.currentData() == status
    listed = [page.model.item_at(row) for row in range(page.model.rowCount())]
    assert listed and all(item is not None and item.status is status for item in listed)


def test_the_home_page_says_nothing_of_rectification_before_any_item(
    qtbot: QtBot, services: Services, hospital: Hospital, chinese: None
) -> None:
    assert home_lines(qtbot, services, hospital.nurse_a) == []
    assert home_lines(qtbot, services, hospital.admin) == []


def test_the_notice_of_the_chosen_ward_opens_in_the_preview(
    qtbot: QtBot,
    services: Services,
    findings: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previews: list[tuple[str, str, bytes]] = []

    def preview(_parent: object, title: str, name: str, write: Callable[..., object]) -> None:
        out = BytesIO()
        write(out, lambda _done, _total: True)
        previews.append((title, name, out.getvalue()))

    monkeypatch.setattr("nursingqc.ui.dialogs.document_preview.preview_pdf", preview)
    page = open_page(qtbot, services, findings.inspector)
    ward = page.ui.wardCombo
    ward.setCurrentIndex(ward.findText("WK01 普通外科"))
    alt(qtbot, page, Qt.Key.Key_N)  # 打印整改通知单(&N)…
    qtbot.waitUntil(lambda: len(previews) == 1)
    title, name, pdf = previews[0]
    assert (title, name) == ("整改通知单", f"整改通知单-{findings.campaign.name}-WK01.pdf")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "普通外科" in text and "呼叫器故障" in text and "心血管内科" not in text


def test_printing_all_wards_with_nothing_to_do_says_so_instead(
    qtbot: QtBot,
    services: Services,
    hospital: Hospital,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(
        "nursingqc.ui.dialogs.document_preview.preview_pdf",
        lambda *_: pytest.fail("preview opened"),
    )
    page = open_page(qtbot, services, hospital.admin)
    page.ui.printButton.click()
    assert told == [
        "没有病区尚有未完成的整改项，无需打印通知单。如仍要打印某个病区的通知单，请先选择该病区。"
    ]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_alt_key_of_the_page_and_the_deadline_dialog_is_different(
    qtbot: QtBot, services: Services, findings: Hospital, language: str
) -> None:
    install_translators(language)
    try:
        page = open_page(qtbot, services, findings.admin)
        tabs = page.detail.ui.detailTabs
        letters = mnemonics(page) + [
            tabs.tabText(i)[tabs.tabText(i).index("&") + 1].upper() for i in range(tabs.count())
        ]
        assert len(letters) == len(set(letters)) == 19
        assert "L" not in letters  # 退出登录(&L) in the main window
        for label in page.findChildren(QLabel):
            if label.buddy() is not None:
                assert "&" in label.text()
        dialog = DeadlineDialog("", "", TODAY, TODAY)
        qtbot.addWidget(dialog)
        assert sorted(mnemonics(dialog)) == ["D", "R"]
    finally:
        install_translators("en")


def test_the_list_exports_what_the_filters_show_with_answers_and_rechecks(
    qtbot: QtBot, services: Services, findings: Hospital, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    item = mark_done(services, findings, "WE02")
    services.rectification.reject(
        findings.inspector, item.id, item.version, "=仍有异味", TODAY + timedelta(days=3)
    )
    page = open_page(qtbot, services, findings.admin)
    everything = page.export_to(tmp_path / "整改")
    with qtbot.waitSignal(everything.done, timeout=20000):
        pass
    sheet = load_workbook(tmp_path / "整改.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Ward", "Checklist", "Found by", "Item")
    assert len(rows) == 1 + 3
    we02 = next(row for row in rows if str(row[3]).startswith("WE02"))
    assert we02[2] == "Self-check · 张丽" and we02[4] == 2
    assert we02[8] == "Re-check not passed" and we02[9] == "原因"
    assert we02[15] == "=仍有异味"  # a text, not a formula
    assert we02[7] == datetime.combine(TODAY + timedelta(days=3), datetime.min.time())

    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findText("Re-check not passed"))
    narrowed = page.export_to(tmp_path / "复查未通过.xlsx")
    with qtbot.waitSignal(narrowed.done, timeout=20000):
        pass
    rows = list(load_workbook(tmp_path / "复查未通过.xlsx").active.iter_rows(values_only=True))
    assert [str(row[3])[:4] for row in rows[1:]] == ["WE02"]


def test_the_items_of_another_campaign_are_reached_with_the_chooser(
    qtbot: QtBot, services: Services, findings: Hospital
) -> None:
    from nursingqc.services.campaigns import CampaignSpec

    later = services.campaigns.create_campaign(
        findings.admin, CampaignSpec(name="八月", starts_on=TODAY + timedelta(days=40))
    )
    page = open_page(qtbot, services, findings.admin)
    combo = page.ui.campaignCombo
    assert not combo.isHidden() and page.model.rowCount() == 3
    combo.setCurrentIndex(combo.findData(later.id))
    assert page.model.rowCount() == 0
    combo.setCurrentIndex(combo.findData(findings.campaign.id))
    assert page.model.rowCount() == 3
