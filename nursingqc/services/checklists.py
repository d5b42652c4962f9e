"""检查表: shipped definitions loaded into the database as versions; editing makes a new version."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from nursingqc.domain.accounts import Actor, require_admin
from nursingqc.domain.checklists import (
    DEFAULT_CHECKLIST_CODES,
    ChecklistDefinition,
    definition_problems,
)
from nursingqc.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from nursingqc.services.use_cases import reads_only, writes_outside_campaigns
from nursingqc.storage import audit
from nursingqc.storage.db import Database
from nursingqc.storage.models import Checklist, ChecklistItemRow
from nursingqc.storage.repositories.checklists import definition_of

MSG_CHECKLIST_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no checklist {checklist}.")


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
        """An admin's edit: stored as the next version; inspections keep the version they used."""
        require_admin(actor)
        problems = definition_problems(definition)
        if problems:
            template, params = problems[0]
            raise ValidationError(template, **params)
        with self._db.transaction() as session:
            latest = _latest(session, definition.code)
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
