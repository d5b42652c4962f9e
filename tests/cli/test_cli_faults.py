"""The command line on a database it cannot use as asked: a ``--db`` path with no file is never
started afresh, and a read-only file is refused at the first write with its own message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from nursingqc.cli.main import main
from nursingqc.services.container import open_services
from tests.database_files import snapshot
from tests.helpers import ROOT, wards_workbook

pytestmark = pytest.mark.sqlite_only

#: Every subcommand that works on the hospital's data, with arguments it would otherwise accept.
DATA_COMMANDS = [
    ["wards", "import", "{wards}"],
    ["campaign", "create", "--name", "2027年1月活动月", "--start", "2027-01-04"],
    ["campaign", "list"],
    ["campaign", "phase", "1", "自查", "open"],
    ["scores", "template", "--campaign", "1", "--phase", "自查", "-o", "{out}/评分.xlsx"],
    ["scores", "import", "{wards}", "--campaign", "1"],
    ["notices", "--campaign", "1", "-o", "{out}/整改通知单.pdf"],
    ["checklists", "pdf", "-o", "{out}/检查表.pdf"],
    ["summary", "--campaign", "1", "-o", "{out}/总结.pdf"],
    ["certificates", "--campaign", "1", "-o", "{out}/奖状.pdf"],
    ["ranking", "--campaign", "1", "-o", "{out}/排名.xlsx"],
    ["check"],
    ["backup", "-o", "{out}/备份.sqlite3"],
]


@pytest.mark.parametrize("command", DATA_COMMANDS, ids=lambda words: " ".join(words[:2]))
def test_a_data_command_on_a_missing_database_refuses_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], chinese: None, command: list[str]
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    wards = wards_workbook(files / "病区.xlsx", [["NK01", "心血管内科", "张丽", 40, "内科片"]])
    data = tmp_path / "护理 数据"
    data.mkdir()
    missing = data / "医院.sqlite3"
    args = [word.format(wards=wards, out=files) for word in command]
    code = main(["--db", str(missing), *args])
    _, err = capsys.readouterr()
    assert (code, err) == (1, f"错误：数据库文件 {missing} 不存在。\n")
    assert list(data.iterdir()) == []
    assert sorted(path.name for path in files.iterdir()) == ["病区.xlsx"]


def test_demo_still_starts_a_hospital_in_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "演示.sqlite3"
    assert main(["--db", str(database), "demo", "--wards", "3"]) == 0
    assert database.is_file()


def _as_nobody() -> list[str]:
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run the program as an unprivileged user")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder everyone may write in, as a ward PC's shared data folder (pytest's own temporary
    folders are private to root)."""
    with tempfile.TemporaryDirectory(prefix="nursingqc-shared-") as name:
        folder = Path(name)
        folder.chmod(0o777)
        yield folder


def test_a_read_only_database_file_is_refused_at_the_first_write_with_its_own_message(
    shared_folder: Path,
) -> None:
    """As root a file's mode stops no write: the program runs as ``nobody``, for whom a 0444
    file in a folder it may write in opens (and reads) but cannot be saved to."""
    prefix = _as_nobody()
    database = shared_folder / "医院.sqlite3"
    assert main(["--db", str(database), "demo", "--wards", "3"]) == 0
    database.chmod(0o444)
    environment = {**os.environ, "XDG_STATE_HOME": str(shared_folder / "state")}

    def nursingqc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, sys.executable, "-m", "nursingqc", "--db", str(database), *args],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )

    before = database.read_bytes()
    listed = nursingqc("campaign", "list")
    assert listed.returncode == 0 and "基础护理质量提升活动月" in listed.stdout
    closed = nursingqc("campaign", "phase", "1", "自查", "close")
    assert (closed.returncode, closed.stdout) == (1, "")
    assert closed.stderr == (
        f"错误：数据库文件 {database} 是只读的，护理质控无法保存。"
        "请在文件属性中取消“只读”，或请信息科开通写入权限。\n"
    )
    assert database.read_bytes() == before


CREATE = ["campaign", "create", "--name", "2027年1月活动月", "--start", "2027-01-04"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([*CREATE, "--weights", "NaN"], "--weights"),
        ([*CREATE, "--weights", "inf,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights=-1,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights", "0.0000001,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights", "0,0,0,0,0"], "--weights"),
        ([*CREATE, "--weights", "1,1"], "--weights"),
        ([*CREATE, "--weights", "1,1,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights", "一,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights", "1e999,1,1,1,1"], "--weights"),
        ([*CREATE, "--weights", "1,,1,1,1"], "--weights"),
        ([*CREATE, "--threshold", "NaN"], "--threshold"),
        ([*CREATE, "--threshold", "100.5"], "--threshold"),
        ([*CREATE, "--threshold", "1e-999"], "--threshold"),
        ([*CREATE, "--awards", "-1"], "--awards"),
        ([*CREATE, "--awards", "2.5"], "--awards"),
        (["campaign", "phase", "NaN", "自查", "open"], "id"),
        (["ranking", "--campaign", "1e3", "-o", "排名.xlsx"], "--campaign"),
        (["ranking", "--campaign", "0", "-o", "排名.xlsx"], "--campaign"),
        (["summary", "--campaign", "9" * 30, "-o", "总结.pdf"], "--campaign"),
        (["demo", "--wards", "0"], "--wards"),
        (["demo", "--wards", "十二"], "--wards"),
        (["demo", "--seed", "1" * 5000], "--seed"),
    ],
)
def test_a_bad_number_is_refused_by_its_option_on_one_line_and_changes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    chinese: None,
    args: list[str],
    option: str,
) -> None:
    (tmp_path / "data").mkdir()
    database = tmp_path / "data" / "医院.sqlite3"
    open_services(f"sqlite:///{database}").close()
    before = snapshot(database.parent)
    code = main(["--db", str(database), *args])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    (line,) = err.splitlines()
    assert line.startswith(f"错误：{option}：") and len(line) < 120
    assert snapshot(database.parent) == before
