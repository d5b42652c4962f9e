"""A separate program that saves score sheets in a loop, as a second PC on the same database does.

    python -m tests.services.concurrency_worker DB_URL USERNAME WARD_CODE CHECKLIST SAVES START_AT

It waits until the wall clock reaches START_AT (so that several workers begin together), saves the
sheet SAVES times like the panel does (on the version it last saw; after a conflict it reloads) and
prints one JSON line: how many saves succeeded, waited, were refused as busy or as changed
elsewhere, and any other error by name.
"""

from __future__ import annotations

import json
import sys
import time
from decimal import Decimal

from nursingqc.domain.errors import ConcurrentChange, DatabaseBusy
from nursingqc.domain.scoring import ItemEntry
from nursingqc.services.container import open_services
from nursingqc.services.inspections import SheetKey

#: A save that took longer than this waited for another writer.
WAITED_SECONDS = 0.05


def main(url: str, username: str, ward_code: str, checklist: str, saves: int, start: float) -> None:
    services = open_services(url)
    actor = services.accounts.login(username, "secret123")
    campaign = services.campaigns.list_campaigns(actor)[0]
    ward_id = next(w.id for w in services.wards.list_wards(actor) if w.code == ward_code)
    checklist_id = next(c.checklist_id for c in campaign.checklists if c.code == checklist)
    key = SheetKey(campaign.id, ward_id, checklist_id)
    sheet = services.inspections.open_sheet(actor, key)
    version = sheet.version
    first_item = sheet.definition.items[0].code
    counts = {"saved": 0, "waited": 0, "busy": 0, "conflict": 0, "other": 0}
    errors: list[str] = []
    last_saved = ""
    time.sleep(max(0.0, start - time.time()))
    for number in range(saves):
        problem = f"{username} 第{number}次"
        entries = {first_item: ItemEntry(Decimal(1), problem=problem)}
        began = time.perf_counter()
        try:
            saved = services.inspections.save_draft(actor, key, entries, version)
        except ConcurrentChange:
            counts["conflict"] += 1
            version = services.inspections.open_sheet(actor, key).version
            continue
        except DatabaseBusy:
            counts["busy"] += 1
            continue
        except Exception as error:  # counted, not hidden: the test fails on any of these
            counts["other"] += 1
            errors.append(f"{type(error).__name__}: {error}")
            continue
        counts["saved"] += 1
        counts["waited"] += time.perf_counter() - began > WAITED_SECONDS
        version = saved.version
        last_saved = problem
    services.close()
    print(json.dumps({**counts, "errors": errors[:3], "last": last_saved}, ensure_ascii=False))


if __name__ == "__main__":
    url, username, ward, checklist, saves, start = sys.argv[1:7]
    main(url, username, ward, checklist, int(saves), float(start))
