"""The ward totals' bar chart: as tall as its rows, an axis that shows a point's difference, and
model wards marked in words as well as colour."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from nursingqc.ui.widgets.bar_chart import HIGHLIGHT_COLOUR, ROW_HEIGHT, Bar, BarChart


def test_the_chart_draws_each_bar_with_its_value_and_marks_model_wards(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(
        [
            Bar("1 NK01 心血管内科", Decimal("96.09"), True, "示范病房"),
            Bar("2 WK01 普通外科", Decimal("88.50")),
            Bar("FE01 妇科", None, note="未完成"),
        ],
        Decimal(90),
        "示范病房分数线 90",
    )
    chart.resize(800, chart.sizeHint().height())
    assert chart.minimumHeight() == 16 + ROW_HEIGHT * 5
    # The lowest value is 88.50: the axis starts at 80, not 0.
    assert chart.axis_start() == Decimal(80)
    assert BarChart._value_text(chart.bars[0]) == "96.09  示范病房"
    assert BarChart._value_text(chart.bars[2]) == "—  未完成"
    image = chart.grab().toImage()
    first_bar_row = 8 + ROW_HEIGHT + ROW_HEIGHT // 2
    colours = {image.pixelColor(x, first_bar_row).name() for x in range(image.width())}
    assert HIGHLIGHT_COLOUR.name() in colours
