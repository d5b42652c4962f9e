"""What a person may type or import into each text field: how long it may be, and which
characters it keeps. The screen shows each limit beside its field, and the services refuse a
longer text with the same limit, whether it was typed, imported or given on the command line.

The limits are in characters (Chinese or not). Each is well above what the field is for, so only a
pasted document or a mistake reaches it, and within the database column that holds the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError

MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "{field} may have at most {limit} characters; it has {length}. Please shorten it."
)
MSG_NOT_UNICODE = QT_TRANSLATE_NOOP(
    "Errors",
    "{field} holds a broken character (half of a character pair, as a damaged copy leaves "
    "behind) at position {position}. Please type that part again.",
)


@dataclass(frozen=True)
class TextField:
    """A field's name as messages say it, and the most characters it holds."""

    label: str
    limit: int
    #: Line breaks are part of the text (a cause, a reason); elsewhere they become spaces.
    multiline: bool = False


#: Names of places and things: the hospital, a ward, a campaign, a checklist (columns of 100).
HOSPITAL_NAME = TextField(QT_TRANSLATE_NOOP("Errors", "The hospital's name"), 100)
WARD_NAME = TextField(QT_TRANSLATE_NOOP("Errors", "The ward's name"), 100)
CAMPAIGN_NAME = TextField(QT_TRANSLATE_NOOP("Errors", "The campaign's name"), 100)
#: A checklist file's texts (its columns: codes 30, names and section titles 100; the item text
#: and the guide are printed on every blank checklist and notice).
CHECKLIST_CODE = TextField(QT_TRANSLATE_NOOP("Errors", "The code"), 30)
CHECKLIST_NAME = TextField(QT_TRANSLATE_NOOP("Errors", "The checklist's name"), 100)
SECTION_TITLE = TextField(QT_TRANSLATE_NOOP("Errors", "The section's title"), 100)
ITEM_TEXT = TextField(QT_TRANSLATE_NOOP("Errors", "The item's text"), 1000, multiline=True)
ITEM_GUIDE = TextField(QT_TRANSLATE_NOOP("Errors", "The deduction guide"), 2000, multiline=True)
#: A person's name as written on a form (columns of 50): 责任人, 涉及护士, a display name.
OWNER = TextField(QT_TRANSLATE_NOOP("Errors", "The owner"), 50)
NURSE = TextField(QT_TRANSLATE_NOOP("Errors", "The nurse's name"), 50)
DISPLAY_NAME = TextField(QT_TRANSLATE_NOOP("Errors", "The name shown"), 50)
#: 存在问题 of one item: a few sentences; a notice prints every one of them.
PROBLEM = TextField(QT_TRANSLATE_NOOP("Errors", "The problem"), 500, multiline=True)
#: 原因分析 and 整改措施 of one item: a paragraph or two.
CAUSE = TextField(QT_TRANSLATE_NOOP("Errors", "The cause analysis"), 2000, multiline=True)
MEASURE = TextField(QT_TRANSLATE_NOOP("Errors", "The measures"), 2000, multiline=True)
#: Why something was decided, reopened, refused or delayed: what the audit log keeps.
REASON = TextField(QT_TRANSLATE_NOOP("Errors", "The reason"), 1000, multiline=True)
#: Each of the summary's three texts: several pages of the report.
SUMMARY_CAUSES = TextField(QT_TRANSLATE_NOOP("Errors", "The cause analysis"), 20_000, True)
SUMMARY_CONCLUSIONS = TextField(QT_TRANSLATE_NOOP("Errors", "The conclusions"), 20_000, True)
SUMMARY_NEXT_STEPS = TextField(QT_TRANSLATE_NOOP("Errors", "The next PDCA steps"), 20_000, True)

#: Removed wherever they are: control characters other than tab and line break, and the
#: zero-width ones copied from web pages and chat programs (invisible, yet they make two texts
#: differ). XML cannot hold most of them, so a workbook with them needs repairing in Excel.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        0x0B,
        0x0C,
        *range(0x0E, 0x20),
        *range(0x7F, 0xA0),
        *(0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF),
    ]
)
_LINE_BREAKS = str.maketrans({"\r": None, "\n": " ", "\t": " "})


def lone_surrogate_at(value: str) -> int | None:
    """The position (from 1) of the first half of a character pair standing alone, if any: no
    file (UTF-8, XML, the database) can store it."""
    for position, character in enumerate(value, start=1):
        if "\ud800" <= character <= "\udfff":
            return position
    return None


def checked_text(value: str, field: TextField) -> str:
    """``value`` as it is stored: invisible characters removed, ends trimmed, line breaks kept
    only where the field has lines; refused when it is longer than the field's limit or holds a
    lone surrogate (which no file can store)."""
    for position, character in enumerate(value, start=1):
        if "\ud800" <= character <= "\udfff":
            raise ValidationError(MSG_NOT_UNICODE, field=Message(field.label), position=position)
    text = value.replace("\r\n", "\n").translate(_INVISIBLE)
    text = text.replace("\r", "\n") if field.multiline else text.translate(_LINE_BREAKS)
    text = text.strip()
    if len(text) > field.limit:
        raise ValidationError(
            MSG_TEXT_TOO_LONG, field=Message(field.label), limit=field.limit, length=len(text)
        )
    return text
