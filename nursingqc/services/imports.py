"""What imports share: every row-level error reported at once, nothing saved on any error."""

from __future__ import annotations

from dataclasses import dataclass

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError

MSG_IMPORT_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The file was not imported: {count} problem(s) found, nothing was changed."
)
MSG_ROW_PROBLEM = QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}, column {column}: {reason}")


@dataclass(frozen=True)
class RowProblem:
    """One reason a row cannot be imported, located as a user finds it in Excel."""

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
    """An import with problems: ``problems`` lists each one; the database is unchanged."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__(MSG_IMPORT_REFUSED, count=len(problems))
