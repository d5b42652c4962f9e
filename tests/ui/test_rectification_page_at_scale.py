"""The 整改 page on the benchmarks' realistic month (answered items, photos, earlier campaigns):
its light lines show what the whole items showed, its work does not grow with the hospital,
and its columns fit every row though only a sample is measured."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.month import ADMIN, PASSWORD, Month, build
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.services.container import Services, open_services
from nursingqc.services.rectification import RectificationLine
from nursingqc.ui.models.rectification_items import Column
from nursingqc.ui.pages.rectification import WIDEST, RectificationPage
from tests.helpers import executed_statements
from tests.ui.rectification import open_page

#: A day of the month's 总结 week: the self-check's open items are overdue, the evaluation's not.
MONTH_DAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def months(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Month]:
    folder = tmp_path_factory.mktemp("months")
    return {wards: build(folder / f"month-{wards}.sqlite3", wards) for wards in (1, 50)}


@pytest.fixture
def month_services(months: dict[int, Month]) -> Iterator[Services]:
    opened = open_services(months[50].url, today=lambda: MONTH_DAY)
    yield opened
    opened.close()


def head_nurse_login(services: Services) -> str:
    admin = services.accounts.login(*ADMIN)
    return services.wards.list_wards(admin)[0].code.lower()


def shown_ids(page: RectificationPage) -> list[int]:
    model = page.model
    return [line.id for row in range(model.rowCount()) if (line := model.item_at(row))]


def choose(page: RectificationPage, ward: int | None, status: object, checklist: object) -> None:
    ui = page.ui
    for combo, data in (
        (ui.wardCombo, ward),
        (ui.statusCombo, status),
        (ui.checklistCombo, checklist),
    ):
        combo.setCurrentIndex(combo.findData(data))


#: Statements of one thumbnail of the item shown: its photos are the item's, not the hospital's.
PER_PHOTO = 2  # BEGIN, the photo with its ward


def statements_of_a_visit(qtbot: QtBot, month: Month, role: str) -> int:
    """Built, shown, a row chosen, a filter chosen, shown again: the statements run, but for
    those of the thumbnails of the items shown."""
    services = open_services(month.url, today=lambda: MONTH_DAY)
    login = ADMIN if role == "department" else (head_nurse_login(services), PASSWORD)
    page = open_page(qtbot, services, services.accounts.login(*login), today=MONTH_DAY)
    status = page.ui.statusCombo
    thumbnails = 0
    with executed_statements(services) as statements:
        for step in (
            page.refresh,
            lambda: page.ui.itemsView.selectRow(1),
            lambda: status.setCurrentIndex(status.findData(RectificationStatus.OPEN)),
            page.refresh,
        ):
            step()
            thumbnails += page.detail.ui.photoList.count()
    assert page.model.rowCount() > 1 and page.detail.item_id is not None
    page.close()
    services.close()
    return len(statements) - PER_PHOTO * thumbnails


@pytest.mark.parametrize("role", ["department", "head nurse"])
def test_the_page_runs_as_many_statements_at_50_wards_as_at_1(
    qtbot: QtBot, months: dict[int, Month], role: str
) -> None:
    assert statements_of_a_visit(qtbot, months[1], role) == statements_of_a_visit(
        qtbot, months[50], role
    )


def test_the_light_lines_are_the_items_as_the_list_showed_them(month_services: Services) -> None:
    services = month_services
    campaign = services.campaigns.current_campaign(services.accounts.login(*ADMIN), MONTH_DAY)
    assert campaign is not None
    for login in (ADMIN, (head_nurse_login(services), PASSWORD)):
        actor = services.accounts.login(*login)
        whole = services.rectification.list_items(actor, campaign.id)
        assert len(whole) > 10
        assert services.rectification.list_lines(actor, campaign.id) == [
            RectificationLine._make(getattr(item, name) for name in RectificationLine._fields)
            for item in whole
        ]


def test_every_filter_shows_the_rows_and_counts_the_query_of_that_filter_gives(
    qtbot: QtBot, month_services: Services
) -> None:
    services = month_services
    admin = services.accounts.login(*ADMIN)
    campaign = services.campaigns.current_campaign(admin, MONTH_DAY)
    assert campaign is not None
    page = open_page(qtbot, services, admin, today=MONTH_DAY)
    ward = services.wards.list_wards(admin)[7].id
    checklist = campaign.checklists[2].name
    for filters in (
        (None, None, None, False),
        (ward, None, None, False),
        (None, RectificationStatus.OPEN, None, False),
        (None, RectificationStatus.AWAITING_RECHECK, checklist, False),
        (None, None, None, True),
        (ward, RectificationStatus.OPEN, None, True),
        (None, RectificationStatus.WITHDRAWN, checklist, True),
    ):
        ward_id, status, checklist_name, overdue_only = filters
        choose(page, ward_id, status, checklist_name)
        page.ui.overdueCheck.setChecked(overdue_only)
        expected = services.rectification.list_items(
            admin, campaign.id, ward_id, status, checklist_name, overdue_only
        )
        assert shown_ids(page) == [item.id for item in expected], filters
        overdue = sum(item.overdue for item in expected)
        assert page.ui.countLabel.text() == f"{len(expected)} items, {overdue} overdue"
        if expected:
            assert page.detail.item_id in {item.id for item in expected}


def test_the_columns_fit_every_row_though_a_sample_is_measured(
    qtbot: QtBot, month_services: Services
) -> None:
    services = month_services
    page = open_page(qtbot, services, services.accounts.login(*ADMIN), today=MONTH_DAY)
    view, model = page.ui.itemsView, page.model
    grid = 1 if view.showGrid() else 0
    character = view.fontMetrics().horizontalAdvance("病")
    assert model.rowCount() > 2000
    for column in Column:
        if column is Column.PROBLEM:
            continue
        widest = max(
            view.sizeHintForIndex(model.index(row, column)).width() + grid
            for row in range(model.rowCount())
        )
        width = max(widest, view.horizontalHeader().sectionSizeHint(column))
        most = WIDEST[column] * character if column in WIDEST else width
        assert view.columnWidth(column) == min(width, most), column.name


def test_the_ward_filter_offers_the_campaigns_wards_the_actor_may_see(
    month_services: Services,
) -> None:
    services = month_services
    campaign = services.campaigns.current_campaign(services.accounts.login(*ADMIN), MONTH_DAY)
    assert campaign is not None
    for login in (ADMIN, (head_nurse_login(services), PASSWORD)):
        actor = services.accounts.login(*login)
        in_campaign = set(services.campaigns.ward_ids(actor, campaign.id))
        assert services.rectification.list_wards(actor, campaign.id) == [
            (ward.id, ward.code, ward.name)
            for ward in services.wards.list_wards(actor)
            if ward.id in in_campaign
        ]
