"""整改通知单 through the services: one notice per ward with work left, or the ward asked for."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nursingqc.domain.errors import NotFound, PermissionDenied
from nursingqc.services.container import Services
from nursingqc.services.notices import (
    MSG_NOTICES_BY_DEPARTMENT,
    MSG_UNKNOWN_WARD_CODE,
    NoticeService,
)
from tests.helpers import TODAY, Hospital, submit_with_problems


@pytest.fixture
def notices(services: Services) -> NoticeService:
    return NoticeService(services.database, today=lambda: TODAY)


def test_notices_list_the_wards_with_work_left_and_one_ward_on_request(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    submit_with_problems(services, hospital)
    (notice,) = notices.notices(hospital.admin, hospital.campaign.id)
    assert (notice.hospital, notice.ward_code, notice.head_nurse) == (
        "测试市人民医院",
        "NK01",
        "张丽",
    )
    assert [p.item_code for p in notice.problems] == ["WE02", "WE04"]
    assert (notice.issued_on, notice.deadline) == (TODAY, TODAY + timedelta(days=7))
    assert notice.inspectors == ("张丽",) and notice.inspection_dates == (TODAY,)
    assert notice.number == f"ZG202607-{hospital.campaign.id}-NK01"
    # A ward with nothing to do gets a 无需整改 notice only when asked for by name.
    (clean,) = notices.notices(hospital.admin, hospital.campaign.id, "WK01")
    assert clean.problems == ()
    with pytest.raises(PermissionDenied) as refused:
        notices.notices(hospital.nurse_a, hospital.campaign.id)
    assert refused.value.template == MSG_NOTICES_BY_DEPARTMENT


def test_a_notice_for_a_ward_not_in_the_campaign_is_refused_naming_it(
    services: Services, hospital: Hospital, notices: NoticeService
) -> None:
    with pytest.raises(NotFound) as refused:
        notices.notices(hospital.admin, hospital.campaign.id, "XX09")
    assert (refused.value.template, refused.value.params) == (
        MSG_UNKNOWN_WARD_CODE,
        {"ward": "XX09"},
    )
