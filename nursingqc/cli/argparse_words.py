"""argparse's own words (usage, options, its argument errors) through Qt's translator, context
"argparse": help and argument errors in the chosen language, English with ``--lang en``."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "argparse"

# The msgids of Python 3.11's argparse that our parsers can show; listed so that lupdate finds
# them. A msgid missing here (another Python) is shown in English, never as an error.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


def _gettext(message: str) -> str:
    return QCoreApplication.translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


def install() -> None:
    """argparse calls ``_`` and ``ngettext`` as module globals, looked up at each call."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - not an attribute typeshed declares
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
