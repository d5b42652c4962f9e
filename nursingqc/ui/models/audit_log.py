"""审计日志 in words: what an entry's action, record and before/after values mean to a reader.

The log keeps values as the code wrote them (``{"phase": "self_check", "state": "open"}``); the
page and its workbook show "阶段：自查；状态：未开始 → 进行中". A key or value this module does
not know is shown as written, so a new kind of entry is readable before it is named here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind, PhaseState
from nursingqc.services.audit_log import AuditLine
from nursingqc.ui.models.text_table import TableRow


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditLog", text)


_ACTIONS = {
    "first_run": QT_TRANSLATE_NOOP("AuditLog", "Hospital set up"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLog", "Log-in failed"),
    "create": QT_TRANSLATE_NOOP("AuditLog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLog", "Deleted"),
    "activate": QT_TRANSLATE_NOOP("AuditLog", "Enabled"),
    "deactivate": QT_TRANSLATE_NOOP("AuditLog", "Disabled"),
    "reset_password": QT_TRANSLATE_NOOP("AuditLog", "Password reset"),
    "unlock": QT_TRANSLATE_NOOP("AuditLog", "Account unlocked"),
    "submit": QT_TRANSLATE_NOOP("AuditLog", "Sheet submitted"),
    "reopen": QT_TRANSLATE_NOOP("AuditLog", "Sheet reopened"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "Paper scores imported"),
    "new_version": QT_TRANSLATE_NOOP("AuditLog", "New checklist version"),
    "open_phase": QT_TRANSLATE_NOOP("AuditLog", "Phase opened"),
    "reopen_phase": QT_TRANSLATE_NOOP("AuditLog", "Phase reopened"),
    "close_phase": QT_TRANSLATE_NOOP("AuditLog", "Phase closed"),
    "save_summary_text": QT_TRANSLATE_NOOP("AuditLog", "Summary text saved"),
    "confirm_model_wards": QT_TRANSLATE_NOOP("AuditLog", "Model wards confirmed"),
    "nominate": QT_TRANSLATE_NOOP("AuditLog", "Nurse nominated"),
    "approve_nomination": QT_TRANSLATE_NOOP("AuditLog", "Nomination approved"),
    "decline_nomination": QT_TRANSLATE_NOOP("AuditLog", "Nomination declined"),
    "rectification_created": QT_TRANSLATE_NOOP("AuditLog", "Rectification item made"),
    "rectification_revised": QT_TRANSLATE_NOOP("AuditLog", "Rectification item revised"),
    "rectification_filled": QT_TRANSLATE_NOOP("AuditLog", "Cause and measure written"),
    "rectification_marked_done": QT_TRANSLATE_NOOP("AuditLog", "Marked rectified"),
    "rectification_verified": QT_TRANSLATE_NOOP("AuditLog", "Re-check passed"),
    "rectification_rejected": QT_TRANSLATE_NOOP("AuditLog", "Re-check not passed"),
    "rectification_delayed": QT_TRANSLATE_NOOP("AuditLog", "Deadline extended"),
    "rectification_withdrawn": QT_TRANSLATE_NOOP("AuditLog", "Rectification item withdrawn"),
    "rectification_restored": QT_TRANSLATE_NOOP("AuditLog", "Rectification item restored"),
    "rectification_photo_added": QT_TRANSLATE_NOOP("AuditLog", "Photo added"),
    "exchange_enrol": QT_TRANSLATE_NOOP("AuditLog", "Ward PC enrolled"),
    "exchange_setup": QT_TRANSLATE_NOOP("AuditLog", "PC set up by a setup package"),
    "exchange_export": QT_TRANSLATE_NOOP("AuditLog", "Exchange package exported"),
    "exchange_import": QT_TRANSLATE_NOOP("AuditLog", "Exchange package imported"),
}

_ENTITIES = {
    "user": QT_TRANSLATE_NOOP("AuditLog", "Account"),
    "ward": QT_TRANSLATE_NOOP("AuditLog", "Ward"),
    "inspection": QT_TRANSLATE_NOOP("AuditLog", "Score sheet"),
    "rectification_item": QT_TRANSLATE_NOOP("AuditLog", "Rectification item"),
    "checklist": QT_TRANSLATE_NOOP("AuditLog", "Checklist"),
    "campaign": QT_TRANSLATE_NOOP("AuditLog", "Campaign"),
    "campaign_phase": QT_TRANSLATE_NOOP("AuditLog", "Phase"),
    "nomination": QT_TRANSLATE_NOOP("AuditLog", "Nomination"),
}

_FIELDS = {
    "hospital": QT_TRANSLATE_NOOP("AuditLog", "Hospital"),
    "username": QT_TRANSLATE_NOOP("AuditLog", "User name"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "ward": QT_TRANSLATE_NOOP("AuditLog", "Ward"),
    "failed_logins": QT_TRANSLATE_NOOP("AuditLog", "Failed log-ins"),
    "locked_until": QT_TRANSLATE_NOOP("AuditLog", "Locked until"),
    "code": QT_TRANSLATE_NOOP("AuditLog", "Code"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "Name"),
    "head_nurse_name": QT_TRANSLATE_NOOP("AuditLog", "Head nurse"),
    "beds": QT_TRANSLATE_NOOP("AuditLog", "Beds"),
    "group_name": QT_TRANSLATE_NOOP("AuditLog", "Group"),
    "active": QT_TRANSLATE_NOOP("AuditLog", "Enabled"),
    "campaigns": QT_TRANSLATE_NOOP("AuditLog", "Campaigns"),
    "phase": QT_TRANSLATE_NOOP("AuditLog", "Phase"),
    "state": QT_TRANSLATE_NOOP("AuditLog", "State"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "Status"),
    "checklist": QT_TRANSLATE_NOOP("AuditLog", "Checklist"),
    "checklists": QT_TRANSLATE_NOOP("AuditLog", "Checklists"),
    "inspector": QT_TRANSLATE_NOOP("AuditLog", "Inspector"),
    "inspected_on": QT_TRANSLATE_NOOP("AuditLog", "Inspected on"),
    "score": QT_TRANSLATE_NOOP("AuditLog", "Score"),
    "items": QT_TRANSLATE_NOOP("AuditLog", "Items"),
    "source": QT_TRANSLATE_NOOP("AuditLog", "File"),
    "row": QT_TRANSLATE_NOOP("AuditLog", "Row"),
    "version": QT_TRANSLATE_NOOP("AuditLog", "Version"),
    "starts_on": QT_TRANSLATE_NOOP("AuditLog", "Starts on"),
    "ends_on": QT_TRANSLATE_NOOP("AuditLog", "Ends on"),
    "wards": QT_TRANSLATE_NOOP("AuditLog", "Wards"),
    "model_ward_count": QT_TRANSLATE_NOOP("AuditLog", "Model wards at most"),
    "model_ward_threshold": QT_TRANSLATE_NOOP("AuditLog", "Model ward threshold"),
    "model_wards": QT_TRANSLATE_NOOP("AuditLog", "Model wards"),
    "proposed": QT_TRANSLATE_NOOP("AuditLog", "Proposed by the rule"),
    "nurse": QT_TRANSLATE_NOOP("AuditLog", "Nurse"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "Reason"),
    "cause": QT_TRANSLATE_NOOP("AuditLog", "Cause"),
    "measure": QT_TRANSLATE_NOOP("AuditLog", "Measure"),
    "owner": QT_TRANSLATE_NOOP("AuditLog", "Owner"),
    "done_on": QT_TRANSLATE_NOOP("AuditLog", "Done on"),
    "deadline": QT_TRANSLATE_NOOP("AuditLog", "Deadline"),
    "verified_by": QT_TRANSLATE_NOOP("AuditLog", "Re-checked by"),
    "cause_analysis": QT_TRANSLATE_NOOP("AuditLog", "Cause analysis"),
    "conclusions": QT_TRANSLATE_NOOP("AuditLog", "Conclusions"),
    "next_steps": QT_TRANSLATE_NOOP("AuditLog", "Next steps"),
    "package": QT_TRANSLATE_NOOP("AuditLog", "Package"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind of package"),
    "pc": QT_TRANSLATE_NOOP("AuditLog", "Ward PC"),
    "sender": QT_TRANSLATE_NOOP("AuditLog", "Sent by"),
    "sequence": QT_TRANSLATE_NOOP("AuditLog", "Package number"),
    "sheets": QT_TRANSLATE_NOOP("AuditLog", "Score sheets"),
    "rectification_items": QT_TRANSLATE_NOOP("AuditLog", "Rectification items"),
    "photos": QT_TRANSLATE_NOOP("AuditLog", "Photos"),
    "new": QT_TRANSLATE_NOOP("AuditLog", "New"),
    "changed": QT_TRANSLATE_NOOP("AuditLog", "Changed"),
    "unchanged": QT_TRANSLATE_NOOP("AuditLog", "Unchanged"),
    "refused": QT_TRANSLATE_NOOP("AuditLog", "Refused"),
}

_ORDER = {key: position for position, key in enumerate(_FIELDS)}

#: Values written as enum values, by the key they are written under.
_ROLES = {
    Role.ADMIN.value: QT_TRANSLATE_NOOP("AuditLog", "Nursing department"),
    Role.INSPECTOR.value: QT_TRANSLATE_NOOP("AuditLog", "Inspector"),
    Role.HEAD_NURSE.value: QT_TRANSLATE_NOOP("AuditLog", "Head nurse"),
}
_SHEET_STATES = {
    "draft": QT_TRANSLATE_NOOP("AuditLog", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("AuditLog", "Submitted"),
}
_NOMINATION_STATES = {
    "pending": QT_TRANSLATE_NOOP("AuditLog", "Waiting for a decision"),
    "approved": QT_TRANSLATE_NOOP("AuditLog", "Approved"),
    "declined": QT_TRANSLATE_NOOP("AuditLog", "Declined"),
}

#: A long text (a cause, the summary's conclusions) is cut here in the table; the tooltip, the
#: detail below the table and the workbook have it whole.
SHORT = 60
#: The columns cut: 变更 and 原因.
LONG = (6, 7)


def action_text(action: str) -> str:
    return _t(_ACTIONS[action]) if action in _ACTIONS else action


def entity_text(entity: str) -> str:
    return _t(_ENTITIES[entity]) if entity in _ENTITIES else entity


def _field_order(key: str) -> tuple[int, str]:
    """The order of ``_FIELDS`` (what a record is, then what changed), unknown keys last."""
    return (_ORDER.get(key, len(_ORDER)), key)


def _value_text(key: str, value: Any, checklists: Mapping[str, str] | None = None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditLog", "yes")
            if value
            else QCoreApplication.translate("AuditLog", "no")
        )
    if isinstance(value, list):
        return (
            QCoreApplication.translate("AuditLog", ", ").join(
                _value_text(key, part, checklists) for part in value
            )
            or "—"
        )
    if isinstance(value, dict):
        if key == "items":
            return _items_text(value)
        named = checklists if key == "checklists" and checklists else {}
        return QCoreApplication.translate("AuditLog", ", ").join(
            f"{named.get(name, name)} {_value_text(name, part)}" for name, part in value.items()
        )
    text = str(value)
    if key in ("checklist", "checklists") and checklists and text in checklists:
        return checklists[text]
    return _named(key, text) or text


def _named(key: str, text: str) -> str | None:
    """The word for an enum's value written under ``key``; None for any other value."""
    if key == "phase" and text in set(PhaseKind):
        return QCoreApplication.translate("Phase", PhaseKind(text).display_name)
    if key == "state" and text in set(PhaseState):
        return QCoreApplication.translate("Phase", PhaseState(text).display_name)
    if key == "status" and text in set(RectificationStatus):
        return QCoreApplication.translate("Rectification", RectificationStatus(text).display_name)
    names = {"status": {**_SHEET_STATES, **_NOMINATION_STATES}, "role": _ROLES}.get(key, {})
    return _t(names[text]) if text in names else None


def _items_text(items: Mapping[str, Any]) -> str:
    """A sheet's entries: how many items lost points and which, not every item's five fields."""
    lost = [
        f"{code} −{entry.get('deduction')}"
        for code, entry in items.items()
        if isinstance(entry, dict) and str(entry.get("deduction", "0")) not in ("0", "0.0")
    ]
    vetoed = [
        code
        for code, entry in items.items()
        if isinstance(entry, dict) and entry.get("veto_failed")
    ]
    parts = [QCoreApplication.translate("AuditLog", "{count} items").format(count=len(items))]
    if lost:
        parts.append(
            QCoreApplication.translate("AuditLog", "points off: {items}").format(
                items=QCoreApplication.translate("AuditLog", ", ").join(lost)
            )
        )
    if vetoed:
        parts.append(
            QCoreApplication.translate("AuditLog", "veto: {items}").format(
                items=QCoreApplication.translate("AuditLog", ", ").join(vetoed)
            )
        )
    return QCoreApplication.translate("AuditLog", ", ").join(parts)


def change_text(before: Any, after: Any, checklists: Mapping[str, str] | None = None) -> str:
    """ "状态：已提交 → 草稿；…" for what changed; what a creation or deletion holds, as is.
    ``checklists`` names the checklists by code (a reader knows 病房环境, not WARD_ENV)."""
    if not isinstance(before, dict) and not isinstance(after, dict):
        if before is None and after is None:
            return ""
        return f"{_value_text('', before)} → {_value_text('', after)}"
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    pair, change = (
        QCoreApplication.translate("AuditLog", "{field}: {value}"),
        QCoreApplication.translate("AuditLog", "{field}: {before} → {after}"),
    )
    names = checklists or {}
    parts = []
    for key in sorted({*new, *old}, key=_field_order):
        if key == "ward" and isinstance(new.get(key, old.get(key)), int):
            continue  # a sheet's ward by its id: the entry's 病区 column names it
        label = _t(_FIELDS[key]) if key in _FIELDS else key
        if key not in new:
            was = _value_text(key, old[key], names)
            parts.append(change.format(field=label, before=was, after="—"))
        elif key in old and old[key] != new[key]:
            was, now = _value_text(key, old[key], names), _value_text(key, new[key], names)
            parts.append(change.format(field=label, before=was, after=now))
        else:
            # Unchanged values are written beside a change to say which record (the phase,
            # the user name); a creation holds only new ones.
            parts.append(pair.format(field=label, value=_value_text(key, new[key], names)))
    return QCoreApplication.translate("AuditLog", "; ").join(parts)


def columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("AuditLog", "Time"),
        QCoreApplication.translate("AuditLog", "User"),
        QCoreApplication.translate("AuditLog", "Action"),
        QCoreApplication.translate("AuditLog", "Record"),
        QCoreApplication.translate("AuditLog", "Campaign"),
        QCoreApplication.translate("AuditLog", "Ward"),
        QCoreApplication.translate("AuditLog", "Change"),
        QCoreApplication.translate("AuditLog", "Reason"),
    )


def line_texts(line: AuditLine, checklists: Mapping[str, str]) -> tuple[str, ...]:
    """One entry's cells, whole: the workbook's row, and the detail below the table."""
    who = f"{line.username}（{line.display_name}）" if line.display_name else line.username
    record = entity_text(line.entity)
    if line.entity_id is not None:
        record = f"{record} #{line.entity_id}"
    return (
        line.at.strftime("%Y-%m-%d %H:%M:%S"),
        who,
        action_text(line.action),
        record,
        line.campaign,
        line.ward,
        change_text(line.before, line.after, checklists),
        line.reason,
    )


def table_row(texts: tuple[str, ...]) -> TableRow:
    """The table's row of an entry's texts: long ones cut to ``SHORT``; the tooltip has the
    change and the reason whole, even short ones, because the column is narrower than most of
    them (a sheet's change alone takes 500 px) and shows them shortened with "…"."""
    cells = tuple(
        text if column not in LONG or len(text) <= SHORT else text[: SHORT - 1] + "…"
        for column, text in enumerate(texts)
    )
    whole = [texts[column] for column in LONG if texts[column]]
    return TableRow(cells, tooltip="\n".join(whole))
