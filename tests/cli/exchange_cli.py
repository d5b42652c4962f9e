"""What the ``nursingqc exchange`` tests share: a PC's database opened or read, the command run
as that PC (its own data folder and keys), a ward PC enrolled from the department's package."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from nursingqc.domain.accounts import Actor
from nursingqc.domain.scoring import ItemEntry
from nursingqc.services.container import Services, open_services
from nursingqc.services.inspections import SheetKey
from tests.helpers import PASSWORD, ROOT, TODAY, database_state, full_marks, submit


def opened(path: Path) -> Services:
    return open_services(f"sqlite:///{path}", today=lambda: TODAY)


def state(path: Path) -> dict[str, object]:
    services = opened(path)
    try:
        return database_state(services)
    finally:
        services.close()


def submit_ward_environment(services: Services, nurse: Actor) -> None:
    """The head nurse's 病房环境 self-check on her ward PC: two problems, submitted."""
    (campaign,) = services.campaigns.list_campaigns(nurse)
    checklist = next(c for c in campaign.checklists if c.code == "WARD_ENV")
    assert nurse.ward_id is not None
    key = SheetKey(campaign.id, nurse.ward_id, checklist.checklist_id)
    entries = full_marks(services.checklists.definition(checklist.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(2), problem="12床病室有异味，晨间护理后未开窗通风")
    entries["WE04"] = ItemEntry(Decimal("0.5"), problem="床帘脱钩")
    submit(services, nurse, key, entries)


def run(
    tmp_path: Path, database: Path, *args: str, user: str | None = None
) -> tuple[int, str, str]:
    """``nursingqc --db DATABASE exchange [--user USER] ARGS`` on the PC of that database: its
    data folder (and so its keys) is the database's folder's own."""
    environment = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(database.parent / "data"),
        "NURSINGQC_PASSWORD": PASSWORD,
    }
    login = ["--user", user] if user is not None else []
    done = subprocess.run(
        [sys.executable, "-m", "nursingqc", "--db", str(database), "exchange", *login, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stdout, done.stderr


def enrolled_ward(tmp_path: Path, department: Path, code: str = "NK01") -> Path:
    """A new ward PC set up from the setup package the department made for it."""
    code_, out, err = run(tmp_path, department, "enrol", "--ward", code, "-o", str(tmp_path))
    assert code_ == 0, err
    package = next(tmp_path.glob(f"*{code}*.nqcpkg"))
    assert str(package) in out
    ward = tmp_path / f"ward-{code}" / "nursingqc.sqlite3"
    ward.parent.mkdir()
    code_, out, err = run(tmp_path, ward, "import", str(package))
    assert code_ == 0, err
    assert "已导入 1 个交换包。" in out
    package.unlink()
    return ward
