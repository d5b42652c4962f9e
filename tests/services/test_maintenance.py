"""Faults: check only reads; damaged, missing, read-only and full each get their true message."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from nursingqc.domain.errors import DatabaseError
from nursingqc.i18n import error_text, message_text
from nursingqc.logs import current_log_file
from nursingqc.services import container
from nursingqc.services.container import Services, check_database, open_services
from nursingqc.services.maintenance import (
    MSG_BACKUP_EXISTS,
    MSG_RESTORE_DAMAGED,
    MSG_RESTORE_IN_USE,
    MSG_RESTORE_OTHER_HOSPITAL,
    backup_database,
    restore_database,
)
from nursingqc.storage.db import (
    MSG_DISK_FULL,
    MSG_FILE_MISSING,
    MSG_FILE_READ_ONLY,
    MSG_FOLDER_MISSING,
    MSG_FOLDER_READ_ONLY,
    MSG_NOT_A_DATABASE,
    fault_error,
)
from nursingqc.storage.migrate import (
    MSG_DAILY_BACKUP_FAILED,
    MSG_DAMAGED,
    MSG_DAMAGED_NO_BACKUP,
    MSG_FOREIGN_DATABASE,
    SCHEMA_REVISION,
)
from nursingqc.storage.models import Base
from tests.database_files import (
    backups_on_a_full_disk,
    damage,
    scramble,
    snapshot,
    with_a_month_of_audit_entries,
)
from tests.helpers import ROOT

# Backups, check and restore work on the SQLite file; a server is backed up by its own tools.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def closed_database(services: Services) -> Path:
    """A fresh NursingQC database file, closed (its WAL folded in), as the program leaves it."""
    path = services.database.path
    assert path is not None
    services.close()
    return path


def logged_error(caplog: pytest.LogCaptureFixture) -> BaseException | None:
    """The exception of the first record logged with its traceback."""
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info is not None
    return record.exc_info[1]


def test_check_of_a_healthy_database_is_all_ok_and_changes_no_byte(
    closed_database: Path, chinese: None
) -> None:
    before = snapshot(closed_database.parent)
    lines = check_database(f"sqlite:///{closed_database}")
    assert [message_text(line.message) for line in lines] == [
        "数据库文件完整性：正常",
        f"数据表：{len(Base.metadata.tables)} 张齐全",
        "数据关联：正常",
        "检查表：共 5 个版本，分值合计均与总分一致",
        f"数据库结构版本：{SCHEMA_REVISION}（最新）",
    ]
    assert all(line.ok for line in lines)
    assert snapshot(closed_database.parent) == before


def test_check_reads_a_database_the_program_has_open(services: Services) -> None:
    path = services.database.path
    assert path is not None
    before = snapshot(path.parent)
    assert all(line.ok for line in check_database(f"sqlite:///{path}"))
    assert set(snapshot(path.parent)) == set(before)


@pytest.mark.parametrize(
    ("relative", "template", "param"),
    [
        ("无此文件夹/h.sqlite3", MSG_FOLDER_MISSING, "folder"),
        ("无此文件.sqlite3", MSG_FILE_MISSING, "path"),
    ],
)
def test_check_of_a_missing_path_creates_nothing(
    tmp_path: Path, relative: str, template: str, param: str
) -> None:
    before = sorted(tmp_path.rglob("*"))
    target = tmp_path / relative
    with pytest.raises(DatabaseError) as refused:
        check_database(f"sqlite:///{target}")
    assert refused.value.template == template
    assert refused.value.params[param] == str(target if param == "path" else target.parent)
    assert sorted(tmp_path.rglob("*")) == before


def test_check_of_another_programs_database_says_so_and_changes_nothing(tmp_path: Path) -> None:
    other = tmp_path / "his.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE patients (id INTEGER)")
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError) as refused:
        check_database(f"sqlite:///{other}")
    assert refused.value.template == MSG_FOREIGN_DATABASE
    assert snapshot(tmp_path) == before


def test_check_of_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"a word document" * 200)
    with pytest.raises(DatabaseError) as refused:
        check_database(f"sqlite:///{notes}")
    assert (refused.value.template, refused.value.params) == (
        MSG_NOT_A_DATABASE,
        {"path": str(notes)},
    )


def test_check_reports_a_damaged_page(closed_database: Path) -> None:
    damage(closed_database)
    before = snapshot(closed_database.parent)
    lines = check_database(f"sqlite:///{closed_database}")
    assert not lines[0].ok
    assert lines[0].message.params["detail"] == "database disk image is malformed"
    assert snapshot(closed_database.parent) == before


def test_check_reports_a_dropped_table(closed_database: Path, chinese: None) -> None:
    with sqlite3.connect(closed_database) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DROP TABLE audit_log")
    connection.close()
    before = snapshot(closed_database.parent)
    lines = check_database(f"sqlite:///{closed_database}")
    failed = [message_text(line.message) for line in lines if not line.ok]
    assert failed == ["数据表：缺少 1 张（audit_log）"]
    assert snapshot(closed_database.parent) == before


def test_a_damaged_database_is_refused_at_start_in_short_naming_its_newest_daily_backup(
    closed_database: Path, caplog: pytest.LogCaptureFixture, chinese: None
) -> None:
    url = f"sqlite:///{closed_database}"
    backups = closed_database.parent / "backups"
    # The copy the fixture's start took becomes yesterday's: the damage comes overnight, and
    # today's first start checks the whole file before anything writes to it.
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    next(backups.glob("daily-*")).rename(backups / f"daily-{yesterday}-hospital.sqlite3")
    shutil.copyfile(closed_database, backups / "before-restore-20260101-080000-hospital.sqlite3")
    scramble(with_a_month_of_audit_entries(closed_database))
    before = snapshot(closed_database.parent)
    with pytest.raises(DatabaseError) as refused:
        open_services(url)
    daily = next(backups.glob("daily-*-hospital.sqlite3"))
    log_file = current_log_file()
    assert refused.value.template == MSG_DAMAGED
    assert error_text(refused.value) == (
        f"数据库 {closed_database} 已损坏，护理质控没有写入它。请用“nursingqc restore”恢复它"
        f"最新的备份 {daily}，或联系信息科。详细情况见日志文件 {log_file}。"
    )
    assert snapshot(closed_database.parent) == before
    reported = next(r.getMessage() for r in caplog.records if "is damaged" in r.getMessage())
    assert len(reported.splitlines()) > 20 and "out of order" in reported


def test_a_damaged_database_without_backups_says_there_is_none(closed_database: Path) -> None:
    shutil.rmtree(closed_database.parent / "backups", ignore_errors=True)
    damage(closed_database)
    with pytest.raises(DatabaseError) as refused:
        open_services(f"sqlite:///{closed_database}")
    assert refused.value.template == MSG_DAMAGED_NO_BACKUP


def test_a_db_option_into_a_missing_folder_is_refused_but_the_own_data_folder_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "Z盘" / "护理" / "h.sqlite3"
    with pytest.raises(DatabaseError) as refused:
        open_services(f"sqlite:///{missing}")
    assert refused.value.template == MSG_FOLDER_MISSING
    assert not (tmp_path / "Z盘").exists()
    own = tmp_path / "user-data" / "NursingQC" / "nursingqc.sqlite3"
    monkeypatch.setattr(container, "default_database_path", lambda: own)
    open_services(f"sqlite:///{own}").close()
    assert own.exists()


def test_a_full_disk_during_the_daily_backup_says_so_and_the_program_still_starts(
    closed_database: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    chinese: None,
) -> None:
    shutil.rmtree(closed_database.parent / "backups")  # today's daily backup is still to take
    backups_on_a_full_disk(monkeypatch)
    with caplog.at_level(logging.ERROR):
        services = open_services(f"sqlite:///{closed_database}")
    services.close()
    (warning,) = services.start_warnings
    assert warning.template == MSG_DAILY_BACKUP_FAILED
    assert warning.params["reason"].template == MSG_DISK_FULL
    assert message_text(warning).startswith("今天的数据库备份无法写入")
    assert "database or disk is full" in str(logged_error(caplog))
    assert list((closed_database.parent / "backups").glob("*")) == []


def test_an_operating_system_disk_full_is_a_disk_full_too(tmp_path: Path) -> None:
    error = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))
    assert fault_error(error, tmp_path / "h.sqlite3").template == MSG_DISK_FULL


def test_a_read_only_database_is_refused_with_its_own_message_and_the_cause_logged(
    closed_database: Path, caplog: pytest.LogCaptureFixture, chinese: None
) -> None:
    """SQLite itself refuses every write (query_only), as it does on a write-protected file:
    permissions cannot be taken away from root, who runs these tests here."""

    def write_protected(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    shutil.rmtree(closed_database.parent / "backups")
    event.listen(Engine, "connect", write_protected)
    try:
        with pytest.raises(DatabaseError) as refused:
            open_services(f"sqlite:///{closed_database}")
    finally:
        event.remove(Engine, "connect", write_protected)
    assert error_text(refused.value) == (
        f"数据库文件 {closed_database} 是只读的，护理质控无法保存。"
        "请在文件属性中取消“只读”，或请信息科开通写入权限。"
    )
    assert "attempt to write a readonly database" in str(logged_error(caplog))


# Read-only files and folders for real: permissions do not restrict root, so these run as
# "nobody" when the interpreter is reachable by that user, and otherwise only off root.
def _can_drop_privileges() -> bool:
    if os.name == "nt" or not hasattr(os, "geteuid"):
        return False
    if os.geteuid() != 0:
        return True
    try:
        probe = subprocess.run([sys.executable, "-c", "pass"], user=65534, check=False)
    except OSError:
        return False
    return probe.returncode == 0


needs_permissions = pytest.mark.skipif(
    os.name == "nt" or not _can_drop_privileges(),
    reason="folder permissions are ACLs on Windows; as root, needs an interpreter nobody can run",
)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="nursingqc-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777)
    shutil.rmtree(folder)


def run_unprivileged(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "XDG_STATE_HOME": str(folder / "state"),
        "XDG_DATA_HOME": str(folder / "data"),
        "HOME": str(folder),
    }
    user = 65534 if os.geteuid() == 0 else None
    return subprocess.run(
        [sys.executable, "-m", "nursingqc", *args],
        cwd=ROOT,
        env=environment,
        user=user,
        capture_output=True,
        text=True,
        timeout=60,
    )


@needs_permissions
def test_a_read_only_database_file_is_refused_with_its_own_message(
    shared_folder: Path, closed_database: Path
) -> None:
    path = shared_folder / "h.sqlite3"
    shutil.copyfile(closed_database, path)
    path.chmod(0o444)
    before = snapshot(shared_folder)
    result = run_unprivileged(shared_folder, "--db", str(path), "campaign", "list")
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == f"错误：数据库文件 {path} 是只读的，护理质控无法保存。" + (
        "请在文件属性中取消“只读”，或请信息科开通写入权限。"
    )
    assert {k: v for k, v in snapshot(shared_folder).items() if k.endswith("sqlite3")} == {
        k: v for k, v in before.items() if k.endswith("sqlite3")
    }
    log = (shared_folder / "state" / "NursingQC" / "log" / "nursingqc.log").read_text("utf-8")
    assert "readonly database" in log and "Traceback" in log
    check = run_unprivileged(shared_folder, "--db", str(path), "check")
    assert check.returncode == 0, check.stderr  # a read-only file can still be checked


@needs_permissions
def test_a_read_only_folder_is_refused_with_its_own_message(shared_folder: Path) -> None:
    folder = shared_folder / "只读"
    folder.mkdir()
    folder.chmod(0o555)
    result = run_unprivileged(shared_folder, "--db", str(folder / "h.sqlite3"), "campaign", "list")
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().startswith(f"错误：护理质控无法在文件夹 {folder} 中写入")
    assert list(folder.iterdir()) == []


def test_a_read_only_file_and_folder_as_sqlite_reports_them(tmp_path: Path, chinese: None) -> None:
    """Where permissions cannot be taken away, SQLite's own read-only codes still tell them."""
    path = tmp_path / "h.sqlite3"
    sqlite3.connect(path).close()
    read_only = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as attempt:
        read_only.execute("CREATE TABLE t (x)")
    read_only.close()
    assert fault_error(attempt.value, path).template == MSG_FILE_READ_ONLY
    readonly_directory = sqlite3.OperationalError("attempt to write a readonly database")
    readonly_directory.sqlite_errorcode = 8 | (6 << 8)  # SQLITE_READONLY_DIRECTORY
    error = fault_error(readonly_directory, path)
    assert error.template == MSG_FOLDER_READ_ONLY
    assert error_text(error).startswith(f"护理质控无法在文件夹 {tmp_path} 中写入")


def test_backup_and_restore_round_trip_keeps_the_replaced_database(
    services: Services, tmp_path: Path
) -> None:
    services.accounts.first_run("测试医院", "admin", "王主任", "secret123")
    path = services.database.path
    assert path is not None
    url = f"sqlite:///{path}"
    services.close()
    copy = backup_database(url, tmp_path / "copy.sqlite3")
    with pytest.raises(DatabaseError) as refused:
        backup_database(url, copy)
    assert refused.value.template == MSG_BACKUP_EXISTS
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE users SET display_name = '改名后的主任'")
    connection.close()
    restored = restore_database(url, copy)
    assert restored.previous is not None and restored.previous.parent == path.parent / "backups"
    for file, name in ((path, "王主任"), (restored.previous, "改名后的主任")):
        with sqlite3.connect(file) as connection:
            assert connection.execute("SELECT display_name FROM users").fetchone() == (name,)
        connection.close()
    assert not path.with_name(path.name + "-wal").exists()
    open_services(url).close()


def test_a_window_opening_the_database_during_a_restore_reads_the_restored_data(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened between restore's in-use check and its copy: with a new file renamed over the old
    one, this window would go on reading (and saving into) the replaced file."""
    from nursingqc.services import maintenance

    services.accounts.first_run("测试医院", "admin", "王主任", "secret123")
    path = services.database.path
    assert path is not None
    url = f"sqlite:///{path}"
    services.close()
    copy = backup_database(url, tmp_path / "copy.sqlite3")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE users SET display_name = '改名后的主任'")
    late: list[sqlite3.Connection] = []
    real_save_previous = maintenance._save_previous

    def save_then_a_window_opens(*args: object) -> Path:
        saved = real_save_previous(*args)  # type: ignore[arg-type]
        late.append(sqlite3.connect(path))
        return saved

    monkeypatch.setattr(maintenance, "_save_previous", save_then_a_window_opens)
    restore_database(url, copy)
    with closing(late[0]) as window:
        assert window.execute("SELECT display_name FROM users").fetchone() == ("王主任",)


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(
    closed_database: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{closed_database}"
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(closed_database, broken)
    damage(broken)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE patients (id INTEGER)")
    connection.close()
    before = snapshot(closed_database.parent)
    with pytest.raises(DatabaseError) as refused:
        restore_database(url, broken)
    assert refused.value.template == MSG_RESTORE_DAMAGED
    with pytest.raises(DatabaseError) as refused:
        restore_database(url, other)
    assert refused.value.template == MSG_FOREIGN_DATABASE
    assert snapshot(closed_database.parent) == before


def test_restore_is_refused_while_another_process_has_the_database_open(
    closed_database: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{closed_database}"
    copy = backup_database(url, tmp_path / "copy.sqlite3")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(closed_database)!r})\n"
            "c.execute('SELECT count(*) FROM hospital').fetchall()\n"
            "print('open', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseError) as refused:
            restore_database(url, copy)
        assert refused.value.template == MSG_RESTORE_IN_USE
    finally:
        holder.kill()
        holder.wait(10)
    assert not list((closed_database.parent / "backups").glob("before-restore-*"))


def test_restoring_another_hospitals_backup_is_refused_naming_both_unless_asked(
    services: Services, tmp_path: Path, chinese: None
) -> None:
    services.accounts.first_run("滨江市第一人民医院", "admin", "王主任", "secret123")
    path = services.database.path
    assert path is not None
    url = f"sqlite:///{path}"
    services.close()
    other_url = f"sqlite:///{tmp_path / '二院.sqlite3'}"
    other = open_services(other_url)
    other.accounts.first_run("滨江市第二人民医院", "admin", "李主任", "secret123")
    other.close()
    backup = backup_database(other_url, tmp_path / "二院备份.sqlite3")
    before = snapshot(path.parent)

    with pytest.raises(DatabaseError) as refused:
        restore_database(url, backup)
    assert refused.value.template == MSG_RESTORE_OTHER_HOSPITAL
    assert error_text(refused.value) == (
        f"{backup} 是滨江市第二人民医院的备份，而数据库 {path} 属于滨江市第一人民医院。"
        "数据未作任何改动。如确要用滨江市第二人民医院的数据替换滨江市第一人民医院的数据，"
        "请加上 --other-hospital 再恢复一次。"
    )
    assert snapshot(path.parent) == before

    restore_database(url, backup, other_hospital=True)
    restored = open_services(url)
    assert restored.accounts.hospital_name() == "滨江市第二人民医院"
    restored.close()


def test_two_databases_in_one_folder_each_keep_their_own_backups(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = tmp_path / "内科.sqlite3", tmp_path / "外科.sqlite3"
    for path, hospital in ((first, "内科楼"), (second, "外科楼")):
        services = open_services(f"sqlite:///{path}")
        services.accounts.first_run(hospital, "admin", "王主任", "secret123")
        services.close()
    backups = tmp_path / "backups"
    assert sorted(p.name for p in backups.glob("daily-*")) == sorted(
        f"daily-{date.today().isoformat()}-{path.name}" for path in (first, second)
    )
    (next(backups.glob("daily-*-内科.sqlite3"))).unlink()  # 内科's copy was lost
    damage(first)
    with pytest.raises(DatabaseError) as refused:
        open_services(f"sqlite:///{first}")
    assert refused.value.template == MSG_DAMAGED_NO_BACKUP  # never 外科's copy


def test_old_backup_names_are_read_for_the_sole_database_of_a_folder_only(
    closed_database: Path,
) -> None:
    backups = closed_database.parent / "backups"
    shutil.rmtree(backups)
    backups.mkdir()
    old_style = backups / "daily-2026-07-08.sqlite3"
    shutil.copyfile(closed_database, old_style)
    damage(closed_database)
    with pytest.raises(DatabaseError) as refused:
        open_services(f"sqlite:///{closed_database}")
    assert refused.value.params.get("backup") == str(old_style)

    shutil.copyfile(old_style, closed_database.with_name("另一个.sqlite3"))
    with pytest.raises(DatabaseError) as refused:
        open_services(f"sqlite:///{closed_database}")
    assert refused.value.template == MSG_DAMAGED_NO_BACKUP  # whose copy it is, is unknown now
