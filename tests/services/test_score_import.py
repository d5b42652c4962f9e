"""Importing paper rounds (sheet 评分): every kind of bad row refused with its reason, nothing
changed; good files become submitted inspections with their rectification items, once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from nursingqc.domain import texts
from nursingqc.domain.accounts import MSG_OTHER_WARD, Actor
from nursingqc.domain.errors import (
    MSG_DEDUCTION_ABOVE_POINTS,
    MSG_DEDUCTION_NEGATIVE,
    MSG_DEDUCTION_STEP,
    MSG_ITEM_UNKNOWN,
    MSG_NOT_APPLICABLE_WITH_DEDUCTION,
    MSG_NOT_APPLICABLE_WITH_VETO,
    MSG_VETO_ON_ORDINARY_ITEM,
    ImportRefused,
    Message,
    PermissionDenied,
    RowProblem,
)
from nursingqc.domain.scoring import (
    MSG_EVERY_ITEM_NA,
    MSG_ITEM_NEEDS_PROBLEM,
    MSG_ITEM_TEXT,
    MSG_VETO_NEEDS_PROBLEM,
)
from nursingqc.domain.texts import MSG_TEXT_TOO_LONG
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.reports.excel.scores_file import read_scores_workbook, write_template
from nursingqc.reports.excel.workbooks import MSG_REPEATED_COLUMN
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import Services
from nursingqc.services.score_rows import (
    MSG_ALREADY_SUBMITTED,
    MSG_BAD_DATE,
    MSG_BAD_PHASE,
    MSG_CHECKLIST_NOT_IN_CAMPAIGN,
    MSG_FUTURE_DATE,
    MSG_HEAD_NURSE_SELF_CHECK_ONLY,
    MSG_INSPECTOR_EVALUATION_ONLY,
    MSG_ITEM_REPEATED,
    MSG_MISSING_ITEMS,
    MSG_NO_DATE_READABLE,
    MSG_NOT_A_NUMBER,
    MSG_OUTSIDE_PHASE,
    MSG_PHASE_NOT_OPEN,
    MSG_SCORES_WITHOUT_INSPECTOR,
    MSG_SECOND_SELF_CHECK,
    MSG_UNKNOWN_CHECKLIST,
    MSG_UNKNOWN_WARD,
    MSG_WARD_NOT_IN_CAMPAIGN,
    MSG_YES_OR_EMPTY,
    ScoreRow,
)
from nursingqc.services.ward_import import MSG_REQUIRED, WardRow
from nursingqc.storage.models import AuditEntry, Inspection, RectificationItem
from tests.helpers import (
    TODAY,
    Hospital,
    database_state,
    full_marks,
    rewrite_workbook_part,
    submit,
    with_deduction,
)

DAY = (TODAY - timedelta(days=1)).isoformat()
INSPECTOR = "质控组 赵静"
ENV_ITEMS = [f"WE{number:02d}" for number in range(1, 11)]


def open_evaluation(services: Services, hospital: Hospital) -> None:
    services.campaigns.open_phase(hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION)


def rows_for(
    services: Services,
    hospital: Hospital,
    ward: str = "NK01",
    checklist: str = "WARD_ENV",
    *,
    phase: str = "评比",
    inspector: str = INSPECTOR,
    day: str = DAY,
    start: int = 2,
    changes: dict[str, dict[str, str]] | None = None,
) -> list[ScoreRow]:
    """One inspection's rows, every item at full marks unless ``changes`` says otherwise."""
    template = services.score_import.template(
        hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK
    )
    items = [
        r.item_code for r in template.rows if (r.ward_code, r.checklist_code) == (ward, checklist)
    ]
    rows = []
    for number, code in enumerate(items, start=start):
        row = ScoreRow(number, ward, checklist, code, phase, inspector, day)
        cells: dict[str, Any] = (changes or {}).get(code, {})  # texts for ScoreRow's str fields
        rows.append(replace(row, **cells))
    return rows


def refused(
    services: Services, actor: Actor, campaign_id: int, rows: list[ScoreRow]
) -> list[RowProblem]:
    before = database_state(services)
    with pytest.raises(ImportRefused) as caught:
        services.score_import.import_scores(actor, campaign_id, rows)
    assert database_state(services) == before
    return caught.value.problems


def problem(row: int, column: str, template: str, **params: object) -> RowProblem:
    return RowProblem("评分", row, column, Message(template, params))


Change = Callable[[list[ScoreRow]], list[ScoreRow]]


def every_row(reason: RowProblem) -> list[RowProblem]:
    """The same reason on each of the inspection's ten rows (each row is wrong)."""
    return [replace(reason, row=row) for row in range(2, 12)]


def first(**fields: str) -> Change:
    cells: dict[str, Any] = fields  # texts for ScoreRow's str fields, never its row number
    return lambda rows: [replace(rows[0], **cells), *rows[1:]]


# Each bad row, alone in an otherwise good inspection of NK01 / WARD_ENV (rows 2-11, WE01 first:
# 15 points, not a veto item), and the one reason it is refused with.
BAD_ROWS: list[tuple[str, Change, RowProblem | list[RowProblem]]] = [
    (
        "unknown ward",
        lambda rows: [replace(row, ward_code="XX99") for row in rows],
        every_row(problem(2, "病区编码", MSG_UNKNOWN_WARD, code="XX99")),
    ),
    (
        "ward code empty",
        lambda rows: [replace(row, ward_code="") for row in rows],
        every_row(problem(2, "病区编码", MSG_REQUIRED)),
    ),
    (
        "unknown checklist",
        lambda rows: [replace(row, checklist_code="WARD_ENVX") for row in rows],
        every_row(problem(2, "检查表编码", MSG_UNKNOWN_CHECKLIST, code="WARD_ENVX")),
    ),
    (
        "unknown item",
        first(item_code="WE99"),
        [
            problem(2, "条目编码", MSG_ITEM_UNKNOWN, checklist="WARD_ENV", item="WE99"),
            problem(
                2,
                "条目编码",
                MSG_MISSING_ITEMS,
                ward="NK01",
                checklist="WARD_ENV",
                inspector=INSPECTOR,
                date=DAY,
                items="WE01",
            ),
        ],
    ),
    (
        "negative deduction",
        first(deduction="-1", problem="x"),
        problem(2, "扣分", MSG_DEDUCTION_NEGATIVE, item="WE01", deduction=Decimal(-1)),
    ),
    (
        "deduction above the points",
        first(deduction="15.5", problem="x"),
        problem(
            2,
            "扣分",
            MSG_DEDUCTION_ABOVE_POINTS,
            item="WE01",
            deduction=Decimal("15.5"),
            points=Decimal("15.0"),
        ),
    ),
    (
        "deduction not in 0.1 steps",
        first(deduction="0.25", problem="x"),
        problem(2, "扣分", MSG_DEDUCTION_STEP, item="WE01", deduction=Decimal("0.25")),
    ),
    (
        "text where a number belongs",
        first(deduction="两分", problem="x"),
        problem(2, "扣分", MSG_NOT_A_NUMBER, value="两分"),
    ),
    (
        "a number with a decimal comma",
        first(deduction="1,5", problem="x"),
        problem(2, "扣分", MSG_NOT_A_NUMBER, value="1,5"),
    ),
    (
        "a bad date",
        lambda rows: [replace(row, inspected_on="2026-13-01") for row in rows],
        problem(
            2, "检查日期", MSG_NO_DATE_READABLE, count=10, first=2, last=11, value="2026-13-01"
        ),
    ),
    (
        "a date in words",
        lambda rows: [replace(row, inspected_on="昨天") for row in rows],
        problem(2, "检查日期", MSG_NO_DATE_READABLE, count=10, first=2, last=11, value="昨天"),
    ),
    (
        "a date in the future",
        lambda rows: [replace(row, inspected_on="2026-07-09") for row in rows],
        every_row(problem(2, "检查日期", MSG_FUTURE_DATE, value="2026-07-09")),
    ),
    (
        "a bad phase",
        lambda rows: [replace(row, phase="整改") for row in rows],
        every_row(problem(2, "阶段", MSG_BAD_PHASE, value="整改")),
    ),
    (
        "deduction without problem text",
        first(deduction="2"),
        problem(
            2,
            "问题描述",
            MSG_ITEM_NEEDS_PROBLEM,
            item="WE01",
            text="布局合理，设施完好；病区安静、整洁、安全",
            deduction=Decimal(2),
        ),
    ),
    (
        "veto on a non-veto item",
        first(veto="是", problem="x"),
        problem(2, "否决", MSG_VETO_ON_ORDINARY_ITEM, item="WE01"),
    ),
    (
        "not applicable with a deduction",
        first(not_applicable="是", deduction="1", problem="x"),
        problem(2, "不适用", MSG_NOT_APPLICABLE_WITH_DEDUCTION, item="WE01"),
    ),
    (
        "something other than 是 in 不适用",
        first(not_applicable="Y"),
        problem(2, "不适用", MSG_YES_OR_EMPTY, value="Y"),
    ),
    (
        "scores without an inspector",
        lambda rows: [*rows, ScoreRow(12, "NK01", "WARD_ENV", "WE01", "评比", "", "", "1")],
        problem(12, "检查人", MSG_SCORES_WITHOUT_INSPECTOR),
    ),
    (
        "an inspection missing items",
        lambda rows: [rows[0], *rows[2:5], *rows[6:]],
        problem(
            2,
            "条目编码",
            MSG_MISSING_ITEMS,
            ward="NK01",
            checklist="WARD_ENV",
            inspector=INSPECTOR,
            date=DAY,
            items="WE02、WE06",
        ),
    ),
    (
        "the same item twice in one inspection",
        lambda rows: [*rows, replace(rows[3], row=12)],
        problem(12, "条目编码", MSG_ITEM_REPEATED, item="WE04", first_row=5),
    ),
    (
        "every item not applicable",
        lambda rows: [replace(row, not_applicable="是") for row in rows],
        problem(2, "不适用", MSG_EVERY_ITEM_NA),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in BAD_ROWS],
)
def test_a_bad_row_is_refused_with_its_reason_and_nothing_changes(
    services: Services, hospital: Hospital, change: Change, expected: RowProblem | list[RowProblem]
) -> None:
    open_evaluation(services, hospital)
    rows = change(rows_for(services, hospital))
    problems = refused(services, hospital.admin, hospital.campaign.id, rows)
    assert problems == (expected if isinstance(expected, list) else [expected])


def test_a_veto_item_marked_failed_needs_a_problem_and_cannot_be_not_applicable(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    nk01 = rows_for(services, hospital, checklist="BASIC_CARE", changes={"BC05": {"veto": "是"}})
    wk01 = rows_for(
        services,
        hospital,
        "WK01",
        "BASIC_CARE",
        start=20,
        changes={"BC05": {"veto": "是", "not_applicable": "是", "problem": "x"}},
    )
    at = {(row.ward_code, row.item_code): row.row for row in nk01 + wk01}
    assert refused(services, hospital.admin, hospital.campaign.id, nk01 + wk01) == [
        problem(
            at["NK01", "BC05"],
            "问题描述",
            MSG_VETO_NEEDS_PROBLEM,
            item="BC05",
            text="四无：无压疮、无烫伤、无坠床、无液体外渗",
        ),
        problem(at["WK01", "BC05"], "不适用", MSG_NOT_APPLICABLE_WITH_VETO, item="BC05"),
    ]


def test_a_ward_or_checklist_outside_the_campaign_is_refused(
    services: Services, hospital: Hospital
) -> None:
    services.ward_import.import_wards(hospital.admin, [WardRow(2, "EK01", "儿科")])
    small = services.campaigns.create_campaign(
        hospital.admin,
        CampaignSpec(
            name="环境专项", starts_on=TODAY - timedelta(days=1), checklist_codes=["WARD_ENV"]
        ),
        allow_clash=True,
    )
    services.campaigns.open_phase(hospital.admin, small.id, PhaseKind.SELF_CHECK)
    rows = [
        ScoreRow(2, "EK01", "WARD_ENV", "WE01", "自查", "王芳", DAY),
        ScoreRow(3, "NK01", "BED_UNIT", "BU01", "自查", "张丽", DAY),
    ]
    assert refused(services, hospital.admin, hospital.campaign.id, rows[:1]) == [
        problem(2, "病区编码", MSG_WARD_NOT_IN_CAMPAIGN, code="EK01")
    ]
    assert refused(services, hospital.admin, small.id, rows[1:]) == [
        problem(3, "检查表编码", MSG_CHECKLIST_NOT_IN_CAMPAIGN, code="BED_UNIT", codes="WARD_ENV")
    ]


def test_every_problem_of_the_file_is_listed_in_row_order(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    rows = rows_for(
        services,
        hospital,
        changes={"WE03": {"deduction": "abc"}, "WE07": {"not_applicable": "否", "veto": "x"}},
    )
    problems = refused(services, hospital.admin, hospital.campaign.id, rows[::-1])
    assert [(p.row, p.column) for p in problems] == [(4, "扣分"), (8, "不适用"), (8, "否决")]


def test_a_phase_that_is_not_open_refuses_its_rows_once(
    services: Services, hospital: Hospital
) -> None:
    rows = rows_for(services, hospital) + rows_for(services, hospital, "WK01", start=12)
    assert refused(services, hospital.admin, hospital.campaign.id, rows) == [
        problem(
            2,
            "阶段",
            MSG_PHASE_NOT_OPEN,
            phase="评比",
            state=Message("Not started", {}, "Phase"),
        )
    ]


def test_two_self_checks_of_one_ward_and_checklist_in_a_file_are_refused(
    services: Services, hospital: Hospital
) -> None:
    rows = rows_for(services, hospital, phase="自查", inspector="张丽") + rows_for(
        services, hospital, phase="自查", inspector="王芳", start=12
    )
    assert refused(services, hospital.admin, hospital.campaign.id, rows) == [
        problem(
            12,
            "检查人",
            MSG_SECOND_SELF_CHECK,
            ward="NK01",
            checklist="WARD_ENV",
            first_row=2,
            inspector="张丽",
            date=DAY,
        )
    ]


def test_head_nurses_import_only_their_own_wards_self_check(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    campaign = hospital.campaign.id
    evaluation = rows_for(services, hospital)
    other_ward = rows_for(services, hospital, "WK01", phase="自查", start=12)
    assert refused(services, hospital.nurse_a, campaign, evaluation + other_ward) == [
        problem(2, "阶段", MSG_HEAD_NURSE_SELF_CHECK_ONLY),
        problem(12, "病区编码", MSG_OTHER_WARD, ward="WK01"),
    ]
    own = rows_for(services, hospital, phase="自查", inspector="张丽")
    result = services.score_import.import_scores(hospital.nurse_a, campaign, own)
    assert [(i.ward_code, i.phase) for i in result.imported] == [("NK01", PhaseKind.SELF_CHECK)]


def test_inspectors_import_only_evaluation_rows(services: Services, hospital: Hospital) -> None:
    open_evaluation(services, hospital)
    rows = rows_for(services, hospital, phase="自查", inspector="张丽")
    problems = refused(services, hospital.inspector, hospital.campaign.id, rows)
    assert problems[0] == problem(2, "阶段", MSG_INSPECTOR_EVALUATION_ONLY)
    result = services.score_import.import_scores(
        hospital.inspector, hospital.campaign.id, rows_for(services, hospital)
    )
    assert len(result.imported) == 1


def test_templates_follow_the_same_rights(services: Services, hospital: Hospital) -> None:
    campaign = hospital.campaign.id
    own = services.score_import.template(hospital.nurse_a, campaign, PhaseKind.SELF_CHECK)
    assert {row.ward_code for row in own.rows} == {"NK01"}
    everyone = services.score_import.template(hospital.inspector, campaign, PhaseKind.EVALUATION)
    assert {row.ward_code for row in everyone.rows} == {"NK01", "WK01"}
    with pytest.raises(PermissionDenied):
        services.score_import.template(hospital.nurse_a, campaign, PhaseKind.EVALUATION)
    with pytest.raises(PermissionDenied):
        services.score_import.template(hospital.inspector, campaign, PhaseKind.SELF_CHECK)


def fill(path: Path, inspections: list[dict[str, object]]) -> Path:
    """Fills the template's rows as an inspector would in Excel: name, date (a real date cell),
    and here and there a deduction, 不适用 or 否决 with its problem."""
    book = load_workbook(path)
    sheet = book["评分"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in header}
    for row in range(2, sheet.max_row + 1):
        key = (sheet.cell(row, 1).value, sheet.cell(row, 3).value)
        for inspection in inspections:
            if (inspection["ward"], inspection["checklist"]) != key:
                continue
            sheet.cell(row, column["检查人"]).value = inspection["inspector"]
            sheet.cell(row, column["检查日期"]).value = inspection["day"]
            item = sheet.cell(row, column["条目编码"]).value
            for name, value in inspection.get("items", {}).get(item, {}).items():  # type: ignore[attr-defined]
                sheet.cell(row, column[name]).value = value
    book.save(path)
    return path


def evaluation_template(services: Services, hospital: Hospital, path: Path) -> Path:
    """The evaluation opened and its 评分 template written, as the department hands it out."""
    open_evaluation(services, hospital)
    template = services.score_import.template(
        hospital.admin, hospital.campaign.id, PhaseKind.EVALUATION
    )
    write_template(path, template)
    return path


def test_round_trip_template_filled_in_excel_becomes_submitted_inspections(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    campaign = hospital.campaign.id
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    day = TODAY - timedelta(days=1)
    fill(
        path,
        [
            {
                "ward": "NK01",
                "checklist": "WARD_ENV",
                "inspector": INSPECTOR,
                "day": day,
                "items": {
                    "WE01": {"扣分": 1.5, "问题描述": "走廊堆放杂物"},
                    "WE08": {"不适用": "是"},
                },
            },
            {
                "ward": "WK01",
                "checklist": "BASIC_CARE",
                "inspector": "护理部 钱敏",
                "day": day,
                "items": {"BC05": {"否决": "是", "问题描述": "院内压疮未上报"}},
            },
        ],
    )
    result = services.score_import.import_scores(
        Actor.command_line(), campaign, read_scores_workbook(path), path.name
    )
    assert [(i.ward_code, i.checklist_code, i.score, i.findings) for i in result.imported] == [
        ("NK01", "WARD_ENV", Decimal("98.42"), 1),
        ("WK01", "BASIC_CARE", Decimal("100.00"), 1),
    ]
    assert result.template_rows == 2 * 49 - 10 - 10
    with services.database.transaction(read_only=True) as session:
        inspections = session.scalars(select(Inspection).order_by(Inspection.id)).all()
        assert [
            (i.phase, i.status, i.inspector_id, i.inspector_name, i.inspected_on, i.updated_by)
            for i in inspections
        ] == [
            (PhaseKind.EVALUATION, SheetStatus.SUBMITTED, None, INSPECTOR, day, "cli"),
            (PhaseKind.EVALUATION, SheetStatus.SUBMITTED, None, "护理部 钱敏", day, "cli"),
        ]
        nk01 = {r.item.code: r for r in inspections[0].results}
        assert len(nk01) == 10
        assert (nk01["WE01"].deduction, nk01["WE01"].problem) == (Decimal("1.5"), "走廊堆放杂物")
        assert nk01["WE08"].not_applicable and nk01["WE02"].deduction == 0
        items = session.execute(
            select(
                RectificationItem.item_code,
                RectificationItem.deduction,
                RectificationItem.veto_failed,
                RectificationItem.problem,
            ).order_by(RectificationItem.id)
        ).all()
        assert items == [
            ("WE01", Decimal("1.5"), False, "走廊堆放杂物"),
            ("BC05", Decimal(0), True, "院内压疮未上报"),
        ]
        audit = session.execute(
            select(AuditEntry.username, AuditEntry.action, AuditEntry.entity_id).where(
                AuditEntry.action == "import"
            )
        ).all()
        assert audit == [("cli", "import", inspections[0].id), ("cli", "import", inspections[1].id)]

    before = database_state(services)
    again = services.score_import.import_scores(
        Actor.command_line(), campaign, read_scores_workbook(path), path.name
    )
    assert (len(again.imported), len(again.already_there)) == (0, 2)
    assert database_state(services) == before


def test_the_same_file_after_its_phase_closed_still_adds_nothing_without_error(
    services: Services, hospital: Hospital
) -> None:
    rows = rows_for(services, hospital, phase="自查", inspector="张丽")
    services.score_import.import_scores(hospital.admin, hospital.campaign.id, rows)
    services.campaigns.close_phase(hospital.admin, hospital.campaign.id, PhaseKind.SELF_CHECK)
    result = services.score_import.import_scores(hospital.admin, hospital.campaign.id, rows)
    assert (len(result.imported), len(result.already_there)) == (0, 1)


def test_a_submitted_inspection_with_other_scores_is_refused_by_name(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    campaign = hospital.campaign.id
    services.score_import.import_scores(hospital.admin, campaign, rows_for(services, hospital))
    changed = rows_for(services, hospital, changes={"WE02": {"deduction": "1", "problem": "异味"}})
    problems = refused(services, hospital.admin, campaign, changed)
    assert [(p.row, p.column, p.reason.template) for p in problems] == [
        (2, "检查人", MSG_ALREADY_SUBMITTED)
    ]
    assert problems[0].reason.params | {"when": ""} == {
        "ward": "NK01",
        "checklist": "WARD_ENV",
        "phase": "评比",
        "inspector": INSPECTOR,
        "date": DAY,
        "when": "",
    }


def test_a_self_check_already_submitted_on_screen_is_refused_unless_identical(
    services: Services, hospital: Hospital
) -> None:
    sheet = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    submit(
        services, hospital.nurse_a, hospital.key(), with_deduction(sheet.definition, "WE03", "0.5")
    )
    rows = rows_for(services, hospital, phase="自查", inspector="张丽", day=TODAY.isoformat())
    problems = refused(services, hospital.admin, hospital.campaign.id, rows)
    assert [p.reason.template for p in problems] == [MSG_ALREADY_SUBMITTED]
    same = rows_for(
        services,
        hospital,
        phase="自查",
        inspector="张丽",
        day=TODAY.isoformat(),
        changes={"WE03": {"deduction": "0.5", "problem": "检查发现问题"}},
    )
    result = services.score_import.import_scores(hospital.admin, hospital.campaign.id, same)
    assert (len(result.imported), len(result.already_there)) == (0, 1)


def test_a_draft_with_the_same_key_is_replaced_by_the_paper_sheet(
    services: Services, hospital: Hospital
) -> None:
    sheet = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    version = services.inspections.save_draft(
        hospital.nurse_a, hospital.key(), full_marks(sheet.definition), 0
    ).version
    rows = rows_for(
        services,
        hospital,
        phase="自查",
        inspector="张丽",
        changes={"WE05": {"deduction": "3", "problem": "卫生间有异味"}},
    )
    result = services.score_import.import_scores(hospital.admin, hospital.campaign.id, rows)
    assert [i.replaced_draft for i in result.imported] == [True]
    after = services.inspections.open_sheet(hospital.nurse_a, hospital.key())
    assert (after.status, after.version, after.inspector_name) == (
        SheetStatus.SUBMITTED,
        version + 1,
        "张丽",
    )
    assert after.entries["WE05"].deduction == Decimal(3)


def test_a_formula_cell_is_listed_with_every_other_problem_of_the_file(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    from nursingqc.reports.excel.scores_file import read_scores_workbook
    from nursingqc.reports.excel.workbooks import MSG_FORMULA

    campaign = hospital.campaign.id
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    day = TODAY - timedelta(days=1)
    fill(
        path,
        [
            {
                "ward": "NK01",
                "checklist": "WARD_ENV",
                "inspector": INSPECTOR,
                "day": day,
                "items": {
                    "WE01": {"扣分": "=1+1", "问题描述": "走廊堆放杂物"},
                    "WE02": {"扣分": 99, "问题描述": "异味"},
                },
            }
        ],
    )
    before = database_state(services)
    unreadable: list[RowProblem] = []
    rows = read_scores_workbook(path, cell_problems=unreadable)
    with pytest.raises(ImportRefused) as refused_file:
        services.score_import.import_scores(hospital.admin, campaign, rows, path.name, unreadable)
    reasons = [(p.column, p.reason.template) for p in refused_file.value.problems]
    assert ("扣分", MSG_FORMULA) in reasons
    assert len(reasons) >= 2  # WE02's 99 points is listed too, in the same pass
    assert database_state(services) == before


def test_a_repeated_column_is_refused_and_nothing_is_imported(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    """An empty second 扣分 column at the end used to win: every deduction was stored as 0."""
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    fill(
        path,
        [
            {
                "ward": "NK01",
                "checklist": "WARD_ENV",
                "inspector": INSPECTOR,
                "day": TODAY - timedelta(days=1),
                "items": {"WE01": {"扣分": 1.5, "问题描述": "走廊堆放杂物"}},
            }
        ],
    )
    book = load_workbook(path)
    sheet = book["评分"]
    sheet.cell(1, sheet.max_column + 1).value = "扣分"
    book.save(path)
    before = database_state(services)

    with pytest.raises(ImportRefused) as refusal:
        services.score_import.import_scores(
            Actor.command_line(), hospital.campaign.id, read_scores_workbook(path), path.name
        )

    assert refusal.value.problems == [
        RowProblem("评分", 1, "扣分", Message(MSG_REPEATED_COLUMN, {"column": "扣分", "count": 2}))
    ]
    assert database_state(services) == before


def test_an_imported_problem_over_its_limit_is_refused_by_row_and_column(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    rows = first(deduction="1", problem="走廊堆放杂物" * 84)(rows_for(services, hospital))
    too_long = Message(
        MSG_TEXT_TOO_LONG, {"field": Message(texts.PROBLEM.label), "limit": 500, "length": 504}
    )
    assert refused(services, hospital.admin, hospital.campaign.id, rows) == [
        problem(2, "问题描述", MSG_ITEM_TEXT, item="WE01", reason=too_long)
    ]


def nk01_ward_env(
    path: Path, day: object, items: dict[str, dict[str, object]] | None = None
) -> Path:
    return fill(
        path,
        [
            {
                "ward": "NK01",
                "checklist": "WARD_ENV",
                "inspector": INSPECTOR,
                "day": day,
                "items": items or {"WE01": {"扣分": 1.5, "问题描述": "走廊堆放杂物"}},
            }
        ],
    )


def imported_day(services: Services, hospital: Hospital, path: Path) -> date:
    result = services.score_import.import_scores(
        Actor.command_line(), hospital.campaign.id, read_scores_workbook(path), path.name
    )
    (inspection,) = result.imported
    return inspection.inspected_on


def test_a_date_time_cell_is_read_as_its_date(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    """The round's time typed with the date (2026-07-07 09:30) used to refuse every row."""
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    nk01_ward_env(path, datetime(2026, 7, 7, 9, 30))
    assert imported_day(services, hospital, path) == date(2026, 7, 7)


def builtin_chinese_date_format(xml: bytes) -> bytes:
    """Chinese Excel saves 2026年7月7日 as built-in format 31, with no format of its own in the
    styles part (openpyxl wrote the same format as a custom one, id 164 and up)."""
    custom = re.search('<numFmt numFmtId="(\\d+)" formatCode="yyyy&quot;年[^/]*/>'.encode(), xml)
    assert custom is not None
    xml = xml.replace(custom.group(0), b"")
    return xml.replace(b'numFmtId="' + custom.group(1) + b'"', b'numFmtId="31"')


def test_a_date_number_in_chinese_excels_built_in_format_is_read_as_its_date(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    nk01_ward_env(path, date(2026, 7, 7))
    book = load_workbook(path)
    sheet = book["评分"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 10).number_format = 'yyyy"年"m"月"d"日"'
    book.save(path)
    rewrite_workbook_part(path, "xl/styles.xml", builtin_chinese_date_format)
    assert imported_day(services, hospital, path) == date(2026, 7, 7)


def test_a_column_where_no_date_can_be_read_is_refused_in_one_line(
    services: Services, hospital: Hospital, tmp_path: Path
) -> None:
    """Dates typed into a General column are numbers (46210) that show no date: not one line
    per row, which would bury the one other problem of the file."""
    path = evaluation_template(services, hospital, tmp_path / "评比.xlsx")
    nk01_ward_env(path, 46210, {"WE02": {"扣分": "两分"}})
    book = load_workbook(path)
    for (cell,) in book["评分"].iter_rows(min_row=2, min_col=10, max_col=10):
        cell.number_format = "General"  # the template's own date format would show 2026-07-06
    book.save(path)
    rows = read_scores_workbook(path)
    assert refused(services, Actor.command_line(), hospital.campaign.id, rows) == [
        problem(2, "检查日期", MSG_NO_DATE_READABLE, count=10, first=2, last=11, value="46210"),
        problem(3, "扣分", MSG_NOT_A_NUMBER, value="两分"),
    ]


def test_one_unreadable_date_among_readable_ones_is_named_on_its_row(
    services: Services, hospital: Hospital
) -> None:
    open_evaluation(services, hospital)
    rows = first(inspected_on="7月7日")(rows_for(services, hospital))
    problems = refused(services, hospital.admin, hospital.campaign.id, rows)
    assert problem(2, "检查日期", MSG_BAD_DATE, value="7月7日") in problems
    assert all(p.reason.template != MSG_NO_DATE_READABLE for p in problems)


def test_a_sheet_dated_outside_its_phase_is_imported_with_the_warning(
    services: Services, hospital: Hospital
) -> None:
    """rules §2.4: entries outside the phase's dates are allowed, with a visible warning. The
    evaluation week is 2026-07-20 ~ 07-26; the inspector's date is 07-07, in the self-check's."""
    open_evaluation(services, hospital)
    rows = rows_for(services, hospital) + rows_for(
        services, hospital, "WK01", phase="自查", inspector="李敏", start=12
    )
    result = services.score_import.import_scores(hospital.admin, hospital.campaign.id, rows)
    assert [(i.ward_code, i.phase, i.warning) for i in result.imported] == [
        (
            "NK01",
            PhaseKind.EVALUATION,
            Message(
                MSG_OUTSIDE_PHASE,
                {"date": DAY, "phase": "评比", "start": "2026-07-20", "end": "2026-07-26"},
            ),
        ),
        ("WK01", PhaseKind.SELF_CHECK, None),
    ]
