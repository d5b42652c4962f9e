"""A separate program that saves score sheets in a loop, as a second PC on the same database does.

    python -m tests.services.concurrency_worker DB_URL USERNAME WARD_CODE CHECKLIST SAVES

Once it has opened the sheet it prints ``ready`` and waits for a line on its standard input, so
that several workers begin together however long each took to start. It saves the sheet SAVES
times like the panel does (on the version it last saw; after a conflict it reloads), prints
``saving`` after its first save, and ends with one JSON line: how many saves succeeded, were
refused as busy or as changed elsewhere, any other error by name, and the moments each write
transaction asked for the database's write lock, got it, and let it go.
"""

from __future__ import annotations

import json
import sys
import time
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, event

from nursingqc.domain.errors import ConcurrentChange, DatabaseBusy
from nursingqc.domain.scoring import ItemEntry
from nursingqc.services.container import open_services
from nursingqc.services.inspections import SheetKey
from nursingqc.storage.db import WRITE_LOCK_KEY

#: The statement that takes the write lock at the start of every write transaction
#: (nursingqc/storage/db.py): on SQLite, and on PostgreSQL.
WRITE_LOCK_STATEMENTS = {"BEGIN IMMEDIATE", f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"}
#: Refused this many times for another reason (the phase closed), the program stops trying.
GIVE_UP_AFTER = 5


def record_write_lock(engine: Engine) -> list[list[float]]:
    """[asked, granted, released] wall-clock moments of every write transaction on ``engine``.

    Both ends are taken inside the lock (granted after the statement returned, released before
    the commit or rollback runs): a moment between them is one the lock was surely held."""
    moments: list[list[float]] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement in WRITE_LOCK_STATEMENTS:
            moments.append([time.time()])

    def after(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement in WRITE_LOCK_STATEMENTS:
            moments[-1].append(time.time())

    def released(_conn: Any) -> None:
        if moments and len(moments[-1]) == 2:
            moments[-1].append(time.time())

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    event.listen(engine, "commit", released)
    event.listen(engine, "rollback", released)
    return moments


def main(url: str, username: str, ward_code: str, checklist: str, saves: int) -> None:
    services = open_services(url)
    actor = services.accounts.login(username, "secret123")
    campaign = services.campaigns.list_campaigns(actor)[0]
    ward_id = next(w.id for w in services.wards.list_wards(actor) if w.code == ward_code)
    checklist_id = next(c.checklist_id for c in campaign.checklists if c.code == checklist)
    key = SheetKey(campaign.id, ward_id, checklist_id)
    sheet = services.inspections.open_sheet(actor, key)
    version = sheet.version
    first_item = sheet.definition.items[0].code
    counts = {"saved": 0, "busy": 0, "conflict": 0, "other": 0}
    errors: list[str] = []
    last_saved = ""
    transactions = record_write_lock(services.database.engine)
    print("ready", flush=True)
    sys.stdin.readline()
    for number in range(saves):
        problem = f"{username} 第{number}次"
        entries = {first_item: ItemEntry(Decimal(1), problem=problem)}
        try:
            saved = services.inspections.save_draft(actor, key, entries, version)
        except ConcurrentChange:
            counts["conflict"] += 1
            version = services.inspections.open_sheet(actor, key).version
            continue
        except DatabaseBusy:
            counts["busy"] += 1
            continue
        except Exception as error:  # counted, not hidden: the test fails on any it did not expect
            counts["other"] += 1
            errors.append(f"{type(error).__name__}: {error}")
            if counts["other"] == GIVE_UP_AFTER:
                break
            continue
        if not counts["saved"]:
            print("saving", flush=True)
        counts["saved"] += 1
        version = saved.version
        last_saved = problem
    services.close()
    held = [moments for moments in transactions if len(moments) == 3]
    print(
        json.dumps(
            {**counts, "errors": errors[:3], "last": last_saved, "transactions": held},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    url, username, ward, checklist, saves = sys.argv[1:6]
    main(url, username, ward, checklist, int(saves))
