"""安装包: what the department puts in a ward PC's setup package, and what importing it on a
fresh PC makes of that PC (rules §14).

The package holds the hospital (its id and name), the ward, its accounts with their password
hashes (her password works on the ward PC), every checklist version its campaigns use, the
campaigns still open, the ward PC's id and its own private key, and the department's public key
that every later package from the department is checked with.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, PermissionDenied
from nursingqc.domain.exchange import DEPARTMENT_PC, PreviewLine, RecordChange
from nursingqc.domain.exchange_records import (
    RECORDS_VERSION,
    AccountRecord,
    SetupRecord,
    WardRecord,
)
from nursingqc.domain.workflow import PhaseKind, is_published
from nursingqc.services.exchange_rows import (
    RecordWriter,
    campaign_record,
    checklist_record,
)
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    CampaignWard,
    Checklist,
    ExchangeIdentity,
    ExchangePeer,
    Hospital,
    User,
    Ward,
)

#: setup.json: the setup package's one document.
SETUP_DOCUMENT = "setup.json"

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "A setup package prepares a new ward PC; this database already has accounts or data. "
    "Import it into a new database (or a newly installed program); nothing was imported.",
)
MSG_WHAT_SETUP = QT_TRANSLATE_NOOP("Errors", "This PC becomes the PC of {name} of {hospital}")
MSG_WHAT_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "Account {username} ({name})")
MSG_WHAT_CHECKLIST = QT_TRANSLATE_NOOP("Errors", "Checklist {name} (version {version})")


def open_campaigns(session: Session, ward: Ward) -> list[Campaign]:
    """The campaigns the ward takes part in that are not published yet, oldest first."""
    campaigns = session.scalars(
        select(Campaign)
        .join(CampaignWard, CampaignWard.campaign_id == Campaign.id)
        .where(CampaignWard.ward_id == ward.id)
        .options(
            selectinload(Campaign.phases),
            selectinload(Campaign.wards),
            selectinload(Campaign.checklists).selectinload(CampaignChecklist.checklist),
        )
        .order_by(Campaign.starts_on, Campaign.id)
    )
    return [
        campaign
        for campaign in campaigns
        if not is_published(next(p for p in campaign.phases if p.kind is PhaseKind.SUMMARY).state)
    ]


def checklists_of(session: Session, campaigns: list[Campaign]) -> list[Checklist]:
    """The checklist versions the campaigns use, and every current one (what the ward PC would
    score a campaign made later on), each once."""
    ids = {link.checklist_id for campaign in campaigns for link in campaign.checklists}
    return list(
        session.scalars(
            select(Checklist)
            .where(Checklist.id.in_(ids) | Checklist.is_current)
            .options(selectinload(Checklist.items))
            .order_by(Checklist.code, Checklist.version)
        )
    )


def setup_record(
    session: Session,
    hospital: Hospital,
    ward: Ward,
    pc_id: str,
    private_key: bytes,
    department_key: bytes,
) -> SetupRecord:
    campaigns = open_campaigns(session, ward)
    accounts = session.scalars(
        select(User).where(User.ward_id == ward.id, User.role == Role.HEAD_NURSE).order_by(User.id)
    )
    return SetupRecord(
        records_version=RECORDS_VERSION,
        hospital_uid=hospital.uid,
        hospital_name=hospital.name,
        pc_id=pc_id,
        private_key=private_key.hex(),
        department_public_key=department_key.hex(),
        ward=WardRecord(
            code=ward.code,
            name=ward.name,
            head_nurse_name=ward.head_nurse_name,
            beds=ward.beds,
            group_name=ward.group_name,
        ),
        accounts=tuple(
            AccountRecord(
                username=user.username,
                display_name=user.display_name,
                role=user.role,
                password_hash=user.password_hash,
                must_change_password=user.must_change_password,
                active=user.active,
            )
            for user in accounts
        ),
        checklists=tuple(checklist_record(row) for row in checklists_of(session, campaigns)),
        campaigns=tuple(campaign_record(campaign, ward) for campaign in campaigns),
    )


def require_empty(session: Session) -> None:
    """A setup package goes into a new database only: never over a hospital's data."""
    users = session.scalar(select(func.count(User.id))) or 0
    identity = session.scalar(select(func.count(ExchangeIdentity.id))) or 0
    campaigns = session.scalar(select(func.count(Campaign.id))) or 0
    if users or identity or campaigns:
        raise PermissionDenied(MSG_NOT_EMPTY)


def apply_setup(
    session: Session,
    record: SetupRecord,
    package: str,
    sequence: int,
    digest: str,
    now: datetime,
) -> list[PreviewLine]:
    """Makes this empty database the ward's PC; the lines say what it brought."""
    require_empty(session)
    hospital = session.scalar(select(Hospital))
    if hospital is None:
        hospital = Hospital(name=record.hospital_name, uid=record.hospital_uid)
        session.add(hospital)
    hospital.name, hospital.uid = record.hospital_name, record.hospital_uid
    source = record.ward
    ward = Ward(
        code=source.code,
        name=source.name,
        head_nurse_name=source.head_nurse_name,
        beds=source.beds,
        group_name=source.group_name,
    )
    session.add(ward)
    session.flush()
    for account in record.accounts:
        session.add(
            User(
                username=account.username,
                display_name=account.display_name,
                role=account.role,
                ward_id=ward.id,
                password_hash=account.password_hash,
                must_change_password=account.must_change_password,
                active=account.active,
            )
        )
    session.add(ExchangeIdentity(role="ward", pc_id=record.pc_id, ward_id=ward.id))
    session.add(
        ExchangePeer(
            pc_id=DEPARTMENT_PC,
            ward_id=None,
            public_key=bytes.fromhex(record.department_public_key),
            enrolled_at=now,
            last_received=sequence,
            received_digest=digest,
        )
    )
    writer = RecordWriter(
        session, package=package, from_department=True, ward=ward, photos={}, locked=frozenset()
    )
    lines = [
        PreviewLine(
            package,
            ward.code,
            Message(
                MSG_WHAT_SETUP,
                {"name": ward.name, "hospital": record.hospital_name},
            ),
            RecordChange.NEW,
        )
    ]
    for account in record.accounts:
        lines.append(
            PreviewLine(
                package,
                ward.code,
                Message(
                    MSG_WHAT_ACCOUNT,
                    {"username": account.username, "name": account.display_name},
                ),
                RecordChange.NEW,
            )
        )
    for checklist in record.checklists:
        change = writer.checklist(checklist)
        lines.append(
            PreviewLine(
                package,
                ward.code,
                Message(
                    MSG_WHAT_CHECKLIST,
                    {"name": checklist.name, "version": checklist.version},
                ),
                change,
            )
        )
    for campaign in record.campaigns:
        applied = writer.campaign(campaign)
        lines.append(PreviewLine(package, ward.code, applied.what, applied.decision.change))
    session.flush()
    return lines
