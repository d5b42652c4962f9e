"""排名: ward totals, ranks, veto and incomplete wards, model wards, the self-check gap (rules §4).

The input is what one aggregate query per phase returns — per submitted inspection, the sums of
``points − deduction`` and of ``points`` over its applicable items in integer tenths — so ranking
300 wards never loads an item row. Scores stay exact ``Fraction``s; only comparisons (ties, the
model-ward threshold) use the two-decimal values the user sees, so two wards shown with the same
total are tied, as rules §4.5 says.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from nursingqc.domain.awards import AwardDecision, AwardSettings, model_ward_decisions
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.domain.scoring import (
    mean_of_quotients,
    round_half_up,
    weighted_total,
)

# The checklist whose score breaks a tie on the total (服务态度).
SERVICE_CHECKLIST = "SERVICE"

MSG_INSPECTION_WITHOUT_SCORE = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward}, checklist {checklist}: a submitted inspection has every item marked not "
    "applicable, so it has no score. Correct that inspection, then make the ranking again.",
)


@dataclass(frozen=True)
class InspectionSum:
    """One submitted inspection (检查) summed over its applicable items, in integer tenths.

    ``earned_tenths`` = Σ(points − deduction), ``possible_tenths`` = Σ points; ``veto_failed`` is
    true when any veto item of it failed.
    """

    ward_id: int
    checklist_code: str
    earned_tenths: int
    possible_tenths: int
    veto_failed: bool = False

    def __post_init__(self) -> None:
        # The sums come from validated item rows; anything else is a wrong query, not user input.
        if not 0 <= self.earned_tenths <= self.possible_tenths:
            raise ValueError(f"impossible inspection sums: {self}")


@dataclass(frozen=True)
class WeightedChecklist:
    """A checklist of the campaign with its weight in the ward total."""

    code: str
    name: str
    weight: Decimal = Decimal(1)


@dataclass(frozen=True)
class WardRef:
    """A participating ward (参评病区) as the ranking shows it."""

    id: int
    code: str
    name: str


class WardStatus(enum.StrEnum):
    """评比结果状态: ranked among the clean wards, ranked after them (一票否决), or 未完成."""

    COMPLETE = "complete"
    VETO = "veto"
    INCOMPLETE = "incomplete"


class TieBreak(enum.StrEnum):
    """The rule (rules §4.7) that placed a ward below the ward ranked just before it with the same
    total (上一名): 服务态度 first, then the lowest checklist score."""

    SERVICE_SCORE = "service_score"
    LOWEST_SCORE = "lowest_score"


@dataclass(frozen=True)
class WardResult:
    """One ward's line of the ranking.

    ``scores`` holds every campaign checklist in campaign order (None: no submitted evaluation).
    ``missing`` names the checklists that make the ward incomplete. An incomplete ward may also be
    ``veto``; it still gets no rank. ``tie_break`` is None when the total alone decided its place;
    a ward sharing its rank carries the rule that placed the whole tied group.
    ``self_check_missing`` names the checklists without a submitted self-check (no self-check
    total); ``self_check_veto`` is true when a veto item failed in the ward's own self-check, which
    never makes it a veto ward (rules §4.6).
    """

    ward: WardRef
    scores: dict[str, Fraction | None]
    total: Fraction | None
    rank: int | None
    shared_rank: bool
    status: WardStatus
    veto: bool
    missing: tuple[str, ...]
    tie_break: TieBreak | None
    award: AwardDecision
    self_check_total: Fraction | None
    self_check_gap: Fraction | None
    self_check_missing: tuple[str, ...]
    self_check_veto: bool

    @property
    def is_model_ward(self) -> bool:
        return self.award is AwardDecision.MODEL_WARD


@dataclass(frozen=True)
class Ranking:
    """The evaluation ranking: clean wards by rank, veto wards by rank, incomplete wards by code."""

    checklists: tuple[WeightedChecklist, ...]
    settings: AwardSettings
    results: tuple[WardResult, ...]

    @property
    def model_wards(self) -> tuple[WardResult, ...]:
        return tuple(result for result in self.results if result.is_model_ward)


@dataclass(frozen=True)
class _PhaseResult:
    """A ward's checklist scores and total in one phase."""

    scores: dict[str, Fraction | None]
    total: Fraction | None
    veto: bool
    missing: tuple[str, ...]


def _phase_results(
    checklists: Sequence[WeightedChecklist],
    wards: Sequence[WardRef],
    sums: Iterable[InspectionSum],
) -> dict[int, _PhaseResult]:
    codes = {checklist.code for checklist in checklists}
    by_id = {ward.id: ward for ward in wards}
    #: 标化分 100·earned/possible of each inspection, as (numerator, denominator)
    inspection_scores: defaultdict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    veto_wards: set[int] = set()
    for inspection in sums:
        # Inspections of a ward or checklist no longer in the campaign do not count.
        ward = by_id.get(inspection.ward_id)
        if ward is None or inspection.checklist_code not in codes:
            continue
        if inspection.possible_tenths == 0:
            raise ValidationError(
                MSG_INSPECTION_WITHOUT_SCORE, ward=ward.code, checklist=inspection.checklist_code
            )
        score = (100 * inspection.earned_tenths, inspection.possible_tenths)
        inspection_scores[inspection.ward_id, inspection.checklist_code].append(score)
        if inspection.veto_failed:
            veto_wards.add(inspection.ward_id)
    weights = [(c.code, Fraction(c.weight)) for c in checklists]  # once, not once per ward
    results = {}
    for ward in wards:
        scores: dict[str, Fraction | None] = {}
        for checklist in checklists:
            found = inspection_scores.get((ward.id, checklist.code))
            scores[checklist.code] = mean_of_quotients(found) if found else None
        missing = tuple(code for code, score in scores.items() if score is None)
        total = None
        if not missing:
            total = weighted_total((code, _known(scores[code]), weight) for code, weight in weights)
        results[ward.id] = _PhaseResult(scores, total, ward.id in veto_wards, missing)
    return results


def _known(score: Fraction | None) -> Fraction:
    if score is None:
        raise AssertionError("a complete ward has every checklist score")
    return score


class _SortKey(NamedTuple):
    """What places a ranked ward, compared as shown (two decimals); larger is better."""

    total: Decimal
    service: Decimal  # 0 for every ward when the campaign has no SERVICE checklist
    lowest: Decimal


def _sort_key(result: _PhaseResult) -> _SortKey:
    scores = {code: _known(score) for code, score in result.scores.items()}
    service = scores.get(SERVICE_CHECKLIST, Fraction(0))
    return _SortKey(
        round_half_up(_known(result.total)),
        round_half_up(service),
        round_half_up(min(scores.values())),
    )


def _tie_break(above: _SortKey, below: _SortKey) -> TieBreak | None:
    if above.total != below.total or above == below:
        return None
    return TieBreak.SERVICE_SCORE if above.service != below.service else TieBreak.LOWEST_SCORE


@dataclass(frozen=True)
class _Placed:
    ward: WardRef
    rank: int
    shared: bool
    tie_break: TieBreak | None


def _place(group: Sequence[tuple[WardRef, _SortKey]], first_rank: int) -> list[_Placed]:
    """Standard competition ranking (1, 2, 2, 4) of one group, tied wards listed by code."""
    by_code = sorted(group, key=lambda pair: pair[0].code)
    ordered = sorted(
        by_code, key=lambda pair: pair[1], reverse=True
    )  # stable: ties keep code order
    placed: list[_Placed] = []
    for position, (ward, key) in enumerate(ordered):
        above = ordered[position - 1][1] if position else None
        below = ordered[position + 1][1] if position + 1 < len(ordered) else None
        if above == key:
            # Tied with the ward above: placed after 上一名 by the same rule as it was.
            rank, tie_break = placed[-1].rank, placed[-1].tie_break
        else:
            rank = first_rank + position
            tie_break = _tie_break(above, key) if above is not None else None
        placed.append(_Placed(ward, rank, key in (above, below), tie_break))
    return placed


def _gap(self_check: Fraction | None, evaluation: Fraction | None) -> Fraction | None:
    """Self-check total − evaluation total, from the rounded values shown beside it.

    Subtracting the exact totals could differ by 0.01 from the difference of the two numbers
    printed in the same row of the workbook.
    """
    if self_check is None or evaluation is None:
        return None
    return Fraction(round_half_up(self_check)) - Fraction(round_half_up(evaluation))


def rank_wards(
    checklists: Sequence[WeightedChecklist],
    wards: Sequence[WardRef],
    evaluation: Iterable[InspectionSum],
    settings: AwardSettings,
    self_check: Iterable[InspectionSum] | None = None,
) -> Ranking:
    """Rank the participating wards by rules §4.7 from the evaluation phase's inspection sums.

    Complete wards without a veto come first by rounded total, then SERVICE score, then lowest
    checklist score, all descending; wards still equal share a rank. Veto wards follow, their ranks
    continuing the numbers. Incomplete wards get no rank. ``self_check`` (the self-check phase's
    sums) gives each ward's self-check total and gap.
    """
    if len({ward.id for ward in wards}) != len(wards):
        raise ValueError("a ward is listed twice")
    if len({checklist.code for checklist in checklists}) != len(checklists):
        raise ValueError("a checklist is listed twice")
    phase = _phase_results(checklists, wards, evaluation)
    own = _phase_results(checklists, wards, self_check) if self_check is not None else {}

    clean = [w for w in wards if phase[w.id].total is not None and not phase[w.id].veto]
    veto = [w for w in wards if phase[w.id].total is not None and phase[w.id].veto]
    incomplete = sorted((w for w in wards if phase[w.id].total is None), key=lambda w: w.code)

    placed_clean = _place([(w, _sort_key(phase[w.id])) for w in clean], 1)
    placed_veto = _place([(w, _sort_key(phase[w.id])) for w in veto], len(clean) + 1)
    decisions = model_ward_decisions(
        [(p.rank, round_half_up(_known(phase[p.ward.id].total))) for p in placed_clean], settings
    )

    def result(
        ward: WardRef, placed: _Placed | None, status: WardStatus, award: AwardDecision
    ) -> WardResult:
        evaluated = phase[ward.id]
        checked = own.get(ward.id)
        self_total = checked.total if checked is not None else None
        own_missing = checked.missing if checked is not None else tuple(evaluated.scores)
        return WardResult(
            ward=ward,
            scores=evaluated.scores,
            total=evaluated.total,
            rank=placed.rank if placed else None,
            shared_rank=placed.shared if placed else False,
            status=status,
            veto=evaluated.veto,
            missing=evaluated.missing,
            tie_break=placed.tie_break if placed else None,
            award=award,
            self_check_total=self_total,
            self_check_gap=_gap(self_total, evaluated.total),
            self_check_missing=own_missing,
            self_check_veto=checked is not None and checked.veto,
        )

    results = [
        result(p.ward, p, WardStatus.COMPLETE, decision)
        for p, decision in zip(placed_clean, decisions, strict=True)
    ]
    results.extend(result(p.ward, p, WardStatus.VETO, AwardDecision.VETO) for p in placed_veto)
    results.extend(
        result(w, None, WardStatus.INCOMPLETE, AwardDecision.INCOMPLETE) for w in incomplete
    )
    return Ranking(tuple(checklists), settings, tuple(results))
