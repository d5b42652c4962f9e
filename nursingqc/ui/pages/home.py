"""首页: the campaign's timeline with today's phase, and what the user has left to do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.workflow import PhaseKind, PhaseState, is_published
from nursingqc.services.campaigns import CampaignInfo
from nursingqc.services.home import EvaluationTodo, HomeOverview, HomeService
from nursingqc.ui.forms.ui_home_page import Ui_HomePage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.phase_timeline import PhaseTimeline, phase_name

#: How many unfinished wards the department's to-do names before "and N more".
WARDS_LISTED = 8


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
            self.ui.todoLabel.setText(text)
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
            self.ui.todoLabel.setText(
                self.tr(
                    "The results of this campaign are published and locked. The ranking and "
                    "each ward's result can be read; nothing can be changed any more."
                )
            )
            return
        self.ui.todoLabel.setText(
            "\n".join([*self._todo(campaign, overview), *self._rectification_todo(overview)])
        )

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
