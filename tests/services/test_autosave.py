"""Autosaves on the benchmarks' realistic month: the same statements at 1 ward as at 50.

An autosave runs every few seconds while a head nurse or an inspector types; it must cost the
same in a 3,000-ward hospital as in a small one. Comparing the statements' text, not only their
number, also catches a query whose ``IN`` list grows with the wards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest

from benchmarks.autosave import reopen
from benchmarks.month import ADMIN, INSPECTORS, PASSWORD, build
from nursingqc.domain.workflow import PhaseKind
from nursingqc.services.container import Services, open_services
from nursingqc.services.inspections import SheetKey
from nursingqc.storage.models import Inspection, Ward
from tests.helpers import executed_statements

# The month is written with sqlite3 by the benchmarks' generator.
pytestmark = pytest.mark.sqlite_only

#: The month's self-check week.
SELF_CHECK_WEEK = date(2026, 11, 4)


@dataclass(frozen=True)
class Drafts:
    """One month's services and its open self-check and evaluation drafts of the first ward."""

    services: Services
    campaign_id: int
    self_check: SheetKey
    evaluation: SheetKey
    head_nurse: str


@pytest.fixture(scope="module")
def months(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, Drafts]]:
    opened: dict[int, Drafts] = {}
    for wards in (1, 50):
        path: Path = tmp_path_factory.mktemp("month") / f"month-{wards}.sqlite3"
        month = build(path, wards)
        self_check_id, evaluation_id = reopen(path, month.campaign_id)
        services = open_services(month.url, today=lambda: SELF_CHECK_WEEK)
        keys = []
        for inspection_id, phase in (
            (self_check_id, PhaseKind.SELF_CHECK),
            (evaluation_id, PhaseKind.EVALUATION),
        ):
            with services.database.transaction(read_only=True) as session:
                inspection = session.get(Inspection, inspection_id)
                assert inspection is not None
                keys.append(
                    SheetKey(
                        month.campaign_id,
                        inspection.ward_id,
                        inspection.checklist_id,
                        phase,
                        inspection_id,
                    )
                )
        with services.database.transaction(read_only=True) as session:
            ward = session.get(Ward, keys[0].ward_id)
            assert ward is not None
        opened[wards] = Drafts(services, month.campaign_id, keys[0], keys[1], ward.code.lower())
    yield opened
    for each in opened.values():
        each.services.close()


def head_nurse_saves(drafts: Drafts) -> list[str]:
    """The self-check page's save that makes a draft: the draft, then the picker read again
    (later autosaves of the listed draft do not read it)."""
    services, key = drafts.services, drafts.self_check
    nurse = services.accounts.login(drafts.head_nurse, PASSWORD)
    sheet = services.inspections.open_sheet(nurse, key)
    with executed_statements(services) as statements:
        services.inspections.save_draft(nurse, key, sheet.entries, sheet.version)
        services.inspections.sheets(nurse, drafts.campaign_id, key.ward_id)
    return statements


def inspector_saves(drafts: Drafts) -> list[str]:
    """The evaluation page's first save of a new inspection: the draft, then the list of the
    pair's inspections (later autosaves update the listed line without reading it)."""
    services, key = drafts.services, drafts.evaluation
    inspector = services.accounts.login(INSPECTORS[0][0], PASSWORD)
    sheet = services.inspections.open_sheet(inspector, key)
    with executed_statements(services) as statements:
        services.inspections.save_draft(inspector, key, sheet.entries, sheet.version)
        services.inspections.evaluation_inspections(
            inspector, drafts.campaign_id, key.ward_id, key.checklist_id
        )
    return statements


def department_saves(drafts: Drafts) -> list[str]:
    """The 总结 page's autosave of the department's text, on the version the page shows."""
    services = drafts.services
    admin = services.accounts.login(*ADMIN)
    shown = services.summary.summary(admin, drafts.campaign_id).text
    with executed_statements(services) as statements:
        services.summary.save_draft(admin, drafts.campaign_id, replace(shown, conclusions="二稿"))
    return statements


@pytest.mark.parametrize("autosave", [head_nurse_saves, inspector_saves, department_saves])
def test_an_autosave_runs_the_same_statements_at_50_wards_as_at_1(
    months: dict[int, Drafts], autosave: Callable[[Drafts], list[str]]
) -> None:
    one, fifty = autosave(months[1]), autosave(months[50])
    assert any(statement.startswith("UPDATE") for statement in one)
    assert len(fifty) == len(one)
    assert fifty == one
