"""Finds texts that a window shows cut off: a label, button or box narrower than its text, a
table header narrower than its title, a cell narrower than its text that gives no tooltip.

A widget is measured only where the user can see it: shown, inside its window and, in a scroll
area, with the room the area gives it. A cell whose text does not fit is accepted when its
tooltip holds the whole text (elided with a tooltip, the way a column that truly cannot fit is
shown); a header's title may wrap onto the lines the header has.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

#: A pixel of rounding between a size hint and the geometry a layout gives is not a cut.
TOLERANCE = 1


@dataclass(frozen=True)
class Clipped:
    """One cut text: where (the widget's class and object name, or a table cell) and how much."""

    where: str
    text: str
    needed: int
    has: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needed} px, has {self.has}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _seen(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> Clipped | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return Clipped(_name(label), text, needed, label.height())
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + TOLERANCE:
        return Clipped(_name(label), text, hint.width(), label.width())
    if hint.height() > label.height() + TOLERANCE:
        return Clipped(_name(label), text, hint.height(), label.height())
    return None


def _button(button: QAbstractButton) -> Clipped | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE:
        return Clipped(_name(button), button.text(), hint.width(), button.width())
    if hint.height() > button.height() + TOLERANCE:
        return Clipped(_name(button), button.text(), hint.height(), button.height())
    return None


def _combo(combo: QComboBox) -> Clipped | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    # The text is drawn clipped to the field, so what can be cut is its ink: Qt sizes a combo
    # to its contents by the ink too, and a full-width closing bracket's advance is half blank
    # (a combo Qt sized to "…（5/5 表已提交）" needs its advance 262 px, has 260, shows it whole).
    needed = combo.fontMetrics().boundingRect(text).right() + 1
    if needed > field.width() + TOLERANCE:
        return Clipped(_name(combo), text, needed, field.width())
    return None


def _group_box(box: QGroupBox) -> Clipped | None:
    needed = box.fontMetrics().horizontalAdvance(box.title()) + 2 * box.fontMetrics().height()
    if box.title() and needed > box.width() + TOLERANCE:
        return Clipped(_name(box), box.title(), needed, box.width())
    return None


def _header(header: QHeaderView, view: QTableView) -> list[Clipped]:
    """Each shown title against its section: the width of its longest line when the header
    wraps, and as many lines as the header's height holds."""
    model = header.model()
    if model is None:
        return []
    found = []
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        if not title:
            continue
        where = f"{_name(view)} header {section}"
        if not wraps:
            # Qt's own measure of the section the title needs: its margins and sort arrow too.
            needed = header.sectionSizeFromContents(section).width()
            if needed > header.sectionSize(section) + TOLERANCE:
                found.append(Clipped(where, title, needed, header.sectionSize(section)))
            continue
        room = header.sectionSize(section) - 2 * margin
        bounds = metrics.boundingRect(
            QRect(0, 0, max(room, 1), 10_000), int(Qt.TextFlag.TextWordWrap), title
        )
        if bounds.width() > room + TOLERANCE or bounds.height() > header.height() + TOLERANCE:
            needed = metrics.horizontalAdvance(title) + 2 * margin
            found.append(Clipped(where, title, needed, header.sectionSize(section)))
    return found


def _cells(view: QTableView) -> list[Clipped]:
    """The rows on screen: a cell's display text against its column, unless its tooltip says
    all of it."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return []
    found = []
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    # The delegate's margin each side of a cell's text (QCommonStyle's item view text margin).
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(first, last + 1):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or view.columnWidth(column) == 0:
                continue
            index = model.index(row, column, QModelIndex())
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or str(text) == "" or view.indexWidget(index) is not None:
                continue
            text = str(text)
            if _told_by_tooltip(text, model.data(index, Qt.ItemDataRole.ToolTipRole)):
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
            # The cell's own measure: its text, icon, check box and the style's margins.
            needed = view.sizeHintForIndex(index)
            height = view.rowHeight(row)
            # The grid line is drawn inside the cell's right edge: Qt elides a text that needs
            # the column's whole width ("病房…" in a column of exactly its size hint).
            width = sum(
                view.columnWidth(c) for c in range(column, column + view.columnSpan(row, column))
            ) - (1 if view.showGrid() else 0)
            if view.wordWrap():
                # Wrapped at any break the text allows (between two Chinese characters too):
                # cut only when the lines need more than the row's height or a word is too wide.
                room = width - 2 * margin
                lines = metrics.boundingRect(
                    QRect(0, 0, max(room, 1), 10_000), int(Qt.TextFlag.TextWordWrap), text
                )
                too_wide = lines.width() > room + TOLERANCE or lines.height() > height
            else:
                # No tolerance: the delegate elides a text one pixel wider than its room.
                too_wide = needed.width() > width
            if too_wide:
                where = f"{_name(view)} cell ({row}, {column})"
                found.append(Clipped(where, text, needed.width(), width))
    return found


def _told_by_tooltip(text: str, tooltip: object) -> bool:
    """Whether the tooltip holds the whole of a cell's text (shortened with … or not)."""
    if not tooltip:
        return False
    shown = text.replace("\n", "").removesuffix("…")
    return shown in str(tooltip).replace("\n", "")


def _inside(widget: QWidget, window: QWidget) -> bool:
    """False for a widget scrolled out of sight or beyond the window's edge: not seen, not cut."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().intersects(QRect(top_left, widget.size()))


def clipped_texts(window: QWidget) -> list[Clipped]:
    """Every cut text ``window`` shows now; lay it out (show it, process events) first."""
    found: list[Clipped] = []
    for widget in window.findChildren(QWidget):
        if not _seen(widget, window) or not _inside(widget, window):
            continue
        if isinstance(widget, QHeaderView):
            continue  # measured with its table below
        problem: Clipped | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QHeaderView):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_box(widget)
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            if _seen(header, window):
                found += _header(header, widget)
            found += _cells(widget)
        if problem is not None:
            found.append(problem)
    return found


def assert_nothing_clipped(window: QWidget, context: str = "") -> None:
    found = clipped_texts(window)
    assert found == [], f"{context}: " + "\n".join(str(c) for c in found)
