"""总结: the month's summary — 找问题、找差距、找榜样 — its published results, its certificates.

The figures come from ``domain.statistics`` over the evaluation ranking (``services.ranking``), the
evaluation's item rows (one query) and the rectification items; nothing here re-implements a rule.
The department writes its own text for the report: the cause analysis under the Pareto, the
conclusions and the next PDCA cycle. The page autosaves it as a draft while it is typed and the
department saves it with its button; either save is versioned (a save made on an older version
is refused, naming who saved since), every document prints the text as last saved, and, like
everything else, it is locked once the campaign is published.

Who may read (rules §8.3): the department and inspectors, at any time. A head nurse only
after the results are published (the 总结 phase closed), and then the ranking and her own ward's
full result — never another ward's detail.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, may, require_admin
from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.exchange_records import (
    ChecklistNameRecord,
    PublishedRankingRecord,
    RankLineRecord,
    ScoreRecord,
    from_plain,
)
from nursingqc.domain.ranking import WardStatus
from nursingqc.domain.rectification import Rates, RectificationStatus, rates
from nursingqc.domain.scoring import round_half_up, shown_percent
from nursingqc.domain.statistics import (
    LENIENT_MARGIN,
    PASS_MARK,
    Share,
    checklist_stats,
    full_compliance,
    hospital_rates,
    pareto,
    pass_rate,
    self_check_gaps,
    spread,
    trends,
)
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import campaign_published, require_unlocked_campaign
from nursingqc.services.clock import utc_now
from nursingqc.services.ranking import (
    PublishedRankings,
    RankingView,
    compute_ranking,
    ranking_view,
)
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Campaign, PublishedRanking, SummaryNote
from nursingqc.storage.repositories.campaigns import load_campaign, load_campaign_phases
from nursingqc.storage.repositories.printed import printed_wards
from nursingqc.storage.repositories.ranking import rectification_rates
from nursingqc.storage.repositories.summary import (
    campaign_wards,
    earlier_campaigns,
    inspector_lines,
    item_tally,
    nominees,
    ward_findings,
)

MSG_MODEL_WARDS_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Errors",
    "The model wards are still the ranking rules' proposal: the nursing department confirms them "
    "on the Ranking page first, then their certificates can be printed.",
)
MSG_NOT_PUBLISHED = QT_TRANSLATE_NOOP(
    "Errors",
    "The results of {campaign} are not published yet. Head nurses see them once the nursing "
    "department closes the summary phase.",
)
MSG_OTHER_WARDS_RESULT = QT_TRANSLATE_NOOP(
    "Errors",
    "A head nurse sees her own ward's result only, not ward {ward}'s. Choose your own ward.",
)
MSG_SUMMARY_NOT_FOR_HEAD_NURSE = QT_TRANSLATE_NOOP(
    "Errors",
    "The hospital's summary is for the nursing department and inspectors. Head nurses see the "
    "ranking and their own ward's result once the results are published.",
)
MSG_WARD_NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "Ward {ward} does not take part in this campaign."
)
MSG_TEXT_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} saved the summary text at {when}, after you opened it; your text was not "
    "saved, so that it does not overwrite theirs.",
)
#: Earlier campaigns shown in the trend, besides this one.
TREND_CAMPAIGNS = 5

#: The honours, as the certificates and the report name them (Chinese: the hospital's documents).
MODEL_WARD_HONOUR = "优质护理服务示范病房"
EXCELLENT_NURSE_HONOUR = "优秀护士"


@dataclass(frozen=True)
class SummaryText:
    """The department's own words: 原因分析 under the Pareto, 结论, and the next PDCA cycle.

    ``version`` is 0 while nothing was saved; a save names the version it was written on.
    ``draft`` when the last save was an autosave (草稿), not the department's own save.
    """

    cause_analysis: str = ""
    conclusions: str = ""
    next_steps: str = ""
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None
    draft: bool = False


@dataclass(frozen=True)
class InspectorLine:
    """质控人员: an inspector of the evaluation, her submitted inspections and the wards seen."""

    name: str
    inspections: int
    wards: int


@dataclass(frozen=True)
class Coverage:
    """检查病区与条目: what the evaluation covered."""

    wards: int
    wards_checked: int
    inspections: int
    items_checked: int
    findings: int


@dataclass(frozen=True)
class ChecklistLine:
    """Per checklist: mean, highest and lowest over the wards scored (two decimals)."""

    name: str
    wards: int
    mean: Decimal | None
    highest: Decimal | None
    highest_wards: tuple[str, ...]
    lowest: Decimal | None
    lowest_wards: tuple[str, ...]


@dataclass(frozen=True)
class ParetoLine:
    """柏拉图 row: ``share`` and ``cumulative`` are percentages with two decimals."""

    checklist_name: str
    item_code: str
    item_text: str
    count: int
    share: Decimal
    cumulative: Decimal
    vital_few: bool


@dataclass(frozen=True)
class GapLine:
    """自查 vs. 评比 of one ward; ``lenient`` when the self-check is well above. The counts say why
    a total is missing (``domain.statistics.GapRow``)."""

    ward_code: str
    ward_name: str
    self_check: Decimal | None
    evaluation: Decimal | None
    gap: Decimal | None
    lenient: bool
    checklists: int
    self_check_missing: int
    evaluation_missing: int
    self_check_veto: bool


@dataclass(frozen=True)
class RankLine:
    """One ward's line of the ranking as the summary shows it."""

    rank: int | None
    ward_code: str
    ward_name: str
    scores: tuple[Decimal | None, ...]
    total: Decimal | None
    veto: bool
    incomplete: bool
    model_ward: bool

    @property
    def result(self) -> str:
        """评选结果, in the ranking workbook's words."""
        if self.incomplete:
            return "未完成"
        if self.veto:
            return "一票否决"
        return "示范病房" if self.model_ward else ""


@dataclass(frozen=True)
class RectificationLine:
    """整改完成率 and 按时完成率 of one ward (or the hospital: empty code) as shown: percentages
    with two decimals, None when the ward has no item."""

    ward_code: str
    ward_name: str
    items: int
    verified: int
    verified_on_time: int
    completion: Decimal | None
    on_time: Decimal | None


@dataclass(frozen=True)
class Honoured:
    """示范病房 or 优秀护士: ``name`` is the ward's or the nurse's; ``ward_name`` her ward."""

    honour: str
    name: str
    ward_code: str
    ward_name: str
    total: Decimal | None
    reason: str = ""


@dataclass(frozen=True)
class TrendLine:
    """A ward's total in each campaign of ``SummaryView.trend_campaigns`` (None: not ranked)."""

    ward_code: str
    ward_name: str
    totals: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class TrendSpread:
    """The hospital's mean, highest and lowest ward total in each campaign of
    ``SummaryView.trend_campaigns`` (None: no ward was ranked in it); the mean of the totals as
    shown, rounded like them."""

    mean: tuple[Decimal | None, ...]
    highest: tuple[Decimal | None, ...]
    lowest: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class SummaryView:
    """Everything the summary page, report and workbook show, rounded as shown."""

    hospital: str
    campaign_id: int
    campaign_name: str
    starts_on: date
    ends_on: date
    published: bool
    pass_mark: Decimal
    lenient_margin: Decimal
    checklists: tuple[str, ...]
    inspectors: tuple[InspectorLine, ...]
    coverage: Coverage
    pass_rate: Share
    full_compliance: Share
    checklist_lines: tuple[ChecklistLine, ...]
    ranking: tuple[RankLine, ...]
    pareto: tuple[ParetoLine, ...]
    gaps: tuple[GapLine, ...]
    rectification: tuple[RectificationLine, ...]
    rectification_overall: RectificationLine
    model_wards: tuple[Honoured, ...]
    #: False while the model wards are only the rules' proposal (the department has not
    #: confirmed them on the ranking page): reports say so and no certificate is printed.
    model_wards_confirmed: bool
    excellent_nurses: tuple[Honoured, ...]
    trend_campaigns: tuple[str, ...]
    trends: tuple[TrendLine, ...]
    trend_spread: TrendSpread
    text: SummaryText

    @property
    def lenient_wards(self) -> int:
        """How many wards' self-checks are lenient (自查偏宽)."""
        return sum(gap.lenient for gap in self.gaps)

    @property
    def vital_few_items(self) -> int:
        """How many items make up the first 80 % of the problems found (关键的少数)."""
        return sum(line.vital_few for line in self.pareto)


@dataclass(frozen=True)
class WardFinding:
    """One problem found in the ward (self-check or evaluation), and where its rectification
    stands."""

    phase: PhaseKind
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    veto_failed: bool
    problem: str
    status: RectificationStatus
    deadline: date
    verified_on: date | None


@dataclass(frozen=True)
class WardResult:
    """A ward's full published result: its line of the ranking, its scores, problems and
    rectification status, with the whole ranking (which every ward may see once published)."""

    campaign_name: str
    checklists: tuple[str, ...]
    line: RankLine
    self_check_total: Decimal | None
    self_check_gap: Decimal | None
    rectification: RectificationLine
    findings: tuple[WardFinding, ...]
    ranking: tuple[RankLine, ...]


@dataclass(frozen=True)
class Certificate:
    """奖状: one honour for one ward or nurse."""

    hospital: str
    campaign_name: str
    honour: str
    recipient: str
    ward_name: str
    issued_on: date
    issuer: str = "护理部"


def _shown(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value)


def _percent(share: Fraction | None) -> Decimal | None:
    return None if share is None else shown_percent(share)


def _rank_lines(view: RankingView) -> tuple[RankLine, ...]:
    return tuple(
        RankLine(
            rank=row.rank,
            ward_code=row.ward.code,
            ward_name=row.ward.name,
            scores=row.scores,
            total=row.total,
            veto=row.veto,
            incomplete=row.status is WardStatus.INCOMPLETE,
            model_ward=row.model_ward,
        )
        for row in view.rows
    )


def published_ranking(session: Session, campaign: Campaign) -> PublishedRankingRecord:
    """The campaign's ranking as the department publishes it to the ward PCs (rules §14)."""
    view = ranking_view(session, campaign)
    return PublishedRankingRecord(
        campaign_uid=campaign.uid,
        checklists=tuple(ChecklistNameRecord(name=column.name) for column in view.checklists),
        lines=tuple(
            RankLineRecord(
                rank=line.rank,
                ward_code=line.ward_code,
                ward_name=line.ward_name,
                scores=tuple(ScoreRecord(value=_score_text(score)) for score in line.scores),
                total=_score_text(line.total),
                veto=line.veto,
                incomplete=line.incomplete,
                model_ward=line.model_ward,
            )
            for line in _rank_lines(view)
        ),
    )


def stored_ranking(row: PublishedRanking) -> tuple[tuple[str, ...], tuple[RankLine, ...]]:
    """The checklists' names and the lines of a ranking a ward PC keeps."""
    record = from_plain(PublishedRankingRecord, json.loads(row.ranking), "published_rankings")
    return (
        tuple(checklist.name for checklist in record.checklists),
        tuple(
            RankLine(
                rank=line.rank,
                ward_code=line.ward_code,
                ward_name=line.ward_name,
                scores=tuple(_score(score.value) for score in line.scores),
                total=_score(line.total),
                veto=line.veto,
                incomplete=line.incomplete,
                model_ward=line.model_ward,
            )
            for line in record.lines
        ),
    )


def _score_text(score: Decimal | None) -> str:
    return "" if score is None else str(score)


def _score(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def _text(note: SummaryNote | None) -> SummaryText:
    if note is None:
        return SummaryText()
    return SummaryText(
        note.cause_analysis,
        note.conclusions,
        note.next_steps,
        note.version,
        note.updated_by,
        note.updated_at,
        note.draft,
    )


def _rate_line(code: str, name: str, counted: Rates) -> RectificationLine:
    return RectificationLine(
        code,
        name,
        counted.items,
        counted.verified,
        counted.verified_on_time,
        _percent(counted.completion),
        _percent(counted.on_time),
    )


def _trend_spread(campaigns: int, lines: Sequence[TrendLine]) -> TrendSpread:
    columns = [spread(line.totals[index] for line in lines) for index in range(campaigns)]
    return TrendSpread(
        tuple(_shown(column.mean) for column in columns),
        tuple(_shown(column.highest) for column in columns),
        tuple(_shown(column.lowest) for column in columns),
    )


class SummaryService:
    def __init__(self, database: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._now = now
        self._earlier = PublishedRankings()

    @reads_only
    def summary(self, actor: Actor, campaign_id: int) -> SummaryView:
        """The month's summary for the department and inspectors, published or not."""
        if not may(actor, Permission.READ_UNPUBLISHED_RESULTS):
            raise PermissionDenied(MSG_SUMMARY_NOT_FOR_HEAD_NURSE)
        with self._db.transaction(read_only=True) as session:
            return self._summary(session, load_campaign(session, campaign_id, with_wards=False))

    @reads_only
    def ward_result(self, actor: Actor, campaign_id: int, ward_id: int) -> WardResult:
        """A ward's published result. A head nurse: her own ward, once published."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            ward = next((w for w in printed_wards(campaign) if w.id == ward_id), None)
            if ward is None:
                raise NotFound(MSG_WARD_NOT_IN_CAMPAIGN, ward=ward_id)
            if not may(actor, Permission.READ_UNPUBLISHED_RESULTS):
                if actor.ward_id != ward_id:
                    raise PermissionDenied(MSG_OTHER_WARDS_RESULT, ward=ward.code)
                if not campaign_published(campaign):
                    raise PermissionDenied(MSG_NOT_PUBLISHED, campaign=campaign.name)
            view = ranking_view(session, campaign)
            row = view.row_for(ward_id)
            checklists, lines = tuple(column.name for column in view.checklists), _rank_lines(view)
            # A ward PC holds its own ward only: the ranking is the one the department published.
            stored = session.scalar(
                select(PublishedRanking).where(PublishedRanking.campaign_id == campaign_id)
            )
            if stored is not None:
                checklists, lines = stored_ranking(stored)
            found = ward_findings(session, campaign_id, ward_id)
            ward_rates = rates((f.status, f.deadline, f.verified_on) for f in found)
            return WardResult(
                campaign_name=campaign.name,
                checklists=checklists,
                line=next(line for line in lines if line.ward_code == ward.code),
                self_check_total=row.self_check_total,
                self_check_gap=row.self_check_gap,
                rectification=_rate_line(ward.code, ward.name, ward_rates),
                findings=tuple(
                    WardFinding(
                        f.phase,
                        f.checklist_name,
                        f.item_code,
                        f.item_text,
                        f.deduction,
                        f.veto_failed,
                        f.problem,
                        f.status,
                        f.deadline,
                        f.verified_on,
                    )
                    for f in found
                ),
                ranking=lines,
            )

    @writes_campaign
    def save_draft(self, actor: Actor, campaign_id: int, text: SummaryText) -> SummaryText:
        """Autosave (草稿) of the department's text, written on ``text.version``, kept out of the
        audit log like a score sheet's draft; refused once published."""
        return self._store(actor, campaign_id, text, draft=True)

    @writes_campaign
    def save_text(self, actor: Actor, campaign_id: int, text: SummaryText) -> SummaryText:
        """The department saves its text, written on ``text.version``, with its before and after
        in the audit log; refused once published."""
        return self._store(actor, campaign_id, text, draft=False)

    def _store(
        self, actor: Actor, campaign_id: int, text: SummaryText, *, draft: bool
    ) -> SummaryText:
        require_admin(actor)
        text = replace(
            text,
            cause_analysis=checked_text(text.cause_analysis, texts.SUMMARY_CAUSES),
            conclusions=checked_text(text.conclusions, texts.SUMMARY_CONCLUSIONS),
            next_steps=checked_text(text.next_steps, texts.SUMMARY_NEXT_STEPS),
        )
        with self._db.transaction() as session:
            # The phases say whether it is published; its wards would cost every autosave.
            require_unlocked_campaign(load_campaign_phases(session, campaign_id))
            note = session.scalar(select(SummaryNote).where(SummaryNote.campaign_id == campaign_id))
            current = note.version if note is not None else 0
            if current != text.version:
                assert note is not None  # a version above 0 exists only once saved
                raise ConcurrentChange(
                    MSG_TEXT_CHANGED,
                    changed_by=note.updated_by,
                    when=f"{note.updated_at.astimezone():%Y-%m-%d %H:%M}",
                )
            before = None if note is None else _audit_text(_text(note))
            if note is None:
                note = SummaryNote(campaign_id=campaign_id, version=0)
                session.add(note)
            note.cause_analysis = text.cause_analysis.strip()
            note.conclusions = text.conclusions.strip()
            note.next_steps = text.next_steps.strip()
            note.version = current + 1
            note.updated_by = actor.display_name
            note.updated_at = self._now()
            note.draft = draft
            session.flush()
            saved = _text(note)
            if not draft:
                audit.record(
                    session,
                    actor,
                    "save_summary_text",
                    "campaign",
                    campaign_id,
                    before=before,
                    after=_audit_text(saved),
                )
            return saved

    @reads_only
    def certificates(self, actor: Actor, campaign_id: int, issued_on: date) -> list[Certificate]:
        """奖状 for the model wards and the approved excellent nurses, wards first; refused while
        the model wards are unconfirmed (a certificate is not printed for a proposal)."""
        summary = self.summary(actor, campaign_id)
        if summary.model_wards and not summary.model_wards_confirmed:
            raise ValidationError(MSG_MODEL_WARDS_UNCONFIRMED)
        honoured = summary.model_wards + summary.excellent_nurses
        return [
            Certificate(
                hospital=summary.hospital,
                campaign_name=summary.campaign_name,
                honour=person.honour,
                recipient=person.name,
                ward_name=person.ward_name,
                issued_on=issued_on,
            )
            for person in honoured
        ]

    def _summary(self, session: Session, campaign: Campaign) -> SummaryView:
        ranking = compute_ranking(session, campaign)
        per_ward = rectification_rates(session, campaign.id)
        view = ranking_view(session, campaign, ranking, per_ward)
        items = item_tally(session, campaign.id)
        inspectors = inspector_lines(session, campaign.id)
        # Every ward of the campaign has its line in the ranking; the table lists them by code.
        wards = sorted((result.ward for result in ranking.results), key=lambda ward: ward.code)
        rectification = tuple(
            _rate_line(ward.code, ward.name, per_ward.get(ward.id, Rates(0, 0, 0)))
            for ward in wards
        )
        lines = _rank_lines(view)
        totals = {line.ward_code: line.total for line in lines}
        model_wards = tuple(
            Honoured(MODEL_WARD_HONOUR, label.name, label.code, label.name, totals.get(label.code))
            for label in view.model_wards
        )
        nurses = tuple(
            Honoured(
                EXCELLENT_NURSE_HONOUR,
                nurse.nurse_name,
                nurse.ward_code,
                nurse.ward_name,
                totals.get(nurse.ward_code),
                nurse.reason,
            )
            for nurse in nominees(session, campaign.id, NominationStatus.APPROVED)
        )
        trend_names, trend_lines = self._trends(session, campaign, lines)
        dates = [(phase.starts_on, phase.ends_on) for phase in campaign.phases]
        return SummaryView(
            hospital=view.hospital,
            campaign_id=campaign.id,
            campaign_name=campaign.name,
            starts_on=min(start for start, _ in dates),
            ends_on=max(end for _, end in dates),
            published=campaign_published(campaign),
            pass_mark=PASS_MARK,
            lenient_margin=LENIENT_MARGIN,
            checklists=tuple(column.name for column in view.checklists),
            inspectors=tuple(InspectorLine(*line) for line in inspectors),
            coverage=Coverage(
                wards=len(wards),
                wards_checked=items.wards,
                inspections=sum(line.inspections for line in inspectors),
                items_checked=items.applicable,
                findings=items.findings,
            ),
            pass_rate=pass_rate(ranking),
            full_compliance=full_compliance(items),
            checklist_lines=tuple(
                ChecklistLine(
                    stat.name,
                    stat.wards,
                    _shown(stat.mean),
                    _shown(stat.highest),
                    stat.highest_wards,
                    _shown(stat.lowest),
                    stat.lowest_wards,
                )
                for stat in checklist_stats(ranking)
            ),
            ranking=lines,
            pareto=tuple(
                ParetoLine(
                    row.checklist_name,
                    row.item_code,
                    row.item_text,
                    row.count,
                    shown_percent(row.share),
                    shown_percent(row.cumulative),
                    row.vital_few,
                )
                for row in pareto(items)
            ),
            gaps=tuple(
                GapLine(
                    gap.ward.code,
                    gap.ward.name,
                    _shown(gap.self_check),
                    _shown(gap.evaluation),
                    _shown(gap.gap),
                    gap.lenient,
                    gap.checklists,
                    gap.self_check_missing,
                    gap.evaluation_missing,
                    gap.self_check_veto,
                )
                for gap in self_check_gaps(ranking)
            ),
            rectification=rectification,
            rectification_overall=_rate_line("", "", hospital_rates(per_ward.values())),
            model_wards=model_wards,
            model_wards_confirmed=view.confirmation is not None,
            excellent_nurses=nurses,
            trend_campaigns=trend_names,
            trends=trend_lines,
            trend_spread=_trend_spread(len(trend_names), trend_lines),
            text=_text(
                session.scalar(select(SummaryNote).where(SummaryNote.campaign_id == campaign.id))
            ),
        )

    def _trends(
        self, session: Session, campaign: Campaign, lines: Sequence[RankLine]
    ) -> tuple[tuple[str, ...], tuple[TrendLine, ...]]:
        """Each ward's total in up to ``TREND_CAMPAIGNS`` earlier campaigns and in this one; the
        earlier ones published are ranked once and kept (``PublishedRankings``)."""
        history: list[tuple[str, date, str, Fraction | None]] = []
        shown = earlier_campaigns(session, campaign, TREND_CAMPAIGNS)
        wards = campaign_wards(session, [earlier.id for earlier in shown])
        for earlier, ranking in zip(
            shown, self._earlier.rankings(session, shown, wards), strict=True
        ):
            for result in ranking.results:
                history.append((earlier.name, earlier.starts_on, result.ward.code, result.total))
        for line in lines:
            total = None if line.total is None else Fraction(line.total)
            history.append((campaign.name, campaign.starts_on, line.ward_code, total))
        by_ward = trends(history)
        names = (*(c.name for c in shown), campaign.name)
        keys = [(c.name, c.starts_on) for c in (*shown, campaign)]
        rows = []
        for line in lines:
            points = {(p.campaign, p.starts_on): p.total for p in by_ward.get(line.ward_code, [])}
            rows.append(
                TrendLine(
                    line.ward_code, line.ward_name, tuple(_shown(points.get(key)) for key in keys)
                )
            )
        return names, tuple(rows)


def _audit_text(text: SummaryText) -> dict[str, object]:
    return {
        "cause_analysis": text.cause_analysis,
        "conclusions": text.conclusions,
        "next_steps": text.next_steps,
        "version": text.version,
    }
