"""The ranking's view and details as plain dataclasses, for the documents written from them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from nursingqc.domain.awards import AwardDecision, NominationStatus
from nursingqc.domain.ranking import WardStatus
from nursingqc.domain.statistics import is_lenient
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.nominations import NamedDeduction, NomineeView, WardOutcome
from nursingqc.services.ranking import (
    ChecklistColumn,
    DetailRow,
    ModelWardConfirmation,
    RankingRow,
    RankingView,
    WardLabel,
)

INJECTION = '=HYPERLINK("http://evil.example","点我")'


def row(
    code: str,
    name: str,
    rank: int | None,
    scores: tuple[str | None, ...],
    total: str | None,
    status: WardStatus = WardStatus.COMPLETE,
    model_ward: bool = False,
    veto: bool = False,
) -> RankingRow:
    def number(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    return RankingRow(
        ward=WardLabel(int(code[-2:]), code, name),
        rank=rank,
        shared_rank=False,
        scores=tuple(number(score) for score in scores),
        total=number(total),
        self_check_total=number("99.10") if total else None,
        self_check_gap=number("99.10") - number(total) if total else None,  # type: ignore[operator]
        self_check_missing=() if total else ("床单元", "服务态度"),
        lenient=total is not None and is_lenient(Decimal("99.10") - Decimal(total)),
        rectification_rate=Decimal("75.00") if total else None,
        rectification_items=4,
        status=status,
        veto=veto,
        missing=(),
        tie_break=None,
        award=AwardDecision.MODEL_WARD if model_ward else AwardDecision.OUTSIDE_TOP,
        proposed=model_ward,
        model_ward=model_ward,
    )


def view(rows: tuple[RankingRow, ...] | None = None) -> RankingView:
    return RankingView(
        campaign_id=1,
        campaign_name="2026年7月基础护理质量提升活动月",
        hospital="测试市人民医院",
        checklists=(
            ChecklistColumn("WARD_ENV", "病房环境", Decimal(1)),
            ChecklistColumn("BED_UNIT", "床单元", Decimal(1)),
            ChecklistColumn("SERVICE", "服务态度", Decimal(2)),
        ),
        model_ward_count=3,
        threshold=Decimal(90),
        rows=rows
        or (
            row("NK01", "心血管内科", 1, ("98.50", "97.00", "99.25"), "98.50", model_ward=True),
            row("WK02", INJECTION, 2, ("88.00", "90.00", "85.00"), "87.00"),
            row(
                "FE03", "妇科", 3, ("99.00", "99.00", "99.00"), "99.00", WardStatus.VETO, veto=True
            ),
            row("NK04", "-呼吸内科", None, ("90.00", None, None), None, WardStatus.INCOMPLETE),
        ),
        proposed=(WardLabel(1, "NK01", "心血管内科"),),
        confirmation=ModelWardConfirmation(
            (WardLabel(1, "NK01", "心血管内科"),), "护理部 王主任", datetime.now(UTC), ""
        ),
    )


def detail(n: int, problem: str = "", nurse: str = "") -> DetailRow:
    return DetailRow(
        ward_code="NK01",
        ward_name="心血管内科",
        checklist_name="病房环境",
        phase=PhaseKind.EVALUATION if n % 2 else PhaseKind.SELF_CHECK,
        inspector="质控组 赵静",
        inspected_on=date(2026, 7, 20),
        item_code=f"WE{n:02d}",
        item_text=f"条目{n} <室内> & 整洁",
        points=Decimal(15),
        deduction=Decimal("1.5") if problem else Decimal(0),
        not_applicable=n == 3,
        veto_item=False,
        veto_failed=n == 4,
        problem=problem,
        nurse=nurse,
    )


DETAILS = [
    detail(1, "床头柜积灰", "王芳"),
    detail(2, "=1+1"),
    detail(3),
    detail(4, "@SUM(A1)\x07铃"),
    *(detail(n) for n in range(5, 12)),
]


MADE_ON = date(2026, 8, 3)


def nominee(
    number: int,
    ward: WardLabel,
    nurse: str,
    status: NominationStatus,
    reason: str = "服务热情，基础护理落实到位",
    decision: str = "",
    deductions: int = 0,
    outcome: WardOutcome | None = None,
) -> NomineeView:
    decided = (
        datetime(2026, 7, 31, 2, tzinfo=UTC) if status is not NominationStatus.PENDING else None
    )
    return NomineeView(
        id=number,
        ward=ward,
        nurse_name=nurse,
        reason=reason,
        nominated_by=f"{ward.code}护士长",
        nominated_at=datetime(2026, 7, 28, 2, tzinfo=UTC),
        status=status,
        decision_reason=decision,
        decided_by="护理部 王主任" if decided else "",
        decided_at=decided,
        ward_outcome=outcome,
        deductions=tuple(
            NamedDeduction(
                PhaseKind.EVALUATION,
                "病房环境",
                f"WE0{n}",
                "床头柜整洁",
                Decimal(1),
                False,
                "积灰",
                "质控组 赵静",
                date(2026, 7, 20),
            )
            for n in range(deductions)
        ),
    )


NOMINEES = [
    nominee(
        1,
        WardLabel(4, "NK04", "-呼吸内科"),
        "李娜",
        NominationStatus.DECLINED,
        decision="材料不足",
        outcome=WardOutcome(None, None, WardStatus.INCOMPLETE, False),
    ),
    nominee(
        2,
        WardLabel(1, "NK01", "心血管内科"),
        "王芳",
        NominationStatus.APPROVED,
        deductions=1,
        outcome=WardOutcome(1, Decimal("98.50"), WardStatus.COMPLETE, True),
    ),
    nominee(3, WardLabel(2, "WK02", INJECTION), "张敏", NominationStatus.PENDING, reason=INJECTION),
]
