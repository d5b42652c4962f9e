"""Ranking rules (rules §4), one test per rule, each a table of wards and what the ranking says."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from nursingqc.domain.awards import AwardDecision, AwardSettings
from nursingqc.domain.checklists import ChecklistItem
from nursingqc.domain.errors import (
    MSG_WEIGHT_NOT_POSITIVE,
    ValidationError,
)
from nursingqc.domain.ranking import (
    MSG_INSPECTION_WITHOUT_SCORE,
    InspectionSum,
    Ranking,
    TieBreak,
    WardRef,
    WardResult,
    WardStatus,
    WeightedChecklist,
    rank_wards,
)
from nursingqc.domain.scoring import ItemEntry, round_half_up
from tests.ranking_oracle import result_for, sum_inspection

ENV, BED, SERVICE = "WARD_ENV", "BED_UNIT", "SERVICE"
CHECKLISTS = (
    WeightedChecklist(ENV, "病房环境"),
    WeightedChecklist(BED, "床单元"),
    WeightedChecklist(SERVICE, "服务态度"),
)
WITHOUT_SERVICE = CHECKLISTS[:2]


def ward(n: int) -> WardRef:
    return WardRef(n, f"W{n:02d}", f"{n}病区")


def inspection(ward_id: int, code: str, score: str, veto: bool = False) -> InspectionSum:
    """An inspection worth 100 points (1000 tenths) that scored ``score``."""
    return InspectionSum(ward_id, code, int(Decimal(score) * 10), 1000, veto)


def scored(
    ward_id: int, env: str, bed: str, service: str | None = None, veto: bool = False
) -> list[InspectionSum]:
    """One inspection per checklist; ``service`` None leaves SERVICE out."""
    sums = [inspection(ward_id, ENV, env, veto), inspection(ward_id, BED, bed)]
    if service is not None:
        sums.append(inspection(ward_id, SERVICE, service))
    return sums


def rank(
    evaluation: list[InspectionSum],
    wards: list[int] | None = None,
    checklists: tuple[WeightedChecklist, ...] = CHECKLISTS,
    settings: AwardSettings | None = None,
    self_check: list[InspectionSum] | None = None,
) -> Ranking:
    ids = wards if wards is not None else sorted({s.ward_id for s in evaluation})
    return rank_wards(
        checklists, [ward(n) for n in ids], evaluation, settings or AwardSettings(), self_check
    )


def listing(ranking: Ranking) -> list[tuple[str, int | None]]:
    return [(result.ward.code, result.rank) for result in ranking.results]


def item(code: str, points: str, veto: bool = False) -> ChecklistItem:
    return ChecklistItem(code, f"条目{code}", Decimal(points), "一处扣1分", None, veto)


def exact_sum(ward_id: int, code: str, earned: int, possible: int) -> InspectionSum:
    return InspectionSum(ward_id, code, earned, possible)


# --- scores -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("earned", "possible", "expected"),
    [
        (900, 1000, Fraction(90)),
        (45, 50, Fraction(90)),
        (0, 10, Fraction(0)),
        (10, 30, Fraction(100, 3)),
        (1000, 1000, Fraction(100)),
    ],
)
def test_inspection_score_is_earned_over_possible_times_100(
    earned: int, possible: int, expected: Fraction
) -> None:
    ranking = rank([exact_sum(1, ENV, earned, possible)], checklists=(CHECKLISTS[0],))
    assert ranking.results[0].scores == {ENV: expected}
    assert ranking.results[0].total == expected


def test_not_applicable_items_are_standardized() -> None:
    items = [item("A", "10"), item("B", "40"), item("C", "10")]
    deducted = ItemEntry(Decimal(2), problem="床单污染")
    table = [  # ward, entries for A B C, (earned, possible) in tenths, score
        (1, [deducted, ItemEntry(not_applicable=True), ItemEntry()], (180, 200), Fraction(90)),
        (2, [deducted, ItemEntry(), ItemEntry()], (580, 600), Fraction(58, 60) * 100),
    ]
    sums = [sum_inspection(n, ENV, zip(items, entries, strict=True)) for n, entries, _, _ in table]
    assert [(s.earned_tenths, s.possible_tenths) for s in sums] == [row[2] for row in table]
    # Ward 1 has 18 of the 20 applicable points, not 18 of 60: B leaves the denominator.
    ranking = rank(sums, checklists=(CHECKLISTS[0],))
    assert [result_for(ranking, n).total for n, *_ in table] == [row[3] for row in table]


def test_inspection_with_every_item_not_applicable_is_refused() -> None:
    every_na = sum_inspection(3, SERVICE, [(item("A", "10"), ItemEntry(not_applicable=True))])
    assert (every_na.earned_tenths, every_na.possible_tenths) == (0, 0)
    with pytest.raises(ValidationError) as refused:
        rank([*scored(1, "90", "90", "90"), every_na], wards=[1, 3])
    assert refused.value.template == MSG_INSPECTION_WITHOUT_SCORE
    assert refused.value.params == {"ward": "W03", "checklist": SERVICE}


@pytest.mark.parametrize(
    ("inspectors", "expected"),
    [
        (["90"], Fraction(90)),
        (["90", "95", "80"], Fraction(265, 3)),
        (["90.5", "91"], Fraction(9075, 100)),
        (["100", "0"], Fraction(50)),
    ],
)
def test_checklist_score_is_the_mean_of_the_inspectors(
    inspectors: list[str], expected: Fraction
) -> None:
    ranking = rank([inspection(1, ENV, score) for score in inspectors], checklists=(CHECKLISTS[0],))
    assert ranking.results[0].scores[ENV] == expected


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        (("1", "1", "1"), Fraction(80)),
        (("2", "1", "1"), Fraction(180 + 80 + 70, 4)),
        (("0.5", "1", "1.5"), Fraction(45 + 80 + 105, 3)),
        (("1", "1", "0.1"), Fraction(900 + 800 + 70, 21)),
    ],
)
def test_total_is_weighted_by_the_campaign_weights(
    weights: tuple[str, str, str], expected: Fraction
) -> None:
    checklists = tuple(
        WeightedChecklist(c.code, c.name, Decimal(w))
        for c, w in zip(CHECKLISTS, weights, strict=True)
    )
    ranking = rank(scored(1, "90", "80", "70"), checklists=checklists)
    assert ranking.results[0].scores == {ENV: 90, BED: 80, SERVICE: 70}
    assert ranking.results[0].total == expected


def test_a_weight_of_zero_is_refused() -> None:
    checklists = (CHECKLISTS[0], WeightedChecklist(BED, "床单元", Decimal(0)))
    with pytest.raises(ValidationError) as refused:
        rank(scored(1, "90", "80"), checklists=checklists)
    assert refused.value.template == MSG_WEIGHT_NOT_POSITIVE
    assert refused.value.params == {"checklist": BED, "weight": 0}


# --- who is ranked ----------------------------------------------------------------------------


def test_incomplete_wards_are_unranked_and_listed_last_by_code() -> None:
    evaluation = [*scored(3, "95", "95"), *scored(1, "80", "80", "80")]
    ranking = rank(evaluation, wards=[3, 2, 1])
    assert listing(ranking) == [("W01", 1), ("W02", None), ("W03", None)]
    w02, w03 = ranking.results[1:]
    assert [r.status for r in ranking.results] == [
        WardStatus.COMPLETE,
        WardStatus.INCOMPLETE,
        WardStatus.INCOMPLETE,
    ]
    assert (w02.missing, w02.total, w02.award) == (
        (ENV, BED, SERVICE),
        None,
        AwardDecision.INCOMPLETE,
    )
    assert w03.missing == (SERVICE,)
    assert w03.scores == {ENV: 95, BED: 95, SERVICE: None}
    assert w03.total is None
    assert not w03.is_model_ward


def test_veto_wards_follow_clean_wards() -> None:
    evaluation = [
        *scored(1, "99", "99", "99", veto=True),
        *scored(2, "85", "85", "85"),
        *scored(3, "80", "80", "80"),
        *scored(4, "95", "95", "95", veto=True),
        *scored(5, "99", "99", veto=True),  # incomplete: no rank even with a veto
    ]
    ranking = rank(evaluation, settings=AwardSettings(3, Decimal(0)))
    assert listing(ranking) == [("W02", 1), ("W03", 2), ("W01", 3), ("W04", 4), ("W05", None)]
    assert [(r.status, r.veto, r.award) for r in ranking.results] == [
        (WardStatus.COMPLETE, False, AwardDecision.MODEL_WARD),
        (WardStatus.COMPLETE, False, AwardDecision.MODEL_WARD),
        (WardStatus.VETO, True, AwardDecision.VETO),
        (WardStatus.VETO, True, AwardDecision.VETO),
        (WardStatus.INCOMPLETE, True, AwardDecision.INCOMPLETE),
    ]


def test_one_failed_veto_among_the_inspectors_makes_a_veto_ward() -> None:
    evaluation = [
        *scored(1, "99", "99", "99"),
        inspection(1, SERVICE, "100"),
        inspection(1, SERVICE, "98", veto=True),
        *scored(2, "80", "80", "80"),
    ]
    ranking = rank(evaluation)
    assert listing(ranking) == [("W02", 1), ("W01", 2)]
    assert result_for(ranking, 1).status == WardStatus.VETO
    assert result_for(ranking, 1).scores[SERVICE] == 99


def test_self_check_veto_does_not_make_a_veto_ward() -> None:
    self_check = scored(1, "99", "99", "99", veto=True)
    ranking = rank(scored(1, "90", "90", "90"), self_check=self_check)
    assert (ranking.results[0].status, ranking.results[0].veto) == (WardStatus.COMPLETE, False)
    # It is still told, so that the self-check pages can say what the veto found.
    assert ranking.results[0].self_check_veto
    assert (
        not rank(scored(1, "90", "90", "90"), self_check=scored(1, "99", "99", "99"))
        .results[0]
        .self_check_veto
    )


def test_inspections_of_wards_and_checklists_outside_the_campaign_are_left_out() -> None:
    evaluation = [*scored(1, "90", "90", "90"), *scored(9, "99", "99", "99")]
    evaluation.append(InspectionSum(1, "TREAT_ROOM", 0, 1000, veto_failed=True))
    ranking = rank(evaluation, wards=[1])
    assert listing(ranking) == [("W01", 1)]
    assert (ranking.results[0].total, ranking.results[0].veto) == (Fraction(90), False)


# --- order among complete wards -----------------------------------------------------------------


def test_tie_on_total_is_broken_by_service_score() -> None:
    # Both total 90; W02 scores better on SERVICE, so it is placed first although its code is later.
    ranking = rank([*scored(1, "92", "92", "86"), *scored(2, "88", "88", "94")])
    assert listing(ranking) == [("W02", 1), ("W01", 2)]
    assert result_for(ranking, 1).total == result_for(ranking, 2).total == 90
    assert [(r.tie_break, r.shared_rank) for r in ranking.results] == [
        (None, False),
        (TieBreak.SERVICE_SCORE, False),
    ]


def test_tie_on_service_score_is_broken_by_lowest_checklist_score() -> None:
    # Same total 90, same SERVICE 90; W01's weakest checklist is 85, W02's is 88.
    ranking = rank([*scored(1, "95", "85", "90"), *scored(2, "92", "88", "90")])
    assert listing(ranking) == [("W02", 1), ("W01", 2)]
    assert result_for(ranking, 1).tie_break == TieBreak.LOWEST_SCORE


def test_without_a_service_checklist_ties_go_to_the_lowest_checklist_score() -> None:
    ranking = rank([*scored(1, "95", "85"), *scored(2, "88", "92")], checklists=WITHOUT_SERVICE)
    assert listing(ranking) == [("W02", 1), ("W01", 2)]
    assert result_for(ranking, 1).tie_break == TieBreak.LOWEST_SCORE


def test_shared_ranks_skip_numbers() -> None:
    evaluation = [
        *scored(1, "80", "80", "80"),
        *scored(3, "90", "88", "92"),
        *scored(2, "90", "88", "92"),
        *scored(4, "95", "95", "95"),
    ]
    ranking = rank(evaluation, wards=[1, 3, 2, 4])
    assert listing(ranking) == [("W04", 1), ("W02", 2), ("W03", 2), ("W01", 4)]
    assert [r.shared_rank for r in ranking.results] == [False, True, True, False]
    assert [r.tie_break for r in ranking.results] == [None, None, None, None]


def test_wards_tied_below_a_tie_break_carry_the_rule_that_placed_them() -> None:
    # W01 is first on SERVICE; W02 and W03 are tied with each other, both placed after W01 by
    # SERVICE: the second of them names the rule too, not only the first (rules §4.7).
    ranking = rank(
        [*scored(1, "88", "88", "94"), *scored(2, "92", "92", "86"), *scored(3, "92", "92", "86")]
    )
    assert [(r.ward.code, r.rank, r.shared_rank, r.tie_break) for r in ranking.results] == [
        ("W01", 1, False, None),
        ("W02", 2, True, TieBreak.SERVICE_SCORE),
        ("W03", 2, True, TieBreak.SERVICE_SCORE),
    ]


#: Six ways to total 90.00 (病房环境, 床单元, 服务态度), best first by rules §4.7, and the rule that
#: puts each after the one before it.
TIED_AT_90 = (
    (("88", "88", "94"), None),
    (("90", "86", "94"), TieBreak.LOWEST_SCORE),
    (("90", "90", "90"), TieBreak.SERVICE_SCORE),
    (("95", "85", "90"), TieBreak.LOWEST_SCORE),
    (("92", "92", "86"), TieBreak.SERVICE_SCORE),
    (("100", "84", "86"), TieBreak.LOWEST_SCORE),
)


def test_hundreds_of_wards_tied_on_the_total_name_the_rule_that_separated_them() -> None:
    # 300 wards all at 90.00 in six groups of 50, ids dealt out so that no group is contiguous,
    # under 20 wards at 95 (their total decides: no rule) — as a large hospital's month may end.
    evaluation: list[InspectionSum] = []
    group_of: dict[int, int] = {}
    for n in range(1, 301):
        group = (n * 7) % len(TIED_AT_90)
        group_of[n] = group
        evaluation.extend(scored(n, *TIED_AT_90[group][0]))
    for n in range(301, 321):
        evaluation.extend(scored(n, "95", "95", "95"))
    ranking = rank(evaluation)
    top, tied = ranking.results[:20], ranking.results[20:]
    assert all(r.rank == 1 and r.tie_break is None for r in top)
    assert len(tied) == 300
    first_rank = 21
    for group, (_, rule) in enumerate(TIED_AT_90):
        members = [r for r in tied if group_of[r.ward.id] == group]
        assert len(members) == 50
        assert {r.rank for r in members} == {first_rank}
        assert all(r.shared_rank and r.total == 90 for r in members)
        # The first group is placed after the 95s by the total alone.
        assert {r.tie_break for r in members} == {rule}
        assert [r.ward.code for r in members] == sorted(r.ward.code for r in members)
        first_rank += 50
    assert [group_of[r.ward.id] for r in tied] == sorted(group_of[r.ward.id] for r in tied)


def test_totals_equal_when_rounded_share_a_rank() -> None:
    table = [  # ward, earned, possible (tenths), total as shown, rank
        (1, 22_501, 25_000, "90.00", 1),  # 90.004
        (2, 22_499, 25_000, "90.00", 1),  # 89.996
        (3, 179_990, 200_000, "90.00", 1),  # 89.995, half up
        (4, 179_988, 200_000, "89.99", 4),  # 89.994
    ]
    evaluation = [exact_sum(n, ENV, earned, possible) for n, earned, possible, _, _ in table]
    ranking = rank(evaluation, checklists=(CHECKLISTS[0],))
    assert [(r.ward.id, str(round_half_up(_total(r))), r.rank) for r in ranking.results] == [
        (n, shown, rank) for n, _, _, shown, rank in table
    ]
    assert [r.shared_rank for r in ranking.results] == [True, True, True, False]


def _total(result: WardResult) -> Fraction:
    assert result.total is not None
    return result.total


def test_veto_wards_are_ordered_by_the_same_tie_rules() -> None:
    evaluation = [
        *scored(1, "99", "99", "99"),
        *scored(2, "92", "92", "86", veto=True),
        *scored(3, "88", "88", "94", veto=True),
        *scored(4, "70", "70", "70", veto=True),
        *scored(5, "70", "70", "70", veto=True),
    ]
    ranking = rank(evaluation)
    assert listing(ranking) == [("W01", 1), ("W03", 2), ("W02", 3), ("W04", 4), ("W05", 4)]
    assert result_for(ranking, 2).tie_break == TieBreak.SERVICE_SCORE
    assert [r.shared_rank for r in ranking.results] == [False, False, False, True, True]


# --- model wards ------------------------------------------------------------------------------

RANKS_1_2_2_4 = [
    *scored(1, "99", "99", "99"),
    *scored(2, "95", "95", "95"),
    *scored(3, "95", "95", "95"),
    *scored(4, "93", "93", "93"),
]


@pytest.mark.parametrize(
    ("count", "model_wards"),
    [
        (1, ["W01"]),
        (2, ["W01", "W02", "W03"]),
        (3, ["W01", "W02", "W03"]),
        (4, ["W01", "W02", "W03", "W04"]),
        (0, []),
    ],
)
def test_award_cutoff_admits_ties(count: int, model_wards: list[str]) -> None:
    ranking = rank(RANKS_1_2_2_4, settings=AwardSettings(count, Decimal(90)))
    assert listing(ranking) == [("W01", 1), ("W02", 2), ("W03", 2), ("W04", 4)]
    assert [r.ward.code for r in ranking.model_wards] == model_wards
    outside = [r.award for r in ranking.results if not r.is_model_ward]
    assert outside == [AwardDecision.OUTSIDE_TOP] * (4 - len(model_wards))


@pytest.mark.parametrize(
    ("threshold", "decisions"),
    [
        ("90", ["model_ward", "model_ward", "below_threshold"]),
        ("85", ["model_ward", "model_ward", "model_ward"]),
        ("90.01", ["model_ward", "below_threshold", "below_threshold"]),
    ],
)
def test_threshold_excludes_ward_below_90(threshold: str, decisions: list[str]) -> None:
    evaluation = [
        exact_sum(1, ENV, 950, 1000),
        exact_sum(2, ENV, 179_990, 200_000),  # 89.995 is shown as 90.00 and counts as 90
        exact_sum(3, ENV, 17_998, 20_000),  # 89.99
    ]
    ranking = rank(
        evaluation, checklists=(CHECKLISTS[0],), settings=AwardSettings(3, Decimal(threshold))
    )
    assert listing(ranking) == [("W01", 1), ("W02", 2), ("W03", 3)]
    assert [r.award.value for r in ranking.results] == decisions


# --- self-check gap ---------------------------------------------------------------------------


def test_self_check_gap_is_self_check_total_minus_evaluation_total() -> None:
    evaluation = [
        *scored(1, "90", "90", "90"),
        *scored(2, "90", "90", "90"),
        *scored(3, "90", "90", "90"),
        *scored(4, "90", "90"),  # incomplete evaluation
        *(exact_sum(5, c.code, 179_988, 200_000) for c in CHECKLISTS),  # 89.994: shown 89.99
    ]
    self_check = [
        *scored(1, "95", "95", "95"),
        *scored(2, "85", "85", "85"),
        *scored(3, "99", "99"),  # incomplete self-check
        *scored(4, "95", "95", "95"),
        *(exact_sum(5, c.code, 180_010, 200_000) for c in CHECKLISTS),  # 90.005: shown 90.01
    ]
    ranking = rank(evaluation, checklists=CHECKLISTS, self_check=self_check)
    gaps = {r.ward.code: (r.self_check_total, r.self_check_gap) for r in ranking.results}
    assert gaps == {
        "W01": (95, 5),
        "W02": (85, -5),
        "W03": (None, None),
        "W04": (95, None),
        # 90.01 − 89.99 as shown side by side, not the exact 0.011 (which would show 0.01)
        "W05": (Fraction(90005, 1000), Fraction(2, 100)),
    }
    missing = {r.ward.code: r.self_check_missing for r in ranking.results}
    assert missing == {"W01": (), "W02": (), "W03": (SERVICE,), "W04": (), "W05": ()}
    # Without the self-check's sums, every checklist lacks one.
    assert rank(evaluation).results[0].self_check_missing == (ENV, BED, SERVICE)


def test_without_self_check_sums_there_is_no_gap() -> None:
    result = rank(scored(1, "90", "90", "90")).results[0]
    assert (result.self_check_total, result.self_check_gap) == (None, None)


# --- the aggregate from item rows -------------------------------------------------------------


def test_the_oracle_adds_applicable_items_in_tenths_and_flags_a_failed_veto() -> None:
    rows = [
        (item("A", "15"), ItemEntry(Decimal("1.5"), problem="床头柜杂物")),
        (item("B", "0.5"), ItemEntry()),
        (item("V", "10", veto=True), ItemEntry(veto_failed=True, problem="投诉查实")),
        (item("N", "20"), ItemEntry(not_applicable=True)),
    ]
    assert sum_inspection(7, SERVICE, rows) == InspectionSum(7, SERVICE, 240, 255, True)


@pytest.mark.parametrize(("earned", "possible"), [(-1, 10), (11, 10), (1, 0)])
def test_impossible_sums_are_refused_as_a_bug(earned: int, possible: int) -> None:
    with pytest.raises(ValueError, match="impossible inspection sums"):
        InspectionSum(1, ENV, earned, possible)
