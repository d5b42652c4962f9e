"""审计日志: reading the audit log — who changed what, when, from what to what, and why.

The log is written by every use case in its own transaction (``storage.audit``); this reads it for
护理部 only. An entry names the record it changed (``entity`` and ``entity_id``); the campaign and
ward it belongs to are found from that record when the log is read, so a filter by campaign or
ward finds a submitted sheet, a rectification answer and a nomination alike without the writers
having to say so twice. A record deleted since (a campaign deleted with its sheets) leaves its
entries in the log, found by who, what and when but no longer by campaign.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import aliased

from nursingqc.domain.accounts import Actor, require_admin
from nursingqc.services.use_cases import reads_only
from nursingqc.storage.db import Database
from nursingqc.storage.models import (
    AuditEntry,
    Campaign,
    CampaignPhase,
    Checklist,
    Inspection,
    Nomination,
    RectificationItem,
    User,
    Ward,
)

#: Lines shown at most: a month of a large hospital writes tens of thousands; a filter narrows.
DEFAULT_LIMIT = 2000


@dataclass(frozen=True)
class AuditQuery:
    """What to look for; None (or empty) leaves a filter out. ``since`` and ``until`` are days
    in the PC's local time, both included."""

    username: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    campaign_id: int | None = None
    ward_id: int | None = None
    #: None: every entry that matches (an export).
    limit: int | None = DEFAULT_LIMIT


@dataclass(frozen=True)
class AuditLine:
    """One entry; ``before``/``after`` as they were written (JSON values), ``at`` local time."""

    id: int
    at: datetime
    username: str
    #: The account's name as the hospital knows it ("" for the command line or a name tried at
    #: log-in that has no account).
    display_name: str
    action: str
    entity: str
    entity_id: int | None
    campaign: str
    #: "NK01 心血管内科", or "" when the record belongs to no ward.
    ward: str
    before: Any
    after: Any
    reason: str


@dataclass(frozen=True)
class AuditResult:
    lines: tuple[AuditLine, ...]
    #: Entries that match, of which the newest ``len(lines)`` are in ``lines``.
    matching: int
    #: Each checklist's name by its code, as its newest version calls it: entries name a
    #: checklist by code.
    checklists: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditChoices:
    """What the filters offer: only values the log holds."""

    usernames: tuple[str, ...]
    actions: tuple[str, ...]
    #: (id, name), newest first.
    campaigns: tuple[tuple[int, str], ...]
    #: (id, "NK01 心血管内科"), by ward code.
    wards: tuple[tuple[int, str], ...]


_Query = TypeVar("_Query", bound=Select)  # type: ignore[type-arg]  # any columns

_phase = aliased(CampaignPhase)
_inspection = aliased(Inspection)
_item = aliased(RectificationItem)
_nomination = aliased(Nomination)
_account = aliased(User)


def _about(entity: str, model: Any) -> ColumnElement[bool]:
    return and_(AuditEntry.entity == entity, model.id == AuditEntry.entity_id)


#: The campaign and the ward of the record an entry names.
_campaign_id = case(
    (AuditEntry.entity == "campaign", AuditEntry.entity_id),
    (AuditEntry.entity == "campaign_phase", _phase.campaign_id),
    (AuditEntry.entity == "inspection", _inspection.campaign_id),
    (AuditEntry.entity == "rectification_item", _item.campaign_id),
    (AuditEntry.entity == "nomination", _nomination.campaign_id),
)
_ward_id = case(
    (AuditEntry.entity == "ward", AuditEntry.entity_id),
    (AuditEntry.entity == "inspection", _inspection.ward_id),
    (AuditEntry.entity == "rectification_item", _item.ward_id),
    (AuditEntry.entity == "nomination", _nomination.ward_id),
    (AuditEntry.entity == "user", _account.ward_id),
)


def _with_records(query: _Query) -> _Query:
    return (
        query.outerjoin(_phase, _about("campaign_phase", _phase))
        .outerjoin(_inspection, _about("inspection", _inspection))
        .outerjoin(_item, _about("rectification_item", _item))
        .outerjoin(_nomination, _about("nomination", _nomination))
        .outerjoin(_account, _about("user", _account))
    )


def _utc(day: date) -> datetime:
    """Local midnight starting ``day``, as the aware moment the log stores in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _conditions(query: AuditQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.username:
        conditions.append(AuditEntry.username == query.username)
    if query.action:
        conditions.append(AuditEntry.action == query.action)
    if query.since is not None:
        conditions.append(AuditEntry.at >= _utc(query.since))
    if query.until is not None:
        conditions.append(AuditEntry.at < _utc(query.until + timedelta(days=1)))
    if query.campaign_id is not None:
        conditions.append(_campaign_id == query.campaign_id)
    if query.ward_id is not None:
        conditions.append(_ward_id == query.ward_id)
    return conditions


def _loaded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class AuditLogService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @reads_only
    def entries(self, actor: Actor, query: AuditQuery) -> AuditResult:
        """The newest ``query.limit`` entries that match (all when it is None), newest first,
        and how many match."""
        require_admin(actor)
        conditions = _conditions(query)
        campaign = aliased(Campaign)
        ward = aliased(Ward)
        author = aliased(User)
        rows = (
            _with_records(
                select(
                    AuditEntry,
                    author.display_name,
                    campaign.name,
                    ward.code,
                    ward.name,
                )
            )
            .outerjoin(author, author.username == AuditEntry.username)
            .outerjoin(campaign, campaign.id == _campaign_id)
            .outerjoin(ward, ward.id == _ward_id)
            .where(*conditions)
            .order_by(AuditEntry.id.desc())
            .limit(query.limit)
        )
        counted = _with_records(select(func.count(AuditEntry.id))).where(*conditions)
        with self._db.transaction(read_only=True) as session:
            lines = tuple(
                AuditLine(
                    id=entry.id,
                    at=entry.at.astimezone(),
                    username=entry.username,
                    display_name=display_name or "",
                    action=entry.action,
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    campaign=campaign_name or "",
                    ward=f"{ward_code} {ward_name}" if ward_code else "",
                    before=_loaded(entry.before),
                    after=_loaded(entry.after),
                    reason=entry.reason,
                )
                for entry, display_name, campaign_name, ward_code, ward_name in session.execute(
                    rows
                )
            )
            matching = session.scalar(counted) or 0
            names = session.execute(
                select(Checklist.code, Checklist.name).order_by(Checklist.version)
            )
            checklists = {code: name for code, name in names}
        return AuditResult(lines, matching, checklists)

    @reads_only
    def choices(self, actor: Actor) -> AuditChoices:
        require_admin(actor)
        with self._db.transaction(read_only=True) as session:
            usernames = session.scalars(
                select(AuditEntry.username).distinct().order_by(AuditEntry.username)
            )
            actions = session.scalars(
                select(AuditEntry.action).distinct().order_by(AuditEntry.action)
            )
            campaigns = session.execute(
                select(Campaign.id, Campaign.name).order_by(Campaign.id.desc())
            )
            wards = session.execute(select(Ward.id, Ward.code, Ward.name).order_by(Ward.code))
            return AuditChoices(
                usernames=tuple(usernames),
                actions=tuple(actions),
                campaigns=tuple((row.id, row.name) for row in campaigns),
                wards=tuple((row.id, f"{row.code} {row.name}") for row in wards),
            )
