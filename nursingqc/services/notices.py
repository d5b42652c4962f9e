"""整改通知单: the rectification notices of a campaign, one per ward, listing its rectification
items (``services.rectification``) with the re-check as far as it has gone."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Permission, may
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied
from nursingqc.domain.notices import NoticeData, NoticeProblem, NoticeRecheck
from nursingqc.domain.rectification import RectificationStatus
from nursingqc.services.clock import DatedService
from nursingqc.services.use_cases import reads_only
from nursingqc.storage.models import Inspection, RectificationItem
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.printed import PrintedWard, printed_hospital, printed_wards

MSG_NOTICES_BY_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Rectification notices are printed by the nursing department or an inspector; the ward "
    "answers its items on the Rectification page.",
)
MSG_UNKNOWN_WARD_CODE = QT_TRANSLATE_NOOP("Errors", "There is no ward {ward} in this campaign.")


class Notices:
    """The notices to print, in ward order, read from the database one ward at a time while
    they are written: a 3,000-ward month's items with their answers (causes and measures of
    up to 2,000 characters) are gigabytes as objects, one ward's are a few hundred kilobytes.

    ``len()`` is known at once. Each ward is read in a read-only transaction of its own,
    opened by the thread that iterates (a preview writes in a worker thread), so the pages
    never wait on one long transaction.
    """

    def __init__(
        self, wards: Sequence[PrintedWard], read: Callable[[PrintedWard], NoticeData]
    ) -> None:
        self._wards = wards
        self._read = read

    def __len__(self) -> int:
        return len(self._wards)

    def __iter__(self) -> Iterator[NoticeData]:
        return (self._read(ward) for ward in self._wards)


class NoticeService(DatedService):
    @reads_only
    def notices(self, actor: Actor, campaign_id: int, ward_code: str | None = None) -> Notices:
        """One notice per ward with items still to do (or the one ward asked for), in ward
        order; the department's or an inspector's document."""
        if not may(actor, Permission.RECHECK_RECTIFICATION):
            raise PermissionDenied(MSG_NOTICES_BY_DEPARTMENT)
        with self._db.transaction(read_only=True) as session:
            campaign = load_campaign(session, campaign_id)
            hospital = printed_hospital(session, campaign)
            wards = printed_wards(campaign)
            if ward_code is not None:
                wards = [w for w in wards if w.code == ward_code.strip()]
                if not wards:
                    raise NotFound(MSG_UNKNOWN_WARD_CODE, ward=ward_code)
            else:
                to_do = set(
                    session.scalars(
                        select(RectificationItem.ward_id).where(
                            RectificationItem.campaign_id == campaign_id,
                            RectificationItem.status.not_in(
                                (RectificationStatus.WITHDRAWN, RectificationStatus.VERIFIED)
                            ),
                        )
                    )
                )
                wards = [w for w in wards if w.id in to_do]
            heading = _Heading(
                hospital, f"ZG{campaign.starts_on:%Y%m}-{campaign.id}", campaign.name
            )
        return Notices(wards, self._reader(campaign_id, heading))

    def _reader(self, campaign_id: int, heading: _Heading) -> Callable[[PrintedWard], NoticeData]:
        """Reads one ward's notice at a time, each in its own read-only transaction (an index
        lookup: ``ix_rectification_items_ward``)."""
        today = self._today()

        def read(ward: PrintedWard) -> NoticeData:
            with self._db.transaction(read_only=True) as session:
                pairs = session.execute(
                    select(RectificationItem, Inspection)
                    .join(Inspection, Inspection.id == RectificationItem.inspection_id)
                    .where(
                        RectificationItem.campaign_id == campaign_id,
                        RectificationItem.ward_id == ward.id,
                        RectificationItem.status != RectificationStatus.WITHDRAWN,
                    )
                    .order_by(RectificationItem.checklist_name, RectificationItem.item_code)
                ).all()
                return _notice(heading, ward, pairs, today)

        return read


class _Heading(NamedTuple):
    """What every notice of the campaign prints alike."""

    hospital: str
    number_prefix: str
    campaign: str


def _notice(
    heading: _Heading,
    ward: PrintedWard,
    pairs: Sequence[tuple[RectificationItem, Inspection]],
    today: date,
) -> NoticeData:
    items = [item for item, _ in pairs]
    inspections = {inspection.id: inspection for _, inspection in pairs}.values()
    return NoticeData(
        hospital=heading.hospital,
        number=f"{heading.number_prefix}-{ward.code}",
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
            )
            for item in items
        ),
        head_nurse=ward.head_nurse,
        campaign=heading.campaign,
        recheck=_recheck(items),
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
