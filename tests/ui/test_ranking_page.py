"""排名 page: rules §11.1's columns in the service's order, numeric sorting, model wards confirmed
with a reason, excellent nurses nominated and decided, the workbook exported."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.errors import ValidationError
from nursingqc.domain.workflow import PhaseKind
from nursingqc.i18n import install_translators
from nursingqc.services.container import Services
from nursingqc.services.demo import demo_wards
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.models import ModelWardDecision, Nomination
from nursingqc.ui.dialogs.model_wards import ModelWardDialog
from nursingqc.ui.dialogs.nomination import NominationDialog
from nursingqc.ui.dialogs.reason import ReasonDialog
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.ranking import LENIENT_BACKGROUND, NAME
from nursingqc.ui.pages.ranking import RankingPage
from nursingqc.ui.widgets.bar_chart import HIGHLIGHT_COLOUR, Bar, BarChart
from tests.helpers import TODAY, audit_entries
from tests.months import (
    BED,
    CARE,
    ENV,
    SERVICE,
    TREAT,
    Month,
    build_month,
    nominations_in_database,
    ranked_month,
)
from tests.ui.keyboard import focused, press, type_chinese
from tests.ui.windows import page_of

#: rules §11.1: the ranking's columns, with the month's three checklists.
SPEC_COLUMNS = [
    "名次",
    "病区编码",
    "病区名称",
    "病房环境",
    "床单元",
    "服务态度",
    "总分",
    "自查总分",
    "自查差值",
    "整改完成率",
    "一票否决",
    "评选结果",
]
TOTAL = SPEC_COLUMNS.index("总分")


@pytest.fixture
def month(services: Services) -> Month:
    """W01 full marks, W02 and W03 a deduction, W04 a failed veto, W05 not evaluated; two model
    wards (W01 and W02 proposed)."""
    return ranked_month(services)


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> RankingPage:
    page = RankingPage(
        actor,
        services.campaigns,
        services.wards,
        services.ranking,
        services.nominations,
        lambda: TODAY,
    )
    qtbot.addWidget(page)
    page.resize(1200, 680)
    page.show()
    page.refresh()
    return page


def column(page: RankingPage, number: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Acts on the dialog of ``kind`` once it is shown modally."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isActiveWindow():
            QTimer.singleShot(10, attempt)
            return
        try:
            act(dialog)
        finally:
            # A failed check must not leave the test waiting on an open dialog.
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, attempt)


def press_ok(dialog: QWidget) -> None:
    button_box = dialog.findChild(QDialogButtonBox)
    assert button_box is not None
    ok = button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()


def test_the_table_shows_the_services_rows_in_order_in_spec_columns(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    view = services.ranking.ranking(month.admin, month.campaign.id)
    model = page.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == SPEC_COLUMNS
    assert column(page, 1) == [row.ward.code for row in view.rows]
    assert column(page, 1) == ["W01", "W02", "W03", "W04", "W05"]
    assert column(page, 0) == ["1", "2", "3", "4", "—"]
    assert column(page, TOTAL) == [f"{row.total:.2f}" if row.total else "—" for row in view.rows]
    assert column(page, TOTAL)[0] == "100.00"
    assert column(page, SPEC_COLUMNS.index("一票否决")) == ["", "", "", "是", ""]
    assert column(page, SPEC_COLUMNS.index("评选结果")) == [
        "建议示范病房",
        "建议示范病房",
        "",
        "",
        "未完成",
    ]
    assert model.index(4, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "尚未评比：病房环境、床单元、服务态度"
    )
    # No horizontal scrolling at the width the page has in a 1366 px window.
    assert not page.ui.rankingView.horizontalScrollBar().isVisible()
    chart = page.chart
    assert [bar.label for bar in chart.bars][:2] == ["1  W01 W01病区", "2  W02 W02病区"]
    assert [bar.highlighted for bar in chart.bars] == [True, True, False, False, False]
    assert chart.bars[3].note == "一票否决" and chart.bars[4].note == "未完成"
    assert chart.threshold == Decimal(90)


def test_a_lenient_self_check_is_marked_in_words(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    month = build_month(services, wards=2)
    for checklist in month.campaign.checklists:
        items = month.definitions[checklist.code].items
        severe = {str(n + 1): f"{item.points}" for n, item in enumerate(items[:4])}
        month.put("W01", checklist.code, month.entries(checklist.code, severe))
        month.put("W02", checklist.code)
        for ward in ("W01", "W02"):
            month.put(ward, checklist.code, phase=PhaseKind.SELF_CHECK, inspector=ward)
    page = open_page(qtbot, services, month.admin)
    view = services.ranking.ranking(month.admin, month.campaign.id)
    gap = view.row_for(month.wards["W01"]).self_check_gap
    assert gap is not None and gap >= 5
    gaps = column(page, SPEC_COLUMNS.index("自查差值"))
    assert column(page, 1) == ["W02", "W01"]
    assert gaps == ["+0.00", f"+{gap:.2f} 偏松"]
    lenient = page.proxy.index(1, SPEC_COLUMNS.index("自查差值"))
    assert lenient.data(Qt.ItemDataRole.BackgroundRole).color() == LENIENT_BACKGROUND
    assert "自查偏松 1 个" in page.ui.summaryLabel.text()


def test_sorting_by_total_is_numeric_not_by_text(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    header = page.ui.rankingView.horizontalHeader()
    x = header.sectionViewportPosition(TOTAL) + header.sectionSize(TOTAL) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ascending = column(page, TOTAL)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    descending = column(page, TOTAL)
    # As text, "100.00" would sort before "99.xx".
    assert descending[0] == "100.00" and ascending[-1] == "100.00"
    numbers = [Decimal(text) for text in descending if text != "—"]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 4
    assert descending[-1] == "—"  # the unfinished ward has no total: last
    rank = 0
    x = header.sectionViewportPosition(rank) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if column(page, 1)[0] != "W01":
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert column(page, 1) == ["W01", "W02", "W03", "W04", "W05"]


def decisions(services: Services) -> list[tuple[int, bool, bool, str]]:
    with services.database.transaction() as session:
        return [
            (d.ward_id, d.model_ward, d.proposed, d.reason)
            for d in session.scalars(select(ModelWardDecision).order_by(ModelWardDecision.ward_id))
        ]


def test_admin_changes_the_model_wards_with_a_written_reason(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    assert "护理部尚未确认" in page.ui.modelWardLabel.text()
    w01, w02, w03 = (month.wards[code] for code in ("W01", "W02", "W03"))
    seen: list[object] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ModelWardDialog)
        wards = dialog.ui.wardList
        # Veto and unfinished wards are not offered.
        seen.append([wards.item(i).text().split()[1] for i in range(wards.count())])
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        wards.setFocus()
        for row in (1, 2):  # untick W02, tick W03, with the space bar
            wards.setCurrentRow(row)
            press(qtbot, Qt.Key.Key_Space)
        seen.append((dialog.chosen() == {w01, w03}, ok.isEnabled()))
        seen.append(dialog.ui.changeLabel.text())
        dialog.ui.reasonEdit.setFocus()
        type_chinese("W02 有投诉未结案")
        press_ok(dialog)

    when_modal(ModelWardDialog, change)
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)

    assert seen[0] == ["W01", "W02", "W03"]
    assert seen[1] == (True, False)  # a change without a reason cannot be confirmed
    assert seen[2] == "与规则建议不同：增加 W03 W03病区；移出 W02 W02病区。请在下面填写原因。"
    assert decisions(services) == [
        (w01, True, True, "W02 有投诉未结案"),
        (w02, False, True, "W02 有投诉未结案"),
        (w03, True, False, "W02 有投诉未结案"),
    ]
    (entry,) = audit_entries(services, "confirm_model_wards")
    assert entry.reason == "W02 有投诉未结案"
    assert json.loads(entry.after or "") == {
        "model_wards": ["W01", "W03"],
        "proposed": ["W01", "W02"],
    }
    results = column(page, SPEC_COLUMNS.index("评选结果"))
    assert results[:3] == ["示范病房", "建议但未选定", "示范病房（调整增加）"]
    assert "调整原因：W02 有投诉未结案" in page.ui.modelWardLabel.text()
    assert [bar.highlighted for bar in page.chart.bars] == [True, False, True, False, False]


def test_a_confirmation_made_on_another_pc_meanwhile_is_shown_not_overwritten(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    assert "护理部尚未确认" in page.ui.modelWardLabel.text()
    w01, w03 = month.wards["W01"], month.wards["W03"]
    # The department's other PC confirms while this page still shows the bare proposal.
    services.ranking.confirm_model_wards(
        month.admin, month.campaign.id, [w01, w03], "W02 有投诉", seen=None
    )
    told: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())

    def confirm_the_proposal(dialog: QWidget) -> None:
        when_modal(QMessageBox, read_and_close)
        press_ok(dialog)

    when_modal(ModelWardDialog, confirm_the_proposal)
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told) and QApplication.activeModalWidget() is None)

    assert told[0].startswith("护理部 王主任 已于")
    assert [(ward, model) for ward, model, _, _ in decisions(services) if model] == [
        (w01, True),
        (w03, True),
    ]
    assert len(audit_entries(services, "confirm_model_wards")) == 1
    assert "调整原因：W02 有投诉" in page.ui.modelWardLabel.text()  # the page shows theirs now


def open_model_ward_dialog(qtbot: QtBot, services: Services, month: Month) -> ModelWardDialog:
    view = services.ranking.ranking(month.admin, month.campaign.id)
    dialog = ModelWardDialog(month.admin, services.ranking, view, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def untick_w02_with_a_reason(dialog: ModelWardDialog, reason: str) -> None:
    dialog.ui.wardList.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.reasonEdit.setPlainText(reason)


def answer_boxes(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[str]:
    """Clicks ``choice`` in every message box, if it has that button; the texts shown."""
    asked: list[str] = []

    def respond(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == choice:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", respond)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: asked.append(text))
    return asked


def test_closing_the_model_ward_dialog_after_a_change_asks_first(
    qtbot: QtBot, services: Services, month: Month, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_model_ward_dialog(qtbot, services, month)
    asked = answer_boxes(monkeypatch, "继续填写")
    dialog.close()
    assert asked == [] and not dialog.isVisible()  # unchanged: closed at once

    dialog = open_model_ward_dialog(qtbot, services, month)
    untick_w02_with_a_reason(dialog, "W02 有投诉未结案")
    dialog.close()
    assert asked == ["放弃已填写的内容？"] and dialog.isVisible()
    assert dialog.reason() == "W02 有投诉未结案"
    asked = answer_boxes(monkeypatch, "放弃")
    dialog.reject()
    assert asked == ["放弃已填写的内容？"] and not dialog.isVisible()
    assert decisions(services) == []


def test_a_refused_confirmation_keeps_the_ticks_and_the_reason(
    qtbot: QtBot, services: Services, month: Month, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_model_ward_dialog(qtbot, services, month)
    untick_w02_with_a_reason(dialog, "W02 有投诉未结案")

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise ValidationError("The campaign is locked.")

    monkeypatch.setattr(services.ranking, "confirm_model_wards", refuse)
    asked = answer_boxes(monkeypatch, "继续填写")
    press_ok(dialog)
    assert asked == ["The campaign is locked."] and dialog.isVisible()
    assert dialog.chosen() == {month.wards["W01"]} and dialog.reason() == "W02 有投诉未结案"


def test_a_reason_typed_when_another_pc_confirmed_first_is_kept_on_the_clipboard(
    qtbot: QtBot, services: Services, month: Month, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_model_ward_dialog(qtbot, services, month)
    services.ranking.confirm_model_wards(
        month.admin, month.campaign.id, [month.wards["W01"], month.wards["W02"]], "", seen=None
    )
    untick_w02_with_a_reason(dialog, "W02 有投诉未结案")
    asked = answer_boxes(monkeypatch, "继续填写")
    press_ok(dialog)
    # Closed without the discard question: the program ends it, and the reason is not lost.
    assert not dialog.isVisible() and dialog.outdated
    assert len(asked) == 2 and asked[0].startswith("护理部 王主任 已于")
    assert asked[1] == "您填写的原因已复制到剪贴板，如仍需要可粘贴使用。"
    assert QApplication.clipboard().text().endswith("\nW02 有投诉未结案")


def test_inspectors_see_the_ranking_but_decide_nothing(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    page = open_page(qtbot, services, month.inspector)
    assert RankingPage.title(month.inspector) == "排名" and page.proxy.rowCount() == 5
    hidden = (page.ui.confirmButton, page.ui.approveButton, page.ui.declineButton)
    assert not any(button.isVisible() for button in hidden)
    assert not page.ui.nominateButton.isVisible()


def nominate_through_dialog(qtbot: QtBot, page: RankingPage, name: str, reason: str) -> list[str]:
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NominationDialog)
        seen.append(dialog.ui.wardCombo.currentText())
        seen.append(str(dialog.ui.wardCombo.isEnabled()))
        assert focused() is dialog.ui.nameEdit
        type_chinese(name)
        press(qtbot, Qt.Key.Key_Tab)
        type_chinese(reason)
        press_ok(dialog)

    when_modal(NominationDialog, fill)
    qtbot.mouseClick(page.ui.nominateButton, Qt.MouseButton.LeftButton)
    return seen


def test_a_head_nurse_nominates_and_the_department_approves_or_declines(
    qtbot: QtBot, services: Services, month: Month, chinese: None
) -> None:
    nurse = month.head_nurse("W01")
    page = open_page(qtbot, services, nurse)
    assert RankingPage.title(nurse) == "优秀护士"
    assert page.ui.tabs.count() == 1 and not page.ui.exportButton.isVisible()
    assert "护理部公布结果后显示" in page.ui.summaryLabel.text()
    assert nominate_through_dialog(qtbot, page, "李娜", "责任心强") == ["W01 W01病区", "False"]
    assert nominate_through_dialog(qtbot, page, "王芳", "业务熟练") == ["W01 W01病区", "False"]
    assert nominations_in_database(services) == [
        ("李娜", NominationStatus.PENDING, ""),
        ("王芳", NominationStatus.PENDING, ""),
    ]
    assert page.nominees.index(0, 4).data() == "结果公布后显示"
    assert not page.ui.approveButton.isVisible()

    admin = open_page(qtbot, services, month.admin)
    qtbot.mouseClick(admin.ui.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tab_centre(admin, 1))
    assert admin.ui.tabs.tabText(1) == "优秀护士（2）(&X)"
    nominees = admin.ui.nomineesView
    assert [admin.nominees.index(r, 1).data() for r in range(2)] == ["李娜", "王芳"]
    assert admin.nominees.index(0, 4).data() == "第 1 名 · 100.00 · 示范病房"
    nominees.selectRow(0)
    qtbot.mouseClick(admin.ui.approveButton, Qt.MouseButton.LeftButton)

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        type_chinese("本病区名额已满")
        press_ok(dialog)

    nominees.selectRow(1)
    when_modal(ReasonDialog, decline)
    qtbot.mouseClick(admin.ui.declineButton, Qt.MouseButton.LeftButton)
    assert nominations_in_database(services) == [
        ("李娜", NominationStatus.APPROVED, ""),
        ("王芳", NominationStatus.DECLINED, "本病区名额已满"),
    ]
    assert [admin.nominees.index(r, 3).data() for r in range(2)] == ["已批准", "未批准"]
    assert "原因：本病区名额已满" in admin.ui.nomineeDetail.toPlainText()
    with services.database.transaction() as session:
        assert set(session.scalars(select(Nomination.decided_by))) == {"护理部 王主任"}


def tab_centre(page: RankingPage, index: int) -> QPoint:
    return page.ui.tabs.tabBar().tabRect(index).center()


def test_export_writes_a_workbook_with_the_spec_header(
    qtbot: QtBot,
    services: Services,
    month: Month,
    tmp_path: Path,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "排名"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page = open_page(qtbot, services, month.admin)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert page.task is not None
    with qtbot.waitSignal(page.task.done, timeout=20000):
        pass
    written = tmp_path / "排名.xlsx"
    assert page.ui.statusLabel.text() == f"排名已导出到 {written}"
    book = load_workbook(written, read_only=True)
    rows = [list(row) for row in book["排名"].iter_rows(values_only=True)]
    header = next(row for row in rows if row and row[0] == "名次")
    assert header == SPEC_COLUMNS
    codes = [row[1] for row in rows[rows.index(header) + 1 :]]
    assert codes == ["W01", "W02", "W03", "W04", "W05"]


def test_the_threshold_line_stops_short_of_a_value_it_would_cross(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    # On an 80-100 axis 88.50 ends just before the line at 90: its value text sits on the line.
    bars = [Bar("1 W01", Decimal("99.00"), True, "示范病房"), Bar("2 W02", Decimal("88.50"))]
    chart.set_bars(bars, Decimal(90), "90")
    chart.resize(600, chart.sizeHint().height())
    image = chart.grab().toImage()

    def reddish(colour: QColor) -> bool:
        # The dashes are antialiased: THRESHOLD_COLOUR blended into the background.
        return colour.red() > 150 and colour.green() < 140 and colour.blue() < 140

    def threshold_pixels(row: int) -> int:
        top = chart.bar_top(row)
        return sum(
            1
            for x in range(image.width())
            for y in range(top + 2, top + 20)
            if reddish(image.pixelColor(x, y))
        )

    assert threshold_pixels(0) > 0  # crossing the first bar
    assert threshold_pixels(1) == 0  # not through "88.50"
    first = chart.bar_top(0) + 11
    assert HIGHLIGHT_COLOUR.name() in {
        image.pixelColor(x, first).name() for x in range(image.width())
    }


def longest_demo_names(count: int) -> list[str]:
    """The longest ward names the demo gives a hospital of 300 wards (感染性疾病科一病区 …)."""
    names = {str(ward["name"]) for ward in demo_wards(300, random.Random(0))}
    return sorted(names, key=lambda name: (-len(name), name))[:count]


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_ward_name_column_shows_the_longest_demo_names_whole_at_1366x768(
    qtbot: QtBot, services: Services, language: str
) -> None:
    month = build_month(services, wards=12, checklists=(ENV, BED, SERVICE, TREAT, CARE))
    names = longest_demo_names(12)
    renamed = zip(month.wards, names, strict=True)
    services.ward_import.import_wards(
        month.admin, [WardRow(n + 2, code, name) for n, (code, name) in enumerate(renamed)]
    )
    for n, code in enumerate(month.wards):
        # Wide cells in English: "1 (tied)", "+49.00 lenient", "Proposed model ward".
        for checklist in month.campaign.checklists:
            items = month.definitions[checklist.code].items[: n % 3 * 2]
            severe = {item.code: f"{item.points}" for item in items}
            month.put(code, checklist.code, month.entries(checklist.code, severe))
        month.put_all(code, PhaseKind.SELF_CHECK)
    install_translators(language)
    window = MainWindow(services, month.admin, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.ui.navigation.setCurrentRow(window.page_classes.index(RankingPage))
    table = page_of(window, RankingPage).ui.rankingView
    assert sorted(column(page_of(window, RankingPage), NAME)) == sorted(names)

    # The item delegate keeps a margin on either side of the text, and the grid takes a pixel.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.horizontalHeader().sectionSize(NAME) - 1 - 2 * margin
    metrics = QFontMetrics(table.font())
    assert max(metrics.horizontalAdvance(name) for name in names) <= room
    # The headers wrap rather than push the table wider than the window (once it is laid out).
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=2000)


def test_another_campaigns_ranking_is_reached_with_the_chooser(
    qtbot: QtBot, services: Services, month: Month
) -> None:
    from datetime import timedelta

    from nursingqc.services.campaigns import CampaignSpec

    page = open_page(qtbot, services, month.admin)
    combo = page.ui.campaignCombo
    assert combo.isHidden() and column(page, 1)[0] == "W01"
    later = services.campaigns.create_campaign(
        month.admin, CampaignSpec(name="下一个月", starts_on=TODAY + timedelta(days=60))
    )
    page.refresh()
    assert not combo.isHidden() and combo.currentData() == month.campaign.id
    combo.setCurrentIndex(combo.findData(later.id))
    assert page.view is not None and page.view.campaign_id == later.id
    combo.setCurrentIndex(combo.findData(month.campaign.id))
    assert column(page, 1) == ["W01", "W02", "W03", "W04", "W05"]


def test_equal_totals_with_different_ranks_name_the_tie_rule_that_decided(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    month = build_month(services, wards=4)
    month.put_all("W01", WARD_ENV="3")  # 97, 100, 100: total 99.00, service 100
    month.put_all("W02", WARD_ENV="1.5", BED_UNIT="1.5")  # 98.5, 98.5, 100: better lowest
    month.put_all("W03", WARD_ENV="1.5", BED_UNIT="1.5")  # as W02: the same rank
    month.put_all("W04", SERVICE="3")  # 100, 100, 97: total 99.00, service 97
    page = open_page(qtbot, services, month.admin)
    assert column(page, 1) == ["W02", "W03", "W01", "W04"]
    assert set(column(page, TOTAL)) == {"99.00"}
    assert column(page, 0) == ["1（并列）", "1（并列）", "3（最低分）", "4（服务态度）"]
    proxy = page.proxy
    tips = [proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert "服务态度" not in tips[0] and "最低" not in tips[0]
    assert "最低" in tips[2] and "rules §4.7" in tips[2]
    assert "服务态度" in tips[3] and "rules §4.7" in tips[3]
    assert proxy.index(3, TOTAL).data(Qt.ItemDataRole.ToolTipRole) == tips[3]
    # The nomination's ward list is looked up by code, not read in ranking order.
    assert [label for _, label in page._nomination_wards()] == [
        "W01 W01病区",
        "W02 W02病区",
        "W03 W03病区",
        "W04 W04病区",
    ]


def test_the_status_line_clears_when_another_ward_or_campaign_is_chosen(
    qtbot: QtBot, services: Services, month: Month
) -> None:
    from datetime import timedelta

    from nursingqc.services.campaigns import CampaignSpec

    page = open_page(qtbot, services, month.admin)
    status = page.ui.statusLabel
    page.ui.rankingView.selectRow(0)
    status.setText("The ranking was exported to /tmp/排名.xlsx")
    page.ui.rankingView.selectRow(2)
    assert status.text() == ""
    status.setText("The ranking was exported to /tmp/排名.xlsx")
    page.ui.refreshButton.click()  # the same choice: what was done still stands
    assert status.text() != ""
    services.campaigns.create_campaign(
        month.admin, CampaignSpec(name="2026年4月活动月", starts_on=TODAY - timedelta(days=90))
    )
    page.refresh()
    combo = page.ui.campaignCombo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert status.text() == ""
