"""The summary's charts as reportlab drawings: Pareto, ward totals, self-check vs. evaluation,
trend.

Each function takes plain numbers and labels and returns a ``Drawing`` that a PDF story places like
any flowable. Labels use the embedded Chinese font; every label goes through ``printable``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from nursingqc.reports.pdf.fonts import printable, register_font

BAR = colors.HexColor("#4e79a7")
SECOND = colors.HexColor("#f28e2b")
LINE = colors.HexColor("#e15759")
MARK = colors.HexColor("#c0392b")
AXIS = colors.HexColor("#555555")
SERIES = (
    colors.HexColor("#4e79a7"),
    colors.HexColor("#f28e2b"),
    colors.HexColor("#59a14f"),
    colors.HexColor("#e15759"),
    colors.HexColor("#76b7b2"),
    colors.HexColor("#b07aa1"),
)

#: Beyond this many bars the category labels would overlap: they are left out.
MAX_LABELLED_BARS = 30
LABEL_SIZE = 7
#: What a legend above a chart's plot takes off its height.
LEGEND_ROOM = 10


def _short(label: str, limit: int = 8) -> str:
    shown = printable(label)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _campaign_label(name: str) -> str:
    """ "2026年7月基础护理质量提升活动月" → "2026年7月": the month tells campaigns apart."""
    month = name.find("月")
    return _short(name[: month + 1] if 0 < month < 12 else name, 12)


def _bar_chart(
    width: float, height: float, data: list[list[float]], labels: Sequence[str]
) -> VerticalBarChart:
    font = register_font()
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width - 80, height - 75
    chart.data = data
    chart.barLabels.fontName = font
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.strokeColor = AXIS
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    count = len(labels)
    if count <= MAX_LABELLED_BARS:
        chart.categoryAxis.categoryNames = [_short(label) for label in labels]
        chart.categoryAxis.labels.angle = 35 if count > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if count > 8 else "n"
    else:
        chart.categoryAxis.categoryNames = [""] * count
        chart.categoryAxis.visibleTicks = False
    chart.barSpacing = 0 if count > MAX_LABELLED_BARS else 1
    chart.groupSpacing = 0.5 if count > MAX_LABELLED_BARS else 4
    chart.bars.strokeColor = None
    chart.bars.strokeWidth = 0
    return chart


def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    # The renderer starts every drawing in this font; the default (Helvetica) would put a base-14
    # font that is never embedded into the PDF although no glyph uses it.
    drawing.initialFontName = register_font()
    drawing.add(
        String(
            width / 2,
            height - 14,
            printable(title),
            fontName=register_font(),
            fontSize=10,
            textAnchor="middle",
        )
    )


def _value_y(chart: VerticalBarChart, value: float) -> float:
    axis = chart.valueAxis
    low, high = axis.valueMin, axis.valueMax
    return float(chart.y + (value - low) / (high - low) * chart.height)


def pareto_chart(
    labels: Sequence[str],
    counts: Sequence[int],
    cumulative: Sequence[float],
    width: float,
    height: float,
    title: str = "问题频次柏拉图",
) -> Drawing:
    """Bars of the problem counts, most frequent first, with the cumulative percentage as a line
    on a right-hand 0–100 % axis and a dashed line at 80 % (关键的少数 left of where it crosses)."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = _bar_chart(width, height, [list(map(float, counts)) or [0.0]], labels or [""])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*counts, 1]) * 1.1
    chart.bars[0].fillColor = BAR
    drawing.add(chart)
    step = chart.width / max(len(counts), 1)
    points: list[float] = []
    for index, share in enumerate(cumulative):
        points += [chart.x + step * (index + 0.5), chart.y + share / 100 * chart.height]
    font = register_font()
    right = chart.x + chart.width
    drawing.add(Line(right, chart.y, right, chart.y + chart.height, strokeColor=AXIS))
    for percent in (0, 20, 40, 60, 80, 100):
        y = chart.y + percent / 100 * chart.height
        drawing.add(Line(right, y, right + 3, y, strokeColor=AXIS))
        drawing.add(String(right + 5, y - 2.5, f"{percent}%", fontName=font, fontSize=LABEL_SIZE))
    eighty = chart.y + 0.8 * chart.height
    drawing.add(
        Line(
            chart.x,
            eighty,
            right,
            eighty,
            strokeColor=MARK,
            strokeWidth=0.8,
            strokeDashArray=[4, 3],
        )
    )
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.2))
    for index in range(0, len(points), 2):
        drawing.add(Circle(points[index], points[index + 1], 1.8, fillColor=LINE, strokeWidth=0))
    return drawing


class BarMark(enum.Enum):
    """What a ward's bar in the totals chart stands out for."""

    MODEL_WARD = "示范病房"
    VETO = "一票否决"


#: The ranking workbook's colours for the same marks: gold for a model ward, red for a veto.
MARK_COLOURS = {
    BarMark.MODEL_WARD: colors.HexColor("#e0a526"),
    BarMark.VETO: colors.HexColor("#c0392b"),
}


def totals_chart(
    labels: Sequence[str],
    totals: Sequence[float],
    mark: float,
    width: float,
    height: float,
    title: str = "各病区总分",
    marks: Sequence[BarMark | None] = (),
) -> Drawing:
    """One bar per ward (in ranking order) with a dashed line at the pass mark (达标线); the
    bars of model wards and veto wards (``marks``, one per bar) in their colours, named by a
    legend whenever the chart has such a bar."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = _bar_chart(width, height, [list(totals) or [0.0]], labels or [""])
    low = min([*totals, mark]) if totals else mark
    chart.valueAxis.valueMin = max(0, int(low // 10) * 10 - 10)
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 5 if chart.valueAxis.valueMin >= 60 else 10
    chart.bars[0].fillColor = BAR
    for index, bar_mark in enumerate(marks):
        if bar_mark is not None:
            chart.bars[(0, index)].fillColor = MARK_COLOURS[bar_mark]
    shown = [bar_mark for bar_mark in BarMark if bar_mark in marks]
    if shown:
        chart.height -= LEGEND_ROOM  # the legend goes above the bars, never over a tall one
    drawing.add(chart)
    if shown:
        _legend(
            drawing,
            [bar_mark.value for bar_mark in shown],
            width - 75 * len(shown),
            height - 24,
            [MARK_COLOURS[bar_mark] for bar_mark in shown],
        )
    y = _value_y(chart, mark)
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=MARK,
            strokeWidth=0.9,
            strokeDashArray=[4, 3],
        )
    )
    drawing.add(
        String(
            chart.x + chart.width + 3,
            y - 2.5,
            f"{mark:g}",
            fontName=register_font(),
            fontSize=LABEL_SIZE,
            fillColor=MARK,
        )
    )
    return drawing


def _legend(
    drawing: Drawing,
    names: Sequence[str],
    x: float,
    y: float,
    colours: Sequence[colors.Color] = SERIES,
) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = register_font()
    legend.fontSize = LABEL_SIZE + 1
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 80
    legend.colorNamePairs = [
        (colours[index % len(colours)], printable(name)) for index, name in enumerate(names)
    ]
    drawing.add(legend)


def gap_chart(
    labels: Sequence[str],
    self_check: Sequence[float],
    evaluation: Sequence[float],
    width: float,
    height: float,
    title: str = "自查与评比得分对比",
) -> Drawing:
    """Grouped bars per ward: the self-check total beside the evaluation total."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = _bar_chart(width, height, [list(self_check), list(evaluation)], labels)
    values = [*self_check, *evaluation] or [100.0]
    chart.valueAxis.valueMin = max(0, int(min(values) // 10) * 10 - 10)
    chart.valueAxis.valueMax = 100
    # The same colours as the summary page: the self-check orange, the evaluation blue.
    chart.bars[0].fillColor = SECOND
    chart.bars[1].fillColor = BAR
    chart.barSpacing = 0
    drawing.add(chart)
    _legend(drawing, ("自查", "评比"), width - 150, height - 24, (SECOND, BAR))
    return drawing


def trend_chart(
    campaigns: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    width: float,
    height: float,
    title: str = "历次活动月总分趋势",
) -> Drawing:
    """One line per series (name, a value per campaign; None: a gap) across the campaigns."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    font = register_font()
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 45
    chart.width, chart.height = width - 80, height - 85
    chart.data = [list(values) for _, values in series] or [[0.0]]
    known = [value for _, values in series for value in values if value is not None] or [100.0]
    chart.valueAxis.valueMin = max(0, int(min(known) // 10) * 10 - 10)
    chart.valueAxis.valueMax = 100
    chart.lineLabels.fontName = font
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.categoryNames = [_campaign_label(name) for name in campaigns]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    # A ward missing from a campaign leaves a lone point, which reportlab cannot join: markers
    # show every point, lines join them only where each series has no gap.
    chart.joinedLines = int(all(None not in values and len(values) > 1 for _, values in series))
    for index in range(len(series)):
        chart.lines[index].strokeColor = SERIES[index % len(SERIES)]
        chart.lines[index].strokeWidth = 1.5
        chart.lines[index].symbol = makeMarker("FilledCircle", size=4)
        chart.lines[index].symbol.fillColor = SERIES[index % len(SERIES)]
    drawing.add(chart)
    _legend(drawing, [name for name, _ in series], 45, height - 24)
    return drawing
