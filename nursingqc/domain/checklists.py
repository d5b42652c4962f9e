"""检查表: the definition of a checklist — sections of items, each worth points — and its rules."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from nursingqc.domain.errors import QT_TRANSLATE_NOOP

POINT_STEP = Decimal("0.1")

#: The checklist codes shipped by default (rules §3.1), in the order they are shown.
DEFAULT_CHECKLIST_CODES = ("WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE")


@dataclass(frozen=True)
class ChecklistItem:
    """检查条目: one thing the scorer looks at, worth ``points``."""

    code: str
    text: str
    points: Decimal
    guide: str
    per_occurrence: Decimal | None = None
    veto: bool = False


@dataclass(frozen=True)
class ChecklistSection:
    """A group of items shown under one heading (e.g. 环境管理)."""

    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class ChecklistDefinition:
    """检查表: what a scorer fills in; ``max_points`` is the stated total every item adds up to."""

    code: str
    name: str
    version: int
    max_points: Decimal
    sections: tuple[ChecklistSection, ...]

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def total_points(self) -> Decimal:
        return sum((item.points for item in self.items), Decimal(0))

    def item(self, code: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.code == code), None)

    def same_content_as(self, other: ChecklistDefinition) -> bool:
        """True when only the version number differs: reloading such a file makes no new version."""
        return (self.code, self.name, self.max_points, self.sections) == (
            other.code,
            other.name,
            other.max_points,
            other.sections,
        )


def is_point_step(value: Decimal) -> bool:
    """Points and deductions are given in tenths (0.1 steps)."""
    return value % POINT_STEP == 0


# Reasons a definition is refused; the file reader adds the file name and the line.
MSG_TOTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "the items add up to {total} points, but the checklist states max_points {max_points}"
)
MSG_DUPLICATE_ITEM = QT_TRANSLATE_NOOP("Errors", "item code {code} is used more than once")
MSG_POINTS_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "Errors", "item {code}: points must be greater than 0, not {points}"
)
MSG_POINTS_STEP = QT_TRANSLATE_NOOP(
    "Errors", "item {code}: points must be given in steps of 0.1, not {points}"
)
MSG_PER_OCCURRENCE_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "item {code}: per_occurrence {value} must be above 0 and at most the item's points"
)
MSG_SECTION_EMPTY = QT_TRANSLATE_NOOP("Errors", "section {title} has no items")
MSG_NO_SECTIONS = QT_TRANSLATE_NOOP("Errors", "the checklist has no sections")


def definition_problems(definition: ChecklistDefinition) -> list[tuple[str, dict[str, object]]]:
    """Every rule the definition breaks, as (message template, params); empty when it is valid.

    Line numbers are the reader's business: it maps each problem back to the line it came from.
    """
    problems: list[tuple[str, dict[str, object]]] = []
    if not definition.sections:
        problems.append((MSG_NO_SECTIONS, {}))
    seen: set[str] = set()
    for section in definition.sections:
        if not section.items:
            problems.append((MSG_SECTION_EMPTY, {"title": section.title}))
        for item in section.items:
            if item.code in seen:
                problems.append((MSG_DUPLICATE_ITEM, {"code": item.code}))
            seen.add(item.code)
            if item.points <= 0:
                problems.append(
                    (MSG_POINTS_NOT_POSITIVE, {"code": item.code, "points": item.points})
                )
            elif not is_point_step(item.points):
                problems.append((MSG_POINTS_STEP, {"code": item.code, "points": item.points}))
            if item.per_occurrence is not None and not (0 < item.per_occurrence <= item.points):
                problems.append(
                    (MSG_PER_OCCURRENCE_RANGE, {"code": item.code, "value": item.per_occurrence})
                )
    if definition.sections and definition.total_points != definition.max_points:
        problems.append(
            (
                MSG_TOTAL_MISMATCH,
                {"total": definition.total_points, "max_points": definition.max_points},
            )
        )
    return problems
