"""整改's next steps in the detail view: who may answer, re-check, delay or add a photo in each
state (rules §6.3, rules §6.8), and the dates the window proposes (rules §6.4) — the same rules the
services refuse by, so a step offered is a step that succeeds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import NamedTuple

import pytest

from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import NursingQCError
from nursingqc.domain.rectification import NextSteps
from nursingqc.services.container import Services
from nursingqc.services.rectification import RectificationInfo, RectificationService
from tests.helpers import TODAY, Hospital, full_marks, submit, submit_with_problems
from tests.months import publish

JPEG = b"\xff\xd8\xff\xe0" + b"0" * 1000


def marked_done(services: Services, hospital: Hospital) -> None:
    rectification = services.rectification
    for item in rectification.list_items(hospital.admin, hospital.campaign.id):
        item = rectification.fill(hospital.nurse_a, item.id, item.version, "原因", "措施", "")
        rectification.mark_done(hospital.nurse_a, item.id, item.version, TODAY)


def verified(services: Services, hospital: Hospital) -> None:
    marked_done(services, hospital)
    rectification = services.rectification
    for item in rectification.list_items(hospital.admin, hospital.campaign.id):
        rectification.verify(hospital.inspector, item.id, item.version)


def withdrawn(services: Services, hospital: Hospital) -> None:
    """The department corrects the sheet to full marks: its findings, and so its items, go."""
    key = hospital.key()
    services.inspections.reopen(hospital.admin, key, "录入错误")
    submit(
        services,
        hospital.nurse_a,
        key,
        full_marks(services.checklists.definition(key.checklist_id)),
    )


STATES: dict[str, Callable[[Services, Hospital], None]] = {
    "open": lambda _services, _hospital: None,
    "awaiting re-check": marked_done,
    "verified": verified,
    "withdrawn": withdrawn,
    "published": publish,
}


class Steps(NamedTuple):
    answer: bool
    recheck: bool
    delay: bool
    photo: bool


NONE = Steps(False, False, False, False)
#: (role, state) → the steps offered; every case not listed offers none.
OFFERED: dict[tuple[str, str], Steps] = {
    ("head nurse", "open"): Steps(answer=True, recheck=False, delay=False, photo=True),
    ("head nurse", "awaiting re-check"): Steps(False, False, False, photo=True),
    ("head nurse", "verified"): Steps(False, False, False, photo=True),
    ("inspector", "open"): Steps(False, False, delay=True, photo=False),
    ("inspector", "awaiting re-check"): Steps(False, recheck=True, delay=True, photo=False),
    ("admin", "open"): Steps(answer=True, recheck=False, delay=True, photo=True),
    ("admin", "awaiting re-check"): Steps(False, recheck=True, delay=True, photo=True),
    ("admin", "verified"): Steps(False, False, False, photo=True),
}
ROLES: dict[str, Callable[[Hospital], Actor]] = {
    "head nurse": lambda hospital: hospital.nurse_a,
    "inspector": lambda hospital: hospital.inspector,
    "admin": lambda hospital: hospital.admin,
}


def offered(steps: NextSteps) -> Steps:
    return Steps(steps.may_answer, steps.may_recheck, steps.may_delay, steps.may_add_photo)


def succeeds(action: Callable[[], object]) -> bool:
    try:
        action()
    except NursingQCError:
        return False
    return True


def taken(rectification: RectificationService, actor: Actor, items: list[int]) -> Steps:
    """Tries each step on the item as it is now; a step that changes the status comes after the
    steps that need the status unchanged, and verify and reject work on two different items."""
    first, second = items

    def now(item_id: int) -> RectificationInfo:
        return rectification.detail(actor, item_id).item

    photo = succeeds(lambda: rectification.add_photo(actor, first, "整改后.jpg", JPEG, (8, 6)))
    delay = succeeds(
        lambda: rectification.delay(
            actor, first, now(first).version, "等待设备", now(first).deadline + timedelta(days=3)
        )
    )
    answer = succeeds(
        lambda: rectification.fill(actor, first, now(first).version, "原因", "措施", "护士")
    )
    verify = succeeds(lambda: rectification.verify(actor, first, now(first).version))
    reject = succeeds(
        lambda: rectification.reject(actor, second, now(second).version, "仍有问题", TODAY)
    )
    assert verify == reject
    if answer:  # marking done needs the answer just saved
        assert succeeds(lambda: rectification.mark_done(actor, first, now(first).version, TODAY))
    return Steps(answer, verify, delay, photo)


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_is_offered_the_steps_its_refusals_allow_in_each_state(
    services: Services, hospital: Hospital, role: str, state: str
) -> None:
    submit_with_problems(services, hospital)
    STATES[state](services, hospital)
    actor = ROLES[role](hospital)
    rectification = services.rectification
    items = [i.id for i in rectification.list_items(hospital.admin, hospital.campaign.id)]
    expected = OFFERED.get((role, state), NONE)
    assert [offered(rectification.detail(actor, i).steps) for i in items] == [expected] * 2
    assert taken(rectification, actor, items) == expected


def test_an_inspector_of_the_ward_itself_does_not_recheck_it(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    marked_done(services, hospital)
    own = replace(hospital.inspector, ward_id=hospital.ward_a)
    rectification = services.rectification
    items = [i.id for i in rectification.list_items(own, hospital.campaign.id)]
    assert offered(rectification.detail(own, items[0]).steps) == NONE
    assert taken(rectification, own, items) == NONE


def test_a_full_photo_strip_offers_no_more_photos(services: Services, hospital: Hospital) -> None:
    submit_with_problems(services, hospital)
    rectification = services.rectification
    item = rectification.list_items(hospital.admin, hospital.campaign.id)[0]
    for number in range(6):
        detail = rectification.add_photo(hospital.nurse_a, item.id, f"{number}.jpg", JPEG, (8, 6))
    assert not detail.steps.may_add_photo
    assert not succeeds(
        lambda: rectification.add_photo(hospital.nurse_a, item.id, "7.jpg", JPEG, (8, 6))
    )


def test_the_proposed_dates_follow_the_deadline_today_and_the_campaigns_days(
    services: Services, hospital: Hospital
) -> None:
    submit_with_problems(services, hospital)
    item = services.rectification.list_items(hospital.admin, hospital.campaign.id)[0]
    assert item.deadline == TODAY + timedelta(days=7)

    steps = services.rectification.detail(hospital.admin, item.id).steps
    assert steps.done_latest == TODAY
    # A failed re-check: from today, the campaign's 7 days again.
    assert (steps.reject_earliest, steps.reject_proposed) == (TODAY, TODAY + timedelta(days=7))
    # A delay: the day after the deadline at the earliest, proposed a week after the deadline.
    assert (steps.delay_earliest, steps.delay_proposed) == (
        TODAY + timedelta(days=8),
        TODAY + timedelta(days=14),
    )

    later = TODAY + timedelta(days=20)
    steps = (
        RectificationService(services.database, today=lambda: later)
        .detail(hospital.admin, item.id)
        .steps
    )
    assert (steps.done_latest, steps.reject_earliest) == (later, later)
    assert steps.reject_proposed == later + timedelta(days=7)
    # Past the deadline, the proposal counts from today: the earliest date stays the rule's.
    assert (steps.delay_earliest, steps.delay_proposed) == (
        TODAY + timedelta(days=8),
        later + timedelta(days=6),
    )
