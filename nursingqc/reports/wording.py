"""How figures and lists are written, the same on every page and in every PDF and workbook.

The services' views carry every figure rounded as shown (scores and percentages with two
decimals, ``domain.scoring.round_half_up``); these functions only write them down. The UI imports
them from here too, so that a missing value or a percentage looks the same on the screen as on
paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

#: What a cell shows for a value that does not exist (no total yet, no item to rate).
MISSING = "—"
#: How many tied wards a cell names before it says how many there are in all.
TIED_WARDS_SHOWN = 5


def score_text(value: Decimal | None) -> str:
    """A score or total as shown: two decimals (92.35), or the missing mark."""
    return MISSING if value is None else f"{value:.2f}"


def percent_text(percent: Decimal | None) -> str:
    """A percentage as the views carry it (6.25, not 0.0625): "6.25%", or the missing mark."""
    return MISSING if percent is None else f"{percent:.2f}%"


def tied_wards(names: Sequence[str]) -> str:
    """The wards tied at a score: all of a few, or the first ones and "等 N 个病区"."""
    if len(names) <= TIED_WARDS_SHOWN:
        return "、".join(names)
    return "、".join(names[:TIED_WARDS_SHOWN]) + f"等 {len(names)} 个病区"
