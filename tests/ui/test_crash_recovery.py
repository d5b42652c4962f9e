"""The draft survives the program being killed outright: no close, no flush, no cleanup."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from decimal import Decimal

from nursingqc.domain.scoring import ItemEntry
from nursingqc.services.container import Services
from tests.helpers import ROOT, Hospital

ENTER_THEN_WAIT = """
import sys
from PySide6.QtWidgets import QApplication
from nursingqc.services.container import open_services
from nursingqc.ui.models.sheet_items import Column
from nursingqc.ui.pages.self_check import SelfCheckPage

app = QApplication([])
services = open_services(sys.argv[1])
nurse = services.accounts.login("nk01", "secret123")
page = SelfCheckPage(nurse, services.campaigns, services.wards, services.inspections)
page.show()
page.refresh()
model = page.panel.model
model.setData(model.index(model.row_of("WE01"), Column.DEDUCTION), 2.5)
model.setData(model.index(model.row_of("WE01"), Column.PROBLEM), "走廊加床")
model.setData(model.index(model.row_of("WE02"), Column.DEDUCTION), 0.0)
print("typed", flush=True)
app.exec()
"""


def _stored(services: Services, hospital: Hospital) -> dict[str, ItemEntry]:
    return dict(services.inspections.open_sheet(hospital.nurse_a, hospital.key()).entries)


def test_a_killed_program_loses_nothing_it_had_autosaved(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", ENTER_THEN_WAIT, db_url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "typed"
    expected = {"WE01": ItemEntry(Decimal("2.5"), problem="走廊加床"), "WE02": ItemEntry()}
    # The autosave needs no close or flush; how soon it lands is the benchmark's business,
    # so wait generously for it (a slow CI machine) and then pull the plug.
    deadline = time.monotonic() + 15
    while _stored(services, hospital) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    child.kill()  # SIGKILL on Linux, TerminateProcess on Windows
    child.wait(timeout=10)
    child.stdout.close()
    assert _stored(services, hospital) == expected
