"""Accounts, wards and versioned checklists through the service layer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.accounts import Role
from nursingqc.domain.errors import (
    AuthenticationFailed,
    ImportRefused,
    PermissionDenied,
    ValidationError,
)
from nursingqc.domain.scoring import ItemEntry
from nursingqc.i18n import error_text
from nursingqc.paths import resources_dir
from nursingqc.services.container import Services
from nursingqc.services.ward_import import WardRow
from nursingqc.storage.checklist_files import read_checklist_folder
from nursingqc.storage.models import Checklist, User, Ward
from tests.helpers import PASSWORD, Hospital, full_marks, save_draft, submit


def test_first_start_names_the_hospital_and_creates_an_admin(services: Services) -> None:
    assert services.accounts.needs_first_run()
    admin = services.accounts.first_run("测试医院", "admin", "王主任", "admin123")
    assert admin.role is Role.ADMIN
    assert not services.accounts.needs_first_run()
    assert services.accounts.hospital_name() == "测试医院"
    with pytest.raises(PermissionDenied):
        services.accounts.first_run("另一家", "boss", "x", "admin123")


def test_passwords_are_stored_as_slow_hashes(services: Services, hospital: Hospital) -> None:
    with services.database.transaction() as session:
        hashes = session.scalars(select(User.password_hash)).all()
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_a_wrong_password_is_refused_in_chinese(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    assert services.accounts.login("nk01", PASSWORD).ward_id == hospital.ward_a
    with pytest.raises(AuthenticationFailed) as refused:
        services.accounts.login("nk01", "wrong-password")
    assert error_text(refused.value) == "用户名或密码错误。"
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("nobody", PASSWORD)


def test_user_management_rules(services: Services, hospital: Hospital) -> None:
    with pytest.raises(PermissionDenied):
        services.accounts.create_user(hospital.nurse_a, "x1", "x", Role.ADMIN, PASSWORD)
    with pytest.raises(ValidationError):
        services.accounts.create_user(hospital.admin, "nk01", "重名", Role.INSPECTOR, PASSWORD)
    with pytest.raises(ValidationError):
        services.accounts.create_user(hospital.admin, "hn9", "无病区", Role.HEAD_NURSE, PASSWORD)
    with pytest.raises(ValidationError):
        services.accounts.create_user(hospital.admin, "short", "短密码", Role.INSPECTOR, "123")
    assert [u.username for u in services.accounts.list_users(hospital.admin)] == [
        "admin",
        "nk01",
        "wk01",
        "zk1",
    ]


def test_ward_import_adds_and_updates(services: Services, hospital: Hospital) -> None:
    result = services.ward_import.import_wards(
        hospital.admin,
        [WardRow(2, "NK01", "心血管内科一病区", "张丽", "42"), WardRow(3, "EK01", "儿科", "", "")],
    )
    assert (result.added, result.updated) == (1, 1)
    wards = {w.code: w for w in services.wards.list_wards(hospital.admin)}
    assert wards["NK01"].name == "心血管内科一病区" and wards["NK01"].beds == 42
    assert wards["EK01"].beds is None
    assert [w.code for w in services.wards.list_wards(hospital.nurse_a)] == ["NK01"]


def test_a_bad_ward_file_is_refused_whole_with_every_problem(
    services: Services, hospital: Hospital, chinese: None
) -> None:
    rows = [
        WardRow(2, "PK01", "皮肤科", "", "30"),
        WardRow(3, "", "无编码病区", "", ""),
        WardRow(4, "YK01", "眼科", "", "三十"),
        WardRow(5, "PK01", "皮肤科二", "", ""),
    ]
    with pytest.raises(ImportRefused) as refused:
        services.ward_import.import_wards(hospital.admin, rows)
    located = [(p.row, p.column) for p in refused.value.problems]
    assert located == [(3, "病区编码"), (4, "床位数"), (5, "病区编码")]
    from nursingqc.i18n import message_text

    assert message_text(refused.value.problems[1].message()) == (
        "工作表“病区”第 4 行“床位数”列：须为 0 至 999 的整数床位数，不能是“三十”"
    )
    with services.database.transaction() as session:
        assert session.scalar(select(Ward).where(Ward.code == "PK01")) is None


def test_loading_the_same_files_again_makes_no_new_version(services: Services) -> None:
    definitions = read_checklist_folder(resources_dir() / "checklists")
    assert services.checklists.sync_definitions(definitions) == []
    with services.database.transaction() as session:
        assert len(session.scalars(select(Checklist)).all()) == 5


def test_an_older_install_starting_does_not_make_its_old_checklist_current_again(
    services: Services,
) -> None:
    """The department PC is upgraded to a revised standard; a ward PC still on the old install
    starts next, then the department PC again: one new version, and it stays current."""
    shipped = read_checklist_folder(resources_dir() / "checklists")
    old = next(d for d in shipped if d.code == "WARD_ENV")
    first = old.sections[0]
    revised = replace(
        old,
        version=old.version + 1,
        sections=(
            replace(
                first, items=(replace(first.items[0], text="布局合理（2027版）"), *first.items[1:])
            ),
            *old.sections[1:],
        ),
    )
    upgraded = [revised if d.code == "WARD_ENV" else d for d in shipped]
    (new,) = services.checklists.sync_definitions(upgraded)
    assert services.checklists.sync_definitions(shipped) == []  # the ward PC's older files
    assert services.checklists.sync_definitions(upgraded) == []
    current = {c.code: c for c in services.checklists.current_checklists()}
    assert current["WARD_ENV"].id == new.id and new.version == 2
    with services.database.transaction() as session:
        assert len(session.scalars(select(Checklist)).all()) == 6


def test_editing_a_checklist_makes_a_new_version_and_past_results_keep_theirs(
    services: Services, hospital: Hospital
) -> None:
    key = hospital.key()
    old = services.checklists.definition(key.checklist_id)
    submit(services, hospital.nurse_a, key, full_marks(old))
    first = old.sections[0]
    changed_item = replace(first.items[0], text="布局合理，设施完好（修订）")
    edited = replace(
        old, sections=(replace(first, items=(changed_item, *first.items[1:])), *old.sections[1:])
    )
    with pytest.raises(PermissionDenied):
        services.checklists.save_new_version(hospital.nurse_a, edited)
    new = services.checklists.save_new_version(hospital.admin, edited)
    assert new.version == old.version + 1
    current = {c.code: c for c in services.checklists.current_checklists()}
    assert current["WARD_ENV"].id == new.id
    sheet = services.inspections.open_sheet(hospital.nurse_a, key)
    assert sheet.definition.items[0].text == old.items[0].text  # scored on the old version


def test_an_edited_checklist_that_does_not_add_up_is_refused(
    services: Services, hospital: Hospital
) -> None:
    old = services.checklists.definition(hospital.key().checklist_id)
    first = old.sections[0]
    bigger = replace(first.items[0], points=Decimal(20))
    edited = replace(
        old, sections=(replace(first, items=(bigger, *first.items[1:])), *old.sections[1:])
    )
    with pytest.raises(ValidationError):
        services.checklists.save_new_version(hospital.admin, edited)


def test_draft_entries_use_exact_tenths(services: Services, hospital: Hospital) -> None:
    key = hospital.key()
    save_draft(
        services, hospital.nurse_a, key, {"WE03": ItemEntry(Decimal("0.1") * 3, problem="3处灰尘")}
    )
    assert services.inspections.open_sheet(hospital.nurse_a, key).entries[
        "WE03"
    ].deduction == Decimal("0.3")


def test_a_broken_checklist_file_stops_the_start_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    import shutil

    from nursingqc.domain.errors import ChecklistFileError
    from nursingqc.services import container

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir() / "checklists", resources / "checklists")
    broken = resources / "checklists" / "SERVICE.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("points: 15", "points: 十五", 1),
        encoding="utf-8",
    )
    monkeypatch.setattr(container, "resources_dir", lambda: resources)
    database = tmp_path / "new.sqlite3"
    with pytest.raises(ChecklistFileError) as refused:
        container.open_services(f"sqlite:///{database}")
    assert (
        error_text(refused.value)
        == "检查表文件 SERVICE.yaml 第 11 行：points 必须是数字，不能是“十五”"
    )
    assert not database.exists()
