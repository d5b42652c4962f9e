"""交换冲突: records both PCs changed since their last exchange (rules §14). The import keeps
the other PC's version (``RecordWriter``); here they are listed, settled by a later exchange
that brings the two PCs together, and resolved by hand: take theirs, or keep ours.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, NursingQCError
from nursingqc.domain.exchange_records import RectificationRecord, SheetRecord, from_plain
from nursingqc.services.exchange_rows import RecordWriter, item_what, photo_file, sheet_what
from nursingqc.storage.models import ExchangeConflict, Inspection, RectificationItem, Ward

MSG_CONFLICT_GONE = QT_TRANSLATE_NOOP(
    "Errors",
    "This conflict is no longer open: a later exchange or another user settled it, or its "
    "record was deleted. Nothing was changed.",
)


class Resolution(enum.Enum):
    #: This PC takes the other PC's version kept with the conflict.
    TAKE_THEIRS = "take_theirs"
    #: This PC keeps its own (what it owns of it) and sends it again.
    KEEP_OURS = "keep_ours"


@dataclass(frozen=True)
class ExchangeConflictInfo:
    """One open conflict, as the exchange page lists it."""

    id: int
    ward_code: str
    #: "sheet" or "rectification".
    kind: str
    what: Message
    ours_version: int
    ours_author: str
    theirs_version: int
    theirs_author: str
    package: str
    received_at: datetime


@dataclass(frozen=True)
class Resolved:
    """What resolving did, for the audit log: the record and its versions."""

    kind: str
    uid: str
    row_id: int
    their_version: int
    before: int
    after: int


def _row(session: Session, conflict: ExchangeConflict) -> Inspection | RectificationItem | None:
    if conflict.kind == "sheet":
        return session.scalar(select(Inspection).where(Inspection.uid == conflict.uid))
    return session.scalar(select(RectificationItem).where(RectificationItem.uid == conflict.uid))


def _theirs(conflict: ExchangeConflict) -> SheetRecord | RectificationRecord:
    plain = json.loads(conflict.record)
    if conflict.kind == "sheet":
        return from_plain(SheetRecord, plain, conflict.package)
    return from_plain(RectificationRecord, plain, conflict.package)


def settle(session: Session) -> None:
    """Conflicts a later exchange settled: the record was exchanged at the kept version or a
    later one (the other PC took ours, or its resolved version arrived here), or is gone."""
    for conflict in session.scalars(select(ExchangeConflict)):
        row = _row(session, conflict)
        if row is None or row.exchanged_version >= conflict.their_version:
            session.delete(conflict)
    session.flush()


def open_conflicts(session: Session) -> list[ExchangeConflictInfo]:
    conflicts = session.scalars(select(ExchangeConflict).order_by(ExchangeConflict.received_at))
    listed = []
    for conflict in conflicts:
        row = _row(session, conflict)
        ward = session.get(Ward, conflict.ward_id)
        assert ward is not None
        if row is None:  # deleted here since; the next import's ``settle`` drops it
            continue
        theirs = _theirs(conflict)
        if isinstance(theirs, SheetRecord):
            what = sheet_what(
                session,
                theirs.checklist_code,
                theirs.checklist_version,
                theirs.phase,
                theirs.inspector_name,
            )
        else:
            what = item_what(theirs.item_code, theirs.problem)
        listed.append(
            ExchangeConflictInfo(
                conflict.id,
                ward.code,
                conflict.kind,
                what,
                row.version,
                row.updated_by,
                conflict.their_version,
                conflict.their_author,
                conflict.package,
                conflict.received_at,
            )
        )
    return listed


def resolve(
    session: Session,
    conflict_id: int,
    resolution: Resolution,
    *,
    this_pc_is_department: bool,
    author: str,
    now: datetime,
) -> Resolved:
    """Resolves one conflict on this PC, which is then deleted. The other PC settles at the
    next exchange: it takes the resolved version, made on its own."""
    conflict = session.scalars(
        select(ExchangeConflict)
        .where(ExchangeConflict.id == conflict_id)
        .options(selectinload(ExchangeConflict.photos))
    ).one_or_none()
    if conflict is None or _row(session, conflict) is None:
        raise NursingQCError(MSG_CONFLICT_GONE)
    ward = session.get(Ward, conflict.ward_id)
    assert ward is not None
    writer = RecordWriter(
        session,
        package=conflict.package,
        from_department=not this_pc_is_department,
        ward=ward,
        photos={photo_file(photo.sha256): photo.jpeg for photo in conflict.photos},
        locked=frozenset(),
    )
    theirs = _theirs(conflict)
    keep_ours = resolution is Resolution.KEEP_OURS
    if isinstance(theirs, SheetRecord):
        before, after = writer.resolve_sheet(theirs, keep_ours, author, now)
    else:
        before, after = writer.resolve_rectification(theirs, keep_ours, author, now)
    row = _row(session, conflict)
    assert row is not None  # checked above
    resolved = Resolved(conflict.kind, conflict.uid, row.id, conflict.their_version, before, after)
    session.delete(conflict)
    session.flush()
    return resolved
