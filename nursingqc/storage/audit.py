"""Writes the audit log (审计日志) in the caller's transaction: a change and its record agree."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor
from nursingqc.domain.scoring import ItemEntry
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


def entries(items: Mapping[str, ItemEntry]) -> dict[str, dict[str, object]]:
    """A sheet's entries as the audit log keeps them, in item order."""
    return {
        code: {
            "deduction": entry.deduction,
            "not_applicable": entry.not_applicable,
            "veto_failed": entry.veto_failed,
            "problem": entry.problem,
            "nurse": entry.nurse,
        }
        for code, entry in sorted(items.items())
    }


def last_author(
    session: Session, entity: str, entity_id: int, *, ignoring: tuple[str, ...] = ()
) -> str:
    """Who last changed the record, by the log ("" when nobody did through the program);
    ``ignoring`` leaves out actions that change nothing of it (a failed log-in)."""
    query = (
        select(AuditEntry.username)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if ignoring:
        query = query.where(AuditEntry.action.not_in(ignoring))
    return session.scalar(query) or ""
