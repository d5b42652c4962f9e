"""Stored checklist versions as the domain sees them."""

from __future__ import annotations

from nursingqc.domain.checklists import ChecklistDefinition, ChecklistItem, ChecklistSection
from nursingqc.storage.models import Checklist


def definition_of(row: Checklist) -> ChecklistDefinition:
    """The domain's view of a stored checklist version (its items must be loaded)."""
    sections: list[ChecklistSection] = []
    for item in row.items:
        entry = ChecklistItem(
            item.code, item.text, item.points, item.guide, item.per_occurrence, item.veto
        )
        if sections and sections[-1].title == item.section_title:
            sections[-1] = ChecklistSection(item.section_title, (*sections[-1].items, entry))
        else:
            sections.append(ChecklistSection(item.section_title, (entry,)))
    return ChecklistDefinition(row.code, row.name, row.version, row.max_points, tuple(sections))
