"""Importing the 病区 sheet again and again: optional columns, lengths, invisible characters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from nursingqc.domain.errors import ImportRefused
from nursingqc.i18n import message_text
from nursingqc.reports.excel.wards_file import read_wards_workbook
from nursingqc.services.container import Services
from nursingqc.services.ward_import import (
    MSG_BROKEN_CHARACTER,
    MSG_CODE_REPEATED,
    MSG_REQUIRED,
    MSG_TOO_LONG,
    WardRow,
)
from nursingqc.services.wards import WardInfo
from nursingqc.storage.models import Ward
from tests.helpers import Hospital, ward_table, wards_workbook, write_workbook


def wards(services: Services, hospital: Hospital) -> dict[str, WardInfo]:
    return {ward.code: ward for ward in services.wards.list_wards(hospital.admin)}


def test_a_file_with_only_code_and_name_keeps_head_nurse_beds_and_group(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    path = write_workbook(
        tmp_path / "w.xlsx",
        "病区",
        [["病区名称", "病区编码"], ["心血管内科一病区", "NK01"], ["儿科", "EK01"]],
    )
    result = services.ward_import.import_wards(hospital.admin, read_wards_workbook(path))
    assert (result.added, result.updated) == (1, 1)
    nk01, ek01 = wards(services, hospital)["NK01"], wards(services, hospital)["EK01"]
    assert (nk01.name, nk01.head_nurse_name, nk01.beds, nk01.group_name) == (
        "心血管内科一病区",
        "张丽",
        40,
        "内科片",
    )
    assert (ek01.name, ek01.head_nurse_name, ek01.beds, ek01.group_name) == ("儿科", "", None, "")


def test_a_column_that_is_there_but_empty_clears_the_field(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    path = wards_workbook(tmp_path / "w.xlsx", [["NK01", "心血管内科", None, None, None]])
    services.ward_import.import_wards(hospital.admin, read_wards_workbook(path))
    nk01 = wards(services, hospital)["NK01"]
    assert (nk01.head_nurse_name, nk01.beds, nk01.group_name) == ("", None, "")


def test_the_same_file_again_updates_nothing(services: Services, hospital: Hospital) -> None:
    rows = [WardRow(2, "NK01", "心血管内科"), WardRow(3, "WK01", "普通外科", None, "36")]
    result = services.ward_import.import_wards(hospital.admin, rows)
    assert (result.added, result.updated) == (0, 0)


def test_an_old_wards_list_does_not_bring_back_a_deactivated_ward(
    services: Services, hospital: Hospital
) -> None:
    services.wards.set_ward_active(hospital.admin, hospital.ward_a, False)
    rows = [WardRow(2, "NK01", "心血管内科（旧）"), WardRow(3, "WK01", "普通外科")]
    result = services.ward_import.import_wards(hospital.admin, rows)
    assert (result.added, result.updated, result.kept_inactive) == (0, 1, ("NK01",))
    managed = {w.code: w for w in services.wards.manage_wards(hospital.admin)}
    assert (managed["NK01"].active, managed["NK01"].name) == (False, "心血管内科（旧）")
    assert "NK01" not in wards(services, hospital)  # not offered for new campaigns


@pytest.mark.parametrize(
    ("column", "limit", "make"),
    [
        ("病区编码", 20, lambda text: WardRow(2, text, "儿科")),
        ("病区名称", 100, lambda text: WardRow(2, "EK01", text)),
        ("护士长", 50, lambda text: WardRow(2, "EK01", "儿科", head_nurse_name=text)),
        ("分组", 50, lambda text: WardRow(2, "EK01", "儿科", group_name=text)),
    ],
)
def test_text_longer_than_its_column_is_refused_with_row_and_column(
    services: Services,
    hospital: Hospital,
    column: str,
    limit: int,
    make: Callable[[str], WardRow],
    chinese: None,
) -> None:
    services.ward_import.import_wards(hospital.admin, [make("长" * limit)])
    before = ward_table(services)
    with pytest.raises(ImportRefused) as refused:
        services.ward_import.import_wards(hospital.admin, [make("长" * (limit + 1))])
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.reason.template) == (2, column, MSG_TOO_LONG)
    assert problem.reason.params == {"count": limit + 1, "length": limit}
    assert message_text(problem.message()) == (
        f"工作表“病区”第 2 行“{column}”列：有 {limit + 1} 个字符，最多只能 {limit} 个，请缩短"
    )
    assert ward_table(services) == before


def test_invisible_characters_do_not_make_another_ward(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    path = wards_workbook(
        tmp_path / "w.xlsx",
        [
            ["\ufeffNK01\u200b", "心血管\u200d内科\n一病区", "张\u2060丽", 40, "内科片\x7f"],
            ["EK\u200c01\t", " 儿科\r\n", "", "", ""],
        ],
    )
    result = services.ward_import.import_wards(hospital.admin, read_wards_workbook(path))
    assert (result.added, result.updated) == (1, 1)
    found = wards(services, hospital)
    assert sorted(found) == ["EK01", "NK01", "WK01"]
    nk01 = found["NK01"]
    assert (nk01.name, nk01.head_nurse_name, nk01.group_name) == (
        "心血管内科一病区",
        "张丽",
        "内科片",
    )
    assert found["EK01"].name == "儿科"


def test_inner_spaces_are_kept_so_a_visible_difference_stays_a_difference(
    services: Services, hospital: Hospital
) -> None:
    services.ward_import.import_wards(hospital.admin, [WardRow(2, "NK 01", "心内二")])
    assert sorted(wards(services, hospital)) == ["NK 01", "NK01", "WK01"]


def test_a_code_repeated_with_invisible_characters_is_a_repeat(
    services: Services, hospital: Hospital
) -> None:
    before = ward_table(services)
    with pytest.raises(ImportRefused) as refused:
        services.ward_import.import_wards(
            hospital.admin, [WardRow(2, "EK01", "儿科"), WardRow(3, "EK01\u200b", "儿科二")]
        )
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.reason.template) == (
        3,
        "病区编码",
        MSG_CODE_REPEATED,
    )
    assert problem.reason.params == {"code": "EK01", "first_row": 2}
    assert ward_table(services) == before


def test_a_code_of_only_invisible_characters_is_empty(
    services: Services, hospital: Hospital
) -> None:
    before = ward_table(services)
    with pytest.raises(ImportRefused) as refused:
        services.ward_import.import_wards(hospital.admin, [WardRow(2, "\u200b\ufeff", "\x00")])
    assert [(p.column, p.reason.template) for p in refused.value.problems] == [
        ("病区编码", MSG_REQUIRED),
        ("病区名称", MSG_REQUIRED),
    ]
    assert ward_table(services) == before


def test_a_code_stored_with_an_invisible_character_is_found_and_cleaned(
    services: Services, hospital: Hospital
) -> None:
    with services.database.transaction() as session:
        session.add(Ward(code="EK01\u200b", name="儿科", active=True))
    result = services.ward_import.import_wards(hospital.admin, [WardRow(2, "EK01", "儿科")])
    assert (result.added, result.updated) == (0, 1)
    with services.database.transaction() as session:
        assert session.scalars(select(Ward.code).where(Ward.code.like("EK01%"))).all() == ["EK01"]


def test_a_broken_character_in_a_ward_name_is_refused_with_row_and_column(
    services: Services, hospital: Hospital
) -> None:
    before = ward_table(services)
    with pytest.raises(ImportRefused) as refused:
        services.ward_import.import_wards(hospital.admin, [WardRow(2, "ER01", "急诊\udc00科")])
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.reason.template) == (
        2,
        "病区名称",
        MSG_BROKEN_CHARACTER,
    )
    assert problem.reason.params == {"position": 3}
    assert ward_table(services) == before
