"""整改通知单: the rectification notices of a campaign, one per ward and source (自查, 评比),
listing its rectification items (``services.rectification``) with the re-check as far as it has
gone."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied
from nursingqc.domain.notices import NoticeData, NoticeProblem, NoticeRecheck
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.clock import DatedService
from nursingqc.services.use_cases import reads_only
from nursingqc.storage.models import (
    CampaignChecklist,
    ChecklistItemRow,
    Inspection,
    RectificationItem,
)
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.printed import PrintedWard, printed_hospital, printed_wards

MSG_NOTICES_BY_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Rectification notices are printed by the nursing department or an inspector; the ward "
    "answers its items on the Rectification page.",
)
MSG_UNKNOWN_WARD_CODE = QT_TRANSLATE_NOOP("Errors", "There is no ward {ward} in this campaign.")


#: The rounds a ward's problems come from, in the order its notices are printed.
SOURCES = (PhaseKind.SELF_CHECK, PhaseKind.EVALUATION)
#: What tells a self-check notice's number from the evaluation notice's (自查: ZiCha).
SELF_CHECK_NUMBER_SUFFIX = "-ZC"


class NoticeKey(NamedTuple):
    """Which notice: a ward's, for the problems of one source (None: a ward with none)."""

    ward: PrintedWard
    source: PhaseKind | None


class Notices:
    """The notices to print, in ward order and for each ward its self-check's then its
    evaluation's, read from the database one notice at a time while they are written: a
    3,000-ward month's items with their answers (causes and measures of up to 2,000 characters)
    are gigabytes as objects, one ward's are a few hundred kilobytes.

    ``len()`` is known at once. Each notice is read in a read-only transaction of its own,
    opened by the thread that iterates (a preview writes in a worker thread), so the pages
    never wait on one long transaction.
    """

    def __init__(self, keys: Sequence[NoticeKey], read: Callable[[NoticeKey], NoticeData]) -> None:
        self._keys = keys
        self._read = read

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[NoticeData]:
        return (self._read(key) for key in self._keys)


class NoticeService(DatedService):
    @reads_only
    def notices(self, actor: Actor, campaign_id: int, ward_code: str | None = None) -> Notices:
        """One notice per ward and source with items still to do (or every notice of the one
        ward asked for, 无需整改 when it has no items), in ward order; the department's or an
        inspector's document (rules §6.7)."""
        if not may(actor, Permission.RECHECK_RECTIFICATION):
            raise PermissionDenied(MSG_NOTICES_BY_DEPARTMENT)
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            hospital = printed_hospital(session, campaign)
            wards = printed_wards(campaign)
            statuses = [RectificationStatus.WITHDRAWN]
            if ward_code is not None:
                wards = [w for w in wards if w.code == ward_code.strip()]
                if not wards:
                    raise NotFound(MSG_UNKNOWN_WARD_CODE, ward=ward_code)
            else:
                statuses.append(RectificationStatus.VERIFIED)
            query = (
                select(RectificationItem.ward_id, Inspection.phase)
                .join(Inspection, Inspection.id == RectificationItem.inspection_id)
                .where(
                    RectificationItem.campaign_id == campaign_id,
                    RectificationItem.status.not_in(statuses),
                )
                .distinct()
            )
            if ward_code is not None:
                query = query.where(RectificationItem.ward_id == wards[0].id)
            found = {(ward_id, source) for ward_id, source in session.execute(query)}
            keys = [
                NoticeKey(ward, source)
                for ward in wards
                for source in SOURCES
                if (ward.id, source) in found
            ]
            if ward_code is not None and not keys:
                keys = [NoticeKey(wards[0], None)]
            heading = _Heading(
                hospital, f"ZG{campaign.starts_on:%Y%m}-{campaign.id}", campaign.name
            )
        return Notices(keys, self._reader(campaign_id, heading))

    def _reader(self, campaign_id: int, heading: _Heading) -> Callable[[NoticeKey], NoticeData]:
        """Reads one notice at a time, each in its own read-only transaction (an index
        lookup: ``ix_rectification_items_ward``), its rows in the campaign's checklist order:
        the campaign's checklists in their order, each one's items in the checklist's order,
        the same item found on several inspections by date and inspector."""
        today = self._today()

        def read(key: NoticeKey) -> NoticeData:
            if key.source is None:
                return _notice(heading, key, [], today)
            with self._db.transaction(read_only=True) as session:
                pairs = session.execute(
                    select(RectificationItem, Inspection)
                    .join(Inspection, Inspection.id == RectificationItem.inspection_id)
                    .join(
                        ChecklistItemRow,
                        ChecklistItemRow.id == RectificationItem.checklist_item_id,
                    )
                    .outerjoin(
                        CampaignChecklist,
                        (CampaignChecklist.campaign_id == RectificationItem.campaign_id)
                        & (CampaignChecklist.checklist_id == ChecklistItemRow.checklist_id),
                    )
                    .where(
                        RectificationItem.campaign_id == campaign_id,
                        RectificationItem.ward_id == key.ward.id,
                        RectificationItem.status != RectificationStatus.WITHDRAWN,
                        Inspection.phase == key.source,
                    )
                    .order_by(
                        # A checklist the campaign no longer lists (its items were found before
                        # an edit) comes after the campaign's own.
                        CampaignChecklist.position.is_(None),
                        CampaignChecklist.position,
                        ChecklistItemRow.checklist_id,
                        ChecklistItemRow.position,
                        Inspection.inspected_on,
                        Inspection.inspector_name,
                        RectificationItem.id,
                    )
                ).all()
                return _notice(heading, key, pairs, today)

        return read


class _Heading(NamedTuple):
    """What every notice of the campaign prints alike."""

    hospital: str
    number_prefix: str
    campaign: str


def _notice(
    heading: _Heading,
    key: NoticeKey,
    pairs: Sequence[tuple[RectificationItem, Inspection]],
    today: date,
) -> NoticeData:
    ward = key.ward
    items = [item for item, _ in pairs]
    inspections = {inspection.id: inspection for _, inspection in pairs}.values()
    number = f"{heading.number_prefix}-{ward.code}"
    if key.source is PhaseKind.SELF_CHECK:
        number += SELF_CHECK_NUMBER_SUFFIX
    return NoticeData(
        hospital=heading.hospital,
        number=number,
        ward_code=ward.code,
        ward_name=ward.name,
        issued_on=min((item.issued_on for item in items), default=today),
        deadline=max((item.deadline for item in items), default=today),
        inspection_dates=tuple(sorted({i.inspected_on for i in inspections})),
        inspectors=tuple(sorted({i.inspector_name for i in inspections})),
        problems=tuple(
            NoticeProblem(
                checklist=item.checklist_name,
                item_code=item.item_code,
                item_text=item.item_text,
                deduction=item.deduction,
                problem=item.problem,
                veto_failed=item.veto_failed,
                cause=item.cause,
                measure=item.measure,
                done_on=item.done_on,
                source=inspection.phase,
                checker=inspection.inspector_name,
            )
            for item, inspection in pairs
        ),
        head_nurse=ward.head_nurse,
        campaign=heading.campaign,
        recheck=_recheck(items),
        source=key.source,
    )


def _recheck(items: Sequence[RectificationItem]) -> NoticeRecheck | None:
    """复查 as far as it has gone: who verified, when last, and how many items passed."""
    verified = [item for item in items if item.status is RectificationStatus.VERIFIED]
    if not verified:
        return None
    waiting = len(items) - len(verified)
    result = f"复查通过 {len(verified)} 项" + (f"，尚有 {waiting} 项未完成" if waiting else "")
    return NoticeRecheck(
        inspector="、".join(sorted({item.verified_by for item in verified})),
        checked_on=max(item.verified_on for item in verified if item.verified_on),
        result=result,
    )
