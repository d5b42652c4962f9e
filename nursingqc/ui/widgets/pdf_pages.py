"""A PDF's pages on screen and on paper, rendered with pypdfium2 (the very bytes that are saved).

pdfium is not thread-safe, so every page is rendered on the UI thread, and only when it comes into
view: a 600-page file opens at once and scrolls smoothly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

import pypdfium2
from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: Pixels around and between the pages on screen.
PAGE_GAP = 12
#: Rendered pages kept for scrolling back; a fit-width A4 page is about 3 MB.
CACHED_PAGES = 12
#: A printed page is rendered at the printer's resolution up to this: an A4 page at 300 dpi is a
#: 35 MB image, at 1200 dpi it would be 560 MB, too much for a ward's PC, and no sharper to read.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72
BACKGROUND = QColor("#8a8f96")
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


def render_page(document: pypdfium2.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` at ``scale`` pixels per point, painted on white: reportlab leaves the page
    background transparent, which a printer or a dark theme would otherwise show."""
    bitmap = document[index].render(
        scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True, prefer_bgrx=True
    )
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # the bitmap's memory goes with the bitmap


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for: all, the current one, or a range."""
    chosen = printer.printRange()
    if chosen is QPrinter.PrintRange.CurrentPage:
        return [current]
    ranges = printer.pageRanges()
    if chosen is QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [index for index in range(page_count) if ranges.contains(index + 1)]
    return list(range(page_count))


def print_pages(
    document: pypdfium2.PdfDocument,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Prints ``pages`` to ``printer``, each page scaled to fit the paper, centred.

    ``progress(done, total)`` returning False stops and aborts the job. Returns the pages sent.
    """
    printer.setFullPage(True)  # the PDF has its own margins
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for number, index in enumerate(pages):
            if progress is not None and not progress(number, len(pages)):
                printer.abort()
                return sent
            if number:
                printer.newPage()
            width, height = document.get_page_size(index)
            image = render_page(document, index, dpi / POINTS_PER_INCH)
            fit = min(paper.width() / width, paper.height() / height)
            target = QRectF(0, 0, width * fit, height * fit)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent


class PdfPagesView(QAbstractScrollArea):
    """The pages one under another on grey, fitted to the width or at a zoom factor."""

    #: (current page, page count), 1-based, as the page at the middle of the view changes.
    pageChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: pypdfium2.PdfDocument | None = None
        self._sizes: list[tuple[float, float]] = []  # points
        self._tops: list[int] = []  # pixels, for the current scale
        self._scale = 1.0  # pixels per point
        self._zoom: float | None = None  # None: fit the width
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._current = 0
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)

    # -- the document --------------------------------------------------------------------

    def set_document(self, document: pypdfium2.PdfDocument) -> None:
        self._document = document
        self._sizes = [document.get_page_size(i) for i in range(len(document))]
        self._current = 0
        self._layout()
        self.verticalScrollBar().setValue(0)
        self.pageChanged.emit(1, self.page_count())

    def page_count(self) -> int:
        return len(self._sizes)

    def current_page(self) -> int:
        """0-based."""
        return self._current

    def page_image(self, index: int) -> QImage:
        """Page ``index`` as it is drawn now (rendered on first use)."""
        assert self._document is not None
        image = self._cache.get(index)
        ratio = self.devicePixelRatioF()
        if image is None:
            image = render_page(self._document, index, self._scale * ratio)
            image.setDevicePixelRatio(ratio)
            self._cache[index] = image
            while len(self._cache) > CACHED_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(index)
        return image

    # -- zoom and navigation -------------------------------------------------------------

    def fit_width(self) -> None:
        self._zoom = None
        self._relayout_keeping_page()

    def set_zoom(self, zoom: float) -> None:
        """``zoom`` 1.0 shows the page at its printed size on a 96-dpi screen."""
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._relayout_keeping_page()

    def zoom(self) -> float:
        return self._scale * POINTS_PER_INCH / self.logicalDpiX()

    def go_to_page(self, index: int) -> None:
        if 0 <= index < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[index] - PAGE_GAP)

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` is drawn, in viewport pixels."""
        width, height = self._page_pixels(index)
        content = self._content_width()
        left = max(PAGE_GAP, (content - width) // 2) - self.horizontalScrollBar().value()
        top = self._tops[index] - self.verticalScrollBar().value()
        return QRect(left, top, width, height)

    # -- Qt events -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        visible = self.viewport().rect()
        for index in range(len(self._sizes)):
            rect = self.page_rect(index)
            if rect.top() > visible.bottom():
                break
            if rect.bottom() < visible.top():
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            painter.fillRect(rect, Qt.GlobalColor.white)
            painter.drawImage(rect, self.page_image(index))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None:
            self._relayout_keeping_page()
        else:
            self._update_scrollbars()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._sizes:
            step = 1.1 if event.angleDelta().y() > 0 else 1 / 1.1
            self.set_zoom(self.zoom() * step)
            event.accept()
            return
        super().wheelEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 800)

    # -- layout --------------------------------------------------------------------------

    def _page_pixels(self, index: int) -> tuple[int, int]:
        width, height = self._sizes[index]
        return round(width * self._scale), round(height * self._scale)

    def _content_width(self) -> int:
        widest = max((self._page_pixels(i)[0] for i in range(len(self._sizes))), default=0)
        return max(widest + 2 * PAGE_GAP, self.viewport().width())

    def _layout(self) -> None:
        if not self._sizes:
            return
        if self._zoom is None:
            widest = max(width for width, _ in self._sizes)
            # The scroll bar's width is left out up front so it never makes the fit change.
            room = self.viewport().width() - 2 * PAGE_GAP
            if not self.verticalScrollBar().isVisible():
                room -= self.verticalScrollBar().sizeHint().width()
            scale = max(room, 50) / widest
        else:
            scale = self._zoom * self.logicalDpiX() / POINTS_PER_INCH
        if scale != self._scale:
            self._cache.clear()
        self._scale = scale
        self._tops = []
        top = PAGE_GAP
        for index in range(len(self._sizes)):
            self._tops.append(top)
            top += self._page_pixels(index)[1] + PAGE_GAP
        self._update_scrollbars(top)

    def _update_scrollbars(self, height: int | None = None) -> None:
        if height is None:
            last = len(self._tops) - 1
            height = self._tops[last] + self._page_pixels(last)[1] + PAGE_GAP if self._tops else 0
        viewport = self.viewport().size()
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(0, height - viewport.height()))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(max(20, viewport.height() // 20))
        horizontal = self.horizontalScrollBar()
        horizontal.setRange(0, max(0, self._content_width() - viewport.width()))
        horizontal.setPageStep(viewport.width())
        self.viewport().update()

    def _relayout_keeping_page(self) -> None:
        if not self._sizes:
            return
        page = self._current
        offset = self.verticalScrollBar().value() - (self._tops[page] if self._tops else 0)
        old_height = self._page_pixels(page)[1] if self._tops else 1
        self._layout()
        # Stay at the same place in the same page as the scale changes.
        ratio = self._page_pixels(page)[1] / max(old_height, 1)
        self.verticalScrollBar().setValue(self._tops[page] + round(offset * ratio))
        self.viewport().update()

    def _scrolled(self, value: int) -> None:
        middle = value + self.viewport().height() // 2
        page = 0
        for index, top in enumerate(self._tops):
            if top <= middle:
                page = index
        if page != self._current:
            self._current = page
            self.pageChanged.emit(page + 1, self.page_count())
        self.viewport().update()
