"""交换记录与数据库: the records of ``domain.exchange_records`` read from this PC's rows and
applied to them, the same on the department PC and on a ward PC (rules §14).

A record is found by its ``uid``; ``decide`` says what applying it does, the ownership checks
whether the sender may, and only then are the rows written: an applied record takes the
incoming version as both its version and the version last exchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, NursingQCError
from nursingqc.domain.exchange import ExchangeRefused, RecordChange
from nursingqc.domain.exchange_records import (
    MSG_BOTH_CHANGED,
    MSG_OTHER_WARDS_RECORD,
    CampaignChecklistRecord,
    CampaignRecord,
    ChecklistItemRecord,
    ChecklistRecord,
    Decision,
    EntryRecord,
    EventRecord,
    Held,
    PhaseRecord,
    PhotoRecord,
    PublishedRankingRecord,
    RectificationRecord,
    SheetRecord,
    content,
    decide,
    kept_ours,
    moved_refusal,
    rectification_refusal,
    sheet_refusal,
    to_plain,
)
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.campaigns import require_unlocked_campaign
from nursingqc.services.inspections import MSG_NOT_IN_CAMPAIGN
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    CampaignPhase,
    CampaignWard,
    Checklist,
    ChecklistItemRow,
    ExchangeConflict,
    ExchangeConflictPhoto,
    Inspection,
    ItemResult,
    PublishedRanking,
    RectificationEvent,
    RectificationItem,
    RectificationPhoto,
    Ward,
)

# A preview line's what: the table and the command line show its ward beside it, and a
# checklist by its name, never its code (rules §14).
MSG_WHAT_SHEET = QT_TRANSLATE_NOOP("Errors", "{checklist} {phase} sheet ({inspector})")
MSG_WHAT_ITEM = QT_TRANSLATE_NOOP("Errors", "Rectification item {item}: {problem}")
MSG_WHAT_RECORD = QT_TRANSLATE_NOOP("Errors", "Record {uid}")
MSG_WHAT_RANKING = QT_TRANSLATE_NOOP("Errors", "Published ranking of {campaign}")
MSG_WHAT_CAMPAIGN = QT_TRANSLATE_NOOP("Errors", "Campaign {campaign}")
MSG_UNKNOWN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Errors", "The campaign of this record is not on this PC; import the packages in order."
)
MSG_UNKNOWN_CHECKLIST = QT_TRANSLATE_NOOP(
    "Errors",
    "Checklist {checklist} version {version} is not on this PC; import the department's "
    "newer packages first.",
)
MSG_CHECKLIST_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors",
    "In the package {file}, checklist {checklist} version {version} differs from the one of the "
    "same version on this PC, so the two PCs would score on different items. Install the same "
    "NursingQC version as on the department's PC; nothing was imported.",
)
MSG_UNKNOWN_ITEM = QT_TRANSLATE_NOOP(
    "Errors", "Checklist {checklist} version {version} has no item {item}."
)
MSG_UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "Errors", "The sheet this item was found on is not on this PC; import the packages in order."
)
MSG_SHEET_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "This PC has another {phase} sheet of {ward} on {checklist} (by {inspector}); both are "
    "kept. Agree which one counts and delete the other on one PC.",
)
MSG_ITEM_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "This PC has another rectification item for the same finding; both are kept.",
)
MSG_PHOTO_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The package {file} lacks the photo {photo}, which one of its items lists: it was altered. "
    "Nothing was imported.",
)
MSG_NOT_OWN_SELF_CHECK = QT_TRANSLATE_NOOP(
    "Errors",
    "A ward PC sends new rectification items only from its own self-check; this one comes "
    "from an evaluation, which the department issues.",
)


Record = TypeVar("Record", SheetRecord, RectificationRecord)

#: The reasons a record here is refused with, which a receipt may carry back to its sender.
REASONS = frozenset(
    {
        MSG_UNKNOWN_CAMPAIGN,
        MSG_UNKNOWN_CHECKLIST,
        MSG_UNKNOWN_ITEM,
        MSG_UNKNOWN_SHEET,
        MSG_SHEET_TWICE,
        MSG_ITEM_TWICE,
        MSG_NOT_OWN_SELF_CHECK,
        MSG_NOT_IN_CAMPAIGN,
    }
)


@dataclass(frozen=True)
class Applied:
    """One record's line: what it is, what applying it did (or would do), and why not."""

    uid: str
    #: "sheet", "rectification" or "campaign": where a receipt's line finds its record.
    kind: str
    version: int
    what: Message
    decision: Decision


# -- reading rows as records ---------------------------------------------------------------------


def sheet_record(
    row: Inspection, ward_code: str, checklist: Checklist, campaign_uid: str
) -> SheetRecord:
    codes = {item.id: item.code for item in checklist.items}
    return SheetRecord(
        uid=row.uid,
        version=row.version,
        base_version=row.exchanged_version,
        campaign_uid=campaign_uid,
        ward_code=ward_code,
        checklist_code=checklist.code,
        checklist_version=checklist.version,
        phase=row.phase,
        inspector_name=row.inspector_name,
        inspected_on=row.inspected_on,
        status=row.status,
        submitted_at=row.submitted_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        entries=tuple(
            sorted(
                (
                    EntryRecord(
                        uid=result.uid,
                        item_code=codes[result.item_id],
                        deduction=result.deduction,
                        not_applicable=result.not_applicable,
                        veto_failed=result.veto_failed,
                        problem=result.problem,
                        nurse=result.nurse,
                    )
                    for result in row.results
                ),
                key=lambda entry: entry.item_code,
            )
        ),
    )


def photo_digest(jpeg: bytes) -> str:
    return hashlib.sha256(jpeg).hexdigest()


def photo_file(sha256: str) -> str:
    """The photo's name inside a package (``storage.exchange_package.PHOTO_NAME``)."""
    return f"photos/{sha256}.jpg"


def rectification_records(
    items: Iterable[RectificationItem],
    ward_code: str,
    inspection_uids: Mapping[int, str],
    campaign_uids: Mapping[int, str],
) -> tuple[list[RectificationRecord], dict[str, bytes]]:
    """The items as records, and their photos by file name (a photo two items share once)."""
    records = []
    photos: dict[str, bytes] = {}
    for item in items:
        records.append(
            rectification_record(
                item,
                ward_code,
                inspection_uids[item.inspection_id],
                campaign_uids[item.campaign_id],
            )
        )
        for photo in item.photos:
            photos[photo_file(photo_digest(photo.jpeg))] = photo.jpeg
    return records, photos


def rectification_record(
    row: RectificationItem, ward_code: str, inspection_uid: str, campaign_uid: str
) -> RectificationRecord:
    return RectificationRecord(
        uid=row.uid,
        version=row.version,
        base_version=row.exchanged_version,
        campaign_uid=campaign_uid,
        ward_code=ward_code,
        inspection_uid=inspection_uid,
        item_code=row.item_code,
        checklist_name=row.checklist_name,
        item_text=row.item_text,
        deduction=row.deduction,
        veto_failed=row.veto_failed,
        problem=row.problem,
        issued_on=row.issued_on,
        deadline=row.deadline,
        status=row.status,
        cause=row.cause,
        measure=row.measure,
        owner=row.owner,
        done_on=row.done_on,
        verified_by=row.verified_by,
        verified_on=row.verified_on,
        recheck_failed=row.recheck_failed,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        events=tuple(
            EventRecord(
                uid=event.uid,
                at=event.at,
                username=event.username,
                display_name=event.display_name,
                action=event.action,
                status_before=event.status_before,
                status_after=event.status_after,
                deadline_before=event.deadline_before,
                deadline_after=event.deadline_after,
                note=event.note,
            )
            for event in row.events
        ),
        photos=tuple(
            PhotoRecord(
                uid=photo.uid,
                sha256=photo_digest(photo.jpeg),
                file_name=photo.file_name,
                width=photo.width,
                height=photo.height,
                added_at=photo.added_at,
                added_by=photo.added_by,
                removed_at=photo.removed_at,
                removed_by=photo.removed_by,
                removed_reason=photo.removed_reason,
            )
            for photo in row.photos
        ),
    )


def campaign_record(campaign: Campaign, ward: Ward | None) -> CampaignRecord:
    link = next((link for link in campaign.wards if ward and link.ward_id == ward.id), None)
    return CampaignRecord(
        uid=campaign.uid,
        name=campaign.name,
        starts_on=campaign.starts_on,
        model_ward_count=campaign.model_ward_count,
        model_ward_threshold=campaign.model_ward_threshold,
        rectification_days=campaign.rectification_days,
        printed_hospital=campaign.printed_hospital,
        printed_code=link.printed_code if link else None,
        printed_name=link.printed_name if link else None,
        printed_head_nurse=link.printed_head_nurse if link else None,
        phases=tuple(
            PhaseRecord(
                kind=phase.kind, starts_on=phase.starts_on, ends_on=phase.ends_on, state=phase.state
            )
            for phase in campaign.phases
        ),
        checklists=tuple(
            CampaignChecklistRecord(
                code=link.checklist.code,
                version=link.checklist.version,
                weight=link.weight,
                position=link.position,
            )
            for link in campaign.checklists
        ),
    )


def checklist_record(row: Checklist) -> ChecklistRecord:
    return ChecklistRecord(
        code=row.code,
        version=row.version,
        name=row.name,
        max_points=row.max_points,
        is_current=row.is_current,
        items=tuple(
            ChecklistItemRecord(
                position=item.position,
                section_title=item.section_title,
                code=item.code,
                text=item.text,
                points=item.points,
                guide=item.guide,
                per_occurrence=item.per_occurrence,
                veto=item.veto,
            )
            for item in row.items
        ),
    )


# -- applying records ----------------------------------------------------------------------------


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


class RecordWriter:
    """Applies one package's records to this PC's rows, in the caller's transaction.

    ``from_department`` says who sent them (the ownership rules differ); ``locked`` holds the
    uids of the campaigns published here before the import began: records of those are refused,
    as any change of a published campaign is (rules §8.1), while the package that publishes a
    campaign still applies its last records first.
    """

    def __init__(
        self,
        session: Session,
        *,
        package: str,
        from_department: bool,
        ward: Ward,
        photos: Mapping[str, bytes],
        locked: frozenset[str],
    ) -> None:
        self._session = session
        self._package = package
        self._from_department = from_department
        self._ward = ward
        self._photos = photos
        self._locked = locked

    def _alone(self, apply: Callable[[Record], Decision], record: Record) -> Decision:
        """Applies one record in a savepoint: a record refused halfway leaves no row of it,
        while the package's other records still apply. A refusal of the whole package goes on
        up and rolls everything back."""
        savepoint = self._session.begin_nested()
        try:
            decision = apply(record)
        except ExchangeRefused:
            savepoint.rollback()
            raise
        except NursingQCError as error:
            savepoint.rollback()
            return _refused(error)
        if decision.change is RecordChange.REFUSED:
            savepoint.rollback()
        else:
            savepoint.commit()
        return decision

    # -- checklists and campaigns (the department's, on a ward PC) -----------------------------

    def checklist(self, record: ChecklistRecord) -> RecordChange:
        """The checklist version, stored here first if this PC lacks it (NEW); shipped files
        and the department's versions agree by code and version."""
        row = self._session.scalar(
            select(Checklist).where(
                Checklist.code == record.code, Checklist.version == record.version
            )
        )
        if row is not None:
            if replace(checklist_record(row), is_current=record.is_current) != record:
                raise ExchangeRefused(
                    MSG_CHECKLIST_DIFFERS,
                    file=self._package,
                    checklist=record.code,
                    version=record.version,
                )
            return RecordChange.UNCHANGED
        if record.is_current:
            for older in self._session.scalars(
                select(Checklist).where(Checklist.code == record.code)
            ):
                older.is_current = False
        row = Checklist(
            code=record.code,
            version=record.version,
            name=record.name,
            max_points=record.max_points,
            is_current=record.is_current,
        )
        for item in record.items:
            row.items.append(
                ChecklistItemRow(
                    position=item.position,
                    section_title=item.section_title,
                    code=item.code,
                    text=item.text,
                    points=item.points,
                    guide=item.guide,
                    per_occurrence=item.per_occurrence,
                    veto=item.veto,
                )
            )
        self._session.add(row)
        self._session.flush()
        return RecordChange.NEW

    def campaign(self, record: CampaignRecord) -> Applied:
        """The department's campaign as the ward PC keeps it: created, or its settings,
        phases and printed names brought up to the department's."""
        what = Message(MSG_WHAT_CAMPAIGN, {"campaign": record.name})
        campaign = self._session.scalar(
            select(Campaign)
            .where(Campaign.uid == record.uid)
            .options(selectinload(Campaign.phases), selectinload(Campaign.wards))
        )
        if campaign is not None and campaign_record(campaign, self._ward) == record:
            return Applied(record.uid, "campaign", 0, what, Decision(RecordChange.UNCHANGED))
        change = RecordChange.CHANGED
        if campaign is None:
            change = RecordChange.NEW
            campaign = Campaign(uid=record.uid)
            self._session.add(campaign)
        for field in ("name", "starts_on", "model_ward_count", "model_ward_threshold"):
            setattr(campaign, field, getattr(record, field))
        campaign.rectification_days = record.rectification_days
        campaign.printed_hospital = record.printed_hospital
        phases = {phase.kind: phase for phase in campaign.phases}
        for phase in record.phases:
            row = phases.get(phase.kind)
            if row is None:
                row = CampaignPhase(kind=phase.kind)
                campaign.phases.append(row)
            row.starts_on, row.ends_on, row.state = phase.starts_on, phase.ends_on, phase.state
        link = next((link for link in campaign.wards if link.ward_id == self._ward.id), None)
        if link is None:
            link = CampaignWard(ward_id=self._ward.id)
            campaign.wards.append(link)
        link.printed_code = record.printed_code
        link.printed_name = record.printed_name
        link.printed_head_nurse = record.printed_head_nurse
        self._session.flush()
        known = {
            row.checklist_id
            for row in self._session.scalars(
                select(CampaignChecklist).where(CampaignChecklist.campaign_id == campaign.id)
            )
        }
        for entry in record.checklists:
            checklist = self._session.scalar(
                select(Checklist).where(
                    Checklist.code == entry.code, Checklist.version == entry.version
                )
            )
            if checklist is None:
                raise NursingQCError(
                    MSG_UNKNOWN_CHECKLIST, checklist=entry.code, version=entry.version
                )
            if checklist.id not in known:
                self._session.add(
                    CampaignChecklist(
                        campaign_id=campaign.id,
                        checklist_id=checklist.id,
                        weight=entry.weight,
                        position=entry.position,
                    )
                )
        self._session.flush()
        return Applied(record.uid, "campaign", 0, what, Decision(change))

    def ranking(self, record: PublishedRankingRecord) -> Applied:
        """The department's published ranking, kept (or replaced) for the ward's result."""
        campaign = self._campaign_of(record.campaign_uid)
        what = Message(MSG_WHAT_RANKING, {"campaign": campaign.name})
        text = json.dumps(to_plain(record), ensure_ascii=False, sort_keys=True)
        row = self._session.scalar(
            select(PublishedRanking).where(PublishedRanking.campaign_id == campaign.id)
        )
        if row is not None and row.ranking == text:
            return Applied(
                record.campaign_uid, "ranking", 0, what, Decision(RecordChange.UNCHANGED)
            )
        change = RecordChange.CHANGED if row is not None else RecordChange.NEW
        if row is None:
            row = PublishedRanking(campaign_id=campaign.id)
            self._session.add(row)
        row.ranking = text
        self._session.flush()
        return Applied(record.campaign_uid, "ranking", 0, what, Decision(change))

    # -- conflicts -----------------------------------------------------------------------------

    def _keep_conflict(self, kind: str, record: SheetRecord | RectificationRecord) -> None:
        """The incoming version of a record both PCs changed, kept until someone on this PC
        resolves it (rules §14); a later package's version replaces an earlier one kept. Its
        photos this PC lacks are kept with it, for taking that version."""
        row: Inspection | RectificationItem | None
        if isinstance(record, SheetRecord):
            row = self._session.scalar(select(Inspection).where(Inspection.uid == record.uid))
        else:
            row = self._session.scalar(
                select(RectificationItem).where(RectificationItem.uid == record.uid)
            )
        assert row is not None  # a conflict is with a record held here
        conflict = self._session.scalar(
            select(ExchangeConflict).where(ExchangeConflict.uid == record.uid)
        )
        if conflict is None:
            conflict = ExchangeConflict(uid=record.uid, kind=kind)
            self._session.add(conflict)
        conflict.ward_id = row.ward_id
        conflict.campaign_id = row.campaign_id
        conflict.package = Path(self._package).name
        conflict.received_at = datetime.now(UTC)
        conflict.their_version = record.version
        conflict.their_author = record.updated_by
        conflict.record = json.dumps(to_plain(record), ensure_ascii=False, sort_keys=True)
        conflict.photos.clear()
        if isinstance(record, RectificationRecord):
            held = set(
                self._session.scalars(
                    select(RectificationPhoto.uid).where(RectificationPhoto.item_id == row.id)
                )
            )
            for photo in record.photos:
                jpeg = self._photos.get(photo_file(photo.sha256))
                if photo.uid not in held and jpeg is not None:
                    conflict.photos.append(ExchangeConflictPhoto(sha256=photo.sha256, jpeg=jpeg))
        self._session.flush()

    def resolve_sheet(
        self, theirs: SheetRecord, keep_ours: bool, author: str, now: datetime
    ) -> tuple[int, int]:
        """Settles a sheet in conflict with ``theirs``: takes it, or keeps this PC's
        (``_chosen``). Either way the sheet gets a version above both, made on theirs, so the
        next package takes it to the other PC as a change it builds on (rules §14). Returns
        the versions before and after."""
        row = self._session.scalars(
            select(Inspection)
            .where(Inspection.uid == theirs.uid)
            .options(selectinload(Inspection.results))
        ).one()
        campaign = self._session.get_one(Campaign, row.campaign_id)
        require_unlocked_campaign(campaign)
        checklist = self._checklist_by_id(row.checklist_id)
        ours = sheet_record(row, self._ward.code, checklist, campaign.uid)
        chosen = _chosen(ours, theirs, keep_ours, not self._from_department, False)
        before = row.version
        self._write_sheet(row, chosen, checklist)
        _resolved(row, before, theirs.version, author, now)
        self._session.flush()
        return before, row.version

    def resolve_rectification(
        self, theirs: RectificationRecord, keep_ours: bool, author: str, now: datetime
    ) -> tuple[int, int]:
        """As ``resolve_sheet``, for a rectification item."""
        row = self._session.scalars(
            select(RectificationItem)
            .where(RectificationItem.uid == theirs.uid)
            .options(selectinload(RectificationItem.events), selectinload(RectificationItem.photos))
        ).one()
        inspection = self._session.get_one(Inspection, row.inspection_id)
        campaign = self._session.get_one(Campaign, row.campaign_id)
        require_unlocked_campaign(campaign)
        ours = rectification_record(row, self._ward.code, inspection.uid, campaign.uid)
        ward_finding = inspection.phase is PhaseKind.SELF_CHECK
        chosen = _chosen(ours, theirs, keep_ours, not self._from_department, ward_finding)
        before = row.version
        self._write_rectification(row, chosen)
        _resolved(row, before, theirs.version, author, now)
        self._session.flush()
        return before, row.version

    # -- sheets --------------------------------------------------------------------------------

    def _campaign_of(self, uid: str) -> Campaign:
        campaign = self._session.scalar(
            select(Campaign).where(Campaign.uid == uid).options(selectinload(Campaign.phases))
        )
        if campaign is None:
            raise NursingQCError(MSG_UNKNOWN_CAMPAIGN)
        return campaign

    def _require_own(self, row: Inspection | RectificationItem | None, ward_code: str) -> None:
        """A record found by its id must be the package's ward's: an id names one record on
        every PC, and another ward's is never the sender's to change."""
        if row is not None and row.ward_id != self._ward.id:
            raise NursingQCError(
                MSG_OTHER_WARDS_RECORD, ward=ward_code, package_ward=self._ward.code
            )

    def _require_part_of(self, campaign: Campaign, checklist: Checklist) -> None:
        """The ward and the checklist take part in the campaign here."""
        linked = self._session.scalar(
            select(func.count())
            .select_from(CampaignChecklist)
            .join(CampaignWard, CampaignWard.campaign_id == CampaignChecklist.campaign_id)
            .where(
                CampaignChecklist.campaign_id == campaign.id,
                CampaignChecklist.checklist_id == checklist.id,
                CampaignWard.ward_id == self._ward.id,
            )
        )
        if not linked:
            raise NursingQCError(
                MSG_NOT_IN_CAMPAIGN, ward=self._ward.code, checklist=checklist.code
            )

    def _require_unlocked(self, campaign: Campaign) -> None:
        """A record that would change a campaign published here is refused; one it holds
        already unchanged is not (the department's packages list them again)."""
        if campaign.uid in self._locked:
            require_unlocked_campaign(campaign)

    def _checklist_by_id(self, checklist_id: int) -> Checklist:
        return self._session.scalars(
            select(Checklist)
            .where(Checklist.id == checklist_id)
            .options(selectinload(Checklist.items))
        ).one()

    def _checklist_of(self, code: str, version: int) -> Checklist:
        checklist = self._session.scalar(
            select(Checklist)
            .where(Checklist.code == code, Checklist.version == version)
            .options(selectinload(Checklist.items))
        )
        if checklist is None:
            raise NursingQCError(MSG_UNKNOWN_CHECKLIST, checklist=code, version=version)
        return checklist

    def sheet(self, record: SheetRecord) -> Applied:
        what = sheet_what(
            self._session,
            record.checklist_code,
            record.checklist_version,
            record.phase,
            record.inspector_name,
        )
        decision = self._alone(self._sheet, record)
        if is_conflict(decision):
            self._keep_conflict("sheet", record)
        return Applied(record.uid, "sheet", record.version, what, decision)

    def _sheet(self, record: SheetRecord) -> Decision:
        row = self._session.scalar(
            select(Inspection)
            .where(Inspection.uid == record.uid)
            .options(selectinload(Inspection.results))
        )
        self._require_own(row, record.ward_code)
        held_record: SheetRecord | None = None
        if row is None:
            campaign = self._campaign_of(record.campaign_uid)
            checklist = self._checklist_of(record.checklist_code, record.checklist_version)
            self._require_part_of(campaign, checklist)
        else:
            # The row says what the sheet is: its campaign (and so the lock), its checklist
            # and its phase (and so who owns it), never what the record claims.
            campaign = self._session.get_one(Campaign, row.campaign_id)
            checklist = self._checklist_by_id(row.checklist_id)
            held_record = sheet_record(row, self._ward.code, checklist, campaign.uid)
            moved = moved_refusal(record, held_record)
            if moved is not None:
                return Decision(RecordChange.REFUSED, moved)
        decision = decide(
            record.version, record.base_version, record.updated_by, _held(row, held_record, record)
        )
        if (
            decision.change is RecordChange.UNCHANGED
            and row is not None
            and decision.reason is None
        ):
            _same_here(row, record.version)
        if is_conflict(decision):
            # Kept for resolving unless its campaign is published here. Resolving takes from
            # it only what its sender may change (``kept_ours``): it is not judged against
            # this PC's version, which the other PC has not seen.
            self._require_unlocked(campaign)
            return decision
        if not decision.applies:
            return decision
        self._require_unlocked(campaign)
        refusal = sheet_refusal(record, held_record, self._from_department)
        if refusal is not None:
            return Decision(RecordChange.REFUSED, refusal)
        if row is None:
            other = self._same_sheet(campaign, checklist, record)
            if other is not None:
                return Decision(
                    RecordChange.REFUSED,
                    Message(
                        MSG_SHEET_TWICE,
                        {
                            "phase": record.phase.chinese_name,
                            "ward": record.ward_code,
                            "checklist": checklist.name,
                            "inspector": other.inspector_name,
                        },
                    ),
                )
            row = Inspection(
                uid=record.uid,
                campaign_id=campaign.id,
                phase=record.phase,
                ward_id=self._ward.id,
                checklist_id=checklist.id,
            )
            self._session.add(row)
        self._write_sheet(row, record, checklist)
        return decision

    def _same_sheet(
        self, campaign: Campaign, checklist: Checklist, record: SheetRecord
    ) -> Inspection | None:
        """A sheet here with another uid that the database's unique indexes say is the same."""
        query = select(Inspection).where(
            Inspection.campaign_id == campaign.id,
            Inspection.phase == record.phase,
            Inspection.ward_id == self._ward.id,
            Inspection.checklist_id == checklist.id,
        )
        if record.phase is PhaseKind.EVALUATION:
            query = query.where(
                Inspection.inspector_name == record.inspector_name,
                Inspection.inspected_on == record.inspected_on,
            )
        return self._session.scalar(query.limit(1))

    def _write_sheet(self, row: Inspection, record: SheetRecord, checklist: Checklist) -> None:
        item_ids = {item.code: item.id for item in checklist.items}
        for entry in record.entries:
            if entry.item_code not in item_ids:
                raise NursingQCError(
                    MSG_UNKNOWN_ITEM,
                    checklist=checklist.code,
                    version=checklist.version,
                    item=entry.item_code,
                )
        row.inspector_name = record.inspector_name
        row.inspected_on = record.inspected_on
        row.status = record.status
        row.submitted_at = _utc(record.submitted_at)
        row.updated_at = _utc(record.updated_at) or row.updated_at
        row.updated_by = record.updated_by
        row.version = row.exchanged_version = record.version
        by_item = {result.item_id: result for result in row.results}
        for entry in record.entries:
            result = by_item.pop(item_ids[entry.item_code], None)
            if result is None:
                result = ItemResult(item_id=item_ids[entry.item_code], uid=entry.uid)
                row.results.append(result)
            result.uid = entry.uid
            result.deduction = entry.deduction
            result.not_applicable = entry.not_applicable
            result.veto_failed = entry.veto_failed
            result.problem = entry.problem
            result.nurse = entry.nurse
        for leftover in by_item.values():
            row.results.remove(leftover)
        self._session.flush()

    # -- rectification items -------------------------------------------------------------------

    def rectification(self, record: RectificationRecord) -> Applied:
        what = item_what(record.item_code, record.problem)
        decision = self._alone(self._rectification, record)
        if is_conflict(decision):
            self._keep_conflict("rectification", record)
        return Applied(record.uid, "rectification", record.version, what, decision)

    def _rectification(self, record: RectificationRecord) -> Decision:
        row = self._session.scalar(
            select(RectificationItem)
            .where(RectificationItem.uid == record.uid)
            .options(selectinload(RectificationItem.events), selectinload(RectificationItem.photos))
        )
        self._require_own(row, record.ward_code)
        if row is None:
            inspection = self._session.scalar(
                select(Inspection).where(Inspection.uid == record.inspection_uid)
            )
            if inspection is None:
                raise NursingQCError(MSG_UNKNOWN_SHEET)
            self._require_own(inspection, record.ward_code)
        else:
            # The item's own sheet decides whose finding it is, never the sheet it names.
            inspection = self._session.get_one(Inspection, row.inspection_id)
        # An item belongs to its sheet's campaign, whichever the record names (the lock).
        campaign = self._session.get_one(Campaign, inspection.campaign_id)
        held_record = (
            rectification_record(row, self._ward.code, inspection.uid, campaign.uid)
            if row is not None
            else None
        )
        moved = moved_refusal(
            record,
            held_record or replace(record, campaign_uid=campaign.uid, ward_code=self._ward.code),
        )
        if moved is not None:
            return Decision(RecordChange.REFUSED, moved)
        decision = decide(
            record.version, record.base_version, record.updated_by, _held(row, held_record, record)
        )
        if (
            decision.change is RecordChange.UNCHANGED
            and row is not None
            and decision.reason is None
        ):
            _same_here(row, record.version)
        if is_conflict(decision):
            # Kept for resolving unless its campaign is published here. Resolving takes from
            # it only what its sender may change (``kept_ours``): it is not judged against
            # this PC's version, which the other PC has not seen.
            self._require_unlocked(campaign)
            return decision
        if not decision.applies:
            return decision
        self._require_unlocked(campaign)
        ward_finding = inspection.phase is PhaseKind.SELF_CHECK
        if row is None and not self._from_department and not ward_finding:
            return Decision(RecordChange.REFUSED, Message(MSG_NOT_OWN_SELF_CHECK))
        refusal = rectification_refusal(record, held_record, self._from_department, ward_finding)
        if refusal is not None:
            return Decision(RecordChange.REFUSED, refusal)
        checklist_item_id = self._session.scalar(
            select(ChecklistItemRow.id).where(
                ChecklistItemRow.checklist_id == inspection.checklist_id,
                ChecklistItemRow.code == record.item_code,
            )
        )
        if checklist_item_id is None:
            raise NursingQCError(
                MSG_UNKNOWN_ITEM, checklist=record.checklist_name, version="", item=record.item_code
            )
        if row is None:
            other = self._session.scalar(
                select(RectificationItem.id).where(
                    RectificationItem.inspection_id == inspection.id,
                    RectificationItem.checklist_item_id == checklist_item_id,
                )
            )
            if other is not None:
                return Decision(RecordChange.REFUSED, Message(MSG_ITEM_TWICE))
            row = RectificationItem(
                uid=record.uid,
                campaign_id=campaign.id,
                ward_id=self._ward.id,
                inspection_id=inspection.id,
                checklist_item_id=checklist_item_id,
            )
            self._session.add(row)
        self._write_rectification(row, record)
        return decision

    def _write_rectification(self, row: RectificationItem, record: RectificationRecord) -> None:
        for field in (
            "item_code",
            "checklist_name",
            "item_text",
            "deduction",
            "veto_failed",
            "problem",
            "issued_on",
            "deadline",
            "status",
            "cause",
            "measure",
            "owner",
            "done_on",
            "verified_by",
            "verified_on",
            "recheck_failed",
            "updated_by",
        ):
            setattr(row, field, getattr(record, field))
        row.updated_at = record.updated_at.astimezone(UTC)
        row.version = row.exchanged_version = record.version
        # History is only ever added to: a line either PC wrote stays.
        known = {event.uid for event in row.events}
        for event in record.events:
            if event.uid not in known:
                row.events.append(
                    RectificationEvent(
                        uid=event.uid,
                        at=event.at.astimezone(UTC),
                        username=event.username,
                        display_name=event.display_name,
                        action=event.action,
                        status_before=event.status_before,
                        status_after=event.status_after,
                        deadline_before=event.deadline_before,
                        deadline_after=event.deadline_after,
                        note=event.note,
                    )
                )
        photos = {photo.uid: photo for photo in row.photos}
        for photo in record.photos:
            stored = photos.get(photo.uid)
            if stored is None:
                jpeg = self._photos.get(photo_file(photo.sha256))
                if jpeg is None:
                    raise ExchangeRefused(
                        MSG_PHOTO_MISSING, file=self._package, photo=photo_file(photo.sha256)
                    )
                stored = RectificationPhoto(
                    uid=photo.uid,
                    file_name=photo.file_name,
                    jpeg=jpeg,
                    width=photo.width,
                    height=photo.height,
                    added_at=photo.added_at.astimezone(UTC),
                    added_by=photo.added_by,
                )
                row.photos.append(stored)
            stored.removed_at = _utc(photo.removed_at)
            stored.removed_by = photo.removed_by
            stored.removed_reason = photo.removed_reason
        self._session.flush()


def _held(
    row: Inspection | RectificationItem | None,
    held: SheetRecord | RectificationRecord | None,
    record: SheetRecord | RectificationRecord,
) -> Held | None:
    if row is None or held is None:
        return None
    return Held(
        row.version, row.exchanged_version, row.updated_by, content(held) == content(record)
    )


def is_conflict(decision: Decision) -> bool:
    """Both PCs changed the record since their last exchange (``decide``)."""
    return decision.reason is not None and decision.reason.template == MSG_BOTH_CHANGED


def _chosen(
    ours: Record, theirs: Record, keep_ours: bool, department: bool, ward_finding: bool
) -> Record:
    """The version a resolved record takes: the chosen side's, but what only one PC decides
    always that PC's (``kept_ours``), so that neither choice lets a PC change what it does not
    own and the other PC takes the result."""
    if keep_ours:
        return kept_ours(ours, theirs, department, ward_finding)
    return kept_ours(theirs, ours, not department, ward_finding)


def _same_here(row: Inspection | RectificationItem, version: int) -> None:
    """The other PC holds the same content at ``version``: exchanged at it. The row takes the
    version too if it is higher, so that its next change here is above what was exchanged
    and is sent."""
    row.version = max(row.version, version)
    row.exchanged_version = max(row.exchanged_version, version)


def _resolved(
    row: Inspection | RectificationItem, before: int, theirs: int, author: str, now: datetime
) -> None:
    """A resolved record: above both versions and made on theirs, so the other PC takes it
    (its own version is the base) and this one sends it (it is above what was exchanged)."""
    row.version = max(before, theirs) + 1
    row.exchanged_version = theirs
    row.updated_by = author
    row.updated_at = now


def _refused(error: NursingQCError) -> Decision:
    return Decision(RecordChange.REFUSED, Message(error.template, dict(error.params)))


def sheet_what(
    session: Session, checklist_code: str, version: int, phase: PhaseKind, inspector: str
) -> Message:
    """A score sheet in words. A checklist this PC does not have yet (the line is refused for
    that reason) can only be named by its code."""
    name = session.scalar(
        select(Checklist.name).where(Checklist.code == checklist_code, Checklist.version == version)
    )
    return Message(
        MSG_WHAT_SHEET,
        {
            "checklist": name or checklist_code,
            "phase": phase.chinese_name,
            "inspector": inspector,
        },
    )


def item_what(item_code: str, problem: str) -> Message:
    return Message(MSG_WHAT_ITEM, {"item": item_code, "problem": problem[:40]})
