"""The ranking service: rules §4 from the database, model wards confirmed, excellent nurses."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Actor
from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.errors import (
    ConcurrentChange,
    NotFound,
    NursingQCError,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.ranking import (
    Ranking,
    TieBreak,
    WardStatus,
)
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services import ranking as ranking_service
from nursingqc.services.container import Services
from nursingqc.services.inspections import SheetKey
from nursingqc.services.nominations import (
    MSG_ALREADY_NOMINATED,
    MSG_DECLINE_NEEDS_REASON,
    MSG_NOMINATE_OWN_WARD,
    MSG_NOMINATED_BY_WARD,
    MSG_NOMINATION_CHANGED,
    MSG_NOMINATION_REASON_REQUIRED,
    MSG_NURSE_NAME_REQUIRED,
)
from nursingqc.services.ranking import (
    MSG_CHANGE_NEEDS_REASON,
    MSG_INCOMPLETE_NOT_MODEL,
    MSG_MODEL_WARDS_CHANGED,
    MSG_RANKING_NOT_PUBLISHED,
    MSG_VETO_NOT_MODEL,
    MSG_WARD_NOT_IN_CAMPAIGN,
    RankingView,
)
from nursingqc.storage.models import (
    Inspection,
    ItemResult,
    ModelWardDecision,
    RectificationItem,
)
from tests.helpers import TODAY, Hospital, audit_entries, executed_statements, submit
from tests.months import (
    BED,
    ENV,
    NOW,
    SERVICE,
    Month,
    build_month,
    nominations_in_database,
    ranked_month,
)


def actual(view: RankingView) -> list[tuple[object, ...]]:
    return [
        (
            r.ward.code,
            r.rank,
            r.status,
            r.scores,
            r.total,
            r.self_check_total,
            r.self_check_gap,
            r.veto,
            r.tie_break,
            r.award,
        )
        for r in view.rows
    ]


@pytest.fixture
def month(services: Services) -> Month:
    return build_month(services)


# -- the ranking ---------------------------------------------------------------------------


def test_ranking_from_the_database_equals_the_rules_on_the_item_rows(services: Services) -> None:
    month = build_month(services, wards=7, weights=[Decimal(1), Decimal(1), Decimal(2)])
    # W01: two inspectors on ENV, 98 and (90 − 4.5) / 90 = 95 with a 10-point item N/A → 96.5.
    month.put("W01", ENV, month.entries(ENV, {"1": "2"}), inspector="甲")
    month.put("W01", ENV, month.entries(ENV, {"1": "4.5"}, not_applicable=("2",)), inspector="乙")
    month.put("W01", BED)
    month.put("W01", SERVICE, month.entries(SERVICE, {"2": "1"}))
    # W02 and W03 tie on the total (98.5; SERVICE weighs 2); W02 has the better SERVICE score.
    month.put_all("W02", BED_UNIT="4", SERVICE="1")
    month.put_all("W03", WARD_ENV="1", BED_UNIT="1", SERVICE="2")
    # W04: the best total, but a failed veto from the second inspector → after the clean wards.
    month.put_all("W04")
    month.put("W04", SERVICE, month.entries(SERVICE, veto=("SV04",)), inspector="乙")
    # W05: no SERVICE inspection submitted (a draft only) → incomplete, listed last.
    month.put("W05", ENV)
    month.put("W05", BED)
    month.put("W05", SERVICE, status=SheetStatus.DRAFT)
    # W06: self-check only; W07 nothing.
    month.put_all("W06", PhaseKind.SELF_CHECK)
    # Self-checks of W01 (lenient: full marks) for the gap.
    month.put_all("W01", PhaseKind.SELF_CHECK)

    view = month.services.ranking.ranking(month.admin, month.campaign.id)

    assert actual(view) == month.expected()
    assert [(r.ward.code, r.rank, r.status) for r in view.rows] == [
        ("W01", 1, WardStatus.COMPLETE),
        ("W02", 2, WardStatus.COMPLETE),
        ("W03", 3, WardStatus.COMPLETE),
        ("W04", 4, WardStatus.VETO),
        ("W05", None, WardStatus.INCOMPLETE),
        ("W06", None, WardStatus.INCOMPLETE),
        ("W07", None, WardStatus.INCOMPLETE),
    ]
    w01 = view.row_for(month.wards["W01"])
    assert w01.scores == (Decimal("96.50"), Decimal("100.00"), Decimal("99.00"))
    # (96.5 + 100 + 2 × 99) / 4
    assert w01.total == Decimal("98.63")
    assert (w01.self_check_total, w01.self_check_gap) == (Decimal("100.00"), Decimal("1.37"))
    assert [r.lenient for r in view.rows] == [False] * 7  # 1.37 is under the margin of 5
    assert view.row_for(month.wards["W03"]).tie_break is TieBreak.SERVICE_SCORE
    assert view.row_for(month.wards["W05"]).missing == ("服务态度",)
    assert [r.result for r in view.rows] == ["示范病房"] * 3 + ["", "未完成", "未完成", "未完成"]
    assert [r.veto for r in view.rows] == [False, False, False, True, False, False, False]
    assert [c.name for c in view.checklists] == ["病房环境", "床单元", "服务态度"]
    assert view.hospital == "测试市人民医院" and view.confirmation is None
    assert [w.code for w in view.proposed] == ["W01", "W02", "W03"]


def test_tie_on_total_and_service_goes_to_the_lowest_checklist_score(services: Services) -> None:
    month = build_month(services, wards=3)
    month.put_all("W01", WARD_ENV="3")  # 97, 100, 100
    month.put_all("W02", WARD_ENV="1.5", BED_UNIT="1.5")  # 98.5, 98.5, 100: better lowest
    month.put_all("W03", WARD_ENV="1.5", BED_UNIT="1.5")  # same as W02: a shared rank
    view = month.services.ranking.ranking(month.inspector, month.campaign.id)
    assert actual(view) == month.expected()
    assert [(r.ward.code, r.rank, r.shared_rank, r.tie_break) for r in view.rows] == [
        ("W02", 1, True, None),
        ("W03", 1, True, None),
        ("W01", 3, False, TieBreak.LOWEST_SCORE),
    ]


def test_the_number_of_queries_does_not_grow_with_the_wards(services: Services) -> None:
    month = build_month(services, wards=12)
    for code in ["W01", "W02"]:
        month.put_all(code)
        month.put_all(code, PhaseKind.SELF_CHECK)
    with executed_statements(services) as few:
        month.services.ranking.ranking(month.admin, month.campaign.id)
    for code in [f"W{n:02d}" for n in range(3, 13)]:
        month.put_all(code)
        month.put_all(code, PhaseKind.SELF_CHECK)
        month.put(code, ENV, inspector="质控员乙")
    with executed_statements(services) as many:
        view = month.services.ranking.ranking(month.admin, month.campaign.id)
    assert len([r for r in view.rows if r.rank]) == 12
    assert len(many) == len(few) <= 12
    aggregates = [s for s in many if "GROUP BY" in s]
    assert len(aggregates) == 3  # one per phase, and the rectification rates
    # Neither item rows nor rectification items are read one by one.
    assert all("item_results" not in s for s in many if s not in aggregates)
    assert all("rectification_items" not in s for s in many if s not in aggregates)
    assert all("sum(" in s.lower() and "avg(" not in s.lower() for s in aggregates)
    assert all("round(" not in s.lower() for s in many)


def test_rectification_rate_counts_verified_items_of_the_ward(
    services: Services, month: Month
) -> None:
    month.put_all("W01")
    with services.database.transaction() as session:
        inspection_id = session.scalar(select(Inspection.id))
        item_id = session.scalar(select(ItemResult.item_id))
        assert item_id is not None
        for n, status in enumerate(
            [
                RectificationStatus.VERIFIED,
                RectificationStatus.OPEN,
                RectificationStatus.AWAITING_RECHECK,
                RectificationStatus.WITHDRAWN,
            ]
        ):
            session.add(
                RectificationItem(
                    campaign_id=month.campaign.id,
                    ward_id=month.wards["W01"],
                    inspection_id=inspection_id,
                    checklist_item_id=item_id + n,
                    checklist_name="病房环境",
                    item_code=f"X{n}",
                    item_text="",
                    deduction=Decimal(1),
                    problem="p",
                    issued_on=TODAY,
                    deadline=TODAY,
                    status=status,
                    updated_at=NOW,
                )
            )
    view = services.ranking.ranking(month.admin, month.campaign.id)
    w01 = view.row_for(month.wards["W01"])
    assert (w01.rectification_rate, w01.rectification_items) == (Decimal("33.33"), 3)
    assert view.row_for(month.wards["W02"]).rectification_rate is None


def test_head_nurses_do_not_see_the_ranking_before_it_is_published(
    services: Services, month: Month
) -> None:
    nurse = month.head_nurse("W01")
    with pytest.raises(PermissionDenied) as refused:
        services.ranking.ranking(nurse, month.campaign.id)
    assert refused.value.template == MSG_RANKING_NOT_PUBLISHED
    with pytest.raises(PermissionDenied):
        services.ranking.details(nurse, month.campaign.id)
    assert services.ranking.ranking(month.inspector, month.campaign.id).rows


def test_details_list_every_item_of_submitted_inspections(services: Services, month: Month) -> None:
    month.put("W01", ENV, month.entries(ENV, {"1": "1.5"}, not_applicable=("3",), nurse="王芳"))
    month.put("W01", BED, phase=PhaseKind.SELF_CHECK)
    month.put("W02", ENV, status=SheetStatus.DRAFT)
    with services.ranking.details(month.admin, month.campaign.id) as streamed:
        details = list(streamed)
        count = len(streamed)
    env_items = len(month.definitions[ENV].items)
    assert len(details) == count == env_items + len(month.definitions[BED].items)
    assert details[0].phase is PhaseKind.SELF_CHECK  # 自查 first within a ward
    first = next(d for d in details if d.phase is PhaseKind.EVALUATION)
    assert (first.ward_code, first.checklist_name, first.inspector) == (
        "W01",
        "病房环境",
        "质控员甲",
    )
    assert (first.points, first.deduction, first.nurse) == (Decimal(15), Decimal("1.5"), "王芳")
    assert [d.not_applicable for d in details if d.phase is PhaseKind.EVALUATION][2] is True


# -- model wards (示范病房) ----------------------------------------------------------------


def decisions(services: Services) -> list[tuple[int, bool, bool, str]]:
    with services.database.transaction() as session:
        return [
            (d.ward_id, d.model_ward, d.proposed, d.reason)
            for d in session.scalars(select(ModelWardDecision).order_by(ModelWardDecision.ward_id))
        ]


def test_admin_confirms_the_proposal_without_a_reason(services: Services) -> None:
    month = ranked_month(services)
    ids = [month.wards["W01"], month.wards["W02"]]
    view = services.ranking.confirm_model_wards(month.admin, month.campaign.id, ids, seen=None)
    assert view.confirmation is not None
    assert [w.code for w in view.model_wards] == ["W01", "W02"] == [w.code for w in view.proposed]
    assert view.confirmation.decided_by == "护理部 王主任"
    assert decisions(services) == [(ids[0], True, True, ""), (ids[1], True, True, "")]
    (entry,) = audit_entries(services, "confirm_model_wards")
    assert entry.username == "admin" and entry.before is None
    assert json.loads(entry.after or "") == {
        "model_wards": ["W01", "W02"],
        "proposed": ["W01", "W02"],
    }


def test_changing_the_proposal_needs_a_reason_and_is_audited(services: Services) -> None:
    month = ranked_month(services)
    chosen = [month.wards["W01"], month.wards["W03"]]
    with pytest.raises(ValidationError) as refused:
        services.ranking.confirm_model_wards(
            month.admin, month.campaign.id, chosen, "  ", seen=None
        )
    assert refused.value.template == MSG_CHANGE_NEEDS_REASON
    assert decisions(services) == [] and audit_entries(services, "confirm_model_wards") == []

    view = services.ranking.confirm_model_wards(
        month.admin, month.campaign.id, chosen, "W02 患者投诉未处理", seen=None
    )
    assert [w.code for w in view.proposed] == ["W01", "W02"]
    assert view.confirmed is not None and [w.code for w in view.confirmed] == ["W01", "W03"]
    assert [(r.ward.code, r.proposed, r.model_ward, r.result) for r in view.rows[:3]] == [
        ("W01", True, True, "示范病房"),
        ("W02", True, False, ""),
        ("W03", False, True, "示范病房"),
    ]
    assert decisions(services) == [
        (month.wards["W01"], True, True, "W02 患者投诉未处理"),
        (month.wards["W02"], False, True, "W02 患者投诉未处理"),
        (month.wards["W03"], True, False, "W02 患者投诉未处理"),
    ]
    # A later confirmation replaces it; the audit log keeps both, the second naming the first.
    assert view.confirmation is not None
    services.ranking.confirm_model_wards(
        month.admin,
        month.campaign.id,
        [month.wards["W01"], month.wards["W02"]],
        seen=view.confirmation.decided_at,
    )
    first, second = audit_entries(services, "confirm_model_wards")
    assert first.reason == "W02 患者投诉未处理"
    assert json.loads(second.before or "") == {"model_wards": ["W01", "W03"]}
    assert len(decisions(services)) == 2


@pytest.mark.parametrize(
    ("ward", "template", "error"),
    [
        ("W04", MSG_VETO_NOT_MODEL, ValidationError),
        ("W05", MSG_INCOMPLETE_NOT_MODEL, ValidationError),
    ],
)
def test_a_veto_or_incomplete_ward_cannot_be_made_a_model_ward(
    services: Services, ward: str, template: str, error: type[NursingQCError]
) -> None:
    month = ranked_month(services)
    with pytest.raises(error) as refused:
        services.ranking.confirm_model_wards(
            month.admin, month.campaign.id, [month.wards[ward]], "院长推荐", seen=None
        )
    assert refused.value.template == template
    assert refused.value.params == {"ward": ward}
    assert decisions(services) == []


def test_only_the_department_confirms_model_wards(services: Services) -> None:
    month = ranked_month(services)
    for actor in (month.inspector, month.head_nurse("W01")):
        with pytest.raises(PermissionDenied):
            services.ranking.confirm_model_wards(
                actor, month.campaign.id, [month.wards["W01"]], seen=None
            )
    with pytest.raises(NotFound) as refused:
        services.ranking.confirm_model_wards(month.admin, month.campaign.id, [9999], "x", seen=None)
    assert refused.value.template == MSG_WARD_NOT_IN_CAMPAIGN
    assert decisions(services) == []


# -- excellent nurses (优秀护士) -----------------------------------------------------------


def test_head_nurse_nominates_her_own_ward_and_sees_the_deductions_that_name_her(
    services: Services,
) -> None:
    month = build_month(services, wards=2)
    nurse = month.head_nurse("W01")
    services.campaigns.open_phase(month.admin, month.campaign.id, PhaseKind.SELF_CHECK)
    # Through the score sheet: a self-check deduction naming 王芳 (with stray spaces), one naming
    # 王芳芳 (another nurse), and the evaluation's deduction naming her.
    key = SheetKey(month.campaign.id, month.wards["W01"], month.checklist_ids[ENV])
    entries = month.entries(ENV, {"1": "1"}, nurse=" 王芳 ")
    entries["WE02"] = ItemEntry(Decimal("0.5"), problem="床头柜积灰", nurse="王芳芳")
    submit(services, nurse, key, entries)
    month.put("W01", BED, month.entries(BED, {"2": "2"}, nurse="王芳"), inspector="质控员乙")
    month.put("W02", BED, month.entries(BED, {"3": "1"}, nurse="王芳"))  # a 王芳 of W02

    view = services.nominations.nominate(
        nurse, month.campaign.id, month.wards["W01"], " 王芳", "细心"
    )
    assert (view.nurse_name, view.reason, view.status) == ("王芳", "细心", NominationStatus.PENDING)
    assert view.ward_outcome is None  # a head nurse does not see the ranking yet
    assert [(d.phase, d.checklist_name, d.deduction) for d in view.deductions] == [
        (PhaseKind.SELF_CHECK, "病房环境", Decimal(1)),
        (PhaseKind.EVALUATION, "床单元", Decimal(2)),
    ]
    assert view.deductions[1].inspector == "质控员乙"
    (entry,) = audit_entries(services, "nominate")
    assert entry.username == "w01"
    assert json.loads(entry.after or "") == {"nurse": "王芳", "reason": "细心", "ward": "W01"}

    admin_view = services.nominations.nominations(month.admin, month.campaign.id)
    assert admin_view[0].ward_outcome is not None
    assert admin_view[0].ward_outcome.status is WardStatus.INCOMPLETE
    assert services.nominations.nominations(month.head_nurse("W02"), month.campaign.id) == []


def test_nominations_are_refused_with_the_reason(services: Services) -> None:
    month = build_month(services, wards=2)
    nurse = month.head_nurse("W01")
    campaign, w01, w02 = month.campaign.id, month.wards["W01"], month.wards["W02"]
    cases: list[tuple[Actor, int, str, str, type[NursingQCError], str]] = [
        (nurse, w02, "李娜", "认真", PermissionDenied, MSG_NOMINATE_OWN_WARD),
        (month.inspector, w01, "李娜", "认真", PermissionDenied, MSG_NOMINATED_BY_WARD),
        (nurse, w01, "  ", "认真", ValidationError, MSG_NURSE_NAME_REQUIRED),
        (nurse, w01, "李娜", " ", ValidationError, MSG_NOMINATION_REASON_REQUIRED),
    ]
    for actor, ward, name, reason, error, template in cases:
        with pytest.raises(error) as refused:
            services.nominations.nominate(actor, campaign, ward, name, reason)
        assert refused.value.template == template
    services.nominations.nominate(nurse, campaign, w01, "李娜", "认真")
    with pytest.raises(ValidationError) as refused_twice:
        services.nominations.nominate(month.admin, campaign, w01, "李娜 ", "纸质推荐")
    assert refused_twice.value.template == MSG_ALREADY_NOMINATED
    assert refused_twice.value.params == {"nurse": "李娜", "ward": "W01"}
    assert nominations_in_database(services) == [("李娜", NominationStatus.PENDING, "")]


def test_the_department_approves_or_declines_with_a_reason(services: Services) -> None:
    month = build_month(services, wards=2)
    nurse = month.head_nurse("W01")
    first = services.nominations.nominate(
        nurse, month.campaign.id, month.wards["W01"], "李娜", "认真"
    )
    second = services.nominations.nominate(
        month.admin, month.campaign.id, month.wards["W02"], "赵敏", "纸质推荐"
    )
    for actor in (nurse, month.inspector):
        with pytest.raises(PermissionDenied):
            services.nominations.decide_nomination(actor, first.id, approve=True, seen=None)
    with pytest.raises(ValidationError) as refused:
        services.nominations.decide_nomination(
            month.admin, second.id, approve=False, reason=" ", seen=None
        )
    assert refused.value.template == MSG_DECLINE_NEEDS_REASON
    assert nominations_in_database(services) == [
        ("李娜", NominationStatus.PENDING, ""),
        ("赵敏", NominationStatus.PENDING, ""),
    ]

    approved = services.nominations.decide_nomination(
        month.admin, first.id, approve=True, seen=None
    )
    assert (approved.status, approved.decided_by) == (NominationStatus.APPROVED, "护理部 王主任")
    services.nominations.decide_nomination(
        month.admin, second.id, approve=False, reason="名额已满", seen=None
    )
    assert nominations_in_database(services) == [
        ("李娜", NominationStatus.APPROVED, ""),
        ("赵敏", NominationStatus.DECLINED, "名额已满"),
    ]
    (approval,) = audit_entries(services, "approve_nomination")
    (decline,) = audit_entries(services, "decline_nomination")
    assert json.loads(approval.before or "") == {"reason": "", "status": "pending"}
    assert (decline.reason, decline.entity_id) == ("名额已满", second.id)
    with pytest.raises(NotFound):
        services.nominations.decide_nomination(month.admin, 9999, approve=True, seen=None)


def test_head_nurses_see_the_ranking_once_the_campaign_is_published(
    services: Services, hospital: Hospital
) -> None:
    from nursingqc.domain.errors import PermissionDenied
    from nursingqc.domain.workflow import PhaseKind
    from nursingqc.services.ranking import MSG_RANKING_NOT_PUBLISHED

    with pytest.raises(PermissionDenied) as refused:
        services.ranking.ranking(hospital.nurse_a, hospital.campaign.id)
    assert refused.value.template == MSG_RANKING_NOT_PUBLISHED
    campaigns, admin = services.campaigns, hospital.admin
    campaigns.open_phase(admin, hospital.campaign.id, PhaseKind.SUMMARY)
    campaigns.close_phase(admin, hospital.campaign.id, PhaseKind.SUMMARY)
    view = services.ranking.ranking(hospital.nurse_a, hospital.campaign.id)
    assert {row.ward.code for row in view.rows} == {"NK01", "WK01"}


def test_a_head_nurse_sees_only_her_own_wards_self_check_in_the_published_ranking(
    services: Services, hospital: Hospital
) -> None:
    from nursingqc.domain.workflow import PhaseKind

    campaigns, admin = services.campaigns, hospital.admin
    campaigns.open_phase(admin, hospital.campaign.id, PhaseKind.SUMMARY)
    campaigns.close_phase(admin, hospital.campaign.id, PhaseKind.SUMMARY)
    view = services.ranking.ranking(hospital.nurse_a, hospital.campaign.id)
    other = next(row for row in view.rows if row.ward.id != hospital.ward_a)
    assert (
        other.self_check_total,
        other.self_check_gap,
        other.lenient,
        other.rectification_rate,
    ) == (None, None, False, None)


def test_a_confirmed_model_ward_that_later_fails_a_veto_is_no_model_ward(
    services: Services,
) -> None:
    month = ranked_month(services)
    ids = [month.wards["W01"], month.wards["W02"]]
    services.ranking.confirm_model_wards(month.admin, month.campaign.id, ids, seen=None)
    # A second inspector's sheet, submitted after the confirmation, fails W01's veto item.
    month.put("W01", SERVICE, month.entries(SERVICE, veto=("SV04",)), inspector="丙")
    view = services.ranking.ranking(month.admin, month.campaign.id)
    row = next(r for r in view.rows if r.ward.code == "W01")
    assert row.veto and not row.model_ward
    assert [w.code for w in view.model_wards] == ["W02"]


def test_a_second_admin_confirming_model_wards_on_an_old_view_changes_nothing(
    services: Services,
) -> None:
    """Two department PCs open the ranking; the first confirms; the second, still looking at the
    unconfirmed proposal, is told who confirmed and when, and nothing of the first is lost."""
    month = ranked_month(services)
    w01, w02, w03 = (month.wards[code] for code in ("W01", "W02", "W03"))
    opened = services.ranking.ranking(month.admin, month.campaign.id)
    assert opened.confirmation is None
    first = services.ranking.confirm_model_wards(
        month.admin, month.campaign.id, [w01, w03], "W02 有投诉", seen=None
    )
    with pytest.raises(ConcurrentChange) as refused:
        services.ranking.confirm_model_wards(month.admin, month.campaign.id, [w01, w02], seen=None)
    assert refused.value.template == MSG_MODEL_WARDS_CHANGED
    assert refused.value.changed_by == "护理部 王主任"
    assert {row[0] for row in decisions(services) if row[1]} == {w01, w03}
    assert len(audit_entries(services, "confirm_model_wards")) == 1
    assert first.confirmation is not None
    again = services.ranking.confirm_model_wards(
        month.admin, month.campaign.id, [w01, w02], seen=first.confirmation.decided_at
    )
    assert [w.code for w in again.model_wards] == ["W01", "W02"]


def test_a_nomination_decided_meanwhile_is_not_decided_again_unseen(services: Services) -> None:
    month = build_month(services, wards=2)
    nurse = month.head_nurse("W01")
    pending = services.nominations.nominate(
        nurse, month.campaign.id, month.wards["W01"], "李娜", "认真"
    )
    approved = services.nominations.decide_nomination(
        month.admin, pending.id, approve=True, seen=pending.decided_at
    )
    with pytest.raises(ConcurrentChange) as refused:
        services.nominations.decide_nomination(
            month.admin, pending.id, approve=False, reason="名额已满", seen=pending.decided_at
        )
    assert refused.value.template == MSG_NOMINATION_CHANGED
    assert refused.value.params["nurse"] == "李娜"
    assert nominations_in_database(services) == [("李娜", NominationStatus.APPROVED, "")]
    assert audit_entries(services, "decline_nomination") == []
    declined = services.nominations.decide_nomination(
        month.admin, pending.id, approve=False, reason="名额已满", seen=approved.decided_at
    )
    assert declined.status is NominationStatus.DECLINED


def test_the_nominees_beside_a_ranking_read_take_their_outcomes_from_it(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The workbook's export reads the ranking and the nominees: the campaign is ranked once.
    month = build_month(services, wards=3)
    month.put_all("W01", WARD_ENV="2")
    month.put_all("W02")
    campaign = month.campaign.id
    services.nominations.nominate(month.admin, campaign, month.wards["W01"], "李娜", "认真")
    services.nominations.nominate(month.admin, campaign, month.wards["W02"], "赵敏", "纸质推荐")
    ranked: list[int] = []
    rank_wards = ranking_service.rank_wards  # type: ignore[attr-defined]  # the name it calls

    def counted(*args: Any, **kwargs: Any) -> Ranking:
        ranked.append(campaign)
        return rank_wards(*args, **kwargs)

    monkeypatch.setattr(ranking_service, "rank_wards", counted)
    view = services.ranking.ranking(month.admin, campaign)
    beside = services.nominations.nominations(month.admin, campaign, view)
    assert len(ranked) == 1
    alone = services.nominations.nominations(month.admin, campaign)
    assert len(ranked) == 2
    assert beside == alone
    assert [n.ward_outcome.rank if n.ward_outcome else None for n in beside] == [
        view.row_for(month.wards[code]).rank for code in ("W01", "W02")
    ]
    with pytest.raises(ValueError):
        services.nominations.nominations(month.admin, campaign + 1, view)
