"""总结统计 on crafted data: checklist figures, pass rates, the Pareto, gaps, rates and trends."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from nursingqc.domain.awards import AwardSettings
from nursingqc.domain.ranking import InspectionSum, WardRef, WeightedChecklist, rank_wards
from nursingqc.domain.rectification import Rates
from nursingqc.domain.statistics import (
    Share,
    checklist_stats,
    full_compliance,
    hospital_rates,
    pareto,
    pass_rate,
    self_check_gaps,
    spread,
    trends,
)
from tests.statistics_oracle import ItemCheck, tally

CHECKLISTS = [WeightedChecklist("WARD_ENV", "病房环境"), WeightedChecklist("SERVICE", "服务态度")]
WARDS = [WardRef(1, "NK01", "心内科"), WardRef(2, "WK01", "普外科"), WardRef(3, "EK01", "儿科")]


def sums(ward: int, env: int, service: int) -> list[InspectionSum]:
    """Tenths earned out of 1000 on each checklist."""
    return [
        InspectionSum(ward, "WARD_ENV", env, 1000),
        InspectionSum(ward, "SERVICE", service, 1000),
    ]


def ranking(self_check: bool = False):  # type: ignore[no-untyped-def]
    evaluation = sums(1, 950, 930) + sums(2, 880, 900) + [InspectionSum(3, "WARD_ENV", 990, 1000)]
    own = sums(1, 960, 940) + sums(2, 990, 980) if self_check else None
    return rank_wards(CHECKLISTS, WARDS, evaluation, AwardSettings(), own)


def test_each_checklist_has_its_mean_highest_and_lowest_with_the_wards() -> None:
    env, service = checklist_stats(ranking())
    assert (env.wards, env.mean, env.highest, env.lowest) == (
        3,
        Fraction(95 + 88 + 99, 3),
        Fraction(99),
        Fraction(88),
    )
    assert (env.highest_wards, env.lowest_wards) == (("儿科",), ("普外科",))
    assert (service.wards, service.mean) == (2, Fraction(93 + 90, 2))


def test_the_pass_rate_counts_complete_wards_at_or_above_ninety() -> None:
    # 心内科 94.00, 普外科 89.00; 儿科 is incomplete and not counted.
    assert pass_rate(ranking()) == Share(1, 2)
    assert pass_rate(ranking(), Decimal(89)) == Share(2, 2)


def check(code: str, deduction: str = "0", na: bool = False, veto: bool = False) -> ItemCheck:
    return ItemCheck(1, "病房环境", code, f"条目{code}", Decimal(deduction), na, veto)


def test_full_compliance_is_items_without_finding_over_applicable_items() -> None:
    items = [check("A"), check("B", "1"), check("C", na=True), check("D", veto=True), check("E")]
    assert full_compliance(tally(items)) == Share(2, 4)
    assert Share(0, 0).value is None


def test_the_pareto_orders_problems_by_frequency_with_the_cumulative_share() -> None:
    items = [check("A", "1")] * 5 + [check("B", "2")] * 3 + [check("C", "1"), check("D")]
    rows = pareto(tally(items))
    assert [(row.item_code, row.count) for row in rows] == [("A", 5), ("B", 3), ("C", 1)]
    assert [row.cumulative for row in rows] == [Fraction(5, 9), Fraction(8, 9), Fraction(1)]
    assert [row.vital_few for row in rows] == [True, True, False]


def test_a_self_check_well_above_the_evaluation_is_flagged_as_lenient() -> None:
    rows = {row.ward.code: row for row in self_check_gaps(ranking(self_check=True))}
    # 普外科: self-check 98.50, evaluation 89.00: 9.50 above.
    assert rows["WK01"].gap == Fraction("9.5") and rows["WK01"].lenient
    assert rows["NK01"].gap == Fraction(1) and not rows["NK01"].lenient
    assert rows["EK01"].gap is None and not rows["EK01"].lenient
    assert next(row.ward.code for row in self_check_gaps(ranking(self_check=True))) == "WK01"


def test_the_hospitals_rectification_rates_add_up_its_wards_items() -> None:
    overall = hospital_rates([Rates(2, 2, 1), Rates(1, 0, 0), Rates(0, 0, 0)])
    assert overall == Rates(3, 2, 1)
    assert (overall.completion, overall.on_time) == (Fraction(2, 3), Fraction(1, 3))
    assert hospital_rates([]).completion is None


def test_a_share_is_shown_as_a_percentage_with_two_decimals_half_up() -> None:
    assert (Share(1, 16).percent, Share(1, 3).percent) == (Decimal("6.25"), Decimal("33.33"))
    assert Share(0, 0).percent is None


def test_the_spread_is_the_exact_mean_highest_and_lowest_of_the_values_that_exist() -> None:
    figures = spread([Decimal("99.40"), None, Decimal("88.00"), Decimal("90.05")])
    assert figures.mean == Fraction(27745, 300)  # 277.45 / 3, not rounded here
    assert (figures.highest, figures.lowest) == (Fraction("99.40"), Fraction("88.00"))
    assert spread([None, None]) == spread([])
    assert spread([]).mean is None


def test_trends_list_each_wards_totals_oldest_campaign_first() -> None:
    history = [
        ("2026年7月", date(2026, 7, 6), "NK01", Fraction(92)),
        ("2026年1月", date(2026, 1, 5), "NK01", Fraction(88)),
        ("2026年7月", date(2026, 7, 6), "WK01", None),
    ]
    result = trends(history)
    assert [(p.campaign, p.total) for p in result["NK01"]] == [
        ("2026年1月", Fraction(88)),
        ("2026年7月", Fraction(92)),
    ]
    assert result["WK01"][0].total is None


def test_a_ward_with_a_failed_veto_is_not_counted_as_passing() -> None:
    evaluation = [
        *sums(1, 950, 930),
        InspectionSum(2, "WARD_ENV", 990, 1000),
        InspectionSum(2, "SERVICE", 990, 1000, veto_failed=True),
    ]
    ranked = rank_wards(CHECKLISTS, WARDS[:2], evaluation, AwardSettings())
    assert pass_rate(ranked) == Share(1, 2)


def test_a_gap_of_zero_sorts_as_a_gap_and_missing_gaps_come_last() -> None:
    evaluation = sums(1, 950, 950) + sums(2, 900, 900) + sums(3, 900, 900)
    own = sums(1, 950, 950) + sums(2, 870, 870)  # 0 and −3; 儿科 has no self-check
    rows = self_check_gaps(rank_wards(CHECKLISTS, WARDS, evaluation, AwardSettings(), own))
    assert [(row.ward.code, row.gap) for row in rows] == [
        ("NK01", Fraction(0)),
        ("WK01", Fraction(-3)),
        ("EK01", None),
    ]
