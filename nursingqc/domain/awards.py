"""评选: which ranked wards the rules propose as model wards (优质护理服务示范病房), rules §5.1."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from nursingqc.domain.campaign_settings import DEFAULT_SETTINGS


@dataclass(frozen=True)
class AwardSettings:
    """A campaign's award settings: ``model_ward_count`` places, each needing ``threshold``."""

    model_ward_count: int = DEFAULT_SETTINGS.model_ward_count
    threshold: Decimal = DEFAULT_SETTINGS.model_ward_threshold

    def __post_init__(self) -> None:
        # The campaign service refuses such settings with a message; reaching here is a bug.
        if self.model_ward_count < 0:
            raise ValueError(f"model_ward_count must not be negative: {self.model_ward_count}")


class AwardDecision(enum.StrEnum):
    """Why a ward is or is not proposed as a model ward; an admin may still change the choice."""

    MODEL_WARD = "model_ward"
    OUTSIDE_TOP = "outside_top"
    BELOW_THRESHOLD = "below_threshold"
    VETO = "veto"
    INCOMPLETE = "incomplete"


def model_ward_decisions(
    ranked: Sequence[tuple[int, Decimal]], settings: AwardSettings
) -> list[AwardDecision]:
    """Decide for each clean ranked ward, given as (rank, total rounded to 2 decimals).

    Ranks are competition ranks (1, 2, 2, 4), so ``rank <= N`` is "the top N, and every ward tied
    at the N-th place". The threshold compares the rounded total, the value the user sees.
    """
    decisions = []
    for rank, total in ranked:
        if rank > settings.model_ward_count:
            decisions.append(AwardDecision.OUTSIDE_TOP)
        elif total < settings.threshold:
            decisions.append(AwardDecision.BELOW_THRESHOLD)
        else:
            decisions.append(AwardDecision.MODEL_WARD)
    return decisions


class NominationStatus(enum.StrEnum):
    """优秀护士 nomination: put forward by the ward, then approved or declined by the department."""

    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"

    @property
    def chinese_name(self) -> str:
        """The name written to files, whatever the UI language."""
        return _NOMINATION_NAMES[self]


_NOMINATION_NAMES = {
    NominationStatus.PENDING: "待审批",
    NominationStatus.APPROVED: "已批准",
    NominationStatus.DECLINED: "未批准",
}
