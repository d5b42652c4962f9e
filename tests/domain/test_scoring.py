"""Scoring rules (rules §4), table-driven where they are a table and property-tested where a law."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nursingqc.domain.checklists import ChecklistItem
from nursingqc.domain.errors import (
    MSG_DEDUCTION_ABOVE_POINTS,
    MSG_DEDUCTION_NEGATIVE,
    MSG_DEDUCTION_NOT_A_NUMBER,
    MSG_DEDUCTION_NOT_FINITE,
    MSG_DEDUCTION_STEP,
    MSG_NOT_APPLICABLE_WITH_DEDUCTION,
    MSG_NOT_APPLICABLE_WITH_VETO,
    MSG_VETO_ON_ORDINARY_ITEM,
    ValidationError,
)
from nursingqc.domain.scoring import (
    ItemEntry,
    check_entry,
    inspection_score,
    item_score,
    mean_score,
    partial_score,
    round_half_up,
    weighted_total,
)


def item(code: str, points: str, veto: bool = False) -> ChecklistItem:
    return ChecklistItem(code, f"条目{code}", Decimal(points), "一处扣1分", None, veto)


def entry(deduction: str = "0", na: bool = False, veto: bool = False) -> ItemEntry:
    return ItemEntry(Decimal(deduction), na, veto, "问题" if deduction != "0" else "")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("10", "0"), ("10", "0")], Fraction(100)),
        ([("10", "2"), ("10", "0")], Fraction(90)),
        ([("15", "1.5"), ("5", "0.5")], Fraction(90)),
        ([("10", "10"), ("10", "10")], Fraction(0)),
        ([("30", "1"), ("70", "0")], Fraction(99)),
        ([("3", "1"), ("0.1", "0")], Fraction(210, 31) * 10),
    ],
)
def test_standardized_score_is_earned_over_possible_times_100(
    rows: list[tuple[str, str]], expected: Fraction
) -> None:
    scored = [(item(f"I{n}", p), entry(d)) for n, (p, d) in enumerate(rows)]
    assert inspection_score(scored) == expected


def test_not_applicable_items_leave_the_denominator() -> None:
    scored = [
        (item("A", "10"), entry("2")),
        (item("B", "40"), entry(na=True)),
        (item("C", "10"), entry("0")),
    ]
    assert inspection_score(scored) == Fraction(18, 20) * 100


def test_all_items_not_applicable_is_an_error() -> None:
    with pytest.raises(ValidationError):
        inspection_score([(item("A", "10"), entry(na=True)), (item("B", "5"), entry(na=True))])


@pytest.mark.parametrize(
    ("points", "bad", "template", "params"),
    [
        (
            "5",
            entry("5.5"),
            MSG_DEDUCTION_ABOVE_POINTS,
            {"item": "A", "deduction": Decimal("5.5"), "points": Decimal(5)},
        ),
        (
            "5",
            ItemEntry(Decimal("-0.1")),
            MSG_DEDUCTION_NEGATIVE,
            {"item": "A", "deduction": Decimal("-0.1")},
        ),
        ("5", entry("0.25"), MSG_DEDUCTION_STEP, {"item": "A", "deduction": Decimal("0.25")}),
        (
            "5",
            ItemEntry(Decimal(1), not_applicable=True, problem="x"),
            MSG_NOT_APPLICABLE_WITH_DEDUCTION,
            {"item": "A"},
        ),
        ("5", entry(veto=True), MSG_VETO_ON_ORDINARY_ITEM, {"item": "A"}),
    ],
)
def test_entries_against_the_rules_are_refused(
    points: str, bad: ItemEntry, template: str, params: dict[str, object]
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_entry(item("A", points), bad)
    assert (refused.value.template, refused.value.params) == (template, params)


@pytest.mark.parametrize(
    ("deduction", "template", "params"),
    [
        (True, MSG_DEDUCTION_NOT_A_NUMBER, {"value": "True", "kind": "bool"}),
        (False, MSG_DEDUCTION_NOT_A_NUMBER, {"value": "False", "kind": "bool"}),
        (1.5, MSG_DEDUCTION_NOT_A_NUMBER, {"value": "1.5", "kind": "float"}),
        (float("nan"), MSG_DEDUCTION_NOT_A_NUMBER, {"value": "nan", "kind": "float"}),
        ("1", MSG_DEDUCTION_NOT_A_NUMBER, {"value": "'1'", "kind": "str"}),
        (None, MSG_DEDUCTION_NOT_A_NUMBER, {"value": "None", "kind": "NoneType"}),
        (
            Fraction(1, 2),
            MSG_DEDUCTION_NOT_A_NUMBER,
            {"value": "Fraction(1, 2)", "kind": "Fraction"},
        ),
        (Decimal("NaN"), MSG_DEDUCTION_NOT_FINITE, {"value": "NaN"}),
        (Decimal("sNaN"), MSG_DEDUCTION_NOT_FINITE, {"value": "sNaN"}),
        (Decimal("Infinity"), MSG_DEDUCTION_NOT_FINITE, {"value": "Infinity"}),
        (Decimal("-Infinity"), MSG_DEDUCTION_NOT_FINITE, {"value": "-Infinity"}),
    ],
)
def test_only_an_exact_finite_number_is_a_deduction(
    deduction: object, template: str, params: dict[str, object]
) -> None:
    bad = ItemEntry(deduction=deduction, problem="问题")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        check_entry(item("A", "5"), bad)
    assert (refused.value.template, refused.value.params) == (template, {"item": "A", **params})
    # Nothing downstream gets the value either: a score needs a checked entry.
    with pytest.raises(ValidationError):
        inspection_score([(item("A", "5"), bad)])


@pytest.mark.parametrize("deduction", [Decimal("1.5"), Decimal(0), 2, 0])
def test_a_decimal_or_an_int_is_a_deduction(deduction: Decimal | int) -> None:
    scored = ItemEntry(deduction=deduction, problem="问题")  # type: ignore[arg-type]
    assert item_score(item("A", "5"), scored) == 5 - deduction


def test_an_item_cannot_be_both_not_applicable_and_failed_veto() -> None:
    with pytest.raises(ValidationError) as refused:
        check_entry(
            item("V", "15", veto=True),
            ItemEntry(not_applicable=True, veto_failed=True, problem="投诉查实"),
        )
    assert (refused.value.template, refused.value.params) == (
        MSG_NOT_APPLICABLE_WITH_VETO,
        {"item": "V"},
    )


def test_deduction_equal_to_points_zeroes_the_item() -> None:
    assert item_score(item("A", "15"), entry("15")) == 0


def test_veto_item_may_be_marked_failed() -> None:
    check_entry(item("V", "15", veto=True), entry(veto=True))


def test_mean_of_several_inspections() -> None:
    assert mean_score([Fraction(90), Fraction(95), Fraction(80)]) == Fraction(265, 3)
    with pytest.raises(ValidationError):
        mean_score([])


def test_weighted_total() -> None:
    total = weighted_total(
        [("WARD_ENV", Fraction(90), Fraction(1)), ("SERVICE", Fraction(80), Fraction(3))]
    )
    assert total == Fraction(90 + 240, 4)
    with pytest.raises(ValidationError):
        weighted_total([("WARD_ENV", Fraction(90), Fraction(0))])
    with pytest.raises(ValidationError):
        weighted_total([])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(92345, 1000), "92.35"),
        (Fraction(92344, 1000), "92.34"),
        (Fraction(200, 3), "66.67"),
        (Fraction(100, 3), "33.33"),
        (Fraction(5, 1000), "0.01"),
        (Fraction(4999, 1000), "5.00"),
        (Fraction(100), "100.00"),
        (Decimal("88.125"), "88.13"),
        (Fraction(-5, 1000), "-0.01"),
    ],
)
def test_rounding_is_half_up_at_two_decimals(value: Fraction | Decimal, expected: str) -> None:
    assert str(round_half_up(value)) == expected


def test_partial_score_ignores_unscored_items() -> None:
    items = [item("A", "10"), item("B", "10")]
    assert partial_score([(items[0], entry("1")), (items[1], None)]) == Fraction(90)
    assert partial_score([(items[0], None), (items[1], None)]) is None


tenths = st.integers(min_value=1, max_value=300).map(lambda n: Decimal(n) / 10)


@st.composite
def scored_sheets(draw: st.DrawFn) -> list[tuple[ChecklistItem, ItemEntry]]:
    rows = []
    for n in range(draw(st.integers(min_value=1, max_value=15))):
        points = draw(tenths)
        deduction = Decimal(draw(st.integers(0, int(points * 10)))) / 10
        na = draw(st.booleans()) and n > 0  # keep the first item applicable
        rows.append((item(f"I{n}", str(points)), entry("0" if na else str(deduction), na=na)))
    return rows


@given(scored_sheets())
def test_a_score_is_never_below_0_or_above_100(
    sheet: list[tuple[ChecklistItem, ItemEntry]],
) -> None:
    assert 0 <= inspection_score(sheet) <= 100


@given(scored_sheets(), tenths)
def test_adding_a_not_applicable_item_changes_nothing(
    sheet: list[tuple[ChecklistItem, ItemEntry]], points: Decimal
) -> None:
    before = inspection_score(sheet)
    assert inspection_score([*sheet, (item("NA", str(points)), entry(na=True))]) == before


@given(st.lists(st.tuples(st.fractions(0, 100), st.integers(1, 10)), min_size=1, max_size=6))
def test_weighted_total_lies_between_the_lowest_and_highest_score(
    rows: list[tuple[Fraction, int]],
) -> None:
    total = weighted_total((f"C{n}", s, Fraction(w)) for n, (s, w) in enumerate(rows))
    assert min(s for s, _ in rows) <= total <= max(s for s, _ in rows)


@given(st.fractions(0, 100))
def test_rounding_differs_from_the_exact_value_by_at_most_half_a_cent(value: Fraction) -> None:
    assert abs(Fraction(round_half_up(value)) - value) <= Fraction(1, 200)


def test_what_must_be_fixed_before_a_sheet_is_submitted() -> None:
    from nursingqc.domain.checklists import ChecklistDefinition, ChecklistSection
    from nursingqc.domain.scoring import (
        MSG_ITEM_NEEDS_PROBLEM,
        MSG_ITEM_UNSCORED,
        MSG_VETO_NEEDS_PROBLEM,
        sheet_score,
        submission_problems,
    )

    items = (item("A", "10"), item("B", "10"), item("V", "10", veto=True), item("D", "10"))
    definition = ChecklistDefinition("T", "测试", 1, Decimal(40), (ChecklistSection("组", items),))
    entries = {
        "A": ItemEntry(),
        "B": ItemEntry(Decimal(2)),  # a deduction without a problem
        "V": ItemEntry(veto_failed=True),  # a failed veto without a problem
    }  # D is not scored
    problems = submission_problems(definition, entries)
    assert [(p.params["item"], p.template) for p in problems] == [
        ("B", MSG_ITEM_NEEDS_PROBLEM),
        ("V", MSG_VETO_NEEDS_PROBLEM),
        ("D", MSG_ITEM_UNSCORED),
    ]
    assert sheet_score(definition, entries) == Fraction(28, 30) * 100
    fixed = {
        **entries,
        "B": ItemEntry(Decimal(2), problem="x"),
        "V": ItemEntry(veto_failed=True, problem="投诉查实"),
        "D": ItemEntry(not_applicable=True),
    }
    assert submission_problems(definition, fixed) == []
    every_na = {code: ItemEntry(not_applicable=True) for code in "ABVD"}
    assert [p.template for p in submission_problems(definition, every_na)] == [
        "every item is marked not applicable; score at least one item"
    ]


def test_means_totals_and_rounding_equal_fraction_arithmetic_step_by_step() -> None:
    """mean_score, weighted_total and round_half_up reduce once instead of per step; on 200,000
    values of the shapes a ranking sees (inspection scores 100·e/p, Decimal weights, and
    arbitrary fractions) they equal Fraction's own arithmetic, one addition at a time."""
    rng = random.Random(14)

    def score() -> Fraction:
        possible = rng.randint(1, 3000)
        return Fraction(100 * rng.randint(0, possible), possible)

    values = 0
    while values < 200_000:
        scores = [score() for _ in range(rng.randint(1, 6))]
        weights = [Fraction(Decimal(rng.randint(1, 50)) / 10) for _ in scores]
        step_sum = Fraction(0)
        for each in scores:
            step_sum += each
        assert mean_score(scores) == step_sum / len(scores)
        numerator = denominator = Fraction(0)
        for each, weight in zip(scores, weights, strict=True):
            numerator += weight * each
            denominator += weight
        total = weighted_total(zip(map(str, range(len(scores))), scores, weights, strict=True))
        assert total == numerator / denominator
        odd = Fraction(rng.randint(-(10**9), 10**9), rng.randint(1, 10**6))
        for value in (*scores, total, odd):
            scaled = value * 100  # the rounding as first written: on the reduced product
            whole, remainder = divmod(abs(scaled.numerator), scaled.denominator)
            whole += 2 * remainder >= scaled.denominator
            expected = (Decimal(whole if scaled >= 0 else -whole) / 100).quantize(Decimal("0.01"))
            assert round_half_up(value) == expected
            assert str(round_half_up(value)) == str(expected)
        values += 2 * len(scores) + 2
