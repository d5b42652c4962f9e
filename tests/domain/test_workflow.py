"""The campaign's four phases and their states (SPEC §2)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from nursingqc.domain.accounts import Actor, Role, require_admin, require_self_check_access
from nursingqc.domain.errors import PermissionDenied, PhaseNotOpen, ValidationError
from nursingqc.domain.workflow import (
    CampaignSpan,
    Clash,
    PhaseKind,
    PhaseState,
    campaign_span,
    current_phase,
    find_clashes,
    plan_phases,
    require_open,
    state_after_close,
    state_after_open,
)


def test_a_campaign_has_four_consecutive_one_week_phases() -> None:
    plans = plan_phases(date(2026, 7, 6))
    assert [plan.kind for plan in plans] == list(PhaseKind)
    assert plans[0].starts_on == date(2026, 7, 6)
    assert plans[0].ends_on == date(2026, 7, 12)
    for earlier, later in itertools.pairwise(plans):
        assert later.starts_on == earlier.ends_on + timedelta(days=1)
    assert plans[-1].ends_on == date(2026, 8, 2)


def test_today_falls_in_one_phase_or_none() -> None:
    plans = plan_phases(date(2026, 7, 6))
    mid_july = current_phase(plans, date(2026, 7, 15))
    assert mid_july is not None and mid_july.kind is PhaseKind.RECTIFICATION
    assert current_phase(plans, date(2026, 7, 5)) is None
    assert current_phase(plans, date(2026, 8, 3)) is None


def test_phase_state_changes() -> None:
    kind = PhaseKind.SELF_CHECK
    assert state_after_open(kind, PhaseState.NOT_STARTED, "") is PhaseState.OPEN
    assert state_after_close(kind, PhaseState.OPEN) is PhaseState.CLOSED
    with pytest.raises(ValidationError):
        state_after_open(kind, PhaseState.OPEN, "")
    with pytest.raises(ValidationError):
        state_after_close(kind, PhaseState.NOT_STARTED)


def test_reopening_a_closed_phase_needs_a_reason() -> None:
    with pytest.raises(ValidationError):
        state_after_open(PhaseKind.SELF_CHECK, PhaseState.CLOSED, "   ")
    assert state_after_open(PhaseKind.SELF_CHECK, PhaseState.CLOSED, "补录") is PhaseState.OPEN


@pytest.mark.parametrize("state", [PhaseState.NOT_STARTED, PhaseState.CLOSED])
def test_entries_change_only_while_the_phase_is_open(state: PhaseState) -> None:
    with pytest.raises(PhaseNotOpen):
        require_open(PhaseKind.SELF_CHECK, state)
    require_open(PhaseKind.SELF_CHECK, PhaseState.OPEN)


def test_phase_names_on_the_command_line_are_chinese() -> None:
    assert PhaseKind.from_chinese_name("评比") is PhaseKind.EVALUATION
    with pytest.raises(ValidationError):
        PhaseKind.from_chinese_name("检查")


def test_a_head_nurse_works_only_on_her_own_ward() -> None:
    nurse = Actor(5, "nk01", "张丽", Role.HEAD_NURSE, ward_id=1)
    require_self_check_access(nurse, 1, "NK01")
    with pytest.raises(PermissionDenied):
        require_self_check_access(nurse, 2, "WK01")
    with pytest.raises(PermissionDenied):
        require_self_check_access(Actor(6, "zk", "质控", Role.INSPECTOR), 1, "NK01")
    require_self_check_access(Actor.command_line(), 2, "WK01")
    with pytest.raises(PermissionDenied):
        require_admin(nurse)


@pytest.mark.parametrize(
    ("name", "start", "same_name", "overlapping"),
    [
        ("2026年7月活动月", date(2026, 9, 7), True, False),
        ("2026年7月 活动月", date(2026, 9, 7), True, False),
        ("八月活动", date(2026, 8, 2), False, True),  # its first day is July's last
        ("六月活动", date(2026, 6, 9), False, True),  # its last day is July's first
        ("2026年7月活动月", date(2026, 7, 13), True, True),
    ],
)
def test_a_new_campaign_clashes_by_name_or_by_a_shared_day(
    name: str, start: date, same_name: bool, overlapping: bool
) -> None:
    july = CampaignSpan("2026年7月活动月", date(2026, 7, 6), date(2026, 8, 2), campaign_id=1)
    assert find_clashes(campaign_span(name, start), [july]) == [Clash(july, same_name, overlapping)]


def test_campaigns_on_other_days_with_other_names_do_not_clash() -> None:
    july = CampaignSpan("2026年7月活动月", date(2026, 7, 6), date(2026, 8, 2), campaign_id=1)
    assert campaign_span("8月活动月", date(2026, 8, 3)).starts_on == date(2026, 8, 3)
    assert campaign_span("8月活动月", date(2026, 8, 3)).ends_on == date(2026, 8, 30)
    assert find_clashes(campaign_span("8月活动月", date(2026, 8, 3)), [july]) == []
    assert find_clashes(campaign_span("6月活动月", date(2026, 6, 8)), [july]) == []
