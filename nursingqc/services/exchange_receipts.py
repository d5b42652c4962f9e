"""回执: what a receipt package says, written after an import for the package's sender and read
back there (rules §14): each record the other PC now holds is marked exchanged at that version,
so the next package leaves it out, and each refused record comes back with its reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message
from nursingqc.domain.exchange import ExchangeRefused, PackageHeader, RecordChange
from nursingqc.domain.exchange_records import (
    MSG_BOTH_CHANGED,
    MSG_EVALUATION_BY_DEPARTMENT,
    MSG_NEWER_HERE,
    MSG_NOT_THE_SENDERS,
    MSG_OTHER_WARDS_RECORD,
    OWNER_DEPARTMENT,
    OWNER_WARD,
    RECORDS_VERSION,
    Decision,
    ReasonParam,
    ReceiptDocument,
    ReceiptLine,
    from_plain,
    records_version_of,
)
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED
from nursingqc.services import exchange_rows
from nursingqc.services.exchange_rows import MSG_WHAT_RECORD, Applied, item_what, sheet_what
from nursingqc.storage.exchange_package import Package
from nursingqc.storage.models import Checklist, Inspection, RectificationItem, Ward

RECEIPT_DOCUMENT = "receipt.json"

MSG_WHAT_RECEIPT = QT_TRANSLATE_NOOP("Errors", "Receipt of the other PC: {record}")
MSG_RECEIPT_OF_ANOTHER_PC = QT_TRANSLATE_NOOP(
    "Errors",
    "The receipt {file} answers a package of another PC, not one of this PC's; nothing was "
    "imported.",
)
MSG_REASON_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "Refused by the other PC (its reason is not known to this program)."
)


def receipt_document(
    header: PackageHeader, applied: list[Applied], applied_at: datetime
) -> ReceiptDocument:
    """The receipt of the package of ``header``, whose records were ``applied``."""
    return ReceiptDocument(
        records_version=RECORDS_VERSION,
        package_sender=header.sender_id,
        package_sequence=header.sequence,
        applied_at=applied_at,
        lines=tuple(_receipt_line(item) for item in applied),
    )


def apply_receipt(
    session: Session, path: Path, package: Package, ward: Ward, this_pc: str
) -> list[Applied]:
    """What the other PC did with one of this PC's packages: each record of ``ward`` (the
    receipt's sender's) it has now is marked exchanged at that version, so the next package
    leaves it out. A receipt of another PC's package is refused whole."""
    plain = package.documents.get(RECEIPT_DOCUMENT)
    records_version_of(plain, str(path))
    receipt = from_plain(ReceiptDocument, plain, str(path))
    if receipt.package_sender != this_pc:
        raise ExchangeRefused(MSG_RECEIPT_OF_ANOTHER_PC, file=str(path))
    applied = []
    for line in receipt.lines:
        row = _receipt_row(session, line, ward)
        arrived = line.change is not RecordChange.REFUSED
        if row is not None and arrived and row.version >= line.version > row.exchanged_version:
            row.exchanged_version = line.version
        what = Message(MSG_WHAT_RECEIPT, {"record": _described(session, row, line)})
        applied.append(
            Applied(line.uid, line.kind, line.version, what, Decision(line.change, _reason(line)))
        )
    session.flush()
    return applied


def _receipt_line(item: Applied) -> ReceiptLine:
    reason = item.decision.reason
    params = reason.params.items() if reason else ()
    return ReceiptLine(
        uid=item.uid,
        kind=item.kind,
        version=item.version,
        change=item.decision.change,
        reason_template=reason.template if reason else "",
        reason_params=tuple(
            ReasonParam(name=name, value=_param_text(value)) for name, value in params
        ),
    )


def _param_text(value: object) -> str:
    return value.template if isinstance(value, Message) else str(value)


#: The reasons a receipt may name, translated where it is read; any other text in a receipt
#: is not shown (a template is formatted, and only our own are known to be harmless).
RECEIPT_REASONS = frozenset(
    {
        *exchange_rows.REASONS,
        MSG_BOTH_CHANGED,
        MSG_NEWER_HERE,
        MSG_NOT_THE_SENDERS,
        MSG_EVALUATION_BY_DEPARTMENT,
        MSG_OTHER_WARDS_RECORD,
        MSG_CAMPAIGN_LOCKED,
    }
)
#: Parameters a receipt names by their template, shown translated.
_NESTED = {OWNER_WARD, OWNER_DEPARTMENT}


def _reason(line: ReceiptLine) -> Message | None:
    if not line.reason_template:
        return None
    if line.reason_template not in RECEIPT_REASONS:
        return Message(MSG_REASON_UNKNOWN)
    params: dict[str, object] = {
        param.name: Message(param.value) if param.value in _NESTED else param.value
        for param in line.reason_params
    }
    try:
        str(Message(line.reason_template, params))
    except (KeyError, IndexError, ValueError):
        return Message(MSG_REASON_UNKNOWN)
    return Message(line.reason_template, params)


def _receipt_row(
    session: Session, line: ReceiptLine, ward: Ward
) -> Inspection | RectificationItem | None:
    """The record a receipt's line names, among the sender's ward's only: a receipt never
    marks another ward's record."""
    if line.kind == "sheet":
        return session.scalar(
            select(Inspection).where(Inspection.uid == line.uid, Inspection.ward_id == ward.id)
        )
    if line.kind == "rectification":
        return session.scalar(
            select(RectificationItem).where(
                RectificationItem.uid == line.uid, RectificationItem.ward_id == ward.id
            )
        )
    return None


def _described(
    session: Session, row: Inspection | RectificationItem | None, line: ReceiptLine
) -> Message:
    """What the receipt's line is about, said from this PC's own record."""
    if isinstance(row, RectificationItem):
        return item_what(row.item_code, row.problem)
    if isinstance(row, Inspection):
        checklist = session.get_one(Checklist, row.checklist_id)
        return sheet_what(session, checklist.code, checklist.version, row.phase, row.inspector_name)
    return Message(MSG_WHAT_RECORD, {"uid": line.uid})
