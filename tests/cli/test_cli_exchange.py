"""``nursingqc exchange`` as the hospital's IT runs it between PCs: real processes on separate
databases (each in its own folder, with its own keys), exit codes, Chinese messages, nothing
changed on a refusal and nothing added the second time (rules §14)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.exchange_cli import enrolled_ward, opened, run, state, submit_ward_environment
from tests.helpers import PASSWORD, build_hospital


def test_a_setup_package_makes_a_new_database_that_wards_pc(
    tmp_path: Path, department: Path
) -> None:
    ward = enrolled_ward(tmp_path, department)
    services = opened(ward)
    try:
        identity = services.exchange.this_pc()
        assert identity.role == "ward" and identity.ward_code == "NK01"
        assert identity.hospital_name == "测试市人民医院"
        nurse = services.accounts.login("nk01", PASSWORD)
        assert nurse.ward_id is not None
    finally:
        services.close()
    department_services = opened(department)
    try:
        actor = department_services.accounts.login("admin", PASSWORD)
        enrolled = department_services.exchange.enrolled_wards(actor)
        assert [ward.ward_code for ward in enrolled] == ["NK01"]
    finally:
        department_services.close()


def test_up_package_previewed_changes_nothing_then_imported_once(
    tmp_path: Path, department: Path
) -> None:
    ward = enrolled_ward(tmp_path, department)
    services = opened(ward)
    try:
        nurse = services.accounts.login("nk01", PASSWORD)
        submit_ward_environment(services, nurse)
    finally:
        services.close()
    up = tmp_path / "up"
    up.mkdir()
    code, out, err = run(tmp_path, ward, "export", "-o", str(up))
    assert code == 1 and out == ""
    assert err.strip() == (
        "错误：这是病区 NK01 的电脑：本机的交换包由护士长导出和导入。请用 --user 给出她的用户名"
        "（nursingqc exchange --user 用户名 ...）；密码会询问，或从 NURSINGQC_PASSWORD 读取。"
    )
    code, out, err = run(tmp_path, ward, "export", "-o", str(up), user="nk01")
    assert code == 0, err
    (package,) = up.glob("*.nqcpkg")
    assert f"交换包已生成：{package}" in out

    before = state(department)
    code, out, err = run(tmp_path, department, "preview", str(up))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("新增 ")
    assert "  新增  NK01  " in out
    assert state(department) == before

    code, out, err = run(tmp_path, department, "import", str(package))
    assert code == 0, err
    assert "已导入 1 个交换包。" in out and "给发送方的回执已生成：" in out
    after = state(department)
    assert after != before

    code, out, err = run(tmp_path, department, "import", str(package))
    assert code == 0, err
    assert "新增 0，修改 0，" in out
    # Nothing added; only the audit log says that the package was imported again.
    again = state(department)
    audited, audited_before = again.pop("audit"), after.pop("audit")
    assert isinstance(audited, int) and isinstance(audited_before, int)
    assert audited == audited_before + 1
    assert again == after


def test_a_damaged_package_is_refused_with_its_reason_and_nothing_changes(
    tmp_path: Path, department: Path
) -> None:
    ward = enrolled_ward(tmp_path, department)
    up = tmp_path / "up"
    up.mkdir()
    assert run(tmp_path, ward, "export", "-o", str(up), user="nk01")[0] == 0
    (package,) = up.glob("*.nqcpkg")
    package.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    before = state(department)
    for command in ("preview", "import"):
        code, _out, err = run(tmp_path, department, command, str(package))
        assert code == 1
        assert f"拒绝 {package.name}" in err or f"拒绝 {package}" in err
        assert "不完整或已损坏" in err
    assert err.splitlines()[-1] == "未导入任何内容。"
    assert state(department) == before


def test_a_folder_without_packages_and_a_missing_subcommand_are_refused(
    tmp_path: Path, department: Path
) -> None:
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    before = state(department)
    code, out, err = run(tmp_path, department, "import", str(empty))
    assert (code, out) == (1, "")
    assert err.strip() == f"错误：{empty} 中没有交换包（*.nqcpkg），未导入任何内容。"
    code, _out, err = run(tmp_path, department)
    assert code == 2 and "exchange" in err
    assert state(department) == before


def test_a_ward_package_for_the_department_of_another_hospital_is_refused(
    tmp_path: Path, department: Path
) -> None:
    ward = enrolled_ward(tmp_path, department)
    other = tmp_path / "other" / "nursingqc.sqlite3"
    other.parent.mkdir()
    services = opened(other)
    build_hospital(services)
    services.close()
    up = tmp_path / "up"
    up.mkdir()
    assert run(tmp_path, ward, "export", "-o", str(up), user="nk01")[0] == 0
    (package,) = up.glob("*.nqcpkg")
    before = state(other)
    code, _out, err = run(tmp_path, other, "import", str(package))
    assert code == 1 and "未导入任何内容" in err
    assert state(other) == before


def test_a_withdrawn_ward_pc_is_refused_and_its_ward_enrolled_anew(
    tmp_path: Path, department: Path
) -> None:
    """A lost ward PC: a second setup package is refused while it is enrolled; after
    ``unenrol`` its packages are refused and a new PC can be enrolled."""
    old_pc = enrolled_ward(tmp_path, department)
    again, _out, err = run(tmp_path, department, "enrol", "--ward", "NK01", "-o", str(tmp_path))
    assert again != 0 and "NK01" in err
    services = opened(old_pc)
    try:
        submit_ward_environment(services, services.accounts.login("nk01", PASSWORD))
    finally:
        services.close()
    up = tmp_path / "up"
    up.mkdir()
    code, _out, err = run(tmp_path, old_pc, "export", "-o", str(up), user="nk01")
    assert code == 0, err

    code, out, err = run(tmp_path, department, "unenrol", "--ward", "NK01")
    assert code == 0, err
    assert "病区 NK01 的电脑已撤销登记" in out
    before = state(department)
    refused, _out, err = run(tmp_path, department, "import", str(up))
    assert refused != 0 and err.strip() != ""
    assert state(department) == before
    twice, _out, err = run(tmp_path, department, "unenrol", "--ward", "NK01")
    assert twice != 0 and "NK01" in err
    code, _out, err = run(tmp_path, department, "enrol", "--ward", "NK01", "-o", str(tmp_path))
    assert code == 0, err
