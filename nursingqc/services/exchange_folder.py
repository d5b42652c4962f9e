"""A shared folder of packages (rules §14, issue 16 item 5): the department and every ward PC
write into one folder, and importing it takes only what is addressed to this PC, told by the
package's header. The header is not believed before the signature is checked; it only chooses
which files to offer, and the import checks every one it takes as any other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nursingqc.domain.exchange import DEPARTMENT_PC, ExchangeRefused, PackageHeader, PackageKind
from nursingqc.storage.exchange_package import preview_header


@dataclass(frozen=True)
class FolderPackages:
    #: The packages for this PC, and those whose header cannot be read: they are offered so
    #: that the import refuses them with the reason instead of leaving them unseen.
    taken: list[Path]
    #: Other PCs' packages and this PC's own, left in the folder for their readers.
    left: list[Path]


def for_this_pc(role: str, ward_code: str | None, paths: Sequence[Path]) -> FolderPackages:
    """``role`` and ``ward_code``: this PC's, as ``ExchangeService.this_pc`` says."""
    taken: list[Path] = []
    left: list[Path] = []
    for path in paths:
        try:
            header = preview_header(path)
        except ExchangeRefused:
            taken.append(path)
            continue
        (taken if _addressed(role, ward_code, header) else left).append(path)
    return FolderPackages(taken, left)


def _addressed(role: str, ward_code: str | None, header: PackageHeader) -> bool:
    if role == "ward":
        # The department's down-packages and receipts for this ward; not this PC's own
        # up-packages and receipts, nor another ward's.
        return (
            header.sender_id == DEPARTMENT_PC
            and header.kind in (PackageKind.DEPARTMENT_DOWN, PackageKind.RECEIPT)
            and header.ward_code == ward_code
        )
    if role == "department":
        # The wards' up-packages and receipts; not the department's own down-packages, setup
        # packages and receipts.
        return header.sender_id != DEPARTMENT_PC and header.kind in (
            PackageKind.WARD_UP,
            PackageKind.RECEIPT,
        )
    # A PC not enrolled yet can only be set up: which ward's setup package is the user's
    # choice, so each is offered.
    return header.kind is PackageKind.SETUP
