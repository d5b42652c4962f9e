"""The ranking's aggregate queries against the item-row oracle, held out: the same figures counted
one row at a time, on the benchmarks' realistic month (every rectification state, verified on
time and late, withdrawn items, not-applicable items, vetoes, lenient self-checks) plus the edge
rows a generated month may lack.

The aggregates are what the ranking is tuned with; these tests are why tuning them can never
change a number.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from benchmarks.month import build
from nursingqc.domain.awards import AwardSettings
from nursingqc.domain.ranking import InspectionSum, WardRef, WeightedChecklist, rank_wards
from nursingqc.domain.rectification import Rates, RectificationStatus, rates
from nursingqc.domain.scoring import ItemEntry, sheet_score
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.services.container import Services, open_services
from nursingqc.services.ranking import compute_ranking
from nursingqc.storage.models import Checklist, Inspection, ItemResult, RectificationItem
from nursingqc.storage.repositories.campaigns import load_campaign
from nursingqc.storage.repositories.checklists import definition_of
from nursingqc.storage.repositories.inspections import scores_so_far, stored_entries
from nursingqc.storage.repositories.printed import printed_wards
from nursingqc.storage.repositories.ranking import inspection_sums, rectification_rates
from tests.ranking_oracle import sum_inspection

# The month is written with sqlite3 by the benchmarks' generator.
pytestmark = pytest.mark.sqlite_only


@dataclass(frozen=True)
class Opened:
    services: Services
    campaign_id: int
    #: a ward whose every rectification item is withdrawn: counted as having none
    withdrawn_ward: int


def edges(path: Path, campaign_id: int) -> int:
    """Rows the generator may not make at this size: a ward whose items are all withdrawn, an
    item verified on its deadline day, one verified with no date, a failed veto in each phase,
    a draft that must not count, two wards tied on full marks, a self-check draft with every
    item not applicable (no score yet). Returns the withdrawn ward."""
    with closing(sqlite3.connect(path)) as connection, connection:
        (ward,) = connection.execute(
            "SELECT max(ward_id) FROM rectification_items WHERE campaign_id = ?", (campaign_id,)
        ).fetchone()
        connection.execute(
            "UPDATE rectification_items SET status = 'withdrawn', verified_on = NULL "
            "WHERE campaign_id = ? AND ward_id = ?",
            (campaign_id, ward),
        )
        verified = connection.execute(
            "SELECT id FROM rectification_items WHERE campaign_id = ? AND status = 'verified' "
            "ORDER BY id LIMIT 2",
            (campaign_id,),
        ).fetchall()
        connection.execute(
            "UPDATE rectification_items SET verified_on = deadline WHERE id = ?", verified[0]
        )
        connection.execute(
            "UPDATE rectification_items SET verified_on = NULL WHERE id = ?", verified[1]
        )
        for phase in ("self_check", "evaluation"):
            connection.execute(
                "UPDATE item_results SET veto_failed = 1 WHERE id = (SELECT r.id FROM "
                "item_results r JOIN inspections i ON i.id = r.inspection_id JOIN "
                "checklist_items ci ON ci.id = r.item_id WHERE ci.veto AND i.campaign_id = ? "
                "AND i.phase = ? AND NOT r.not_applicable ORDER BY r.id DESC LIMIT 1)",
                (campaign_id, phase),
            )
        connection.execute(
            "UPDATE item_results SET deduction = 0, not_applicable = 0, veto_failed = 0 "
            "WHERE inspection_id IN (SELECT id FROM inspections WHERE campaign_id = ? AND "
            "phase = 'evaluation' AND ward_id IN (SELECT id FROM wards ORDER BY id LIMIT 2))",
            (campaign_id,),
        )
        connection.execute(
            "UPDATE inspections SET status = 'draft', submitted_at = NULL WHERE id = (SELECT "
            "min(id) FROM inspections WHERE campaign_id = ? AND phase = 'evaluation')",
            (campaign_id,),
        )
        (draft,) = connection.execute(
            "SELECT min(id) FROM inspections WHERE campaign_id = ? AND phase = 'self_check'",
            (campaign_id,),
        ).fetchone()
        connection.execute(
            "UPDATE inspections SET status = 'draft', submitted_at = NULL WHERE id = ?", (draft,)
        )
        connection.execute(
            "UPDATE item_results SET not_applicable = 1, deduction = 0, veto_failed = 0 "
            "WHERE inspection_id = ?",
            (draft,),
        )
    return int(ward)


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    path = tmp_path_factory.mktemp("month") / "month-40.sqlite3"
    built = build(path, 40)
    withdrawn = edges(path, built.campaign_id)
    services = open_services(built.url)
    yield Opened(services, built.campaign_id, withdrawn)
    services.close()


def oracle_sums(session: Session, campaign_id: int, phase: PhaseKind) -> list[InspectionSum]:
    """Every submitted inspection summed item by item with the domain's own scoring."""
    definitions = {
        row.id: definition_of(row)
        for row in session.scalars(select(Checklist).options(selectinload(Checklist.items)))
    }
    found = session.scalars(
        select(Inspection)
        .where(
            Inspection.campaign_id == campaign_id,
            Inspection.phase == phase,
            Inspection.status == SheetStatus.SUBMITTED,
        )
        .options(selectinload(Inspection.results).selectinload(ItemResult.item))
    )
    sums = []
    for inspection in found:
        definition = definitions[inspection.checklist_id]
        scored = []
        for result in inspection.results:
            item = definition.item(result.item.code)
            assert item is not None
            entry = ItemEntry(result.deduction, result.not_applicable, result.veto_failed)
            scored.append((item, entry))
        sums.append(sum_inspection(inspection.ward_id, definition.code, scored))
    return sums


def by_inspection(sums: list[InspectionSum]) -> list[tuple[object, ...]]:
    return sorted(
        (s.ward_id, s.checklist_code, s.earned_tenths, s.possible_tenths, s.veto_failed)
        for s in sums
    )


@pytest.mark.parametrize("phase", [PhaseKind.EVALUATION, PhaseKind.SELF_CHECK])
def test_the_inspection_sums_equal_the_item_rows_added_one_by_one(
    month: Opened, phase: PhaseKind
) -> None:
    with month.services.database.transaction(read_only=True) as session:
        aggregated = inspection_sums(session, month.campaign_id, phase)
        oracle = oracle_sums(session, month.campaign_id, phase)
    assert by_inspection(aggregated) == by_inspection(oracle)
    assert any(s.veto_failed for s in aggregated)
    assert len({s.possible_tenths for s in aggregated}) > 1  # not-applicable items are left out


def test_the_rectification_rates_equal_the_items_counted_one_by_one(month: Opened) -> None:
    with month.services.database.transaction(read_only=True) as session:
        aggregated = rectification_rates(session, month.campaign_id)
        rows: defaultdict[int, list[tuple[RectificationStatus, object, object]]] = defaultdict(list)
        for ward_id, status, deadline, verified_on in session.execute(
            select(
                RectificationItem.ward_id,
                RectificationItem.status,
                RectificationItem.deadline,
                RectificationItem.verified_on,
            ).where(RectificationItem.campaign_id == month.campaign_id)
        ):
            rows[ward_id].append((status, deadline, verified_on))
    oracle = {ward: rates(items) for ward, items in rows.items()}  # type: ignore[arg-type]
    empty = Rates(0, 0, 0)
    assert {ward: aggregated.get(ward, empty) for ward in oracle} == oracle
    assert set(aggregated) <= set(oracle)
    assert month.withdrawn_ward not in aggregated and oracle[month.withdrawn_ward] == empty
    shares = {r.verified_on_time / r.verified for r in oracle.values() if r.verified}
    assert len(shares) > 1 and any(0 < share < 1 for share in shares)  # late and on time


def test_the_ranking_from_the_aggregates_equals_the_ranking_from_the_item_rows(
    month: Opened,
) -> None:
    with month.services.database.transaction(read_only=True) as session:
        campaign = load_campaign(session, month.campaign_id)
        ranked = compute_ranking(session, campaign)
        oracle = rank_wards(
            [
                WeightedChecklist(link.checklist.code, link.checklist.name, link.weight)
                for link in campaign.checklists
            ],
            [WardRef(ward.id, ward.code, ward.name) for ward in printed_wards(campaign)],
            oracle_sums(session, month.campaign_id, PhaseKind.EVALUATION),
            AwardSettings(campaign.model_ward_count, campaign.model_ward_threshold),
            oracle_sums(session, month.campaign_id, PhaseKind.SELF_CHECK),
        )
    assert ranked == oracle
    assert any(result.shared_rank for result in ranked.results)  # ties are in the data


@pytest.mark.parametrize("phase", [PhaseKind.SELF_CHECK, PhaseKind.EVALUATION])
def test_the_scores_so_far_equal_the_sheet_score_of_the_stored_entries(
    month: Opened, phase: PhaseKind
) -> None:
    """What the self-check picker and the evaluation list show after every autosave."""
    with month.services.database.transaction(read_only=True) as session:
        definitions = {
            row.id: definition_of(row)
            for row in session.scalars(select(Checklist).options(selectinload(Checklist.items)))
        }
        inspections = session.scalars(
            select(Inspection)
            .where(Inspection.campaign_id == month.campaign_id, Inspection.phase == phase)
            .options(selectinload(Inspection.results).selectinload(ItemResult.item))
        ).all()
        oracle = {
            inspection.id: sheet_score(
                definitions[inspection.checklist_id], stored_entries(inspection)
            )
            for inspection in inspections
        }
        aggregated: dict[int, Fraction | None] = {}
        for ward_id in {inspection.ward_id for inspection in inspections}:
            aggregated |= scores_so_far(session, month.campaign_id, phase, ward_id)
        one_pair = inspections[0]
        narrowed = scores_so_far(
            session, month.campaign_id, phase, one_pair.ward_id, one_pair.checklist_id
        )
    assert aggregated == oracle
    assert {
        i.id
        for i in inspections
        if (i.ward_id, i.checklist_id) == (one_pair.ward_id, one_pair.checklist_id)
    } == set(narrowed)
    assert any(inspection.status is SheetStatus.DRAFT for inspection in inspections)
    if phase is PhaseKind.SELF_CHECK:
        assert None in oracle.values()  # the draft with every item not applicable
