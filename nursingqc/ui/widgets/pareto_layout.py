"""Where the Pareto chart's (柏拉图) parts go: its bars, the cumulative line, and each count and
share label placed where neither the line nor the 80 % line runs through it. Plain arithmetic on
pixels, without Qt, so that it is tested on its own; ``charts.ParetoChart`` paints it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

#: The Pareto's rule of thumb: the problems up to 80 % of all findings are the vital few.
VITAL_FEW_PERCENT = Decimal(80)
#: Pixels a label keeps from a line: half the line's pen and its antialiasing.
CLEARANCE = 2.0
MARKER_RADIUS = 3.0


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Rect:
    """A rectangle on screen (y grows downwards), of no negative size. As Qt's ``QRectF``, one
    without area contains and meets nothing."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def centre(self) -> Point:
        return Point(self.left + self.width / 2, self.top + self.height / 2)

    @property
    def empty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def contains(self, other: Rect) -> bool:
        """``other`` lies wholly inside, edges included."""
        if self.empty or other.empty:
            return False
        return (
            self.left <= other.left
            and other.right <= self.right
            and self.top <= other.top
            and other.bottom <= self.bottom
        )

    def intersects(self, other: Rect) -> bool:
        """The two share some area; touching edges do not count."""
        if self.empty or other.empty:
            return False
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


Segment = tuple[Point, Point]


@dataclass(frozen=True)
class ParetoBar:
    """One problem: a short label under its bar (the item code), its count and the cumulative
    share in percent after it."""

    label: str
    count: int
    cumulative: Decimal


@dataclass(frozen=True)
class ParetoGeometry:
    """Where the Pareto's parts go inside its plot: worked out apart from painting, so that a
    test can check that no line runs through a label."""

    plot: Rect
    bars: tuple[Rect, ...]
    #: Each bar's count: above the bar, or inside its top where the line runs just above it.
    counts: tuple[Rect, ...]
    line: tuple[Point, ...]
    #: Each point's cumulative share; None where it fits nowhere clear (the table lists it).
    shares: tuple[Rect | None, ...]
    vital_few_y: float

    @property
    def slot(self) -> float:
        return self.plot.width / max(len(self.bars), 1)

    def segments(self) -> list[Segment]:
        """The cumulative line's segments and the 80 % line: what no label may cross."""
        return _segments(self.line, self.plot, self.vital_few_y)


def _segments(line: Sequence[Point], plot: Rect, vital_few_y: float) -> list[Segment]:
    vital_few = (Point(plot.left, vital_few_y), Point(plot.right, vital_few_y))
    return [*pairwise(line), vital_few]


def _spans(
    segments: Sequence[Segment], markers: Sequence[Point], left: float, right: float
) -> list[tuple[float, float]]:
    """The heights the segments and point markers take between ``left`` and ``right``, widened
    by the clearance a label keeps."""
    spans = []
    for a, b in segments:
        start, end = max(min(a.x, b.x), left), min(max(a.x, b.x), right)
        if start > end:
            continue
        if a.x == b.x:
            ys = [a.y, b.y]
        else:
            slope = (b.y - a.y) / (b.x - a.x)
            ys = [a.y + (x - a.x) * slope for x in (start, end)]
        spans.append((min(ys) - CLEARANCE, max(ys) + CLEARANCE))
    reach = MARKER_RADIUS + CLEARANCE
    spans += [(m.y - reach, m.y + reach) for m in markers if left - reach <= m.x <= right + reach]
    return spans


def _clear(
    rect: Rect,
    segments: Sequence[Segment],
    markers: Sequence[Point],
    taken: Sequence[Rect],
) -> bool:
    spans = _spans(segments, markers, rect.left, rect.right)
    if any(top < rect.bottom and bottom > rect.top for top, bottom in spans):
        return False
    return not any(rect.intersects(other) for other in taken)


def _count_label(
    bar: Rect,
    size: tuple[float, float],
    lines: Sequence[Segment],
    markers: Sequence[Point],
    room: Rect,
) -> Rect:
    """Just above the bar; inside its top where a line runs there; else just below or just above
    one of the lines, inside the bar if it can (the count stays on its bar), else nearest it."""
    width, height = size

    def at(top: float) -> Rect:
        return Rect(bar.centre.x - width / 2, top, width, height)

    above = bar.top - height
    preferred = [above] + ([bar.top] if bar.height >= height else [])
    probe = at(0)
    spans = _spans(lines, markers, probe.left, probe.right)
    nearest = sorted(
        (edge for top, bottom in spans for edge in (top - height, bottom)),
        key=lambda top: (not bar.top <= top <= bar.bottom - height, abs(top - above)),
    )
    for top in preferred + nearest:
        label = at(top)
        if room.contains(label) and _clear(label, lines, markers, ()):
            return label
    return at(above)


def _share_label(
    point: Point,
    size: tuple[float, float],
    lines: Sequence[Segment],
    markers: Sequence[Point],
    taken: Sequence[Rect],
    room: Rect,
) -> Rect | None:
    """Above the point, or where the line leaves room beside it: it rises to the right, so
    above-left and below-right of a point are clear of it."""
    gap = MARKER_RADIUS + CLEARANCE
    width, height = size
    x, y = point.x, point.y
    candidates = [
        Rect(x - width / 2, y - gap - height, width, height),
        Rect(x - gap - width, y - gap - height, width, height),
        Rect(x + gap, y + gap, width, height),
        Rect(x - width / 2, y + gap, width, height),
    ]
    return next(
        (
            label
            for label in candidates
            if room.contains(label) and _clear(label, lines, markers, taken)
        ),
        None,
    )


def pareto_geometry(
    bars: Sequence[ParetoBar],
    plot: Rect,
    count_top: int,
    advance: Callable[[str], float],
    text_height: float,
    label_top: float,
) -> ParetoGeometry:
    """Bars on the count axis (0 to ``count_top``), the cumulative share on the percent axis of
    the same plot, and the labels placed where neither line runs through them; ``advance`` is a
    text's width in the chart's font, ``label_top`` as high as a label may go (below the
    legend)."""
    slot = plot.width / max(len(bars), 1)
    bar_width = min(slot * 0.7, 48)

    def y_of_percent(percent: Decimal) -> float:
        return plot.bottom - float(percent) / 100 * plot.height

    rects = []
    line = []
    for index, bar in enumerate(bars):
        centre = plot.left + slot * (index + 0.5)
        y = plot.bottom - bar.count / count_top * plot.height
        rects.append(Rect(centre - bar_width / 2, y, bar_width, plot.bottom - y))
        line.append(Point(centre, y_of_percent(bar.cumulative)))
    vital_few_y = y_of_percent(VITAL_FEW_PERCENT)
    lines = _segments(line, plot, vital_few_y)
    # Labels may reach from under the legend to the axis, a little beyond the plot's sides.
    room = Rect(plot.left - slot / 2, label_top, plot.width + slot, plot.bottom - label_top)

    def size(text: str) -> tuple[float, float]:
        return advance(text) + 4, text_height

    counts = [
        _count_label(rect, size(str(bar.count)), lines, line, room)
        for bar, rect in zip(bars, rects, strict=True)
    ]
    shares: list[Rect | None] = []
    for point, bar in zip(line, bars, strict=True):
        share_size = size(f"{bar.cumulative:.0f}%")
        taken = counts + [share for share in shares if share is not None]
        fits = share_size[0] < slot - 4
        shares.append(_share_label(point, share_size, lines, line, taken, room) if fits else None)
    return ParetoGeometry(
        plot, tuple(rects), tuple(counts), tuple(line), tuple(shares), vital_few_y
    )
