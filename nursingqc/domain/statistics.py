"""总结统计: what a month's summary reports — 找问题、找差距、找榜样 (rules §7).

Everything is computed from plain values: the evaluation ranking (domain.ranking), the evaluation's
item results, the rectification items and earlier campaigns' totals. Shares are exact fractions;
rounding is the caller's, for display.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from nursingqc.domain.ranking import Ranking, WardRef
from nursingqc.domain.rectification import Rates
from nursingqc.domain.scoring import round_half_up, shown_percent

#: 达标: a ward total of at least this many points (the usual hospital line).
PASS_MARK = Decimal(90)
#: 自查偏宽: a self-check this many points above the department's evaluation is flagged.
LENIENT_MARGIN = Decimal(5)


def is_lenient(gap: Fraction | Decimal | None, margin: Decimal = LENIENT_MARGIN) -> bool:
    """自查偏宽: the self-check total at least ``margin`` above the evaluation, as shown."""
    return gap is not None and round_half_up(gap) >= margin


@dataclass(frozen=True)
class ItemCount:
    """One checklist item over the submitted evaluation inspections: how often it was checked
    and applicable, and how often of those it was a finding (a deduction or a failed veto)."""

    checklist_name: str
    item_code: str
    item_text: str
    applicable: int
    findings: int


@dataclass(frozen=True)
class ItemTally:
    """What the summary counts of the evaluation's item rows, kept instead of the rows (at
    3,000 wards they are half a million): the wards with an item checked, and each item's
    counts (rules §7.2, rules §7.4)."""

    wards: int
    items: tuple[ItemCount, ...]

    @property
    def applicable(self) -> int:
        return sum(item.applicable for item in self.items)

    @property
    def findings(self) -> int:
        return sum(item.findings for item in self.items)


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``; ``value`` is None when there is nothing to share."""

    part: int
    whole: int

    @property
    def value(self) -> Fraction | None:
        return None if not self.whole else Fraction(self.part, self.whole)

    @property
    def percent(self) -> Decimal | None:
        """The share as every page and file shows it: a percentage with two decimals."""
        value = self.value
        return None if value is None else shown_percent(value)


@dataclass(frozen=True)
class Spread:
    """The mean, highest and lowest of some wards' values; all None when no ward has one."""

    mean: Fraction | None
    highest: Fraction | None
    lowest: Fraction | None


@dataclass(frozen=True)
class ChecklistStat:
    """Per checklist over the wards scored on it: mean, highest and lowest, with who."""

    code: str
    name: str
    wards: int
    mean: Fraction | None
    highest: Fraction | None
    highest_wards: tuple[str, ...]
    lowest: Fraction | None
    lowest_wards: tuple[str, ...]


@dataclass(frozen=True)
class ParetoRow:
    """柏拉图: one item's count of findings, its share and the cumulative share so far."""

    checklist_name: str
    item_code: str
    item_text: str
    count: int
    share: Fraction
    cumulative: Fraction

    @property
    def vital_few(self) -> bool:
        """The items that together make up the first 80 % of findings (关键的少数)."""
        return self.cumulative - self.share < Fraction(4, 5)


@dataclass(frozen=True)
class GapRow:
    """自查 vs. 评比 of one ward; ``lenient`` when the self-check is well above the evaluation.

    Why a total is missing: ``self_check_missing`` and ``evaluation_missing`` count the campaign's
    ``checklists`` without a submitted sheet of that phase. ``self_check_veto``: a veto item
    failed in the self-check (which does not make a veto ward, rules §4.6).
    """

    ward: WardRef
    self_check: Fraction | None
    evaluation: Fraction | None
    gap: Fraction | None
    lenient: bool
    checklists: int
    self_check_missing: int
    evaluation_missing: int
    self_check_veto: bool


@dataclass(frozen=True)
class TrendPoint:
    campaign: str
    starts_on: date
    total: Fraction | None


def spread(values: Iterable[Fraction | Decimal | None]) -> Spread:
    """Mean, highest and lowest of the values that exist, exactly (the mean is not rounded)."""
    known = [Fraction(value) for value in values if value is not None]
    if not known:
        return Spread(None, None, None)
    return Spread(sum(known, Fraction(0)) / len(known), max(known), min(known))


def checklist_stats(ranking: Ranking) -> list[ChecklistStat]:
    stats = []
    for checklist in ranking.checklists:
        scored = [
            (result.ward.name, score)
            for result in ranking.results
            if (score := result.scores.get(checklist.code)) is not None
        ]
        if not scored:
            stats.append(ChecklistStat(checklist.code, checklist.name, 0, None, None, (), None, ()))
            continue
        values = [score for _, score in scored]
        high, low = max(values), min(values)
        shown_high, shown_low = round_half_up(high), round_half_up(low)
        shown = [(name, round_half_up(score)) for name, score in scored]  # once per ward
        stats.append(
            ChecklistStat(
                checklist.code,
                checklist.name,
                len(scored),
                sum(values, Fraction(0)) / len(values),
                high,
                tuple(name for name, s in shown if s == shown_high),
                low,
                tuple(name for name, s in shown if s == shown_low),
            )
        )
    return stats


def pass_rate(ranking: Ranking, mark: Decimal = PASS_MARK) -> Share:
    """达标率: of the wards with a total (complete wards), the share at or above ``mark``.

    A ward with a failed veto item (一票否决) is not 达标, whatever its total."""
    complete = [result for result in ranking.results if result.total is not None]
    passed = sum(
        not result.veto and round_half_up(result.total) >= mark
        for result in complete
        if result.total is not None
    )
    return Share(passed, len(complete))


def full_compliance(tally: ItemTally) -> Share:
    """完全达标率 = 完全达标条目 / 总条目, over the applicable items checked."""
    applicable = tally.applicable
    return Share(applicable - tally.findings, applicable)


def pareto(tally: ItemTally) -> list[ParetoRow]:
    """Problem frequency across the hospital, most frequent first, with the cumulative share."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for item in tally.items:
        if item.findings:
            counts[item.checklist_name, item.item_code, item.item_text] += item.findings
    total = sum(counts.values())
    rows, running = [], Fraction(0)
    for (checklist, code, text), count in sorted(
        counts.items(), key=lambda entry: (-entry[1], entry[0][1])
    ):
        share = Fraction(count, total)
        running += share
        rows.append(ParetoRow(checklist, code, text, count, share, running))
    return rows


def self_check_gaps(ranking: Ranking, margin: Decimal = LENIENT_MARGIN) -> list[GapRow]:
    """Each ward's self-check against the evaluation; lenient ones flagged (找差距)."""
    rows = []
    for result in ranking.results:
        gap = result.self_check_gap
        rows.append(
            GapRow(
                result.ward,
                result.self_check_total,
                result.total,
                gap,
                is_lenient(gap, margin),
                len(ranking.checklists),
                len(result.self_check_missing),
                len(result.missing),
                result.self_check_veto,
            )
        )
    # Largest gap first; wards without one (no self-check or no evaluation) last.
    return sorted(rows, key=lambda row: (row.gap is None, -(row.gap or Fraction(0)), row.ward.code))


def hospital_rates(per_ward: Iterable[Rates]) -> Rates:
    """整改完成率 and 按时完成率 of the hospital from those of its wards: the items added up."""
    counted = verified = on_time = 0
    for ward in per_ward:
        counted, verified = counted + ward.items, verified + ward.verified
        on_time += ward.verified_on_time
    return Rates(counted, verified, on_time)


def trends(
    history: Iterable[tuple[str, date, str, Fraction | None]],
) -> dict[str, list[TrendPoint]]:
    """Each ward's total across campaigns, oldest first, from (campaign, start, ward, total)."""
    by_ward: defaultdict[str, list[TrendPoint]] = defaultdict(list)
    for campaign, starts_on, ward_code, total in history:
        by_ward[ward_code].append(TrendPoint(campaign, starts_on, total))
    return {ward: sorted(points, key=lambda p: p.starts_on) for ward, points in by_ward.items()}
