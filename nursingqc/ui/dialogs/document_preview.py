"""预览与打印: any document the program makes, shown as the very PDF that is printed or saved.

``preview_pdf`` writes the PDF off the UI thread behind a cancellable progress dialog, then opens a
preview of those bytes with 打印…, 另存为 PDF… and 用系统查看器打开. Nothing is written to disk
unless the user saves or opens it in another program.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pypdfium2
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import tr
from nursingqc.logs import current_log_file
from nursingqc.reports.files import write_file
from nursingqc.reports.pdf.layout import Written
from nursingqc.reports.pdf.notice import write_notices
from nursingqc.services.notices import NoticeService
from nursingqc.ui.errors import show_error
from nursingqc.ui.forms.ui_document_preview import Ui_DocumentPreviewDialog
from nursingqc.ui.widgets.pdf_pages import pages_to_print, print_pages
from nursingqc.ui.workers import BackgroundTask, Progress

log = logging.getLogger(__name__)

#: Copies handed to the system's viewer live here, one folder each; a day later they are removed.
VIEWER_FOLDER = "NursingQC-preview"
VIEWER_COPIES_KEPT_SECONDS = 24 * 3600
#: Zoom choices after 适合宽度 (fit width), as factors of the printed size.
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

#: Characters Windows does not allow in a file name.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]')


def file_name(*parts: str) -> str:
    """A suggested PDF name from the document, the campaign and the ward."""
    return _NOT_IN_FILE_NAMES.sub("_", "-".join(part for part in parts if part)) + ".pdf"


def preview_notices(
    parent: QWidget,
    notices: NoticeService,
    actor: Actor,
    campaign: tuple[int, str],
    ward_code: str | None,
) -> None:
    """整改通知单 of every ward with items still to do, or of ``ward_code`` (无需整改 when it has
    none), previewed before printing; says so when there is nothing to print."""
    campaign_id, campaign_name = campaign
    try:
        found = notices.notices(actor, campaign_id, ward_code)
    except NursingQCError as error:
        show_error(parent, error)
        return
    title = tr("Rectification notices")
    if not found:
        QMessageBox.information(
            parent,
            title,
            tr(
                "No ward has rectification items still to do, so there is no notice to "
                "print. To print a ward's notice anyway, choose the ward first."
            ),
        )
        return

    def write(out: BinaryIO, progress: Progress) -> Written | None:
        return write_notices(found, out, progress)

    preview_pdf(parent, title, file_name(title, campaign_name, ward_code or ""), write)


def preview_pdf(
    parent: QWidget,
    title: str,
    suggested_name: str,
    write: Callable[[BinaryIO, Progress], Written | None],
) -> None:
    """Makes the PDF with ``write(stream, progress)`` in the background, then previews it.

    ``write`` returns what it wrote, or None when ``progress`` returned False (Cancel): then no
    preview opens. A user error raised by ``write`` is shown in a box; parts of the document that
    could not be laid out are named in a warning over the preview.
    """

    def job(progress: Progress) -> tuple[bytes, tuple[str, ...]] | None:
        buffer = io.BytesIO()
        written = write(buffer, progress)
        return None if written is None else (buffer.getvalue(), written.failed)

    task = BackgroundTask(parent, tr("Making {title}…").format(title=title), job)

    def show(result: object) -> None:
        if not isinstance(result, tuple):
            return
        data, failed = result
        dialog = DocumentPreviewDialog(title, suggested_name, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if failed:
            QMessageBox.warning(
                dialog,
                title,
                tr(
                    "These parts could not be laid out and were left out (a page in the "
                    "document says so): {parts}. The rest is complete. Details are in the log "
                    "file {log}; show it to IT."
                ).format(parts="、".join(failed), log=current_log_file()),
            )

    task.succeeded.connect(show)
    task.done.connect(task.dialog.deleteLater)
    task.done.connect(task.deleteLater)
    task.start()


class DocumentPreviewDialog(QDialog):
    def __init__(
        self, title: str, suggested_name: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.data = data
        self._title = title
        self._suggested_name = suggested_name
        self._document = pypdfium2.PdfDocument(data)
        view = self.ui.pagesView
        view.pageChanged.connect(self._show_page_number)
        view.set_document(self._document)
        self.ui.pageSpin.setMaximum(max(1, view.page_count()))
        self.ui.pageSpin.valueChanged.connect(lambda page: view.go_to_page(page - 1))
        self.ui.previousButton.clicked.connect(lambda: view.go_to_page(view.current_page() - 1))
        self.ui.nextButton.clicked.connect(lambda: view.go_to_page(view.current_page() + 1))
        self.ui.zoomCombo.addItem(self.tr("Fit width"), None)
        for zoom in ZOOMS:
            self.ui.zoomCombo.addItem(f"{zoom:.0%}", zoom)
        self.ui.zoomCombo.currentIndexChanged.connect(self._zoom_chosen)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.openButton.clicked.connect(self.open_in_viewer)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.printButton.setDefault(True)
        # Enter in the page box goes to that page; it must not reach the default 打印 button.
        self.ui.pageSpin.installEventFilter(self)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1000, room.width() * 9 // 10), room.height() * 9 // 10)

    def page_count(self) -> int:
        return self.ui.pagesView.page_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.pageSpin
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.ui.pageSpin.interpretText()
            return True
        return super().eventFilter(watched, event)

    def _show_page_number(self, page: int, count: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(page)
        self.ui.pageSpin.blockSignals(False)
        self.ui.pageCountLabel.setText(self.tr("/ {count}").format(count=count))
        self.ui.previousButton.setEnabled(page > 1)
        self.ui.nextButton.setEnabled(page < count)

    def _zoom_chosen(self, index: int) -> None:
        zoom = self.ui.zoomCombo.itemData(index)
        if zoom is None:
            self.ui.pagesView.fit_width()
        else:
            self.ui.pagesView.set_zoom(float(zoom))

    # -- printing ------------------------------------------------------------------------

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        dialog.setFromTo(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Prints the pages ``printer`` asks for (all, the current one or a range) behind a
        cancellable progress dialog; returns the pages sent."""
        pages = pages_to_print(printer, self.page_count(), self.ui.pagesView.current_page())
        if not pages:
            return 0
        waiting = QProgressDialog(
            self.tr("Printing {title}…").format(title=self._title),
            self.tr("Cancel"),
            0,
            len(pages),
            self,
        )
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            waiting.setValue(done)
            return not waiting.wasCanceled()

        try:
            sent = print_pages(self._document, printer, pages, progress)
        finally:
            waiting.close()
        if sent == 0 and not waiting.wasCanceled():
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer {printer} could not be used. Check that it is switched on and "
                    "connected, or choose another printer, and try again."
                ).format(printer=printer.printerName() or printer.outputFileName()),
            )
        return sent

    # -- saving and opening elsewhere ----------------------------------------------------

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self._suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_file(self.data, target)
        except NursingQCError as error:
            show_error(self, error, self.tr("Save as PDF"))

    def open_in_viewer(self) -> None:
        """A copy in the temporary folder, opened by the program the system uses for PDF."""
        root = Path(tempfile.gettempdir()) / VIEWER_FOLDER
        _remove_old_copies(root)
        copy = root / uuid.uuid4().hex / self._suggested_name
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(self.data)
        except OSError as error:
            log.warning("could not write %s for the system viewer", copy, exc_info=True)
            QMessageBox.warning(
                self,
                self.tr("Open in the system viewer"),
                self.tr(
                    "The document could not be put in the temporary folder ({detail}). "
                    "Use Save as PDF… instead."
                ).format(detail=error.strerror or type(error).__name__),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(
                self,
                self.tr("Open in the system viewer"),
                self.tr(
                    "No program for PDF files was found on this computer. Use Save as PDF… and "
                    "open the file another way, or print from here."
                ),
            )


def _remove_old_copies(root: Path) -> None:
    # A viewer may still have a recent copy open (Windows then refuses to delete it): only
    # folders older than a day are removed, and one that cannot be is left for next time.
    if not root.is_dir():
        return
    limit = time.time() - VIEWER_COPIES_KEPT_SECONDS
    for folder in root.iterdir():
        with contextlib.suppress(OSError):
            if folder.stat().st_mtime < limit:
                shutil.rmtree(folder)
