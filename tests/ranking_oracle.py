"""The ranking worked out the slow way, for tests: an inspection's sums added up item by item (the
oracle the aggregate query and the domain's ranking are checked against), and one ward's result."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from nursingqc.domain.checklists import ChecklistItem
from nursingqc.domain.ranking import InspectionSum, Ranking, WardResult
from nursingqc.domain.scoring import ItemEntry, item_score


def sum_inspection(
    ward_id: int, checklist_code: str, scored: Iterable[tuple[ChecklistItem, ItemEntry]]
) -> InspectionSum:
    """The sums the aggregate query gives, computed from the item rows."""
    earned = possible = 0
    veto_failed = False
    for item, entry in scored:
        score = item_score(item, entry)
        veto_failed = veto_failed or entry.veto_failed
        if score is None:
            continue
        earned += _tenths(score)
        possible += _tenths(item.points)
    return InspectionSum(ward_id, checklist_code, earned, possible, veto_failed)


def _tenths(value: Decimal) -> int:
    tenths = value * 10
    if tenths != tenths.to_integral_value():
        raise ValueError(f"not a multiple of 0.1: {value}")
    return int(tenths)


def result_for(ranking: Ranking, ward_id: int) -> WardResult:
    return next(result for result in ranking.results if result.ward.id == ward_id)
