"""A second program on the same database that changes a password, round after round: the head
nurse setting her own (``nurse``) or the department resetting hers (``admin``).

    python -m tests.services.password_worker DB_URL ROLE

It prints ``ready``, then for each JSON line on its standard input (``old`` and ``new`` for the
nurse; ``new`` and the ``stamp`` the department saw for the admin) does its change at once and
prints one JSON line: ``ok``, or the refusal's class and Chinese message. An empty line ends it.
"""

from __future__ import annotations

import json
import sys

from nursingqc.domain.errors import NursingQCError
from nursingqc.i18n import error_text, install_translators
from nursingqc.services.container import open_services


def main(url: str, role: str) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])
    install_translators("zh_CN")
    services = open_services(url)
    # Both logged in before the rounds begin, as two windows open on two PCs.
    admin = services.accounts.login("admin", "secret123")
    nurse = services.accounts.login("nk01", "secret123")
    print("ready", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        order = json.loads(line)
        try:
            if role == "nurse":
                services.accounts.change_password(nurse, order["old"], order["new"])
            else:
                services.accounts.reset_password(admin, "nk01", order["new"], order["stamp"])
        except NursingQCError as error:
            refused = {"ok": False, "error": type(error).__name__, "said": error_text(error)}
            print(json.dumps(refused, ensure_ascii=False), flush=True)
            continue
        print(json.dumps({"ok": True}), flush=True)
    services.close()
    del app


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
