"""The command line's numeric options: a value that is no number, or one a service refuses, is
refused naming the option (``--weights：…``) on one line, like every other refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation

from nursingqc.domain.errors import QT_TRANSLATE_NOOP, Message, ValidationError

MSG_OPTION = QT_TRANSLATE_NOOP("Errors", "{option}: {reason}")
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "{value} is not a number, such as 1 or 0.5.")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "{value} is far too large a number.")
MSG_TOO_PRECISE = QT_TRANSLATE_NOOP(
    "Errors", "{value} has more than {places} decimal places; round it."
)
MSG_NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number, such as 3.")
MSG_NOT_AN_ID = QT_TRANSLATE_NOOP(
    "Errors", "{value} is not a campaign id; nursingqc campaign list shows them."
)
MSG_NOT_A_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "{value} is not a conflict's number; nursingqc exchange conflicts lists them."
)

#: The largest id a database row can have (SQLite's and PostgreSQL's 64-bit integers).
_LARGEST_ID = 2**63 - 1
#: No number the command line takes comes near these; beyond them a refusal that repeats the
#: value in full (1e999 written out) would fill the screen.
_LARGEST_NUMBER = Decimal(10) ** 9
_DECIMAL_PLACES = 6
#: A refused value is quoted at most this long: the message stays one readable line.
_SHOWN_LENGTH = 40


class OptionRefused(ValidationError):
    """A command-line option's value, refused with the option's name and the reason."""

    def __init__(self, option: str, reason: str, **params: object) -> None:
        super().__init__(MSG_OPTION, option=option, reason=Message(reason, params))


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_LENGTH else text[:_SHOWN_LENGTH] + "…"


def number(option: str) -> Callable[[str], Decimal]:
    """An argparse ``type``: a finite decimal (NaN and infinity are no number of points)."""

    def parse(text: str) -> Decimal:
        try:
            value = Decimal(text.strip())
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            raise OptionRefused(option, MSG_NOT_A_NUMBER, value=_shown(text))
        if abs(value) >= _LARGEST_NUMBER:
            raise OptionRefused(option, MSG_TOO_LARGE, value=_shown(text))
        if value.normalize().as_tuple().exponent < -_DECIMAL_PLACES:  # type: ignore[operator]
            raise OptionRefused(option, MSG_TOO_PRECISE, value=_shown(text), places=_DECIMAL_PLACES)
        return value

    return parse


def numbers(option: str) -> Callable[[str], list[Decimal]]:
    """An argparse ``type``: comma-separated finite decimals (``1,1,2``)."""
    one = number(option)
    return lambda text: [one(part) for part in text.split(",")]


def whole_number(option: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            return int(text.strip())
        except ValueError:  # also a number too long to convert
            raise OptionRefused(option, MSG_NOT_A_WHOLE_NUMBER, value=_shown(text)) from None

    return parse


def campaign_id(option: str) -> Callable[[str], int]:
    """An argparse ``type``: an id a campaign can have, so the database is never asked for one
    it cannot even store."""
    return _row_id(option, MSG_NOT_AN_ID)


def conflict_id(option: str) -> Callable[[str], int]:
    """An argparse ``type``: a number ``exchange conflicts`` can list."""
    return _row_id(option, MSG_NOT_A_CONFLICT)


def _row_id(option: str, refusal: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = 0
        if not 1 <= value <= _LARGEST_ID:
            raise OptionRefused(option, refusal, value=_shown(text))
        return value

    return parse


@contextmanager
def options_named(options: Mapping[str, str]) -> Iterator[None]:
    """A service's refusal of a value given as an option (by its message template) names the
    option, so the user knows which one to change."""
    try:
        yield
    except ValidationError as error:
        option = options.get(error.template)
        if option is None:
            raise
        raise OptionRefused(option, error.template, **error.params) from error
