"""The summary's charts that a bar per ward cannot draw, painted with QPainter like ``bar_chart``
and in its colours: the Pareto (柏拉图: counts as bars, the cumulative share as a line, the 80 %
line), self-check vs. evaluation as paired bars per ward, and each ward's total across campaigns.

Colour is never the only sign: lenient self-checks are marked in words, series are named in a
legend and drawn with different markers or dashes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nursingqc.reports.wording import MISSING
from nursingqc.ui.widgets.bar_chart import (
    AXIS_COLOUR,
    BAR_COLOUR,
    HIGHLIGHT_COLOUR,
    MARGIN,
    ROW_HEIGHT,
    THRESHOLD_COLOUR,
    axis_floor,
)
from nursingqc.ui.widgets.pareto_layout import (
    MARKER_RADIUS,
    VITAL_FEW_PERCENT,
    ParetoBar,
    Point,
    Rect,
    pareto_geometry,
)

LINE_COLOUR = QColor("#2f4f6f")
#: The trend's series in order; after six colours the dashes change, so lines stay apart.
SERIES_COLOURS = (
    LINE_COLOUR,
    HIGHLIGHT_COLOUR,
    THRESHOLD_COLOUR,
    BAR_COLOUR,
    QColor("#3c8d5a"),
    QColor("#8e5bb5"),
)
SERIES_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
#: Bars the Pareto draws at most; the table beside it lists every problem.
PARETO_BARS = 15
SWATCH = 12


#: A legend entry: its words, the pen of its line or square, and whether it is a bar's square.
LegendEntry = tuple[str, QPen, bool]


def _legend(painter: QPainter, left: float, top: float, entries: Sequence[LegendEntry]) -> None:
    """One row of legend entries from ``left``: a filled square (``bar``) or a short line."""
    metrics = QFontMetrics(painter.font())
    x = left
    for text, pen, bar in entries:
        middle = top + ROW_HEIGHT / 2
        if bar:
            painter.fillRect(QRectF(x, middle - SWATCH / 2, SWATCH, SWATCH), pen.color())
        else:
            painter.setPen(pen)
            painter.drawLine(QPointF(x - 2, middle), QPointF(x + SWATCH + 2, middle))
        painter.setPen(QPen(AXIS_COLOUR.darker(160)))
        width = metrics.horizontalAdvance(text)
        painter.drawText(
            QRectF(x + SWATCH + 6, top, width + 2, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += SWATCH + 6 + width + 3 * MARGIN


def _value_ticks(start: float, end: float) -> list[int]:
    span = end - start
    step = 10 if span > 40 else 5 if span > 10 else 2
    return list(range(int(start), int(end) + 1, step))


class _Chart(QWidget):
    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(name)

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        return painter


class ParetoChart(_Chart):
    """Bars of the counts on the left axis, the cumulative share on the right axis (0–100 %).
    Every count and share is written where the lines leave room for it (``pareto_layout``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pareto chart of the problems found"), parent)
        self.bars: list[ParetoBar] = []
        self.setMinimumHeight(220)

    def set_bars(self, bars: Sequence[ParetoBar]) -> None:
        """The most frequent first; more than ``PARETO_BARS`` are left out of the drawing."""
        self.bars = list(bars[:PARETO_BARS])
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        top = MARGIN + ROW_HEIGHT + MARGIN  # the legend's row
        bottom = self.height() - MARGIN - ROW_HEIGHT  # the labels' row under the axis
        highest = max((bar.count for bar in self.bars), default=0)
        count_step = max(1, -(-highest // 5))
        count_top = max(count_step * 5, 1)
        left = MARGIN + metrics.horizontalAdvance(str(count_top)) + MARGIN
        right = self.width() - MARGIN - metrics.horizontalAdvance("100%") - MARGIN
        if right - left < 40 or bottom - top < 40:
            painter.end()
            return
        _legend(
            painter,
            left,
            MARGIN,
            [
                (self.tr("Times found"), QPen(BAR_COLOUR), True),
                (self.tr("Cumulative share"), QPen(LINE_COLOUR, 2), False),
                (
                    self.tr("{percent}% line").format(percent=VITAL_FEW_PERCENT),
                    QPen(THRESHOLD_COLOUR, 1.5, Qt.PenStyle.DashLine),
                    False,
                ),
            ],
        )
        plot = Rect(left, top, right - left, bottom - top)
        painter.setPen(QPen(AXIS_COLOUR))
        painter.drawLine(int(left), int(top), int(left), int(bottom))
        painter.drawLine(int(right), int(top), int(right), int(bottom))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for count in range(0, count_top + 1, count_step):
            y = bottom - count / count_top * plot.height
            painter.drawLine(int(left) - 4, int(y), int(left), int(y))
            painter.drawText(
                QRectF(MARGIN, y - ROW_HEIGHT / 2, left - MARGIN - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        for percent in range(0, 101, 20):
            y = bottom - percent / 100 * plot.height
            painter.drawLine(int(right), int(y), int(right) + 4, int(y))
            painter.drawText(
                QRectF(right + 6, y - ROW_HEIGHT / 2, self.width() - right - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{percent}%",
            )
        if not self.bars:
            painter.end()
            return
        geometry = pareto_geometry(
            self.bars, plot, count_top, metrics.horizontalAdvance, metrics.height(), top - MARGIN
        )
        slot = geometry.slot
        painter.setPen(text_colour)
        for bar, rect in zip(self.bars, geometry.bars, strict=True):
            painter.fillRect(_rect(rect), BAR_COLOUR)
            centre = rect.centre.x
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(
                QRectF(centre - slot / 2, bottom + 2, slot, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        painter.setPen(QPen(THRESHOLD_COLOUR, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left, geometry.vital_few_y), QPointF(right, geometry.vital_few_y))
        line = [_point(point) for point in geometry.line]
        painter.setPen(QPen(LINE_COLOUR, 2))
        painter.drawPolyline(line)
        painter.setBrush(LINE_COLOUR)
        for point in line:
            painter.drawEllipse(point, MARKER_RADIUS, MARKER_RADIUS)
        centred = Qt.AlignmentFlag.AlignCenter
        for bar, count_label, share in zip(
            self.bars, geometry.counts, geometry.shares, strict=True
        ):
            painter.setPen(text_colour)
            painter.drawText(_rect(count_label), centred, str(bar.count))
            if share is not None:
                painter.setPen(LINE_COLOUR)
                painter.drawText(_rect(share), centred, f"{bar.cumulative:.0f}%")
        painter.end()


def _rect(rect: Rect) -> QRectF:
    return QRectF(rect.left, rect.top, rect.width, rect.height)


def _point(point: Point) -> QPointF:
    return QPointF(point.x, point.y)


@dataclass(frozen=True)
class PairedBar:
    """A ward's two values (self-check, evaluation); ``marked`` rows carry ``note`` in words."""

    label: str
    first: Decimal | None
    second: Decimal | None
    marked: bool = False
    note: str = ""


#: One ward: two bars of BAR_THICKNESS and the gap to the next ward.
BAR_THICKNESS = 13
GROUP_HEIGHT = 2 * BAR_THICKNESS + 10


class PairedBarChart(_Chart):
    """Two horizontal bars per row, e.g. 自查 and 评比 per ward; as tall as its rows (put it in a
    scroll area)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Self-check and evaluation totals of each ward"), parent)
        self.rows: list[PairedBar] = []
        self.names = ("", "")
        self.maximum = Decimal(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[PairedBar], first_name: str, second_name: str) -> None:
        self.rows = list(rows)
        self.names = (first_name, second_name)
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def axis_start(self) -> Decimal:
        return axis_floor(
            value for row in self.rows for value in (row.first, row.second) if value is not None
        )

    def sizeHint(self) -> QSize:
        # The legend's row above the bars, the axis's below them.
        return QSize(480, 2 * MARGIN + 2 * ROW_HEIGHT + GROUP_HEIGHT * len(self.rows))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=0)
        note_width = max(
            (metrics.horizontalAdvance(f"100.00  {r.note}") for r in self.rows), default=0
        )
        left = MARGIN + label_width + MARGIN
        right = self.width() - MARGIN - max(note_width, metrics.horizontalAdvance("100.00")) - 6
        if right - left < 40:
            painter.end()
            return
        start, end = float(self.axis_start()), float(self.maximum)
        span = max(end - start, 1.0)

        def x_of(value: Decimal) -> float:
            return left + (min(float(value), end) - start) / span * (right - left)

        _legend(
            painter,
            left,
            MARGIN,
            [
                (self.names[0], QPen(HIGHLIGHT_COLOUR), True),
                (self.names[1], QPen(BAR_COLOUR), True),
            ],
        )
        top = MARGIN + ROW_HEIGHT
        text_colour = self.palette().text().color()
        exposed = event.rect()
        first = max(0, (exposed.top() - top) // GROUP_HEIGHT)
        last = min(len(self.rows) - 1, (exposed.bottom() - top) // GROUP_HEIGHT)
        for index in range(first, last + 1):
            row = self.rows[index]
            y = top + index * GROUP_HEIGHT + 5
            painter.setPen(THRESHOLD_COLOUR if row.marked else text_colour)
            painter.drawText(
                QRectF(MARGIN, y, label_width, 2 * BAR_THICKNESS),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.label,
            )
            for offset, value, colour in (
                (0, row.first, HIGHLIGHT_COLOUR),
                (BAR_THICKNESS, row.second, BAR_COLOUR),
            ):
                end_x = float(left)
                if value is not None:
                    end_x = x_of(value)
                    painter.fillRect(
                        QRectF(left, y + offset, end_x - left, BAR_THICKNESS - 1), colour
                    )
                text = MISSING if value is None else f"{value:.2f}"
                if offset == 0 and row.note:
                    text = f"{text}  {row.note}"
                painter.setPen(THRESHOLD_COLOUR if row.marked and offset == 0 else text_colour)
                painter.drawText(
                    QRectF(end_x + 4, y + offset - 2, self.width() - end_x - 4, BAR_THICKNESS + 4),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        axis_y = top + len(self.rows) * GROUP_HEIGHT
        painter.setPen(QPen(AXIS_COLOUR))
        painter.drawLine(int(left), axis_y, int(right), axis_y)
        for tick in _value_ticks(start, end):
            x = x_of(Decimal(tick))
            painter.drawLine(int(x), axis_y, int(x), axis_y + 4)
            painter.drawText(
                QRectF(x - 20, axis_y + 4, 40, ROW_HEIGHT - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(tick),
            )
        painter.end()


@dataclass(frozen=True)
class Series:
    """One line of the trend: a name for the legend and a value per category (None: a gap)."""

    name: str
    values: tuple[Decimal | None, ...]


class TrendChart(_Chart):
    """Lines over the campaigns (oldest left); a missing value breaks the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Totals across campaigns"), parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.setMinimumHeight(220)

    def set_series(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def pen(self, index: int) -> QPen:
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        dash = SERIES_DASHES[index // len(SERIES_COLOURS) % len(SERIES_DASHES)]
        return QPen(colour, 2, dash)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin()
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        legend_rows = self._legend_rows(metrics)
        top = MARGIN + ROW_HEIGHT * len(legend_rows) + MARGIN
        bottom = self.height() - MARGIN - 2 * ROW_HEIGHT  # category names take up to two lines
        left = MARGIN + metrics.horizontalAdvance("100") + MARGIN
        right = self.width() - 2 * MARGIN
        if right - left < 40 or bottom - top < 40 or not self.categories:
            painter.end()
            return
        for row, entries in enumerate(legend_rows):
            _legend(painter, left, MARGIN + row * ROW_HEIGHT, entries)
        values = [v for s in self.series for v in s.values if v is not None]
        start, end = float(axis_floor(values)), 100.0
        span = max(end - start, 1.0)

        def y_of(value: Decimal) -> float:
            return bottom - (float(value) - start) / span * (bottom - top)

        slot = (right - left) / len(self.categories)
        painter.setPen(QPen(AXIS_COLOUR))
        painter.drawLine(int(left), int(top), int(left), int(bottom))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for tick in _value_ticks(start, end):
            y = y_of(Decimal(tick))
            painter.setPen(QPen(AXIS_COLOUR.lighter(150), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(QPen(AXIS_COLOUR))
            painter.drawText(
                QRectF(MARGIN, y - ROW_HEIGHT / 2, left - MARGIN - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        painter.setPen(text_colour)
        for index, name in enumerate(self.categories):
            painter.drawText(
                QRectF(left + slot * index + 2, bottom + 4, slot - 4, 2 * ROW_HEIGHT - 4),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                name,
            )
        label_values = len(self.series) <= 3
        for number, series in enumerate(self.series):
            pen = self.pen(number)
            run: list[QPointF] = []
            for index, value in enumerate(series.values[: len(self.categories)]):
                if value is None:
                    self._draw_run(painter, pen, run)
                    run = []
                    continue
                point = QPointF(left + slot * (index + 0.5), y_of(value))
                run.append(point)
                if label_values:
                    painter.setPen(pen.color())
                    painter.drawText(
                        QRectF(point.x() + 5, point.y() - ROW_HEIGHT, 60, ROW_HEIGHT),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                        f"{value:.2f}",
                    )
            self._draw_run(painter, pen, run)
        painter.end()

    @staticmethod
    def _draw_run(painter: QPainter, pen: QPen, run: list[QPointF]) -> None:
        """A stretch of consecutive values: the line, and a marker on each point (a lone value
        is still seen)."""
        painter.setPen(pen)
        if len(run) > 1:
            painter.drawPolyline(run)
        painter.setPen(QPen(pen.color(), 1))
        painter.setBrush(pen.color())
        for point in run:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend_rows(self, metrics: QFontMetrics) -> list[list[LegendEntry]]:
        """The series' names, wrapped into as many rows as the width needs."""
        rows: list[list[LegendEntry]] = [[]]
        width = 0
        available = self.width() - 4 * MARGIN
        for number, series in enumerate(self.series):
            needed = SWATCH + 6 + metrics.horizontalAdvance(series.name) + 3 * MARGIN
            if rows[-1] and width + needed > available:
                rows.append([])
                width = 0
            rows[-1].append((series.name, self.pen(number), False))
            width += needed
        return rows
