"""Reading the audit log: filters by who, what, when, campaign and ward; 护理部 only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nursingqc.domain.errors import PermissionDenied
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.audit_log import AuditQuery
from nursingqc.services.container import Services
from tests.helpers import Hospital, submit_with_problems


def actions(services: Services, hospital: Hospital, **query: object) -> list[str]:
    found = services.audit_log.entries(hospital.admin, AuditQuery(**query))  # type: ignore[arg-type]
    return [line.action for line in found.lines]


def test_every_entry_names_its_author_campaign_and_ward_newest_first(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    found = services.audit_log.entries(hospital.admin, AuditQuery())
    newest = found.lines[0]
    assert (newest.action, newest.entity, newest.username, newest.display_name) == (
        "submit",
        "inspection",
        "nk01",
        "张丽",
    )
    assert newest.campaign == hospital.campaign.name
    assert newest.ward == "NK01 心血管内科"
    assert newest.after["score"] == "97.50"
    assert [line.id for line in found.lines] == sorted(
        (line.id for line in found.lines), reverse=True
    )
    assert found.matching == len(found.lines)
    first = found.lines[-1]
    assert (first.action, first.campaign, first.ward) == ("first_run", "", "")


def test_filters_narrow_by_campaign_ward_author_action_and_day(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    campaign = hospital.campaign.id
    # Created, self-check opened, the sheet submitted: each found from its own kind of record.
    assert actions(services, hospital, campaign_id=campaign) == ["submit", "open_phase", "create"]
    ward_a = actions(services, hospital, ward_id=hospital.ward_a)
    assert ward_a == ["submit", "create", "create"]  # the sheet, nk01's account, the ward
    assert actions(services, hospital, ward_id=hospital.ward_b) == ["create", "create"]
    assert actions(services, hospital, username="nk01") == ["submit"]
    assert actions(services, hospital, action="submit", ward_id=hospital.ward_b) == []
    today = date.today()
    assert len(actions(services, hospital, since=today, until=today)) == 9
    assert actions(services, hospital, until=today - timedelta(days=1)) == []
    assert actions(services, hospital, since=today + timedelta(days=1)) == []


def test_the_newest_lines_are_shown_and_the_rest_counted(
    services: Services, hospital: Hospital
) -> None:
    found = services.audit_log.entries(hospital.admin, AuditQuery(limit=3))
    assert len(found.lines) == 3
    assert found.matching == len(services.audit_log.entries(hospital.admin, AuditQuery()).lines)
    assert found.matching > 3


def test_the_choices_are_what_the_log_holds(services: Services, hospital: Hospital) -> None:
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    choices = services.audit_log.choices(hospital.admin)
    assert choices.usernames == ("admin",)
    assert "close_phase" in choices.actions and "submit" not in choices.actions
    assert choices.campaigns == ((hospital.campaign.id, hospital.campaign.name),)
    assert [label for _, label in choices.wards] == ["NK01 心血管内科", "WK01 普通外科"]


@pytest.mark.parametrize("who", ["nurse_a", "inspector"])
def test_only_the_department_reads_the_log(
    services: Services, hospital: Hospital, who: str
) -> None:
    actor = getattr(hospital, who)
    with pytest.raises(PermissionDenied):
        services.audit_log.entries(actor, AuditQuery())
    with pytest.raises(PermissionDenied):
        services.audit_log.choices(actor)
