"""首页: what the home page tells its user, read in one transaction.

The campaign is loaded once, without its wards (their codes and names are one Core query);
every figure is an aggregate query (counts grouped by ward or by status), never one object per
score sheet or rectification item, so the page costs the same number of statements in a
hospital of 1 ward or of 3,000.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.rectification import STILL_TO_DO, RectificationStatus, sees_every_ward
from nursingqc.domain.workflow import PhaseKind, PhaseState, SheetStatus, is_published
from nursingqc.services.campaigns import CampaignInfo, campaign_info, campaign_of_today
from nursingqc.services.inspections import SelfCheckProgress
from nursingqc.services.use_cases import reads_only
from nursingqc.storage.db import Database
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    CampaignWard,
    Inspection,
    RectificationItem,
    Ward,
)


@dataclass(frozen=True)
class WardProgress:
    """How many of one ward's self-check sheets are submitted."""

    ward_code: str
    ward_name: str
    submitted: int
    total: int


@dataclass(frozen=True)
class EvaluationTodo:
    """评比: ward × checklist pairs without a submitted inspection, and drafts not submitted
    (everyone's for the department, an inspector's own for her)."""

    missing: int
    drafts: int


@dataclass(frozen=True)
class RectificationTodo:
    """The home page's rectification lines: for a head nurse her ward, else every ward."""

    open: int
    #: Overdue items, whether still to rectify or waiting for the re-check.
    overdue: int
    awaiting_recheck: int
    verified: int
    #: "NK01 心血管内科" of each ward with an overdue item, in ward order.
    overdue_wards: tuple[str, ...] = ()
    #: Overdue and still to rectify: the ward's own part of ``overdue``.
    open_overdue: int = 0


@dataclass(frozen=True)
class HomeOverview:
    """Each part is None where the page does not show it: to an actor whose role has no such
    work, before its phase, or once the campaign is published (then only the campaign)."""

    campaign: CampaignInfo | None
    #: Whether the hospital has an active ward; read only while there is no campaign.
    has_wards: bool = True
    self_check: SelfCheckProgress | None = None
    #: The department's follow-up list: wards with sheets still to submit, fewest done first.
    wards_behind: tuple[WardProgress, ...] = ()
    evaluation: EvaluationTodo | None = None
    rectification: RectificationTodo | None = None


class HomeService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def overview(self, actor: Actor, today: date) -> HomeOverview:
        """The campaign running ``today`` (as ``CampaignService.current_campaign`` chooses it)
        and the actor's work in it; overdue means past its deadline on ``today``."""
        with self._db.transaction(read_only=True) as session:
            campaign = campaign_of_today(session, today)
            if campaign is None:
                wards = session.scalar(select(func.count()).where(Ward.active))
                return HomeOverview(None, has_wards=bool(wards))
            taking_part = _wards(session, campaign.id)
            info = campaign_info(campaign, len(taking_part))
            if is_published(info.phase(PhaseKind.SUMMARY).state):
                return HomeOverview(info)
            self_check = behind = None
            if may(actor, Permission.SELF_CHECK):
                self_check, behind = _self_check(session, actor, campaign, taking_part)
            evaluation = None
            if (
                may(actor, Permission.EVALUATE)
                and info.phase(PhaseKind.EVALUATION).state is not PhaseState.NOT_STARTED
            ):
                evaluation = _evaluation(session, actor, campaign, len(taking_part))
            return HomeOverview(
                info,
                self_check=self_check,
                wards_behind=behind or (),
                evaluation=evaluation,
                rectification=_rectification(session, actor, campaign.id, today),
            )


def _wards(session: Session, campaign_id: int) -> dict[int, tuple[str, str]]:
    """The campaign's wards' codes and names by id, in one Core query: the campaign is loaded
    without its wards (at 3,000 wards their ORM rows were 0.4 s of the page)."""
    query = (
        select(Ward.id, Ward.code, Ward.name)
        .join(CampaignWard, CampaignWard.ward_id == Ward.id)
        .where(CampaignWard.campaign_id == campaign_id)
    )
    return {ward_id: (code, name) for ward_id, code, name in session.connection().execute(query)}


def _self_check(
    session: Session, actor: Actor, campaign: Campaign, wards: dict[int, tuple[str, str]]
) -> tuple[SelfCheckProgress, tuple[WardProgress, ...] | None]:
    """Her ward's sheets for a head nurse; every ward's for the department, with the wards
    behind. One row per ward and status."""
    own_ward = actor.ward_id is not None and not actor.is_admin
    if own_ward:
        wards = {ward_id: ward for ward_id, ward in wards.items() if ward_id == actor.ward_id}
    query = (
        select(Inspection.ward_id, Inspection.status, func.count())
        .where(
            Inspection.campaign_id == campaign.id,
            Inspection.phase == PhaseKind.SELF_CHECK,
            Inspection.ward_id.in_(_campaign_wards(campaign.id)),
        )
        .group_by(Inspection.ward_id, Inspection.status)
    )
    if own_ward:
        query = query.where(Inspection.ward_id == actor.ward_id)
    submitted: dict[int, int] = {}
    drafts = 0
    for ward_id, status, count in session.execute(query):
        if status is SheetStatus.SUBMITTED:
            submitted[ward_id] = count
        elif status is SheetStatus.DRAFT:
            drafts += count
    per_ward = len(campaign.checklists)
    progress = SelfCheckProgress(
        submitted=sum(submitted.values()), drafts=drafts, total=len(wards) * per_ward
    )
    if not may(actor, Permission.ADMINISTER):
        return progress, None
    behind = [
        WardProgress(code, name, submitted.get(ward_id, 0), per_ward)
        for ward_id, (code, name) in wards.items()
        if submitted.get(ward_id, 0) < per_ward
    ]
    return progress, tuple(sorted(behind, key=lambda ward: (ward.submitted, ward.ward_code)))


def _evaluation(
    session: Session, actor: Actor, campaign: Campaign, ward_count: int
) -> EvaluationTodo:
    """As the evaluation board counts them: a pair of the campaign's wards and checklists is
    missing until one of its inspections is submitted; drafts are any not submitted."""
    evaluation = (Inspection.campaign_id == campaign.id, Inspection.phase == PhaseKind.EVALUATION)
    pairs = (
        select(Inspection.ward_id, Inspection.checklist_id)
        .where(
            *evaluation,
            Inspection.status == SheetStatus.SUBMITTED,
            Inspection.ward_id.in_(_campaign_wards(campaign.id)),
            Inspection.checklist_id.in_(
                select(CampaignChecklist.checklist_id).where(
                    CampaignChecklist.campaign_id == campaign.id
                )
            ),
        )
        .distinct()
        .subquery()
    )
    covered = session.scalar(select(func.count()).select_from(pairs)) or 0
    drafts = select(func.count()).where(*evaluation, Inspection.status != SheetStatus.SUBMITTED)
    if not may(actor, Permission.ADMINISTER):
        drafts = drafts.where(Inspection.inspector_id == actor.user_id)
    return EvaluationTodo(
        missing=ward_count * len(campaign.checklists) - covered,
        drafts=session.scalar(drafts) or 0,
    )


def _rectification(
    session: Session, actor: Actor, campaign_id: int, today: date
) -> RectificationTodo:
    """Counted by status in one grouped query that reads only the index, and the overdue ones
    by ward and status in another: grouping every item by its deadline too read each item's
    row, long cause and measure included (20 of the page's 25 ms of SQL at 300 wards)."""
    mine = [RectificationItem.campaign_id == campaign_id]
    if not sees_every_ward(actor):
        mine.append(RectificationItem.ward_id == actor.ward_id)
    by_status: dict[RectificationStatus, int] = {
        status: count
        for status, count in session.execute(
            select(RectificationItem.status, func.count())
            .where(*mine)
            .group_by(RectificationItem.status)
        )
    }
    late: dict[RectificationStatus, int] = {}
    #: Ward by ward in code order, a line per status: the names once each, in that order.
    wards: dict[str, None] = {}
    for code, name, status, count in session.execute(
        select(Ward.code, Ward.name, RectificationItem.status, func.count())
        .join(RectificationItem, RectificationItem.ward_id == Ward.id)
        .where(*mine, _overdue(today))
        .group_by(Ward.id, Ward.code, Ward.name, RectificationItem.status)
        .order_by(Ward.code)
    ):
        late[status] = late.get(status, 0) + count
        wards[f"{code} {name}"] = None
    return RectificationTodo(
        open=by_status.get(RectificationStatus.OPEN, 0),
        overdue=sum(late.values()),
        awaiting_recheck=by_status.get(RectificationStatus.AWAITING_RECHECK, 0),
        verified=by_status.get(RectificationStatus.VERIFIED, 0),
        overdue_wards=tuple(wards),
        open_overdue=late.get(RectificationStatus.OPEN, 0),
    )


def _overdue(today: date) -> ColumnElement[bool]:
    """The domain's ``is_overdue`` as SQL: still to do and past its deadline."""
    return RectificationItem.status.in_(STILL_TO_DO) & (RectificationItem.deadline < today)


def _campaign_wards(campaign_id: int) -> Select[int]:
    return select(CampaignWard.ward_id).where(CampaignWard.campaign_id == campaign_id)
