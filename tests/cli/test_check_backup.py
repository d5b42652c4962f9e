"""``check``, ``backup -o`` and ``restore`` as a user runs them: real processes, exit codes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from nursingqc.services.container import open_services
from nursingqc.storage.models import Base
from tests.cli.command import nursingqc
from tests.database_files import damage, scramble, snapshot, with_a_month_of_audit_entries


def fresh_database(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "hospital.sqlite3"
    services = open_services(f"sqlite:///{path}")
    services.accounts.first_run("测试市人民医院", "admin", "王主任", "secret123")
    services.close()
    return path


def test_check_of_a_fresh_database_is_all_ok(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "data")
    before = snapshot(db.parent)
    result = nursingqc(tmp_path, "--db", str(db), "check")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[:2] == [
        "✔ 数据库文件完整性：正常",
        f"✔ 数据表：{len(Base.metadata.tables)} 张齐全",
    ]
    assert all(line.startswith("✔") for line in result.stdout.splitlines())
    assert snapshot(db.parent) == before


def test_check_of_a_damaged_file_exits_1_and_changes_nothing(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "data")
    damage(db)
    before = snapshot(db.parent)
    result = nursingqc(tmp_path, "--db", str(db), "check")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "✘ 数据库文件完整性：已损坏（database disk image is malformed）"
    )
    assert "Traceback" not in result.stderr
    assert snapshot(db.parent) == before


def test_check_of_a_missing_folder_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "网络盘" / "hospital.sqlite3"
    result = nursingqc(tmp_path, "--db", str(missing), "check")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"错误：文件夹 {missing.parent} 不存在。请检查路径，并确认所在的磁盘或网络共享已连接。"
    )
    assert not missing.parent.exists()


def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "data")
    copy = tmp_path / "七月备份.sqlite3"
    result = nursingqc(tmp_path, "--db", str(db), "backup", "-o", str(copy))
    assert (result.returncode, result.stdout.strip()) == (0, f"备份已写入：{copy}")
    again = nursingqc(tmp_path, "--db", str(db), "backup", "-o", str(copy))
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"错误：{copy} 已存在；备份不会覆盖已有文件。请换一个新文件名。"
    )

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE users SET display_name = '写错的名字'")
    connection.close()
    result = nursingqc(tmp_path, "--db", str(db), "restore", str(copy))
    assert result.returncode == 0, result.stderr
    previous = next((db.parent / "backups").glob("before-restore-*.sqlite3"))
    assert result.stdout.splitlines() == [
        f"已用 {copy} 恢复数据库 {db}。",
        f"被替换的数据库已另存为 {previous}。",
    ]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT display_name FROM users").fetchone() == ("王主任",)
    connection.close()
    assert nursingqc(tmp_path, "--db", str(db), "check").returncode == 0


def test_restore_of_a_damaged_file_is_refused(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "data")
    broken = tmp_path / "坏备份.sqlite3"
    broken.write_bytes(db.read_bytes())
    damage(broken)
    before = snapshot(db.parent)
    result = nursingqc(tmp_path, "--db", str(db), "restore", str(broken))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"错误：{broken} 已损坏（database disk image is malformed），不能用来恢复，请另选一个备份。"
    )
    assert snapshot(db.parent) == before


def test_check_of_a_file_with_dozens_of_problems_prints_one_short_line(tmp_path: Path) -> None:
    db = with_a_month_of_audit_entries(fresh_database(tmp_path / "data"))
    scramble(db)
    result = nursingqc(tmp_path, "--db", str(db), "check")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    log_file = tmp_path / "state" / "NursingQC" / "log" / "nursingqc.log"
    assert first.startswith("✘ 数据库文件完整性：已损坏（") and first.endswith(
        f"处问题；完整清单见日志文件 {log_file}）"
    )
    assert len(first) < 200 + len(str(log_file))
    assert log_file.read_text("utf-8").count("out of order") > 20


def test_restore_of_another_hospitals_backup_needs_other_hospital(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "data")
    other = tmp_path / "二院" / "hospital.sqlite3"
    other.parent.mkdir()
    services = open_services(f"sqlite:///{other}")
    services.accounts.first_run("测试市第二人民医院", "admin", "李主任", "secret123")
    services.close()
    before = snapshot(db.parent)
    refused = nursingqc(tmp_path, "--db", str(db), "restore", str(other))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"错误：{other} 是测试市第二人民医院的备份，而数据库 {db} 属于测试市人民医院。"
        "数据未作任何改动。如确要用测试市第二人民医院的数据替换测试市人民医院的数据，"
        "请加上 --other-hospital 再恢复一次。"
    )
    assert snapshot(db.parent) == before
    result = nursingqc(tmp_path, "--db", str(db), "restore", str(other), "--other-hospital")
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT name FROM hospital").fetchone() == ("测试市第二人民医院",)
