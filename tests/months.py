"""Crafted months that several suites check: the ranking's month of N wards put in row by row,
and the summary's month of two wards run through every phase."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from nursingqc.domain.accounts import Actor, Role
from nursingqc.domain.awards import AwardSettings, NominationStatus
from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.ranking import (
    InspectionSum,
    WardRef,
    WeightedChecklist,
    rank_wards,
)
from nursingqc.domain.scoring import ItemEntry, round_half_up
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.campaigns import CampaignInfo, CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.models import Checklist, Inspection, ItemResult, Nomination
from nursingqc.storage.repositories.checklists import definition_of
from tests.helpers import PASSWORD, TODAY, Hospital, full_marks, submit
from tests.ranking_oracle import sum_inspection

# -- the ranking's month ------------------------------------------------------------------

ENV, BED, SERVICE, TREAT, CARE = "WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE"


NOW = datetime(2026, 7, 20, 2, 0, tzinfo=UTC)


@dataclass
class Month:
    """A hospital with ``wards`` wards in one campaign, and every inspection put in so far."""

    services: Services
    admin: Actor
    inspector: Actor
    campaign: CampaignInfo
    wards: dict[str, int]
    definitions: dict[str, ChecklistDefinition]
    checklist_ids: dict[str, int]
    item_ids: dict[str, dict[str, int]]
    sums: dict[PhaseKind, list[InspectionSum]] = field(default_factory=dict)

    def head_nurse(self, code: str) -> Actor:
        user = self.services.accounts.create_user(
            self.admin, code.lower(), f"{code}护士长", Role.HEAD_NURSE, PASSWORD, code
        )
        return Actor(user.id, code.lower(), f"{code}护士长", Role.HEAD_NURSE, self.wards[code])

    def entries(
        self,
        checklist: str,
        deductions: Mapping[str, str] | None = None,
        not_applicable: tuple[str, ...] = (),
        veto: tuple[str, ...] = (),
        nurse: str = "",
    ) -> dict[str, ItemEntry]:
        """Full marks but for ``deductions`` (by item position "1".., or item code)."""
        items = self.definitions[checklist].items
        result = {item.code: ItemEntry() for item in items}

        def code(key: str) -> str:
            return items[int(key) - 1].code if key.isdigit() else key

        for key, points in (deductions or {}).items():
            result[code(key)] = ItemEntry(Decimal(points), problem="发现问题", nurse=nurse)
        for key in not_applicable:
            result[code(key)] = ItemEntry(not_applicable=True)
        for key in veto:
            result[code(key)] = ItemEntry(veto_failed=True, problem="否决项未达标")
        return result

    def put(
        self,
        ward: str,
        checklist: str,
        entries: Mapping[str, ItemEntry] | None = None,
        phase: PhaseKind = PhaseKind.EVALUATION,
        inspector: str = "质控员甲",
        day: date = TODAY,
        status: SheetStatus = SheetStatus.SUBMITTED,
    ) -> None:
        """Stores an inspection as the score sheet would have, and keeps its sums from the item
        rows (``sum_inspection``, the oracle) for the expected ranking."""
        entries = entries if entries is not None else self.entries(checklist)
        with self.services.database.transaction() as session:
            inspection = Inspection(
                campaign_id=self.campaign.id,
                phase=phase,
                ward_id=self.wards[ward],
                checklist_id=self.checklist_ids[checklist],
                inspector_name=inspector,
                inspected_on=day,
                status=status,
                created_at=NOW,
                updated_at=NOW,
                submitted_at=NOW if status is SheetStatus.SUBMITTED else None,
                version=1,
            )
            inspection.results = [
                ItemResult(
                    item_id=self.item_ids[checklist][code],
                    deduction=entry.deduction,
                    not_applicable=entry.not_applicable,
                    veto_failed=entry.veto_failed,
                    problem=entry.problem,
                    nurse=entry.nurse,
                )
                for code, entry in entries.items()
            ]
            session.add(inspection)
        if status is SheetStatus.SUBMITTED:
            definition = self.definitions[checklist]
            self.sums.setdefault(phase, []).append(
                sum_inspection(
                    self.wards[ward],
                    checklist,
                    ((item, entries[item.code]) for item in definition.items),
                )
            )

    def put_all(self, ward: str, phase: PhaseKind = PhaseKind.EVALUATION, **kwargs: str) -> None:
        """Full marks on every campaign checklist but those given as ``CODE="deduction"``, a
        deduction on the first item."""
        for checklist in self.campaign.checklists:
            deduction = kwargs.get(checklist.code)
            entries = self.entries(checklist.code, {"1": deduction} if deduction else None)
            self.put(ward, checklist.code, entries, phase)

    def expected(self) -> list[tuple[object, ...]]:
        """What ``rank_wards`` says on the item rows' sums, as the view's rows show it."""
        ranking = rank_wards(
            [WeightedChecklist(c.code, c.name, c.weight) for c in self.campaign.checklists],
            [WardRef(ward_id, code, code) for code, ward_id in sorted(self.wards.items())],
            self.sums.get(PhaseKind.EVALUATION, []),
            AwardSettings(self.campaign.model_ward_count, self.campaign.model_ward_threshold),
            self.sums.get(PhaseKind.SELF_CHECK, []),
        )

        def shown(value: object) -> object:
            return None if value is None else round_half_up(value)  # type: ignore[arg-type]

        return [
            (
                r.ward.code,
                r.rank,
                r.status,
                tuple(shown(r.scores[c.code]) for c in self.campaign.checklists),
                shown(r.total),
                shown(r.self_check_total),
                shown(r.self_check_gap),
                r.veto,
                r.tie_break,
                r.award,
            )
            for r in ranking.results
        ]


def build_month(
    services: Services,
    wards: int = 4,
    checklists: tuple[str, ...] = (ENV, BED, SERVICE),
    weights: list[Decimal] | None = None,
    awards: int = 3,
) -> Month:
    admin = services.accounts.first_run("测试市人民医院", "admin", "护理部 王主任", PASSWORD)
    codes = [f"W{n:02d}" for n in range(1, wards + 1)]
    services.ward_import.import_wards(
        admin,
        [WardRow(n + 2, code, f"{code}病区", "", "30", "内科片") for n, code in enumerate(codes)],
    )
    ward_ids = {ward.code: ward.id for ward in services.wards.list_wards(admin)}
    inspector_user = services.accounts.create_user(
        admin, "zk1", "质控组 赵静", Role.INSPECTOR, PASSWORD
    )
    inspector = Actor(inspector_user.id, "zk1", "质控组 赵静", Role.INSPECTOR)
    campaign = services.campaigns.create_campaign(
        admin,
        CampaignSpec(
            name="2026年7月基础护理质量提升活动月",
            starts_on=date(2026, 7, 6),
            checklist_codes=checklists,
            weights=weights,
            model_ward_count=awards,
        ),
    )
    with services.database.transaction() as session:
        rows = {
            link.checklist_id: session.get(Checklist, link.checklist_id)
            for link in campaign.checklists
        }
        definitions = {row.code: definition_of(row) for row in rows.values() if row}
        item_ids = {row.code: {i.code: i.id for i in row.items} for row in rows.values() if row}
    return Month(
        services,
        admin,
        inspector,
        campaign,
        ward_ids,
        definitions,
        {c.code: c.checklist_id for c in campaign.checklists},
        item_ids,
    )


def ranked_month(services: Services) -> Month:
    month = build_month(services, wards=5, awards=2)
    month.put_all("W01")
    month.put_all("W02", WARD_ENV="1")
    month.put_all("W03", WARD_ENV="2")
    month.put_all("W04", SERVICE="0")
    month.put("W04", SERVICE, month.entries(SERVICE, veto=("SV04",)), inspector="乙")
    return month


def nominations_in_database(services: Services) -> list[tuple[str, NominationStatus, str]]:
    with services.database.transaction() as session:
        return [
            (n.nurse_name, n.status, n.decision_reason)
            for n in session.scalars(select(Nomination).order_by(Nomination.id))
        ]


# -- the summary's month ------------------------------------------------------------------

CODES = ("WARD_ENV", "BED_UNIT", "SERVICE", "TREAT_ROOM", "BASIC_CARE")


# NK01: 病房环境 98, 床单元 99, the rest 100 → 99.40. WK01: 75, 95, 70, 100, 100 → 88.00.
EVALUATION = {
    "NK01": {"WE02": "2", "BU01": "1"},
    "WK01": {"WE01": "15", "WE02": "10", "BU01": "5", "SV02": "15", "SV03": "15"},
}


def run_month(services: Services, hospital: Hospital, *, confirm: bool = True) -> None:
    """Full-marks self-checks, the evaluation above, one item re-checked, model wards confirmed
    (unless ``confirm`` is False: left as the rules' proposal) and one excellent nurse approved."""
    wards = {
        "NK01": (hospital.ward_a, hospital.nurse_a),
        "WK01": (hospital.ward_b, hospital.nurse_b),
    }
    for ward, nurse in wards.values():
        for code in CODES:
            key = hospital.key(code, ward)
            submit(
                services, nurse, key, full_marks(services.checklists.definition(key.checklist_id))
            )
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    for ward_code, (ward, _) in wards.items():
        for code in CODES:
            key = replace(hospital.key(code, ward), phase=PhaseKind.EVALUATION)
            entries = full_marks(services.checklists.definition(key.checklist_id))
            for code_of_item, deduction in EVALUATION[ward_code].items():
                if code_of_item in entries:
                    entries[code_of_item] = ItemEntry(
                        Decimal(deduction), problem=f"{code_of_item}问题"
                    )
            submit(services, hospital.inspector, key, entries)
    item = next(
        i
        for i in services.rectification.list_items(hospital.admin, hospital.campaign.id)
        if i.ward_code == "NK01" and i.item_code == "WE02"
    )
    filled = services.rectification.fill(
        hospital.nurse_a, item.id, item.version, "未开窗", "每日通风", "张丽"
    )
    done = services.rectification.mark_done(hospital.nurse_a, item.id, filled.version, TODAY)
    services.rectification.verify(hospital.inspector, item.id, done.version)
    ranking = services.ranking.ranking(hospital.admin, hospital.campaign.id)
    if confirm:
        services.ranking.confirm_model_wards(
            hospital.admin, hospital.campaign.id, [w.id for w in ranking.proposed], seen=None
        )
    nominee = services.nominations.nominate(
        hospital.nurse_a, hospital.campaign.id, hospital.ward_a, "王丽娟", "服务热情"
    )
    services.nominations.decide_nomination(hospital.admin, nominee.id, approve=True, seen=None)


def publish(services: Services, hospital: Hospital) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY)
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SUMMARY)
