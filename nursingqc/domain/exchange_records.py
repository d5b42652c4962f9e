"""交换记录: the versioned JSON records an exchange package carries, and who may change which.

Each kind of record is a frozen dataclass that becomes a plain dict (``to_plain``) and is read
back strictly (``from_plain``): every field present, no other, each of its type and length; a
package whose record breaks that is refused whole with the field named (``ExchangeRefused``).
The same record is one on every PC by its ``uid``; ``version`` grows with each change and
``base_version`` is the version the sender had last exchanged before it changed the record.

``decide`` is the rule of rules §14: what applying an incoming record does to the one this PC
holds — new, changed, unchanged, or refused because both PCs changed it since the last exchange
(nobody's change is overwritten). ``ownership_refusal`` says which PC owns what: the ward its
self-check sheets and rectification answers, the department the evaluation, re-checks,
decisions and the items themselves.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message
from nursingqc.domain.exchange import ExchangeRefused, RecordChange
from nursingqc.domain.rectification import RectificationAction, RectificationStatus
from nursingqc.domain.workflow import PhaseKind, PhaseState, SheetStatus

#: The records' own format, inside the package format: a reader refuses a newer one.
RECORDS_VERSION = 1
#: A text field's longest value unless it names its own (``_limit``): the longest text the
#: program keeps (a summary's) with room; short columns name theirs.
_DEFAULT_LIMIT = 20_000
_MAX_ITEMS = 100_000

MSG_RECORD_INVALID = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, the record {field} is not valid: it was not made by NursingQC or "
    "was altered. Nothing was imported.",
)
MSG_RECORDS_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} holds records of a newer NursingQC (records format {version}; this "
    "program reads up to {supported}). Update NursingQC on this PC, then import it again.",
)
MSG_BOTH_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Changed on both PCs since the last exchange: here version {ours} ({our_author}), in the "
    "package version {theirs} ({their_author}). Neither was overwritten: the PC that imported "
    "the package keeps its version among the exchange conflicts, where taking it or keeping "
    "its own settles the record at the next exchange.",
)
MSG_NEWER_HERE = QT_TRANSLATE_NOOP(
    "Errors", "This PC holds a newer version ({ours}) than the package ({theirs}); it stays."
)
MSG_NOT_THE_SENDERS = QT_TRANSLATE_NOOP(
    "Errors",
    "The package changes {fields}, which the {owner} decides, not the sender; the record was "
    "not applied.",
)
MSG_EVALUATION_BY_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "An evaluation sheet comes from the nursing department only, never from a ward PC; it was "
    "not applied.",
)
MSG_RECORD_MOVED = QT_TRANSLATE_NOOP(
    "Errors",
    "The package names this record with another {fields} than this PC holds it with; a record "
    "never moves to another sheet, campaign or ward, so it was not applied.",
)
MSG_BASE_NEVER_HERE = QT_TRANSLATE_NOOP(
    "Errors",
    "The package says it was changed from version {base} of this record, but this PC never "
    "had a version above {ours}: it was not made from this PC's records and was not applied.",
)
MSG_OTHER_WARDS_RECORD = QT_TRANSLATE_NOOP(
    "Errors", "The record belongs to ward {ward}, not to the package's ward {package_ward}."
)
OWNER_WARD = QT_TRANSLATE_NOOP("Errors", "ward")
OWNER_DEPARTMENT = QT_TRANSLATE_NOOP("Errors", "nursing department")


def _limit(length: int) -> Any:
    return field(metadata={"limit": length})


# -- the records ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EntryRecord:
    """One item's entry on a sheet (an ``item_results`` row)."""

    uid: str = _limit(36)
    item_code: str = _limit(30)
    deduction: Decimal
    not_applicable: bool
    veto_failed: bool
    problem: str = _limit(500)
    nurse: str = _limit(50)


@dataclass(frozen=True, kw_only=True)
class SheetRecord:
    """A score sheet (检查): a ward's self-check or one evaluation inspection, with its entries."""

    uid: str = _limit(36)
    version: int
    base_version: int
    campaign_uid: str = _limit(36)
    ward_code: str = _limit(20)
    checklist_code: str = _limit(30)
    checklist_version: int
    phase: PhaseKind
    inspector_name: str = _limit(50)
    inspected_on: date
    status: SheetStatus
    submitted_at: datetime | None
    updated_at: datetime
    updated_by: str = _limit(50)
    entries: tuple[EntryRecord, ...]


@dataclass(frozen=True, kw_only=True)
class EventRecord:
    """One line of a rectification item's history."""

    uid: str = _limit(36)
    at: datetime
    username: str = _limit(50)
    display_name: str = _limit(50)
    action: RectificationAction
    status_before: RectificationStatus | None
    status_after: RectificationStatus
    deadline_before: date | None
    deadline_after: date
    note: str = _limit(2000)


@dataclass(frozen=True, kw_only=True)
class PhotoRecord:
    """A rectification photo; its JPEG travels as ``photos/<sha256>.jpg`` beside the records."""

    uid: str = _limit(36)
    sha256: str = _limit(64)
    file_name: str = _limit(200)
    width: int
    height: int
    added_at: datetime
    added_by: str = _limit(50)
    removed_at: datetime | None
    removed_by: str = _limit(50)
    removed_reason: str = _limit(1000)


@dataclass(frozen=True, kw_only=True)
class RectificationRecord:
    """整改项: the finding (the department's, or the ward's own from its self-check), the ward's
    answer, the re-check, its history and photos."""

    uid: str = _limit(36)
    version: int
    base_version: int
    campaign_uid: str = _limit(36)
    ward_code: str = _limit(20)
    inspection_uid: str = _limit(36)
    item_code: str = _limit(30)
    checklist_name: str = _limit(100)
    item_text: str = _limit(1000)
    deduction: Decimal
    veto_failed: bool
    problem: str = _limit(500)
    issued_on: date
    deadline: date
    status: RectificationStatus
    cause: str = _limit(2000)
    measure: str = _limit(2000)
    owner: str = _limit(50)
    done_on: date | None
    verified_by: str = _limit(50)
    verified_on: date | None
    recheck_failed: str = _limit(1000)
    updated_at: datetime
    updated_by: str = _limit(50)
    events: tuple[EventRecord, ...]
    photos: tuple[PhotoRecord, ...]


@dataclass(frozen=True, kw_only=True)
class PhaseRecord:
    kind: PhaseKind
    starts_on: date
    ends_on: date
    state: PhaseState


@dataclass(frozen=True, kw_only=True)
class CampaignChecklistRecord:
    code: str = _limit(30)
    version: int
    weight: Decimal
    position: int


@dataclass(frozen=True, kw_only=True)
class CampaignRecord:
    """活动月 as a ward PC needs it: its settings, phases (published or not) and checklists, and
    the names it prints once published."""

    uid: str = _limit(36)
    name: str = _limit(100)
    starts_on: date
    model_ward_count: int
    model_ward_threshold: Decimal
    rectification_days: int
    printed_hospital: str | None = _limit(100)
    #: The package's ward as the published campaign prints it (None before publication).
    printed_code: str | None = _limit(20)
    printed_name: str | None = _limit(100)
    printed_head_nurse: str | None = _limit(50)
    phases: tuple[PhaseRecord, ...]
    checklists: tuple[CampaignChecklistRecord, ...]


@dataclass(frozen=True, kw_only=True)
class ChecklistItemRecord:
    position: int
    section_title: str = _limit(100)
    code: str = _limit(30)
    text: str = _limit(1000)
    points: Decimal
    guide: str = _limit(2000)
    per_occurrence: Decimal | None
    veto: bool


@dataclass(frozen=True, kw_only=True)
class ChecklistRecord:
    """One checklist version, whole: a ward PC scores on the department's versions."""

    code: str = _limit(30)
    version: int
    name: str = _limit(100)
    max_points: Decimal
    is_current: bool
    items: tuple[ChecklistItemRecord, ...]


@dataclass(frozen=True, kw_only=True)
class WardRecord:
    code: str = _limit(20)
    name: str = _limit(100)
    head_nurse_name: str = _limit(50)
    beds: int | None
    group_name: str = _limit(50)


@dataclass(frozen=True, kw_only=True)
class AccountRecord:
    """A ward's account with its password hash (argon2): her password works on the ward PC."""

    username: str = _limit(50)
    display_name: str = _limit(50)
    role: Role
    password_hash: str = _limit(200)
    must_change_password: bool
    active: bool


@dataclass(frozen=True, kw_only=True)
class SetupRecord:
    """安装包's contents: what makes a fresh PC one ward's PC."""

    records_version: int
    hospital_uid: str = _limit(36)
    hospital_name: str = _limit(100)
    pc_id: str = _limit(36)
    #: The ward PC's own Ed25519 private key, hex: the only package a private key is ever in.
    private_key: str = _limit(64)
    department_public_key: str = _limit(64)
    ward: WardRecord
    accounts: tuple[AccountRecord, ...]
    checklists: tuple[ChecklistRecord, ...]
    campaigns: tuple[CampaignRecord, ...]


@dataclass(frozen=True, kw_only=True)
class ScoreRecord:
    #: A score as published, two decimals ("92.35"); "" for none.
    value: str = _limit(20)


@dataclass(frozen=True, kw_only=True)
class RankLineRecord:
    """One ward's line of a published ranking."""

    rank: int | None
    ward_code: str = _limit(20)
    ward_name: str = _limit(100)
    scores: tuple[ScoreRecord, ...]
    total: str = _limit(20)
    veto: bool
    incomplete: bool
    model_ward: bool


@dataclass(frozen=True, kw_only=True)
class ChecklistNameRecord:
    name: str = _limit(100)


@dataclass(frozen=True, kw_only=True)
class PublishedRankingRecord:
    """排名 of a published campaign as the department published it: a ward PC, holding its own
    ward only, shows it with the ward's result."""

    campaign_uid: str = _limit(36)
    checklists: tuple[ChecklistNameRecord, ...]
    lines: tuple[RankLineRecord, ...]


@dataclass(frozen=True, kw_only=True)
class RecordsDocument:
    """records.json of an up or down package: every record the sender owns or changed of one
    ward, whole (never a difference), so that a lost package loses nothing the next one lacks."""

    records_version: int
    #: The checklist versions the campaigns use (a ward PC may lack a newer one).
    checklists: tuple[ChecklistRecord, ...]
    campaigns: tuple[CampaignRecord, ...]
    sheets: tuple[SheetRecord, ...]
    rectifications: tuple[RectificationRecord, ...]
    #: The published campaigns' rankings (down packages only).
    rankings: tuple[PublishedRankingRecord, ...]


@dataclass(frozen=True, kw_only=True)
class ReasonParam:
    name: str = _limit(50)
    value: str = _limit(2000)


@dataclass(frozen=True, kw_only=True)
class ReceiptLine:
    """One record as the receiver's import left it: the sender learns that version arrived,
    or why it was refused (the reason's template, translated where it is shown)."""

    uid: str = _limit(36)
    #: "sheet", "rectification", "campaign" or "setup".
    kind: str = _limit(20)
    version: int
    change: RecordChange
    reason_template: str = _limit(2000)
    reason_params: tuple[ReasonParam, ...]


@dataclass(frozen=True, kw_only=True)
class ReceiptDocument:
    """receipt.json: which package (its sender and sequence) was applied, and how."""

    records_version: int
    package_sender: str = _limit(36)
    package_sequence: int
    applied_at: datetime
    lines: tuple[ReceiptLine, ...]


# -- to and from plain values --------------------------------------------------------------------

Record = TypeVar("Record")


def to_plain(record: object) -> dict[str, object]:
    """The record as JSON's plain values: dates as ISO text, amounts as decimal text."""
    assert dataclasses.is_dataclass(record) and not isinstance(record, type)
    return {item.name: _plain(getattr(record, item.name)) for item in dataclasses.fields(record)}


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_plain(value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Points are whole tenths: one form for 2, 2.0 and 2.00, so equal records compare equal.
        return f"{value:.1f}"
    return value


class _Invalid(Exception):
    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(where)


def from_plain(kind: type[Record], value: object, file: str, where: str = "") -> Record:
    """The record of ``kind`` read strictly from ``value``; ExchangeRefused naming the field."""
    try:
        return _record(kind, value, where or kind.__name__)
    except _Invalid as invalid:
        raise ExchangeRefused(MSG_RECORD_INVALID, file=file, field=invalid.where) from None


def records_version_of(value: object, file: str) -> None:
    """A document of a newer records format is refused before its records are read."""
    version = value.get("records_version") if isinstance(value, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeRefused(MSG_RECORD_INVALID, file=file, field="records_version")
    if version > RECORDS_VERSION:
        raise ExchangeRefused(
            MSG_RECORDS_NEWER, file=file, version=version, supported=RECORDS_VERSION
        )


def _record(kind: type[Record], value: object, where: str) -> Record:
    if not isinstance(value, dict):
        raise _Invalid(where)
    fields = dataclasses.fields(kind)  # type: ignore[arg-type]
    names = {item.name for item in fields}
    for key in sorted(set(value) ^ names):
        raise _Invalid(f"{where}.{key}")
    hints = typing.get_type_hints(kind)
    parsed = {
        item.name: _value(
            hints[item.name],
            value[item.name],
            f"{where}.{item.name}",
            item.metadata.get("limit", _DEFAULT_LIMIT),
        )
        for item in fields
    }
    return kind(**parsed)


def _value(hint: Any, value: object, where: str, limit: int) -> object:
    if isinstance(hint, types.UnionType):  # X | None
        if value is None:
            return None
        (hint,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
    parser = _PARSERS.get(hint)
    if parser is not None:
        return parser(value, where, limit)
    if typing.get_origin(hint) is tuple:
        (inner, _) = typing.get_args(hint)
        if not isinstance(value, list) or len(value) > _MAX_ITEMS:
            raise _Invalid(where)
        return tuple(_record(inner, item, f"{where}[{index}]") for index, item in enumerate(value))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise _Invalid(where) from None
    return _record(hint, value, where)


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _Invalid(where)
    try:
        # JSON may spell a lone surrogate (\ud800), which no database column can hold.
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Invalid(where) from None
    return value


def _int(value: object, where: str, _limit: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise _Invalid(where)
    return value


def _bool(value: object, where: str, _limit: int) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(where)
    return value


def _decimal(value: object, where: str, _limit: int) -> Decimal:
    try:
        amount = Decimal(_text(value, where, 20))
    except InvalidOperation:
        raise _Invalid(where) from None
    # Points are whole tenths, never negative (the Tenths column refuses anything else).
    if not amount.is_finite() or amount < 0 or (amount * 10) % 1:
        raise _Invalid(where)
    return amount


def _date(value: object, where: str, _limit: int) -> date:
    try:
        return date.fromisoformat(_text(value, where, 10))
    except ValueError:
        raise _Invalid(where) from None


def _datetime(value: object, where: str, _limit: int) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, where, 40))
    except ValueError:
        raise _Invalid(where) from None
    if moment.tzinfo is None:  # every moment the program stores is aware UTC
        raise _Invalid(where)
    return moment


_PARSERS: Mapping[object, Any] = {
    str: _text,
    int: _int,
    bool: _bool,
    Decimal: _decimal,
    date: _date,
    datetime: _datetime,
}


# -- the rule ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Held:
    """The record as this PC holds it, for ``decide``."""

    version: int
    #: The version both PCs had at the last exchange (0: never exchanged).
    exchanged_version: int
    author: str
    #: Its content equals the incoming record's (versions aside).
    same_content: bool


@dataclass(frozen=True)
class Decision:
    change: RecordChange
    reason: Message | None = None

    @property
    def applies(self) -> bool:
        return self.change in (RecordChange.NEW, RecordChange.CHANGED)


def decide(version: int, base_version: int, author: str, held: Held | None) -> Decision:
    """What an incoming record (``version``, made on ``base_version``, last changed by
    ``author``) does to the one held here (rules §14):

    - not held: NEW; the same content: UNCHANGED (a package imported twice adds nothing);
    - made on a version this PC never had: REFUSED (versions only grow here);
    - made on the version held here: CHANGED (the sender saw ours);
    - no newer than what was last exchanged: UNCHANGED, ours is newer and stays;
    - not changed here since the last exchange: CHANGED;
    - changed on both PCs since: REFUSED naming both versions, and each PC keeps its own.
    """
    if held is None:
        return Decision(RecordChange.NEW)
    if held.same_content:
        return Decision(RecordChange.UNCHANGED)
    if base_version > held.version:
        # Versions only grow, so the sender cannot have had from this PC a version it never
        # had: such a record would skip the conflict check (and undo a change made here).
        return Decision(
            RecordChange.REFUSED,
            Message(MSG_BASE_NEVER_HERE, {"base": base_version, "ours": held.version}),
        )
    if base_version == held.version:
        return Decision(RecordChange.CHANGED)
    if version <= held.exchanged_version:
        return Decision(
            RecordChange.UNCHANGED,
            Message(MSG_NEWER_HERE, {"ours": held.version, "theirs": version}),
        )
    if held.version <= held.exchanged_version:
        return Decision(RecordChange.CHANGED)
    return Decision(
        RecordChange.REFUSED,
        Message(
            MSG_BOTH_CHANGED,
            {
                "ours": held.version,
                "our_author": held.author,
                "theirs": version,
                "their_author": author,
            },
        ),
    )


#: What the department alone decides on any rectification item: the deadline and the re-check.
_RECHECK_FIELDS = (
    "inspection_uid",
    "item_code",
    "issued_on",
    "deadline",
    "verified_by",
    "verified_on",
)
#: The finding an item was made from: the department's, unless it is the ward's own self-check
#: (then a sheet the ward submits again revises or withdraws it).
_FINDING_FIELDS = ("checklist_name", "item_text", "deduction", "veto_failed", "problem")
#: What the ward's answer may do to an item's status: mark it done.
_ANSWER_MOVES = {(RectificationStatus.OPEN, RectificationStatus.AWAITING_RECHECK)}
#: What its own sheet submitted again may do besides: withdraw the item, or restore it.
_FINDING_MOVES = {
    (RectificationStatus.OPEN, RectificationStatus.WITHDRAWN),
    (RectificationStatus.AWAITING_RECHECK, RectificationStatus.WITHDRAWN),
    (RectificationStatus.WITHDRAWN, RectificationStatus.OPEN),
}
#: What a self-check sheet is, which a department's package never changes (it only reopens).
_SHEET_FIELDS = ("phase", "ward_code", "checklist_code", "checklist_version", "entries")


#: What a sheet is once it exists: never changed by a package, whoever sends it.
_SHEET_IDENTITY = ("phase", "campaign_uid", "ward_code", "checklist_code", "checklist_version")
#: What a rectification item is once it exists: the finding of one sheet's item.
_ITEM_IDENTITY = ("campaign_uid", "ward_code", "inspection_uid", "item_code")


Versioned = TypeVar("Versioned", SheetRecord, RectificationRecord)


def kept_ours(
    ours: Versioned, theirs: Versioned, department: bool, ward_finding: bool
) -> Versioned:
    """This PC's version of a record in conflict as "keep ours" sends it again (rules §14):
    what this PC owns from its own, what the other PC owns from the other's version, so that
    the other PC takes it rather than refuse it as not the sender's (``department`` says this
    PC is the department's; ``ward_finding``: the item comes from the ward's own self-check).
    History and photos are only ever added to: the other's lines stay."""
    if isinstance(ours, SheetRecord):
        assert isinstance(theirs, SheetRecord)
        if ours.phase is PhaseKind.EVALUATION:
            return ours if department else theirs
        if not department:
            return ours
        # The department may only reopen the ward's self-check: the ward's entries, 草稿.
        if ours.status is not SheetStatus.DRAFT:
            return theirs
        return replace(ours, **{name: getattr(theirs, name) for name in _SHEET_FIELDS})
    assert isinstance(theirs, RectificationRecord)
    known_events: set[str] = {event.uid for event in ours.events}
    known_photos: set[str] = {photo.uid for photo in ours.photos}
    merged = replace(
        ours,
        events=(*ours.events, *(e for e in theirs.events if e.uid not in known_events)),
        photos=(*ours.photos, *(p for p in theirs.photos if p.uid not in known_photos)),
    )
    if department:
        return merged
    owned = _RECHECK_FIELDS if ward_finding else (*_RECHECK_FIELDS, *_FINDING_FIELDS)
    merged = replace(merged, **{name: getattr(theirs, name) for name in owned})
    moves = _ANSWER_MOVES | _FINDING_MOVES if ward_finding else _ANSWER_MOVES
    if ours.status is not theirs.status and (theirs.status, ours.status) not in moves:
        merged = replace(merged, status=theirs.status)
    return merged


def moved_refusal(
    record: SheetRecord | RectificationRecord, held: SheetRecord | RectificationRecord
) -> Message | None:
    """A record that names another phase, campaign, ward, checklist or sheet than the row this
    PC holds under its uid (rules §14). Ownership, the campaign's lock and the conflict check
    are all decided from the row, so a record claiming to be elsewhere is refused before them:
    else an evaluation sent back as a self-check, or a finding pointed at the ward's own sheet,
    would pass as the ward's to change."""
    names = _SHEET_IDENTITY if isinstance(record, SheetRecord) else _ITEM_IDENTITY
    changed = [name for name in names if _differs(record, held, name)]
    if changed:
        return Message(MSG_RECORD_MOVED, {"fields": _named(changed)})
    return None


def sheet_refusal(
    record: SheetRecord, held: SheetRecord | None, from_department: bool
) -> Message | None:
    """A sheet the sender does not own (rules §14): the evaluation is the department's; a ward's
    self-check is the ward's, which the department may only reopen (草稿 again, the same
    entries). Asked only of a record ``decide`` would apply."""
    if record.phase is PhaseKind.EVALUATION:
        return None if from_department else Message(MSG_EVALUATION_BY_DEPARTMENT)
    if not from_department:
        return None
    changed = [name for name in _SHEET_FIELDS if held is None or _differs(record, held, name)]
    if record.status is not SheetStatus.DRAFT:
        changed.append("status")
    if changed:
        return Message(
            MSG_NOT_THE_SENDERS, {"fields": _named(changed), "owner": Message(OWNER_WARD)}
        )
    return None


def rectification_refusal(
    record: RectificationRecord,
    held: RectificationRecord | None,
    from_department: bool,
    ward_finding: bool,
) -> Message | None:
    """A ward's package answers an item (cause, measure, owner, done date, photos) and marks it
    done; the finding stays the department's unless it came from the ward's own self-check
    (``ward_finding``), and the deadline and re-check are always the department's. A ward's new
    item must come from its own self-check; the service checks the sheet. Asked only of a
    record ``decide`` would apply."""
    if from_department or held is None:
        return None
    owned = _RECHECK_FIELDS if ward_finding else (*_RECHECK_FIELDS, *_FINDING_FIELDS)
    changed = [name for name in owned if _differs(record, held, name)]
    moves = _ANSWER_MOVES | _FINDING_MOVES if ward_finding else _ANSWER_MOVES
    if record.status is not held.status and (held.status, record.status) not in moves:
        changed.append("status")
    if changed:
        return Message(
            MSG_NOT_THE_SENDERS, {"fields": _named(changed), "owner": Message(OWNER_DEPARTMENT)}
        )
    return None


#: The fields a refusal names, in the words the records are printed with (as phases and statuses
#: are: Chinese whatever the language, ``chinese_name``).
FIELD_NAMES = {
    "inspection_uid": "检查表",
    "item_code": "条目",
    "issued_on": "下发日期",
    "deadline": "整改期限",
    "verified_by": "复查人",
    "verified_on": "复查日期",
    "checklist_name": "检查表名称",
    "item_text": "条目内容",
    "deduction": "扣分",
    "veto_failed": "否决项",
    "problem": "存在问题",
    "status": "状态",
    "phase": "阶段",
    "campaign_uid": "活动",
    "ward_code": "病区",
    "checklist_code": "检查表",
    "checklist_version": "检查表版本",
    "entries": "评分条目",
}


def _named(fields: list[str]) -> str:
    return "、".join(FIELD_NAMES[name] for name in fields)


def _differs(record: object, held: object, name: str) -> bool:
    return bool(getattr(record, name) != getattr(held, name))


def content(record: SheetRecord | RectificationRecord) -> dict[str, object]:
    """The record without its versions: what ``Held.same_content`` compares."""
    plain = to_plain(record)
    for name in ("version", "base_version", "updated_at", "updated_by"):
        plain.pop(name)
    return plain
