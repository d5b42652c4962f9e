"""Writes the audit log (审计日志) in the caller's transaction: a change and its record agree."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor
from nursingqc.storage.models import AuditEntry


def _json_default(value: object) -> str:
    if isinstance(value, Decimal | date | datetime):
        return str(value)
    raise TypeError(f"not JSON serialisable: {value!r}")


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=_json_default, sort_keys=True)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: Any = None,
    after: Any = None,
    reason: str = "",
) -> None:
    session.add(
        AuditEntry(
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=_dump(before),
            after=_dump(after),
            reason=reason,
        )
    )
