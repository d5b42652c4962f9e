"""Two programs import the same ward's package into the department's database at the same
moment (rules §14): the write lock puts one after the other, the second finds every record
there already, and nothing is doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from subprocess import Popen

import pytest
from sqlalchemy import func, select

from nursingqc.storage.models import Inspection, RectificationPhoto
from tests.helpers import ROOT
from tests.services.exchange_pcs import close, three_pcs

pytestmark = pytest.mark.sqlite_only


def start(url: str, keys: Path, package: Path) -> Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.exchange_worker", url, str(keys), str(package)],
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


def test_two_imports_of_one_package_at_once_apply_it_once(tmp_path: Path) -> None:
    pcs = three_pcs(tmp_path)
    try:
        pcs.nk01.submit_with_problems()
        pcs.nk01.answer("WE02")
        up = pcs.up(pcs.nk01)
        url = pcs.department.database.url
        children = [start(url, tmp_path / "department-keys", up) for _ in range(2)]
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        # One applied the package; the other, after it, found the same package already in.
        assert sorted(result["new"] for result in results) == [0, 3]
        assert sorted(result["unchanged"] for result in results) == [0, 3]
        items = pcs.items()
        assert sorted(item.item_code for item in items) == ["WE02", "WE04"]
        with pcs.department.database.transaction(read_only=True) as session:
            assert session.scalar(select(func.count(Inspection.id))) == 1
            assert session.scalar(select(func.count(RectificationPhoto.id))) == 1
    finally:
        close(pcs)
