"""Laws of the ranking (rules §4), checked on generated hospitals (hypothesis)."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

from hypothesis import assume, given
from hypothesis import strategies as st

from nursingqc.domain.awards import AwardSettings
from nursingqc.domain.checklists import ChecklistItem
from nursingqc.domain.ranking import (
    SERVICE_CHECKLIST,
    InspectionSum,
    Ranking,
    TieBreak,
    WardRef,
    WardResult,
    WardStatus,
    WeightedChecklist,
    rank_wards,
)
from nursingqc.domain.scoring import ItemEntry, inspection_score, round_half_up
from tests.ranking_oracle import result_for, sum_inspection

T = TypeVar("T")
CODES = ("WARD_ENV", "BED_UNIT", SERVICE_CHECKLIST, "TREAT_ROOM")


@dataclass(frozen=True)
class Hospital:
    checklists: tuple[WeightedChecklist, ...]
    wards: tuple[WardRef, ...]
    evaluation: tuple[InspectionSum, ...]
    self_check: tuple[InspectionSum, ...]
    settings: AwardSettings

    def rank(self, evaluation: tuple[InspectionSum, ...] | None = None) -> Ranking:
        return rank_wards(
            self.checklists,
            self.wards,
            self.evaluation if evaluation is None else evaluation,
            self.settings,
            self.self_check,
        )


GRID = st.sampled_from([85, 90, 95, 100])
VETO = st.sampled_from([False] * 15 + [True])


@st.composite
def inspection_sums(draw: st.DrawFn, ward_id: int, code: str, percent: int | None) -> InspectionSum:
    """An inspection scoring ``percent`` (None: any score)."""
    possible = draw(st.sampled_from([20, 40, 1000]))
    earned = draw(st.integers(0, possible)) if percent is None else possible * percent // 100
    return InspectionSum(ward_id, code, earned, possible, draw(VETO))


@st.composite
def phase_sums(
    draw: st.DrawFn, wards: tuple[WardRef, ...], codes: list[str]
) -> tuple[InspectionSum, ...]:
    # Many wards score a reshuffle of the same checklist scores: equal totals (when the weights
    # are equal) with different SERVICE and lowest scores, so the tie-breaks really decide.
    shared_scores = draw(st.lists(GRID, min_size=len(codes), max_size=len(codes)))
    sums: list[InspectionSum] = []
    for ward in wards:
        if draw(st.booleans()):
            percents = draw(st.permutations(shared_scores))
            sums.extend(
                draw(inspection_sums(ward.id, code, percent))
                for code, percent in zip(codes, percents, strict=True)
            )
            continue
        for code in codes:
            for _ in range(draw(st.sampled_from([0, 1, 1, 1, 1, 1, 2, 3]))):
                sums.append(draw(inspection_sums(ward.id, code, draw(st.one_of(st.none(), GRID)))))
    return tuple(draw(st.permutations(sums)))


@st.composite
def hospitals(draw: st.DrawFn) -> Hospital:
    codes = list(draw(st.permutations(CODES)))[: draw(st.sampled_from([1, 2, 3, 3, 4]))]
    weights = st.sampled_from(["1", "1", "1", "2", "0.5", "3.5"]).map(Decimal)
    equal_weights = draw(st.booleans())
    checklists = tuple(
        WeightedChecklist(code, code.lower(), Decimal(1) if equal_weights else draw(weights))
        for code in codes
    )
    count = draw(st.sampled_from([5, 0, 1, 2, 3, 8, 12]))
    ward_codes = draw(st.permutations([f"W{n:02d}" for n in range(count)]))
    wards = tuple(WardRef(100 + n, code, f"病区{code}") for n, code in enumerate(ward_codes))
    settings = AwardSettings(
        draw(st.integers(0, 4)), draw(st.sampled_from([Decimal(0), Decimal(90), Decimal(95)]))
    )
    return Hospital(
        checklists,
        wards,
        draw(phase_sums(wards, codes)),
        draw(phase_sums(wards, codes)),
        settings,
    )


def known(value: T | None) -> T:
    assert value is not None
    return value


def sort_key(result: WardResult, checklists: tuple[WeightedChecklist, ...]) -> tuple[Decimal, ...]:
    """rules §4.7 restated: rounded total, then SERVICE score (if used), then lowest score."""
    scores = {code: known(score) for code, score in result.scores.items()}
    key = [round_half_up(known(result.total))]
    if any(c.code == SERVICE_CHECKLIST for c in checklists):
        key.append(round_half_up(scores[SERVICE_CHECKLIST]))
    key.append(round_half_up(min(scores.values())))
    return tuple(key)


@given(hospitals(), st.data())
def test_adding_a_deduction_never_raises_a_wards_total_or_improves_its_rank(
    hospital: Hospital, data: st.DataObject
) -> None:
    assume(any(s.earned_tenths for s in hospital.evaluation))
    index = data.draw(
        st.sampled_from([n for n, s in enumerate(hospital.evaluation) if s.earned_tenths])
    )
    chosen = hospital.evaluation[index]
    deduction = data.draw(st.integers(1, chosen.earned_tenths))
    deducted = dataclasses.replace(chosen, earned_tenths=chosen.earned_tenths - deduction)
    evaluation = (*hospital.evaluation[:index], deducted, *hospital.evaluation[index + 1 :])
    before = result_for(hospital.rank(), chosen.ward_id)
    after = result_for(hospital.rank(evaluation), chosen.ward_id)
    assert (after.status, after.veto) == (before.status, before.veto)
    if before.total is not None:
        assert known(after.total) <= before.total
    if before.rank is not None:
        assert known(after.rank) >= before.rank


@given(hospitals())
def test_a_better_total_never_has_a_worse_rank(hospital: Hospital) -> None:
    # Better as shown (two decimals): exact totals that round alike are a tie for the tie-breaks.
    results = hospital.rank().results
    for group in (WardStatus.COMPLETE, WardStatus.VETO):
        ranked = [r for r in results if r.status is group]
        for a in ranked:
            for b in ranked:
                if round_half_up(known(a.total)) > round_half_up(known(b.total)):
                    assert known(a.rank) < known(b.rank)
    clean_ranks = [known(r.rank) for r in results if r.status is WardStatus.COMPLETE]
    veto_ranks = [known(r.rank) for r in results if r.status is WardStatus.VETO]
    assert all(c < v for c in clean_ranks for v in veto_ranks)
    assert all(r.rank is None for r in results if r.status is WardStatus.INCOMPLETE)


def expected_tie_break(above: tuple[Decimal, ...], below: tuple[Decimal, ...]) -> TieBreak | None:
    if above[0] != below[0] or above == below:
        return None
    if len(above) == 3 and above[1] != below[1]:
        return TieBreak.SERVICE_SCORE
    return TieBreak.LOWEST_SCORE


@given(hospitals())
def test_ranks_are_the_standard_competition_ranking_of_the_sort_keys(hospital: Hospital) -> None:
    results = hospital.rank().results
    clean = [r for r in results if r.status is WardStatus.COMPLETE]
    for group, first_rank in (
        (clean, 1),
        ([r for r in results if r.status is WardStatus.VETO], len(clean) + 1),
    ):
        keys = [sort_key(r, hospital.checklists) for r in group]
        for result, key in zip(group, keys, strict=True):
            assert result.rank == first_rank + sum(other > key for other in keys)
            assert result.shared_rank == (keys.count(key) > 1)
        # Listed by rank, tied wards by code.
        assert [(r.rank, r.ward.code) for r in group] == sorted(
            (known(r.rank), r.ward.code) for r in group
        )
        # The tie-break named is the first rule after the total telling a ward from the one above;
        # a ward tied with the one above is placed by the same rule as it.
        for position in range(1, len(group)):
            above, below = keys[position - 1], keys[position]
            expected = (
                group[position - 1].tie_break
                if above == below
                else expected_tie_break(above, below)
            )
            assert group[position].tie_break == expected


@given(hospitals())
def test_the_ranking_is_a_permutation_of_the_participating_wards(hospital: Hospital) -> None:
    results = hospital.rank().results
    assert sorted(r.ward.id for r in results) == sorted(w.id for w in hospital.wards)
    assert {r.ward for r in results} == set(hospital.wards)
    order = [WardStatus.COMPLETE, WardStatus.VETO, WardStatus.INCOMPLETE]
    statuses = [order.index(r.status) for r in results]
    assert statuses == sorted(statuses)
    incomplete = [r.ward.code for r in results if r.status is WardStatus.INCOMPLETE]
    assert incomplete == sorted(incomplete)


@given(hospitals())
def test_model_wards_are_the_ranked_clean_wards_within_n_places_reaching_the_threshold(
    hospital: Hospital,
) -> None:
    settings = hospital.settings
    for r in hospital.rank().results:
        eligible = (
            r.status is WardStatus.COMPLETE
            and known(r.rank) <= settings.model_ward_count
            and round_half_up(known(r.total)) >= settings.threshold
        )
        assert r.is_model_ward == eligible


@given(hospitals(), st.randoms(use_true_random=False))
def test_the_order_of_the_input_changes_nothing(hospital: Hospital, rng: random.Random) -> None:
    wards = list(hospital.wards)
    rng.shuffle(wards)
    evaluation = list(hospital.evaluation)
    rng.shuffle(evaluation)
    shuffled = rank_wards(
        hospital.checklists, wards, evaluation, hospital.settings, hospital.self_check
    )
    assert shuffled == hospital.rank()


@given(hospitals())
def test_self_check_gap_is_the_difference_of_the_shown_totals(hospital: Hospital) -> None:
    for r in hospital.rank().results:
        if r.total is None or r.self_check_total is None:
            assert r.self_check_gap is None
        else:
            shown = round_half_up(r.self_check_total) - round_half_up(r.total)
            assert r.self_check_gap == Fraction(shown)


tenths = st.integers(min_value=1, max_value=300).map(lambda n: Decimal(n) / 10)


@st.composite
def item_rows(draw: st.DrawFn) -> list[tuple[ChecklistItem, ItemEntry]]:
    rows = []
    for n in range(draw(st.integers(min_value=1, max_value=15))):
        points = draw(tenths)
        veto = draw(st.booleans())
        na = draw(st.booleans()) and n > 0  # keep the first item applicable
        deduction = Decimal(0) if na else Decimal(draw(st.integers(0, int(points * 10)))) / 10
        failed = veto and not na and draw(st.booleans())
        item = ChecklistItem(f"I{n}", f"条目{n}", points, "", None, veto)
        rows.append((item, ItemEntry(deduction, na, failed, "问题")))
    return rows


@given(item_rows())
def test_the_aggregate_gives_the_same_score_as_the_item_rows(
    rows: list[tuple[ChecklistItem, ItemEntry]],
) -> None:
    summed = sum_inspection(1, "WARD_ENV", rows)
    checklists = (WeightedChecklist("WARD_ENV", "病房环境"),)
    result = rank_wards(
        checklists, [WardRef(1, "W01", "一病区")], [summed], AwardSettings()
    ).results[0]
    assert result.scores["WARD_ENV"] == inspection_score(rows)
    assert result.veto == any(entry.veto_failed for _, entry in rows)
