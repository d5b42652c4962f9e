"""The command line's own words in Chinese: argparse's usage, help and errors, an empty list, and
a campaign that clashes with another (run as the real program, in its own process)."""

from __future__ import annotations

from pathlib import Path

from nursingqc.services.container import open_services
from tests.cli.command import nursingqc


def test_campaign_list_on_an_empty_database_says_there_is_none(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.sqlite3")
    open_services(f"sqlite:///{db}").close()  # as the program's first start leaves it
    listed = nursingqc(tmp_path, "--db", db, "campaign", "list")
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, "还没有活动。\n", "")
    listed = nursingqc(tmp_path, "--db", db, "--lang", "en", "campaign", "list")
    assert (listed.returncode, listed.stdout) == (0, "No campaigns yet.\n")


def test_help_is_in_chinese(tmp_path: Path) -> None:
    helped = nursingqc(tmp_path, "campaign", "create", "-h")
    assert helped.returncode == 0
    lines = helped.stdout.splitlines()
    assert lines[0].startswith("用法：nursingqc campaign create [-h] --name NAME --start START")
    assert "选项:" in lines
    assert "  -h, --help            显示本帮助信息并退出" in lines
    assert "即使与其他活动同名或日期重叠也创建" in helped.stdout
    for english in ("usage:", "options:", "show this help message and exit"):
        assert english not in helped.stdout
    top = nursingqc(tmp_path, "-h")
    assert top.stdout.startswith("用法：nursingqc [-h]") and "位置参数:" in top.stdout


def test_a_sub_commands_error_shows_that_sub_commands_usage_in_chinese(tmp_path: Path) -> None:
    wrong = nursingqc(tmp_path, "campaign", "create")
    lines = wrong.stderr.splitlines()
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert lines[0] == "命令参数有误：缺少必需的参数：--name, --start"
    assert lines[1].startswith("用法：nursingqc campaign create [-h] --name NAME --start START")
    wrong = nursingqc(tmp_path, "campaign", "create", "--name")
    assert wrong.stderr.splitlines()[0] == "命令参数有误：参数 --name：需要一个值"
    wrong = nursingqc(tmp_path, "campaign", "phase", "1", "检查", "open")
    assert wrong.stderr.splitlines() == [
        "命令参数有误：参数 phase：无效的选择：'检查'（可选：'自查', '整改', '评比', '总结'）",
        "用法：nursingqc campaign phase [-h] [--reason REASON]",
        "                            id {自查,整改,评比,总结} {open,close}",
    ]
    wrong = nursingqc(tmp_path, "--bogus")
    assert wrong.stderr.splitlines()[0] == "命令参数有误：无法识别的参数：--bogus"
    assert wrong.stderr.splitlines()[1].startswith("用法：nursingqc [-h] [--db DB]")


def test_english_on_request_keeps_argparse_english(tmp_path: Path) -> None:
    wrong = nursingqc(tmp_path, "--lang", "en", "campaign", "create")
    assert wrong.stderr.splitlines()[:2] == [
        "Wrong arguments: the following arguments are required: --name, --start",
        "usage: nursingqc campaign create [-h] --name NAME --start START",
    ]


def test_a_clashing_campaign_is_refused_with_the_clash_in_chinese_unless_forced(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert nursingqc(tmp_path, "--db", db, "demo", "--wards", "2").returncode == 0
    demo = nursingqc(tmp_path, "--db", db, "campaign", "list").stdout.split("\t")
    name, first_week = demo[1], demo[2].split("(")[1].split("~")[0]  # e.g. 11-23
    refused = nursingqc(
        tmp_path, "--db", db, "campaign", "create", "--name", name, "--start", "2030-01-07"
    )
    assert refused.returncode == 1 and refused.stdout == ""
    clash, hint = refused.stderr.splitlines()
    assert clash.startswith(f"已有同名活动“{name}”（") and f"-{first_week} 至 " in clash
    assert hint == "未创建活动。请修改 --name 或 --start；如确需创建，请加上 --force。"
    assert len(nursingqc(tmp_path, "--db", db, "campaign", "list").stdout.splitlines()) == 1
    forced = nursingqc(
        tmp_path,
        "--db",
        db,
        "campaign",
        "create",
        "--name",
        name,
        "--start",
        "2030-01-07",
        "--force",
    )
    assert (forced.returncode, forced.stdout) == (0, "2\n")
