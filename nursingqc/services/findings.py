"""发现问题 → 整改项: at a submission (typed or imported), the sheet's findings — items with points
off or a failed veto — become rectification items, and a resubmitted sheet revises, restores or
withdraws the items it made before. What the ward and the re-check do with them afterwards is
``services.rectification``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.accounts import Actor
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.rectification import (
    ExistingItem,
    Finding,
    RectificationAction,
    RectificationStatus,
    default_deadline,
    findings,
    reconcile,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.services.rectification import mark_changed, record_history
from nursingqc.storage.models import Campaign, Inspection, RectificationItem


def record_findings(
    session: Session,
    actor: Actor,
    inspection: Inspection,
    definition: ChecklistDefinition,
    item_ids: Mapping[str, int],
    entries: Mapping[str, ItemEntry],
    campaign: Campaign,
    issued_on: date,
    now: datetime,
) -> None:
    """At a submission, in its transaction: the sheet's findings become (or update) its items."""
    existing = {
        item.item_code: item
        for item in session.scalars(
            select(RectificationItem)
            .where(RectificationItem.inspection_id == inspection.id)
            .options(selectinload(RectificationItem.events))
        )
    }
    found = findings(entries)
    plan = reconcile(
        (
            ExistingItem(
                code,
                item.status,
                Finding(code, item.deduction, item.veto_failed, item.problem),
            )
            for code, item in existing.items()
        ),
        found,
    )
    for finding in plan.create:
        checklist_item = definition.item(finding.item_code)
        assert checklist_item is not None
        item = RectificationItem(
            campaign_id=campaign.id,
            ward_id=inspection.ward_id,
            inspection_id=inspection.id,
            checklist_item_id=item_ids[finding.item_code],
            checklist_name=definition.name,
            item_code=finding.item_code,
            item_text=checklist_item.text,
            deduction=finding.deduction,
            veto_failed=finding.veto_failed,
            problem=finding.problem,
            issued_on=issued_on,
            deadline=default_deadline(issued_on, campaign.rectification_days),
            status=RectificationStatus.OPEN,
            updated_at=now,
            updated_by=actor.display_name,
            version=1,
        )
        session.add(item)
        record_history(item, actor, RectificationAction.CREATED, now, None)
    for finding in (*plan.revise, *plan.restore):
        item = existing[finding.item_code]
        before = item.status
        note = f"{item.deduction:.1f}→{finding.deduction:.1f}; {item.problem}→{finding.problem}"
        item.deduction, item.veto_failed, item.problem = (
            finding.deduction,
            finding.veto_failed,
            finding.problem,
        )
        action = RectificationAction.REVISED
        if item.status is RectificationStatus.WITHDRAWN:
            item.status, action = RectificationStatus.OPEN, RectificationAction.RESTORED
        mark_changed(item, actor, now)
        record_history(item, actor, action, now, before, item.deadline, note)
    for code in plan.withdraw:
        item = existing[code]
        before = item.status
        item.status = RectificationStatus.WITHDRAWN
        mark_changed(item, actor, now)
        record_history(item, actor, RectificationAction.WITHDRAWN, now, before, item.deadline)
