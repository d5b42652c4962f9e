"""Pages shown in the main window, one module per screen, in the order of the navigation bar.

Adding a page is one module (a ``Page`` subclass, see ``page.py``) and one line here.
"""

from nursingqc.ui.pages.audit_log import AuditLogPage
from nursingqc.ui.pages.campaigns import CampaignsPage
from nursingqc.ui.pages.checklists import ChecklistsPage
from nursingqc.ui.pages.evaluation import EvaluationPage
from nursingqc.ui.pages.evaluation_board import EvaluationBoardPage
from nursingqc.ui.pages.exchange import ExchangePage
from nursingqc.ui.pages.home import HomePage
from nursingqc.ui.pages.my_results import MyResultsPage
from nursingqc.ui.pages.page import Page
from nursingqc.ui.pages.ranking import RankingPage
from nursingqc.ui.pages.rectification import RectificationPage
from nursingqc.ui.pages.self_check import SelfCheckPage
from nursingqc.ui.pages.summary import SummaryPage
from nursingqc.ui.pages.wards_accounts import WardsAccountsPage

PAGES: tuple[type[Page], ...] = (
    HomePage,
    SelfCheckPage,
    RectificationPage,
    EvaluationPage,
    EvaluationBoardPage,
    RankingPage,
    MyResultsPage,
    SummaryPage,
    CampaignsPage,
    ChecklistsPage,
    WardsAccountsPage,
    ExchangePage,
    AuditLogPage,
)
