"""The main window: a navigation bar on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from nursingqc.domain.accounts import Actor, Role
from nursingqc.services.container import Services
from nursingqc.ui.forms.ui_main_window import Ui_MainWindow
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.evaluation_board import EvaluationBoardPage
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.my_results import MyResultsPage
from nursingqc.ui.pages.ranking import RankingPage
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.pages.self_check import SelfCheckPage
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage

#: Pixels beyond the widest title, so it never touches the column's edge.
NAVIGATION_SLACK = 12


class Page(Protocol):
    def title(self) -> str: ...
    def refresh(self) -> None: ...


class MainWindow(QMainWindow):
    """``logged_out`` is True after 退出登录, so the program asks for the next user."""

    def __init__(
        self, services: Services, actor: Actor, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actor = actor
        hospital = services.accounts.hospital_name()
        self.setWindowTitle(self.tr("NursingQC — {hospital}").format(hospital=hospital))

        self.home = HomePage(
            actor,
            services.campaigns,
            services.inspections,
            services.wards,
            services.rectification,
            today,
        )
        self.pages: list[QWidget] = [self.home]
        self.self_check: SelfCheckPage | None = None
        self.campaigns: CampaignsPage | None = None
        self.wards_accounts: WardsAccountsPage | None = None
        if actor.role in (Role.HEAD_NURSE, Role.ADMIN):
            self.self_check = SelfCheckPage(
                actor, services.campaigns, services.wards, services.inspections, today
            )
            self.pages.append(self.self_check)
            self.home.selfCheckRequested.connect(self._go_to_self_check)
        self.rectification = RectificationPage(
            actor,
            services.campaigns,
            services.wards,
            services.rectification,
            services.notices,
            today,
        )
        self.pages.append(self.rectification)
        self.evaluation: EvaluationPage | None = None
        self.evaluation_board: EvaluationBoardPage | None = None
        if actor.role in (Role.INSPECTOR, Role.ADMIN):
            self.evaluation = EvaluationPage(
                actor,
                services.campaigns,
                services.wards,
                services.inspections,
                today,
                score_import=services.score_import,
            )
            self.evaluation_board = EvaluationBoardPage(
                actor, services.campaigns, services.inspections, today
            )
            self.pages += [self.evaluation, self.evaluation_board]
            self.evaluation_board.evaluateRequested.connect(self._go_to_evaluation)
        # Head nurses get its 优秀护士 part only: the service hides the ranking until published.
        self.ranking = RankingPage(
            actor, services.campaigns, services.wards, services.ranking, services.nominations, today
        )
        self.pages.append(self.ranking)
        self.summary: SummaryPage | None = None
        self.my_results: MyResultsPage | None = None
        if actor.role is Role.HEAD_NURSE:
            self.my_results = MyResultsPage(actor, services.campaigns, services.summary, today)
            self.pages.append(self.my_results)
        else:
            self.summary = SummaryPage(actor, services.campaigns, services.summary, today)
            self.pages.append(self.summary)
        if actor.is_admin:
            self.campaigns = CampaignsPage(
                actor,
                services.campaigns,
                services.checklists,
                services.wards,
                services.notices,
                hospital,
            )
            self.pages.append(self.campaigns)
            self.wards_accounts = WardsAccountsPage(
                actor, services.wards, services.ward_import, services.accounts
            )
            self.pages.append(self.wards_accounts)
            self.home.wardsRequested.connect(lambda: self.show_page(self.wards_accounts))
            self.campaigns.wardsRequested.connect(lambda: self.show_page(self.wards_accounts))
        for page in self.pages:
            self.ui.pages.addWidget(page)
            self.ui.navigation.addItem(QListWidgetItem(_page(page).title()))
        self._fit_navigation()
        self.ui.navigation.currentRowChanged.connect(self._on_navigate)
        self.logged_out = False
        self.ui.logoutButton.clicked.connect(self.log_out)

        role = QCoreApplication.translate("Role", actor.role.display_name)
        ward = ""
        if actor.ward_id is not None:
            wards = services.wards.list_wards(actor)
            ward = f" · {wards[0].name}" if wards else ""
        self.ui.statusBar.addPermanentWidget(
            QLabel(
                self.tr("{name} ({role}{ward}) · {hospital}").format(
                    name=actor.display_name, role=role, ward=ward, hospital=hospital
                )
            )
        )
        self.ui.navigation.setCurrentRow(0)  # shows and refreshes the home page

    def _fit_navigation(self) -> None:
        """The column as wide as its longest title in the chosen language and font (English
        titles are about twice as wide as Chinese ones), but never narrower than the form's."""
        navigation = self.ui.navigation
        navigation.ensurePolished()
        self.ui.logoutButton.ensurePolished()
        # sizeHintForColumn measures the items as the style draws them, stylesheet padding too.
        needed = max(
            navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth() + NAVIGATION_SLACK,
            self.ui.logoutButton.sizeHint().width(),
            self.ui.navigationColumn.minimumWidth(),
        )
        self.ui.navigationColumn.setFixedWidth(needed)

    def show_page(self, page: QWidget | None) -> None:
        if page is not None:
            self.ui.navigation.setCurrentRow(self.pages.index(page))

    def _go_to_self_check(self) -> None:
        """“去填写自查表” opens the first sheet still to be submitted."""
        self.show_page(self.self_check)
        if self.self_check is not None:
            self.self_check.open_first_unsubmitted()

    def _go_to_evaluation(self, ward_id: int, checklist_id: int) -> None:
        """A cell of the evaluation board: score that ward on that checklist."""
        if self.evaluation is not None and self.evaluation.confirm_leave():
            self.show_page(self.evaluation)
            self.evaluation.show_pair(ward_id, checklist_id)

    def _on_navigate(self, row: int) -> None:
        # Leaving the sheet saves it; entries that cannot be saved stay on screen for a retry.
        if self.self_check is not None:
            self.self_check.save_now()
        if self.evaluation is not None:
            self.evaluation.save_now()
        page = self.pages[row]
        self.ui.pages.setCurrentWidget(page)
        _page(page).refresh()

    def log_out(self) -> None:
        """The next person on the shared ward PC must not work under this account."""
        self.logged_out = True
        if not self.close():
            self.logged_out = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.self_check is not None and not self.self_check.confirm_leave():
            event.ignore()
            return
        if self.evaluation is not None and not self.evaluation.confirm_leave():
            event.ignore()
            return
        super().closeEvent(event)


def _page(widget: QWidget) -> Page:
    return cast(Page, widget)
