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

import pytest

from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services
from tests.helpers import ROOT, Hospital

SAVES = 40


def start_workers(db_url: str, plans: list[tuple[str, str, str]], saves: int = SAVES) -> list[dict]:
    """One worker process per (user name, ward code, checklist), all beginning at one moment."""
    start = time.time() + 3.0  # the time each needs to import and open the database
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.services.concurrency_worker",
                db_url,
                username,
                ward,
                checklist,
                str(saves),
                str(start),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for username, ward, checklist in plans
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def report(title: str, results: list[dict]) -> None:
    totals = {key: sum(r[key] for r in results) for key in ("saved", "waited", "busy", "conflict")}
    print(f"\n{title}: {len(results)} processes × {SAVES} saves: {totals}")


def test_three_programs_saving_at_once_all_succeed_after_waiting_and_nothing_is_lost(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    plans = [
        ("nk01", "NK01", "WARD_ENV"),
        ("wk01", "WK01", "WARD_ENV"),
        ("admin", "NK01", "SERVICE"),
    ]
    results = start_workers(db_url, plans)
    report("three programs, each its own sheet", results)
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
    results = start_workers(db_url, [("nk01", "NK01", "WARD_ENV"), ("admin", "NK01", "WARD_ENV")])
    report("two windows, one sheet", results)
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
    saver = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.services.concurrency_worker",
            db_url,
            "nk01",
            "NK01",
            "WARD_ENV",
            "400",
            str(time.time()),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
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
    out, _ = saver.communicate(timeout=120)
    assert cli.returncode == 0, cli.stderr
    result = json.loads(out.strip().splitlines()[-1])
    print(f"\nprogram saving while the CLI closes the phase: {result}")
    assert all("locked" not in error for error in result["errors"]), result
    assert all(error.startswith("PhaseNotOpen") for error in result["errors"]), result
    phase = services.campaigns.get_campaign(hospital.admin, hospital.campaign.id).phase(
        PhaseKind.SELF_CHECK
    )
    assert phase.state.value == "closed"
