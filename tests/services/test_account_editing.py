"""The department edits, disables and enables accounts; nobody is left without a 护理部 account."""

from __future__ import annotations

import pytest

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import (
    AuthenticationFailed,
    ConcurrentChange,
    PermissionDenied,
    ValidationError,
)
from nursingqc.services.accounts import UserInfo
from nursingqc.services.container import Services
from tests.helpers import PASSWORD, Hospital, audit_entries, database_state


def account(services: Services, hospital: Hospital, username: str) -> UserInfo:
    return next(u for u in services.accounts.list_users(hospital.admin) if u.username == username)


def test_an_account_gets_a_new_name_role_and_ward_and_the_change_is_audited(
    services: Services, hospital: Hospital
) -> None:
    seen = account(services, hospital, "nk01")
    changed = services.accounts.update_user(
        hospital.admin, seen, "张丽（护士长）", Role.HEAD_NURSE, "WK01"
    )
    assert (changed.display_name, changed.ward_code) == ("张丽（护士长）", "WK01")
    (entry,) = audit_entries(services, "update")
    assert entry.entity == "user"
    actor = services.accounts.login("nk01", PASSWORD)
    assert actor.ward_id == hospital.ward_b and actor.display_name == "张丽（护士长）"
    inspector = services.accounts.update_user(
        hospital.admin, account(services, hospital, "zk1"), "赵静", Role.INSPECTOR, "NK01"
    )
    assert inspector.ward_code is None  # only a head nurse has a ward


def test_an_edit_made_elsewhere_since_is_not_overwritten(
    services: Services, hospital: Hospital
) -> None:
    seen = account(services, hospital, "nk01")
    services.accounts.update_user(hospital.admin, seen, "张丽A", Role.HEAD_NURSE, "NK01")
    before = database_state(services)
    with pytest.raises(ConcurrentChange) as refused:
        services.accounts.update_user(hospital.admin, seen, "张丽B", Role.HEAD_NURSE, "NK01")
    assert refused.value.changed_by == "admin"
    assert database_state(services) == before


def test_a_disabled_account_cannot_log_in_and_an_enabled_one_can_again(
    services: Services, hospital: Hospital
) -> None:
    services.accounts.set_user_active(hospital.admin, "nk01", False)
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("nk01", PASSWORD)
    assert not account(services, hospital, "nk01").active
    services.accounts.set_user_active(hospital.admin, "nk01", True)
    assert services.accounts.login("nk01", PASSWORD).username == "nk01"
    assert [e.action for e in audit_entries(services, "deactivate")] == ["deactivate"]


def test_the_department_keeps_an_active_admin(services: Services, hospital: Hospital) -> None:
    before = database_state(services)
    with pytest.raises(ValidationError, match="cannot disable your own account"):
        services.accounts.set_user_active(hospital.admin, "admin", False)
    seen = account(services, hospital, "admin")
    with pytest.raises(ValidationError, match="cannot disable your own account"):
        services.accounts.update_user(hospital.admin, seen, "王主任", Role.INSPECTOR, None)
    with pytest.raises(ValidationError, match="admin is the last active 护理部 account"):
        services.accounts.set_user_active(Actor.command_line(), "admin", False)
    with pytest.raises(PermissionDenied):
        services.accounts.set_user_active(hospital.nurse_a, "wk01", False)
    assert database_state(services) == before
    services.accounts.create_user(hospital.admin, "admin2", "李干事", Role.ADMIN, "another-pass1")
    services.accounts.set_user_active(Actor.command_line(), "admin", False)
    assert not account(services, hospital, "admin").active
