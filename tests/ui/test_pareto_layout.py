"""The Pareto's labels: no count or share is run through by the cumulative line or the 80 % line,
and each count stays on its bar. Plain geometry: no Qt here."""

from __future__ import annotations

from decimal import Decimal
from itertools import accumulate

from hypothesis import example, given
from hypothesis import strategies as st

from nursingqc.ui.widgets.pareto_layout import (
    CLEARANCE,
    MARKER_RADIUS,
    ParetoBar,
    ParetoGeometry,
    Point,
    Rect,
    Segment,
    pareto_geometry,
)

#: About the plot the summary page gives the chart in a 1366×768 window.
PLOT = Rect(40, 38, 1060, 300)
LABEL_TOP = 30.0
TEXT_HEIGHT = 16.0


def advance(text: str) -> float:
    return 8.0 * len(text)


def pareto_bars(counts: list[int], total: int | None = None) -> list[ParetoBar]:
    """Counts, most frequent first, with their cumulative share of ``total`` findings."""
    total = total or sum(counts)
    return [
        ParetoBar(f"P{n:02d}", count, round(Decimal(100 * running) / total, 2))
        for n, (count, running) in enumerate(zip(counts, accumulate(counts), strict=True))
    ]


def layout(counts: list[int], total: int | None = None) -> ParetoGeometry:
    bars = pareto_bars(counts, total)
    count_top = max(1, -(-max(counts) // 5)) * 5
    return pareto_geometry(bars, PLOT, count_top, advance, TEXT_HEIGHT, LABEL_TOP)


def inside(rect: Rect, x: float, y: float) -> bool:
    return rect.left <= x <= rect.right and rect.top <= y <= rect.bottom


def crosses(rect: Rect, segment: Segment) -> bool:
    """Walks the segment a pixel at a time: does any of it fall inside ``rect``?"""
    a, b = segment
    steps = int(max(abs(b.x - a.x), abs(b.y - a.y))) + 1
    return any(
        inside(rect, a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps)
        for i in range(steps + 1)
    )


def touches_marker(rect: Rect, point: Point) -> bool:
    nearest_x = min(max(point.x, rect.left), rect.right)
    nearest_y = min(max(point.y, rect.top), rect.bottom)
    return (nearest_x - point.x) ** 2 + (nearest_y - point.y) ** 2 < MARKER_RADIUS**2


def overdrawn(geometry: ParetoGeometry, rect: Rect) -> bool:
    return any(crosses(rect, segment) for segment in geometry.segments()) or any(
        touches_marker(rect, point) for point in geometry.line
    )


def assert_labels_clear(geometry: ParetoGeometry) -> None:
    for bar, count in zip(geometry.bars, geometry.counts, strict=True):
        assert not overdrawn(geometry, count)
        assert abs(count.centre.x - bar.centre.x) < 0.01
        # On its bar (from just above its top down to its foot) unless the lines leave no room
        # there, with the chart's clearance: a line skimming a short bar puts its count above.
        on_bar = bar.top - count.height <= count.top <= bar.bottom - count.height
        if not on_bar:
            tops = range(int(bar.top - count.height), int(bar.bottom - count.height) + 1)
            assert all(
                overdrawn(
                    geometry,
                    Rect(count.left, top - CLEARANCE, count.width, count.height + 2 * CLEARANCE),
                )
                for top in tops
            )
    shares = [share for share in geometry.shares if share is not None]
    for share in shares:
        assert not overdrawn(geometry, share)
        assert not any(share.intersects(count) for count in geometry.counts)
    assert not any(a.intersects(b) for n, a in enumerate(shares) for b in shares[n + 1 :])


def test_the_line_rising_through_the_tops_of_equal_bars_crosses_no_count() -> None:
    # The summary's demo: after four tall bars the cumulative share climbs through the tops of
    # eleven bars of 4 — the counts used to sit right where the line runs.
    counts = [7, 6, 6, 5] + [4] * 11
    geometry = layout(counts, total=146)
    formerly = [
        Rect(
            bar.centre.x - (advance(str(n)) + 4) / 2,
            bar.top - TEXT_HEIGHT,
            advance(str(n)) + 4,
            TEXT_HEIGHT,
        )
        for bar, n in zip(geometry.bars, counts, strict=True)
    ]
    assert [overdrawn(geometry, rect) for rect in formerly].count(True) >= 2
    assert_labels_clear(geometry)
    in_bar = [c.top >= b.top for b, c in zip(geometry.bars, geometry.counts, strict=True)]
    assert True in in_bar and False in in_bar  # inside a bar only where the line needs it


def test_a_count_reaching_the_80_percent_line_is_not_struck_through() -> None:
    geometry = layout([8, 1, 1])
    assert abs(geometry.vital_few_y - geometry.bars[0].top) < TEXT_HEIGHT
    assert_labels_clear(geometry)


@given(
    st.lists(st.integers(1, 60), min_size=1, max_size=15).map(
        lambda counts: sorted(counts, reverse=True)
    ),
    st.integers(0, 400),
)
@example([11, 1], 160)  # the short bar's line runs along its top: its count goes above the line
def test_no_line_ever_runs_through_a_label(counts: list[int], more: int) -> None:
    # ``more``: findings of problems beyond the fifteen the chart draws.
    assert_labels_clear(layout(counts, total=sum(counts) + more))


def test_rectangles_that_only_touch_do_not_intersect_and_edges_are_inside() -> None:
    room = Rect(0, 0, 10, 10)
    assert room.contains(Rect(0, 0, 10, 10)) and room.contains(Rect(2, 2, 8, 8))
    assert not room.contains(Rect(2, 2, 8.5, 8))
    assert room.intersects(Rect(9.5, 9.5, 5, 5))
    assert not room.intersects(Rect(10, 0, 5, 10)) and not room.intersects(Rect(0, 10, 10, 5))
    # No area, no place: a label of no width is never put anywhere, nor in the way.
    assert not room.contains(Rect(5, 5, 0, 3)) and not room.intersects(Rect(5, 5, 3, 0))
    assert room.centre == Point(5, 5)
