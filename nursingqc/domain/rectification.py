"""整改: what becomes a rectification item, how an item moves through its states, its deadline.

An item is born from a finding of a submitted sheet — an item with a deduction or a failed veto —
and keeps a snapshot of that finding, so rewriting a reopened sheet's draft changes nothing here.
Its states (rules §6.2)::

    待整改 OPEN ──mark done──▶ 已整改待复查 AWAITING_RECHECK ──verify──▶ 复查通过 VERIFIED
        ▲                              │
        └──────── reject (复查未通过, a new deadline; the rejection stays in the history)

When a submitted sheet is reopened and submitted again, its items are reconciled with the new
findings (see :func:`reconcile`): a finding still there keeps its item, whatever its state (its
snapshot follows the corrected deduction and text, recorded as a revision); a finding that is gone
withdraws an item not yet verified (撤销, kept with its history, left out of every rate); a new
finding becomes a new item. Editing an item never moves its deadline: only a delay with a reason
and a later date, or a rejection with a new date, does.

Who may take which step (rules §6.3) is decided here too, once, for the services' refusals and for
the window's buttons alike (:func:`next_steps`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from nursingqc.domain.scoring import ItemEntry


class RectificationStatus(enum.StrEnum):
    OPEN = "open"
    AWAITING_RECHECK = "awaiting_recheck"
    VERIFIED = "verified"
    WITHDRAWN = "withdrawn"

    @property
    def display_name(self) -> str:
        """English source text; the UI translates it in the "Rectification" context."""
        return _STATUS_NAMES[self]

    @property
    def chinese_name(self) -> str:
        """The name printed on notices and written to files, whatever the UI language."""
        return _CHINESE_NAMES[self]


_STATUS_NAMES = {
    RectificationStatus.OPEN: QT_TRANSLATE_NOOP("Rectification", "To rectify"),
    RectificationStatus.AWAITING_RECHECK: QT_TRANSLATE_NOOP(
        "Rectification", "Rectified, awaiting re-check"
    ),
    RectificationStatus.VERIFIED: QT_TRANSLATE_NOOP("Rectification", "Re-check passed"),
    RectificationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Rectification", "Withdrawn"),
}
_CHINESE_NAMES = {
    RectificationStatus.OPEN: "待整改",
    RectificationStatus.AWAITING_RECHECK: "已整改待复查",
    RectificationStatus.VERIFIED: "复查通过",
    RectificationStatus.WITHDRAWN: "已撤销",
}

# The work is still to do: the item can go overdue and its deadline can move.
STILL_TO_DO = frozenset({RectificationStatus.OPEN, RectificationStatus.AWAITING_RECHECK})


class RectificationAction(enum.StrEnum):
    """What happened to an item; each is one line of its history."""

    CREATED = "created"
    REVISED = "revised"
    FILLED = "filled"
    MARKED_DONE = "marked_done"
    VERIFIED = "verified"
    REJECTED = "rejected"
    DELAYED = "delayed"
    WITHDRAWN = "withdrawn"
    RESTORED = "restored"
    PHOTO_ADDED = "photo_added"


MSG_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "This item is {status}; only an item still to rectify can be changed or marked done."
)
MSG_NOT_AWAITING = QT_TRANSLATE_NOOP(
    "Errors", "This item is {status}; only an item marked as rectified can be re-checked."
)
MSG_NEEDS_CAUSE_AND_MEASURE = QT_TRANSLATE_NOOP(
    "Errors", "Fill in the cause and the measure before marking the item as rectified."
)
MSG_DONE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Errors", "The date the item was rectified ({done}) cannot be later than today ({today})."
)
MSG_DONE_BEFORE_ISSUE = QT_TRANSLATE_NOOP(
    "Errors", "The date the item was rectified ({done}) cannot be before it was issued ({issued})."
)
MSG_REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Please give a reason.")
MSG_NEW_DEADLINE_NOT_LATER = QT_TRANSLATE_NOOP(
    "Errors", "The new deadline {new} must be later than the current one ({current})."
)
MSG_DEADLINE_IN_PAST = QT_TRANSLATE_NOOP(
    "Errors", "The new deadline {new} is before today ({today}); choose today or a later day."
)
MSG_CANNOT_DELAY = QT_TRANSLATE_NOOP(
    "Errors", "This item is {status}; its deadline can no longer be moved."
)
MSG_TOO_MANY_PHOTOS = QT_TRANSLATE_NOOP(
    "Errors", "An item keeps at most {limit} pictures; remove one before adding another."
)
MSG_NO_PHOTOS_WHEN_WITHDRAWN = QT_TRANSLATE_NOOP(
    "Errors", "This item is withdrawn; no more photos can be added to it."
)
MAX_PHOTOS_PER_ITEM = 6
#: 延期: the dialog proposes the seventh day counted from the first day the deadline may move to.
PROPOSED_DELAY = timedelta(days=6)


@dataclass(frozen=True)
class Finding:
    """存在问题 of a submitted sheet: what an item with a deduction or a failed veto says."""

    item_code: str
    deduction: Decimal
    veto_failed: bool
    problem: str


def findings(entries: Mapping[str, ItemEntry]) -> dict[str, Finding]:
    """Every item below full marks or with a failed veto becomes a finding (rules §6.1)."""
    return {
        code: Finding(code, entry.deduction, entry.veto_failed, entry.problem.strip())
        for code, entry in entries.items()
        if not entry.not_applicable and (entry.deduction > 0 or entry.veto_failed)
    }


@dataclass(frozen=True)
class ExistingItem:
    """What reconciling needs to know of an item already made from the same sheet."""

    item_code: str
    status: RectificationStatus
    finding: Finding


@dataclass(frozen=True)
class Reconciliation:
    create: tuple[Finding, ...]
    revise: tuple[Finding, ...]
    withdraw: tuple[str, ...]
    restore: tuple[Finding, ...]


def reconcile(existing: Iterable[ExistingItem], found: Mapping[str, Finding]) -> Reconciliation:
    """Brings a sheet's items in line with its findings at a (re)submission; see the module text."""
    create, revise, withdraw, restore = [], [], [], []
    known = {item.item_code: item for item in existing}
    for code, finding in found.items():
        item = known.get(code)
        if item is None:
            create.append(finding)
        elif item.status is RectificationStatus.WITHDRAWN:
            restore.append(finding)
        elif item.finding != finding:
            revise.append(finding)
    for code, item in known.items():
        if code not in found and item.status in STILL_TO_DO:
            withdraw.append(code)
    return Reconciliation(tuple(create), tuple(revise), tuple(withdraw), tuple(restore))


def default_deadline(issued_on: date, days: int) -> date:
    """整改期限: the campaign's number of days after the item was issued."""
    return issued_on + timedelta(days=days)


def is_overdue(status: RectificationStatus, deadline: date, today: date) -> bool:
    """逾期: past the deadline and not verified (a withdrawn item is nobody's to do)."""
    return status in STILL_TO_DO and today > deadline


def require_open(status: RectificationStatus) -> None:
    if status is not RectificationStatus.OPEN:
        raise ValidationError(MSG_NOT_OPEN, status=status.chinese_name)


def after_marked_done(
    status: RectificationStatus,
    cause: str,
    measure: str,
    done_on: date,
    today: date,
    issued_on: date,
) -> RectificationStatus:
    """已整改: needs the ward's answer and a done date between the issue and today."""
    require_open(status)
    if not cause.strip() or not measure.strip():
        raise ValidationError(MSG_NEEDS_CAUSE_AND_MEASURE)
    if done_on > today:
        raise ValidationError(MSG_DONE_IN_FUTURE, done=done_on.isoformat(), today=today.isoformat())
    if done_on < issued_on:
        raise ValidationError(
            MSG_DONE_BEFORE_ISSUE, done=done_on.isoformat(), issued=issued_on.isoformat()
        )
    return RectificationStatus.AWAITING_RECHECK


def after_verified(status: RectificationStatus) -> RectificationStatus:
    if status is not RectificationStatus.AWAITING_RECHECK:
        raise ValidationError(MSG_NOT_AWAITING, status=status.chinese_name)
    return RectificationStatus.VERIFIED


def after_rejected(
    status: RectificationStatus, reason: str, new_deadline: date, today: date
) -> RectificationStatus:
    """复查未通过: back to 待整改 with a new deadline from today on."""
    if status is not RectificationStatus.AWAITING_RECHECK:
        raise ValidationError(MSG_NOT_AWAITING, status=status.chinese_name)
    if not reason.strip():
        raise ValidationError(MSG_REASON_NEEDED)
    if new_deadline < earliest_new_deadline(today):
        raise ValidationError(
            MSG_DEADLINE_IN_PAST, new=new_deadline.isoformat(), today=today.isoformat()
        )
    return RectificationStatus.OPEN


def earliest_new_deadline(today: date) -> date:
    """复查未通过: the new deadline runs from today on, even if that is before the old one."""
    return today


def earliest_delay(current: date) -> date:
    """延期 moves a deadline later: the day after the current one at the earliest."""
    return current + timedelta(days=1)


def check_delay(
    status: RectificationStatus, reason: str, current: date, new_deadline: date
) -> None:
    """A delay (延期) needs a reason and a later date, and only while the work is still to do."""
    if status not in STILL_TO_DO:
        raise ValidationError(MSG_CANNOT_DELAY, status=status.chinese_name)
    if not reason.strip():
        raise ValidationError(MSG_REASON_NEEDED)
    if new_deadline < earliest_delay(current):
        raise ValidationError(
            MSG_NEW_DEADLINE_NOT_LATER, new=new_deadline.isoformat(), current=current.isoformat()
        )


def photo_refusal(status: RectificationStatus, photos: int) -> ValidationError | None:
    """Why no more 整改照片 may be added to an item with ``photos`` of them (None: one may)."""
    if status is RectificationStatus.WITHDRAWN:
        return ValidationError(MSG_NO_PHOTOS_WHEN_WITHDRAWN)
    if photos >= MAX_PHOTOS_PER_ITEM:
        return ValidationError(MSG_TOO_MANY_PHOTOS, limit=MAX_PHOTOS_PER_ITEM)
    return None


# -- who does what (rules §1.2, rules §6.3) ----------------------------------------------------


def sees_every_ward(actor: Actor) -> bool:
    """Inspectors and the department see every ward's items; a head nurse her own ward's."""
    return may(actor, Permission.RECHECK_RECTIFICATION)


def may_see(actor: Actor, ward_id: int) -> bool:
    return sees_every_ward(actor) or actor.ward_id == ward_id


def may_answer(actor: Actor, ward_id: int) -> bool:
    """The ward's side — cause, measure, owner, done, photos: its own head nurse, or the
    department for any ward; never an inspector."""
    return may(actor, Permission.ANSWER_RECTIFICATION) and (
        actor.is_admin or actor.ward_id == ward_id
    )


def may_recheck(actor: Actor, ward_id: int) -> bool:
    """The re-check — verify, reject, delay: an inspector or the department, never the ward that
    did the work."""
    return may(actor, Permission.RECHECK_RECTIFICATION) and (
        actor.is_admin or actor.ward_id != ward_id
    )


@dataclass(frozen=True)
class NextSteps:
    """What one actor can do next with one item, and the dates the window proposes: computed
    here once, so the buttons offered and the refusals of the services cannot disagree."""

    #: Write cause, measure and owner and mark the item done (待整改 only).
    may_answer: bool
    #: Verify or reject (已整改待复查 only).
    may_recheck: bool
    may_delay: bool
    may_add_photo: bool
    #: Take a photo off the item, with a reason (the side that adds photos, rules §6.8).
    may_remove_photo: bool
    #: 完成日期: not later than today (rules §6.3).
    done_latest: date
    reject_earliest: date
    #: A failed re-check gives the ward the campaign's days again, from today.
    reject_proposed: date
    delay_earliest: date
    delay_proposed: date


def next_steps(
    actor: Actor,
    ward_id: int,
    status: RectificationStatus,
    deadline: date,
    photos: int,
    *,
    locked: bool,
    today: date,
    rectification_days: int,
) -> NextSteps:
    """The steps open to ``actor`` on an item of ward ``ward_id``; a published campaign's
    (``locked``) items take none."""
    answers = not locked and may_answer(actor, ward_id)
    rechecks = not locked and may_recheck(actor, ward_id)
    reject_earliest = earliest_new_deadline(today)
    delay_earliest = earliest_delay(deadline)
    return NextSteps(
        may_answer=answers and status is RectificationStatus.OPEN,
        may_recheck=rechecks and status is RectificationStatus.AWAITING_RECHECK,
        may_delay=rechecks and status in STILL_TO_DO,
        may_add_photo=answers and photo_refusal(status, photos) is None,
        may_remove_photo=answers,
        done_latest=today,
        reject_earliest=reject_earliest,
        reject_proposed=default_deadline(reject_earliest, rectification_days),
        delay_earliest=delay_earliest,
        delay_proposed=max(delay_earliest, today) + PROPOSED_DELAY,
    )


@dataclass(frozen=True)
class Rates:
    """整改完成率 and 按时完成率 of a set of items (withdrawn items left out)."""

    items: int
    verified: int
    verified_on_time: int

    @property
    def completion(self) -> Fraction | None:
        return None if not self.items else Fraction(self.verified, self.items)

    @property
    def on_time(self) -> Fraction | None:
        return None if not self.items else Fraction(self.verified_on_time, self.items)


def rates(items: Iterable[tuple[RectificationStatus, date, date | None]]) -> Rates:
    """From (status, deadline, verified on) of each item: rules §6.6's two rates."""
    counted = verified = on_time = 0
    for status, deadline, verified_on in items:
        if status is RectificationStatus.WITHDRAWN:
            continue
        counted += 1
        if status is RectificationStatus.VERIFIED:
            verified += 1
            on_time += verified_on is not None and verified_on <= deadline
    return Rates(counted, verified, on_time)
