"""``nursingqc exchange import FOLDER`` on a folder the whole hospital shares (issue 16 item 5):
the department and two ward PCs, each a real process on its own database and keys, write
into one folder and import it in turn; each takes only the packages addressed to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.exchange_cli import (
    enrolled_ward,
    opened,
    run,
    state,
    submit_ward_environment,
)
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only


def self_check(ward: Path, user: str) -> None:
    services = opened(ward)
    try:
        submit_ward_environment(services, services.accounts.login(user, PASSWORD))
    finally:
        services.close()


def imported(tmp_path: Path, database: Path, folder: Path, user: str | None) -> str:
    code, out, err = run(tmp_path, database, "import", str(folder), user=user)
    assert code == 0, err
    return out


def test_the_department_and_two_wards_share_one_folder(
    tmp_path: Path,
    department: Path,
) -> None:
    nk01 = enrolled_ward(tmp_path, department, "NK01")
    wk01 = enrolled_ward(tmp_path, department, "WK01")
    shared = tmp_path / "共享文件夹"
    shared.mkdir()
    self_check(nk01, "nk01")
    self_check(wk01, "wk01")
    for ward, user in ((nk01, "nk01"), (wk01, "wk01")):
        assert run(tmp_path, ward, "export", "-o", str(shared), user=user)[0] == 0

    # A ward PC finds only its own up-package there: nothing for it yet.
    before = state(nk01)
    code, out, err = run(tmp_path, nk01, "import", str(shared), user="nk01")
    assert (code, out) == (1, "")
    assert err.strip() == (
        f"错误：{shared} 中有 2 个交换包，但没有一个是给本机的：它们是本机自己发出的或其他电脑的。"
        "未导入任何内容。"
    )
    assert state(nk01) == before

    out = imported(tmp_path, department, shared, None)
    assert "已导入 2 个交换包。" in out
    assert "  新增  NK01  " in out and "  新增  WK01  " in out
    assert run(tmp_path, department, "export", "-o", str(shared))[0] == 0

    for ward, user, other in ((nk01, "nk01", "WK01"), (wk01, "wk01", "NK01")):
        out = imported(tmp_path, ward, shared, user)
        # The department's down-package and its receipt of this ward's up-package.
        assert "已导入 2 个交换包。" in out
        assert f"  {other}  " not in out
        assert "department-down-" + user.upper() in out

    # The department takes the wards' receipts and sees its own packages left alone; the
    # up-packages it has already are unchanged.
    out = imported(tmp_path, department, shared, None)
    assert "已导入 4 个交换包。" in out
    assert "新增 0，修改 0，" in out
    assert "department-down-" not in out
