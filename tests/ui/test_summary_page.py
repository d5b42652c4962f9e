"""总结 page: the month's figures of a crafted month; the department's text autosaved as a draft,
saved at once before leaving or making a document, kept on screen when a stale save is refused
and locked once published; the report and certificates previewed, the workbook written, and the
summary's charts painted."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import DatabaseBusy
from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.pdf.layout import Written
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services, open_services
from nursingqc.services.summary import (
    SummaryService,
    SummaryText,
    TrendLine,
    TrendSpread,
)
from nursingqc.storage.db import BUSY_TIMEOUT_SECONDS, MSG_BUSY
from nursingqc.storage.models import SummaryNote
from nursingqc.ui.dialogs import document_preview
from nursingqc.ui.pages import summary as summary_page
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.widgets.bar_chart import BAR_COLOUR, HIGHLIGHT_COLOUR, THRESHOLD_COLOUR, Bar
from nursingqc.ui.widgets.charts import (
    LINE_COLOUR,
    PairedBar,
    PairedBarChart,
    ParetoChart,
    Series,
    TrendChart,
)
from nursingqc.ui.widgets.pareto_layout import ParetoBar
from tests.helpers import PASSWORD, TODAY, Hospital
from tests.months import publish
from tests.ui.dialogs import answer_next_box
from tests.ui.keyboard import type_chinese

Write = Callable[[BinaryIO, Callable[[int, int], bool]], Written | None]


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> SummaryPage:
    page = SummaryPage(actor, services.campaigns, services.summary, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page


def rows(page: SummaryPage, table: str) -> list[tuple[str, ...]]:
    return [row.cells for row in page.tabs.models[table].rows]


def stored_note(services: Services) -> tuple[str, str, str, int] | None:
    with services.database.transaction(read_only=True) as session:
        note = session.scalar(select(SummaryNote))
        if note is None:
            return None
        return (note.cause_analysis, note.conclusions, note.next_steps, note.version)


def test_many_wards_trend_draws_the_hospital_lines_the_view_carries(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    page = open_page(qtbot, services, month.inspector)
    view = services.summary.summary(month.inspector, month.campaign.id)
    wards = [TrendLine(f"W{n:02d}", f"病区{n}", (Decimal(90 + n),)) for n in range(8)]
    hospital = TrendSpread((Decimal("93.50"),), (Decimal("97.00"),), (Decimal("90.00"),))

    page.tabs.show(dataclasses.replace(view, trends=tuple(wards), trend_spread=hospital))

    assert [(s.name, s.values) for s in page.ui.trendChart.series] == [
        ("Hospital mean", hospital.mean),
        ("Highest total", hospital.highest),
        ("Lowest total", hospital.lowest),
    ]


def test_the_trend_table_lists_the_wards_by_code_and_draws_the_one_chosen(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    page = open_page(qtbot, services, month.inspector)
    view = services.summary.summary(month.inspector, month.campaign.id)
    # In ranking order, as the view carries them: the best total first.
    wards = [TrendLine(f"W{n:02d}", f"病区{n}", (Decimal(90 + n),)) for n in reversed(range(8))]
    page.tabs.show(dataclasses.replace(view, trends=tuple(wards)))
    assert [row[0] for row in rows(page, "trend")] == [f"W{n:02d} 病区{n}" for n in range(8)]
    page.ui.trendView.setCurrentIndex(page.tabs.models["trend"].index(1, 0))
    assert page.ui.trendChart.series[-1].name == "W01 病区1"


def test_the_page_shows_the_months_figures(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    page = open_page(qtbot, services, month.inspector)

    figures = {label: value for label, value in rows(page, "figures")}
    assert figures["Wards taking part"] == "2"
    assert figures["Items checked"] == "98"
    assert figures["Problems found (items with a deduction)"] == "7"
    assert figures["Pass rate (wards with a total of 90 or more)"] == "50.00% (1/2)"
    assert figures["Full-compliance rate of the items"] == "92.86% (91/98)"
    assert figures["Rectification rate (re-check passed)"] == "14.29% (1/7)"
    assert rows(page, "checklists")[0] == (
        "病房环境",
        "2",
        "86.50",
        "98.00",
        "心血管内科",
        "75.00",
        "普通外科",
    )
    assert rows(page, "honours") == [
        ("Model ward", "心血管内科", "NK01 心血管内科", "99.40", ""),
        ("Excellent nurse", "王丽娟", "NK01 心血管内科", "99.40", "服务热情"),
    ]
    assert page.ui.wardChart.bars == [
        Bar("1  NK01 心血管内科", Decimal("99.40"), True, "Model ward"),
        Bar("2  WK01 普通外科", Decimal("88.00"), False, ""),
    ]
    assert [(r[2], r[4], r[6], r[7]) for r in rows(page, "pareto")][:2] == [
        ("BU01", "2", "28.57%", "Yes"),
        ("WE02", "2", "57.14%", "Yes"),
    ]
    assert [b.cumulative for b in page.ui.paretoChart.bars][-1] == Decimal("100.00")
    assert rows(page, "gaps")[0] == ("WK01 普通外科", "100.00", "88.00", "12.00", "Lenient", "")
    assert page.ui.gapChart.rows[0].marked and page.ui.gapChart.rows[0].note == "lenient +12.00"
    assert rows(page, "rectification") == [
        ("NK01 心血管内科", "2", "1", "1", "50.00%", "50.00%"),
        ("WK01 普通外科", "5", "0", "0", "0.00%", "0.00%"),
        ("Whole hospital", "7", "1", "1", "14.29%", "14.29%"),
    ]
    assert rows(page, "trend") == [("NK01 心血管内科", "99.40"), ("WK01 普通外科", "88.00")]
    assert page.ui.trendChart.series[0].values == (Decimal("99.40"),)
    # Inspectors read the text; only the department writes it.
    assert page.ui.causesEdit.isReadOnly() and page.ui.saveTextButton.isHidden()


def type_into(page: SummaryPage, edit: QPlainTextEdit, text: str) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.textTab)
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(text)


def busy(*_args: object) -> SummaryText:
    """A save while another PC holds the database's write lock."""
    raise DatabaseBusy(MSG_BUSY, seconds=BUSY_TIMEOUT_SECONDS)


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_page, "AUTOSAVE_DELAY_MS", 50)


@pytest.fixture
def no_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """The autosave never comes by itself: what the page does at once is what is tested."""
    monkeypatch.setattr(summary_page, "AUTOSAVE_DELAY_MS", 3_600_000)


def test_typed_text_is_autosaved_as_a_draft(
    qtbot: QtBot, services: Services, month: Hospital, quick_autosave: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    assert not page.ui.causesEdit.isReadOnly()

    type_into(page, page.ui.causesEdit, "人：新护士培训不足")
    type_into(page, page.ui.conclusionsEdit, "总体良好")

    qtbot.waitUntil(lambda: stored_note(services) == ("人：新护士培训不足", "总体良好", "", 1))
    qtbot.waitUntil(lambda: not page.has_unsaved_work())
    assert services.summary.summary(month.admin, month.campaign.id).text.draft
    assert page.ui.textStatusLabel.text().startswith("Saved ")
    page.refresh()  # as another PC shows it: someone is still writing
    assert page.ui.textStatusLabel.text().startswith("Draft saved by 护理部 王主任 at ")
    type_into(page, page.ui.conclusionsEdit, "，仍需改进")
    qtbot.waitUntil(
        lambda: stored_note(services) == ("人：新护士培训不足", "总体良好，仍需改进", "", 2)
    )


def test_the_save_button_saves_the_text_as_the_departments(
    qtbot: QtBot, services: Services, month: Hospital, no_autosave: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.nextStepsEdit, "P：专项培训")

    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)

    assert stored_note(services) == ("", "", "P：专项培训", 1)
    assert not services.summary.summary(month.admin, month.campaign.id).text.draft
    assert not page.has_unsaved_work()
    page.refresh()
    assert page.ui.textStatusLabel.text().startswith("Last saved by 护理部 王主任 at ")


def test_save_now_and_confirm_leave_save_what_was_typed_at_once(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
    no_autosave: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    page = open_page(qtbot, services, month.admin)
    assert not page.has_unsaved_work() and page.save_now() and page.confirm_leave()

    type_into(page, page.ui.conclusionsEdit, "总体良好")
    assert page.has_unsaved_work()
    assert page.save_now()
    assert stored_note(services) == ("", "总体良好", "", 1)
    assert not page.has_unsaved_work()

    type_into(page, page.ui.causesEdit, "人：培训不足")
    assert page.confirm_leave()
    assert stored_note(services) == ("人：培训不足", "总体良好", "", 2)
    assert asked == []


def test_save_now_waits_for_the_autosave_on_its_way(
    qtbot: QtBot, services: Services, month: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_page, "AUTOSAVE_DELAY_MS", 0)
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.conclusionsEdit, "总体良好")  # its autosave starts in the background
    page.ui.conclusionsEdit.insertPlainText("，仍需改进")

    assert page.save_now()

    assert stored_note(services) == ("", "总体良好，仍需改进", "", 2)


def test_a_failed_save_asks_before_leaving_and_keeps_the_text_on_stay(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
    no_autosave: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.conclusionsEdit, "写了一半")
    monkeypatch.setattr(SummaryService, "save_draft", busy)
    seen: list[str] = []

    answer_next_box("&Stay on this page", seen)
    assert not page.confirm_leave()
    assert seen[0].startswith("Saving failed: if you leave, the summary text")
    assert page.ui.conclusionsEdit.toPlainText() == "写了一半" and page.has_unsaved_work()

    answer_next_box("&Discard and leave", seen)
    assert page.confirm_leave()
    assert not page.has_unsaved_work() and stored_note(services) is None
    assert "写了一半" in QGuiApplication.clipboard().text()


def test_a_refresh_keeps_text_that_is_not_saved_yet(
    qtbot: QtBot, services: Services, month: Hospital, no_autosave: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.conclusionsEdit, "写了一半")

    page.refresh()  # the main window refreshes a page each time it is shown

    assert page.ui.conclusionsEdit.toPlainText() == "写了一半"
    assert page.has_unsaved_work()


def test_a_stale_save_keeps_the_typed_text_and_names_who_saved(
    qtbot: QtBot, services: Services, month: Hospital, db_url: str, quick_autosave: None
) -> None:
    page = open_page(qtbot, services, month.admin)
    # Another of the department's staff saves on her own PC after the page was opened.
    other_pc = open_services(db_url, today=lambda: TODAY)
    try:
        user = other_pc.accounts.create_user(
            month.admin, "hlb2", "护理部 李干事", Role.ADMIN, PASSWORD
        )
        colleague = Actor(user.id, "hlb2", "护理部 李干事", Role.ADMIN)
        other_pc.summary.save_text(
            colleague, month.campaign.id, SummaryText(conclusions="先保存的")
        )
    finally:
        other_pc.close()
    seen: list[str] = []
    answer_next_box("&Keep my text on screen", seen)

    type_into(page, page.ui.conclusionsEdit, "后写的")

    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("护理部 李干事 saved the summary text at ")
    assert stored_note(services) == ("", "先保存的", "", 1)
    assert page.ui.conclusionsEdit.toPlainText() == "后写的"
    assert page.has_unsaved_work() and not page.save_now()
    assert "后写的" in QGuiApplication.clipboard().text()
    assert "护理部 李干事" in page.ui.textStatusLabel.text()

    # Saving again is refused again; the user chooses to see the saved text.
    answer_next_box("&Show the saved text", seen)
    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)
    assert page.ui.conclusionsEdit.toPlainText() == "先保存的"
    assert page.text.version == 1 and not page.has_unsaved_work()
    assert stored_note(services) == ("", "先保存的", "", 1)


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    return "".join(text.split())


def test_the_report_previewed_right_after_typing_prints_the_typed_text(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
    no_autosave: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previews: list[Write] = []
    monkeypatch.setattr(document_preview, "preview_pdf", lambda *args: previews.append(args[3]))
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.causesEdit, "人：新护士培训不足")
    type_into(page, page.ui.conclusionsEdit, "本月基础护理总体良好")
    type_into(page, page.ui.nextStepsEdit, "P：专项培训")

    qtbot.mouseClick(page.ui.pdfButton, Qt.MouseButton.LeftButton)

    (write,) = previews
    out = io.BytesIO()
    write(out, lambda _done, _total: True)
    printed = pdf_text(out.getvalue())
    typed = ("人：新护士培训不足", "本月基础护理总体良好", "P：专项培训")
    assert all(text in printed for text in typed) and "护理部尚未填写" not in printed
    assert stored_note(services) == (*typed, 1)


def test_no_document_is_made_while_the_typed_text_cannot_be_saved(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
    no_autosave: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    previews: list[object] = []
    monkeypatch.setattr(document_preview, "preview_pdf", lambda *args: previews.append(args))
    monkeypatch.setattr(summary_page, "ask_workbook_path", lambda *args: tmp_path / "s.xlsx")
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.conclusionsEdit, "本月基础护理总体良好")
    monkeypatch.setattr(SummaryService, "save_draft", busy)
    seen: list[str] = []

    for button in (page.ui.pdfButton, page.ui.excelButton):
        answer_next_box("OK", seen)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(seen) == 2
    assert seen[0].startswith("The summary text you typed is not saved")
    assert previews == [] and not (tmp_path / "s.xlsx").exists()
    assert page.ui.conclusionsEdit.toPlainText() == "本月基础护理总体良好"


def test_choosing_another_campaign_saves_the_text_first(
    qtbot: QtBot, services: Services, month: Hospital, no_autosave: None
) -> None:
    earlier = services.campaigns.create_campaign(
        month.admin, CampaignSpec(name="2026年4月活动月", starts_on=TODAY - timedelta(days=90))
    )
    page = open_page(qtbot, services, month.admin)
    type_into(page, page.ui.conclusionsEdit, "七月的结论")

    combo = page.ui.campaignCombo
    combo.setCurrentIndex(combo.findData(earlier.id))

    assert stored_note(services) == ("", "七月的结论", "", 1)
    assert page.view is not None and page.view.campaign_id == earlier.id
    assert page.ui.conclusionsEdit.toPlainText() == ""


def test_the_status_line_of_an_export_clears_when_another_campaign_is_chosen(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    earlier = services.campaigns.create_campaign(
        month.admin, CampaignSpec(name="2026年4月活动月", starts_on=TODAY - timedelta(days=90))
    )
    page = open_page(qtbot, services, month.admin)
    page.ui.statusLabel.setText("The summary was exported to /tmp/总结.xlsx")
    combo = page.ui.campaignCombo
    combo.setCurrentIndex(combo.findData(earlier.id))
    assert page.ui.statusLabel.text() == ""


def test_the_text_is_read_only_once_published(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    services.summary.save_text(month.admin, month.campaign.id, SummaryText(conclusions="定稿"))
    publish(services, month)
    page = open_page(qtbot, services, month.admin)

    assert all(
        edit.isReadOnly()
        for edit in (page.ui.causesEdit, page.ui.conclusionsEdit, page.ui.nextStepsEdit)
    )
    assert not page.ui.saveTextButton.isEnabled()
    assert page.ui.conclusionsEdit.toPlainText() == "定稿"
    assert "locked" in page.ui.textNote.text() and "published" in page.ui.summaryLabel.text()


@pytest.mark.parametrize(
    ("button", "title", "name"),
    [
        ("pdfButton", "Summary report", "Summary report-2026年7月基础护理质量提升活动月.pdf"),
        ("certificatesButton", "Certificates", "Certificates-2026年7月基础护理质量提升活动月.pdf"),
    ],
)
def test_the_report_and_certificates_open_in_the_preview(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    title: str,
    name: str,
) -> None:
    previews: list[tuple[str, str, Write]] = []

    def capture(_parent: QWidget, title: str, suggested: str, write: Write) -> None:
        previews.append((title, suggested, write))

    monkeypatch.setattr(document_preview, "preview_pdf", capture)
    page = open_page(qtbot, services, month.admin)

    qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)

    ((shown_title, suggested, write),) = previews
    assert (shown_title, suggested) == (title, name)
    out = io.BytesIO()
    written = write(out, lambda _done, _total: True)
    assert out.getvalue().startswith(b"%PDF")
    # The certificates: the model ward and the excellent nurse, a page each.
    assert written is not None and not written.failed
    assert written.pages == 2 if button == "certificatesButton" else written.pages > 2


def test_the_workbook_is_written_in_the_background(
    qtbot: QtBot, services: Services, month: Hospital, tmp_path: Path
) -> None:
    page = open_page(qtbot, services, month.admin)

    task = page.export_to(tmp_path / "总结")
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass

    workbook = load_workbook(tmp_path / "总结.xlsx")
    assert workbook.sheetnames[0] == "概况"
    assert "总结.xlsx" in page.ui.statusLabel.text()


def colours_of(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_the_charts_paint_their_bars_lines_and_marks(qtbot: QtBot) -> None:
    pareto = ParetoChart()
    pareto.set_bars(
        [
            ParetoBar("BU01", 5, Decimal("50.00")),
            ParetoBar("WE02", 3, Decimal("80.00")),
            ParetoBar("SV03", 2, Decimal("100.00")),
        ]
    )
    paired = PairedBarChart()
    paired.set_rows(
        [
            PairedBar("WK01 普通外科", Decimal(100), Decimal(88), True, "自查偏松 +12.00"),
            PairedBar("NK01 心血管内科", Decimal("99.4"), None),
        ],
        "自查",
        "评比",
    )
    trend = TrendChart()
    trend.set_series(
        ["2026年1月", "2026年4月", "2026年7月"],
        [Series("NK01", (Decimal(95), None, Decimal("99.4"))), Series("WK01", (None,) * 3)],
    )
    for chart in (pareto, paired, trend):
        qtbot.addWidget(chart)
        chart.resize(640, max(300, chart.sizeHint().height()))

    assert {BAR_COLOUR.name(), LINE_COLOUR.name(), THRESHOLD_COLOUR.name()} <= colours_of(pareto)
    assert {BAR_COLOUR.name(), HIGHLIGHT_COLOUR.name()} <= colours_of(paired)
    assert paired.minimumHeight() == paired.sizeHint().height()
    assert LINE_COLOUR.name() in colours_of(trend)


def test_a_dash_in_self_check_and_evaluation_says_why_and_a_self_check_veto_is_shown(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    from tests.months import BED, ENV, SERVICE, build_month

    month = build_month(services, wards=4)
    for code in ("W01", "W02"):
        month.put_all(code)
    month.put("W01", SERVICE, month.entries(SERVICE, veto=("SV04",)), PhaseKind.SELF_CHECK)
    for checklist in (ENV, BED):
        month.put("W01", checklist, phase=PhaseKind.SELF_CHECK)
        month.put("W02", checklist, phase=PhaseKind.SELF_CHECK)
        month.put("W03", checklist)
    page = open_page(qtbot, services, month.admin)
    gaps = {row[0]: row[1:] for row in rows(page, "gaps")}
    assert gaps == {
        "W01 W01病区": ("100.00", "100.00", "0.00", "", "自查否决"),
        "W02 W02病区": ("—", "100.00", "—", "", "自查 2/3"),
        "W03 W03病区": ("—", "—", "—", "", "未自查、评比 2/3"),
        "W04 W04病区": ("—", "—", "—", "", "未自查、未评比"),
    }
    model = page.tabs.models["gaps"]
    tips = {row.cells[0]: row.tooltip for row in model.rows}
    assert tips["W02 W02病区"] == (
        "自查未完成：3 张检查表中已提交 2 张。\n两个总分不全，没有差值。"
    )
    assert "自查中的否决不计入排名" in tips["W01 W01病区"]
    assert "原因见“说明”列" in page.ui.gapsNote.text()
    # The ranking is untouched by the self-check veto (rules §4.6).
    ranking = services.ranking.ranking(month.admin, month.campaign.id)
    assert not ranking.row_for(month.wards["W01"]).veto
