"""整改通知单 as data: what a rectification notice says, whoever prints it (PDF, preview, CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from nursingqc.domain.workflow import PhaseKind

DEFAULT_REQUIREMENT = (
    "请病区针对以上问题认真分析原因，制定并落实整改措施，于整改期限前完成整改，"
    "填写整改反馈后交护理部复查。"
)


@dataclass(frozen=True)
class NoticeProblem:
    """存在问题: one row of the notice, taken from a rectification item (整改项)."""

    checklist: str
    item_code: str
    item_text: str
    deduction: Decimal
    problem: str
    veto_failed: bool = False
    #: The ward's reply to this problem, when it has been filled in.
    cause: str = ""
    measure: str = ""
    done_on: date | None = None
    #: Where the finding came from (自查 or 评比) and who made that inspection (its 检查人).
    source: PhaseKind | None = None
    checker: str = ""


@dataclass(frozen=True)
class NoticeRecheck:
    """复查: who checked the ward's work again, when, and what they found."""

    inspector: str
    checked_on: date | None
    result: str


@dataclass(frozen=True)
class NoticeData:
    """整改通知单 for one ward and one source; plain values so any caller (service, CLI, test)
    can make one.

    ``source`` is the round the problems were found in: a self-check notice (自查) lists the
    ward's own findings and names the head nurse who checked as 检查人, an evaluation notice
    (评比) the department's findings and only its inspectors. None: a notice of a ward with
    nothing to rectify, or one a caller made without saying.
    """

    hospital: str
    number: str
    ward_code: str
    ward_name: str
    issued_on: date
    deadline: date
    inspection_dates: tuple[date, ...] = ()
    inspectors: tuple[str, ...] = ()
    problems: tuple[NoticeProblem, ...] = ()
    head_nurse: str = ""
    campaign: str = ""
    requirement: str = DEFAULT_REQUIREMENT
    department: str = "护理部"
    recheck: NoticeRecheck | None = None
    opinion: str = ""
    source: PhaseKind | None = None

    @property
    def ward_label(self) -> str:
        return f"{self.ward_name}（{self.ward_code}）"
