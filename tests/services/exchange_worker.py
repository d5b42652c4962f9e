"""A separate program that imports exchange packages, as a second user of the department PC (or
a second program window) does at the same moment.

    python -m tests.services.exchange_worker DB_URL KEYS_FOLDER PACKAGE...

Once its database is open it prints ``ready`` and waits for a line on its standard input, so
that several workers import together however long each took to start; it ends with one JSON
line: how many lines of each change its import applied, or the refusal's template.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.exchange import RecordChange
from nursingqc.services.container import open_services


def main(url: str, keys: str, packages: list[str]) -> None:
    services = open_services(url, existing=True, keys_folder=Path(keys))
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        result = services.exchange.apply(Actor.command_line(), [Path(p) for p in packages])
    except NursingQCError as error:
        print(json.dumps({"refused": error.template}), flush=True)
        return
    finally:
        services.close()
    counts = {change.value: result.preview.count(change) for change in RecordChange}
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
