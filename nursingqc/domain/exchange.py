"""Exchange packages (交换包) between ward PCs and the department PC: what every package says
about itself, and the refusal every bad package gets.

A package is a signed zip file (the container is ``storage.exchange_package``); inside it are JSON
documents (versioned records, see ``services.exchange``) and photos named by their SHA-256. The
header is what a reader checks before it looks at any record: whose hospital, which PC sent it, in
what order, for which ward. The rules are in docs/rules.md (exchange packages) and the format and
threat model in docs/decisions.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from nursingqc.domain.errors import Message, NursingQCError

#: The package format this program writes; it reads this and every older one it knows.
FORMAT_VERSION = 1
#: The sender id of the department PC (ward PCs have a UUID each, made at enrolment).
DEPARTMENT_PC = "department"


class PackageKind(enum.StrEnum):
    """What a package carries, and so who may send it and who may read it."""

    #: 安装包: department → a fresh ward PC: hospital, ward, accounts, checklists, open campaign,
    #: and the ward PC's own private key.
    SETUP = "setup"
    #: 上报包: ward PC → department: submitted self-checks, rectification answers and photos.
    WARD_UP = "ward-up"
    #: 下发包: department → ward PC: reopened sheets, findings as rectification items, re-check
    #: results, notices, published results.
    DEPARTMENT_DOWN = "department-down"
    #: 回执: either way: what an import applied, so the sender can see what arrived.
    RECEIPT = "receipt"


@dataclass(frozen=True)
class PackageHeader:
    """The manifest's header: checked (signature, hospital, sender, order) before any record."""

    format_version: int
    kind: PackageKind
    #: The hospital's id (a UUID made at the department's first run), not its name.
    hospital_id: str
    #: ``DEPARTMENT_PC`` or the sending ward PC's id.
    sender_id: str
    #: The ward the package is for (down, setup) or from (up, a ward's receipt); None only for
    #: the department's own receipt of many wards.
    ward_code: str | None
    #: Per sender and receiver, 1, 2, 3 …: an older or replayed package is refused.
    sequence: int
    created_at: datetime


class ExchangeRefused(NursingQCError):
    """A package that cannot be used (not a package, damaged, forged, replayed, another
    hospital's or ward's, too large …), or a record in it that would overwrite someone's work;
    nothing of it was applied."""


class RecordChange(enum.StrEnum):
    """What importing a package would do to one record (and, after it, did)."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    #: Not applied: the record is the other side's, older than ours, or both sides changed it
    #: since the last exchange (both versions are kept and named in the reason).
    REFUSED = "refused"


@dataclass(frozen=True)
class PreviewLine:
    """One record of a package as the preview lists it (病区, 内容, 结果, 原因)."""

    #: The package file's name, so a preview of many packages says where a line comes from.
    package: str
    ward_code: str
    #: What the record is, in words, e.g. "心血管内科 病房环境 自查表" or "整改项 B03 原因分析".
    what: Message
    change: RecordChange
    reason: Message | None = None


@dataclass(frozen=True)
class PackagePreview:
    """What importing the chosen packages would change; ``apply`` takes the same files and
    applies all of it in one transaction or nothing."""

    lines: tuple[PreviewLine, ...]
    #: Whole packages that cannot be used at all (file name, reason): nothing of them is applied.
    refused_packages: tuple[tuple[str, Message], ...] = ()

    def count(self, change: RecordChange) -> int:
        return sum(1 for line in self.lines if line.change is change)
