"""检查表: shipped definitions loaded into the database as versions; editing makes a new version."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nursingqc.domain import texts
from nursingqc.domain.accounts import Actor, require_admin
from nursingqc.domain.checklists import (
    DEFAULT_CHECKLIST_CODES,
    ChecklistDefinition,
    definition_problems,
)
from nursingqc.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChange,
    Message,
    NotFound,
    ValidationError,
)
from nursingqc.domain.texts import checked_text
from nursingqc.services.use_cases import reads_only, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.checklist_files import checklist_yaml, read_checklist_file
from nursingqc.storage.db import Database
from nursingqc.storage.models import (
    Campaign,
    CampaignChecklist,
    Checklist,
    ChecklistItemRow,
)
from nursingqc.storage.repositories.checklists import definition_of

MSG_CHECKLIST_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no checklist {checklist}.")
MSG_CHECKLIST_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{changed_by} saved version {version} of the checklist {name} at {at}, after you opened "
    "version {yours}. Your changes are not saved: open the new version and make them there.",
)
MSG_CHECKLIST_UNCHANGED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing is changed from version {version} of {name}; no new version is saved."
)
MSG_EMPTY_FIELD = QT_TRANSLATE_NOOP("Errors", "{field} must not be empty.")
#: Who made a version that no admin saved: a checklist file shipped with the program.
SHIPPED = "NursingQC"


@dataclass(frozen=True)
class ChecklistVersion:
    """One stored version of a checklist, and the campaigns scored on it."""

    id: int
    code: str
    name: str
    version: int
    is_current: bool
    created_at: datetime
    item_count: int
    max_points: Decimal
    campaigns: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistSummary:
    id: int
    code: str
    name: str
    version: int
    max_points: Decimal


def summary(row: Checklist) -> ChecklistSummary:
    return ChecklistSummary(row.id, row.code, row.name, row.version, row.max_points)


def _order(code: str) -> tuple[int, str]:
    known = DEFAULT_CHECKLIST_CODES
    return (known.index(code) if code in known else len(known), code)


def _latest(session: Session, code: str) -> Checklist | None:
    return session.scalar(
        select(Checklist).where(Checklist.code == code).order_by(Checklist.version.desc()).limit(1)
    )


def _store_version(session: Session, definition: ChecklistDefinition, version: int) -> Checklist:
    for older in session.scalars(select(Checklist).where(Checklist.code == definition.code)):
        older.is_current = False
    row = Checklist(
        code=definition.code,
        version=version,
        name=definition.name,
        max_points=definition.max_points,
        is_current=True,
    )
    position = 0
    for section in definition.sections:
        for item in section.items:
            row.items.append(
                ChecklistItemRow(
                    position=position,
                    section_title=section.title,
                    code=item.code,
                    text=item.text,
                    points=item.points,
                    guide=item.guide,
                    per_occurrence=item.per_occurrence,
                    veto=item.veto,
                )
            )
            position += 1
    session.add(row)
    session.flush()
    return row


class ChecklistService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @writes_outside_campaigns
    def sync_definitions(self, definitions: list[ChecklistDefinition]) -> list[ChecklistSummary]:
        """Loads shipped files at start: a new code or new content becomes a new version.

        Returns the versions it stored. A file whose content any stored version already has
        stores nothing, not only when it is the latest: a ward PC still on an older install
        (or an install older than an admin's edit) must not make its old standard current again
        each time it starts, taking turns with the upgraded department PC.
        """
        stored = []
        with self._db.transaction() as session:
            for definition in definitions:
                # Newest first: at an ordinary start the latest version matches, and only its
                # items are loaded, as before older versions were looked at too.
                versions = list(
                    session.scalars(
                        select(Checklist)
                        .where(Checklist.code == definition.code)
                        .order_by(Checklist.version.desc())
                    )
                )
                if any(definition_of(row).same_content_as(definition) for row in versions):
                    continue
                version = versions[0].version + 1 if versions else definition.version
                stored.append(summary(_store_version(session, definition, version)))
        return stored

    @writes_outside_campaigns
    def save_new_version(self, actor: Actor, definition: ChecklistDefinition) -> ChecklistSummary:
        """An admin's edit of ``definition.version`` (the version she opened; any number for a
        new code): stored as the next version; inspections keep the version they used.

        Refused when another version was saved since she opened hers (nobody's edit is
        overwritten unseen) and when nothing changed."""
        require_admin(actor)
        definition = _checked(definition)
        with self._db.transaction() as session:
            latest = _latest(session, definition.code)
            if latest is not None and latest.version != definition.version:
                raise ConcurrentChange(
                    MSG_CHECKLIST_CHANGED,
                    audit.last_author(session, "checklist", latest.id) or SHIPPED,
                    version=latest.version,
                    name=latest.name,
                    at=latest.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    yours=definition.version,
                )
            if latest is not None and definition_of(latest).same_content_as(definition):
                raise ValidationError(
                    MSG_CHECKLIST_UNCHANGED, version=latest.version, name=latest.name
                )
            version = 1 if latest is None else latest.version + 1
            row = _store_version(session, definition, version)
            audit.record(
                session,
                actor,
                "new_version",
                "checklist",
                row.id,
                before={"version": latest.version} if latest else None,
                after={"code": row.code, "version": version, "name": row.name},
            )
            return summary(row)

    @writes_outside_campaigns
    def import_file(self, actor: Actor, path: Path) -> ChecklistSummary:
        """A checklist file shared by another hospital (or edited by hand): the next version of
        its code, or a new checklist. A broken file is refused with its line, nothing stored."""
        require_admin(actor)
        definition = read_checklist_file(path)
        with self._db.transaction(read_only=True) as session:
            latest = _latest(session, definition.code)
        based_on = definition.version if latest is None else latest.version
        return self.save_new_version(actor, replace(definition, version=based_on))

    @reads_only
    def checklist_file(self, actor: Actor, checklist_id: int) -> str:
        """The version as YAML, for ``import_file`` elsewhere."""
        require_admin(actor)
        return checklist_yaml(self.definition(checklist_id))

    @reads_only
    def list_versions(self, actor: Actor) -> list[ChecklistVersion]:
        """Every version of every checklist, the shipped order, newest version first."""
        require_admin(actor)
        with self._db.transaction(read_only=True) as session:
            counted = select(ChecklistItemRow.checklist_id, func.count()).group_by(
                ChecklistItemRow.checklist_id
            )
            items = {checklist_id: count for checklist_id, count in session.execute(counted)}
            used: dict[int, list[str]] = {}
            for checklist_id, name in session.execute(
                select(CampaignChecklist.checklist_id, Campaign.name)
                .join(Campaign, Campaign.id == CampaignChecklist.campaign_id)
                .order_by(Campaign.id)
            ):
                used.setdefault(checklist_id, []).append(name)
            rows = session.scalars(select(Checklist))
            versions = [
                ChecklistVersion(
                    row.id,
                    row.code,
                    row.name,
                    row.version,
                    row.is_current,
                    row.created_at,
                    items.get(row.id, 0),
                    row.max_points,
                    tuple(used.get(row.id, ())),
                )
                for row in rows
            ]
        return sorted(versions, key=lambda version: (_order(version.code), -version.version))

    @reads_only
    def current_checklists(self) -> list[ChecklistSummary]:
        with self._db.transaction(read_only=True) as session:
            rows = session.scalars(select(Checklist).where(Checklist.is_current))
            return sorted((summary(row) for row in rows), key=lambda item: _order(item.code))

    @reads_only
    def definition(self, checklist_id: int) -> ChecklistDefinition:
        with self._db.transaction(read_only=True) as session:
            row = session.get(Checklist, checklist_id)
            if row is None:
                raise NotFound(MSG_CHECKLIST_NOT_FOUND, checklist=checklist_id)
            return definition_of(row)


def _checked(definition: ChecklistDefinition) -> ChecklistDefinition:
    """The definition as a file would have to be: texts within their limits and not empty,
    and the checklist rules (rules §3.1); the first problem is refused."""

    def text(value: str, field: texts.TextField) -> str:
        checked = checked_text(value, field)
        if not checked:
            raise ValidationError(MSG_EMPTY_FIELD, field=Message(field.label))
        return checked

    definition = replace(
        definition,
        code=text(definition.code, texts.CHECKLIST_CODE),
        name=text(definition.name, texts.CHECKLIST_NAME),
        sections=tuple(
            replace(
                section,
                title=text(section.title, texts.SECTION_TITLE),
                items=tuple(
                    replace(
                        item,
                        code=text(item.code, texts.CHECKLIST_CODE),
                        text=text(item.text, texts.ITEM_TEXT),
                        guide=checked_text(item.guide, texts.ITEM_GUIDE),
                    )
                    for item in section.items
                ),
            )
            for section in definition.sections
        ),
    )
    problems = definition_problems(definition)
    if problems:
        template, params = problems[0]
        raise ValidationError(template, **params)
    return definition
