"""The tables of a hospital's NursingQC database (SQLAlchemy 2 typed models)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from nursingqc.domain.accounts import Role
from nursingqc.domain.awards import NominationStatus
from nursingqc.domain.campaign_settings import DEFAULT_SETTINGS
from nursingqc.domain.rectification import RectificationAction, RectificationStatus
from nursingqc.domain.workflow import PhaseKind, PhaseState, SheetStatus


class Tenths(TypeDecorator[Decimal]):
    """Points and deductions, exact to 0.1, stored as whole tenths so no float ever touches them."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        if value is None:
            return None
        tenths = Decimal(value) * 10
        if tenths != tenths.to_integral_value():
            raise ValueError(f"{value} is not a multiple of 0.1")
        return int(tenths)

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-1)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, stored as naive UTC (what SQLite's CURRENT_TIMESTAMP writes) and read back aware.

    The UI shows it in the PC's local time; storing UTC keeps a ward PC and the department PC in
    different time settings (or a clock change) from reordering the audit log.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"{value} has no time zone; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _enum(enum_class: type, name: str | None = None) -> Enum:
    # Store the enum's value ("self_check"), not its Python name, and keep a CHECK constraint.
    # ``name`` names that constraint when one table has two columns of the same enum: PostgreSQL
    # wants a table's constraint names unique (SQLite does not care).
    return Enum(
        enum_class,
        name=name,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,
        length=20,
    )


class Base(DeclarativeBase):
    pass


def new_uid() -> str:
    """A stable id (UUID) for a record that travels in exchange packages: the same record on
    the department PC and a ward PC, whatever its row id on each (rules §14)."""
    return str(uuid.uuid4())


def _uid_column() -> Mapped[str]:
    # The server default only lets the migration add the column to filled tables; it fills
    # every existing row with a UUID before the unique index is made.
    return mapped_column(String(36), default=new_uid, server_default="")


class Hospital(Base):
    """医院: one per database; its name heads every document."""

    __tablename__ = "hospital"
    __table_args__ = (Index("uq_hospital_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )
    #: The hospital's id in exchange packages: a package of another hospital is refused.
    uid: Mapped[str] = _uid_column()


class ExchangeIdentity(Base):
    """This PC in the exchange (rules §14); no row: unenrolled (one PC or a server for all).

    "department" once it enrolled a ward PC, "ward" once a setup package made it one ward's PC.
    """

    __tablename__ = "exchange_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    #: "department", or the ward PC's UUID given at its enrolment.
    pc_id: Mapped[str] = mapped_column(String(36))
    #: The ward of a ward PC; None on the department's.
    ward_id: Mapped[int | None] = mapped_column(ForeignKey("wards.id"))


class ExchangePeer(Base):
    """交换对象: a PC this one exchanges packages with, and how far the exchange has gone.

    On the department PC one row per enrolled ward PC; on a ward PC one row, the department.
    ``last_sent`` and ``last_received`` are the sequence numbers of the newest package each way:
    an older package than the last one imported is refused, the same one again changes nothing.
    Receipts take their numbers from ``last_sent`` too but are not in that order (rules §14).
    """

    __tablename__ = "exchange_peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    pc_id: Mapped[str] = mapped_column(String(36), unique=True)
    #: The ward the PC serves (department side); None for the department (ward side).
    ward_id: Mapped[int | None] = mapped_column(ForeignKey("wards.id"))
    #: The raw Ed25519 public key its packages are checked with.
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_received: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The SHA-256 of the manifest of the package ``last_received`` came in, to tell the same
    #: package imported again from another one with a reused number.
    received_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")

    ward: Mapped[Ward | None] = relationship()


class Ward(Base):
    """病区: a ward taking part in campaigns, known by its code (e.g. NK01)."""

    __tablename__ = "wards"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    head_nurse_name: Mapped[str] = mapped_column(String(50), default="")
    beds: Mapped[int | None] = mapped_column(Integer)
    group_name: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    """账户: someone who logs in; a head nurse is bound to her ward."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[Role] = mapped_column(_enum(Role))
    ward_id: Mapped[int | None] = mapped_column(ForeignKey("wards.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )
    #: Wrong passwords in a row since the last successful log-in.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: After too many wrong passwords the account waits until then (an admin can unlock it).
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: A first or reset password is known to whoever made it; its owner replaces it at log-in.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )

    ward: Mapped[Ward | None] = relationship()


class Checklist(Base):
    """检查表 (one version): past inspections keep the version they were scored on."""

    __tablename__ = "checklists"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    max_points: Mapped[Decimal] = mapped_column(Tenths)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )

    items: Mapped[list[ChecklistItemRow]] = relationship(
        back_populates="checklist",
        order_by="ChecklistItemRow.position",
        cascade="all, delete-orphan",
    )


class ChecklistItemRow(Base):
    """检查条目 of one checklist version, with the section it is shown under."""

    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("checklist_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    section_title: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    points: Mapped[Decimal] = mapped_column(Tenths)
    guide: Mapped[str] = mapped_column(Text, default="")
    per_occurrence: Mapped[Decimal | None] = mapped_column(Tenths)
    veto: Mapped[bool] = mapped_column(Boolean, default=False)

    checklist: Mapped[Checklist] = relationship(back_populates="items")


class Campaign(Base):
    """活动月: the four-week campaign with its wards, checklists and award settings."""

    __tablename__ = "campaigns"
    __table_args__ = (Index("uq_campaigns_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[date] = mapped_column(Date)
    model_ward_count: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_SETTINGS.model_ward_count
    )
    model_ward_threshold: Mapped[Decimal] = mapped_column(
        Tenths, default=DEFAULT_SETTINGS.model_ward_threshold
    )
    rectification_days: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_SETTINGS.rectification_days
    )
    #: The hospital's name as the published campaign's documents print it (see CampaignWard).
    printed_hospital: Mapped[str | None] = mapped_column(String(100), default=None)
    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )
    uid: Mapped[str] = _uid_column()

    phases: Mapped[list[CampaignPhase]] = relationship(
        order_by="CampaignPhase.starts_on", cascade="all, delete-orphan"
    )
    wards: Mapped[list[CampaignWard]] = relationship(cascade="all, delete-orphan")
    checklists: Mapped[list[CampaignChecklist]] = relationship(
        order_by="CampaignChecklist.position", cascade="all, delete-orphan"
    )


class CampaignPhase(Base):
    """阶段 of a campaign, with editable dates and its state."""

    __tablename__ = "campaign_phases"
    __table_args__ = (UniqueConstraint("campaign_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    kind: Mapped[PhaseKind] = mapped_column(_enum(PhaseKind))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    state: Mapped[PhaseState] = mapped_column(_enum(PhaseState), default=PhaseState.NOT_STARTED)


class CampaignWard(Base):
    """A ward taking part in a campaign."""

    __tablename__ = "campaign_wards"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"), primary_key=True)
    #: The ward's code, name and head nurse as the campaign's documents print them once it is
    #: published (发布), so renaming or re-importing the ward later changes nothing printed;
    #: empty while the campaign is not published (docs/decisions.md, "Published names").
    printed_code: Mapped[str | None] = mapped_column(String(20), default=None)
    printed_name: Mapped[str | None] = mapped_column(String(100), default=None)
    printed_head_nurse: Mapped[str | None] = mapped_column(String(50), default=None)

    ward: Mapped[Ward] = relationship()


class CampaignChecklist(Base):
    """A checklist version used by a campaign, with its weight in the ward total."""

    __tablename__ = "campaign_checklists"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id"), primary_key=True)
    weight: Mapped[Decimal] = mapped_column(Tenths, default=Decimal(1))
    position: Mapped[int] = mapped_column(Integer)

    checklist: Mapped[Checklist] = relationship()


_SELF_CHECK = f"phase = '{PhaseKind.SELF_CHECK.value}'"
_EVALUATION = f"phase = '{PhaseKind.EVALUATION.value}'"


class Inspection(Base):
    """检查: one scoring of one ward on one checklist in one phase; a draft until submitted.

    A ward has one self-check sheet per checklist and campaign; in the evaluation any number, one
    per inspector and day. ``version`` grows with every save, so a save made on a sheet someone
    else saved since it was opened is refused instead of overwriting their entries.
    """

    __tablename__ = "inspections"
    __table_args__ = (
        Index("ix_inspections_sheet", "campaign_id", "phase", "ward_id", "checklist_id"),
        Index(
            "uq_inspections_self_check",
            "campaign_id",
            "ward_id",
            "checklist_id",
            unique=True,
            sqlite_where=text(_SELF_CHECK),
            postgresql_where=text(_SELF_CHECK),
        ),
        Index(
            "uq_inspections_evaluation",
            "campaign_id",
            "ward_id",
            "checklist_id",
            "inspector_name",
            "inspected_on",
            unique=True,
            sqlite_where=text(_EVALUATION),
            postgresql_where=text(_EVALUATION),
        ),
        Index("uq_inspections_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    phase: Mapped[PhaseKind] = mapped_column(_enum(PhaseKind))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id"))
    inspector_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    inspector_name: Mapped[str] = mapped_column(String(50))
    inspected_on: Mapped[date] = mapped_column(Date)
    status: Mapped[SheetStatus] = mapped_column(_enum(SheetStatus), default=SheetStatus.DRAFT)
    created_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, server_default=func.current_timestamp()
    )
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: The display name of whoever saved last, for "changed by … since you opened it".
    updated_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
    uid: Mapped[str] = _uid_column()
    #: The version both PCs had at the last exchange of this sheet (0: never exchanged); a
    #: version above it is a change made here since (rules §14).
    exchanged_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    results: Mapped[list[ItemResult]] = relationship(cascade="all, delete-orphan")


class ItemResult(Base):
    """The entry for one item of an inspection; an item without a row is not scored yet."""

    __tablename__ = "item_results"
    __table_args__ = (
        UniqueConstraint("inspection_id", "item_id"),
        Index("uq_item_results_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id"))
    deduction: Mapped[Decimal] = mapped_column(Tenths, default=Decimal(0))
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    veto_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(Text, default="")
    #: 涉及护士: the nurse a deduction concerns, if the inspector names one.
    nurse: Mapped[str] = mapped_column(String(50), default="", server_default="")
    uid: Mapped[str] = _uid_column()

    item: Mapped[ChecklistItemRow] = relationship()


class AuditEntry(Base):
    """审计日志: who changed what, when, from what to what, and why."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.current_timestamp())
    username: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class RectificationItem(Base):
    """整改项: one problem a ward must fix and have re-checked, with a snapshot of the finding."""

    __tablename__ = "rectification_items"
    __table_args__ = (
        UniqueConstraint("inspection_id", "checklist_item_id"),
        Index("ix_rectification_items_ward", "campaign_id", "ward_id", "status"),
        Index("uq_rectification_items_uid", "uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    checklist_item_id: Mapped[int] = mapped_column(ForeignKey("checklist_items.id"))
    checklist_name: Mapped[str] = mapped_column(String(100))
    item_code: Mapped[str] = mapped_column(String(30))
    item_text: Mapped[str] = mapped_column(Text)
    deduction: Mapped[Decimal] = mapped_column(Tenths)
    veto_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[RectificationStatus] = mapped_column(_enum(RectificationStatus))
    cause: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(50), default="")
    done_on: Mapped[date | None] = mapped_column(Date)
    verified_by: Mapped[str] = mapped_column(String(50), default="")
    verified_on: Mapped[date | None] = mapped_column(Date)
    #: 复查未通过: the reason of the last re-check that sent the item back, until the ward
    #: answers again ("" otherwise).
    recheck_failed: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(50), default="")
    uid: Mapped[str] = _uid_column()
    #: As on inspections: the version both PCs had at the last exchange of this item.
    exchanged_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    events: Mapped[list[RectificationEvent]] = relationship(
        order_by="RectificationEvent.id", cascade="all, delete-orphan"
    )
    photos: Mapped[list[RectificationPhoto]] = relationship(
        order_by="RectificationPhoto.id", cascade="all, delete-orphan"
    )
    #: The inspection that found the problem (its phase and inspector say where it came from);
    #: loaded with the item where it is shown, never one query per item of a list.
    inspection: Mapped[Inspection] = relationship(lazy="raise")


class RectificationEvent(Base):
    """One line of an item's history: who did what, when, with the status and deadline moves."""

    __tablename__ = "rectification_events"
    __table_args__ = (Index("uq_rectification_events_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("rectification_items.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    username: Mapped[str] = mapped_column(String(50))
    display_name: Mapped[str] = mapped_column(String(50))
    action: Mapped[RectificationAction] = mapped_column(_enum(RectificationAction))
    status_before: Mapped[RectificationStatus | None] = mapped_column(_enum(RectificationStatus))
    status_after: Mapped[RectificationStatus] = mapped_column(
        _enum(RectificationStatus, "rectificationstatus_after")
    )
    deadline_before: Mapped[date | None] = mapped_column(Date)
    deadline_after: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    uid: Mapped[str] = _uid_column()


class RectificationPhoto(Base):
    """整改照片: evidence, stored scaled down in the database so that a backup holds everything."""

    __tablename__ = "rectification_photos"
    __table_args__ = (Index("uq_rectification_photos_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("rectification_items.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(200))
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(50))
    #: A photo removed (the wrong one, a patient's face) leaves the ward's view and the notice
    #: but stays for the department, with who removed it, when and why.
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    removed_by: Mapped[str] = mapped_column(String(50), default="", server_default="")
    removed_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    uid: Mapped[str] = _uid_column()


class ModelWardDecision(Base):
    """示范病房 as the department confirmed them: a row per ward chosen or struck from the proposal.

    The ranking rules propose model wards; this table holds the admin's confirmation, so the
    proposal can change later (a reopened sheet) without silently changing what was decided.
    ``reason`` is the written reason given when the choice differed from that moment's proposal.
    """

    __tablename__ = "award_decisions"
    __table_args__ = (UniqueConstraint("campaign_id", "ward_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    #: True: confirmed as a model ward; False: proposed by the rules but struck by the admin.
    model_ward: Mapped[bool] = mapped_column(Boolean)
    proposed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(50))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Nomination(Base):
    """优秀护士 nomination: a head nurse puts forward a nurse of her ward; the department rules."""

    __tablename__ = "nominations"
    __table_args__ = (Index("ix_nominations_campaign", "campaign_id", "ward_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    nurse_name: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    nominated_by: Mapped[str] = mapped_column(String(50))
    nominated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[NominationStatus] = mapped_column(
        _enum(NominationStatus), default=NominationStatus.PENDING
    )
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(50), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SummaryNote(Base):
    """总结 text of a campaign: the department's cause analysis, conclusions and next PDCA steps.

    ``version`` grows with every save, so a save written on an older version is refused instead
    of overwriting someone else's words. ``draft`` marks an autosave (草稿): the page writes one
    a moment after each pause in typing, so only the department's own saves go to the audit log
    with their before and after — the autosaves would fill it with copies of the whole text.
    """

    __tablename__ = "summary_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), unique=True
    )
    cause_analysis: Mapped[str] = mapped_column(Text, default="")
    conclusions: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = mapped_column(String(50), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class PublishedRanking(Base):
    """排名 as the department published it, kept by a ward PC (rules §14): the PC holds its own
    ward only and so cannot rank the hospital's wards itself. ``ranking`` is the JSON of a
    ``domain.exchange_records.PublishedRankingRecord``."""

    __tablename__ = "published_rankings"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), unique=True
    )
    ranking: Mapped[str] = mapped_column(Text)


class ExchangeConflict(Base):
    """冲突: a sheet or rectification item both PCs changed since their last exchange, with the
    other PC's version kept here (rules §14) until someone on this PC takes it or keeps this
    PC's own; ``record`` is the JSON of its ``domain.exchange_records`` record as it came.
    One per record: a later package's version of it replaces the one kept."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    #: "sheet" or "rectification".
    kind: Mapped[str] = mapped_column(String(20))
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    package: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    their_version: Mapped[int] = mapped_column(Integer)
    their_author: Mapped[str] = mapped_column(String(50))
    record: Mapped[str] = mapped_column(Text)

    photos: Mapped[list[ExchangeConflictPhoto]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ExchangeConflictPhoto(Base):
    """A photo of a kept conflict's record that this PC lacks, for taking that version."""

    __tablename__ = "exchange_conflict_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    conflict_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_conflicts.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64))
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
