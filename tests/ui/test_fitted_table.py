"""The fitted table: columns as wide as their texts, one taking the room that is left but never
less than its own texts, titles wrapped where that makes a column narrower."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from pytestqt.qtbot import QtBot

from nursingqc.ui.widgets.fitted_table import COLUMN_PADDING, FittedTableView, narrowest_title


def width(text: str) -> int:
    return 10 * len(text)


def test_a_title_breaks_at_the_space_that_leaves_the_narrowest_lines() -> None:
    # At most two lines: "Rectification" over "completion rate".
    assert narrowest_title("Rectification completion rate", width) == (
        width("completion rate"),
        True,
    )
    assert narrowest_title("Total", width) == (width("Total"), False)
    assert narrowest_title("自查总分", width) == (width("自查总分"), False)


def columns(rows: list[list[str]]) -> list[list[str]]:
    """The texts ``fit_columns`` measures, column by column."""
    return [list(column) for column in zip(*rows, strict=True)]


def table_of(qtbot: QtBot, titles: list[str], rows: list[list[str]]) -> FittedTableView:
    model = QStandardItemModel(0, len(titles))
    model.setHorizontalHeaderLabels(titles)
    for cells in rows:
        model.appendRow([QStandardItem(cell) for cell in cells])
    table = FittedTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    return table


def test_the_filler_column_takes_the_room_left_but_never_less_than_its_texts(
    qtbot: QtBot,
) -> None:
    name = "感染性疾病科一病区"
    rows = [["1", name, "99.50"], ["2", "儿科", "98.00"]]
    table = table_of(qtbot, ["Rank", "Ward name", "Total"], rows)
    header = table.horizontalHeader()
    table.resize(900, 200)
    table.fit_columns(1, columns(rows))
    fitted = table.fontMetrics().horizontalAdvance(name) + COLUMN_PADDING
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    assert header.sectionSize(1) > fitted

    table.resize(150, 200)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible())
    assert header.sectionSize(1) == fitted


def test_titles_wider_than_their_values_wrap_onto_a_second_header_line(qtbot: QtBot) -> None:
    rows = [["100.00", "100.00"]]
    table = table_of(qtbot, ["Self-check total", "Total"], rows)
    header = table.horizontalHeader()
    one_line = header.sizeHint().height()
    table.fit_columns(1, columns(rows))
    titles = header.fontMetrics()
    assert header.sectionSize(0) == titles.horizontalAdvance("Self-check") + COLUMN_PADDING
    assert header.minimumHeight() == one_line + titles.lineSpacing()

    table.model().setHeaderData(0, header.orientation(), "自查总分")
    table.fit_columns(1, columns(rows))
    assert header.minimumHeight() == 0
