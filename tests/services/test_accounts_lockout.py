"""Wrong passwords: recorded, five in a row lock the account for five minutes; password rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import (
    MSG_ACCOUNT_LOCKED,
    MSG_PASSWORD_BLANK,
    MSG_PASSWORD_IS_USERNAME,
    MSG_PASSWORD_SHORT,
    AccountLocked,
    Role,
)
from nursingqc.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from nursingqc.i18n import error_text
from nursingqc.services.accounts import (
    MSG_WRONG_LOGIN,
    MSG_WRONG_LOGIN_TRIES_LEFT,
    AccountService,
)
from nursingqc.services.container import Services
from nursingqc.storage.models import AuditEntry, User
from tests.helpers import PASSWORD, Hospital

START = datetime(2026, 7, 8, 2, 0, tzinfo=UTC)


class Clock:
    """The service's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(services: Services, hospital: Hospital, clock: Clock) -> AccountService:
    return AccountService(services.database, now=clock)


def refusal(accounts: AccountService, username: str, password: str) -> AuthenticationFailed:
    with pytest.raises(AuthenticationFailed) as refused:
        accounts.login(username, password)
    return refused.value


def user_row(services: Services, username: str) -> tuple[int, datetime | None]:
    with services.database.transaction() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return user.failed_logins, user.locked_until


def audit_rows(services: Services, action: str) -> list[tuple[str, int | None, dict[str, object]]]:
    with services.database.transaction() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        ).all()
        return [(e.username, e.entity_id, json.loads(e.after or "null")) for e in entries]


def test_five_wrong_passwords_in_a_row_lock_the_account_for_five_minutes(
    accounts: AccountService, services: Services, clock: Clock
) -> None:
    for _ in range(4):
        assert not isinstance(refusal(accounts, "nk01", "wrong-one"), AccountLocked)
    assert user_row(services, "nk01") == (4, None)
    locked = refusal(accounts, "nk01", "wrong-one")
    assert isinstance(locked, AccountLocked)
    assert locked.template == MSG_ACCOUNT_LOCKED
    assert locked.until == START + timedelta(minutes=5)
    assert user_row(services, "nk01") == (5, START + timedelta(minutes=5))
    # While it waits, even the right password is refused, and the wait does not grow.
    clock.advance(minutes=4, seconds=59)
    again = refusal(accounts, "nk01", PASSWORD)
    assert isinstance(again, AccountLocked) and again.until == START + timedelta(minutes=5)
    clock.advance(seconds=1)
    assert accounts.login("nk01", PASSWORD).username == "nk01"
    assert user_row(services, "nk01") == (0, None)


def test_after_the_wait_the_user_has_five_tries_again(
    accounts: AccountService, services: Services, clock: Clock
) -> None:
    for _ in range(5):
        refusal(accounts, "nk01", "wrong-one")
    clock.advance(minutes=5)
    first = refusal(accounts, "nk01", "wrong-one")
    assert first.template == MSG_WRONG_LOGIN
    assert user_row(services, "nk01") == (1, None)


def test_a_successful_log_in_starts_the_count_again(
    accounts: AccountService, services: Services
) -> None:
    for _ in range(4):
        refusal(accounts, "nk01", "wrong-one")
    accounts.login("nk01", PASSWORD)
    assert user_row(services, "nk01") == (0, None)
    for _ in range(4):
        refusal(accounts, "nk01", "wrong-one")
    assert user_row(services, "nk01") == (4, None)


def test_the_last_tries_say_how_many_are_left(
    accounts: AccountService, services: Services, chinese: None
) -> None:
    messages = [error_text(refusal(accounts, "nk01", "wrong-one")) for _ in range(4)]
    assert messages == [
        "用户名或密码错误。",
        "用户名或密码错误。",
        "用户名或密码错误。再错 2 次，账号将锁定 5 分钟。",
        "用户名或密码错误。再错 1 次，账号将锁定 5 分钟。",
    ]
    fourth = refusal(accounts, "wk01", "x")
    assert fourth.template == MSG_WRONG_LOGIN
    for _ in range(2):
        refusal(accounts, "wk01", "x")
    third = refusal(accounts, "wk01", "x")
    assert (third.template, third.params) == (
        MSG_WRONG_LOGIN_TRIES_LEFT,
        {"count": 1, "minutes": 5},
    )


def test_every_wrong_password_is_in_the_audit_log_unknown_names_too(
    accounts: AccountService, services: Services, hospital: Hospital
) -> None:
    refusal(accounts, "nk01", "wrong-one")
    unknown = refusal(accounts, " nobody ", PASSWORD)
    # An unknown name gets the same words as a wrong password: nothing tells which was wrong.
    assert unknown.template == MSG_WRONG_LOGIN
    assert audit_rows(services, "login_failed") == [
        (
            "nk01",
            hospital.nurse_a.user_id,
            {"username": "nk01", "failed_logins": 1, "locked_until": None},
        ),
        ("nobody", None, {"username": "nobody", "failed_logins": None, "locked_until": None}),
    ]


def test_refusals_while_locked_are_recorded_too(
    accounts: AccountService, services: Services
) -> None:
    for _ in range(6):
        refusal(accounts, "nk01", "wrong-one")
    rows = audit_rows(services, "login_failed")
    assert len(rows) == 6
    assert rows[4][2]["locked_until"] == str(START + timedelta(minutes=5))
    assert rows[5][2]["failed_logins"] == 5


def test_the_department_unlocks_an_account_and_it_is_audited(
    accounts: AccountService, services: Services, hospital: Hospital
) -> None:
    for _ in range(5):
        refusal(accounts, "nk01", "wrong-one")
    nk01 = next(u for u in accounts.list_users(hospital.admin) if u.username == "nk01")
    assert nk01.locked_until == START + timedelta(minutes=5)
    with pytest.raises(PermissionDenied):
        accounts.unlock(hospital.nurse_b, "nk01")
    accounts.unlock(hospital.admin, "nk01")
    assert user_row(services, "nk01") == (0, None)
    assert accounts.login("nk01", PASSWORD).username == "nk01"
    [(who, user_id, after)] = audit_rows(services, "unlock")
    assert (who, user_id) == ("admin", hospital.nurse_a.user_id)
    assert after == {"username": "nk01", "failed_logins": 0, "locked_until": None}
    nk01 = next(u for u in accounts.list_users(hospital.admin) if u.username == "nk01")
    assert nk01.locked_until is None


def test_a_lock_that_has_passed_is_not_shown_as_locked(
    accounts: AccountService, hospital: Hospital, clock: Clock
) -> None:
    for _ in range(5):
        refusal(accounts, "nk01", "wrong-one")
    clock.advance(minutes=5)
    assert all(u.locked_until is None for u in accounts.list_users(hospital.admin))


def test_a_new_password_set_by_the_department_also_unlocks(
    accounts: AccountService, services: Services, hospital: Hospital
) -> None:
    for _ in range(5):
        refusal(accounts, "nk01", "wrong-one")
    accounts.reset_password(hospital.admin, "nk01", "new-secret-9")
    assert accounts.login("nk01", "new-secret-9").username == "nk01"


@pytest.mark.parametrize(
    ("username", "password", "template", "params"),
    [
        ("hn9", "", MSG_PASSWORD_BLANK, {}),
        ("hn9", "          ", MSG_PASSWORD_BLANK, {}),
        ("hn9", "1234567", MSG_PASSWORD_SHORT, {"length": 8}),
        ("hn9", "短密码", MSG_PASSWORD_SHORT, {"length": 8}),
        ("wangfang", "wangfang", MSG_PASSWORD_IS_USERNAME, {}),
        ("wangfang", " WangFang ", MSG_PASSWORD_IS_USERNAME, {}),
    ],
)
def test_weak_passwords_are_refused_with_the_rule_they_break(
    services: Services,
    hospital: Hospital,
    username: str,
    password: str,
    template: str,
    params: dict[str, object],
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.accounts.create_user(hospital.admin, username, "王芳", Role.INSPECTOR, password)
    assert (refused.value.template, refused.value.params) == (template, params)
    assert username not in {u.username for u in services.accounts.list_users(hospital.admin)}


@pytest.mark.parametrize(
    ("password", "template"),
    [
        ("   ", MSG_PASSWORD_BLANK),
        ("nk01", MSG_PASSWORD_SHORT),
        ("Zhang-Li-1", MSG_PASSWORD_IS_USERNAME),
    ],
)
def test_a_new_password_set_by_the_department_follows_the_rules(
    services: Services, hospital: Hospital, password: str, template: str
) -> None:
    services.accounts.create_user(hospital.admin, "zhang-li-1", "张丽", Role.INSPECTOR, PASSWORD)
    with pytest.raises(ValidationError) as refused:
        services.accounts.reset_password(hospital.admin, "zhang-li-1", password)
    assert refused.value.template == template
    assert services.accounts.login("zhang-li-1", PASSWORD).username == "zhang-li-1"


def test_the_first_admin_needs_a_good_password_too(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.accounts.first_run("测试医院", "admin", "王主任", "admin")
    assert (refused.value.template, refused.value.params) == (MSG_PASSWORD_SHORT, {"length": 8})
    with pytest.raises(ValidationError) as refused:
        services.accounts.first_run("测试医院", "director", "王主任", "director")
    assert refused.value.template == MSG_PASSWORD_IS_USERNAME
    assert services.accounts.needs_first_run()


def test_eight_characters_that_are_not_the_user_name_are_accepted(
    services: Services, hospital: Hospital
) -> None:
    services.accounts.create_user(hospital.admin, "hn9", "王芳", Role.INSPECTOR, "12345678")
    assert services.accounts.login("hn9", "12345678").username == "hn9"
