"""整改: the rectification items of a campaign — made from submitted sheets (``services.findings``),
worked through by the ward, re-checked by the department. The notices (整改通知单) that list
them are ``services.notices``.

Who may do what (rules §6.3): a head nurse fills in cause, measure, owner and marks her own ward's
items done; only an inspector or the department re-checks (verifies or rejects) or moves a deadline,
never the ward that did the work. Every change is written to the item's history and the audit log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from nursingqc.domain import texts
from nursingqc.domain.accounts import MSG_OTHER_WARD, Actor, Permission, may
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.rectification import (
    NextSteps,
    RectificationAction,
    RectificationStatus,
    after_marked_done,
    after_rejected,
    after_verified,
    check_delay,
    is_overdue,
    may_answer,
    may_recheck,
    may_see,
    next_steps,
    photo_refusal,
    require_open,
    sees_every_ward,
)
from nursingqc.domain.texts import checked_text
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import campaign_published, require_unlocked_campaign
from nursingqc.services.clock import DatedService
from nursingqc.services.use_cases import reads_only, writes_campaign
from nursingqc.storage import audit
from nursingqc.storage.models import (
    Campaign,
    CampaignWard,
    Inspection,
    RectificationEvent,
    RectificationItem,
    RectificationPhoto,
    Ward,
)
from nursingqc.storage.repositories.campaigns import MSG_CAMPAIGN_NOT_FOUND
from nursingqc.storage.repositories.printed import Query

MSG_ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no rectification item {item}.")
MSG_ITEM_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} changed this rectification item at {when}, after you opened it; nothing was "
    "saved. Reload it to see the change.",
)
MSG_RECHECK_NOT_BY_WARD = QT_TRANSLATE_NOOP(
    "Errors", "A re-check is done by an inspector or the nursing department, not by the ward."
)
MSG_ANSWER_BY_WARD = QT_TRANSLATE_NOOP(
    "Errors",
    "The ward's answer and photos come from its head nurse or the nursing department, not from "
    "an inspector.",
)
MSG_PHOTO_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The picture is still {size} KB after scaling down; at most {limit} KB are kept."
)
MSG_PHOTO_REMOVAL_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "Say why the photo is removed (the wrong picture, a patient can be recognised…): the "
    "nursing department keeps it with the reason.",
)
MSG_PHOTO_GONE = QT_TRANSLATE_NOOP("Errors", "This photo was removed already.")
#: A scaled-down JPEG is about 100–300 KB; this bound keeps a mistaken original out of the file.
MAX_PHOTO_BYTES = 1_500_000


@dataclass(frozen=True)
class RectificationInfo:
    """One line of the rectification list."""

    id: int
    version: int
    ward_id: int
    ward_code: str
    ward_name: str
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    veto_failed: bool
    problem: str
    issued_on: date
    deadline: date
    status: RectificationStatus
    overdue: bool
    cause: str
    measure: str
    owner: str
    done_on: date | None
    verified_by: str
    verified_on: date | None
    photo_count: int
    #: 复查未通过: why the last re-check sent it back, until the ward answers again.
    recheck_failed: str
    #: Where the finding came from (自查 or 评比) and who inspected.
    source: PhaseKind
    inspector: str


class RectificationLine(NamedTuple):
    """One line of the 整改 list as the list shows it: no answer, history or photos, which are
    read for the one item chosen (``detail``). A tuple, not a dataclass: a hospital's month
    lists 13,000 of them at once."""

    id: int
    ward_id: int
    ward_code: str
    ward_name: str
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    veto_failed: bool
    problem: str
    deadline: date
    status: RectificationStatus
    #: 复查未通过: why the last re-check sent it back, until the ward answers again ("").
    recheck_failed: str
    #: Where the finding came from: 自查 (the ward's own) or 评比 (the department's round).
    source: PhaseKind
    #: Who made that inspection (检查人).
    inspector: str
    overdue: bool


class ListedWard(NamedTuple):
    """A ward the 整改 list can be narrowed to."""

    id: int
    code: str
    name: str


#: What a RectificationLine is read from, in its order (``overdue`` is the rule's, on top);
#: ``list_lines`` counts on deadline and status coming last.
_LINE_COLUMNS = (
    RectificationItem.id,
    RectificationItem.ward_id,
    Ward.code,
    Ward.name,
    RectificationItem.checklist_name,
    RectificationItem.item_code,
    RectificationItem.item_text,
    RectificationItem.deduction,
    RectificationItem.veto_failed,
    RectificationItem.problem,
    RectificationItem.deadline,
    RectificationItem.status,
    RectificationItem.recheck_failed,
    Inspection.phase,
    Inspection.inspector_name,
)


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    who: str
    action: RectificationAction
    status_before: RectificationStatus | None
    status_after: RectificationStatus
    deadline_before: date | None
    deadline_after: date
    note: str


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    file_name: str
    width: int
    height: int
    added_at: datetime
    added_by: str
    #: A removed photo is listed to the department only, with who removed it, when and why.
    removed_at: datetime | None = None
    removed_by: str = ""
    removed_reason: str = ""


def _photo_info(photo: RectificationPhoto) -> PhotoInfo:
    return PhotoInfo(
        photo.id,
        photo.file_name,
        photo.width,
        photo.height,
        photo.added_at,
        photo.added_by,
        photo.removed_at,
        photo.removed_by,
        photo.removed_reason,
    )


def _in_use(item: RectificationItem) -> list[RectificationPhoto]:
    return [photo for photo in item.photos if photo.removed_at is None]


@dataclass(frozen=True)
class RectificationDetail:
    item: RectificationInfo
    history: tuple[HistoryLine, ...]
    photos: tuple[PhotoInfo, ...]
    #: The campaign is published: the item is shown, nothing about it can change.
    locked: bool
    #: What the actor who asked can do next, and the dates to propose (none when ``locked``).
    steps: NextSteps


def _info(item: RectificationItem, ward: Ward, today: date, photos: int) -> RectificationInfo:
    return RectificationInfo(
        id=item.id,
        version=item.version,
        ward_id=ward.id,
        ward_code=ward.code,
        ward_name=ward.name,
        checklist_name=item.checklist_name,
        item_code=item.item_code,
        item_text=item.item_text,
        deduction=item.deduction,
        veto_failed=item.veto_failed,
        problem=item.problem,
        issued_on=item.issued_on,
        deadline=item.deadline,
        status=item.status,
        overdue=is_overdue(item.status, item.deadline, today),
        cause=item.cause,
        measure=item.measure,
        owner=item.owner,
        done_on=item.done_on,
        verified_by=item.verified_by,
        verified_on=item.verified_on,
        photo_count=photos,
        recheck_failed=item.recheck_failed,
        source=item.inspection.phase,
        inspector=item.inspection.inspector_name,
    )


def record_history(
    item: RectificationItem,
    actor: Actor,
    action: RectificationAction,
    at: datetime,
    before: RectificationStatus | None,
    deadline_before: date | None = None,
    note: str = "",
) -> None:
    """One line of the item's history (整改记录), with the status and deadline it leaves."""
    item.events.append(
        RectificationEvent(
            at=at,
            username=actor.username,
            display_name=actor.display_name,
            action=action,
            status_before=before,
            status_after=item.status,
            deadline_before=deadline_before,
            deadline_after=item.deadline,
            note=note,
        )
    )


def mark_changed(item: RectificationItem, actor: Actor, now: datetime) -> None:
    """A new version, stamped with who and when: a change typed on the old one is refused naming
    them, never saved over this one."""
    item.version += 1
    item.updated_at = now
    item.updated_by = actor.display_name


def _campaign(session: Session, campaign_id: int) -> Campaign:
    """The campaign with its phases (published or not) and settings: not its hundreds of wards
    and their checklists, which an item's list or step does not need."""
    campaign = session.get(Campaign, campaign_id, options=[selectinload(Campaign.phases)])
    if campaign is None:
        raise NotFound(MSG_CAMPAIGN_NOT_FOUND, campaign=campaign_id)
    return campaign


def _listed(
    query: Query,
    actor: Actor,
    campaign_id: int,
    ward_id: int | None,
    status: RectificationStatus | None,
    checklist_name: str | None,
) -> Query:
    """The items of the list, in its order: a head nurse sees her own ward's items; inspectors
    and the department any ward's, or the ward chosen."""
    if not sees_every_ward(actor):
        ward_id = actor.ward_id
    query = (
        query.join(Ward, Ward.id == RectificationItem.ward_id)
        .where(RectificationItem.campaign_id == campaign_id)
        .order_by(Ward.code, RectificationItem.deadline, RectificationItem.id)
    )
    if ward_id is not None:
        query = query.where(RectificationItem.ward_id == ward_id)
    if status is not None:
        query = query.where(RectificationItem.status == status)
    if checklist_name:
        query = query.where(RectificationItem.checklist_name == checklist_name)
    return query


class RectificationService(DatedService):
    # -- reading ---------------------------------------------------------------------------

    @reads_only
    def list_items(
        self,
        actor: Actor,
        campaign_id: int,
        ward_id: int | None = None,
        status: RectificationStatus | None = None,
        checklist_name: str | None = None,
        overdue_only: bool = False,
    ) -> list[RectificationInfo]:
        """The items whole, answers included (the 整改 page reads ``list_lines`` instead)."""
        with self._db.transaction(read_only=True) as session:
            _campaign(session, campaign_id)
            photos = (
                select(func.count(RectificationPhoto.id))
                .where(
                    RectificationPhoto.item_id == RectificationItem.id,
                    RectificationPhoto.removed_at.is_(None),
                )
                .scalar_subquery()
            )
            query = _listed(
                select(RectificationItem, Ward, photos).options(
                    joinedload(RectificationItem.inspection)
                ),
                actor,
                campaign_id,
                ward_id,
                status,
                checklist_name,
            )
            today = self._today()
            items = [
                _info(item, ward, today, count) for item, ward, count in session.execute(query)
            ]
            return [item for item in items if item.overdue or not overdue_only]

    @reads_only
    def list_lines(self, actor: Actor, campaign_id: int) -> list[RectificationLine]:
        """The 整改 list: the rows of ``list_items`` (unfiltered) in its order, only the columns
        shown, in one query whatever the number of wards."""
        with self._db.transaction(read_only=True) as session:
            _campaign(session, campaign_id)
            lines = select(*_LINE_COLUMNS).join(
                Inspection, Inspection.id == RectificationItem.inspection_id
            )
            query = _listed(lines, actor, campaign_id, None, None, None)
            today = self._today()
            # Core rows, not the ORM's: plain columns need none of its per-row bookkeeping,
            # which doubled the time at 13,000 rows. A row ends with deadline (10) and status (11).
            return [
                RectificationLine._make((*row, is_overdue(row[11], row[10], today)))
                for row in session.connection().execute(query).all()
            ]

    @reads_only
    def list_wards(self, actor: Actor, campaign_id: int) -> list[ListedWard]:
        """The campaign's active wards the actor may see, by code: a head nurse her own ward.
        One query, not the campaign and every ward loaded whole."""
        query = (
            select(Ward.id, Ward.code, Ward.name)
            .join(CampaignWard, CampaignWard.ward_id == Ward.id)
            .where(CampaignWard.campaign_id == campaign_id, Ward.active)
            .order_by(Ward.code)
        )
        if not sees_every_ward(actor):
            query = query.where(Ward.id == actor.ward_id)
        with self._db.transaction(read_only=True) as session:
            return [ListedWard._make(row) for row in session.execute(query)]

    @reads_only
    def detail(self, actor: Actor, item_id: int) -> RectificationDetail:
        with self._db.transaction(read_only=True) as session:
            item, ward = self._item(session, actor, item_id)
            campaign = _campaign(session, item.campaign_id)
            locked = campaign_published(campaign)
            today = self._today()
            return RectificationDetail(
                _info(item, ward, today, len(_in_use(item))),
                tuple(
                    HistoryLine(
                        e.at,
                        e.display_name,
                        e.action,
                        e.status_before,
                        e.status_after,
                        e.deadline_before,
                        e.deadline_after,
                        e.note,
                    )
                    for e in item.events
                ),
                # The ward sees the photos in use; the department the removed ones too.
                tuple(
                    _photo_info(p)
                    for p in item.photos
                    if p.removed_at is None or may(actor, Permission.ADMINISTER)
                ),
                locked,
                next_steps(
                    actor,
                    ward.id,
                    item.status,
                    item.deadline,
                    len(_in_use(item)),
                    locked=locked,
                    today=today,
                    rectification_days=campaign.rectification_days,
                ),
            )

    @reads_only
    def photo(self, actor: Actor, photo_id: int) -> bytes:
        with self._db.transaction(read_only=True) as session:
            # One query a thumbnail: an item's strip reads each of its photos in turn.
            found = session.execute(
                select(RectificationPhoto.jpeg, RectificationPhoto.removed_at, Ward.id, Ward.code)
                .join(RectificationItem, RectificationItem.id == RectificationPhoto.item_id)
                .join(Ward, Ward.id == RectificationItem.ward_id)
                .where(RectificationPhoto.id == photo_id)
            ).one_or_none()
            if found is None:
                raise NotFound(MSG_ITEM_NOT_FOUND, item=photo_id)
            jpeg, removed_at, ward_id, ward_code = found
            if not may_see(actor, ward_id):
                raise PermissionDenied(MSG_OTHER_WARD, ward=ward_code)
            if removed_at is not None and not may(actor, Permission.ADMINISTER):
                raise NotFound(MSG_PHOTO_GONE)
            return jpeg

    # -- writing ---------------------------------------------------------------------------

    def _item(self, session: Session, actor: Actor, item_id: int) -> tuple[RectificationItem, Ward]:
        item = session.get(
            RectificationItem,
            item_id,
            options=[
                selectinload(RectificationItem.events),
                joinedload(RectificationItem.inspection),
                # The pictures themselves are read one at a time, when shown.
                selectinload(RectificationItem.photos).defer(RectificationPhoto.jpeg),
            ],
        )
        if item is None:
            raise NotFound(MSG_ITEM_NOT_FOUND, item=item_id)
        ward = session.get(Ward, item.ward_id)
        assert ward is not None
        if not may_see(actor, ward.id):
            raise PermissionDenied(MSG_OTHER_WARD, ward=ward.code)
        return item, ward

    def _writable(
        self, session: Session, actor: Actor, item_id: int, version: int
    ) -> tuple[RectificationItem, Ward]:
        item, ward = self._item(session, actor, item_id)
        require_unlocked_campaign(_campaign(session, item.campaign_id))
        if item.version != version:
            raise ConcurrentChange(
                MSG_ITEM_CHANGED,
                changed_by=item.updated_by,
                when=f"{item.updated_at.astimezone():%Y-%m-%d %H:%M}",
            )
        return item, ward

    @staticmethod
    def _require_answer_role(actor: Actor, ward: Ward) -> None:
        if not may_answer(actor, ward.id):
            raise PermissionDenied(MSG_ANSWER_BY_WARD)

    @staticmethod
    def _require_recheck_role(actor: Actor, ward: Ward) -> None:
        if not may_recheck(actor, ward.id):
            raise PermissionDenied(MSG_RECHECK_NOT_BY_WARD)

    def _changed(
        self,
        session: Session,
        actor: Actor,
        item: RectificationItem,
        ward: Ward,
        action: RectificationAction,
        before: Mapping[str, object],
        status_before: RectificationStatus,
        deadline_before: date | None = None,
        note: str = "",
    ) -> RectificationInfo:
        now = self._now()
        mark_changed(item, actor, now)
        record_history(item, actor, action, now, status_before, deadline_before, note)
        after = {key: getattr(item, key) for key in before}
        audit.record(
            session,
            actor,
            f"rectification_{action.value}",
            "rectification_item",
            item.id,
            before=before,
            after=after,
            reason=note,
        )
        session.flush()
        return _info(item, ward, self._today(), len(_in_use(item)))

    @writes_campaign
    def fill(
        self,
        actor: Actor,
        item_id: int,
        version: int,
        cause: str,
        measure: str,
        owner: str,
    ) -> RectificationInfo:
        """原因分析、整改措施、责任人: the ward's own answer; never moves the deadline."""
        cause, measure = checked_text(cause, texts.CAUSE), checked_text(measure, texts.MEASURE)
        owner = checked_text(owner, texts.OWNER)
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_answer_role(actor, ward)
            require_open(item.status)
            before = {"cause": item.cause, "measure": item.measure, "owner": item.owner}
            item.cause, item.measure, item.owner = cause, measure, owner
            item.recheck_failed = ""
            return self._changed(
                session, actor, item, ward, RectificationAction.FILLED, before, item.status
            )

    @writes_campaign
    def mark_done(
        self, actor: Actor, item_id: int, version: int, done_on: date
    ) -> RectificationInfo:
        """已整改: the ward says the work is done; it now waits for the re-check."""
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_answer_role(actor, ward)
            before_status = item.status
            item.status = after_marked_done(
                item.status, item.cause, item.measure, done_on, self._today(), item.issued_on
            )
            before = {"status": before_status.value, "done_on": item.done_on}
            item.done_on = done_on
            item.recheck_failed = ""
            return self._changed(
                session, actor, item, ward, RectificationAction.MARKED_DONE, before, before_status
            )

    @writes_campaign
    def verify(self, actor: Actor, item_id: int, version: int, note: str = "") -> RectificationInfo:
        """复查通过, by an inspector or the department."""
        note = checked_text(note, texts.REASON)
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_recheck_role(actor, ward)
            before_status = item.status
            item.status = after_verified(item.status)
            before = {"status": before_status.value, "verified_by": item.verified_by}
            item.verified_by = actor.display_name
            item.verified_on = self._today()
            return self._changed(
                session,
                actor,
                item,
                ward,
                RectificationAction.VERIFIED,
                before,
                before_status,
                note=note,
            )

    @writes_campaign
    def reject(
        self, actor: Actor, item_id: int, version: int, reason: str, new_deadline: date
    ) -> RectificationInfo:
        """复查未通过: back to 待整改 with a new deadline; the rejection stays in the history."""
        reason = checked_text(reason, texts.REASON)
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_recheck_role(actor, ward)
            before_status, deadline_before = item.status, item.deadline
            item.status = after_rejected(item.status, reason, new_deadline, self._today())
            before = {"status": before_status.value, "deadline": deadline_before}
            item.deadline = new_deadline
            item.done_on = None
            item.recheck_failed = reason
            return self._changed(
                session,
                actor,
                item,
                ward,
                RectificationAction.REJECTED,
                before,
                before_status,
                deadline_before,
                reason,
            )

    @writes_campaign
    def delay(
        self, actor: Actor, item_id: int, version: int, reason: str, new_deadline: date
    ) -> RectificationInfo:
        """延期: only the department or an inspector moves a deadline, later, with a reason."""
        reason = checked_text(reason, texts.REASON)
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_recheck_role(actor, ward)
            check_delay(item.status, reason, item.deadline, new_deadline)
            deadline_before = item.deadline
            before = {"deadline": deadline_before}
            item.deadline = new_deadline
            return self._changed(
                session,
                actor,
                item,
                ward,
                RectificationAction.DELAYED,
                before,
                item.status,
                deadline_before,
                reason,
            )

    @writes_campaign
    def add_photo(
        self,
        actor: Actor,
        item_id: int,
        file_name: str,
        jpeg: bytes,
        size: tuple[int, int],
    ) -> RectificationDetail:
        """整改照片 already scaled down to a JPEG (``reports.images`` does that)."""
        if len(jpeg) > MAX_PHOTO_BYTES:
            raise ValidationError(
                MSG_PHOTO_TOO_LARGE, size=len(jpeg) // 1024, limit=MAX_PHOTO_BYTES // 1024
            )
        with self._db.transaction() as session:
            item, ward = self._item(session, actor, item_id)
            require_unlocked_campaign(_campaign(session, item.campaign_id))
            self._require_answer_role(actor, ward)
            refused = photo_refusal(item.status, len(_in_use(item)))
            if refused is not None:
                raise refused
            now = self._now()
            item.photos.append(
                RectificationPhoto(
                    file_name=file_name[:200],
                    jpeg=jpeg,
                    width=size[0],
                    height=size[1],
                    added_at=now,
                    added_by=actor.display_name,
                )
            )
            self._changed(
                session,
                actor,
                item,
                ward,
                RectificationAction.PHOTO_ADDED,
                {},
                item.status,
                note=file_name,
            )
        return self.detail(actor, item_id)

    @writes_campaign
    def remove_photo(
        self, actor: Actor, item_id: int, version: int, photo_id: int, reason: str
    ) -> RectificationDetail:
        """移除照片: the ward (or the department) takes a photo off the item, with a reason; it
        stays in the database for the department (rules §6.8) and the audit log says who."""
        reason = checked_text(reason, texts.REASON)
        if not reason:
            raise ValidationError(MSG_PHOTO_REMOVAL_REASON)
        with self._db.transaction() as session:
            item, ward = self._writable(session, actor, item_id, version)
            self._require_answer_role(actor, ward)
            photo = next((p for p in item.photos if p.id == photo_id), None)
            if photo is None:
                raise NotFound(MSG_ITEM_NOT_FOUND, item=photo_id)
            if photo.removed_at is not None:
                raise ValidationError(MSG_PHOTO_GONE)
            photo.removed_at = self._now()
            photo.removed_by = actor.display_name
            photo.removed_reason = reason
            mark_changed(item, actor, photo.removed_at)
            audit.record(
                session,
                actor,
                "rectification_photo_removed",
                "rectification_item",
                item.id,
                before={"photo": photo.file_name},
                after={"photo": None},
                reason=reason,
            )
        return self.detail(actor, item_id)
