"""整改 rules: findings, the status flow, deadlines, reconciling a resubmitted sheet, the rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import ValidationError
from nursingqc.domain.rectification import (
    MSG_CANNOT_DELAY,
    MSG_DEADLINE_IN_PAST,
    MSG_DONE_BEFORE_ISSUE,
    MSG_DONE_IN_FUTURE,
    MSG_NEEDS_CAUSE_AND_MEASURE,
    MSG_NEW_DEADLINE_NOT_LATER,
    MSG_NOT_AWAITING,
    MSG_NOT_OPEN,
    MSG_REASON_NEEDED,
    ExistingItem,
    Finding,
    RectificationStatus,
    after_marked_done,
    after_rejected,
    after_verified,
    check_delay,
    default_deadline,
    findings,
    is_overdue,
    next_steps,
    rates,
    reconcile,
)
from nursingqc.domain.scoring import ItemEntry

OPEN, AWAITING, VERIFIED, WITHDRAWN = (
    RectificationStatus.OPEN,
    RectificationStatus.AWAITING_RECHECK,
    RectificationStatus.VERIFIED,
    RectificationStatus.WITHDRAWN,
)
TODAY = date(2026, 7, 20)
ISSUED = date(2026, 7, 13)


def finding(code: str, deduction: str = "1", problem: str = "问题", veto: bool = False) -> Finding:
    return Finding(code, Decimal(deduction), veto, problem)


def test_every_deduction_and_failed_veto_is_a_finding_and_nothing_else_is() -> None:
    entries = {
        "A": ItemEntry(),
        "B": ItemEntry(Decimal("0.5"), problem=" 床头柜有杂物 "),
        "C": ItemEntry(not_applicable=True),
        "D": ItemEntry(veto_failed=True, problem="患者投诉"),
    }
    assert findings(entries) == {
        "B": Finding("B", Decimal("0.5"), False, "床头柜有杂物"),
        "D": Finding("D", Decimal(0), True, "患者投诉"),
    }


def test_the_default_deadline_is_the_campaigns_days_after_the_issue() -> None:
    assert default_deadline(date(2026, 7, 13), 7) == date(2026, 7, 20)


@pytest.mark.parametrize(
    ("status", "deadline", "overdue"),
    [
        (OPEN, date(2026, 7, 19), True),
        (AWAITING, date(2026, 7, 19), True),
        (OPEN, TODAY, False),  # the deadline day itself is still in time
        (VERIFIED, date(2026, 7, 1), False),
        (WITHDRAWN, date(2026, 7, 1), False),
    ],
)
def test_an_item_past_its_deadline_and_not_verified_is_overdue(
    status: RectificationStatus, deadline: date, overdue: bool
) -> None:
    assert is_overdue(status, deadline, TODAY) is overdue


def test_marking_done_needs_cause_measure_and_a_date_not_in_the_future() -> None:
    assert after_marked_done(OPEN, "原因", "措施", TODAY, TODAY, ISSUED) is AWAITING
    for cause, measure in (("", "措施"), ("原因", "  ")):
        with pytest.raises(ValidationError) as refused:
            after_marked_done(OPEN, cause, measure, TODAY, TODAY, ISSUED)
        assert refused.value.template == MSG_NEEDS_CAUSE_AND_MEASURE
    with pytest.raises(ValidationError) as refused:
        after_marked_done(OPEN, "原因", "措施", date(2026, 7, 21), TODAY, ISSUED)
    assert refused.value.template == MSG_DONE_IN_FUTURE
    with pytest.raises(ValidationError) as refused:
        after_marked_done(OPEN, "原因", "措施", date(2020, 1, 1), TODAY, ISSUED)
    assert refused.value.template == MSG_DONE_BEFORE_ISSUE
    with pytest.raises(ValidationError) as refused:
        after_marked_done(AWAITING, "原因", "措施", TODAY, TODAY, ISSUED)
    assert (refused.value.template, refused.value.params) == (
        MSG_NOT_OPEN,
        {"status": "已整改待复查"},
    )


def test_only_an_item_awaiting_the_recheck_can_be_verified_or_rejected() -> None:
    assert after_verified(AWAITING) is VERIFIED
    assert after_rejected(AWAITING, "地面仍有水渍", TODAY, TODAY) is OPEN
    for status in (OPEN, VERIFIED, WITHDRAWN):
        with pytest.raises(ValidationError) as refused:
            after_verified(status)
        assert refused.value.template == MSG_NOT_AWAITING
        with pytest.raises(ValidationError):
            after_rejected(status, "原因", TODAY, TODAY)


def test_a_rejection_needs_a_reason_and_a_deadline_from_today_on() -> None:
    with pytest.raises(ValidationError) as refused:
        after_rejected(AWAITING, " ", TODAY, TODAY)
    assert refused.value.template == MSG_REASON_NEEDED
    with pytest.raises(ValidationError) as refused:
        after_rejected(AWAITING, "未改", date(2026, 7, 19), TODAY)
    assert refused.value.template == MSG_DEADLINE_IN_PAST


def test_a_delay_needs_a_reason_and_a_later_date_while_the_work_is_still_to_do() -> None:
    check_delay(OPEN, "等待设备维修", date(2026, 7, 20), date(2026, 7, 25))
    cases = [
        (OPEN, "", date(2026, 7, 25), MSG_REASON_NEEDED),
        (OPEN, "理由", date(2026, 7, 20), MSG_NEW_DEADLINE_NOT_LATER),
        (OPEN, "理由", date(2026, 7, 18), MSG_NEW_DEADLINE_NOT_LATER),
        (VERIFIED, "理由", date(2026, 7, 25), MSG_CANNOT_DELAY),
        (WITHDRAWN, "理由", date(2026, 7, 25), MSG_CANNOT_DELAY),
    ]
    for status, reason, new, template in cases:
        with pytest.raises(ValidationError) as refused:
            check_delay(status, reason, date(2026, 7, 20), new)
        assert refused.value.template == template


def test_the_proposed_dates_count_from_the_deadline_today_and_the_campaigns_days() -> None:
    department = Actor(1, "admin", "护理部", Role.ADMIN)

    def steps(deadline: date, days: int) -> tuple[date, date, date, date]:
        found = next_steps(
            department, 1, OPEN, deadline, 0, locked=False, today=TODAY, rectification_days=days
        )
        return (
            found.reject_earliest,
            found.reject_proposed,
            found.delay_earliest,
            found.delay_proposed,
        )

    # Deadline 07-25, 10 days: a failed re-check proposes 07-30; a delay 07-26 or later, 08-01.
    assert steps(date(2026, 7, 25), 10) == (
        TODAY,
        date(2026, 7, 30),
        date(2026, 7, 26),
        date(2026, 8, 1),
    )
    # Deadline 07-15 has passed: a delay still may go to 07-16, but is proposed from today, 07-26.
    assert steps(date(2026, 7, 15), 7)[2:] == (date(2026, 7, 16), date(2026, 7, 26))


def test_a_resubmitted_sheet_keeps_revises_withdraws_restores_and_adds_items() -> None:
    existing = [
        ExistingItem("KEEP", AWAITING, finding("KEEP")),
        ExistingItem("REVISE", OPEN, finding("REVISE", "1")),
        ExistingItem("GONE_OPEN", OPEN, finding("GONE_OPEN")),
        ExistingItem("GONE_DONE", VERIFIED, finding("GONE_DONE")),
        ExistingItem("BACK", WITHDRAWN, finding("BACK")),
    ]
    found = {
        "KEEP": finding("KEEP"),
        "REVISE": finding("REVISE", "2"),
        "BACK": finding("BACK"),
        "NEW": finding("NEW"),
    }
    plan = reconcile(existing, found)
    assert plan.create == (finding("NEW"),)
    assert plan.revise == (finding("REVISE", "2"),)
    assert plan.restore == (finding("BACK"),)
    # A verified item stays verified: its work was done and checked.
    assert plan.withdraw == ("GONE_OPEN",)


def test_rates_count_verified_items_and_those_verified_by_their_deadline() -> None:
    result = rates(
        [
            (VERIFIED, date(2026, 7, 20), date(2026, 7, 19)),
            (VERIFIED, date(2026, 7, 20), date(2026, 7, 22)),
            (OPEN, date(2026, 7, 20), None),
            (WITHDRAWN, date(2026, 7, 20), None),
        ]
    )
    assert (result.items, result.verified, result.verified_on_time) == (3, 2, 1)
    assert result.completion == pytest.approx(2 / 3)
    assert result.on_time == pytest.approx(1 / 3)
    assert rates([]).completion is None
