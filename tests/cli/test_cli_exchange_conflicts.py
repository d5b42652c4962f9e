"""``nursingqc exchange conflicts`` and ``resolve`` in real processes on the databases of a
department and a ward PC that both changed one rectification item (rules §14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nursingqc.services.exchange_conflicts import ExchangeConflictInfo
from tests.cli.exchange_cli import run
from tests.helpers import PASSWORD
from tests.services.exchange_pcs import CAUSE, Pcs, both_changed, close, open_pc, three_pcs

pytestmark = pytest.mark.sqlite_only


def conflicted(tmp_path: Path) -> tuple[Pcs, ExchangeConflictInfo, ExchangeConflictInfo]:
    pcs = three_pcs(tmp_path)
    both_changed(pcs)
    (at_department,) = pcs.department.exchange.conflicts(pcs.hospital.admin)
    (at_ward,) = pcs.nk01.services.exchange.conflicts(pcs.nk01.nurse)
    return pcs, at_department, at_ward


def test_the_department_lists_and_takes_the_wards_version(tmp_path: Path) -> None:
    pcs, conflict, _ = conflicted(tmp_path)
    admin, nurse = pcs.hospital.admin.display_name, pcs.nk01.nurse.display_name
    campaign, ward_a = pcs.hospital.campaign.id, pcs.hospital.ward_a
    close(pcs)
    department = tmp_path / "department.sqlite3"
    code, out, err = run(tmp_path, department, "conflicts")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"{conflict.id}  NK01  整改项 WE04：床帘脱钩")
    assert lines[1] == f"    本机：第 2 版，{admin}修改"
    assert lines[2].startswith(f"    对方：第 2 版，{nurse}修改，") and conflict.package in lines[2]
    assert "nursingqc exchange resolve 编号 --take-theirs 或 --keep-ours" in lines[3]

    for wrong in (["resolve", "abc", "--take-theirs"], ["resolve", "0", "--keep-ours"]):
        code, _out, err = run(tmp_path, department, *wrong)
        assert code == 1 and "不是冲突编号" in err
    code, _out, err = run(tmp_path, department, "resolve", str(conflict.id))
    assert code == 2 and "--take-theirs" in err
    code, _out, err = run(
        tmp_path, department, "resolve", str(conflict.id), "--take-theirs", "--keep-ours"
    )
    assert code == 2
    code, out, err = run(tmp_path, department, "resolve", str(conflict.id + 1), "--take-theirs")
    assert (code, out) == (1, "")
    assert "这条冲突已不存在" in err

    code, out, err = run(tmp_path, department, "resolve", str(conflict.id), "--take-theirs")
    assert code == 0, err
    assert out.splitlines()[0] == f"冲突 {conflict.id} 已解决：本机已采用对方版本。"
    code, out, _err = run(tmp_path, department, "conflicts")
    assert code == 0 and out.startswith("没有要解决的冲突")
    # Resolved once: a second time says so and changes nothing.
    code, _out, err = run(tmp_path, department, "resolve", str(conflict.id), "--keep-ours")
    assert code == 1 and "这条冲突已不存在" in err

    services = open_pc(tmp_path, "department")
    try:
        actor = services.accounts.login("admin", PASSWORD)
        (item,) = [
            item
            for item in services.rectification.list_items(actor, campaign)
            if item.ward_id == ward_a and item.item_code == "WE04"
        ]
        assert item.cause == CAUSE
    finally:
        services.close()


def test_the_head_nurse_keeps_her_answer_on_the_ward_pc(tmp_path: Path) -> None:
    pcs, _, conflict = conflicted(tmp_path)
    close(pcs)
    ward = tmp_path / "nk01.sqlite3"
    code, out, err = run(tmp_path, ward, "conflicts")
    assert (code, out) == (1, "") and "这是病区 NK01 的电脑" in err
    code, out, err = run(tmp_path, ward, "conflicts", user="nk01")
    assert code == 0, err
    assert out.splitlines()[0] == f"{conflict.id}  NK01  整改项 WE04：床帘脱钩"
    code, out, err = run(tmp_path, ward, "resolve", str(conflict.id), "--keep-ours", user="nk01")
    assert code == 0, err
    assert out.splitlines() == [
        f"冲突 {conflict.id} 已解决：本机保留了自己的版本。",
        "请照常导出：下一个交换包会告知对方电脑。",
    ]
    code, out, _err = run(tmp_path, ward, "conflicts", user="nk01")
    assert code == 0 and out.startswith("没有要解决的冲突")
