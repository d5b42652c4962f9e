"""A horizontal bar chart of ward totals drawn with QPainter (QtCharts would enlarge the installer).

One row per bar: the label (e.g. 1 NK01 心血管内科) on the left, the bar, its value at the end.
Highlighted bars (model wards) get another colour and a text mark, so colour is not the only sign;
a dashed line marks a threshold; it stops short of the values written after the bars, so a number
is never struck through. Bars without a value (未完成) show a dash. The chart is as tall as its
rows: put it in a scroll area for a hospital of 300 wards (only the rows in sight are painted).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nursingqc.reports.wording import score_text

BAR_COLOUR = QColor("#6b9bd1")
HIGHLIGHT_COLOUR = QColor("#e0a020")
THRESHOLD_COLOUR = QColor("#c0392b")
AXIS_COLOUR = QColor("#8a8a8a")
ROW_HEIGHT = 22
MARGIN = 8


def axis_floor(values: Iterable[Decimal]) -> Decimal:
    """A round ten at least 5 below the lowest value (0 without values): scores cluster near the
    top, so an axis from 0 would hide differences of a point (charts.py shares it)."""
    known = list(values)
    if not known:
        return Decimal(0)
    return Decimal(max(0, math.floor((float(min(known)) - 5) / 10) * 10))


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | None
    highlighted: bool = False
    #: Words after the value, e.g. 示范病房 or 一票否决.
    note: str = ""


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.threshold: Decimal | None = None
        self.threshold_label = ""
        self.maximum = Decimal(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Bar chart of ward totals"))

    def set_bars(
        self,
        bars: Sequence[Bar],
        threshold: Decimal | None = None,
        threshold_label: str = "",
        maximum: Decimal = Decimal(100),
    ) -> None:
        self.bars = list(bars)
        self.threshold, self.threshold_label, self.maximum = threshold, threshold_label, maximum
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def axis_start(self) -> Decimal:
        """Totals cluster near the top: start the axis at a round ten below the lowest value
        (and the threshold), so differences of a point are visible; the axis is labelled."""
        values = [bar.value for bar in self.bars if bar.value is not None]
        if self.threshold is not None:
            values.append(self.threshold)
        return axis_floor(values)

    def bar_top(self, row: int) -> int:
        """The y of bar ``row``'s band, to scroll it into sight."""
        return MARGIN + ROW_HEIGHT * (row + 1)

    def sizeHint(self) -> QSize:
        # A row for the threshold's label above the bars, one for the axis below them.
        return QSize(480, 2 * MARGIN + ROW_HEIGHT * (len(self.bars) + 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        value_width = max(
            (metrics.horizontalAdvance(self._value_text(b)) for b in self.bars), default=0
        )
        left = MARGIN + label_width + MARGIN
        right = self.width() - MARGIN - value_width - MARGIN
        if right <= left:
            return
        start, end = float(self.axis_start()), float(self.maximum)
        span = max(end - start, 1.0)

        def x_of(value: Decimal) -> float:
            return left + (min(float(value), end) - start) / span * (right - left)

        top = self.bar_top(0)
        threshold_x = x_of(self.threshold) if self.threshold is not None else None
        #: Rows whose value text the threshold line would cross.
        crossed: list[int] = []
        exposed = event.rect()
        first = max(0, (exposed.top() - top) // ROW_HEIGHT)
        last = min(len(self.bars) - 1, (exposed.bottom() - top) // ROW_HEIGHT)
        for row in range(first, last + 1):
            bar = self.bars[row]
            y = top + row * ROW_HEIGHT
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(MARGIN, y, label_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            end_x = float(left)
            if bar.value is not None:
                end_x = x_of(bar.value)
                colour = HIGHLIGHT_COLOUR if bar.highlighted else BAR_COLOUR
                painter.fillRect(QRectF(left, y + 4, end_x - left, ROW_HEIGHT - 8), colour)
            text = self._value_text(bar)
            text_start = end_x + 4
            if threshold_x is not None and (
                text_start - 2 <= threshold_x <= text_start + metrics.horizontalAdvance(text) + 2
            ):
                crossed.append(row)
            painter.drawText(
                QRectF(text_start, y, self.width() - text_start, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        axis_y = top + len(self.bars) * ROW_HEIGHT
        painter.setPen(QPen(AXIS_COLOUR))
        painter.drawLine(int(left), axis_y, int(right), axis_y)
        for tick in range(int(start), int(end) + 1, 10 if span > 20 else 2):
            x = x_of(Decimal(tick))
            painter.drawLine(int(x), axis_y, int(x), axis_y + 4)
            painter.drawText(
                QRectF(x - 20, axis_y + 4, 40, ROW_HEIGHT - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(tick),
            )
        if threshold_x is not None:
            x = int(threshold_x)
            painter.setPen(QPen(THRESHOLD_COLOUR, 1.5, Qt.PenStyle.DashLine))
            # One segment between two crossed value texts, so the dashes keep their rhythm.
            segment = top
            for row in crossed:
                y = top + row * ROW_HEIGHT
                if y > segment:
                    painter.drawLine(x, segment, x, y)
                segment = y + ROW_HEIGHT
            if axis_y > segment:
                painter.drawLine(x, segment, x, axis_y)
            painter.drawText(
                QRectF(x - 100, MARGIN, 200, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                self.threshold_label,
            )
        painter.end()

    @staticmethod
    def _value_text(bar: Bar) -> str:
        value = score_text(bar.value)
        return f"{value}  {bar.note}" if bar.note else value
