"""First passwords (初始密码): made by the department, the wards import or a reset, marked to be
changed at the next log-in; every user changes her own; the head nurses' accounts of an import."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import ConcurrentChange, PermissionDenied, ValidationError
from nursingqc.i18n import error_text
from nursingqc.services.container import Services
from nursingqc.services.passwords import FIRST_PASSWORD_LENGTH, first_password
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.models import AuditEntry, User
from tests.helpers import PASSWORD, Hospital, audit_entries, ward_table


def stored(services: Services, username: str) -> User:
    with services.database.transaction(read_only=True) as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        session.expunge(user)
        return user


def accounts_state(services: Services) -> list[tuple[object, ...]]:
    with services.database.transaction(read_only=True) as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    User.username,
                    User.display_name,
                    User.role,
                    User.ward_id,
                    User.password_hash,
                    User.must_change_password,
                ).order_by(User.username)
            )
        ]


def test_a_first_password_is_random_readable_and_passes_the_rules() -> None:
    passwords = [first_password() for _ in range(300)]
    assert len(set(passwords)) == 300
    for password in passwords:
        assert len(password) == FIRST_PASSWORD_LENGTH and password.isalnum()
        assert not set(password) & set("0O1lI"), password
        assert any(c.isdigit() for c in password) and any(c.isalpha() for c in password)


def test_an_account_the_department_makes_is_changed_at_first_log_in(
    services: Services, hospital: Hospital
) -> None:
    accounts = services.accounts
    made = accounts.create_user(hospital.admin, "zk2", "质控组 孙悦", Role.INSPECTOR, "given-pw1")
    assert made.must_change_password
    actor = accounts.login("zk2", "given-pw1")
    assert accounts.must_change_password(actor)
    accounts.change_password(actor, "given-pw1", "my-own-pw9")
    assert not accounts.must_change_password(actor)
    assert accounts.login("zk2", "my-own-pw9").user_id == actor.user_id
    entry = audit_entries(services, "change_password")[-1]
    assert entry.username == "zk2" and entry.entity_id == actor.user_id
    logged = json.dumps([entry.before, entry.after], ensure_ascii=False)
    assert "given-pw1" not in logged and "my-own-pw9" not in logged
    # The first admin chose her own password at the first start: she is not asked again.
    assert not accounts.must_change_password(hospital.admin)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("wrong-pw12", "my-own-pw9", "当前密码不正确，密码未修改。"),
        (PASSWORD, "short", "密码至少要有 8 个字符"),
        (PASSWORD, PASSWORD, "新密码与当前密码相同，请换一个不同的密码。"),
        (PASSWORD, "NK01", "密码至少要有 8 个字符"),
        (PASSWORD, "        ", "密码不能为空"),
    ],
)
def test_a_refused_change_says_why_in_chinese_and_changes_nothing(
    services: Services, hospital: Hospital, chinese: None, old: str, new: str, said: str
) -> None:
    before = accounts_state(services), len(audit_entries(services, "change_password"))
    with pytest.raises(ValidationError) as refused:
        services.accounts.change_password(hospital.nurse_a, old, new)
    assert error_text(refused.value).startswith(said), error_text(refused.value)
    assert (accounts_state(services), len(audit_entries(services, "change_password"))) == before
    assert services.accounts.login("nk01", PASSWORD).user_id == hospital.nurse_a.user_id


def test_the_command_line_has_no_password_to_change(services: Services, hospital: Hospital) -> None:
    with pytest.raises(PermissionDenied):
        services.accounts.change_password(Actor.command_line(), PASSWORD, "my-own-pw9")


def test_a_reset_is_a_first_password_and_refuses_to_undo_a_change_made_since(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    accounts = services.accounts
    seen = next(u for u in accounts.list_users(hospital.admin) if u.username == "nk01")
    # She sets a new password after the department opened the list …
    accounts.change_password(hospital.nurse_a, PASSWORD, "her-own-pw7")
    hash_before = stored(services, "nk01").password_hash
    with pytest.raises(ConcurrentChange) as refused:
        accounts.reset_password(hospital.admin, "nk01", "reset-pw-22", seen.password_stamp)
    assert error_text(refused.value).startswith(
        "在您打开列表之后，nk01 修改了 nk01 的密码，因此这次没有重置。"
    ), error_text(refused.value)
    assert stored(services, "nk01").password_hash == hash_before
    # … and a reset on the list as it is now goes through, marked to be changed.
    fresh = next(u for u in accounts.list_users(hospital.admin) if u.username == "nk01")
    assert fresh.password_stamp != seen.password_stamp
    accounts.reset_password(hospital.admin, "nk01", "reset-pw-22", fresh.password_stamp)
    user = stored(services, "nk01")
    assert user.must_change_password and user.failed_logins == 0
    # Her change typed with the password the reset replaced is refused, not lost unseen.
    with pytest.raises(ValidationError) as wrong_old:
        accounts.change_password(hospital.nurse_a, "her-own-pw7", "another-pw5")
    assert "护理部刚刚重置了您的密码" in error_text(wrong_old.value)
    assert accounts.login("nk01", "reset-pw-22").user_id == hospital.nurse_a.user_id


def head_nurse_rows() -> list[WardRow]:
    return [
        WardRow(2, "NK01", "心血管内科", "张丽", "40", "内科片"),
        WardRow(3, "EK01", "儿科", "王芳", "30", "妇儿片"),
        WardRow(4, "ZK 02", "肿瘤科二病区", "赵" * 50, "44", "内科片"),
        WardRow(5, "YK01", "眼科", "", "20", "外科片"),
    ]


def test_the_preview_proposes_user_names_and_names_the_accounts_kept(
    services: Services, hospital: Hospital
) -> None:
    # An inspector called ek01 holds the name the ward code would give.
    services.accounts.create_user(
        hospital.admin, "ek01", "质控组 钱红", Role.INSPECTOR, "given-pw1"
    )
    before = ward_table(services)
    proposals = services.ward_import.propose_accounts(hospital.admin, head_nurse_rows())
    assert [(p.ward_code, p.head_nurse_name[:2], p.username, p.existing) for p in proposals] == [
        ("NK01", "张丽", "nk01", "nk01"),
        ("EK01", "王芳", "ek01-2", None),
        ("ZK 02", "赵赵", "zk02", None),
    ]
    assert ward_table(services) == before


def test_the_import_makes_the_head_nurses_accounts_with_first_passwords(
    services: Services, hospital: Hospital
) -> None:
    nk01_before = stored(services, "nk01")
    rows = head_nurse_rows()
    proposals = services.ward_import.propose_accounts(hospital.admin, rows)
    chosen = {p.ward_code: p.username for p in proposals if p.existing is None}
    chosen["EK01"] = "WangFang"
    result = services.ward_import.import_wards(hospital.admin, rows, chosen)
    assert (result.added, result.updated) == (3, 0)
    made = {a.ward_code: a for a in result.accounts}
    assert sorted(made) == ["EK01", "ZK 02"]
    assert (made["EK01"].username, made["EK01"].display_name) == ("wangfang", "王芳")
    assert made["ZK 02"].display_name == "赵" * 50 and made["ZK 02"].ward_name == "肿瘤科二病区"
    for account in made.values():
        actor = services.accounts.login(account.username, account.password)
        assert actor.role is Role.HEAD_NURSE
        assert services.wards.list_wards(actor)[0].code == account.ward_code
        assert services.accounts.must_change_password(actor)
    # The ward's account that was there is neither duplicated nor overwritten.
    nk01 = stored(services, "nk01")
    assert (nk01.password_hash, nk01.display_name, nk01.must_change_password) == (
        nk01_before.password_hash,
        nk01_before.display_name,
        False,
    )
    assert len([u for u in accounts_state(services) if u[3] == nk01.ward_id]) == 1
    created = [e for e in audit_entries(services, "create") if e.entity == "user"]
    assert {json.loads(e.after or "{}")["username"] for e in created[-2:]} == {"wangfang", "zk02"}
    assert all(a.password not in (e.after or "") for e in created for a in made.values())


def test_an_import_whose_user_name_collides_changes_nothing(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    before = ward_table(services), accounts_state(services)
    rows = head_nurse_rows()
    with pytest.raises(ValidationError) as refused:
        services.ward_import.import_wards(hospital.admin, rows, {"EK01": "ZK1", "ZK 02": "zk02"})
    assert error_text(refused.value) == (
        "病区 EK01 护士长的用户名 zk1 已被 质控组 赵静 (zk1) 使用。"
        "请为她另选一个用户名；本次什么也没有导入。"
    )
    assert (ward_table(services), accounts_state(services)) == before


@pytest.mark.parametrize(
    ("accounts", "said"),
    [
        (
            {"EK01": "huli", "ZK 02": "HULI"},
            "用户名 huli 同时给了病区 EK01 和病区 ZK 02 的护士长。",
        ),
        ({"YK01": "yk01"}, "文件中病区 YK01 没有填写护士长（“护士长”列），无法为其建账号"),
        ({"EK01": "wang fang"}, "用户名中间不能有空格或换行"),
    ],
)
def test_bad_account_choices_are_refused_before_anything_is_written(
    services: Services,
    hospital: Hospital,
    chinese: None,
    accounts: dict[str, str],
    said: str,
) -> None:
    before = ward_table(services), accounts_state(services)
    with pytest.raises(ValidationError) as refused:
        services.ward_import.import_wards(hospital.admin, head_nurse_rows(), accounts)
    assert error_text(refused.value).startswith(said), error_text(refused.value)
    assert (ward_table(services), accounts_state(services)) == before


def test_an_import_without_accounts_asked_makes_none(
    services: Services, hospital: Hospital
) -> None:
    result = services.ward_import.import_wards(hospital.admin, head_nurse_rows())
    assert result.accounts == ()
    with services.database.transaction(read_only=True) as session:
        assert session.scalar(select(User).where(User.username == "ek01")) is None
        made = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "create", AuditEntry.entity == "user")
        ).all()
    assert len(made) == 3  # the test hospital's own three
