"""The evaluation's overview: who inspected which ward on which checklist, and what is missing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from nursingqc.domain.errors import PermissionDenied
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.i18n import error_text
from nursingqc.services.container import Services
from nursingqc.services.evaluation_board import BoardInspection
from nursingqc.services.inspections import (
    MSG_ALREADY_INSPECTED,
    InspectionExists,
    InspectionService,
    SheetKey,
)
from nursingqc.storage.models import Inspection
from tests.helpers import TODAY, Hospital, full_marks, with_deduction


def evaluation_key(hospital: Hospital, code: str = "WARD_ENV", ward: int | None = None) -> SheetKey:
    return replace(hospital.key(code, ward), phase=PhaseKind.EVALUATION)


@pytest.fixture
def evaluation(services: Services, hospital: Hospital) -> Hospital:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)
    return hospital


def test_the_board_lists_each_pairs_inspections_and_counts_what_is_missing(
    services: Services, evaluation: Hospital
) -> None:
    hospital = evaluation
    key = evaluation_key(hospital)
    definition = services.checklists.definition(key.checklist_id)
    services.inspections.submit(hospital.inspector, key, full_marks(definition), version=0)
    services.inspections.save_draft(
        hospital.admin, key, with_deduction(definition, "WE02", "1"), version=0
    )
    service_key = evaluation_key(hospital, "SERVICE", hospital.ward_b)
    services.inspections.save_draft(hospital.inspector, service_key, {}, version=0)

    board = services.inspections.evaluation_board(hospital.inspector, hospital.campaign.id)

    assert [ward.code for ward in board.wards] == ["NK01", "WK01"]
    assert [checklist.code for checklist in board.checklists] == [
        c.code for c in hospital.campaign.checklists
    ]
    assert board.cell(hospital.ward_a, key.checklist_id) == (
        BoardInspection(hospital.inspector.user_id, "质控组 赵静", TODAY, SheetStatus.SUBMITTED),
        BoardInspection(hospital.admin.user_id, "护理部 王主任", TODAY, SheetStatus.DRAFT),
    )
    assert board.submitted(hospital.ward_a, key.checklist_id) == 1
    assert board.submitted(hospital.ward_b, service_key.checklist_id) == 0
    # 2 wards × 5 checklists, one pair has a submitted inspection; a draft does not count.
    assert board.missing == 9
    assert board.drafts() == 2
    assert board.drafts(hospital.inspector.user_id) == 1
    assert board.drafts(hospital.admin.user_id) == 1


def test_the_board_is_for_inspectors_and_the_department_only(
    services: Services, evaluation: Hospital
) -> None:
    with pytest.raises(PermissionDenied) as refused:
        services.inspections.evaluation_board(evaluation.nurse_a, evaluation.campaign.id)
    assert refused.value.params == {"role": "head_nurse"}
    with pytest.raises(PermissionDenied):
        services.inspections.evaluation_inspections(
            evaluation.nurse_a,
            evaluation.campaign.id,
            evaluation.ward_a,
            evaluation_key(evaluation).checklist_id,
        )


def test_a_ward_and_checklist_lists_its_inspections_with_inspector_date_status_and_score(
    services: Services, evaluation: Hospital
) -> None:
    hospital = evaluation
    key = evaluation_key(hospital)
    definition = services.checklists.definition(key.checklist_id)
    yesterday = InspectionService(services.database, today=lambda: TODAY - timedelta(days=1))
    earlier = yesterday.submit(
        hospital.inspector, key, with_deduction(definition, "WE02", "2"), version=0
    )
    draft = services.inspections.save_draft(
        hospital.inspector, key, {"WE01": full_marks(definition)["WE01"]}, version=0
    )
    services.inspections.save_draft(
        hospital.inspector, evaluation_key(hospital, "SERVICE"), {}, version=0
    )

    lines = services.inspections.evaluation_inspections(
        hospital.admin, hospital.campaign.id, hospital.ward_a, key.checklist_id
    )

    assert [(line.inspector_name, line.inspected_on, line.status) for line in lines] == [
        ("质控组 赵静", TODAY - timedelta(days=1), SheetStatus.SUBMITTED),
        ("质控组 赵静", TODAY, SheetStatus.DRAFT),
    ]
    assert lines[0].score == earlier
    assert lines[1].key == draft.key and lines[1].score == 100
    assert lines[0].inspector_id == hospital.inspector.user_id


def test_a_second_inspection_by_the_same_inspector_on_the_same_day_is_refused_naming_the_first(
    services: Services, evaluation: Hospital, chinese: None
) -> None:
    hospital = evaluation
    key = evaluation_key(hospital)
    first = services.inspections.save_draft(hospital.inspector, key, {}, version=0)

    with pytest.raises(InspectionExists) as refused:
        services.inspections.save_draft(
            hospital.inspector,
            key,
            {"WE01": full_marks(services.checklists.definition(key.checklist_id))["WE01"]},
            version=0,
        )

    assert refused.value.template == MSG_ALREADY_INSPECTED
    assert refused.value.key == first.key
    assert refused.value.params["date"] == "2026-07-08"
    assert error_text(refused.value).startswith("质控组 赵静 已有一份")
    with services.database.transaction() as session:
        assert session.scalar(select(func.count(Inspection.id))) == 1
    # Another inspector, or the same one another day, may inspect the same pair.
    services.inspections.save_draft(hospital.admin, key, {}, version=0)
    tomorrow = InspectionService(services.database, today=lambda: TODAY + timedelta(days=1))
    tomorrow.save_draft(hospital.inspector, key, {}, version=0)


def test_the_nurse_concerned_is_stored_with_the_deduction(
    services: Services, evaluation: Hospital
) -> None:
    hospital = evaluation
    key = evaluation_key(hospital)
    definition = services.checklists.definition(key.checklist_id)
    entries = with_deduction(definition, "WE02", "1.5", "床头柜杂物多")
    entries["WE02"] = replace(entries["WE02"], nurse=" 王芳 ")
    saved = services.inspections.save_draft(hospital.inspector, key, entries, version=0)
    stored = services.inspections.open_sheet(hospital.inspector, saved.key).entries["WE02"]
    assert (stored.deduction, stored.nurse) == (Decimal("1.5"), "王芳")
