"""The summary's item counts worked out the slow way, for tests: one item row at a time, by
rules §7.2 and rules §7.4 — the oracle the ``GROUP BY`` of ``item_tally`` is checked against."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from nursingqc.domain.statistics import ItemCount, ItemTally


@dataclass(frozen=True)
class ItemCheck:
    """One item of one submitted evaluation inspection."""

    ward_id: int
    checklist_name: str
    item_code: str
    item_text: str
    deduction: Decimal
    not_applicable: bool
    veto_failed: bool

    @property
    def is_finding(self) -> bool:
        return not self.not_applicable and (self.deduction > 0 or self.veto_failed)


def tally(items: Iterable[ItemCheck]) -> ItemTally:
    """The counts ``item_tally`` gives, from the rows; items in the order first seen."""
    wards: set[int] = set()
    counts: dict[tuple[str, str, str], tuple[int, int]] = {}
    for item in items:
        wards.add(item.ward_id)
        key = (item.checklist_name, item.item_code, item.item_text)
        applicable, findings = counts.get(key, (0, 0))
        if not item.not_applicable:
            applicable, findings = applicable + 1, findings + item.is_finding
        counts[key] = (applicable, findings)
    return ItemTally(
        len(wards), tuple(ItemCount(*key, *figures) for key, figures in counts.items())
    )
