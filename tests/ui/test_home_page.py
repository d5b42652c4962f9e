"""首页 on the benchmarks' realistic month: the same statements at 1 ward as at 50, and figures
equal to those counted from the sheet and item rows one by one."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from benchmarks.month import ADMIN, INSPECTORS, PASSWORD, build
from nursingqc.domain.accounts import Actor
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.container import Services, open_services
from nursingqc.services.home import HomeOverview, RectificationTodo, WardProgress
from nursingqc.services.rectification import RectificationService
from nursingqc.storage.models import Inspection
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.page import PageContext
from tests.helpers import executed_statements

#: The month's 总结 week: self-check and evaluation closed, rectification items overdue.
SUMMARY_WEEK = date(2026, 11, 23)


@dataclass(frozen=True)
class Opened:
    services: Services
    campaign_id: int
    actors: dict[str, Actor]


@pytest.fixture(scope="module")
def months(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Opened]]:
    """The month at 1 and at 50 wards, with the department, an inspector and a head nurse."""
    opened: dict[int, Opened] = {}
    for wards in (1, 50):
        month = build(tmp_path_factory.mktemp("month") / f"month-{wards}.sqlite3", wards)
        unfinished(month.path)
        services = open_services(month.url, today=lambda: SUMMARY_WEEK)
        head_nurse = services.wards.list_wards(services.accounts.login(*ADMIN))[0].code.lower()
        actors = {
            "admin": services.accounts.login(*ADMIN),
            "inspector": services.accounts.login(INSPECTORS[0][0], PASSWORD),
            "head nurse": services.accounts.login(head_nurse, PASSWORD),
        }
        opened[wards] = Opened(services, month.campaign_id, actors)
    yield opened
    for each in opened.values():
        each.services.close()


def unfinished(path: Path) -> None:
    """Some sheets back to drafts: wards behind in the self-check, pairs missing in the
    evaluation and drafts, which the generated month (everything submitted) has none of."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE inspections SET status = 'draft', submitted_at = NULL "
            "WHERE id % 7 = 0 OR (phase = 'evaluation' AND ward_id % 4 = 0)"
        )


def built_home_page(qtbot: QtBot, month: Opened, actor: Actor) -> tuple[HomePage, int]:
    """The page made and refreshed as the window makes it, and how many statements it ran."""
    context = PageContext(month.services, actor, lambda: SUMMARY_WEEK, "医院")
    with executed_statements(month.services) as statements:
        page = HomePage.from_context(context)
        page.refresh()
    qtbot.addWidget(page)
    return page, len(statements)


@pytest.mark.parametrize("role", ["admin", "inspector", "head nurse"])
def test_the_home_page_runs_as_many_statements_at_50_wards_as_at_1(
    qtbot: QtBot, months: dict[int, Opened], role: str
) -> None:
    one = built_home_page(qtbot, months[1], months[1].actors[role])
    fifty = built_home_page(qtbot, months[50], months[50].actors[role])
    assert fifty[1] == one[1]
    assert fifty[0].todo_text != ""


def rectification_from_items(month: Opened, actor: Actor) -> RectificationTodo:
    """The counts from every item the 整改 list shows, one by one."""
    items = RectificationService(month.services.database, today=lambda: SUMMARY_WEEK).list_items(
        actor, month.campaign_id
    )
    statuses = Counter(item.status for item in items)
    statuses_overdue = Counter(item.status for item in items if item.overdue)
    return RectificationTodo(
        open=statuses[RectificationStatus.OPEN],
        overdue=statuses_overdue.total(),
        awaiting_recheck=statuses[RectificationStatus.AWAITING_RECHECK],
        verified=statuses[RectificationStatus.VERIFIED],
        overdue_wards=tuple(
            dict.fromkeys(f"{item.ward_code} {item.ward_name}" for item in items if item.overdue)
        ),
        open_overdue=statuses_overdue[RectificationStatus.OPEN],
    )


def wards_behind_from_sheets(month: Opened) -> tuple[WardProgress, ...]:
    """Each ward's submitted self-check sheets, counted from the sheet rows."""
    services, admin = month.services, month.actors["admin"]
    campaign = services.campaigns.get_campaign(admin, month.campaign_id)
    with services.database.transaction(read_only=True) as session:
        sheets = session.execute(
            select(Inspection.ward_id, Inspection.status).where(
                Inspection.campaign_id == month.campaign_id,
                Inspection.phase == PhaseKind.SELF_CHECK,
            )
        ).all()
    submitted = Counter(ward for ward, status in sheets if status is SheetStatus.SUBMITTED)
    total = len(campaign.checklists)
    behind = [
        WardProgress(ward.code, ward.name, submitted[ward.id], total)
        for ward in services.wards.list_wards(admin)
        if submitted[ward.id] < total
    ]
    return tuple(sorted(behind, key=lambda ward: (ward.submitted, ward.ward_code)))


@pytest.mark.parametrize("role", ["admin", "inspector", "head nurse"])
def test_the_home_pages_figures_are_those_counted_row_by_row(
    months: dict[int, Opened], role: str
) -> None:
    month = months[50]
    actor = month.actors[role]
    services = month.services
    overview: HomeOverview = services.home.overview(actor, SUMMARY_WEEK)
    assert overview.campaign is not None and overview.campaign.id == month.campaign_id
    expected = rectification_from_items(month, actor)
    assert overview.rectification == expected
    assert expected.overdue and expected.verified  # the month has items in every state
    if role != "inspector":
        assert overview.self_check == services.inspections.progress(actor, month.campaign_id)
    if role == "admin":
        assert overview.wards_behind == wards_behind_from_sheets(month) != ()
    if role != "head nurse":
        board = services.inspections.evaluation_board(actor, month.campaign_id)
        assert overview.evaluation is not None
        drafts = board.drafts() if role == "admin" else board.drafts(actor.user_id)
        assert (overview.evaluation.missing, overview.evaluation.drafts) == (board.missing, drafts)
        assert board.missing and board.drafts()
