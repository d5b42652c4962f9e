"""How documents word a list that can be long, the same in every PDF and workbook."""

from __future__ import annotations

from collections.abc import Sequence

#: How many tied wards a cell names before it says how many there are in all.
TIED_WARDS_SHOWN = 5


def tied_wards(names: Sequence[str]) -> str:
    """The wards tied at a score: all of a few, or the first ones and "等 N 个病区"."""
    if len(names) <= TIED_WARDS_SHOWN:
        return "、".join(names)
    return "、".join(names[:TIED_WARDS_SHOWN]) + f"等 {len(names)} 个病区"
