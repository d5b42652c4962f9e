"""The names a campaign's documents print: those of the day it was published (发布), else today's.

Publishing stores the hospital's name and each ward's code, name and head nurse with the campaign
(``store_printed_names``); reopening the summary clears them. Every document of a campaign takes
its names from here, so renaming or re-importing a ward after publishing changes nothing printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from nursingqc.storage.models import Campaign, CampaignWard, Hospital, Ward

Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class PrintedWard:
    """A ward of a campaign as its documents name it."""

    id: int
    code: str
    name: str
    head_nurse: str


def hospital_name(session: Session) -> str:
    return session.scalar(select(Hospital.name).order_by(Hospital.id)) or ""


def printed_hospital(session: Session, campaign: Campaign) -> str:
    return campaign.printed_hospital or hospital_name(session)


def printed_ward(link: CampaignWard) -> PrintedWard:
    ward = link.ward
    return PrintedWard(
        ward.id,
        link.printed_code or ward.code,
        link.printed_name or ward.name,
        ward.head_nurse_name if link.printed_head_nurse is None else link.printed_head_nurse,
    )


def printed_wards(campaign: Campaign) -> list[PrintedWard]:
    """The campaign's wards as printed, by code (a loaded campaign: no query)."""
    return sorted((printed_ward(link) for link in campaign.wards), key=lambda ward: ward.code)


#: The ward's code and name as printed, in a query joined by ``join_printed``.
PRINTED_CODE = func.coalesce(CampaignWard.printed_code, Ward.code)
PRINTED_NAME = func.coalesce(CampaignWard.printed_name, Ward.name)


def campaign_printed_wards(session: Session, campaign_id: int) -> list[PrintedWard]:
    """``printed_wards`` in one Core query, for a campaign loaded without its wards: the ORM's
    two rows per ward are a tenth of the ranking's time at 300 wards."""
    query = (
        select(
            Ward.id,
            PRINTED_CODE,
            PRINTED_NAME,
            func.coalesce(CampaignWard.printed_head_nurse, Ward.head_nurse_name),
        )
        .join(CampaignWard, CampaignWard.ward_id == Ward.id)
        .where(CampaignWard.campaign_id == campaign_id)
    )
    wards = [PrintedWard(*row) for row in session.connection().execute(query)]
    return sorted(wards, key=lambda ward: ward.code)  # as printed_wards: not the SQL collation


def join_printed(query: Query, campaign_id: int) -> Query:
    """``query`` (which joins ``Ward``) with the campaign's stored names beside each ward, for
    ``PRINTED_CODE`` and ``PRINTED_NAME``."""
    return query.outerjoin(
        CampaignWard,
        and_(CampaignWard.campaign_id == campaign_id, CampaignWard.ward_id == Ward.id),
    )


def store_printed_names(session: Session, campaign: Campaign) -> None:
    """Keeps today's names with the campaign being published."""
    campaign.printed_hospital = hospital_name(session)
    for link in campaign.wards:
        link.printed_code = link.ward.code
        link.printed_name = link.ward.name
        link.printed_head_nurse = link.ward.head_nurse_name


def clear_printed_names(campaign: Campaign) -> None:
    """The campaign is open again: its documents print today's names until it is republished."""
    campaign.printed_hospital = None
    for link in campaign.wards:
        link.printed_code = link.printed_name = link.printed_head_nurse = None
