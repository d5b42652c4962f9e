"""总结 page on the benchmarks' realistic month (three earlier campaigns): the same statements at
1 ward as at 50, each campaign ranked once a refresh, and column widths as every row measured."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from benchmarks.month import ADMIN, build
from nursingqc.domain import ranking
from nursingqc.domain.accounts import Actor
from nursingqc.services.container import Services, open_services
from nursingqc.services.summary import SummaryService
from nursingqc.ui.pages.page import PageContext
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.widgets.result_views import STRETCH_KEEPS
from tests.helpers import executed_statements

#: The month's 总结 week.
SUMMARY_WEEK = date(2026, 11, 23)
EARLIER_CAMPAIGNS = 3


@dataclass(frozen=True)
class Opened:
    services: Services
    admin: Actor


@pytest.fixture(scope="module")
def months(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Opened]]:
    opened: dict[int, Opened] = {}
    for wards in (1, 50):
        month = build(tmp_path_factory.mktemp("month") / f"month-{wards}.sqlite3", wards)
        assert len(month.earlier_ids) == EARLIER_CAMPAIGNS
        services = open_services(month.url, today=lambda: SUMMARY_WEEK)
        opened[wards] = Opened(services, services.accounts.login(*ADMIN))
    yield opened
    for each in opened.values():
        each.services.close()


def shown_page(qtbot: QtBot, month: Opened) -> SummaryPage:
    context = PageContext(month.services, month.admin, lambda: SUMMARY_WEEK, "医院")
    page = SummaryPage.from_context(context)
    qtbot.addWidget(page)
    page.resize(1226, 690)
    page.show()
    page.refresh()
    return page


def refresh_statements(page: SummaryPage, month: Opened) -> int:
    with executed_statements(month.services) as statements:
        page.refresh()
    return len(statements)


def test_the_summary_page_runs_as_many_statements_at_50_wards_as_at_1(
    qtbot: QtBot, months: dict[int, Opened]
) -> None:
    one = refresh_statements(shown_page(qtbot, months[1]), months[1])
    fifty = refresh_statements(shown_page(qtbot, months[50]), months[50])
    assert fifty == one


def test_a_refresh_ranks_each_campaign_once_and_the_published_ones_are_kept(
    qtbot: QtBot, months: dict[int, Opened], monkeypatch: pytest.MonkeyPatch
) -> None:
    month = months[50]
    # A service of its own: the module's pages have kept the earlier campaigns already.
    summary = SummaryService(month.services.database)
    page = SummaryPage(month.admin, month.services.campaigns, summary, lambda: SUMMARY_WEEK)
    qtbot.addWidget(page)
    ranked: list[tuple[int, bool]] = []
    rank_wards = ranking.rank_wards

    def counted(*args: object, **kwargs: object) -> ranking.Ranking:
        wards, self_check = args[1], args[4] if len(args) > 4 else kwargs.get("self_check")
        ranked.append((len(wards), self_check is not None))  # type: ignore[arg-type]
        return rank_wards(*args, **kwargs)  # type: ignore[arg-type]

    for module in ("nursingqc.services.ranking", "nursingqc.services.summary"):
        monkeypatch.setattr(f"{module}.rank_wards", counted, raising=False)
    page.show()
    page.refresh()
    # This campaign with its self-check (the gaps); the trend's earlier ones on the evaluation.
    assert ranked == [(50, True)] + [(50, False)] * EARLIER_CAMPAIGNS
    assert page.view is not None and len(page.view.trend_campaigns) == 1 + EARLIER_CAMPAIGNS
    first = page.view
    ranked.clear()
    page.refresh()
    # The earlier campaigns are published, so locked: their rankings are kept.
    assert ranked == [(50, True)]
    assert page.view == first


def test_the_columns_are_as_wide_as_every_row_measured(
    qtbot: QtBot, months: dict[int, Opened]
) -> None:
    page = shown_page(qtbot, months[50])
    checked = 0
    for name, model in page.tabs.models.items():
        view = getattr(page.ui, f"{name}View")
        assert isinstance(view, QTableView)
        header = view.horizontalHeader()
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) is not header.ResizeMode.Interactive:
                continue  # stretched over the room left
            every_row = max(
                view.sizeHintForIndex(model.index(row, column)).width()
                for row in range(model.rowCount())
            )
            grid = 1 if view.showGrid() else 0  # drawn inside the cell
            fitted = max(every_row + grid, header.sectionSizeHint(column))
            if header.stretchLastSection() and column == model.columnCount() - 1:
                assert header.sectionSize(column) >= fitted  # and takes the room left
            else:
                # A column stretched where there is room keeps STRETCH_KEEPS characters where
                # there is not (a tab not shown has no room yet).
                character = QFontMetrics(view.font()).horizontalAdvance("病")
                kept = max(STRETCH_KEEPS * character, header.sectionSizeHint(column))
                assert header.sectionSize(column) in (fitted, min(fitted, kept))
            checked += 1
    assert checked > 20
