"""A whole month between three databases — the department's PC and two ward PCs — driven by
``nursingqc`` processes: enrolment, paper self-checks imported on the ward PCs, up-packages,
rectification answered on the wards and sent up, the evaluation on paper at the department,
re-checks, publishing, down-packages; and the department's ranking is the one the same month
makes on one database (rules §14)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nursingqc.domain.rectification import RectificationStatus
from nursingqc.services.container import Services, open_services
from tests.helpers import PASSWORD, ROOT, TODAY, build_hospital

WARDS = ("NK01", "WK01")
#: The paper self-checks: (ward, item) -> (deduction, problem), the rest full marks.
SELF_CHECK = {
    ("NK01", "WE02"): (1, "12床病室有异味，晨间护理后未开窗通风，陪护反映夜间气味明显"),
    ("NK01", "BU03"): (0.5, "床单元物品摆放不整齐"),
    ("WK01", "WE02"): (2, "走廊尽头病室异味，垃圾桶未及时清理"),
}
#: The department's paper evaluation round.
EVALUATION = {
    ("NK01", "WE03"): (2, "床头柜积灰，抽屉内有过期药品包装"),
    ("WK01", "BU02"): (1, "床单有污渍未及时更换"),
    ("WK01", "WE02"): (1.5, "病室仍有异味"),
}


def cli(tmp_path: Path, database: Path, *args: str) -> str:
    """One ``nursingqc`` process on the PC of ``database`` (its own data folder and keys); it
    must succeed. The head nurse's password comes as a script would give it."""
    environment = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(database.parent / "data"),
        "NURSINGQC_PASSWORD": PASSWORD,
    }
    done = subprocess.run(
        [sys.executable, "-m", "nursingqc", "--db", str(database), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done.stdout


def opened(database: Path) -> Services:
    # The in-process work here signs nothing: the keys are the processes'.
    return open_services(f"sqlite:///{database}", keys_folder=database.parent / "no-keys")


def new_pc(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder / "nursingqc.sqlite3"


def paper_round(
    tmp_path: Path,
    database: Path,
    campaign: int,
    phase: str,
    findings: dict[tuple[str, str], tuple[float, str]],
    wards: tuple[str, ...],
) -> None:
    """``scores template``, filled in as on the round (the wards' rows only), ``scores import``."""
    sheet = tmp_path / f"{phase}-{database.parent.name}.xlsx"
    template = ["scores", "template", "--campaign", str(campaign), "--phase", phase]
    cli(tmp_path, database, *template, "-o", str(sheet))
    book = load_workbook(sheet)
    rows = book["评分"]
    header = [cell.value for cell in rows[1]]
    column = {name: header.index(name) + 1 for name in header}
    for row in range(2, rows.max_row + 1):
        ward, item = rows.cell(row, 1).value, rows.cell(row, column["条目编码"]).value
        if ward not in wards:
            continue
        rows.cell(row, column["检查人"]).value = "护士长" if phase == "自查" else "质控组 赵静"
        rows.cell(row, column["检查日期"]).value = TODAY
        if (ward, item) in findings:
            deduction, problem = findings[(ward, item)]
            rows.cell(row, column["扣分"]).value = deduction
            rows.cell(row, column["问题描述"]).value = problem
    book.save(sheet)
    cli(tmp_path, database, "scores", "import", str(sheet), "--campaign", str(campaign))


def answer_items(database: Path, username: str | None, campaign: int) -> None:
    """原因分析, 整改措施, 责任人, then 已整改: what the head nurse types for each open item."""
    services = opened(database)
    try:
        actor = services.accounts.login(username or "admin", PASSWORD)
        for item in services.rectification.list_items(actor, campaign):
            if username is not None and item.ward_code != username.upper():
                continue
            if item.status is not RectificationStatus.OPEN:
                continue
            filled = services.rectification.fill(
                actor,
                item.id,
                item.version,
                f"{item.ward_code} 护士交接班时未落实{item.item_code}检查，责任不明确",
                "每班交接时逐项检查并签名，护士长每日抽查，每周在科务会上通报",
                "责任护士 王芳",
            )
            services.rectification.mark_done(actor, item.id, filled.version, date.today())
    finally:
        services.close()


def recheck_items(database: Path, campaign: int) -> None:
    """复查通过 for every item the wards say is done."""
    services = opened(database)
    try:
        admin = services.accounts.login("admin", PASSWORD)
        for item in services.rectification.list_items(admin, campaign):
            if item.status is RectificationStatus.AWAITING_RECHECK:
                services.rectification.verify(admin, item.id, item.version, "复查已落实")
    finally:
        services.close()


def ranking_of(database: Path, campaign: int) -> list[tuple[object, ...]]:
    services = opened(database)
    try:
        view = services.ranking.ranking(services.accounts.login("admin", PASSWORD), campaign)
        return [
            (
                row.ward.code,
                row.rank,
                row.scores,
                row.total,
                row.self_check_total,
                row.self_check_gap,
                row.rectification_rate,
                row.rectification_items,
                row.status,
                row.award,
            )
            for row in view.rows
        ]
    finally:
        services.close()


def phases(tmp_path: Path, database: Path, campaign: int, *steps: tuple[str, str]) -> None:
    for phase, action in steps:
        cli(tmp_path, database, "campaign", "phase", str(campaign), phase, action)


def one_database_month(tmp_path: Path) -> tuple[Path, int]:
    """The month as a hospital on one PC (or one server) has it: every step on one database."""
    database = new_pc(tmp_path, "one-pc")
    services = opened(database)
    campaign = build_hospital(services).campaign.id
    services.close()
    paper_round(tmp_path, database, campaign, "自查", SELF_CHECK, WARDS)
    phases(tmp_path, database, campaign, ("自查", "close"), ("整改", "open"))
    answer_items(database, None, campaign)
    phases(tmp_path, database, campaign, ("整改", "close"), ("评比", "open"))
    paper_round(tmp_path, database, campaign, "评比", EVALUATION, WARDS)
    answer_items(database, None, campaign)
    recheck_items(database, campaign)
    phases(tmp_path, database, campaign, ("评比", "close"), ("总结", "open"), ("总结", "close"))
    return database, campaign


def exchange(tmp_path: Path, name: str) -> Callable[[Path, Path, str | None], None]:
    """Export on one PC into a folder of its own, import that ward's package on another."""
    rounds = iter(range(1, 100))

    def carry(source: Path, target: Path, ward: str | None) -> None:
        folder = tmp_path / f"{name}-{next(rounds)}"
        folder.mkdir()
        on_ward = ["--user", ward.lower()] if ward and source.parent.name == ward else []
        cli(tmp_path, source, "exchange", *on_ward, "export", "-o", str(folder))
        packages = [p for p in folder.glob("*.nqcpkg") if ward is None or f"-{ward}-" in p.name]
        into_ward = ["--user", ward.lower()] if ward and target.parent.name == ward else []
        cli(tmp_path, target, "exchange", *into_ward, "import", *map(str, packages))

    return carry


# About fifty processes (each opens its database and Qt's core): two to three minutes.
@pytest.mark.timeout(600)
def test_a_month_between_three_pcs_ranks_the_wards_as_one_database_does(tmp_path: Path) -> None:
    department = new_pc(tmp_path, "department")
    services = opened(department)
    campaign = build_hospital(services).campaign.id
    services.close()
    wards: dict[str, Path] = {}
    for code in WARDS:
        enrol = tmp_path / f"enrol-{code}"
        enrol.mkdir()
        cli(tmp_path, department, "exchange", "enrol", "--ward", code, "-o", str(enrol))
        wards[code] = new_pc(tmp_path, code)
        (setup,) = enrol.glob("setup-*.nqcpkg")
        assert "已导入 1 个交换包。" in cli(tmp_path, wards[code], "exchange", "import", str(setup))
    up, down = exchange(tmp_path, "up"), exchange(tmp_path, "down")

    # Week 1: each ward's paper self-check, imported on its own PC, then sent up.
    for code, ward in wards.items():
        paper_round(tmp_path, ward, campaign, "自查", SELF_CHECK, (code,))
        up(ward, department, code)
    # Week 2: the phase moves on at the department; the wards answer their items.
    phases(tmp_path, department, campaign, ("自查", "close"), ("整改", "open"))
    for code, ward in wards.items():
        down(department, ward, code)
        answer_items(ward, code.lower(), campaign)
        up(ward, department, code)
    # Week 3: the evaluation on paper at the department; its items go down and are answered.
    phases(tmp_path, department, campaign, ("整改", "close"), ("评比", "open"))
    paper_round(tmp_path, department, campaign, "评比", EVALUATION, WARDS)
    for code, ward in wards.items():
        down(department, ward, code)
        answer_items(ward, code.lower(), campaign)
        up(ward, department, code)
    recheck_items(department, campaign)
    # Week 4: published, and the published month goes down.
    phases(tmp_path, department, campaign, ("评比", "close"), ("总结", "open"), ("总结", "close"))
    for code, ward in wards.items():
        down(department, ward, code)

    one_pc, one_campaign = one_database_month(tmp_path)
    ranking = ranking_of(department, campaign)
    assert ranking == ranking_of(one_pc, one_campaign)
    # The figures the rules give this month (equal weights): NK01 98 on 病房环境 → 99.60, its
    # self-check 99.70; WK01 98.5 and 99 → 99.50, self-check 99.60; three items each (NK01 two
    # from its self-check and one from the evaluation, WK01 one and two), answered on the ward
    # PCs and re-checked at the department.
    assert [(row[0], row[1], row[3], row[4]) for row in ranking] == [
        ("NK01", 1, Decimal("99.60"), Decimal("99.70")),
        ("WK01", 2, Decimal("99.50"), Decimal("99.60")),
    ]
    assert [(row[6], row[7]) for row in ranking] == [(100, 3), (100, 3)]
    for code, ward in wards.items():
        listed = cli(tmp_path, ward, "campaign", "list")
        assert "总结:已结束" in listed, code
        # 本病区结果 on the ward PC: the department's published ranking and the ward's line.
        assert ward_result(ward, code, campaign) == ward_result(department, code, campaign)


def ward_result(database: Path, code: str, campaign: int) -> tuple[object, ...]:
    """What the ward's head nurse sees on 本病区结果 (the ranking and her ward's line)."""
    services = opened(database)
    try:
        nurse = services.accounts.login(code.lower(), PASSWORD)
        result = services.summary.ward_result(nurse, campaign, nurse.ward_id or 0)
        return (result.ranking, result.line)
    finally:
        services.close()
