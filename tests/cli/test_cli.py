"""The command line (rules §12): exit codes, Chinese reasons on stderr, no change on refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from nursingqc.cli.main import main
from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.errors import AuthenticationFailed
from nursingqc.services.audit_log import AuditQuery
from nursingqc.services.container import open_services
from nursingqc.storage.migrate import SCHEMA_REVISION
from nursingqc.storage.models import Base
from tests.helpers import wards_workbook


@pytest.fixture
def db(tmp_path: Path, db_url: str) -> str:
    """What ``--db`` is given: a plain file name, as users type it, or the test server's URL;
    the database exists (the program's first start made it) and holds no hospital yet."""
    if db_url.startswith("postgresql"):
        return db_url
    path = tmp_path / "cli.sqlite3"
    open_services(url_of(str(path))).close()
    return str(path)


def url_of(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_prints_the_campaign_id_and_accounts_for_every_role(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, "--db", db, "demo", "--wards", "14", "--seed", "7")
    assert code == 0
    assert "活动编号：1" in out and "自查阶段已开启" in out
    assert "admin" in out and "zhikong1" in out and "nk01" in out
    services = open_services(url_of(db))
    try:
        admin = services.accounts.login("admin", "admin1234")
        wards = services.wards.list_wards(admin)
        assert len(wards) == 14 and len({w.name for w in wards}) == 14
        roles = {u.role for u in services.accounts.list_users(admin)}
        assert roles == set(Role)
        progress = services.inspections.progress(admin, 1)
        assert 0 < progress.submitted < progress.total and progress.drafts > 0
        nurse = services.accounts.login("nk01", "demo1234")
        assert services.inspections.progress(nurse, 1).submitted == 3
    finally:
        services.close()
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 1 and "演示数据只能写入空数据库" in err


def test_campaign_create_list_and_phases(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(capsys, "--db", db, "demo", "--wards", "3")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "campaign",
        "create",
        "--name",
        "2027年1月活动月",
        "--start",
        "2027-01-04",
        "--checklists",
        "WARD_ENV,BED_UNIT,SERVICE",
        "--weights",
        "1,1,2",
        "--awards",
        "2",
        "--threshold",
        "92",
    )
    assert (code, out.strip()) == (0, "2")
    code, out, _ = run(capsys, "--db", db, "campaign", "list")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("2\t2027年1月活动月\t自查:未开始(01-04~01-10)")
    assert run(capsys, "--db", db, "campaign", "phase", "2", "自查", "open")[0] == 0
    assert run(capsys, "--db", db, "campaign", "phase", "2", "自查", "close")[0] == 0
    code, _, err = run(capsys, "--db", db, "campaign", "phase", "2", "自查", "open")
    assert code == 1 and err.strip() == "错误：重新开启已结束的“自查”阶段须填写原因。"
    code, out, _ = run(
        capsys, "--db", db, "campaign", "phase", "2", "自查", "open", "--reason", "补录"
    )
    assert code == 0 and "进行中" in out


def test_refusals_are_one_clear_chinese_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    run(capsys, "--db", db, "demo", "--wards", "3")
    code, _, err = run(
        capsys,
        "--db",
        db,
        "campaign",
        "create",
        "--name",
        "x",
        "--start",
        "2027-01-04",
        "--weights",
        "1,1",
    )
    assert code == 1
    assert err.strip() == (
        "错误：--weights：给出了 2 个权重，但有 5 张检查表；每张检查表须对应一个权重。"
    )
    assert "Traceback" not in err
    assert len(run(capsys, "--db", db, "campaign", "list")[1].strip().splitlines()) == 1


def test_english_on_request(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(capsys, "--db", db, "demo", "--wards", "2")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "campaign", "phase", "9", "自查", "open")
    assert code == 1 and err.strip() == "Error: There is no campaign 9."


def test_wrong_arguments_exit_2_with_usage(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "--db", db, "campaign", "create", "--name", "x", "--start", "7月1日")
    assert code == 2
    assert "命令参数有误" in err and "YYYY-MM-DD" in err
    assert "用法：nursingqc campaign create" in err
    code, _, err = run(capsys, "--db", db, "campaign", "phase", "1", "检查", "open")
    assert code == 2


def test_wards_import_adds_then_updates(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = wards_workbook(tmp_path / "wards.xlsx", [["NK01", "心内科", "张丽", 40, "内科片"]])
    code, out, _ = run(capsys, "--db", db, "wards", "import", str(path))
    assert code == 0 and out.strip() == "病区导入完成：新增 1 个，更新 0 个"
    path = wards_workbook(
        tmp_path / "wards.xlsx",
        [["NK01", "心血管内科", "张丽", 40, "内科片"], ["WK01", "普外科", "", "", ""]],
    )
    code, out, _ = run(capsys, "--db", db, "wards", "import", str(path))
    assert out.strip() == "病区导入完成：新增 1 个，更新 1 个"
    code, out, _ = run(capsys, "--db", db, "wards", "import", str(path))
    assert out.strip() == "病区导入完成：新增 0 个，更新 0 个"


def test_a_bad_wards_file_lists_every_problem_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    path = wards_workbook(
        tmp_path / "wards.xlsx",
        [
            ["NK01", "心内科", "", 40, ""],
            ["", "无编码", "", "", ""],
            ["WK01", "普外科", "", "多", ""],
        ],
    )
    code, _, err = run(capsys, "--db", db, "wards", "import", str(path))
    lines = err.strip().splitlines()
    assert code == 1
    assert lines[0] == "错误：文件未导入：发现 2 处问题，数据未作任何改动。"
    assert lines[1].strip() == "工作表“病区”第 3 行“病区编码”列：不能为空"
    assert lines[2].strip().startswith("工作表“病区”第 4 行“床位数”列")
    not_xlsx = tmp_path / "wards.csv"
    not_xlsx.write_text("a,b", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "wards", "import", str(not_xlsx))
    assert code == 1 and "wards.csv 是纯文本文件（例如 CSV），不是 Excel 工作簿" in err
    services = open_services(url_of(db))
    try:
        assert services.wards.list_wards(Actor.command_line()) == []
    finally:
        services.close()


def test_check_reports_a_healthy_database(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(capsys, "--db", db, "demo", "--wards", "2")
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0
    file_only = {"✔ 数据库文件完整性：正常", "✔ 数据关联：正常"}  # a server keeps these itself
    assert [line for line in out.splitlines() if line not in file_only] == [
        f"✔ 数据表：{len(Base.metadata.tables)} 张齐全",
        "✔ 检查表：共 5 个版本，分值合计均与总分一致",
        f"✔ 数据库结构版本：{SCHEMA_REVISION}（最新）",
    ]
    assert file_only <= set(out.splitlines()) or db.startswith("postgresql")


def test_a_file_that_is_not_a_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bogus = tmp_path / "报表.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database at all" * 50)
    before = bogus.read_bytes()
    code, _, err = run(capsys, "--db", str(bogus), "campaign", "list")
    assert code == 1 and "不是护理质控数据库" in err
    assert bogus.read_bytes() == before


def test_the_database_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NURSINGQC_DB", str(tmp_path / "env.sqlite3"))
    assert run(capsys, "demo", "--wards", "2")[0] == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_an_unexpected_error_gives_a_short_chinese_line_and_the_log_path(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nursingqc.paths import log_file
    from nursingqc.services.campaigns import CampaignService

    def broken(*_: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(CampaignService, "list_campaigns", broken)
    code, out, err = run(capsys, "--db", db, "campaign", "list")
    assert code == 3 and out == ""
    assert err.strip() == f"程序出现意外错误，数据未作改动。详细信息见日志文件：{log_file()}"
    assert "ZeroDivisionError: a bug" in log_file().read_text(encoding="utf-8")


def test_the_last_department_account_locked_out_is_told_of_and_unlocked_by_the_cli(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    from nursingqc.domain.accounts import MAX_FAILED_LOGINS, AccountLocked
    from nursingqc.i18n import error_text, install_translators

    assert run(capsys, "--db", db, "demo", "--wards", "2")[0] == 0
    services = open_services(url_of(db))
    try:
        for _ in range(MAX_FAILED_LOGINS - 1):
            with pytest.raises(AuthenticationFailed):
                services.accounts.login("admin", "wrong-password")
        with pytest.raises(AccountLocked) as locked:
            services.accounts.login("admin", "wrong-password")
        install_translators("zh_CN")
        try:
            told = error_text(locked.value)
        finally:
            install_translators("en")
        assert "没有其他护理部账号能解锁" in told and "nursingqc users unlock admin" in told
    finally:
        services.close()

    code, out, _ = run(capsys, "--db", db, "users", "unlock", "admin")
    assert code == 0 and "admin" in out
    services = open_services(url_of(db))
    try:
        assert services.accounts.login("admin", "admin1234").username == "admin"
        entry = services.audit_log.entries(
            services.accounts.login("admin", "admin1234"), AuditQuery(action="unlock")
        ).lines[0]
        assert entry.username == "cli"
    finally:
        services.close()
    code, _, err = run(capsys, "--db", db, "users", "unlock", "nobody")
    assert code != 0 and "nobody" in err
