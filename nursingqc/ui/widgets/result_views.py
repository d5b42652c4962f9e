"""Small helpers the result pages share: the campaign chooser, compact tables, shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

from nursingqc.domain.accounts import Actor
from nursingqc.domain.statistics import Share
from nursingqc.reports.wording import percent_text
from nursingqc.services.campaigns import CampaignInfo, CampaignService


def share_text(share: Share) -> str:
    return f"{percent_text(share.percent)} ({share.part}/{share.whole})"


def chosen_campaign(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


def fill_campaigns(combo: QComboBox, campaigns: Sequence[CampaignInfo], chosen: int | None) -> None:
    """The campaigns newest first, ``chosen`` selected, without announcing the change."""
    combo.blockSignals(True)
    combo.clear()
    for campaign in campaigns:
        combo.addItem(campaign.name, campaign.id)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
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


def fit_table(table: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their texts (these tables are small), ``stretch`` takes the rest."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(QFontMetrics(table.font()).height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and stretch < table.model().columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
