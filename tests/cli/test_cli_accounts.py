"""``nursingqc wards import --accounts`` and ``nursingqc users reset-password``, run as a user
runs them: real processes on the test hospital's database."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from nursingqc.services.container import Services
from tests.cli.command import nursingqc
from tests.helpers import Hospital, ward_table, wards_workbook

ROWS: list[list[object]] = [
    ["NK01", "心血管内科", "张丽", 40, "内科片"],
    ["EK01", "儿科", "王芳", 30, "妇儿片"],
    ["YK01", "眼科", "", 20, "外科片"],
    ["ZK 02", "肿瘤科二病区", "赵敏", 44, "内科片"],
]


@pytest.fixture
def db(services: Services, hospital: Hospital, db_url: str) -> str:
    return db_url


def run(tmp_path: Path, db: str, *args: str) -> tuple[int, str, str]:
    result = nursingqc(tmp_path, "--db", db, *args)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def made_accounts(out: str) -> dict[str, str]:
    """User name → first password, from the lines the import printed."""
    return dict(re.findall(r"^  (\S+)\s+(\S{10})  ", out, re.M))


def test_the_preview_shows_the_names_and_changes_nothing(
    tmp_path: Path, db: str, services: Services
) -> None:
    before = ward_table(services)
    path = wards_workbook(tmp_path / "病区.xlsx", ROWS)
    code, out, _ = run(tmp_path, db, "wards", "import", str(path), "--preview")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "护士长账号（病区、护士长、用户名）："
    assert lines[1].split() == ["NK01", "张丽", "已有账号", "nk01，保持不变"]
    assert lines[2].split() == ["EK01", "王芳", "ek01"]
    assert lines[-1] == "未作任何改动（--preview）。"
    assert ward_table(services) == before


def test_the_import_makes_the_accounts_prints_their_passwords_and_the_slips(
    tmp_path: Path, db: str, services: Services
) -> None:
    path = wards_workbook(tmp_path / "病区.xlsx", ROWS)
    slips = tmp_path / "初始密码条.pdf"
    code, out, err = run(
        tmp_path,
        db,
        "wards",
        "import",
        str(path),
        "--accounts",
        "--username",
        "EK01=WangFang",
        "--slips",
        str(slips),
    )
    assert code == 0, err
    made = made_accounts(out)
    assert sorted(made) == ["wangfang", "zk02"]
    assert "初始密码只显示这一次。" in out and f"初始密码条已写入：{slips}" in out
    for username, password in made.items():
        actor = services.accounts.login(username, password)
        assert services.accounts.must_change_password(actor)
    document = pypdfium2.PdfDocument(slips)
    try:
        text = "".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    assert all(password in text for password in made.values()) and "首次登录须修改密码" in text


@pytest.mark.parametrize(
    ("option", "said"),
    [
        ("EK01=ZK1", "错误：病区 EK01 护士长的用户名 zk1 已被 质控组 赵静 (zk1) 使用。"),
        ("EK01", "错误：--username 的写法是 病区编码=用户名（CODE=NAME），而不是 EK01。"),
        ("YK01=yk01", "错误：文件中病区 YK01 没有填写护士长"),
    ],
)
def test_a_refused_user_name_says_why_and_imports_nothing(
    tmp_path: Path, db: str, services: Services, option: str, said: str
) -> None:
    before = ward_table(services)
    path = wards_workbook(tmp_path / "病区.xlsx", ROWS)
    code, _, err = run(
        tmp_path, db, "wards", "import", str(path), "--accounts", "--username", option
    )
    assert code == 1 and err.startswith(said), err
    assert ward_table(services) == before


def test_reset_password_prints_a_first_password_to_change(
    tmp_path: Path, db: str, services: Services
) -> None:
    code, out, err = run(tmp_path, db, "users", "reset-password", "ADMIN")
    assert code == 0, err
    first, second = out.splitlines()
    assert first.startswith("ADMIN 的新初始密码：")
    password = first.rpartition("：")[2]
    actor = services.accounts.login("admin", password)
    assert services.accounts.must_change_password(actor)
    assert second == "密码只显示这一次。她下次登录时须设置自己的密码。"
    code, _, err = run(tmp_path, db, "users", "reset-password", "nobody")
    assert code == 1 and err == "错误：没有用户 nobody。", err
