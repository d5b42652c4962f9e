"""本病区结果: nothing but a notice before the department publishes; then the ranking of every
ward and the head nurse's own ward in full — scores, problems, rectification status."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nursingqc.domain.accounts import Actor
from nursingqc.services.container import Services
from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.models.ranking import MODEL_WARD_BACKGROUND
from nursingqc.ui.pages.my_results import MyResultsPage
from nursingqc.ui.pages.summary import SummaryPage
from tests.helpers import TODAY, Hospital
from tests.months import publish


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> MyResultsPage:
    page = MyResultsPage(actor, services.campaigns, services.summary, lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    page.refresh()
    return page


def test_before_publication_the_page_only_says_when_results_come(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
) -> None:
    page = open_page(qtbot, services, month.nurse_b)

    assert page.ui.stack.currentWidget() is page.ui.waitingPage
    assert page.ui.waitingLabel.text().startswith(
        "The results of 2026年7月基础护理质量提升活动月 are not published yet."
    )
    assert page.result is None
    assert (page.scores.rowCount(), page.ranking.rowCount(), page.findings.rowCount()) == (0, 0, 0)


def test_after_publication_she_sees_the_ranking_and_her_wards_full_result(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
) -> None:
    publish(services, month)
    page = open_page(qtbot, services, month.nurse_b)

    assert page.ui.stack.currentWidget() is page.ui.resultPage
    assert page.result is not None and page.result.line.ward_code == "WK01"
    assert "rank 2 of 2, total 88.00; self-check total 100.00 (gap 12.00)" in (
        page.ui.resultLabel.text()
    )
    scores = [row.cells for row in page.scores.rows]
    assert scores[0] == ("病房环境", "75.00") and scores[-1] == ("Total", "88.00")
    ranking = page.ranking.rows
    assert [(r.cells[0], r.cells[1], r.cells[-2], r.cells[-1]) for r in ranking] == [
        ("1", "NK01 心血管内科", "99.40", "Model ward"),
        ("2", "WK01 普通外科", "88.00", ""),
    ]
    assert ranking[1].background == MODEL_WARD_BACKGROUND and ranking[1].bold
    assert page.ui.rankingView.currentIndex().row() == 1
    findings = [(r.cells[2], r.cells[4], r.cells[6]) for r in page.findings.rows]
    assert findings == [
        ("BU01", "5", "To rectify"),
        ("SV02", "15", "To rectify"),
        ("SV03", "15", "To rectify"),
        ("WE01", "15", "To rectify"),
        ("WE02", "10", "To rectify"),
    ]
    # Her own ward only: nothing on the page names another ward's problems.
    assert all(r.cells[5].startswith(r.cells[2]) for r in page.findings.rows)


def test_head_nurses_get_my_results_and_the_department_gets_the_summary(
    qtbot: QtBot,
    services: Services,
    month: Hospital,
) -> None:
    nurse = MainWindow(services, month.nurse_a, lambda: TODAY)
    admin = MainWindow(services, month.admin, lambda: TODAY)
    inspector = MainWindow(services, month.inspector, lambda: TODAY)
    for window in (nurse, admin, inspector):
        qtbot.addWidget(window)

    assert nurse.page(MyResultsPage) is not None and nurse.page(SummaryPage) is None
    assert admin.page(SummaryPage) is not None and admin.page(MyResultsPage) is None
    assert inspector.page(SummaryPage) is not None and inspector.page(MyResultsPage) is None
