"""Editing a checklist in the program: a new version, never a changed past, never an edit lost."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from nursingqc.domain.checklists import ChecklistDefinition
from nursingqc.domain.errors import (
    ChecklistFileError,
    ConcurrentChange,
    PermissionDenied,
    ValidationError,
)
from nursingqc.i18n import error_text
from nursingqc.services.container import Services
from nursingqc.storage.checklist_files import checklist_yaml, parse_checklist
from tests.helpers import Hospital, database_state

ROOT = Path(__file__).resolve().parents[2]


def ward_env(services: Services, hospital: Hospital) -> ChecklistDefinition:
    return services.checklists.definition(hospital.key().checklist_id)


def retitled(definition: ChecklistDefinition, text: str) -> ChecklistDefinition:
    first = definition.sections[0]
    item = replace(first.items[0], text=text)
    return replace(
        definition,
        sections=(replace(first, items=(item, *first.items[1:])), *definition.sections[1:]),
    )


def test_a_version_saved_since_it_was_opened_is_not_overwritten(
    services: Services, hospital: Hospital
) -> None:
    opened_here = ward_env(services, hospital)
    opened_there = ward_env(services, hospital)
    services.checklists.save_new_version(hospital.admin, retitled(opened_there, "第一位的修改"))
    before = database_state(services)
    with pytest.raises(ConcurrentChange) as refused:
        services.checklists.save_new_version(hospital.admin, retitled(opened_here, "第二位的修改"))
    assert refused.value.changed_by == "admin"
    assert "saved version 2 of the checklist 病房环境" in error_text(refused.value)
    assert database_state(services) == before


def test_nothing_changed_saves_nothing_and_empty_or_long_texts_are_refused(
    services: Services, hospital: Hospital
) -> None:
    definition = ward_env(services, hospital)
    before = database_state(services)
    with pytest.raises(ValidationError, match="Nothing is changed from version 1"):
        services.checklists.save_new_version(hospital.admin, definition)
    with pytest.raises(ValidationError, match="must not be empty"):
        services.checklists.save_new_version(hospital.admin, retitled(definition, "   "))
    with pytest.raises(ValidationError, match="at most 1000"):
        services.checklists.save_new_version(hospital.admin, retitled(definition, "长" * 1001))
    assert database_state(services) == before
    saved = services.checklists.save_new_version(hospital.admin, retitled(definition, "长" * 1000))
    assert saved.version == 2


def test_the_versions_list_says_which_campaign_uses_which(
    services: Services, hospital: Hospital
) -> None:
    services.checklists.save_new_version(
        hospital.admin, retitled(ward_env(services, hospital), "修订")
    )
    versions = [
        (v.code, v.version, v.is_current, v.campaigns)
        for v in services.checklists.list_versions(hospital.admin)
        if v.code == "WARD_ENV"
    ]
    assert versions == [
        ("WARD_ENV", 2, True, ()),
        ("WARD_ENV", 1, False, (hospital.campaign.name,)),
    ]
    with pytest.raises(PermissionDenied):
        services.checklists.list_versions(hospital.nurse_a)


def test_a_checklist_file_round_trips_and_imports_as_the_next_version(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    checklist_id = hospital.key().checklist_id
    text = services.checklists.checklist_file(hospital.admin, checklist_id)
    definition = ward_env(services, hospital)
    assert parse_checklist(text, "WARD_ENV.yaml") == definition
    shared = tmp_path / "病房环境.yaml"
    shared.write_text(checklist_yaml(retitled(definition, "另一家医院的写法")), encoding="utf-8")
    imported = services.checklists.import_file(hospital.admin, shared)
    assert (imported.code, imported.version) == ("WARD_ENV", 2)
    new_code = replace(retitled(definition, "新表"), code="NIGHT", name="夜间护理")
    shared.write_text(checklist_yaml(new_code), encoding="utf-8")
    assert services.checklists.import_file(hospital.admin, shared).code == "NIGHT"


def test_a_broken_file_is_refused_with_its_line_and_changes_nothing(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    text = checklist_yaml(retitled(ward_env(services, hospital), "改过"))
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("points: 10", "points: 十", 1), encoding="utf-8")
    before = database_state(services)
    with pytest.raises(ChecklistFileError) as refused:
        services.checklists.import_file(hospital.admin, broken)
    assert "broken.yaml, line" in error_text(refused.value)
    assert database_state(services) == before


SAVE_IN_ANOTHER_PROGRAM = """
import json, sys
from dataclasses import replace
from nursingqc.domain.accounts import Actor
from nursingqc.domain.errors import ConcurrentChange
from nursingqc.services.container import open_services

services = open_services(sys.argv[1], existing=True)
admin = Actor.command_line()
current = next(c for c in services.checklists.current_checklists() if c.code == "WARD_ENV")
opened = services.checklists.definition(current.id)
first = opened.sections[0]
item = replace(first.items[0], text=sys.argv[2])
sections = (replace(first, items=(item, *first.items[1:])), *opened.sections[1:])
edited = replace(opened, sections=sections)
print("ready", flush=True)
sys.stdin.readline()
try:
    saved = services.checklists.save_new_version(admin, edited)
    print(json.dumps({"saved": saved.version}))
except ConcurrentChange as error:
    print(json.dumps({"refused": error.changed_by}))
"""


def test_two_programs_saving_the_same_checklist_at_once_one_wins_one_is_told(
    services: Services, hospital: Hospital, db_url: str
) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", SAVE_IN_ANOTHER_PROGRAM, db_url, text],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for text in ("甲的修改", "乙的修改")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outcomes = [json.loads(child.communicate(timeout=60)[0].splitlines()[-1]) for child in children]
    assert sorted(outcomes, key=str) == [{"refused": "cli"}, {"saved": 2}]
    current = ward_env(services, hospital)
    assert current.version == 1  # the campaign's version; the new one is current for new ones
    newest = next(c for c in services.checklists.current_checklists() if c.code == "WARD_ENV")
    assert newest.version == 2 and newest.max_points == Decimal(100)
