"""活动月流程: the four one-week phases of a campaign and what may happen in each state."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, PhaseNotOpen, ValidationError

PHASE_LENGTH = timedelta(days=7)


class PhaseKind(enum.StrEnum):
    """阶段: 自查 → 整改 → 评比 → 总结, in this order."""

    SELF_CHECK = "self_check"
    RECTIFICATION = "rectification"
    EVALUATION = "evaluation"
    SUMMARY = "summary"

    @property
    def chinese_name(self) -> str:
        """The name used on the command line and in files, whatever the UI language."""
        return _CHINESE_NAMES[self]

    @property
    def display_name(self) -> str:
        """English source text; the UI translates it in the "Phase" context."""
        return _DISPLAY_NAMES[self]

    @classmethod
    def from_chinese_name(cls, name: str) -> PhaseKind:
        for kind, chinese in _CHINESE_NAMES.items():
            if chinese == name.strip():
                return kind
        raise ValidationError(MSG_UNKNOWN_PHASE, name=name, names="|".join(_CHINESE_NAMES.values()))


_CHINESE_NAMES = {
    PhaseKind.SELF_CHECK: "自查",
    PhaseKind.RECTIFICATION: "整改",
    PhaseKind.EVALUATION: "评比",
    PhaseKind.SUMMARY: "总结",
}
_DISPLAY_NAMES = {
    PhaseKind.SELF_CHECK: QT_TRANSLATE_NOOP("Phase", "Self-check"),
    PhaseKind.RECTIFICATION: QT_TRANSLATE_NOOP("Phase", "Rectification"),
    PhaseKind.EVALUATION: QT_TRANSLATE_NOOP("Phase", "Evaluation"),
    PhaseKind.SUMMARY: QT_TRANSLATE_NOOP("Phase", "Summary"),
}


class PhaseState(enum.StrEnum):
    """未开始 → 进行中 → 已结束; a closed phase may be reopened by an admin with a reason."""

    NOT_STARTED = "not_started"
    OPEN = "open"
    CLOSED = "closed"

    @property
    def display_name(self) -> str:
        return _STATE_NAMES[self]


_STATE_NAMES = {
    PhaseState.NOT_STARTED: QT_TRANSLATE_NOOP("Phase", "Not started"),
    PhaseState.OPEN: QT_TRANSLATE_NOOP("Phase", "Open"),
    PhaseState.CLOSED: QT_TRANSLATE_NOOP("Phase", "Closed"),
}


class SheetStatus(enum.StrEnum):
    """A score sheet is a draft (草稿) until submitted (已提交); submitted sheets are read-only."""

    DRAFT = "draft"
    SUBMITTED = "submitted"


MSG_UNKNOWN_PHASE = QT_TRANSLATE_NOOP("Errors", "Unknown phase {name}; use one of {names}.")
MSG_ALREADY_OPEN = QT_TRANSLATE_NOOP("Errors", "The {phase} phase is already open.")
MSG_NOT_OPEN_CANNOT_CLOSE = QT_TRANSLATE_NOOP(
    "Errors", "The {phase} phase is not open, so it cannot be closed."
)
MSG_REOPEN_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Errors", "Reopening the closed {phase} phase needs a reason."
)
MSG_PHASE_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "The {phase} phase is not open ({state}); its entries cannot be changed."
)


@dataclass(frozen=True)
class PhasePlan:
    """One phase's dates; both ends are inclusive days."""

    kind: PhaseKind
    starts_on: date
    ends_on: date


def plan_phases(start: date) -> list[PhasePlan]:
    """Four consecutive one-week phases from the campaign's start date."""
    plans = []
    for index, kind in enumerate(PhaseKind):
        starts_on = start + index * PHASE_LENGTH
        plans.append(PhasePlan(kind, starts_on, starts_on + PHASE_LENGTH - timedelta(days=1)))
    return plans


def state_after_open(kind: PhaseKind, state: PhaseState, reason: str) -> PhaseState:
    """Opening a not-started phase is free; reopening a closed one needs a reason (audited)."""
    if state is PhaseState.OPEN:
        raise ValidationError(MSG_ALREADY_OPEN, phase=kind.chinese_name)
    if state is PhaseState.CLOSED and not reason.strip():
        raise ValidationError(MSG_REOPEN_NEEDS_REASON, phase=kind.chinese_name)
    return PhaseState.OPEN


MSG_EARLIER_STILL_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The {earlier} phase is still open. Opening {phase} now runs both at once; usually {earlier} "
    "is closed first.",
)
MSG_EARLIER_SKIPPED = QT_TRANSLATE_NOOP(
    "Errors",
    "The {earlier} phase was never opened. Opening {phase} now skips it: its work (such as the "
    "wards' rectification) is not done in the program.",
)


def opening_warnings(
    kind: PhaseKind, states: Mapping[PhaseKind, PhaseState]
) -> list[tuple[str, dict[str, object]]]:
    """What is out of order in opening ``kind`` (rules §2.3): an earlier phase still open, or one
    never opened. Opening is still allowed; the department is told first."""
    warnings: list[tuple[str, dict[str, object]]] = []
    for earlier in PhaseKind:
        if earlier is kind:
            break
        names: dict[str, object] = {"earlier": earlier.chinese_name, "phase": kind.chinese_name}
        if states[earlier] is PhaseState.OPEN:
            warnings.append((MSG_EARLIER_STILL_OPEN, names))
        elif states[earlier] is PhaseState.NOT_STARTED:
            warnings.append((MSG_EARLIER_SKIPPED, names))
    return warnings


def state_after_close(kind: PhaseKind, state: PhaseState) -> PhaseState:
    if state is not PhaseState.OPEN:
        raise ValidationError(MSG_NOT_OPEN_CANNOT_CLOSE, phase=kind.chinese_name)
    return PhaseState.CLOSED


def require_open(kind: PhaseKind, state: PhaseState) -> None:
    """Entries of a phase change only while it is open: closing a phase locks them."""
    if state is not PhaseState.OPEN:
        state_name = Message(state.display_name, {}, "Phase")
        raise PhaseNotOpen(MSG_PHASE_NOT_OPEN, phase=kind.chinese_name, state=state_name)


@dataclass(frozen=True)
class CampaignSpan:
    """A campaign as the clash rule sees it: its name and its first and last day (its id once
    it is stored)."""

    name: str
    starts_on: date
    ends_on: date
    campaign_id: int | None = None

    def overlaps(self, other: CampaignSpan) -> bool:
        return self.starts_on <= other.ends_on and other.starts_on <= self.ends_on


@dataclass(frozen=True)
class Clash:
    """冲突: an existing campaign a new one would be mistaken for (same name) or would run
    alongside (overlapping weeks), so that two wards' self-checks land in different campaigns."""

    existing: CampaignSpan
    same_name: bool
    overlapping: bool


def campaign_span(name: str, start: date) -> CampaignSpan:
    """The span a new campaign starting on ``start`` will cover with its four phases."""
    return CampaignSpan(name, start, plan_phases(start)[-1].ends_on)


def _comparable_name(name: str) -> str:
    # "2026年7月 活动月" and "2026年7月活动月" are the same campaign to a reader.
    return "".join(name.split()).casefold()


def find_clashes(new: CampaignSpan, existing: list[CampaignSpan]) -> list[Clash]:
    """The existing campaigns with the same name or overlapping dates, in the order given."""
    clashes = []
    for other in existing:
        same_name = _comparable_name(other.name) == _comparable_name(new.name)
        overlapping = new.overlaps(other)
        if same_name or overlapping:
            clashes.append(Clash(other, same_name, overlapping))
    return clashes


MSG_CAMPAIGN_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "{campaign} was published and locked when its summary phase closed; nothing in it can be "
    "changed. The nursing department can reopen the summary phase, with a reason, to correct it.",
)


def is_published(summary: PhaseState) -> bool:
    """发布: closing the 总结 phase publishes the results and locks the whole campaign."""
    return summary is PhaseState.CLOSED


def require_unlocked(campaign: str, summary: PhaseState, kind: PhaseKind | None = None) -> None:
    """Every change to a published campaign is refused; only reopening its summary is not
    (``kind`` is the phase being reopened, when that is the change)."""
    if is_published(summary) and kind is not PhaseKind.SUMMARY:
        raise PhaseNotOpen(MSG_CAMPAIGN_LOCKED, campaign=campaign)
