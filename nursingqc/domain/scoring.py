"""评分: item scores, standardized inspection scores (标化分), means and weighted totals (rules §4).

All arithmetic is exact (``Fraction``); a value becomes a two-decimal ``Decimal``, rounded half up,
only when it is shown, exported or compared — never in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm

from nursingqc.domain import texts
from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem, is_point_step
from nursingqc.domain.errors import (
    MSG_ALL_NOT_APPLICABLE,
    MSG_DEDUCTION_ABOVE_POINTS,
    MSG_DEDUCTION_NEGATIVE,
    MSG_DEDUCTION_NOT_A_NUMBER,
    MSG_DEDUCTION_NOT_FINITE,
    MSG_DEDUCTION_STEP,
    MSG_NO_INSPECTIONS,
    MSG_NO_WEIGHTS,
    MSG_NOT_APPLICABLE_WITH_DEDUCTION,
    MSG_NOT_APPLICABLE_WITH_VETO,
    MSG_VETO_ON_ORDINARY_ITEM,
    MSG_WEIGHT_NOT_POSITIVE,
    QT_TRANSLATE_NOOP,
    Message,
    ValidationError,
)
from nursingqc.domain.texts import checked_text

HUNDRED = Fraction(100)
MSG_ITEM_TEXT = QT_TRANSLATE_NOOP("Errors", "Item {item}: {reason}")


@dataclass(frozen=True)
class ItemEntry:
    """What the scorer wrote for one item: a deduction or not applicable (合理缺项), veto, the
    problem found and, optionally, the nurse it concerns (涉及护士: feeds 优秀护士 and training)."""

    deduction: Decimal = Decimal(0)
    not_applicable: bool = False
    veto_failed: bool = False
    problem: str = ""
    nurse: str = ""


def check_entry(item: ChecklistItem, entry: ItemEntry) -> None:
    """Refuse an entry the rules do not allow (扣完为止: never more than the item's points)."""
    _check_deduction_is_a_number(item, entry.deduction)
    if entry.deduction < 0:
        raise ValidationError(MSG_DEDUCTION_NEGATIVE, item=item.code, deduction=entry.deduction)
    if entry.deduction > item.points:
        raise ValidationError(
            MSG_DEDUCTION_ABOVE_POINTS,
            item=item.code,
            deduction=entry.deduction,
            points=item.points,
        )
    if not is_point_step(entry.deduction):
        raise ValidationError(MSG_DEDUCTION_STEP, item=item.code, deduction=entry.deduction)
    if entry.not_applicable and entry.deduction:
        raise ValidationError(MSG_NOT_APPLICABLE_WITH_DEDUCTION, item=item.code)
    if entry.not_applicable and entry.veto_failed:
        raise ValidationError(MSG_NOT_APPLICABLE_WITH_VETO, item=item.code)
    if entry.veto_failed and not item.veto:
        raise ValidationError(MSG_VETO_ON_ORDINARY_ITEM, item=item.code)
    for field, value in ((texts.PROBLEM, entry.problem), (texts.NURSE, entry.nurse)):
        try:
            checked_text(value, field)
        except ValidationError as refused:
            reason = Message(refused.template, refused.params)
            raise ValidationError(MSG_ITEM_TEXT, item=item.code, reason=reason) from refused


def _check_deduction_is_a_number(item: ChecklistItem, deduction: object) -> None:
    """Only an exact, finite Decimal or int is a deduction: a float is inexact, a bool is an int
    that means something else, NaN cannot be compared with the limits and Infinity is no amount."""
    if isinstance(deduction, bool) or not isinstance(deduction, Decimal | int):
        raise ValidationError(
            MSG_DEDUCTION_NOT_A_NUMBER,
            item=item.code,
            value=repr(deduction),
            kind=type(deduction).__name__,
        )
    if isinstance(deduction, Decimal) and not deduction.is_finite():
        raise ValidationError(MSG_DEDUCTION_NOT_FINITE, item=item.code, value=str(deduction))


def item_score(item: ChecklistItem, entry: ItemEntry) -> Decimal | None:
    """``p − d``, or None for a not-applicable item, which leaves the denominator."""
    check_entry(item, entry)
    if entry.not_applicable:
        return None
    return item.points - entry.deduction


def inspection_score(scored: Iterable[tuple[ChecklistItem, ItemEntry]]) -> Fraction:
    """标化分 = Σ s / Σ p × 100 over the applicable items; all items not applicable is an error."""
    earned = Fraction(0)
    possible = Fraction(0)
    for item, entry in scored:
        score = item_score(item, entry)
        if score is None:
            continue
        earned += Fraction(score)
        possible += Fraction(item.points)
    if possible == 0:
        raise ValidationError(MSG_ALL_NOT_APPLICABLE)
    return earned / possible * HUNDRED


def partial_score(scored: Iterable[tuple[ChecklistItem, ItemEntry | None]]) -> Fraction | None:
    """The standardized score of a sheet still being filled: unscored items (None) are left out.

    None when nothing applicable has been scored yet, so the page can show a dash instead of 0.
    """
    entered = [(item, entry) for item, entry in scored if entry is not None]
    if not any(not entry.not_applicable for _, entry in entered):
        return None
    return inspection_score(entered)


def mean_score(scores: Sequence[Fraction]) -> Fraction:
    """A ward's checklist score in a phase: the mean of its submitted inspections of it."""
    return mean_of_quotients([(score.numerator, score.denominator) for score in scores])


def mean_of_quotients(scores: Sequence[tuple[int, int]]) -> Fraction:
    """``mean_score`` of scores given as (numerator, denominator), not yet Fractions: the
    ranking makes one Fraction per ward and checklist instead of one per inspection too."""
    if not scores:
        raise ValidationError(MSG_NO_INSPECTIONS)
    numerator, denominator = _added(scores)
    return Fraction(numerator, denominator * len(scores))


def weighted_total(scores_and_weights: Iterable[tuple[str, Fraction, Fraction]]) -> Fraction:
    """Ward total = Σ wₜ·Sₜ / Σ wₜ over (checklist code, score Sₜ, weight wₜ)."""
    products: list[tuple[int, int]] = []
    weights: list[tuple[int, int]] = []
    for code, score, weight in scores_and_weights:
        if weight.numerator <= 0:  # a Fraction's denominator is positive
            raise ValidationError(MSG_WEIGHT_NOT_POSITIVE, checklist=code, weight=weight)
        products.append(
            (weight.numerator * score.numerator, weight.denominator * score.denominator)
        )
        weights.append((weight.numerator, weight.denominator))
    if not weights:
        raise ValidationError(MSG_NO_WEIGHTS)
    numerator, denominator = _added(products)
    weight_numerator, weight_denominator = _added(weights)
    return Fraction(numerator * weight_denominator, denominator * weight_numerator)


def _added(fractions: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """Σ nᵢ/dᵢ as (numerator, common denominator), not yet reduced.

    ``Fraction`` reduces by a gcd on every ``+``; ranking 3,000 wards adds ~100,000 of them, so
    the sums here are over the least common denominator, and the caller's one ``Fraction(n, d)``
    reduces once (tests/domain/test_scoring.py checks it equal to adding one by one)."""
    pairs = list(fractions)
    common = lcm(*[denominator for _, denominator in pairs])
    total = 0
    for numerator, denominator in pairs:
        total += numerator * (common // denominator)
    return total, common


def shown_percent(share: Fraction) -> Decimal:
    """A share (0…1) as the percentage every screen and file shows: two decimals, half up, so
    1/16 is 6.25 % everywhere — not 6.2 % on one page and 6.3 % in the workbook."""
    return round_half_up(share * 100)


def round_half_up(value: Fraction | Decimal | int) -> Decimal:
    """Two decimals, half up (92.345 → 92.35), computed exactly from the fraction."""
    fraction = value if isinstance(value, Fraction) else Fraction(value)
    # On the numerator and denominator as they are: ``fraction * 100`` would make (and reduce)
    # a second Fraction for the same quotient and remainder test.
    numerator, denominator = fraction.numerator, fraction.denominator
    whole, remainder = divmod(abs(numerator) * 100, denominator)
    if 2 * remainder >= denominator:
        whole += 1
    sign = -1 if numerator < 0 else 1
    # Whole cents moved two places: exactly two decimals, a third of the time of a division
    # and a quantize (a ranking rounds ~10 values per ward).
    return Decimal(sign * whole).scaleb(-2)


MSG_ITEM_UNSCORED = QT_TRANSLATE_NOOP("Errors", "{item} {text}: not scored yet")
MSG_ITEM_NEEDS_PROBLEM = QT_TRANSLATE_NOOP(
    "Errors", "{item} {text}: {deduction} points deducted but no problem described"
)
MSG_VETO_NEEDS_PROBLEM = QT_TRANSLATE_NOOP(
    "Errors", "{item} {text}: veto marked as failed but no problem described"
)
MSG_EVERY_ITEM_NA = QT_TRANSLATE_NOOP(
    "Errors", "every item is marked not applicable; score at least one item"
)


def sheet_score(
    definition: ChecklistDefinition, entries: Mapping[str, ItemEntry]
) -> Fraction | None:
    """The standardized score so far; unscored items are left out until they are scored."""
    return partial_score((item, entries.get(item.code)) for item in definition.items)


def standardized(earned_tenths: int, possible_tenths: int) -> Fraction | None:
    """``sheet_score`` from a sheet's sums over its applicable scored items, in tenths:
    Σ(points − deduction) and Σ points; None while nothing applicable is scored."""
    return None if possible_tenths == 0 else Fraction(100 * earned_tenths, possible_tenths)


def submission_problems(
    definition: ChecklistDefinition, entries: Mapping[str, ItemEntry]
) -> list[Message]:
    """Why a sheet cannot be submitted yet, item by item, in checklist order (empty: it can)."""
    problems = []
    for item in definition.items:
        entry = entries.get(item.code)
        params = {"item": item.code, "text": item.text}
        if entry is None:
            problems.append(Message(MSG_ITEM_UNSCORED, params))
        elif entry.deduction and not entry.problem.strip():
            problems.append(
                Message(MSG_ITEM_NEEDS_PROBLEM, {**params, "deduction": entry.deduction})
            )
        elif entry.veto_failed and not entry.problem.strip():
            problems.append(Message(MSG_VETO_NEEDS_PROBLEM, params))
    if not problems and all(entry.not_applicable for entry in entries.values()):
        problems.append(Message(MSG_EVERY_ITEM_NA, {}))
    return problems
