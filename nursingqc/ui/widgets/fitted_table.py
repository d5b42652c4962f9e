"""A table view whose columns are as wide as their texts, one of them taking the room that is left
but never less than its own texts, and whose header titles wrap onto a second line where that
makes a column narrower.

A Stretch section would do the filling, but Qt shrinks it to the minimum section size when the
other columns are wide (long English titles): the ward names were cut to "心血管…". Here the table
scrolls sideways instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: Pixels beside a column's widest text: the cell's margins, or the header's and its sort arrow.
COLUMN_PADDING = 22


def narrowest_title(title: str, advance: Callable[[str], int]) -> tuple[int, bool]:
    """The narrowest width ``title`` takes on at most two lines broken at a space, and whether it
    needs the second line for that."""
    best = advance(title)
    wrapped = False
    words = title.split(" ")
    for split in range(1, len(words)):
        width = max(advance(" ".join(words[:split])), advance(" ".join(words[split:])))
        if width < best:
            best, wrapped = width, True
    return best, wrapped


class FittedTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widths: list[int] = []
        self._filler: int | None = None
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.sectionResized.connect(self._on_section_resized)

    def fit_columns(self, filler: int, texts: Sequence[Iterable[str]]) -> None:
        """Measures every column once (ResizeToContents would measure every row on every
        change) from ``texts``, each column's texts as the model shows them: asking the model
        for every cell through Qt costs more than measuring (0.2 s of a 300-ward ranking).
        Column ``filler`` then takes the room the others leave."""
        model = self.model()
        header = self.horizontalHeader()
        cells = QFontMetrics(self.font())
        titles = QFontMetrics(header.font())
        self._widths = []
        self._filler = None  # no filling while the columns are set one by one
        two_lines = False
        for column in range(model.columnCount()):
            distinct = set(texts[column])
            widest = max((cells.horizontalAdvance(text) for text in distinct if text), default=0)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            title_width, wrapped = narrowest_title(title, titles.horizontalAdvance)
            if wrapped and widest >= titles.horizontalAdvance(title):
                wrapped = False  # the values are wider than the whole title anyway
            two_lines |= wrapped
            width = max(widest, title_width) + COLUMN_PADDING
            self._widths.append(width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setMinimumHeight(
            header.sizeHint().height() + titles.lineSpacing() if two_lines else 0
        )
        self._filler = filler if filler < len(self._widths) else None
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area's resize events are its viewport's: they come when a scroll bar
        # appears too.
        super().resizeEvent(event)
        self._fill()

    def _on_section_resized(self, column: int) -> None:
        if column != self._filler:
            self._fill()

    def _fill(self) -> None:
        filler = self._filler
        if filler is None:
            return
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != filler)
        room = self.viewport().width() - others
        header.resizeSection(filler, max(self._widths[filler], room))
