"""The department resets a head nurse's password while she is changing it herself, in two real
programs at once: one of the two goes through and the other is refused with a message saying
why; neither is silently replaced by the other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from subprocess import Popen
from typing import Any

from sqlalchemy import select

from nursingqc.services.container import Services
from nursingqc.services.passwords import verify_password
from nursingqc.storage.models import User
from tests.helpers import ROOT, Hospital

ROUNDS = 8


def start(db_url: str, role: str) -> Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.password_worker", db_url, role],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n", child.communicate(timeout=60)[1]
    return child


def send(child: Popen[str], order: dict[str, Any]) -> None:
    assert child.stdin is not None
    child.stdin.write(json.dumps(order) + "\n")
    child.stdin.flush()


def answer(child: Popen[str]) -> dict[str, Any]:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line, child.communicate(timeout=60)[1]
    result: dict[str, Any] = json.loads(line)
    return result


def stored_hash(services: Services) -> str:
    with services.database.transaction(read_only=True) as session:
        return str(session.scalar(select(User.password_hash).where(User.username == "nk01")))


def test_a_reset_and_her_own_change_at_once_never_lose_one_silently(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    nurse, admin = start(db_url, "nurse"), start(db_url, "admin")
    outcomes: list[str] = []
    try:
        for number in range(ROUNDS):
            start_password = f"round-{number}-start"
            services.accounts.reset_password(hospital.admin, "nk01", start_password)
            seen = next(
                u for u in services.accounts.list_users(hospital.admin) if u.username == "nk01"
            )
            hers, reset = f"her-own-{number}", f"reset-{number}-pw"
            # Both orders leave at once: each program does its change as soon as it reads it.
            send(nurse, {"old": start_password, "new": hers})
            send(admin, {"new": reset, "stamp": seen.password_stamp})
            by_nurse, by_admin = answer(nurse), answer(admin)
            assert [by_nurse["ok"], by_admin["ok"]].count(True) == 1, (by_nurse, by_admin)
            kept = hers if by_nurse["ok"] else reset
            assert verify_password(stored_hash(services), kept)
            if by_nurse["ok"]:
                assert by_admin["error"] == "ConcurrentChange"
                assert "因此这次没有重置" in by_admin["said"]
                outcomes.append("hers kept, reset refused")
            else:
                assert by_nurse["error"] == "ValidationError"
                assert "护理部刚刚重置了您的密码" in by_nurse["said"]
                outcomes.append("reset kept, hers refused")
    finally:
        for child in (nurse, admin):
            send_end = child.communicate("\n", timeout=60)
            assert child.returncode == 0, send_end[1]
    print({outcome: outcomes.count(outcome) for outcome in set(outcomes)})
