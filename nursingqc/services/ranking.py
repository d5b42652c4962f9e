"""排名与评选: the evaluation ranking of a campaign and its model wards (示范病房); the excellent
nurses (优秀护士) are in ``services.nominations``.

The ranking is computed from one aggregate query per phase (``storage.repositories.ranking``) by
the rules of ``domain.ranking``; nothing here re-implements a rule. The rules *propose* model
wards; the department confirms the proposal or changes it with a written reason. Every decision
is stored and written to the audit log.

Who may read (rules §8.3): the department and inspectors. Head nurses see the ranking only once the
summary phase publishes the results; until that exists they do not see it at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, may, require_admin
from nursingqc.domain.awards import AwardDecision, AwardSettings
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.ranking import (
    Ranking,
    TieBreak,
    WardRef,
    WardStatus,
    WeightedChecklist,
    rank_wards,
)
from nursingqc.domain.rectification import Rates
from nursingqc.domain.scoring import round_half_up, shown_percent
from nursingqc.domain.statistics import is_lenient
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import campaign_published, require_unlocked_campaign
from nursingqc.services.clock import local_time, utc_now
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Campaign, ModelWardDecision
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.printed import (
    PrintedWard,
    campaign_printed_wards,
    printed_hospital,
    printed_wards,
)
from nursingqc.storage.repositories.ranking import (
    ItemLine,
    evaluation_stamps,
    inspection_sums,
    item_line_count,
    item_lines,
    rectification_rates,
)

MSG_RANKING_NOT_PUBLISHED = QT_TRANSLATE_NOOP(
    "Errors",
    "The ranking is shown to head nurses once the nursing department publishes the results.",
)
MSG_MODEL_WARDS_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} confirmed the model wards at {when}, after you opened the ranking. Nothing was "
    "changed, so that neither choice is lost without a look: see theirs, then confirm again if "
    "yours should stand.",
)
MSG_CHANGE_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "The model wards you chose differ from the ones the rules propose; write the reason for "
    "the change.",
)
MSG_WARD_NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "Ward {ward} does not take part in this campaign."
)
MSG_INCOMPLETE_NOT_MODEL = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} has not been evaluated on every checklist yet, so it cannot be a model ward.",
)
MSG_VETO_NOT_MODEL = QT_TRANSLATE_NOOP(
    "Errors", "Ward {ward} failed a veto item (一票否决), so it cannot be a model ward."
)


#: The rates of a ward without rectification items: no rate to show.
NO_ITEMS = Rates(0, 0, 0)

#: What the 评选结果 column says; Chinese in every language, as the files are the hospital's.
RESULT_MODEL_WARD = "示范病房"
RESULT_INCOMPLETE = "未完成"


@dataclass(frozen=True)
class WardLabel:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class ChecklistColumn:
    """A campaign checklist: one column of the ranking, in campaign order."""

    code: str
    name: str
    weight: Decimal


@dataclass(frozen=True)
class RankingRow:
    """One ward's line of the ranking, every value rounded as shown (rules §11.1 columns).

    ``scores`` follow the view's ``checklists``; ``missing`` names the checklists without a
    submitted evaluation, ``self_check_missing`` those without a submitted self-check (why a
    self-check total is empty: 自查未完成). ``proposed`` is the rules' proposal; ``model_ward``
    is the confirmed choice once the department confirmed, else the proposal.
    ``rectification_rate`` is a percentage with two decimals; ``lenient`` marks a self-check
    well above the evaluation (自查偏宽, ``domain.statistics.is_lenient``).
    """

    ward: WardLabel
    rank: int | None
    shared_rank: bool
    scores: tuple[Decimal | None, ...]
    total: Decimal | None
    self_check_total: Decimal | None
    self_check_gap: Decimal | None
    self_check_missing: tuple[str, ...]
    lenient: bool
    rectification_rate: Decimal | None
    rectification_items: int
    status: WardStatus
    veto: bool
    missing: tuple[str, ...]
    tie_break: TieBreak | None
    award: AwardDecision
    proposed: bool
    model_ward: bool

    @property
    def result(self) -> str:
        """评选结果: 示范病房, 未完成 or nothing."""
        if self.status is WardStatus.INCOMPLETE:
            return RESULT_INCOMPLETE
        return RESULT_MODEL_WARD if self.model_ward else ""


@dataclass(frozen=True)
class ModelWardConfirmation:
    """The department's confirmation of the model wards, and the reason for any change."""

    wards: tuple[WardLabel, ...]
    decided_by: str
    decided_at: datetime
    reason: str


@dataclass(frozen=True)
class RankingView:
    """The evaluation ranking of a campaign as the page, the workbook and the PDF show it."""

    campaign_id: int
    campaign_name: str
    hospital: str
    checklists: tuple[ChecklistColumn, ...]
    model_ward_count: int
    threshold: Decimal
    rows: tuple[RankingRow, ...]
    proposed: tuple[WardLabel, ...]
    confirmation: ModelWardConfirmation | None

    @property
    def confirmed(self) -> tuple[WardLabel, ...] | None:
        return self.confirmation.wards if self.confirmation is not None else None

    @property
    def model_wards(self) -> tuple[WardLabel, ...]:
        """As confirmed (less any ward that has lost its place since), or as proposed while
        nobody confirmed yet; in ranking order."""
        return tuple(row.ward for row in self.rows if row.model_ward)

    def row_for(self, ward_id: int) -> RankingRow:
        return next(row for row in self.rows if row.ward.id == ward_id)


@dataclass(frozen=True, slots=True)
class DetailRow:
    """One item of one submitted inspection, for the workbook's 明细 sheet."""

    ward_code: str
    ward_name: str
    checklist_name: str
    phase: PhaseKind
    inspector: str
    inspected_on: date
    item_code: str
    item_text: str
    points: Decimal
    deduction: Decimal
    not_applicable: bool
    veto_item: bool
    veto_failed: bool
    problem: str
    nurse: str


class Details:
    """The 明细 rows of a campaign, streamed from the database: a 3,000-ward month has 1.5
    million, gigabytes as a list. Their number is known at once; they can be read once."""

    def __init__(self, count: int, rows: Iterator[DetailRow]) -> None:
        self._count = count
        self._rows = rows

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DetailRow]:
        return self._rows


def from_tenths(value: int) -> Decimal:
    return Decimal(value).scaleb(-1)


def _shown(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value)


def ward_label(ward: PrintedWard | WardRef) -> WardLabel:
    return WardLabel(ward.id, ward.code, ward.name)


def _require_reader(actor: Actor) -> None:
    if not may(actor, Permission.READ_UNPUBLISHED_RESULTS):
        raise PermissionDenied(MSG_RANKING_NOT_PUBLISHED)


def campaign_wards(campaign: Campaign) -> list[PrintedWard]:
    """The campaign's wards by code, named as its documents print them."""
    return printed_wards(campaign)


def _weighted(campaign: Campaign) -> list[WeightedChecklist]:
    return [
        WeightedChecklist(link.checklist.code, link.checklist.name, link.weight)
        for link in campaign.checklists
    ]


def _settings(campaign: Campaign) -> AwardSettings:
    return AwardSettings(campaign.model_ward_count, campaign.model_ward_threshold)


def compute_ranking(session: Session, campaign: Campaign) -> Ranking:
    """The domain's ranking of a campaign loaded with its checklists (its wards are read here),
    in the caller's transaction."""
    wards = [
        WardRef(ward.id, ward.code, ward.name)
        for ward in campaign_printed_wards(session, campaign.id)
    ]
    return rank_wards(
        _weighted(campaign),
        wards,
        inspection_sums(session, campaign.id, PhaseKind.EVALUATION),
        _settings(campaign),
        inspection_sums(session, campaign.id, PhaseKind.SELF_CHECK),
    )


class PublishedRankings:
    """Earlier campaigns ranked on their evaluation only (the summary's trend: their self-check
    is not summed), those published kept from one call to the next.

    A published campaign is locked: nothing it is ranked from changes until its summary is
    reopened. Each kept ranking carries its key — what it was ranked from that is cheap to read
    (the campaign's creation, its checklists and weights, the award settings, the wards as
    printed) and the evaluation's ``EvaluationStamp``, which any save of its sheets changes — so a
    campaign reopened, corrected and published again between two calls is ranked afresh. A
    campaign not published is ranked on every call and nothing of it kept. One per database (the
    summary service's); the rankings are immutable, so threads may share them.
    """

    def __init__(self) -> None:
        self._kept: dict[int, tuple[Hashable, Ranking]] = {}
        self._lock = threading.Lock()

    def rankings(
        self,
        session: Session,
        campaigns: Sequence[Campaign],
        wards: Mapping[int, Sequence[WardRef]],
    ) -> list[Ranking]:
        """The rankings of ``campaigns`` (loaded with their phases and checklists), in order;
        ``wards`` holds each one's wards as printed."""
        stamps = evaluation_stamps(session, [campaign.id for campaign in campaigns])
        rankings = []
        for campaign in campaigns:
            checklists = _weighted(campaign)
            settings = _settings(campaign)
            key = (
                campaign.created_at,
                tuple((link.checklist_id, link.weight) for link in campaign.checklists),
                tuple(checklists),
                settings,
                frozenset(wards[campaign.id]),
                stamps.get(campaign.id),
            )
            published = campaign_published(campaign)
            with self._lock:
                kept = self._kept.get(campaign.id)
                if not published:
                    self._kept.pop(campaign.id, None)
            if published and kept is not None and kept[0] == key:
                rankings.append(kept[1])
                continue
            evaluation = inspection_sums(session, campaign.id, PhaseKind.EVALUATION)
            ranking = rank_wards(checklists, wards[campaign.id], evaluation, settings)
            if published:
                with self._lock:
                    self._kept[campaign.id] = (key, ranking)
            rankings.append(ranking)
        return rankings


def _confirmation(
    session: Session, ranking: Ranking, campaign_id: int
) -> ModelWardConfirmation | None:
    decisions = list(
        session.scalars(
            select(ModelWardDecision).where(ModelWardDecision.campaign_id == campaign_id)
        )
    )
    if not decisions:
        return None
    by_id = {result.ward.id: result.ward for result in ranking.results}
    chosen = sorted(
        (by_id[d.ward_id] for d in decisions if d.model_ward and d.ward_id in by_id),
        key=lambda ward: ward.code,
    )
    first = decisions[0]
    return ModelWardConfirmation(
        tuple(ward_label(ward) for ward in chosen), first.decided_by, first.decided_at, first.reason
    )


def ranking_view(
    session: Session,
    campaign: Campaign,
    ranking: Ranking | None = None,
    counted: Mapping[int, Rates] | None = None,
) -> RankingView:
    """The ranking as shown, with model wards and rectification rates, in the caller's
    transaction (the summary report builds on it, passing the ranking and the rates by ward it
    already read); callers check permissions first."""
    ranking = ranking if ranking is not None else compute_ranking(session, campaign)
    confirmation = _confirmation(session, ranking, campaign.id)
    confirmed_ids = {ward.id for ward in confirmation.wards} if confirmation is not None else None
    counted = counted if counted is not None else rectification_rates(session, campaign.id)
    names = {checklist.code: checklist.name for checklist in ranking.checklists}
    rows = []
    for result in ranking.results:
        rectification = counted.get(result.ward.id, NO_ITEMS)
        proposed = result.is_model_ward
        rows.append(
            RankingRow(
                ward=ward_label(result.ward),
                rank=result.rank,
                shared_rank=result.shared_rank,
                scores=tuple(_shown(result.scores[c.code]) for c in ranking.checklists),
                total=_shown(result.total),
                self_check_total=_shown(result.self_check_total),
                self_check_gap=_shown(result.self_check_gap),
                self_check_missing=tuple(names[code] for code in result.self_check_missing),
                lenient=is_lenient(result.self_check_gap),
                rectification_rate=(
                    None
                    if rectification.completion is None
                    else shown_percent(rectification.completion)
                ),
                rectification_items=rectification.items,
                status=result.status,
                veto=result.veto,
                missing=tuple(names[code] for code in result.missing),
                tie_break=result.tie_break,
                award=result.award,
                proposed=proposed,
                # A confirmed ward that has since lost its place (a veto, a missing sheet after a
                # correction) is no model ward: the confirmation cannot outlive the rules.
                model_ward=(
                    proposed
                    if confirmed_ids is None
                    else result.ward.id in confirmed_ids and result.status is WardStatus.COMPLETE
                ),
            )
        )
    hospital = printed_hospital(session, campaign)
    return RankingView(
        campaign_id=campaign.id,
        campaign_name=campaign.name,
        hospital=hospital,
        checklists=tuple(ChecklistColumn(c.code, c.name, c.weight) for c in ranking.checklists),
        model_ward_count=campaign.model_ward_count,
        threshold=campaign.model_ward_threshold,
        rows=tuple(rows),
        proposed=tuple(ward_label(result.ward) for result in ranking.model_wards),
        confirmation=confirmation,
    )


def _detail(line: ItemLine, tenths: dict[int, Decimal]) -> DetailRow:
    if line.points_tenths not in tenths:
        tenths[line.points_tenths] = from_tenths(line.points_tenths)
    if line.deduction_tenths not in tenths:
        tenths[line.deduction_tenths] = from_tenths(line.deduction_tenths)
    return DetailRow(
        ward_code=line.ward_code,
        ward_name=line.ward_name,
        checklist_name=line.checklist_name,
        phase=line.phase,
        inspector=line.inspector,
        inspected_on=line.inspected_on,
        item_code=line.item_code,
        item_text=line.item_text,
        points=tenths[line.points_tenths],
        deduction=tenths[line.deduction_tenths],
        not_applicable=line.not_applicable,
        veto_item=line.veto_item,
        veto_failed=line.veto_failed,
        problem=line.problem,
        nurse=line.nurse,
    )


class RankingService:
    def __init__(self, database: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._now = now

    # -- the ranking -----------------------------------------------------------------------

    @reads_only
    def ranking(self, actor: Actor, campaign_id: int) -> RankingView:
        """The evaluation ranking with self-check gap, rectification rate and model wards.

        Head nurses see it once the campaign is published (its summary phase closed)."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id, with_wards=False)
            if not campaign_published(campaign):
                _require_reader(actor)
            view = ranking_view(session, campaign)
        if may(actor, Permission.READ_UNPUBLISHED_RESULTS):
            return view
        # A head nurse reads only her own ward's self-check and rectification (rules §8.3); the
        # ranks and totals are published for every ward.
        return replace(
            view,
            rows=tuple(
                row
                if row.ward.id == actor.ward_id
                else replace(
                    row,
                    self_check_total=None,
                    self_check_gap=None,
                    self_check_missing=(),
                    lenient=False,
                    rectification_rate=None,
                    rectification_items=0,
                )
                for row in view.rows
            ),
        )

    @reads_only
    def details(self, actor: Actor, campaign_id: int) -> AbstractContextManager[Details]:
        """Every item of every submitted inspection (both phases), for the 明细 sheet, read
        while it is written: ``with ranking.details(actor, campaign_id) as details:`` (the
        permission is checked at once, the rows read inside the ``with``)."""
        _require_reader(actor)
        return self._details(campaign_id)

    @contextmanager
    def _details(self, campaign_id: int) -> Iterator[Details]:
        with self._db.transaction(read_only=True) as session:
            load_campaign(session, campaign_id)
            tenths: dict[int, Decimal] = {}  # a few distinct values on 60,000 rows
            yield Details(
                item_line_count(session, campaign_id),
                (_detail(line, tenths) for line in item_lines(session, campaign_id)),
            )

    @writes_campaign
    def confirm_model_wards(
        self,
        actor: Actor,
        campaign_id: int,
        ward_ids: Iterable[int],
        reason: str = "",
        *,
        seen: datetime | None,
    ) -> RankingView:
        """The department confirms the proposed model wards, or chooses others with a reason.

        A ward not evaluated on every checklist, or with a failed veto item, cannot be chosen.
        The confirmation replaces any earlier one; both are in the audit log. ``seen`` is when
        the confirmation shown to the admin was made (None: none was); if another admin has
        confirmed since, nothing changes and ``ConcurrentChange`` names them.
        """
        reason = checked_text(reason, texts.REASON)
        require_admin(actor)
        chosen_ids = set(ward_ids)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id, with_wards=False)
            require_unlocked_campaign(campaign)
            ranking = compute_ranking(session, campaign)
            by_id = {result.ward.id: result for result in ranking.results}
            for ward_id in sorted(chosen_ids):
                result = by_id.get(ward_id)
                if result is None:
                    raise NotFound(MSG_WARD_NOT_IN_CAMPAIGN, ward=ward_id)
                if result.status is WardStatus.INCOMPLETE:
                    raise ValidationError(MSG_INCOMPLETE_NOT_MODEL, ward=result.ward.code)
                if result.veto:
                    raise ValidationError(MSG_VETO_NOT_MODEL, ward=result.ward.code)
            proposed_ids = {result.ward.id for result in ranking.model_wards}
            if chosen_ids != proposed_ids and not reason:
                raise ValidationError(MSG_CHANGE_NEEDS_REASON)
            previous = _confirmation(session, ranking, campaign_id)
            if previous is not None and previous.decided_at != seen:
                raise ConcurrentChange(
                    MSG_MODEL_WARDS_CHANGED,
                    changed_by=previous.decided_by,
                    when=local_time(previous.decided_at),
                )
            session.execute(
                delete(ModelWardDecision).where(ModelWardDecision.campaign_id == campaign_id)
            )
            now = self._now()
            for ward_id in sorted(chosen_ids | proposed_ids):
                session.add(
                    ModelWardDecision(
                        campaign_id=campaign_id,
                        ward_id=ward_id,
                        model_ward=ward_id in chosen_ids,
                        proposed=ward_id in proposed_ids,
                        reason=reason,
                        decided_by=actor.display_name,
                        decided_at=now,
                    )
                )

            def codes(ids: Iterable[int]) -> list[str]:
                return sorted(by_id[ward_id].ward.code for ward_id in ids)

            audit.record(
                session,
                actor,
                "confirm_model_wards",
                "campaign",
                campaign_id,
                before=(
                    None
                    if previous is None
                    else {"model_wards": sorted(ward.code for ward in previous.wards)}
                ),
                after={"model_wards": codes(chosen_ids), "proposed": codes(proposed_ids)},
                reason=reason,
            )
            session.flush()
            return ranking_view(session, campaign)
