"""自查: the page on which a head nurse scores her ward, checklist by checklist.

The ward and checklist pickers sit above the shared score-sheet panel, which autosaves every edit
within half a second; after a submit the page moves on to the next sheet still to be submitted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.scoring import round_half_up, sheet_score
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import CampaignService
from nursingqc.services.inspections import InspectionService, SheetKey, SheetSummary
from nursingqc.services.score_import import ScoreImportService
from nursingqc.services.wards import WardService
from nursingqc.ui.dialogs.score_import import PaperRound
from nursingqc.ui.forms.ui_self_check_page import Ui_SelfCheckPage
from nursingqc.ui.pages.page import Page, PageContext
from nursingqc.ui.widgets.result_views import keep_campaign, working_campaign
from nursingqc.ui.widgets.score_sheet_panel import ScoreSheetPanel
from nursingqc.ui.workers import Progress

if TYPE_CHECKING:
    from nursingqc.reports.pdf.layout import Written


class SelfCheckPage(Page):
    key = "self_check"
    title_text = QT_TRANSLATE_NOOP("SelfCheckPage", "Self-check")
    permission = Permission.SELF_CHECK

    def __init__(
        self,
        actor: Actor,
        campaigns: CampaignService,
        wards: WardService,
        inspections: InspectionService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        score_import: ScoreImportService | None = None,
        hospital: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SelfCheckPage()
        self.ui.setupUi(self)
        self._actor = actor
        self._hospital = hospital
        self._campaigns = campaigns
        self._wards = wards
        self._inspections = inspections
        self._today = today
        self._campaign_id: int | None = None
        self._summaries: list[SheetSummary] = []
        #: The ward picker's wards by id, "NK01 心血管内科", before their progress is added.
        self._ward_names: dict[int, str] = {}

        self.panel: ScoreSheetPanel = self.ui.sheetPanel
        self.panel.bind(actor, inspections)
        self.panel.sheetChanged.connect(self._on_sheet_changed)
        self.panel.draftSaved.connect(self._on_draft_saved)
        self.panel.submitted.connect(self._on_submitted)
        self.ui.campaignCombo.currentIndexChanged.connect(self._on_campaign_changed)
        self.ui.wardCombo.currentIndexChanged.connect(self._on_ward_changed)
        self.ui.checklistCombo.currentIndexChanged.connect(self._on_checklist_changed)
        # A head nurse scores her own ward; the department chooses any.
        self.ui.wardCombo.setEnabled(may(actor, Permission.ADMINISTER))
        self.paper_menu = QMenu(self)
        #: 评分模板 and 导入纸质评分 of the self-check (None: the menu offers neither).
        self.paper: PaperRound | None = None
        if score_import is not None:
            self.paper = PaperRound(
                self,
                self.ui.statusLabel,
                actor,
                score_import,
                PhaseKind.SELF_CHECK,
                lambda: self._campaign_id,
                self.panel.save_now,
                self.refresh,
            )
            self.paper_menu.addAction(self.tr("Scores &template…"), self.paper.save_template)
            self.paper_menu.addAction(self.tr("&Import paper scores…"), self.paper.import_scores)
            self.paper_menu.addSeparator()
        self.paper_menu.addAction(self.tr("Print a &blank checklist…"), self.print_blank)
        self.print_sheet_action = self.paper_menu.addAction(
            self.tr("Print this &sheet…"), self.print_sheet
        )
        # A push button with a menu keeps room for its arrow; a tool button drew it over the text.
        self.ui.paperButton.setMenu(self.paper_menu)

    @classmethod
    def from_context(cls, context: PageContext) -> SelfCheckPage:
        services = context.services
        return cls(
            context.actor,
            services.campaigns,
            services.wards,
            services.inspections,
            context.today,
            score_import=services.score_import,
            hospital=context.hospital,
        )

    def has_unsaved_work(self) -> bool:
        return self.panel.has_unsaved_entries

    def save_now(self) -> bool:
        return self.panel.save_now()

    def confirm_leave(self) -> bool:
        return self.panel.confirm_discard()

    # -- choosing a sheet ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads wards and checklists of the current campaign, keeping the chosen sheet."""
        self.panel.save_now()
        campaign = working_campaign(
            self.ui.campaignCombo, self._campaigns, self._actor, self._today
        )
        self._campaign_id = campaign.id if campaign else None
        if campaign is None:
            self._show_nothing(self.tr("There is no campaign yet."))
            return
        chosen_ward = self.ui.wardCombo.currentData()
        in_campaign = set(self._campaigns.ward_ids(self._actor, campaign.id))
        self.ui.wardCombo.blockSignals(True)
        self.ui.wardCombo.clear()
        for ward in self._wards.list_wards(self._actor):
            if ward.id in in_campaign:
                self.ui.wardCombo.addItem(f"{ward.code} {ward.name}", ward.id)
        position = self.ui.wardCombo.findData(chosen_ward)
        self.ui.wardCombo.setCurrentIndex(max(position, 0))
        self.ui.wardCombo.blockSignals(False)
        self._ward_names = {
            self.ui.wardCombo.itemData(n): self.ui.wardCombo.itemText(n)
            for n in range(self.ui.wardCombo.count())
        }
        self._show_progress()
        if self.ui.wardCombo.count() == 0:
            self._show_nothing(
                self.tr("Your ward does not take part in {campaign}.").format(
                    campaign=campaign.name
                )
            )
            return
        self._on_ward_changed()

    def _show_progress(self) -> None:
        """The ward picker says of each ward how far its self-check is, as the evaluation page's
        does: how many checklists are submitted and how many are drafts, each named in the
        ward's tooltip, so the department sees who is behind before choosing."""
        if self._campaign_id is None or not self._ward_names:
            return
        board = self._inspections.self_check_board(self._actor, self._campaign_id)
        combo = self.ui.wardCombo
        for position in range(combo.count()):
            ward_id = combo.itemData(position)
            submitted = board.ward_checklists(ward_id, SheetStatus.SUBMITTED)
            drafts = board.ward_checklists(ward_id, SheetStatus.DRAFT)
            waiting = board.ward_checklists(ward_id, None)
            progress = (
                self.tr("{ward} ({done}/{total} submitted, {drafts} in draft)")
                if drafts
                else self.tr("{ward} ({done}/{total} submitted)")
            )
            combo.setItemText(
                position,
                progress.format(
                    ward=self._ward_names[ward_id],
                    done=len(submitted),
                    total=len(board.checklists),
                    drafts=len(drafts),
                ),
            )
            lines = [
                self.tr("{state}: {checklists}").format(
                    state=state, checklists=self.tr(", ").join(names)
                )
                for state, names in (
                    (self.tr("Submitted"), submitted),
                    (self.tr("Draft"), drafts),
                    (self.tr("Not started"), waiting),
                )
                if names
            ]
            combo.setItemData(position, "\n".join(lines), Qt.ItemDataRole.ToolTipRole)

    def _on_campaign_changed(self) -> None:
        """Another campaign: what is typed is saved first, or the user stays on this one."""
        if not self.panel.confirm_discard():
            keep_campaign(self.ui.campaignCombo, self._campaign_id)
            return
        self.refresh()

    def open_target(self, target: object) -> None:
        self.open_first_unsubmitted()

    def open_first_unsubmitted(self) -> None:
        """“去填写自查表”: the first sheet not yet submitted (or the first, when all are)."""
        self.refresh()
        summary = next((s for s in self._summaries if s.status is not SheetStatus.SUBMITTED), None)
        if summary is not None:
            self._choose_checklist(summary.key.checklist_id)

    def _show_nothing(self, reason: str) -> None:
        self._summaries = []
        self.ui.wardCombo.clear()
        self.ui.checklistCombo.clear()
        self.ui.statusLabel.clear()
        self.panel.clear(reason)

    def _reload_chooser(self) -> None:
        """The checklist picker with each sheet's state, keeping the current choice."""
        ward_id = self.ui.wardCombo.currentData()
        if ward_id is None or self._campaign_id is None:
            return
        chosen = self.ui.checklistCombo.currentData()
        self._summaries = self._inspections.sheets(self._actor, self._campaign_id, ward_id)
        combo = self.ui.checklistCombo
        combo.blockSignals(True)
        combo.clear()
        for summary in self._summaries:
            combo.addItem(self._sheet_caption(summary), summary.key.checklist_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _on_ward_changed(self) -> None:
        if not self.panel.confirm_discard():
            return
        self._reload_chooser()
        self._on_checklist_changed()

    def _choose_checklist(self, checklist_id: int) -> None:
        position = self.ui.checklistCombo.findData(checklist_id)
        if position >= 0 and position != self.ui.checklistCombo.currentIndex():
            self.ui.checklistCombo.setCurrentIndex(position)

    def _sheet_caption(self, summary: SheetSummary) -> str:
        if summary.status is SheetStatus.SUBMITTED and summary.score is not None:
            state = self.tr("submitted {score}").format(score=round_half_up(summary.score))
        elif summary.status is SheetStatus.DRAFT:
            state = self.tr("draft")
        else:
            state = self.tr("not started")
        return self.tr("{checklist} ({state})").format(
            checklist=summary.checklist_name, state=state
        )

    def _on_checklist_changed(self) -> None:
        if not self.panel.confirm_discard():
            return
        checklist_id = self.ui.checklistCombo.currentData()
        ward_id = self.ui.wardCombo.currentData()
        if checklist_id is None or ward_id is None or self._campaign_id is None:
            return
        self.panel.open_sheet(SheetKey(self._campaign_id, ward_id, checklist_id))
        self.ui.statusLabel.setText(self.panel.status_text())

    # -- paper rounds and printing --------------------------------------------------------------

    def print_blank(self) -> None:
        """空白检查表 of the chosen checklist, the ward filled in, for a round on paper."""
        from nursingqc.reports.pdf.blank_checklist import write_blank_checklists
        from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf

        sheet = self.panel.sheet
        if sheet is None:
            return
        ward = f"{sheet.ward_name}（{sheet.ward_code}）"
        definition, hospital = sheet.definition, self._hospital

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_blank_checklists(
                [definition], out, wards=[ward], hospital=hospital, progress=progress
            )

        title = self.tr("Blank checklist")
        preview_pdf(self, title, file_name(title, definition.name, sheet.ward_code), write)

    def print_sheet(self) -> None:
        """本表: the sheet as filled in (submitted, or the draft so far), for the ward's files."""
        from nursingqc.reports.pdf.blank_checklist import FilledSheet, write_filled_sheet
        from nursingqc.ui.dialogs.document_preview import file_name, preview_pdf

        if not self.panel.save_now():
            return
        sheet = self.panel.sheet
        if sheet is None:
            return
        filled = FilledSheet(
            checklist=sheet.definition,
            ward=f"{sheet.ward_name}（{sheet.ward_code}）",
            inspected_on=sheet.inspected_on,
            inspector=sheet.inspector_name,
            entries=sheet.entries,
            phase=PhaseKind.SELF_CHECK.chinese_name,
            state="已提交" if sheet.status is SheetStatus.SUBMITTED else "草稿（未提交）",
        )
        hospital = self._hospital

        def write(out: BinaryIO, progress: Progress) -> Written | None:
            return write_filled_sheet(filled, out, hospital, progress)

        title = self.tr("Self-check sheet")
        preview_pdf(self, title, file_name(title, sheet.definition.name, sheet.ward_code), write)

    def _on_sheet_changed(self) -> None:
        """A submit, reopen, reload or the save that made a draft: the pickers' captions, the
        ward's progress and the header follow at once."""
        self._reload_chooser()
        self._show_progress()
        self.ui.statusLabel.setText(self.panel.status_text())

    def _on_draft_saved(self) -> None:
        """An autosave: a sheet the picker already lists as this draft keeps its caption (a
        draft's shows no score), so the picker is read again only when the save made the draft
        — not on every autosave, which runs every few seconds while a head nurse types."""
        sheet = self.panel.sheet
        position = next(
            (
                n
                for n, summary in enumerate(self._summaries)
                if sheet is not None
                and summary.key == sheet.key
                and summary.status is SheetStatus.DRAFT
            ),
            None,
        )
        if sheet is None or position is None:
            self._on_sheet_changed()
            return
        self._summaries[position] = replace(
            self._summaries[position], score=sheet_score(sheet.definition, sheet.entries)
        )
        self.ui.statusLabel.setText(self.panel.status_text())

    def _on_submitted(self, key: SheetKey) -> None:
        """Offer the next sheet still to be submitted, after the one just submitted."""
        ids = [summary.key.checklist_id for summary in self._summaries]
        start = ids.index(key.checklist_id) + 1 if key.checklist_id in ids else 0
        ordered = self._summaries[start:] + self._summaries[:start]
        following = next((s for s in ordered if s.status is not SheetStatus.SUBMITTED), None)
        if following is None:
            note = self.tr("All checklists of this ward are submitted. Thank you!")
        else:
            self._choose_checklist(following.key.checklist_id)
            note = self.tr("Submitted. Next sheet to fill: {checklist}.").format(
                checklist=following.checklist_name
            )
        self.panel.show_note(note, "info")
