"""Loading campaigns with phases, wards and checklists (and items, where a sheet needs them)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NotFound
from nursingqc.storage.models import Campaign, CampaignChecklist, CampaignWard, Checklist, Ward

MSG_CAMPAIGN_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no campaign {campaign}.")


def _options(with_items: bool, with_wards: bool = True) -> list[_AbstractLoad]:
    checklists = selectinload(Campaign.checklists).selectinload(CampaignChecklist.checklist)
    wards = [selectinload(Campaign.wards).selectinload(CampaignWard.ward)] if with_wards else []
    return [
        selectinload(Campaign.phases),
        *wards,
        checklists.selectinload(Checklist.items) if with_items else checklists,
    ]


def load_campaign(
    session: Session, campaign_id: int, *, with_items: bool = False, with_wards: bool = True
) -> Campaign:
    """The campaign whole; ``with_items`` also loads every checklist's items (for score sheets).

    ``with_wards=False`` leaves the wards out, for work on one ward (``campaign_ward``): an
    autosave must not grow with the hospital (3,000 wards are 6,000 rows loaded)."""
    return _get(session, campaign_id, _options(with_items, with_wards))


def load_campaign_phases(session: Session, campaign_id: int) -> Campaign:
    """The campaign with its phases only: what a save checks (open phase, not published)."""
    return _get(session, campaign_id, [selectinload(Campaign.phases)])


def _get(session: Session, campaign_id: int, options: list[_AbstractLoad]) -> Campaign:
    campaign = session.get(Campaign, campaign_id, options=options)
    if campaign is None:
        raise NotFound(MSG_CAMPAIGN_NOT_FOUND, campaign=campaign_id)
    return campaign


def campaign_ward_count(session: Session, campaign_id: int) -> int:
    """How many wards take part, for a campaign loaded without them."""
    return (
        session.scalar(
            select(func.count())
            .select_from(CampaignWard)
            .where(CampaignWard.campaign_id == campaign_id)
        )
        or 0
    )


def campaign_ward(session: Session, campaign_id: int, ward_id: int) -> Ward | None:
    """The ward, if it takes part in the campaign."""
    return session.scalar(
        select(Ward)
        .join(CampaignWard, CampaignWard.ward_id == Ward.id)
        .where(CampaignWard.campaign_id == campaign_id, CampaignWard.ward_id == ward_id)
    )


def campaign_checklist(
    session: Session, campaign_id: int, checklist_id: int
) -> CampaignChecklist | None:
    """The campaign's link to one checklist, with the checklist and its items."""
    return session.scalar(
        select(CampaignChecklist)
        .where(
            CampaignChecklist.campaign_id == campaign_id,
            CampaignChecklist.checklist_id == checklist_id,
        )
        .options(selectinload(CampaignChecklist.checklist).selectinload(Checklist.items))
    )


def load_campaigns(session: Session, ids: Sequence[int] | None = None) -> list[Campaign]:
    """Campaigns newest first (all, or those of ``ids``), in four queries whatever their number."""
    query = select(Campaign).options(*_options(with_items=False))
    if ids is not None:
        query = query.where(Campaign.id.in_(ids))
    return list(session.scalars(query.order_by(Campaign.starts_on.desc(), Campaign.id.desc())))
