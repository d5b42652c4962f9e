"""Languages: Qt translators for the UI and the command line, and translation of domain messages.

English is the source language; zh_CN is shipped and is the default.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nursingqc.domain.errors import (
    ImportRefused,
    Message,
    NursingQCError,
    SubmissionIncomplete,
)
from nursingqc.paths import resources_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

# Translators must outlive the call that installs them; Qt does not keep a reference.
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(language: str = DEFAULT_LANGUAGE) -> None:
    """Loads NursingQC's and Qt's own translations (so 确定/取消 are Chinese too)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QCoreApplication before installing translators"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("en_US" if language == "en" else language))
    if language == "en":
        return
    ours = QTranslator()
    if ours.load(f"nursingqc_{language}", translations_dir()):
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


def tr(text: str) -> str:
    """Module-level strings: lupdate files a bare ``tr("…")`` call under the empty context."""
    return QCoreApplication.translate("", text)


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Decimal | Fraction):
        return format_points(
            Decimal(value.numerator) / value.denominator if isinstance(value, Fraction) else value
        )
    return str(value)


def format_points(value: Decimal) -> str:
    """15 and 0.5, not 15.0 and 0.50: the way points are written on a paper checklist."""
    return format(value.normalize(), "f")


def message_text(message: Message) -> str:
    template = QCoreApplication.translate(message.context, message.template)
    return template.format(**{key: _value(value) for key, value in message.params.items()})


def error_text(error: NursingQCError) -> str:
    """The error in the user's language, with nested reasons translated too."""
    return message_text(Message(error.template, error.params))


def error_details(error: NursingQCError) -> list[str]:
    """The item-by-item or row-by-row reasons behind an error, translated; often empty."""

    if isinstance(error, ImportRefused):
        return [message_text(problem.message()) for problem in error.problems]
    if isinstance(error, SubmissionIncomplete):
        return [message_text(problem) for problem in error.problems]
    return []
