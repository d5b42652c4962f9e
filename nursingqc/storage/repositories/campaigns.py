"""Loading campaigns with phases, wards and checklists (and items, where a sheet needs them)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NotFound
from nursingqc.storage.models import Campaign, CampaignChecklist, CampaignWard, Checklist

MSG_CAMPAIGN_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no campaign {campaign}.")


def _options(with_items: bool) -> list[_AbstractLoad]:
    checklists = selectinload(Campaign.checklists).selectinload(CampaignChecklist.checklist)
    return [
        selectinload(Campaign.phases),
        selectinload(Campaign.wards).selectinload(CampaignWard.ward),
        checklists.selectinload(Checklist.items) if with_items else checklists,
    ]


def load_campaign(session: Session, campaign_id: int, *, with_items: bool = False) -> Campaign:
    """The campaign whole; ``with_items`` also loads every checklist's items (for score sheets)."""
    campaign = session.get(Campaign, campaign_id, options=_options(with_items))
    if campaign is None:
        raise NotFound(MSG_CAMPAIGN_NOT_FOUND, campaign=campaign_id)
    return campaign


def load_campaigns(session: Session, ids: Sequence[int] | None = None) -> list[Campaign]:
    """Campaigns newest first (all, or those of ``ids``), in four queries whatever their number."""
    query = select(Campaign).options(*_options(with_items=False))
    if ids is not None:
        query = query.where(Campaign.id.in_(ids))
    return list(session.scalars(query.order_by(Campaign.starts_on.desc(), Campaign.id.desc())))
