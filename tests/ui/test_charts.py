"""The charts paint what ``pareto_layout`` works out: its rectangles mean what Qt's do."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from nursingqc.ui.widgets.pareto_layout import Rect

coordinates = st.integers(-50, 50).map(lambda n: n / 2)
sizes = st.integers(0, 60).map(lambda n: n / 2)
rects = st.builds(Rect, coordinates, coordinates, sizes, sizes)


def qt(rect: Rect) -> QRectF:
    return QRectF(rect.left, rect.top, rect.width, rect.height)


@given(rects, rects)
def test_containing_and_intersecting_agree_with_qt(a: Rect, b: Rect) -> None:
    assert a.contains(b) == qt(a).contains(qt(b))
    assert a.intersects(b) == qt(a).intersects(qt(b))
    assert (a.right, a.bottom) == (qt(a).right(), qt(a).bottom())
    assert (a.centre.x, a.centre.y) == (qt(a).center().x(), qt(a).center().y())
