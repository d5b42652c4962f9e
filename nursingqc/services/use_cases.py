"""What each public service method does to a campaign, marked where it is defined.

Publishing (closing the 总结 phase) locks a campaign: every use case that changes its records must
refuse. A mark beside each method says which kind it is, so tests/services/test_publishing.py finds
every campaign write from the services themselves and a new public method fails it until marked.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TypeVar

UseCase = TypeVar("UseCase", bound=Callable[..., object])

_MARK = "campaign_access"


class CampaignAccess(Enum):
    #: Changes a campaign's records: refused once the campaign is published
    #: (``campaigns.require_unlocked_campaign``), unless it is reopening the summary itself.
    WRITES = "writes"
    #: Changes nothing a published campaign holds (the hospital's accounts, wards and
    #: checklists live outside campaigns; published documents keep their own copy of names).
    WRITES_OUTSIDE_CAMPAIGNS = "writes outside campaigns"
    #: Reads only: a published campaign is still read and printed.
    READS = "reads"
    #: Imports records of many campaigns at once (exchange packages, rules §14): each record of
    #: a published campaign is refused by itself, with its reason on its line, and the others
    #: are applied, so that one late answer does not block a ward's every later package.
    IMPORTS = "imports records, each checked"


def _marked(access: CampaignAccess) -> Callable[[UseCase], UseCase]:
    def mark(method: UseCase) -> UseCase:
        setattr(method, _MARK, access)
        return method

    return mark


writes_campaign = _marked(CampaignAccess.WRITES)
writes_outside_campaigns = _marked(CampaignAccess.WRITES_OUTSIDE_CAMPAIGNS)
reads_only = _marked(CampaignAccess.READS)
imports_records = _marked(CampaignAccess.IMPORTS)


def campaign_access(method: Callable[..., object]) -> CampaignAccess | None:
    """The mark on ``method``; None when it has none yet."""
    access = getattr(method, _MARK, None)
    return access if isinstance(access, CampaignAccess) else None
