"""Reading a table widget as the user sees it: the texts of its cells."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell at row {row}, column {column}"
    return item.text()


def headers(table: QTableWidget) -> list[str]:
    """The column titles, left to right ("" for a column without one)."""
    titles = (table.horizontalHeaderItem(column) for column in range(table.columnCount()))
    return [title.text() if title is not None else "" for title in titles]


def cells(table: QTableWidget) -> list[list[str]]:
    """Every row's texts, top to bottom."""
    return [
        [cell(table, row, column) for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def row_of(table: QTableWidget, text: str, column: int = 0) -> int:
    """The first row whose ``column`` shows ``text``."""
    return next(row for row in range(table.rowCount()) if cell(table, row, column) == text)
