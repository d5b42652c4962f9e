"""活动月: creating a campaign, listing it, and opening or closing its phases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, Role, require_admin
from nursingqc.domain.campaign_settings import (
    DEFAULT_SETTINGS,
    MODEL_WARD_COUNT_RANGE,
    MODEL_WARD_THRESHOLD_RANGE,
    RECTIFICATION_DAYS_RANGE,
)
from nursingqc.domain.checklists import DEFAULT_CHECKLIST_CODES, POINT_STEP, is_point_step
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, ConcurrentChange, Message, ValidationError
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import (
    CampaignSpan,
    Clash,
    PhaseKind,
    PhaseState,
    SheetStatus,
    campaign_span,
    find_clashes,
    is_published,
    opening_warnings,
    plan_phases,
    require_unlocked,
    state_after_close,
    state_after_open,
)
from nursingqc.services.use_cases import reads_only, writes_campaign, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import (
    AuditEntry,
    Campaign,
    CampaignChecklist,
    CampaignPhase,
    CampaignWard,
    Checklist,
    Inspection,
    ModelWardDecision,
    Nomination,
    RectificationItem,
    SummaryNote,
    Ward,
)
from nursingqc.storage.repositories.campaigns import (
    campaign_ward_count,
    load_campaign,
    load_campaigns,
)
from nursingqc.storage.repositories.printed import clear_printed_names, store_printed_names

MSG_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "The campaign needs a name.")
MSG_NO_WARDS = QT_TRANSLATE_NOOP("Errors", "The campaign needs at least one ward.")
MSG_NO_CHECKLISTS = QT_TRANSLATE_NOOP("Errors", "The campaign needs at least one checklist.")
MSG_UNKNOWN_CHECKLIST = QT_TRANSLATE_NOOP("Errors", "There is no checklist with code {code}.")
MSG_UNKNOWN_WARD = QT_TRANSLATE_NOOP("Errors", "There is no ward with id {ward}.")
MSG_WEIGHT_COUNT = QT_TRANSLATE_NOOP(
    "Errors", "{weights} weights were given for {checklists} checklists; give one per checklist."
)
MSG_WEIGHT_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A checklist weight must be from 0.1 to 100 in steps of 0.1, not {weight}."
)
MSG_AWARD_COUNT = QT_TRANSLATE_NOOP(
    "Errors", "The number of model wards must be from {fewest} to {most}, not {count}."
)
MSG_THRESHOLD = QT_TRANSLATE_NOOP(
    "Errors", "The model-ward threshold must be from {lowest} to {highest}, not {threshold}."
)
MSG_RECTIFICATION_DAYS = QT_TRANSLATE_NOOP(
    "Errors",
    "The rectification deadline must be {shortest} to {longest} days after the notice, not {days}.",
)
MSG_DUPLICATE_CHECKLIST = QT_TRANSLATE_NOOP("Errors", "Checklist {code} is listed twice.")
MSG_CLASH_SAME_NAME = QT_TRANSLATE_NOOP(
    "Errors", "Campaign {name} ({starts} to {ends}) already has this name."
)
MSG_CLASH_OVERLAP = QT_TRANSLATE_NOOP(
    "Errors", "Campaign {name} ({starts} to {ends}) runs on some of the same days."
)
MSG_CLASH_BOTH = QT_TRANSLATE_NOOP(
    "Errors",
    "Campaign {name} ({starts} to {ends}) already has this name and runs on some of the same days.",
)
MSG_CAMPAIGN_CLASH = QT_TRANSLATE_NOOP(
    "Errors",
    "The campaign was not created. {clash} Choose another name or start date, "
    "or confirm that both campaigns are wanted.",
)
MSG_CAMPAIGN_HAS_DECISIONS = QT_TRANSLATE_NOOP(
    "Errors",
    "Campaign {name} cannot be deleted: it already holds {count} nomination(s) of excellent "
    "nurses, model-ward decision(s) or the department's summary text. Only a campaign nobody has "
    "entered anything into can be deleted.",
)
MSG_CAMPAIGN_HAS_SHEETS = QT_TRANSLATE_NOOP(
    "Errors",
    "Campaign {name} cannot be deleted: it already holds {count} score sheet(s). "
    "Only a campaign nobody has entered anything into can be deleted.",
)


MSG_CAMPAIGN_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} changed campaign {name} after you opened it, so nothing was saved. Open it "
    "again to see the change.",
)
MSG_STARTED_DATES = QT_TRANSLATE_NOOP(
    "Errors",
    "The dates of {name} cannot move: its {phase} phase has begun. Change the dates only before "
    "the self-check is opened.",
)
MSG_STARTED_CHECKLISTS = QT_TRANSLATE_NOOP(
    "Errors",
    "The checklists of {name} cannot change: its {phase} phase has begun and sheets are scored "
    "on them. Weights can still change.",
)
MSG_WARD_HAS_SHEETS = QT_TRANSLATE_NOOP(
    "Errors",
    "Ward {ward} cannot leave {name}: it has {count} score sheet(s) in it, and its results "
    "must stay. Leave the ward in the campaign.",
)
MSG_OTHER_CAMPAIGN_OPEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The {phase} phase of {campaign} is open too: head nurses then find two campaigns at work. "
    "Close it first unless both are meant to run.",
)


@dataclass(frozen=True)
class CampaignSpec:
    """What the department fills in to create a campaign; None for wards means every active ward."""

    name: str
    starts_on: date
    checklist_codes: Sequence[str] = DEFAULT_CHECKLIST_CODES
    weights: Sequence[Decimal] | None = None
    ward_ids: Sequence[int] | None = None
    model_ward_count: int = DEFAULT_SETTINGS.model_ward_count
    model_ward_threshold: Decimal = DEFAULT_SETTINGS.model_ward_threshold
    rectification_days: int = DEFAULT_SETTINGS.rectification_days


@dataclass(frozen=True)
class PhaseInfo:
    kind: PhaseKind
    starts_on: date
    ends_on: date
    state: PhaseState


@dataclass(frozen=True)
class CampaignChecklistInfo:
    checklist_id: int
    code: str
    name: str
    version: int
    weight: Decimal


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    starts_on: date
    phases: tuple[PhaseInfo, ...]
    checklists: tuple[CampaignChecklistInfo, ...] = field(default=())
    ward_count: int = 0
    model_ward_count: int = DEFAULT_SETTINGS.model_ward_count
    model_ward_threshold: Decimal = DEFAULT_SETTINGS.model_ward_threshold
    rectification_days: int = DEFAULT_SETTINGS.rectification_days

    def phase(self, kind: PhaseKind) -> PhaseInfo:
        return next(phase for phase in self.phases if phase.kind is kind)


@dataclass(frozen=True)
class CampaignChoice:
    """A campaign as a chooser lists it: nothing of its wards, checklists or settings."""

    id: int
    name: str


@dataclass(frozen=True)
class CampaignClash:
    """An existing campaign that a new one would share its name or some days with."""

    campaign_id: int
    name: str
    starts_on: date
    ends_on: date
    same_name: bool
    overlapping: bool

    @staticmethod
    def of(clash: Clash) -> CampaignClash:
        existing = clash.existing
        assert existing.campaign_id is not None
        return CampaignClash(
            existing.campaign_id,
            existing.name,
            existing.starts_on,
            existing.ends_on,
            clash.same_name,
            clash.overlapping,
        )

    def message(self) -> Message:
        if self.same_name and self.overlapping:
            template = MSG_CLASH_BOTH
        elif self.same_name:
            template = MSG_CLASH_SAME_NAME
        else:
            template = MSG_CLASH_OVERLAP
        return Message(
            template,
            {
                "name": self.name,
                "starts": self.starts_on.isoformat(),
                "ends": self.ends_on.isoformat(),
            },
        )


def _current_checklists(session: Session, codes: Sequence[str]) -> list[Checklist]:
    checklists = []
    for code in codes:
        checklist = session.scalar(
            select(Checklist).where(Checklist.code == code, Checklist.is_current)
        )
        if checklist is None:
            raise ValidationError(MSG_UNKNOWN_CHECKLIST, code=code)
        checklists.append(checklist)
    return checklists


def _wards_of(session: Session, ward_ids: Sequence[int] | None) -> list[Ward]:
    """The wards chosen (None: every active ward), refused when there are none."""
    if ward_ids is None:
        wards = list(session.scalars(select(Ward).where(Ward.active).order_by(Ward.code)))
    else:
        wards = []
        for ward_id in ward_ids:
            ward = session.get(Ward, ward_id)
            if ward is None:
                raise ValidationError(MSG_UNKNOWN_WARD, ward=ward_id)
            wards.append(ward)
    if not wards:
        raise ValidationError(MSG_NO_WARDS)
    return wards


def _clashes(
    session: Session, spec: CampaignSpec, editing: int | None = None
) -> list[CampaignClash]:
    """``editing``: the campaign being changed, which does not clash with itself."""
    # Phases can be moved after creation, so a stored campaign spans its phases' days.
    rows = session.execute(
        select(
            Campaign.id,
            Campaign.name,
            func.min(CampaignPhase.starts_on),
            func.max(CampaignPhase.ends_on),
        )
        .join(CampaignPhase, CampaignPhase.campaign_id == Campaign.id)
        .group_by(Campaign.id)
        .order_by(Campaign.starts_on, Campaign.id)
    ).all()
    existing = [
        CampaignSpan(name, starts, ends, campaign_id)
        for campaign_id, name, starts, ends in rows
        if campaign_id != editing
    ]
    new = campaign_span(spec.name.strip(), spec.starts_on)
    return [CampaignClash.of(clash) for clash in find_clashes(new, existing)]


def _settings(campaign: Campaign) -> dict[str, object]:
    """A campaign's settings as the audit log keeps them before and after an edit."""
    return {
        "name": campaign.name,
        "starts_on": campaign.starts_on,
        "wards": sorted(link.ward.code for link in campaign.wards),
        "checklists": {link.checklist.code: link.weight for link in campaign.checklists},
        "model_ward_count": campaign.model_ward_count,
        "model_ward_threshold": campaign.model_ward_threshold,
        "rectification_days": campaign.rectification_days,
    }


def _last_changed_by(session: Session, campaign_id: int) -> str:
    """Who last created or changed the campaign or one of its phases, by the audit log."""
    phases = select(CampaignPhase.id).where(CampaignPhase.campaign_id == campaign_id)
    return (
        session.scalar(
            select(AuditEntry.username)
            .where(
                ((AuditEntry.entity == "campaign") & (AuditEntry.entity_id == campaign_id))
                | ((AuditEntry.entity == "campaign_phase") & AuditEntry.entity_id.in_(phases))
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
        or ""
    )


def checklist_infos(campaign: Campaign) -> tuple[CampaignChecklistInfo, ...]:
    """The campaign's checklists with their weights, in the campaign's order."""
    return tuple(
        CampaignChecklistInfo(
            link.checklist_id,
            link.checklist.code,
            link.checklist.name,
            link.checklist.version,
            link.weight,
        )
        for link in campaign.checklists
    )


def campaign_info(campaign: Campaign, ward_count: int | None = None) -> CampaignInfo:
    """``ward_count`` for a campaign loaded without its wards (else they are counted)."""
    return CampaignInfo(
        id=campaign.id,
        name=campaign.name,
        starts_on=campaign.starts_on,
        phases=tuple(
            PhaseInfo(phase.kind, phase.starts_on, phase.ends_on, phase.state)
            for phase in sorted(
                campaign.phases, key=lambda phase: list(PhaseKind).index(phase.kind)
            )
        ),
        checklists=checklist_infos(campaign),
        ward_count=len(campaign.wards) if ward_count is None else ward_count,
        model_ward_count=campaign.model_ward_count,
        model_ward_threshold=campaign.model_ward_threshold,
        rectification_days=campaign.rectification_days,
    )


#: (campaign id, campaign name, starts on, ends on, state) of one phase.
PhaseRow = Row[int, str, date, date, PhaseState]


def _phase_rows(session: Session) -> Sequence[PhaseRow]:
    """Every campaign's phases with its name, newest campaign first."""
    return session.execute(
        select(
            CampaignPhase.campaign_id,
            Campaign.name,
            CampaignPhase.starts_on,
            CampaignPhase.ends_on,
            CampaignPhase.state,
        )
        .join(Campaign, Campaign.id == CampaignPhase.campaign_id)
        .order_by(Campaign.starts_on.desc(), Campaign.id.desc())
    ).all()


def _id_of_today(phases: Sequence[PhaseRow], today: date) -> int | None:
    running = [p.campaign_id for p in phases if p.starts_on <= today <= p.ends_on]
    open_ = [p.campaign_id for p in phases if p.state is PhaseState.OPEN]
    newest = [p.campaign_id for p in phases]
    return next(iter(running + open_ + newest), None)


def campaign_of_today(session: Session, today: date) -> Campaign | None:
    """The campaign running today; else the one with an open phase; else the newest.

    Chosen from the phase rows alone, so only that one campaign is loaded, without its wards:
    the home page and every page's refresh ask for it (3,000 wards are 6,000 ORM rows, a
    quarter of a second); ``campaign_ward_count`` counts them for ``campaign_info``.
    """
    chosen = _id_of_today(_phase_rows(session), today)
    return None if chosen is None else load_campaign(session, chosen, with_wards=False)


def _check_spec(spec: CampaignSpec) -> list[Decimal]:
    if not checked_text(spec.name, texts.CAMPAIGN_NAME):
        raise ValidationError(MSG_NAME_REQUIRED)
    if not spec.checklist_codes:
        raise ValidationError(MSG_NO_CHECKLISTS)
    seen: set[str] = set()
    for code in spec.checklist_codes:
        if code in seen:
            raise ValidationError(MSG_DUPLICATE_CHECKLIST, code=code)
        seen.add(code)
    weights = (
        list(spec.weights) if spec.weights is not None else [Decimal(1)] * len(spec.checklist_codes)
    )
    if len(weights) != len(spec.checklist_codes):
        raise ValidationError(
            MSG_WEIGHT_COUNT, weights=len(weights), checklists=len(spec.checklist_codes)
        )
    for weight in weights:
        if not weight.is_finite() or not POINT_STEP <= weight <= 100 or not is_point_step(weight):
            raise ValidationError(MSG_WEIGHT_RANGE, weight=weight)
    fewest, most = MODEL_WARD_COUNT_RANGE
    if not fewest <= spec.model_ward_count <= most:
        raise ValidationError(
            MSG_AWARD_COUNT, fewest=fewest, most=most, count=spec.model_ward_count
        )
    threshold = spec.model_ward_threshold
    lowest, highest = MODEL_WARD_THRESHOLD_RANGE
    if (
        not threshold.is_finite()
        or not lowest <= threshold <= highest
        or not is_point_step(threshold)
    ):
        raise ValidationError(
            MSG_THRESHOLD, lowest=lowest, highest=highest, threshold=spec.model_ward_threshold
        )
    shortest, longest = RECTIFICATION_DAYS_RANGE
    if not shortest <= spec.rectification_days <= longest:
        raise ValidationError(
            MSG_RECTIFICATION_DAYS,
            shortest=shortest,
            longest=longest,
            days=spec.rectification_days,
        )
    return weights


def campaign_published(campaign: Campaign) -> bool:
    """发布: the campaign's summary phase is closed, its results public and locked."""
    return is_published(_phase_row(campaign, PhaseKind.SUMMARY).state)


def require_unlocked_campaign(campaign: Campaign, reopening: PhaseKind | None = None) -> None:
    """A published campaign (its summary closed) changes only by reopening the summary."""
    require_unlocked(campaign.name, _phase_row(campaign, PhaseKind.SUMMARY).state, reopening)


def _phase_row(campaign: Campaign, kind: PhaseKind) -> CampaignPhase:
    return next(phase for phase in campaign.phases if phase.kind is kind)


@dataclass(frozen=True)
class OpenWork:
    """What a phase still lacks: ward × checklist sheets without a submitted one, and drafts;
    before 整改 or 总结 is closed, the rectification items still to rectify or re-check."""

    unsubmitted: int
    drafts: int
    open_items: int = 0
    awaiting_recheck: int = 0


class CampaignService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def clashes(
        self, actor: Actor, spec: CampaignSpec, editing: int | None = None
    ) -> list[CampaignClash]:
        """The campaigns the new one (or ``editing``, changed) would share its name or some days
        with; changes nothing. One that could not be saved anyway is refused first, with its
        reason."""
        require_admin(actor)
        _check_spec(spec)
        with self._db.transaction(read_only=True) as session:
            return _clashes(session, spec, editing)

    @writes_outside_campaigns
    def create_campaign(
        self, actor: Actor, spec: CampaignSpec, allow_clash: bool = False
    ) -> CampaignInfo:
        """Refuses a name or dates that clash with another campaign unless ``allow_clash``: the
        caller asks the user first (see ``clashes``)."""
        require_admin(actor)
        weights = _check_spec(spec)
        with self._db.transaction() as session:
            clashes = _clashes(session, spec)
            if clashes and not allow_clash:
                raise ValidationError(MSG_CAMPAIGN_CLASH, clash=clashes[0].message())
            checklists = _current_checklists(session, spec.checklist_codes)
            wards = _wards_of(session, spec.ward_ids)
            campaign = Campaign(
                name=spec.name.strip(),
                starts_on=spec.starts_on,
                model_ward_count=spec.model_ward_count,
                model_ward_threshold=spec.model_ward_threshold,
                rectification_days=spec.rectification_days,
            )
            campaign.phases = [
                CampaignPhase(
                    kind=plan.kind,
                    starts_on=plan.starts_on,
                    ends_on=plan.ends_on,
                    state=PhaseState.NOT_STARTED,
                )
                for plan in plan_phases(spec.starts_on)
            ]
            campaign.wards = [CampaignWard(ward_id=ward.id) for ward in wards]
            campaign.checklists = [
                CampaignChecklist(checklist_id=checklist.id, weight=weight, position=position)
                for position, (checklist, weight) in enumerate(
                    zip(checklists, weights, strict=True)
                )
            ]
            session.add(campaign)
            session.flush()
            audit.record(
                session,
                actor,
                "create",
                "campaign",
                campaign.id,
                after={
                    "name": campaign.name,
                    "starts_on": spec.starts_on,
                    "wards": [ward.code for ward in wards],
                    "checklists": {c.code: w for c, w in zip(checklists, weights, strict=True)},
                    "model_ward_count": spec.model_ward_count,
                    "model_ward_threshold": spec.model_ward_threshold,
                },
            )
            return campaign_info(load_campaign(session, campaign.id))

    @writes_campaign
    def update_campaign(
        self, actor: Actor, seen: CampaignInfo, spec: CampaignSpec, allow_clash: bool = False
    ) -> CampaignInfo:
        """编辑活动, as far as its phases allow (rules §2.1): the name, awards and rectification
        days until it is published; weights too; the dates and the checklists only before any
        phase has begun; wards added any time, one left out only while it has no sheet in it.
        ``seen`` is the campaign as the edit began: a change made since is not overwritten."""
        require_admin(actor)
        weights = _check_spec(spec)
        with self._db.transaction() as session:
            campaign = load_campaign(session, seen.id)
            require_unlocked_campaign(campaign)
            if campaign_info(campaign) != seen:
                raise ConcurrentChange(
                    MSG_CAMPAIGN_CHANGED,
                    changed_by=_last_changed_by(session, campaign.id),
                    name=campaign.name,
                )
            clashes = _clashes(session, spec, editing=campaign.id)
            if clashes and not allow_clash:
                raise ValidationError(MSG_CAMPAIGN_CLASH, clash=clashes[0].message())
            begun = next(
                (p for p in campaign.phases if p.state is not PhaseState.NOT_STARTED), None
            )
            before = _settings(campaign)
            codes = [link.checklist.code for link in campaign.checklists]
            if begun is not None and spec.starts_on != campaign.starts_on:
                raise ValidationError(
                    MSG_STARTED_DATES, name=campaign.name, phase=begun.kind.chinese_name
                )
            if begun is not None and list(spec.checklist_codes) != codes:
                raise ValidationError(
                    MSG_STARTED_CHECKLISTS, name=campaign.name, phase=begun.kind.chinese_name
                )
            wards = _wards_of(session, spec.ward_ids)
            self._leave_out_wards(session, campaign, {ward.id for ward in wards})
            if spec.starts_on != campaign.starts_on:
                campaign.starts_on = spec.starts_on
                for phase, plan in zip(campaign.phases, plan_phases(spec.starts_on), strict=True):
                    phase.starts_on, phase.ends_on = plan.starts_on, plan.ends_on
            if list(spec.checklist_codes) != codes:
                checklists = _current_checklists(session, spec.checklist_codes)
                # The old links go first: a checklist kept would be inserted again under its
                # own key before its old row is deleted.
                campaign.checklists = []
                session.flush()
                campaign.checklists = [
                    CampaignChecklist(checklist_id=checklist.id, weight=weight, position=position)
                    for position, (checklist, weight) in enumerate(
                        zip(checklists, weights, strict=True)
                    )
                ]
            else:
                for link, weight in zip(campaign.checklists, weights, strict=True):
                    link.weight = weight
            kept = {link.ward_id for link in campaign.wards}
            campaign.wards = [
                link for link in campaign.wards if link.ward_id in {w.id for w in wards}
            ]
            campaign.wards += [CampaignWard(ward_id=w.id) for w in wards if w.id not in kept]
            campaign.name = spec.name.strip()
            campaign.model_ward_count = spec.model_ward_count
            campaign.model_ward_threshold = spec.model_ward_threshold
            campaign.rectification_days = spec.rectification_days
            session.flush()
            session.expire(campaign)
            campaign = load_campaign(session, seen.id)
            after = _settings(campaign)
            if after != before:
                audit.record(
                    session, actor, "update", "campaign", campaign.id, before=before, after=after
                )
            return campaign_info(campaign)

    @staticmethod
    def _leave_out_wards(session: Session, campaign: Campaign, chosen: set[int]) -> None:
        """A ward with a score sheet in the campaign stays in it: its results must not vanish."""
        leaving = [link.ward for link in campaign.wards if link.ward_id not in chosen]
        for ward in leaving:
            count = session.scalar(
                select(func.count()).where(
                    Inspection.campaign_id == campaign.id, Inspection.ward_id == ward.id
                )
            )
            if count:
                raise ValidationError(
                    MSG_WARD_HAS_SHEETS,
                    ward=f"{ward.code} {ward.name}",
                    name=campaign.name,
                    count=count,
                )

    @reads_only
    def list_campaigns(self, actor: Actor) -> list[CampaignInfo]:
        with self._db.transaction(read_only=True) as session:
            return [campaign_info(campaign) for campaign in load_campaigns(session)]

    @reads_only
    def get_campaign(self, actor: Actor, campaign_id: int) -> CampaignInfo:
        with self._db.transaction(read_only=True) as session:
            return campaign_info(load_campaign(session, campaign_id))

    @reads_only
    def current_campaign(self, actor: Actor, today: date) -> CampaignInfo | None:
        """The campaign running today; else the one with an open phase; else the newest."""
        with self._db.transaction(read_only=True) as session:
            campaign = campaign_of_today(session, today)
            if campaign is None:
                return None
            return campaign_info(campaign, campaign_ward_count(session, campaign.id))

    @reads_only
    def campaign_choices(
        self, actor: Actor, today: date
    ) -> tuple[list[CampaignChoice], int | None]:
        """The campaigns newest first and the id of ``current_campaign``'s, from the phase rows
        alone: one query, where listing and loading them would read every ward of each."""
        with self._db.transaction(read_only=True) as session:
            phases = _phase_rows(session)
            # One phase row each is enough; the dictionary keeps the first, newest first.
            choices = {p.campaign_id: CampaignChoice(p.campaign_id, p.name) for p in phases}
            return list(choices.values()), _id_of_today(phases, today)

    @reads_only
    def ward_ids(self, actor: Actor, campaign_id: int) -> list[int]:
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            ids = [link.ward_id for link in campaign.wards]
            if actor.role is Role.HEAD_NURSE:
                return [ward_id for ward_id in ids if ward_id == actor.ward_id]
            return ids

    @reads_only
    def opening_warnings(self, actor: Actor, campaign_id: int, kind: PhaseKind) -> list[Message]:
        """What to tell before ``kind`` is opened (rules §2.3): earlier phases still open or
        never opened, and other campaigns with a phase open. Empty: nothing is out of order."""
        require_admin(actor)
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            states = {phase.kind: phase.state for phase in campaign.phases}
            warnings = [Message(t, p) for t, p in opening_warnings(kind, states)]
            others = session.execute(
                select(Campaign.name, CampaignPhase.kind)
                .join(CampaignPhase, CampaignPhase.campaign_id == Campaign.id)
                .where(Campaign.id != campaign_id, CampaignPhase.state == PhaseState.OPEN)
                .order_by(Campaign.starts_on, Campaign.id)
            )
            warnings += [
                Message(MSG_OTHER_CAMPAIGN_OPEN, {"campaign": name, "phase": other.chinese_name})
                for name, other in others
            ]
            return warnings

    @writes_campaign
    def open_phase(
        self, actor: Actor, campaign_id: int, kind: PhaseKind, reason: str = ""
    ) -> CampaignInfo:
        """Opens a phase; reopening a closed one needs a reason, which goes to the audit log."""
        require_admin(actor)
        reason = checked_text(reason, texts.REASON)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            require_unlocked_campaign(campaign, reopening=kind)
            phase = _phase_row(campaign, kind)
            before = phase.state
            published = campaign_published(campaign)
            phase.state = state_after_open(kind, phase.state, reason)
            if published and not campaign_published(campaign):
                clear_printed_names(campaign)
            action = "reopen_phase" if before is PhaseState.CLOSED else "open_phase"
            audit.record(
                session,
                actor,
                action,
                "campaign_phase",
                phase.id,
                before={"phase": kind.value, "state": before.value},
                after={"phase": kind.value, "state": phase.state.value},
                reason=reason,
            )
            return campaign_info(campaign)

    @writes_campaign
    def close_phase(self, actor: Actor, campaign_id: int, kind: PhaseKind) -> CampaignInfo:
        """Closing a phase makes its entries read-only."""
        require_admin(actor)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            require_unlocked_campaign(campaign)
            phase = _phase_row(campaign, kind)
            before = phase.state
            phase.state = state_after_close(kind, phase.state)
            if campaign_published(campaign):
                store_printed_names(session, campaign)
            audit.record(
                session,
                actor,
                "close_phase",
                "campaign_phase",
                phase.id,
                before={"phase": kind.value, "state": before.value},
                after={"phase": kind.value, "state": phase.state.value},
            )
            return campaign_info(campaign)

    @reads_only
    def ensure_deletable(self, actor: Actor, campaign_id: int) -> None:
        """Refuses, with the number of sheets, a campaign that already holds entries."""
        require_admin(actor)
        with self._db.transaction() as session:
            _check_deletable(session, load_campaign(session, campaign_id))

    @writes_campaign
    def delete_campaign(self, actor: Actor, campaign_id: int) -> None:
        """Deletes a campaign created by mistake, as long as nobody has entered anything in it."""
        require_admin(actor)
        with self._db.transaction() as session:
            campaign = load_campaign(session, campaign_id)
            require_unlocked_campaign(campaign)
            _check_deletable(session, campaign)
            info = campaign_info(campaign)
            audit.record(
                session,
                actor,
                "delete",
                "campaign",
                campaign.id,
                before={
                    "name": info.name,
                    "starts_on": info.phases[0].starts_on,
                    "ends_on": info.phases[-1].ends_on,
                    "wards": info.ward_count,
                    "checklists": [c.code for c in info.checklists],
                },
            )
            session.delete(campaign)

    @reads_only
    def open_work(self, actor: Actor, campaign_id: int, kind: PhaseKind) -> OpenWork:
        """Before a phase is closed: how many ward × checklist sheets have nothing submitted yet
        and how many drafts would stay unsubmitted (self-check and evaluation; else none)."""
        require_admin(actor)
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            if kind in (PhaseKind.RECTIFICATION, PhaseKind.SUMMARY):
                by_status = (
                    select(RectificationItem.status, func.count())
                    .where(RectificationItem.campaign_id == campaign_id)
                    .group_by(RectificationItem.status)
                )
                counts = {status: count for status, count in session.execute(by_status)}
                return OpenWork(
                    0,
                    0,
                    counts.get(RectificationStatus.OPEN, 0),
                    counts.get(RectificationStatus.AWAITING_RECHECK, 0),
                )
            if kind not in (PhaseKind.SELF_CHECK, PhaseKind.EVALUATION):
                return OpenWork(0, 0)
            rows = session.execute(
                select(Inspection.ward_id, Inspection.checklist_id, Inspection.status).where(
                    Inspection.campaign_id == campaign_id, Inspection.phase == kind
                )
            ).all()
            submitted = {(w, c) for w, c, status in rows if status is SheetStatus.SUBMITTED}
            pairs = len(campaign.wards) * len(campaign.checklists)
            drafts = sum(status is SheetStatus.DRAFT for _, _, status in rows)
            return OpenWork(pairs - len(submitted), drafts)


def _check_deletable(session: Session, campaign: Campaign) -> None:
    sheets = session.scalar(
        select(func.count(Inspection.id)).where(Inspection.campaign_id == campaign.id)
    )
    if sheets:
        raise ValidationError(MSG_CAMPAIGN_HAS_SHEETS, name=campaign.name, count=sheets)
    # Someone's work too, which deleting the campaign would take with it unseen.
    decisions = sum(
        session.scalar(select(func.count()).where(model.campaign_id == campaign.id)) or 0
        for model in (Nomination, ModelWardDecision, SummaryNote)
    )
    if decisions:
        raise ValidationError(MSG_CAMPAIGN_HAS_DECISIONS, name=campaign.name, count=decisions)
