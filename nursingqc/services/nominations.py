"""优秀护士: excellent-nurse nominations of a campaign.

Head nurses nominate nurses of their own ward; the department approves or declines (and may enter a
nomination handed in on paper for any ward). Every decision is stored and written to the audit log.
Each nominee is shown with her ward's result in the ranking (``services.ranking``; a head nurse
sees it once the results are published) and every deduction that names her.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Permission, Role, may, require_admin
from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.ranking import WardStatus
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import campaign_published, require_unlocked_campaign
from nursingqc.services.clock import local_time, utc_now
from nursingqc.services.ranking import (
    MSG_WARD_NOT_IN_CAMPAIGN,
    RankingView,
    WardLabel,
    campaign_wards,
    from_tenths,
    ranking_view,
    ward_label,
)
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Campaign, Nomination
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.ranking import item_lines

MSG_NOMINATION_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} decided on the nomination of {nurse} at {when}, after you opened the list. "
    "Nothing was changed: see their decision, then decide again if yours should stand.",
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


class NominationService:
    def __init__(self, database: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = database
        self._now = now

    @writes_campaign
    def nominate(
        self, actor: Actor, campaign_id: int, ward_id: int, nurse_name: str, reason: str
    ) -> NomineeView:
        """A head nurse nominates a nurse of her own ward; the department may enter one for any
        ward (a nomination handed in on paper)."""
        if not may(actor, Permission.NOMINATE_NURSE):
            raise PermissionDenied(MSG_NOMINATED_BY_WARD)
        name, reason = checked_text(nurse_name, texts.NURSE), checked_text(reason, texts.REASON)
        if not name:
            raise ValidationError(MSG_NURSE_NAME_REQUIRED)
        if not reason:
            raise ValidationError(MSG_NOMINATION_REASON_REQUIRED, nurse=name)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            require_unlocked_campaign(campaign)
            ward = next((w for w in campaign_wards(campaign) if w.id == ward_id), None)
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
                reason=reason,
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

    @writes_campaign
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
        reason = checked_text(reason, texts.REASON)
        if not approve and not reason:
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
            nomination.decision_reason = reason
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

    @reads_only
    def nominations(
        self, actor: Actor, campaign_id: int, ranking: RankingView | None = None
    ) -> list[NomineeView]:
        """Every nominee (a head nurse: her own ward's), by ward code and name.

        ``ranking``: the campaign's ranking as the caller read it just before (the workbook
        beside the nominees), whose rows give the wards' outcomes instead of the campaign
        ranked a second time."""
        if ranking is not None and ranking.campaign_id != campaign_id:
            raise ValueError(f"the ranking of campaign {ranking.campaign_id}, not {campaign_id}")
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            query = select(Nomination).where(Nomination.campaign_id == campaign_id)
            if actor.role is Role.HEAD_NURSE:
                query = query.where(Nomination.ward_id == actor.ward_id)
            nominations = list(session.scalars(query))
            return self._nominees(session, actor, campaign, nominations, ranking)

    def _nominees(
        self,
        session: Session,
        actor: Actor,
        campaign: Campaign,
        nominations: Sequence[Nomination],
        ranking: RankingView | None = None,
    ) -> list[NomineeView]:
        if not nominations:
            return []
        wards = {ward.id: ward for ward in campaign_wards(campaign)}
        outcomes: dict[int, WardOutcome] = {}
        if may(actor, Permission.READ_UNPUBLISHED_RESULTS) or campaign_published(campaign):
            view = ranking if ranking is not None else ranking_view(session, campaign)
            for row in view.rows:
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
                    ward=ward_label(ward),
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
                            deduction=from_tenths(line.deduction_tenths),
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
