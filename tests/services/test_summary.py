"""总结 from the database: the month's figures on a crafted month, who may see what, the text."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.checklists import ChecklistItem
from nursingqc.domain.errors import (
    ConcurrentChange,
    PermissionDenied,
    PhaseNotOpen,
    ValidationError,
)
from nursingqc.domain.ranking import Ranking
from nursingqc.domain.rectification import RectificationStatus, rates
from nursingqc.domain.scoring import ItemEntry, shown_percent
from nursingqc.domain.statistics import Share, full_compliance, pareto
from nursingqc.domain.workflow import MSG_CAMPAIGN_LOCKED, PhaseKind, SheetStatus
from nursingqc.i18n import error_text
from nursingqc.services import ranking as ranking_service
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.summary import (
    EXCELLENT_NURSE_HONOUR,
    MODEL_WARD_HONOUR,
    MSG_NOT_PUBLISHED,
    MSG_OTHER_WARDS_RESULT,
    MSG_SUMMARY_NOT_FOR_HEAD_NURSE,
    MSG_TEXT_CHANGED,
    SummaryText,
)
from nursingqc.storage.models import AuditEntry, Inspection, RectificationItem
from nursingqc.storage.repositories.ranking import rectification_rates
from nursingqc.storage.repositories.summary import item_tally
from tests.helpers import PASSWORD, TODAY, Hospital, full_marks, submit
from tests.months import ENV, NOW, build_month, publish, run_month
from tests.statistics_oracle import ItemCheck, tally


@pytest.fixture
def month(services: Services, hospital: Hospital) -> Hospital:
    run_month(services, hospital)
    return hospital


def test_the_summary_reports_the_months_figures(services: Services, month: Hospital) -> None:
    summary = services.summary.summary(month.inspector, month.campaign.id)

    assert (summary.coverage.wards, summary.coverage.wards_checked) == (2, 2)
    assert (summary.coverage.inspections, summary.coverage.items_checked) == (10, 98)
    assert summary.coverage.findings == 7
    assert [(i.name, i.inspections, i.wards) for i in summary.inspectors] == [
        ("质控组 赵静", 10, 2)
    ]
    assert summary.pass_rate == Share(1, 2)
    assert summary.full_compliance == Share(91, 98)
    assert [(r.ward_code, r.rank, r.total) for r in summary.ranking] == [
        ("NK01", 1, Decimal("99.40")),
        ("WK01", 2, Decimal("88.00")),
    ]
    env = summary.checklist_lines[0]
    assert (env.name, env.mean, env.highest, env.highest_wards) == (
        "病房环境",
        Decimal("86.50"),
        Decimal("98.00"),
        ("心血管内科",),
    )
    assert (env.lowest, env.lowest_wards) == (Decimal("75.00"), ("普通外科",))


def test_the_pareto_counts_each_problem_across_wards_with_the_cumulative_share(
    services: Services, month: Hospital
) -> None:
    rows = services.summary.summary(month.admin, month.campaign.id).pareto

    assert [(r.item_code, r.count, r.cumulative) for r in rows] == [
        ("BU01", 2, Decimal("28.57")),
        ("WE02", 2, Decimal("57.14")),
        ("SV02", 1, Decimal("71.43")),
        ("SV03", 1, Decimal("85.71")),
        ("WE01", 1, Decimal("100.00")),
    ]
    assert [r.vital_few for r in rows] == [True, True, True, True, False]


def test_a_lenient_self_check_is_flagged_and_rates_are_per_ward_and_overall(
    services: Services, month: Hospital
) -> None:
    summary = services.summary.summary(month.admin, month.campaign.id)

    assert [(g.ward_code, g.gap, g.lenient) for g in summary.gaps] == [
        ("WK01", Decimal("12.00"), True),
        ("NK01", Decimal("0.60"), False),
    ]
    # One rule: the ranking's rows carry the same flag.
    ranking = services.ranking.ranking(month.admin, month.campaign.id)
    assert {r.ward.code: r.lenient for r in ranking.rows} == {"WK01": True, "NK01": False}
    rates = {r.ward_code: (r.items, r.verified, r.verified_on_time) for r in summary.rectification}
    assert rates == {"NK01": (2, 1, 1), "WK01": (5, 0, 0)}
    overall = summary.rectification_overall
    assert (overall.completion, overall.on_time) == (Decimal("14.29"), Decimal("14.29"))


def test_model_wards_nurses_and_certificates(services: Services, month: Hospital) -> None:
    summary = services.summary.summary(month.admin, month.campaign.id)

    assert [(h.honour, h.name, h.total) for h in summary.model_wards] == [
        (MODEL_WARD_HONOUR, "心血管内科", Decimal("99.40"))
    ]
    assert [(h.name, h.ward_code, h.reason) for h in summary.excellent_nurses] == [
        ("王丽娟", "NK01", "服务热情")
    ]
    certificates = services.summary.certificates(month.admin, month.campaign.id, TODAY)
    assert [(c.honour, c.recipient, c.ward_name) for c in certificates] == [
        (MODEL_WARD_HONOUR, "心血管内科", "心血管内科"),
        (EXCELLENT_NURSE_HONOUR, "王丽娟", "心血管内科"),
    ]
    assert certificates[0].hospital == "测试市人民医院"


def test_no_certificate_is_printed_for_model_wards_nobody_confirmed(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    """The rules' proposal is not the department's decision: the reports say so, and a
    certificate waits for the confirmation."""
    from openpyxl import load_workbook

    from nursingqc.reports.excel.summary_workbook import write_summary_workbook
    from nursingqc.reports.pdf.summary import write_summary
    from nursingqc.services.summary import MSG_MODEL_WARDS_UNCONFIRMED
    from tests.reports.pdf_checks import page_texts

    run_month(services, hospital, confirm=False)
    summary = services.summary.summary(hospital.admin, hospital.campaign.id)
    assert [h.name for h in summary.model_wards] == ["心血管内科"]
    assert not summary.model_wards_confirmed
    with pytest.raises(ValidationError) as refused:
        services.summary.certificates(hospital.admin, hospital.campaign.id, TODAY)
    assert refused.value.template == MSG_MODEL_WARDS_UNCONFIRMED
    write_summary(summary, tmp_path / "summary.pdf", TODAY)
    assert "护理部尚未确认" in "".join(page_texts(tmp_path / "summary.pdf")).replace("\n", "")
    write_summary_workbook(summary, tmp_path / "summary.xlsx")
    sheet = load_workbook(tmp_path / "summary.xlsx")["示范病房与优秀护士"]
    honours = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert any(str(h).endswith("护理部尚未确认）") for h in honours)

    ranking = services.ranking.ranking(hospital.admin, hospital.campaign.id)
    services.ranking.confirm_model_wards(
        hospital.admin, hospital.campaign.id, [w.id for w in ranking.proposed], seen=None
    )
    printed = services.summary.certificates(hospital.admin, hospital.campaign.id, TODAY)
    assert [c.recipient for c in printed] == ["心血管内科", "王丽娟"]


def test_the_trend_lists_each_wards_total_in_earlier_campaigns(
    services: Services, month: Hospital
) -> None:
    earlier = services.campaigns.create_campaign(
        month.admin,
        CampaignSpec(name="2026年1月活动月", starts_on=TODAY - timedelta(days=180)),
        allow_clash=True,
    )
    summary = services.summary.summary(month.admin, month.campaign.id)

    assert summary.trend_campaigns == (earlier.name, month.campaign.name)
    assert [(t.ward_code, t.totals) for t in summary.trends] == [
        ("NK01", (None, Decimal("99.40"))),
        ("WK01", (None, Decimal("88.00"))),
    ]
    # The hospital's lines, which the page and the report draw for many wards: computed once.
    hospital = summary.trend_spread
    assert hospital.mean == (None, Decimal("93.70"))
    assert (hospital.highest, hospital.lowest) == (
        (None, Decimal("99.40")),
        (None, Decimal("88.00")),
    )


def correct_nk01(services: Services, hospital: Hospital, deduction: str) -> None:
    """The department reopens NK01's 病房环境 evaluation and the inspector submits it again with
    WE02 ``deduction`` points off (the summary phase must be open for it)."""
    key = replace(hospital.key(ENV, hospital.ward_a), phase=PhaseKind.EVALUATION)
    with services.database.transaction(read_only=True) as session:
        inspection_id = session.scalar(
            select(Inspection.id).where(
                Inspection.ward_id == key.ward_id,
                Inspection.checklist_id == key.checklist_id,
                Inspection.phase == PhaseKind.EVALUATION,
            )
        )
    key = replace(key, inspection_id=inspection_id)
    services.inspections.reopen(hospital.admin, key, "复核后更正扣分")
    entries = full_marks(services.checklists.definition(key.checklist_id))
    entries["WE02"] = ItemEntry(Decimal(deduction), problem="WE02问题")
    submit(services, hospital.inspector, key, entries)


def test_a_published_campaign_is_ranked_once_for_the_trend_and_afresh_once_changed(
    services: Services, month: Hospital, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish(services, month)
    later = services.campaigns.create_campaign(
        month.admin,
        CampaignSpec(name="2026年10月活动月", starts_on=TODAY + timedelta(days=90)),
        allow_clash=True,
    )
    ranked: list[int] = []
    rank_wards = ranking_service.rank_wards  # type: ignore[attr-defined]  # the name it calls

    def counted(*args: Any, **kwargs: Any) -> Ranking:
        ranked.append(len(args[1]))
        return rank_wards(*args, **kwargs)

    monkeypatch.setattr(ranking_service, "rank_wards", counted)

    def nk01_in_the_trend() -> Decimal | None:
        ranked.clear()
        summary = services.summary.summary(month.admin, later.id)
        assert summary.trend_campaigns == (month.campaign.name, later.name)
        return next(line.totals[0] for line in summary.trends if line.ward_code == "NK01")

    assert nk01_in_the_trend() == Decimal("99.40")
    assert len(ranked) == 2  # the later campaign and the published one
    assert nk01_in_the_trend() == Decimal("99.40")
    assert len(ranked) == 1  # the published one is kept: it cannot change

    # Reopened, it is no longer locked: every change is seen on the next summary.
    reason = "复核发现扣分有误"
    services.campaigns.open_phase(month.admin, month.campaign.id, PhaseKind.SUMMARY, reason)
    correct_nk01(services, month, "7")
    assert nk01_in_the_trend() == Decimal("98.40")
    correct_nk01(services, month, "4")
    assert nk01_in_the_trend() == Decimal("99.00")
    assert len(ranked) == 2

    # Reopened, corrected and published again between two summaries: ranked afresh.
    services.campaigns.close_phase(month.admin, month.campaign.id, PhaseKind.SUMMARY)
    assert nk01_in_the_trend() == Decimal("99.00")
    services.campaigns.open_phase(month.admin, month.campaign.id, PhaseKind.SUMMARY, reason)
    correct_nk01(services, month, "2")
    services.campaigns.close_phase(month.admin, month.campaign.id, PhaseKind.SUMMARY)
    assert nk01_in_the_trend() == Decimal("99.40")
    assert len(ranked) == 2
    assert nk01_in_the_trend() == Decimal("99.40")
    assert len(ranked) == 1


def random_entry(rng: random.Random, item: ChecklistItem) -> ItemEntry:
    """Full marks mostly; else a deduction of up to the item's points (zero too), not
    applicable, or a failed veto on a veto item."""
    draw = rng.random()
    if draw < 0.4:
        return ItemEntry(Decimal(rng.randint(0, int(item.points * 2))) / 2)
    if draw < 0.5:
        return ItemEntry(not_applicable=True)
    return ItemEntry(veto_failed=item.veto and draw > 0.8)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_summarys_item_counts_equal_the_rules_on_every_item_row(
    services: Services, seed: int
) -> None:
    """The ``GROUP BY`` of ``item_tally`` against the oracle on the rows put in (held out from
    the database): drafts and self-checks put in too must not count."""
    rng = random.Random(seed)
    month = build_month(services, wards=6)
    names = {checklist.code: checklist.name for checklist in month.campaign.checklists}
    rows: list[ItemCheck] = []
    for ward, ward_id in sorted(month.wards.items())[1:]:  # W01: nothing submitted
        for code, definition in month.definitions.items():
            entries = {item.code: random_entry(rng, item) for item in definition.items}
            month.put(ward, code, entries, PhaseKind.SELF_CHECK)  # not the evaluation's
            for inspector in ("甲", "乙", "丙")[: rng.randint(1, 3)]:
                entries = {item.code: random_entry(rng, item) for item in definition.items}
                status = rng.choice([SheetStatus.SUBMITTED] * 3 + [SheetStatus.DRAFT])
                month.put(ward, code, entries, inspector=inspector, status=status)
                if status is SheetStatus.SUBMITTED:
                    rows.extend(
                        ItemCheck(
                            ward_id,
                            names[code],
                            item.code,
                            item.text,
                            entries[item.code].deduction,
                            entries[item.code].not_applicable,
                            entries[item.code].veto_failed,
                        )
                        for item in definition.items
                    )
    expected = tally(rows)

    with services.database.transaction(read_only=True) as session:
        counted = item_tally(session, month.campaign.id)
    summary = services.summary.summary(month.admin, month.campaign.id)

    assert counted.wards == expected.wards == summary.coverage.wards_checked
    assert set(counted.items) == set(expected.items)
    assert len(counted.items) == len(expected.items)
    assert summary.full_compliance == full_compliance(expected)
    assert summary.coverage.items_checked == expected.applicable
    assert summary.coverage.findings == expected.findings > 0
    assert [(p.item_code, p.count, p.cumulative) for p in summary.pareto] == [
        (row.item_code, row.count, shown_percent(row.cumulative)) for row in pareto(expected)
    ]


def test_the_rectification_counts_equal_the_rules_on_every_item(services: Services) -> None:
    """The ``GROUP BY`` of ``rectification_rates`` (the ranking's, which the summary shares)
    against ``rates`` on the items put in (held out from the database): every status, verified
    before, on and after the deadline."""
    rng = random.Random(7)
    month = build_month(services, wards=4)
    for ward in sorted(month.wards)[1:]:  # W01: no items
        month.put(ward, ENV)
    deadline = TODAY + timedelta(days=7)
    states: dict[int, list[tuple[RectificationStatus, date, date | None]]] = {}
    with services.database.transaction() as session:
        for inspection in session.scalars(select(Inspection)):
            for item_id in month.item_ids[ENV].values():
                status = rng.choice([*RectificationStatus, *[RectificationStatus.VERIFIED] * 3])
                late = rng.choice([-1, 0, 1, None])  # before, on, after the deadline, no date
                verified_on = (
                    deadline + timedelta(days=late)
                    if status is RectificationStatus.VERIFIED and late is not None
                    else None
                )
                states.setdefault(inspection.ward_id, []).append((status, deadline, verified_on))
                session.add(
                    RectificationItem(
                        campaign_id=month.campaign.id,
                        ward_id=inspection.ward_id,
                        inspection_id=inspection.id,
                        checklist_item_id=item_id,
                        checklist_name="病房环境",
                        item_code="WE01",
                        item_text="",
                        deduction=Decimal(1),
                        problem="",
                        issued_on=TODAY,
                        deadline=deadline,
                        status=status,
                        verified_on=verified_on,
                        updated_at=NOW,
                    )
                )
    expected = {ward_id: rates(items) for ward_id, items in states.items()}

    with services.database.transaction(read_only=True) as session:
        counted = rectification_rates(session, month.campaign.id)
    summary = services.summary.summary(month.admin, month.campaign.id)

    # A ward whose items are all withdrawn has nothing to count and is not listed.
    assert counted == {ward_id: counts for ward_id, counts in expected.items() if counts.items}
    everything = rates(state for items in states.values() for state in items)
    assert everything.verified > everything.verified_on_time > 0  # late ones too
    on_the_day = [state for items in states.values() for state in items if state[1] == state[2]]
    assert on_the_day  # on time, by rules §6.6
    assert summary.rectification_overall.items == everything.items
    assert summary.rectification_overall.verified_on_time == everything.verified_on_time
    assert [line.items for line in summary.rectification] == [0] + [
        expected[month.wards[ward]].items for ward in sorted(month.wards)[1:]
    ]


def test_a_head_nurse_sees_nothing_before_publication(services: Services, month: Hospital) -> None:
    campaign = month.campaign.id
    with pytest.raises(PermissionDenied) as refused:
        services.summary.summary(month.nurse_a, campaign)
    assert refused.value.template == MSG_SUMMARY_NOT_FOR_HEAD_NURSE
    with pytest.raises(PermissionDenied) as refused:
        services.summary.ward_result(month.nurse_a, campaign, month.ward_a)
    assert refused.value.template == MSG_NOT_PUBLISHED
    with pytest.raises(PermissionDenied) as refused:
        services.summary.ward_result(month.nurse_a, campaign, month.ward_b)
    assert refused.value.template == MSG_OTHER_WARDS_RESULT
    assert refused.value.params["ward"] == "WK01"


def test_after_publication_a_head_nurse_sees_the_ranking_and_her_own_wards_result(
    services: Services, month: Hospital
) -> None:
    publish(services, month)
    result = services.summary.ward_result(month.nurse_b, month.campaign.id, month.ward_b)

    assert (result.line.ward_code, result.line.rank, result.line.total) == (
        "WK01",
        2,
        Decimal("88.00"),
    )
    assert (result.self_check_total, result.self_check_gap) == (
        Decimal("100.00"),
        Decimal("12.00"),
    )
    assert [(f.item_code, f.deduction, f.status) for f in result.findings] == [
        ("BU01", Decimal(5), RectificationStatus.OPEN),
        ("SV02", Decimal(15), RectificationStatus.OPEN),
        ("SV03", Decimal(15), RectificationStatus.OPEN),
        ("WE01", Decimal(15), RectificationStatus.OPEN),
        ("WE02", Decimal(10), RectificationStatus.OPEN),
    ]
    assert [line.ward_code for line in result.ranking] == ["NK01", "WK01"]
    with pytest.raises(PermissionDenied) as refused:
        services.summary.ward_result(month.nurse_b, month.campaign.id, month.ward_a)
    assert refused.value.template == MSG_OTHER_WARDS_RESULT


def test_the_department_text_is_versioned_and_locked_once_published(
    services: Services, month: Hospital
) -> None:
    campaign = month.campaign.id
    first = services.summary.save_text(
        month.admin, campaign, SummaryText("人：培训不足", "总体良好", "加强培训")
    )
    assert (first.version, first.cause_analysis, first.updated_by, first.draft) == (
        1,
        "人：培训不足",
        "护理部 王主任",
        False,
    )
    with pytest.raises(ConcurrentChange) as stale:
        services.summary.save_text(month.admin, campaign, SummaryText(conclusions="旧的"))
    assert stale.value.template == MSG_TEXT_CHANGED
    second = services.summary.save_text(month.admin, campaign, replace(first, next_steps="新计划"))
    assert services.summary.summary(month.admin, campaign).text == second
    for save in (services.summary.save_text, services.summary.save_draft):
        with pytest.raises(PermissionDenied):
            save(month.nurse_a, campaign, second)

    publish(services, month)
    for save in (services.summary.save_text, services.summary.save_draft):
        with pytest.raises(PhaseNotOpen) as locked:
            save(month.admin, campaign, replace(second, conclusions="改"))
        assert locked.value.template == MSG_CAMPAIGN_LOCKED
    assert services.summary.summary(month.admin, campaign).text == second
    with services.database.transaction() as session:
        saves = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "save_summary_text")
        ).all()
    assert len(saves) == 2
    assert '"next_steps": "新计划"' in (saves[1].after or "")


def test_an_autosaved_draft_is_what_the_summary_prints_and_stays_out_of_the_audit_log(
    services: Services, month: Hospital
) -> None:
    campaign = month.campaign.id
    draft = services.summary.save_draft(month.admin, campaign, SummaryText(conclusions="写了一半"))
    assert (draft.version, draft.draft) == (1, True)
    assert services.summary.summary(month.admin, campaign).text == draft
    more = services.summary.save_draft(month.admin, campaign, replace(draft, conclusions="写完了"))

    saved = services.summary.save_text(month.admin, campaign, more)

    assert (saved.version, saved.conclusions, saved.draft) == (3, "写完了", False)
    with services.database.transaction() as session:
        saves = session.scalars(select(AuditEntry).where(AuditEntry.entity == "campaign")).all()
    (audited,) = (entry for entry in saves if entry.action == "save_summary_text")
    assert '"conclusions": "写完了"' in (audited.after or "")
    assert '"conclusions": "写完了"' in (audited.before or "")  # the draft it replaced


def test_a_stale_draft_names_who_saved_and_when_and_changes_nothing(
    services: Services, month: Hospital
) -> None:
    campaign = month.campaign.id
    user = services.accounts.create_user(month.admin, "hlb2", "护理部 李干事", Role.ADMIN, PASSWORD)
    colleague = Actor(user.id, "hlb2", "护理部 李干事", Role.ADMIN)
    opened = services.summary.summary(month.admin, campaign).text
    theirs = services.summary.save_draft(colleague, campaign, SummaryText(conclusions="她的"))

    with pytest.raises(ConcurrentChange) as stale:
        services.summary.save_draft(month.admin, campaign, replace(opened, conclusions="我的"))

    assert stale.value.changed_by == "护理部 李干事"
    assert theirs.updated_at is not None
    assert stale.value.params["when"] == f"{theirs.updated_at.astimezone():%Y-%m-%d %H:%M}"
    assert error_text(stale.value).startswith("护理部 李干事 saved the summary text at ")
    assert services.summary.summary(month.admin, campaign).text == theirs
