"""活动月设置: a campaign's award and rectification settings, the values a new campaign starts with
and the range each may take — one place for the campaign dialog, the command line, the campaign
service and the database's column defaults."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CampaignSettings:
    """The top ``model_ward_count`` ranked wards with a total of at least
    ``model_ward_threshold`` are proposed as 示范病房; a rectification item (整改项) is due
    ``rectification_days`` after it is issued."""

    model_ward_count: int = 3
    model_ward_threshold: Decimal = Decimal(90)
    rectification_days: int = 7


#: What a new campaign starts with unless the department chooses otherwise.
DEFAULT_SETTINGS = CampaignSettings()

#: The ranges the campaign service accepts (both ends included); the dialog's spin boxes too.
MODEL_WARD_COUNT_RANGE = (0, 100)
MODEL_WARD_THRESHOLD_RANGE = (Decimal(0), Decimal(100))
RECTIFICATION_DAYS_RANGE = (1, 60)
