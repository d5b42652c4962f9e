"""排名与评选: the evaluation ranking of a campaign, its model wards (示范病房) and excellent
nurses (优秀护士).

The ranking is computed from one aggregate query per phase (``storage.repositories.ranking``) by
the rules of ``domain.ranking``; nothing here re-implements a rule. The rules *propose* model
wards; the department confirms the proposal or changes it with a written reason. Head nurses
nominate excellent nurses of their own ward; the department approves or declines. Every decision
is stored and written to the audit log.

Who may read (SPEC §8): the department and inspectors. Head nurses see the ranking only once the
summary phase publishes the results; until that exists they do not see it at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.awards import AwardDecision, AwardSettings, NominationStatus
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
from nursingqc.domain.rectification import rates
from nursingqc.domain.scoring import round_half_up
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import campaign_published, require_unlocked_campaign
from nursingqc.services.clock import local_time, utc_now
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Campaign, Hospital, ModelWardDecision, Nomination, Ward
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.ranking import (
    ItemLine,
    inspection_sums,
    item_lines,
    rectification_states,
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
MSG_NOMINATION_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} decided on the nomination of {nurse} at {when}, after you opened the list. "
    "Nothing was changed: see their decision, then decide again if yours should stand.",
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
MSG_NOMINATED_BY_WARD = QT_TRANSLATE_NOOP(
    "Errors",
    "Excellent nurses are nominated by the head nurse of their ward (or entered by the "
    "nursing department).",
)
MSG_NOMINATE_OWN_WARD = QT_TRANSLATE_NOOP(
    "Errors", "A head nurse nominates nurses of her own ward only, not of ward {ward}."
)
MSG_NURSE_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the name of the nurse you nominate.")
MSG_NURSE_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "A nurse's name may have at most {limit} characters; it has {length}."
)
MSG_NOMINATION_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "Write why {nurse} deserves to be an excellent nurse."
)
MSG_ALREADY_NOMINATED = QT_TRANSLATE_NOOP(
    "Errors", "{nurse} of ward {ward} is already nominated in this campaign."
)
MSG_NOMINATION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no nomination {nomination}.")
MSG_DECLINE_NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Errors", "Write why the nomination is declined, so that the head nurse knows."
)

NURSE_NAME_LENGTH = 50

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
    """One ward's line of the ranking, every value rounded as shown (SPEC §6 columns).

    ``scores`` follow the view's ``checklists``; ``missing`` names the checklists without a
    submitted evaluation. ``proposed`` is the rules' proposal; ``model_ward`` is the confirmed
    choice once the department confirmed, else the proposal. ``rectification_rate`` is 0…1.
    """

    ward: WardLabel
    rank: int | None
    shared_rank: bool
    scores: tuple[Decimal | None, ...]
    total: Decimal | None
    self_check_total: Decimal | None
    self_check_gap: Decimal | None
    rectification_rate: Fraction | None
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


@dataclass(frozen=True)
class NamedDeduction:
    """A deduction (or failed veto) whose 涉及护士 names a nominee."""

    phase: PhaseKind
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    veto_failed: bool
    problem: str
    inspector: str
    inspected_on: date


@dataclass(frozen=True)
class WardOutcome:
    """A nominee's ward in the ranking."""

    rank: int | None
    total: Decimal | None
    status: WardStatus
    model_ward: bool


@dataclass(frozen=True)
class NomineeView:
    """优秀护士 nominee with the department's decision, her ward's result (None for a head nurse
    before the results are published) and every deduction that names her."""

    id: int
    ward: WardLabel
    nurse_name: str
    reason: str
    nominated_by: str
    nominated_at: datetime
    status: NominationStatus
    decision_reason: str
    decided_by: str
    decided_at: datetime | None
    ward_outcome: WardOutcome | None
    deductions: tuple[NamedDeduction, ...]


def _tenths(value: int) -> Decimal:
    return Decimal(value).scaleb(-1)


def _shown(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value)


def _label(ward: Ward | WardRef) -> WardLabel:
    return WardLabel(ward.id, ward.code, ward.name)


def _require_reader(actor: Actor) -> None:
    if actor.role is Role.HEAD_NURSE:
        raise PermissionDenied(MSG_RANKING_NOT_PUBLISHED)


def _campaign_wards(campaign: Campaign) -> list[Ward]:
    return sorted((link.ward for link in campaign.wards), key=lambda ward: ward.code)


def compute_ranking(session: Session, campaign: Campaign) -> Ranking:
    """The domain's ranking of a loaded campaign, in the caller's transaction."""
    checklists = [
        WeightedChecklist(link.checklist.code, link.checklist.name, link.weight)
        for link in campaign.checklists
    ]
    wards = [WardRef(ward.id, ward.code, ward.name) for ward in _campaign_wards(campaign)]
    settings = AwardSettings(campaign.model_ward_count, campaign.model_ward_threshold)
    return rank_wards(
        checklists,
        wards,
        inspection_sums(session, campaign.id, PhaseKind.EVALUATION),
        settings,
        inspection_sums(session, campaign.id, PhaseKind.SELF_CHECK),
    )


def _confirmation(session: Session, campaign: Campaign) -> ModelWardConfirmation | None:
    decisions = list(
        session.scalars(
            select(ModelWardDecision).where(ModelWardDecision.campaign_id == campaign.id)
        )
    )
    if not decisions:
        return None
    by_id = {ward.id: ward for ward in _campaign_wards(campaign)}
    chosen = sorted(
        (by_id[d.ward_id] for d in decisions if d.model_ward and d.ward_id in by_id),
        key=lambda ward: ward.code,
    )
    first = decisions[0]
    return ModelWardConfirmation(
        tuple(_label(ward) for ward in chosen), first.decided_by, first.decided_at, first.reason
    )


def ranking_view(
    session: Session, campaign: Campaign, ranking: Ranking | None = None
) -> RankingView:
    """The ranking as shown, with model wards and rectification rates, in the caller's
    transaction (the summary report builds on it, passing the ranking it already computed);
    callers check permissions first."""
    ranking = ranking if ranking is not None else compute_ranking(session, campaign)
    confirmation = _confirmation(session, campaign)
    confirmed_ids = {ward.id for ward in confirmation.wards} if confirmation is not None else None
    states = rectification_states(session, campaign.id)
    names = {checklist.code: checklist.name for checklist in ranking.checklists}
    rows = []
    for result in ranking.results:
        rectification = rates(states.get(result.ward.id, []))
        proposed = result.is_model_ward
        rows.append(
            RankingRow(
                ward=_label(result.ward),
                rank=result.rank,
                shared_rank=result.shared_rank,
                scores=tuple(_shown(result.scores[c.code]) for c in ranking.checklists),
                total=_shown(result.total),
                self_check_total=_shown(result.self_check_total),
                self_check_gap=_shown(result.self_check_gap),
                rectification_rate=rectification.completion,
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
    hospital = session.scalar(select(Hospital.name).order_by(Hospital.id)) or ""
    return RankingView(
        campaign_id=campaign.id,
        campaign_name=campaign.name,
        hospital=hospital,
        checklists=tuple(ChecklistColumn(c.code, c.name, c.weight) for c in ranking.checklists),
        model_ward_count=campaign.model_ward_count,
        threshold=campaign.model_ward_threshold,
        rows=tuple(rows),
        proposed=tuple(_label(result.ward) for result in ranking.model_wards),
        confirmation=confirmation,
    )


def _detail(line: ItemLine, tenths: dict[int, Decimal]) -> DetailRow:
    if line.points_tenths not in tenths:
        tenths[line.points_tenths] = _tenths(line.points_tenths)
    if line.deduction_tenths not in tenths:
        tenths[line.deduction_tenths] = _tenths(line.deduction_tenths)
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

    def ranking(self, actor: Actor, campaign_id: int) -> RankingView:
        """The evaluation ranking with self-check gap, rectification rate and model wards.

        Head nurses see it once the campaign is published (its summary phase closed)."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            if not campaign_published(campaign):
                _require_reader(actor)
            view = ranking_view(session, campaign)
        if actor.role is not Role.HEAD_NURSE:
            return view
        # A head nurse reads only her own ward's self-check and rectification (SPEC §8); the
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
                    rectification_rate=None,
                    rectification_items=0,
                )
                for row in view.rows
            ),
        )

    def details(self, actor: Actor, campaign_id: int) -> list[DetailRow]:
        """Every item of every submitted inspection (both phases), for the 明细 sheet."""
        _require_reader(actor)
        with self._db.transaction(read_only=True) as session:
            load_campaign(session, campaign_id)
            tenths: dict[int, Decimal] = {}  # a few distinct values on 60,000 rows
            return [_detail(line, tenths) for line in item_lines(session, campaign_id)]

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
        require_admin(actor)
        chosen_ids = set(ward_ids)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
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
            if chosen_ids != proposed_ids and not reason.strip():
                raise ValidationError(MSG_CHANGE_NEEDS_REASON)
            previous = _confirmation(session, campaign)
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
                        reason=reason.strip(),
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
                reason=reason.strip(),
            )
            session.flush()
            return ranking_view(session, campaign)

    # -- excellent nurses (优秀护士) --------------------------------------------------------

    def nominate(
        self, actor: Actor, campaign_id: int, ward_id: int, nurse_name: str, reason: str
    ) -> NomineeView:
        """A head nurse nominates a nurse of her own ward; the department may enter one for any
        ward (a nomination handed in on paper)."""
        if actor.role is Role.INSPECTOR:
            raise PermissionDenied(MSG_NOMINATED_BY_WARD)
        name = nurse_name.strip()
        if not name:
            raise ValidationError(MSG_NURSE_NAME_REQUIRED)
        if len(name) > NURSE_NAME_LENGTH:
            raise ValidationError(
                MSG_NURSE_NAME_TOO_LONG, limit=NURSE_NAME_LENGTH, length=len(name)
            )
        if not reason.strip():
            raise ValidationError(MSG_NOMINATION_REASON_REQUIRED, nurse=name)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            require_unlocked_campaign(campaign)
            ward = next((w for w in _campaign_wards(campaign) if w.id == ward_id), None)
            if ward is None:
                raise NotFound(MSG_WARD_NOT_IN_CAMPAIGN, ward=ward_id)
            if actor.role is Role.HEAD_NURSE and actor.ward_id != ward_id:
                raise PermissionDenied(MSG_NOMINATE_OWN_WARD, ward=ward.code)
            taken = session.scalar(
                select(Nomination.id).where(
                    Nomination.campaign_id == campaign_id,
                    Nomination.ward_id == ward_id,
                    Nomination.nurse_name == name,
                )
            )
            if taken is not None:
                raise ValidationError(MSG_ALREADY_NOMINATED, nurse=name, ward=ward.code)
            nomination = Nomination(
                campaign_id=campaign_id,
                ward_id=ward_id,
                nurse_name=name,
                reason=reason.strip(),
                nominated_by=actor.display_name,
                nominated_at=self._now(),
                status=NominationStatus.PENDING,
            )
            session.add(nomination)
            session.flush()
            audit.record(
                session,
                actor,
                "nominate",
                "nomination",
                nomination.id,
                after={"ward": ward.code, "nurse": name, "reason": nomination.reason},
            )
            return self._nominees(session, actor, campaign, [nomination])[0]

    def decide_nomination(
        self,
        actor: Actor,
        nomination_id: int,
        approve: bool,
        reason: str = "",
        *,
        seen: datetime | None,
    ) -> NomineeView:
        """The department approves or declines (a decline needs a reason); a decision may be
        changed later, each one audited. ``seen`` is the ``decided_at`` of the decision shown
        (None: still pending); another admin's decision since then is not overwritten."""
        require_admin(actor)
        if not approve and not reason.strip():
            raise ValidationError(MSG_DECLINE_NEEDS_REASON)
        with self._db.transaction() as session:
            nomination = session.get(Nomination, nomination_id)
            if nomination is None:
                raise NotFound(MSG_NOMINATION_NOT_FOUND, nomination=nomination_id)
            campaign = load_campaign(session, nomination.campaign_id)
            require_unlocked_campaign(campaign)
            if nomination.decided_at != seen:
                raise ConcurrentChange(
                    MSG_NOMINATION_CHANGED,
                    changed_by=nomination.decided_by,
                    nurse=nomination.nurse_name,
                    when=local_time(nomination.decided_at),
                )
            before = {"status": nomination.status.value, "reason": nomination.decision_reason}
            nomination.status = NominationStatus.APPROVED if approve else NominationStatus.DECLINED
            nomination.decision_reason = reason.strip()
            nomination.decided_by = actor.display_name
            nomination.decided_at = self._now()
            audit.record(
                session,
                actor,
                "approve_nomination" if approve else "decline_nomination",
                "nomination",
                nomination.id,
                before=before,
                after={"status": nomination.status.value, "nurse": nomination.nurse_name},
                reason=nomination.decision_reason,
            )
            session.flush()
            return self._nominees(session, actor, campaign, [nomination])[0]

    def nominations(self, actor: Actor, campaign_id: int) -> list[NomineeView]:
        """Every nominee (a head nurse: her own ward's), by ward code and name."""
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            query = select(Nomination).where(Nomination.campaign_id == campaign_id)
            if actor.role is Role.HEAD_NURSE:
                query = query.where(Nomination.ward_id == actor.ward_id)
            return self._nominees(session, actor, campaign, list(session.scalars(query)))

    def _nominees(
        self,
        session: Session,
        actor: Actor,
        campaign: Campaign,
        nominations: Sequence[Nomination],
    ) -> list[NomineeView]:
        if not nominations:
            return []
        wards = {ward.id: ward for ward in _campaign_wards(campaign)}
        outcomes: dict[int, WardOutcome] = {}
        if actor.role is not Role.HEAD_NURSE or campaign_published(campaign):
            for row in ranking_view(session, campaign).rows:
                outcomes[row.ward.id] = WardOutcome(row.rank, row.total, row.status, row.model_ward)
        lines = list(
            item_lines(
                session,
                campaign.id,
                sorted({nomination.ward_id for nomination in nominations}),
                naming_a_nurse=True,
            )
        )
        views = []
        for nomination in nominations:
            ward = wards[nomination.ward_id]
            name = nomination.nurse_name.strip()
            views.append(
                NomineeView(
                    id=nomination.id,
                    ward=_label(ward),
                    nurse_name=nomination.nurse_name,
                    reason=nomination.reason,
                    nominated_by=nomination.nominated_by,
                    nominated_at=nomination.nominated_at,
                    status=nomination.status,
                    decision_reason=nomination.decision_reason,
                    decided_by=nomination.decided_by,
                    decided_at=nomination.decided_at,
                    ward_outcome=outcomes.get(ward.id),
                    deductions=tuple(
                        NamedDeduction(
                            phase=line.phase,
                            checklist_name=line.checklist_name,
                            item_code=line.item_code,
                            item_text=line.item_text,
                            deduction=_tenths(line.deduction_tenths),
                            veto_failed=line.veto_failed,
                            problem=line.problem,
                            inspector=line.inspector,
                            inspected_on=line.inspected_on,
                        )
                        for line in lines
                        if line.ward_code == ward.code
                        and line.nurse.strip() == name
                        and (line.deduction_tenths > 0 or line.veto_failed)
                    ),
                )
            )
        return sorted(views, key=lambda view: (view.ward.code, view.nurse_name, view.id))
