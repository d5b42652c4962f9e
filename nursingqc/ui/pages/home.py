"""首页: the campaign's timeline with today's phase, and what the user has left to do.

To-do lines that have a page to do them on are links to it: the rectification line opens 整改
filtered to what the reader has to do there, the published results open the ranking.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind, PhaseState, is_published
from nursingqc.services.campaigns import CampaignInfo
from nursingqc.services.home import EvaluationTodo, HomeOverview, HomeService
from nursingqc.ui.forms.ui_home_page import Ui_HomePage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.phase_timeline import PhaseTimeline, phase_name

#: How many unfinished wards the department's to-do names before "and N more".
WARDS_LISTED = 8

#: The links of the to-do lines: a page's key, and what to open there.
LINKS: dict[str, tuple[str, object]] = {
    "rectification-open": ("rectification", RectificationStatus.OPEN),
    "rectification-recheck": ("rectification", RectificationStatus.AWAITING_RECHECK),
    "ranking": ("ranking", None),
    "my-results": ("my_results", None),
}


class HomePage(Page):
    key = "home"
    title_text = QT_TRANSLATE_NOOP("HomePage", "Home")

    def __init__(
        self,
        actor: Actor,
        home: HomeService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self._actor = actor
        self._home = home
        self._today = today
        self.timeline = PhaseTimeline(self)
        self.ui.timelineLayout.addWidget(self.timeline)
        self.ui.selfCheckButton.clicked.connect(lambda: self.openRequested.emit("self_check", None))
        self.ui.selfCheckButton.setVisible(may(actor, Permission.SELF_CHECK))
        # A fresh hospital: the department's first step is adding wards on 病区与账号.
        self.ui.wardsButton.clicked.connect(lambda: self.openRequested.emit("wards_accounts", None))
        self.ui.wardsButton.setVisible(False)
        self.ui.todoLabel.linkActivated.connect(self._on_link)
        #: The to-do lines as plain text (the label shows them as rich text, with links).
        self.todo_lines: list[str] = []
        #: The link of each line that has one, by line number.
        self.todo_links: dict[int, str] = {}

    @property
    def todo_text(self) -> str:
        return "\n".join(self.todo_lines)

    def _show_todo(self, lines: Sequence[str], links: dict[int, str] | None = None) -> None:
        self.todo_lines, self.todo_links = list(lines), dict(links or {})
        shown = []
        for number, line in enumerate(self.todo_lines):
            text = html.escape(line)
            link = self.todo_links.get(number)
            shown.append(f'<a href="{link}">{text}</a>' if link else text)
        self.ui.todoLabel.setText("<br>".join(shown))

    def _on_link(self, link: str) -> None:
        key, target = LINKS[link]
        self.openRequested.emit(key, target)

    @classmethod
    def from_context(cls, context: PageContext) -> HomePage:
        return cls(context.actor, context.services.home, context.today)

    def refresh(self) -> None:
        today = self._today()
        self.ui.greetingLabel.setText(
            self.tr("Hello, {name}. Today is {date}.").format(
                name=self._actor.display_name, date=f"{today:%Y-%m-%d}"
            )
        )
        overview = self._home.overview(self._actor, today)
        campaign = overview.campaign
        self.timeline.show_campaign(campaign, today)
        if campaign is None:
            self.ui.campaignLabel.setText(self.tr("No campaign yet."))
            administers = may(self._actor, Permission.ADMINISTER)
            no_wards = administers and not overview.has_wards
            if no_wards:
                text = self.tr(
                    "First import or add the wards under Wards and accounts; "
                    "then create the campaign under Campaigns."
                )
            elif administers:
                text = self.tr("The nursing department creates the campaign under Campaigns.")
            else:
                text = self.tr("Nothing to do until the nursing department starts a campaign.")
            self._show_todo([text])
            self.ui.wardsButton.setVisible(no_wards)
            self.ui.selfCheckButton.setVisible(False)
            return
        self.ui.wardsButton.setVisible(False)
        self.ui.campaignLabel.setText(campaign.name)
        # "去填写自查表" only while there is a self-check to fill.
        self.ui.selfCheckButton.setVisible(
            may(self._actor, Permission.SELF_CHECK)
            and campaign.phase(PhaseKind.SELF_CHECK).state is PhaseState.OPEN
        )
        if is_published(campaign.phase(PhaseKind.SUMMARY).state):
            published = self.tr(
                "The results of this campaign are published and locked. The ranking and "
                "each ward's result can be read; nothing can be changed any more."
            )
            results = (
                "ranking"
                if may(self._actor, Permission.READ_UNPUBLISHED_RESULTS)
                else "my-results"
                if may(self._actor, Permission.READ_OWN_WARD_RESULTS)
                else ""
            )
            self._show_todo([published], {0: results} if results else None)
            return
        lines = self._todo(campaign, overview)
        rectification = self._rectification_todo(overview)
        links = {}
        if rectification:
            rechecks = may(self._actor, Permission.RECHECK_RECTIFICATION)
            links[len(lines)] = "rectification-recheck" if rechecks else "rectification-open"
        self._show_todo([*lines, *rectification], links)

    def _wards_behind(self, overview: HomeOverview) -> list[str]:
        behind = overview.wards_behind
        if not behind:
            return []
        names = self.tr(", ").join(
            f"{ward.ward_name} {ward.submitted}/{ward.total}" for ward in behind[:WARDS_LISTED]
        )
        if len(behind) > WARDS_LISTED:
            names += self.tr(" and {count} more").format(count=len(behind) - WARDS_LISTED)
        return [
            self.tr("Wards not finished ({count}): {names}").format(count=len(behind), names=names)
        ]

    def _evaluation_todo(self, todo: EvaluationTodo) -> list[str]:
        """评比: pairs still without a submitted inspection, and drafts (an inspector's own)."""
        if todo.missing:
            lines = [
                self.tr(
                    "Evaluation: {count} ward × checklist pair(s) have no submitted inspection yet"
                ).format(count=todo.missing)
            ]
        else:
            lines = [self.tr("Evaluation: every ward × checklist pair has a submitted inspection")]
        if may(self._actor, Permission.ADMINISTER):
            text = self.tr("Evaluation: {count} draft(s) not yet submitted")
        else:
            text = self.tr("Evaluation: {count} of your draft(s) not yet submitted")
        if todo.drafts:
            lines.append(text.format(count=todo.drafts))
        return lines

    def _rectification_todo(self, overview: HomeOverview) -> list[str]:
        """整改: the ward's own items for a head nurse, the whole hospital's for everyone else."""
        todo = overview.rectification
        if todo is None or not (todo.open or todo.awaiting_recheck or todo.verified):
            return []
        if not may(self._actor, Permission.RECHECK_RECTIFICATION):
            return [
                self.tr(
                    "Rectification: {open} to rectify, {overdue} of them overdue; "
                    "{waiting} awaiting re-check"
                ).format(open=todo.open, overdue=todo.open_overdue, waiting=todo.awaiting_recheck)
            ]
        lines = [
            self.tr(
                "Rectification in the hospital: {open} to rectify, {waiting} awaiting re-check, "
                "{verified} passed; {overdue} past their deadline (either not yet rectified or "
                "awaiting re-check)"
            ).format(
                open=todo.open,
                overdue=todo.overdue,
                waiting=todo.awaiting_recheck,
                verified=todo.verified,
            )
        ]
        if todo.overdue_wards:
            names = self.tr(", ").join(todo.overdue_wards[:WARDS_LISTED])
            if len(todo.overdue_wards) > WARDS_LISTED:
                names += self.tr(" and {count} more").format(
                    count=len(todo.overdue_wards) - WARDS_LISTED
                )
            lines.append(
                self.tr("Wards with overdue items ({count}): {names}").format(
                    count=len(todo.overdue_wards), names=names
                )
            )
        return lines

    def _todo(self, campaign: CampaignInfo, overview: HomeOverview) -> list[str]:
        phase = campaign.phase(PhaseKind.SELF_CHECK)
        lines = []
        if not may(self._actor, Permission.SELF_CHECK):
            evaluation = campaign.phase(PhaseKind.EVALUATION)
            if overview.evaluation is not None:
                return self._evaluation_todo(overview.evaluation)
            lines.append(
                self.tr("Your scoring starts in the {phase} week, from {date}.").format(
                    phase=phase_name(evaluation), date=f"{evaluation.starts_on:%Y-%m-%d}"
                )
            )
            return lines
        progress = overview.self_check
        assert progress is not None  # read for everyone who self-checks
        lines.append(
            self.tr("Self-check: {submitted}/{total} checklists submitted").format(
                submitted=progress.submitted, total=progress.total
            )
        )
        if progress.drafts:
            lines.append(
                self.tr("{count} draft(s) not yet submitted").format(count=progress.drafts)
            )
        if may(self._actor, Permission.ADMINISTER):
            lines.extend(self._wards_behind(overview))
            if overview.evaluation is not None:
                lines.extend(self._evaluation_todo(overview.evaluation))
        if phase.state is PhaseState.OPEN and progress.submitted < progress.total:
            lines.append(
                self.tr("Self-check closes on {date}.").format(date=f"{phase.ends_on:%Y-%m-%d}")
            )
        elif phase.state is PhaseState.NOT_STARTED:
            lines.append(
                self.tr("The self-check has not been opened by the nursing department yet.")
            )
        elif phase.state is PhaseState.CLOSED:
            lines.append(self.tr("The self-check is closed; its sheets are read-only."))
        return lines
