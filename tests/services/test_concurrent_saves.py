"""Two or more programs on one database at once, as real processes: saves wait or are refused
clearly, and none silently overwrites another's work.

Run with ``-s`` to see the figures (saves tried, waited, refused, lost).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from subprocess import Popen
from typing import Any

import pytest

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from tests.helpers import ROOT, Hospital

SAVES = 40

#: What a worker prints at the end (tests/services/concurrency_worker.py).
Result = dict[str, Any]


def start_worker(db_url: str, username: str, ward: str, checklist: str, saves: int) -> Popen[str]:
    """A worker that has opened its sheet and waits for ``go`` to begin saving."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.concurrency_worker",
            db_url,
            username,
            ward,
            checklist,
            str(saves),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n", child.communicate(timeout=60)[1]
    return child


def go(*children: Popen[str]) -> None:
    """The barrier: every worker is ready before any begins."""
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()


def result_of(child: Popen[str]) -> Result:
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    result: Result = json.loads(out.strip().splitlines()[-1])
    return result


def run_workers(db_url: str, plans: list[tuple[str, str, str]], saves: int = SAVES) -> list[Result]:
    """One worker process per (user name, ward code, checklist), all beginning at one moment."""
    children = [start_worker(db_url, *plan, saves) for plan in plans]
    go(*children)
    return [result_of(child) for child in children]


def waits(results: list[Result]) -> int:
    """Write transactions that asked for the write lock while another worker surely held it:
    the writers really overlapped, and one waited for the other."""
    count = 0
    for worker, result in enumerate(results):
        held_elsewhere = [
            (granted, released)
            for other, theirs in enumerate(results)
            if other != worker
            for _, granted, released in theirs["transactions"]
        ]
        for asked, _, _ in result["transactions"]:
            count += any(granted < asked < released for granted, released in held_elsewhere)
    return count


def report(title: str, results: list[Result]) -> None:
    totals = {key: sum(r[key] for r in results) for key in ("saved", "busy", "conflict")}
    print(f"\n{title}: {len(results)} processes × {SAVES} saves: {totals}, {waits(results)} waited")


def test_three_programs_saving_at_once_all_succeed_after_waiting_and_nothing_is_lost(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    plans = [
        ("nk01", "NK01", "WARD_ENV"),
        ("wk01", "WK01", "WARD_ENV"),
        ("admin", "NK01", "SERVICE"),
    ]
    results = run_workers(db_url, plans)
    report("three programs, each its own sheet", results)
    assert waits(results) > 0, "the programs never saved at the same moment"
    for result in results:
        assert result["other"] == 0, result["errors"]
        assert result["busy"] == 0 and result["conflict"] == 0
        assert result["saved"] == SAVES
    for (_, ward, checklist), result in zip(plans, results, strict=True):
        ward_id = hospital.ward_a if ward == "NK01" else hospital.ward_b
        sheet = services.inspections.open_sheet(hospital.admin, hospital.key(checklist, ward_id))
        assert sheet.version == SAVES
        assert next(iter(sheet.entries.values())).problem == result["last"]


def test_two_windows_on_the_same_sheet_never_overwrite_each_other_silently(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    results = run_workers(db_url, [("nk01", "NK01", "WARD_ENV"), ("admin", "NK01", "WARD_ENV")])
    report("two windows, one sheet", results)
    assert waits(results) > 0, "the windows never saved at the same moment"
    # Both opened the sheet before either saved: the second save on that version is refused.
    assert sum(r["conflict"] for r in results) > 0
    for result in results:
        assert result["other"] == 0, result["errors"]
        assert result["busy"] == 0
    # Each successful save was made on the latest version and moved it on by one; a save typed on
    # an older version was refused (conflict) rather than written over the other's.
    sheet = services.inspections.open_sheet(hospital.admin, hospital.key())
    assert sheet.version == sum(result["saved"] for result in results)
    assert sum(r["saved"] + r["conflict"] for r in results) == 2 * SAVES
    assert next(iter(sheet.entries.values())).problem in {result["last"] for result in results}


HOLD_THE_WRITE_LOCK = """
import sys, time
from nursingqc.storage.db import Database
database = Database(sys.argv[1])
with database.transaction():
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(db_url: str, seconds: float) -> subprocess.Popen[str]:
    """Another program in the middle of a long write: it holds the database's write lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_WRITE_LOCK, db_url, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def test_a_save_waits_for_another_programs_write_and_then_succeeds(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    holder = hold_lock(db_url, 1.5)
    began = time.perf_counter()
    saved = services.inspections.save_draft(hospital.nurse_a, hospital.key(), {}, 0)
    waited = time.perf_counter() - began
    holder.wait(timeout=10)
    assert saved.version == 1
    assert 1.0 < waited < 8


def test_a_save_blocked_longer_than_the_timeout_gets_a_clear_message_and_changes_nothing(
    services: Services,
    hospital: Hospital,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    from nursingqc.domain.errors import DatabaseBusy
    from nursingqc.i18n import error_text
    from nursingqc.services.container import open_services

    # The busy timeout is set when a connection opens: a fresh program with a short one.
    monkeypatch.setattr("nursingqc.storage.db.BUSY_TIMEOUT_SECONDS", 1)
    impatient = open_services(db_url)
    holder = hold_lock(db_url, 3)
    try:
        with pytest.raises(DatabaseBusy) as refused:
            impatient.inspections.save_draft(hospital.nurse_a, hospital.key(), {}, 0)
    finally:
        holder.wait(timeout=10)
        impatient.close()
    assert error_text(refused.value).startswith("数据库正忙：另一个 NursingQC 窗口或另一台电脑")
    assert services.inspections.open_sheet(hospital.nurse_a, hospital.key()).version == 0


def test_the_command_line_closes_the_phase_while_a_ward_is_saving(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    """The program keeps saving while the CLI closes the self-check: the CLI waits its turn, and
    every later save is refused as "phase not open" — never "database is locked"."""
    saver = start_worker(db_url, "nk01", "NK01", "WARD_ENV", saves=2000)
    go(saver)
    assert saver.stdout is not None and saver.stdout.readline() == "saving\n"
    cli = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from nursingqc.cli.main import main; sys.exit(main(sys.argv[1:]))",
            "--db",
            db_url,
            "campaign",
            "phase",
            str(hospital.campaign.id),
            "自查",
            "close",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    result = result_of(saver)
    assert cli.returncode == 0, cli.stderr
    counts = {key: value for key, value in result.items() if key != "transactions"}
    print(f"\nprogram saving while the CLI closes the phase: {counts}")
    # It saved before and was refused after: the phase closed between two of its saves.
    assert result["saved"] > 0 and result["other"] > 0, result
    assert all("locked" not in error for error in result["errors"]), result
    assert all(error.startswith("PhaseNotOpen") for error in result["errors"]), result
    phase = services.campaigns.get_campaign(hospital.admin, hospital.campaign.id).phase(
        PhaseKind.SELF_CHECK
    )
    assert phase.state.value == "closed"
