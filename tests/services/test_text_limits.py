"""Each service storing a typed or imported text refuses one over its limit, changing nothing."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

import pytest

from nursingqc.domain import texts
from nursingqc.domain.errors import ValidationError
from nursingqc.domain.scoring import ItemEntry
from nursingqc.domain.texts import MSG_NOT_UNICODE, MSG_TEXT_TOO_LONG
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.summary import SummaryText
from tests.helpers import TODAY, Hospital, save_draft, submit_with_problems

LONG_CAUSE = "交接班未检查床头柜，" * 200  # 2,000 characters: the limit


def refused(action: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        action()
    return raised.value


def test_a_rectification_answer_at_its_limit_is_saved_and_one_over_is_refused(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    rectification = services.rectification
    item = rectification.list_items(hospital.admin, hospital.campaign.id)[0]
    saved = rectification.fill(hospital.nurse_a, item.id, item.version, LONG_CAUSE, "培训", "张丽")
    assert saved.cause == LONG_CAUSE

    for cause, measure, owner in (
        (LONG_CAUSE + "。", "培训", ""),
        ("原因", "措" * 2001, ""),
        ("原因", "培训", "张" * 51),
    ):
        error = refused(
            partial(
                rectification.fill, hospital.nurse_a, item.id, saved.version, cause, measure, owner
            )
        )
        assert error.template == MSG_TEXT_TOO_LONG
    error = refused(
        lambda: rectification.fill(hospital.nurse_a, item.id, saved.version, "原\udc00因", "", "")
    )
    assert error.template == MSG_NOT_UNICODE
    after = rectification.detail(hospital.admin, item.id).item
    assert (after.cause, after.version) == (LONG_CAUSE, saved.version)


def test_reasons_names_and_texts_over_their_limits_are_refused_everywhere(
    services: Services, hospital: Hospital
) -> None:
    admin, campaign = hospital.admin, hospital.campaign.id
    reason = "理" * (texts.REASON.limit + 1)
    problem = "问" * (texts.PROBLEM.limit + 1)
    actions = {
        "summary": lambda: services.summary.save_text(
            admin, campaign, SummaryText("总" * (texts.SUMMARY_CAUSES.limit + 1), "", "")
        ),
        "nomination": lambda: services.nominations.nominate(
            hospital.nurse_a, campaign, hospital.ward_a, "刘洋", reason
        ),
        "confirmation": lambda: services.ranking.confirm_model_wards(
            admin, campaign, [], reason, seen=None
        ),
        "reopening": lambda: services.campaigns.open_phase(
            admin, campaign, PhaseKind.SELF_CHECK, reason
        ),
        "campaign name": lambda: services.campaigns.create_campaign(
            admin, CampaignSpec("月" * 101, TODAY)
        ),
        "problem": lambda: save_draft(
            services,
            hospital.nurse_a,
            hospital.key(),
            {"WE02": ItemEntry(Decimal(1), problem=problem)},
        ),
    }
    for name, action in actions.items():
        error = refused(action)
        reason_of = error.params.get("reason")
        template = reason_of.template if reason_of is not None else error.template
        assert template == MSG_TEXT_TOO_LONG, name
    assert services.summary.summary(admin, campaign).text.cause_analysis == ""
    assert services.nominations.nominations(admin, campaign) == []
