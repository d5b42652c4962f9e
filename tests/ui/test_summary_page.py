"""总结 page: the month's figures of a crafted month, the department's text saved, refused when
stale and locked once published, the report and certificates previewed, the workbook written, and
the summary's charts painted."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.reports.pdf.layout import Written
from nursingqc.services.container import Services
from nursingqc.services.summary import MSG_TEXT_CHANGED, SummaryText
from nursingqc.storage.models import SummaryNote
from nursingqc.ui.pages import summary as summary_page
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.widgets.bar_chart import BAR_COLOUR, HIGHLIGHT_COLOUR, THRESHOLD_COLOUR, Bar
from nursingqc.ui.widgets.charts import (
    LINE_COLOUR,
    PairedBar,
    PairedBarChart,
    ParetoBar,
    ParetoChart,
    Series,
    TrendChart,
)
from tests.helpers import TODAY, Hospital
from tests.months import publish

Write = Callable[[BinaryIO, Callable[[int, int], bool]], Written | None]


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> SummaryPage:
    page = SummaryPage(actor, services.campaigns, services.summary, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
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
    assert rows(page, "gaps")[0] == ("WK01 普通外科", "100.00", "88.00", "12.00", "Lenient")
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


def test_saving_the_text_lands_in_the_database(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    page = open_page(qtbot, services, month.admin)
    assert not page.ui.causesEdit.isReadOnly()
    page.ui.tabs.setCurrentWidget(page.ui.textTab)
    page.ui.causesEdit.setPlainText("人：新护士培训不足")
    page.ui.conclusionsEdit.setPlainText("总体良好")
    page.ui.nextStepsEdit.setPlainText("P：专项培训")

    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)

    assert stored_note(services) == ("人：新护士培训不足", "总体良好", "P：专项培训", 1)
    assert page.ui.textStatusLabel.text().startswith("Saved. Last saved by 护理部 王主任")
    page.ui.conclusionsEdit.setPlainText("总体良好，仍需改进")
    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)
    assert stored_note(services) == ("人：新护士培训不足", "总体良好，仍需改进", "P：专项培训", 2)


def test_a_refresh_keeps_text_that_is_not_saved_yet(
    qtbot: QtBot, services: Services, month: Hospital
) -> None:
    page = open_page(qtbot, services, month.admin)
    page.ui.conclusionsEdit.setPlainText("写了一半")
    page.ui.conclusionsEdit.document().setModified(True)

    page.refresh()  # the main window refreshes a page each time it is shown

    assert page.ui.conclusionsEdit.toPlainText() == "写了一半"


def test_a_stale_save_says_who_changed_the_text_and_reloads(
    qtbot: QtBot, services: Services, month: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[NursingQCError] = []
    monkeypatch.setattr(summary_page, "show_error", lambda _parent, error: shown.append(error))
    page = open_page(qtbot, services, month.admin)
    # Someone else saves after the page was opened.
    services.summary.save_text(month.admin, month.campaign.id, SummaryText(conclusions="先保存的"))
    page.ui.conclusionsEdit.setPlainText("后写的")

    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)

    (error,) = shown
    assert error.template == MSG_TEXT_CHANGED
    assert error.params["changed_by"] == "护理部 王主任"
    assert stored_note(services) == ("", "先保存的", "", 1)
    assert page.ui.conclusionsEdit.toPlainText() == "先保存的"
    assert page.text.version == 1
    assert "后写的" in QGuiApplication.clipboard().text()
    assert "clipboard" in page.ui.textStatusLabel.text()


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

    monkeypatch.setattr(summary_page, "preview_pdf", capture)
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
