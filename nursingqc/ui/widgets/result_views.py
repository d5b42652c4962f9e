"""Small helpers the result pages share: the campaign chooser, compact tables, shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

from nursingqc.domain.accounts import Actor
from nursingqc.domain.statistics import Share
from nursingqc.reports.wording import percent_text
from nursingqc.services.campaigns import CampaignInfo, CampaignService
from nursingqc.ui.models.text_table import TextTableModel


def share_text(share: Share) -> str:
    return f"{percent_text(share.percent)} ({share.part}/{share.whole})"


def chosen_campaign(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


class Listed(Protocol):
    """A campaign as a chooser needs it (a ``CampaignInfo`` or a lighter ``CampaignChoice``)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def fill_campaigns(combo: QComboBox, campaigns: Sequence[Listed], chosen: int | None) -> None:
    """The campaigns newest first, ``chosen`` selected, without announcing the change."""
    combo.blockSignals(True)
    combo.clear()
    for campaign in campaigns:
        combo.addItem(campaign.name, campaign.id)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def working_campaign(
    combo: QComboBox, campaigns: CampaignService, actor: Actor, today: Callable[[], date]
) -> CampaignInfo | None:
    """A working page's chooser refilled — the campaign chosen kept, else the one running today
    — shown once the hospital has two campaigns; the chosen one whole (None: no campaign)."""
    chosen = chosen_campaign(combo)
    choices, of_today = campaigns.campaign_choices(actor, today())
    fill_campaigns(combo, choices, of_today if chosen is None else chosen)
    combo.setVisible(len(choices) > 1)
    picked = chosen_campaign(combo)
    return None if picked is None else campaigns.get_campaign(actor, picked)


def keep_campaign(combo: QComboBox, campaign_id: int | None) -> None:
    """Back to the campaign shown, when leaving it was refused (work not saved)."""
    combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(campaign_id), 0))
    combo.blockSignals(False)


def reload_campaigns(
    combo: QComboBox, campaigns: CampaignService, actor: Actor, today: Callable[[], date]
) -> None:
    """Keeps the campaign chosen, or starts with the one running today."""
    chosen = chosen_campaign(combo)
    if chosen is None:
        current = campaigns.current_campaign(actor, today())
        chosen = current.id if current is not None else None
    fill_campaigns(combo, campaigns.list_campaigns(actor), chosen)


#: Characters of its texts a stretched column keeps when the others leave it less room.
STRETCH_KEEPS = 12


def fit_table(table: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their texts, ``stretch`` takes the rest — and keeps its texts' width
    (up to ``STRETCH_KEEPS`` characters) when the others leave less (a larger font size in
    English), the table scrolling sideways instead of cutting a ward's name.

    ResizeToContents would ask the delegate for every cell on every layout (the summary's ward
    tables have a row per ward); here the font's metrics find each column's widest text, and
    only that cell — in a bold row, the widest of those too — is asked for its size.
    """
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(QFontMetrics(table.font()).height() + 8)
    model = table.model()
    assert isinstance(model, TextTableModel)
    header = table.horizontalHeader()
    stretched = stretch if stretch is not None and stretch < model.columnCount() else None
    header.setStretchLastSection(stretched is None)
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = {False: QFontMetrics(table.font()), True: QFontMetrics(bold)}
    # The grid line is drawn inside a cell: without its pixel a text of exactly the cell's size
    # hint was elided ("病房…", "100.…").
    grid = 1 if table.showGrid() else 0
    widths = []
    for column in range(model.columnCount()):
        widest: dict[bool, tuple[int, int]] = {}  # per weight: (advance, row)
        for row, line in enumerate(model.rows):
            advance = metrics[line.bold].horizontalAdvance(line.cells[column])
            if advance > widest.get(line.bold, (-1, -1))[0]:
                widest[line.bold] = (advance, row)
        cells = (model.index(row, column) for _, row in widest.values())
        content = max((table.sizeHintForIndex(cell).width() for cell in cells), default=0)
        widths.append(max(content + grid, header.sectionSizeHint(column)))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, widths[column])
    if stretched is not None:
        # Up to this many characters of the stretched column's texts are always shown whole; a
        # longer text (the overview's list of checklists) ends in "…", whole in its tooltip.
        most = STRETCH_KEEPS * metrics[False].horizontalAdvance("病")
        widths[stretched] = min(widths[stretched], max(most, header.sectionSizeHint(stretched)))
    keeper = table.findChild(_KeptStretch) or _KeptStretch(table)
    keeper.keep(stretched, widths)


class _KeptStretch(QObject):
    """Stretches a table's column over the room the others leave while its texts fit, and
    gives it their width when they do not: a Stretch section alone shrinks to the minimum
    section size. Watches the table's size, which a tab not yet shown does not have."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._column: int | None = None
        self._widths: list[int] = []
        table.viewport().installEventFilter(self)

    def keep(self, column: int | None, widths: list[int]) -> None:
        self._column, self._widths = column, widths
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False

    def _apply(self) -> None:
        column = self._column
        if column is None or column >= len(self._widths):
            return
        header = self._table.horizontalHeader()
        fits = sum(self._widths) <= self._table.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
        if not fits:
            header.resizeSection(column, self._widths[column])
