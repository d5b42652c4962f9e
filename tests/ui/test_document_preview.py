"""预览与打印: the preview shows the PDF it wrote, prints it, saves the same bytes, and cancels."""

from __future__ import annotations

import dataclasses
import io
import re
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.notices import NoticeData, NoticeProblem
from nursingqc.reports import files
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.notice import write_notices
from nursingqc.services.container import Services
from nursingqc.ui.dialogs import document_preview
from nursingqc.ui.dialogs.document_preview import DocumentPreviewDialog, preview_pdf
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.workers import BackgroundTask, Progress
from tests.helpers import Hospital, submit_with_problems
from tests.reports.pdf_checks import break_notice_of


def notice(code: str, name: str, problems: int = 3) -> NoticeData:
    return NoticeData(
        hospital="测试市人民医院",
        number=f"ZG202607-1-{code}",
        ward_code=code,
        ward_name=name,
        issued_on=date(2026, 7, 8),
        deadline=date(2026, 7, 15),
        inspection_dates=(date(2026, 7, 8),),
        inspectors=("质控组 赵静",),
        head_nurse="张丽",
        problems=tuple(
            NoticeProblem("病房环境", f"WE{n:02d}", "病室整洁、无异味", Decimal(1), f"问题{n}")
            for n in range(1, problems + 1)
        ),
    )


NOTICES = [notice("NK01", "心血管内科"), notice("WK01", "普通外科"), notice("FE01", "妇科")]


def write(out: BinaryIO, progress: Progress) -> Written | None:
    return write_notices(NOTICES, out, progress)


def written_pages() -> int:
    written = write_notices(NOTICES, io.BytesIO())
    assert written is not None
    return written.pages


def open_preview(qtbot: QtBot, parent: QWidget) -> DocumentPreviewDialog:
    preview_pdf(parent, "整改通知单", "整改通知单.pdf", write)
    qtbot.waitUntil(lambda: parent.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = parent.findChild(DocumentPreviewDialog)
    assert isinstance(dialog, DocumentPreviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    return widget


def dark_share(image: QImage) -> float:
    """The share of pixels darker than light grey: printed text and lines, not paper."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, grey.height(), 2)
        for x in range(0, grey.width(), 2)
        if grey.pixelColor(x, y).value() < 160
    )
    return dark / ((grey.height() // 2) * (grey.width() // 2))


def test_the_preview_shows_page_one_of_the_very_pdf_it_wrote(qtbot: QtBot, parent: QWidget) -> None:
    dialog = open_preview(qtbot, parent)
    reader = PdfReader(io.BytesIO(dialog.data))
    assert "心血管内科" in reader.pages[0].extract_text()
    assert dialog.page_count() == len(reader.pages) == written_pages()
    assert dialog.ui.pageSpin.value() == 1
    assert dialog.ui.pageCountLabel.text() == f"/ {dialog.page_count()}"
    view = dialog.ui.pagesView
    page = view.page_rect(0).intersected(view.viewport().rect())
    shown = view.viewport().grab(page).toImage()
    assert shown.width() > 300 and shown.height() > 300
    assert 0.005 < dark_share(shown) < 0.5  # text and table lines on white paper
    # Fit width: the page spans the view but for its margins.
    assert view.page_rect(0).width() > view.viewport().width() - 60


def test_going_to_the_last_page_shows_its_number(qtbot: QtBot, parent: QWidget) -> None:
    dialog = open_preview(qtbot, parent)
    last = dialog.page_count()
    dialog.ui.pageSpin.setValue(last)
    assert dialog.ui.pagesView.current_page() == last - 1
    assert not dialog.ui.nextButton.isEnabled() and dialog.ui.previousButton.isEnabled()


def test_enter_in_the_page_box_goes_to_the_page_and_does_not_print(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, parent)
    from PySide6.QtPrintSupport import QPrintDialog

    printed: list[bool] = []

    def print_dialog(_self: QPrintDialog) -> int:
        printed.append(True)
        return 0

    # The button's slot was bound when the dialog was made: the print dialog is what is seen.
    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    spin = dialog.ui.pageSpin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(dialog.page_count()))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert dialog.ui.pagesView.current_page() == dialog.page_count() - 1
    assert printed == [] and dialog.isVisible()


def test_cancel_stops_the_writing_shows_nothing_and_leaves_no_file(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))
    asked: list[bool] = []

    def slow_write(out: BinaryIO, progress: Progress) -> Written | None:
        def slow(done: int, total: int) -> bool:
            time.sleep(0.02)
            asked.append(progress(done, total))
            return asked[-1]

        return write_notices(NOTICES * 20, out, slow)

    preview_pdf(parent, "整改通知单", "整改通知单.pdf", slow_write)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None)
    waiting = parent.findChild(QProgressDialog)
    assert isinstance(waiting, QProgressDialog)
    qtbot.waitUntil(lambda: len(asked) > 0)
    waiting.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None, timeout=10000)
    qtbot.wait(100)
    assert asked[-1] is False and len(asked) < 2 * len(NOTICES) * 20
    assert parent.findChild(DocumentPreviewDialog) is None
    assert sorted(tmp_path.rglob("*")) == before


def test_save_as_writes_the_same_bytes(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, parent)
    offered: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(tmp_path / "七月整改通知单"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_as()
    assert Path(offered[0]).name == "整改通知单.pdf"
    assert (tmp_path / "七月整改通知单.pdf").read_bytes() == dialog.data


def test_a_failed_save_says_why_and_leaves_nothing(
    qtbot: QtBot, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, parent)
    target = tmp_path / "拔掉的U盘" / "通知单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown: list[NursingQCError] = []
    monkeypatch.setattr(document_preview, "show_error", lambda _p, error, _t: shown.append(error))
    dialog.save_as()
    (error,) = shown
    assert error.template == files.MSG_CANNOT_WRITE
    assert error.params["file"] == str(target)
    assert not target.parent.exists()


def test_printing_to_a_pdf_printer_prints_every_page_or_the_range_asked(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count()

    ranged = QPrinter(QPrinter.PrinterMode.HighResolution)
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "pages-2-3.pdf"))
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 3)
    assert dialog.print_to(ranged) == 2
    assert len(PdfReader(tmp_path / "pages-2-3.pdf").pages) == 2


def test_open_in_the_system_viewer_hands_over_a_copy_named_as_suggested(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, parent)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.open_in_viewer()
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "整改通知单.pdf"
    assert copy.read_bytes() == dialog.data


@pytest.fixture
def campaigns_page(qtbot: QtBot, services: Services, hospital: Hospital) -> CampaignsPage:
    page = CampaignsPage(
        hospital.admin,
        services.campaigns,
        services.checklists,
        services.wards,
        services.notices,
        "测试市人民医院",
    )
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def previewed_text(qtbot: QtBot, page: QWidget) -> list[str]:
    qtbot.waitUntil(lambda: page.findChild(DocumentPreviewDialog) is not None, timeout=10000)
    dialog = page.findChild(DocumentPreviewDialog)
    assert isinstance(dialog, DocumentPreviewDialog)
    texts = [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(io.BytesIO(dialog.data)).pages]
    dialog.close()
    return texts


def test_campaigns_page_previews_the_notices_of_wards_with_open_items(
    qtbot: QtBot, services: Services, hospital: Hospital, campaigns_page: CampaignsPage
) -> None:
    submit_with_problems(services, hospital)
    assert campaigns_page.ui.documentWardCombo.currentData() is None  # 全部病区
    qtbot.mouseClick(campaigns_page.ui.noticesButton, Qt.MouseButton.LeftButton)
    text = "".join(previewed_text(qtbot, campaigns_page))
    assert "心血管内科（NK01）" in text and "12床病室有异味" in text
    assert "普通外科" not in text


def test_campaigns_page_says_when_no_ward_has_work_left(
    qtbot: QtBot, campaigns_page: CampaignsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(campaigns_page.ui.noticesButton, Qt.MouseButton.LeftButton)
    assert told and "choose the ward first" in told[0]
    assert campaigns_page.findChild(BackgroundTask) is None


def test_campaigns_page_previews_one_wards_blank_checklist(
    qtbot: QtBot, hospital: Hospital, campaigns_page: CampaignsPage
) -> None:
    page = campaigns_page
    page.ui.documentWardCombo.setCurrentIndex(page.ui.documentWardCombo.findData("WK01"))
    first = hospital.campaign.checklists[0]
    page.ui.documentChecklistCombo.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.blankChecklistsButton, Qt.MouseButton.LeftButton)
    texts = previewed_text(qtbot, page)
    assert texts[0].startswith(f"测试市人民医院{first.name}检查表")
    assert "病区：普通外科（WK01）" in texts[0]
    assert not any("心血管内科" in text for text in texts)


def test_parts_left_out_are_named_over_the_preview(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    failing = dataclasses.replace(NOTICES[0], ward_code="WK09", ward_name="外科九病区")

    break_notice_of(monkeypatch, "WK09")

    def write_with_failure(out: BinaryIO, progress: Progress) -> Written | None:
        return write_notices([*NOTICES, failing], out, progress)

    preview_pdf(parent, "整改通知单", "整改通知单.pdf", write_with_failure)
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)

    assert "外科九病区（WK09）" in warned[0] and "nursingqc.log" in warned[0]
    assert "心血管内科" not in warned[0]
    dialog = parent.findChild(DocumentPreviewDialog)
    assert isinstance(dialog, DocumentPreviewDialog)
    assert dialog.page_count() == written_pages() + 1
