"""The errors a user can cause, each with a message written for that user.

Messages are English source text marked for Qt Linguist with ``QT_TRANSLATE_NOOP`` (the domain
cannot import Qt, so the marker is a plain function that lupdate recognises by name). The UI and the
command line translate ``template`` and then fill in ``params``; ``str(error)`` gives the English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TRANSLATION_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: a reason nested in an error's params ("file, line: …"), a line
    of a report. ``context`` is the Qt Linguist context its template was marked in."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = TRANSLATION_CONTEXT

    def __str__(self) -> str:
        return self.template.format(**self.params)


class NursingQCError(Exception):
    """An error the user can understand and act on; nothing was changed."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class ValidationError(NursingQCError):
    """Input that breaks a rule (a deduction above the item's points, an empty name …)."""


class SubmissionIncomplete(ValidationError):
    """A score sheet that cannot be submitted yet; ``problems`` lists every reason, item by item."""

    def __init__(self, template: str, problems: list[Message], **params: Any) -> None:
        self.problems = problems
        super().__init__(template, **params)


class PermissionDenied(NursingQCError):
    """The acting user's role or ward does not allow this action."""


class AuthenticationFailed(NursingQCError):
    """Wrong user name or password."""


class NotFound(NursingQCError):
    """The thing asked for does not exist (any more)."""


class PhaseNotOpen(NursingQCError):
    """Entries of a phase that is not open, or a sheet already submitted, cannot change."""


class ChecklistFileError(NursingQCError):
    """A checklist definition file that cannot be used; names the file, line and reason."""


class DatabaseError(NursingQCError):
    """The database cannot be opened or upgraded: wrong file, newer program, damaged."""


class DatabaseBusy(NursingQCError):
    """Another writer held the database longer than the program waits; nothing was changed."""


class ConcurrentChange(NursingQCError):
    """Someone else saved the same thing since it was opened here; ``changed_by`` says who."""

    def __init__(self, template: str, changed_by: str, **params: Any) -> None:
        self.changed_by = changed_by
        super().__init__(template, changed_by=changed_by, **params)


MSG_DEDUCTION_NEGATIVE = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: the deduction cannot be negative ({deduction})."
)
MSG_DEDUCTION_ABOVE_POINTS = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: the deduction {deduction} is more than the item's {points} points."
)
MSG_DEDUCTION_STEP = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: deductions are given in steps of 0.1 points, not {deduction}."
)
MSG_NOT_APPLICABLE_WITH_DEDUCTION = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: an item marked not applicable cannot also have a deduction."
)
MSG_VETO_ON_ORDINARY_ITEM = QT_TRANSLATE_NOOP(
    "Errors", "Item {item} is not a veto item and cannot be marked as failed veto."
)
MSG_ALL_NOT_APPLICABLE = QT_TRANSLATE_NOOP(
    "Errors", "Every item is marked not applicable; at least one item must be scored."
)
MSG_NO_INSPECTIONS = QT_TRANSLATE_NOOP("Errors", "There is no submitted inspection to average.")
MSG_NO_WEIGHTS = QT_TRANSLATE_NOOP(
    "Errors", "A weighted total needs at least one checklist with a positive weight."
)
MSG_WEIGHT_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "Errors", "The weight of checklist {checklist} must be greater than 0, not {weight}."
)
MSG_ITEM_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Checklist {checklist} has no item {item}.")


MSG_IMPORT_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The file was not imported: {count} problem(s) found, nothing was changed."
)
MSG_ROW_PROBLEM = QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}, column {column}: {reason}")


@dataclass(frozen=True)
class RowProblem:
    """One reason a row of a workbook cannot be imported, located as a user finds it in Excel."""

    sheet: str
    row: int
    column: str
    reason: Message

    def message(self) -> Message:
        return Message(
            MSG_ROW_PROBLEM,
            {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason},
        )


class ImportRefused(ValidationError):
    """An import with problems (all of them, in ``problems``); nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__(MSG_IMPORT_REFUSED, count=len(problems))


MSG_DEDUCTION_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: the deduction must be an exact number of points, not {value} ({kind})."
)
MSG_DEDUCTION_NOT_FINITE = QT_TRANSLATE_NOOP(
    "Errors", "Item {item}: the deduction {value} is not a number of points; enter one such as 0.5."
)
MSG_NOT_APPLICABLE_WITH_VETO = QT_TRANSLATE_NOOP(
    "Errors",
    "Item {item}: an item marked not applicable cannot also be marked as failed veto; "
    "untick one of them.",
)
