"""检查: the integrity and schema check behind ``nursingqc check``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message
from nursingqc.storage.db import Database
from nursingqc.storage.migrate import SCHEMA_REVISION, current_revision
from nursingqc.storage.models import Checklist
from nursingqc.storage.repositories.checklists import definition_of

MSG_INTEGRITY_OK = QT_TRANSLATE_NOOP("Check", "Database file integrity: ok")
MSG_INTEGRITY_BAD = QT_TRANSLATE_NOOP("Check", "Database file integrity: damaged ({detail})")
MSG_FOREIGN_KEYS_OK = QT_TRANSLATE_NOOP("Check", "References between tables: ok")
MSG_FOREIGN_KEYS_BAD = QT_TRANSLATE_NOOP(
    "Check", "References between tables: {count} broken (first in table {table})"
)
MSG_SCHEMA_OK = QT_TRANSLATE_NOOP("Check", "Schema version: {revision} (current)")
MSG_SCHEMA_BAD = QT_TRANSLATE_NOOP(
    "Check", "Schema version: {revision}, but this program expects {head}"
)
MSG_CHECKLISTS_OK = QT_TRANSLATE_NOOP(
    "Check", "Checklists: {count} versions, every one adds up to its stated total"
)
MSG_CHECKLIST_BAD = QT_TRANSLATE_NOOP(
    "Check", "Checklist {code} version {version}: items add up to {total}, not {max_points}"
)


CHECK_CONTEXT = "Check"


def _message(template: str, params: dict[str, object] | None = None) -> Message:
    return Message(template, params or {}, CHECK_CONTEXT)


@dataclass(frozen=True)
class CheckLine:
    ok: bool
    message: Message


class MaintenanceService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def check(self) -> list[CheckLine]:
        """Every check's result; the database is healthy when every line is ok."""
        lines = []
        with self._db.transaction() as session:
            if self._db.engine.dialect.name == "sqlite":
                result = session.execute(text("PRAGMA integrity_check")).scalars().all()
                ok = result == ["ok"]
                lines.append(
                    CheckLine(
                        ok,
                        _message(
                            MSG_INTEGRITY_OK if ok else MSG_INTEGRITY_BAD,
                            {"detail": "; ".join(map(str, result[:3]))},
                        ),
                    )
                )
                broken = session.execute(text("PRAGMA foreign_key_check")).all()
                lines.append(
                    CheckLine(
                        not broken,
                        _message(
                            MSG_FOREIGN_KEYS_BAD, {"count": len(broken), "table": broken[0][0]}
                        )
                        if broken
                        else _message(MSG_FOREIGN_KEYS_OK),
                    )
                )
            checklists = list(session.scalars(select(Checklist)))
            totals = {c.id: definition_of(c).total_points for c in checklists}
            bad = [c for c in checklists if totals[c.id] != c.max_points]
            lines.extend(
                CheckLine(
                    False,
                    _message(
                        MSG_CHECKLIST_BAD,
                        {
                            "code": c.code,
                            "version": c.version,
                            "total": totals[c.id],
                            "max_points": c.max_points,
                        },
                    ),
                )
                for c in bad
            )
            if not bad:
                lines.append(
                    CheckLine(True, _message(MSG_CHECKLISTS_OK, {"count": len(checklists)}))
                )
        revision, head = current_revision(self._db), SCHEMA_REVISION
        lines.append(
            CheckLine(
                revision == head,
                _message(
                    MSG_SCHEMA_OK if revision == head else MSG_SCHEMA_BAD,
                    {"revision": revision, "head": head},
                ),
            )
        )
        return lines
