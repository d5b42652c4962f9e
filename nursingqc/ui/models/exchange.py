"""交换包预览 in words: what a preview line's result is called, on screen and on the command
line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nursingqc.domain.errors import QT_TRANSLATE_NOOP
from nursingqc.domain.exchange import RecordChange

_CONTEXT = "RecordChange"
#: In the order a preview lists them first: what needs a look on top.
CHANGE_NAMES = {
    RecordChange.REFUSED: QT_TRANSLATE_NOOP("RecordChange", "Refused"),
    RecordChange.NEW: QT_TRANSLATE_NOOP("RecordChange", "New"),
    RecordChange.CHANGED: QT_TRANSLATE_NOOP("RecordChange", "Changed"),
    RecordChange.UNCHANGED: QT_TRANSLATE_NOOP("RecordChange", "Unchanged"),
}
#: A line's place in that order (0: refused).
RANK = {change: rank for rank, change in enumerate(CHANGE_NAMES)}


def change_name(change: RecordChange) -> str:
    return QCoreApplication.translate(_CONTEXT, CHANGE_NAMES[change])


def version_text(version: int, author: str) -> str:
    """One side of a 交换冲突: which version of the record, and who made it."""
    return QCoreApplication.translate("ExchangeConflict", "version {version}, by {author}").format(
        version=version, author=author
    )
