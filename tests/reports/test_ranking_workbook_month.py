"""The ranking workbook of a realistic month, as the department exports it: 150 wards with many
equal totals, ward names at their 100-character limit, vetoes, unfinished self-checks, model wards
the department changed with a reason, and excellent nurses approved, declined and waiting."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import update

from nursingqc.domain.ranking import WardStatus
from nursingqc.domain.workflow import PhaseKind
from nursingqc.reports.excel.ranking_workbook import write_ranking_workbook
from nursingqc.services.container import Services
from nursingqc.storage.models import Ward
from tests.months import BED, ENV, SERVICE, build_month

WARDS = 150
LONG_NAME = "心血管内科（含冠心病监护病房、心脏介入中心及心律失常诊疗中心）" * 4


def test_a_realistic_month_reads_back_whole_with_its_marks(
    services: Services, tmp_path: Path
) -> None:
    month = build_month(services, wards=WARDS, awards=5)
    long_name = LONG_NAME[:100]
    with services.database.transaction() as session:
        session.execute(update(Ward).where(Ward.code.in_(["W01", "W77"])).values(name=long_name))
    for number in range(1, WARDS + 1):
        code = f"W{number:02d}"
        # Seven totals among 150 wards: ties everywhere.
        month.put_all(code, WARD_ENV=str(number % 7 + 1) if number % 7 else "")
        checklists = (ENV,) if number % 10 == 3 else (ENV, BED, SERVICE)
        for checklist in checklists:
            month.put(code, checklist, phase=PhaseKind.SELF_CHECK)
    for code in ("W02", "W09"):  # full marks but a failed veto item
        month.put(code, SERVICE, month.entries(SERVICE, veto=("SV04",)), inspector="乙")
    admin, campaign = month.admin, month.campaign.id
    before = services.ranking.ranking(admin, campaign)
    proposed = before.proposed
    added = next(r.ward for r in before.rows if r.status is WardStatus.COMPLETE and not r.proposed)
    reason = f"{added.code}病区整改成效显著，增选为示范病房"
    chosen = [ward.id for ward in proposed[1:]] + [added.id]
    services.ranking.confirm_model_wards(admin, campaign, chosen, reason, seen=None)
    nominees = [
        services.nominations.nominate(admin, campaign, month.wards[code], nurse, "服务热情")
        for code, nurse in ((added.code, "王芳"), ("W03", "=HYPERLINK(1)"), ("W50", "李娜"))
    ]
    services.nominations.decide_nomination(admin, nominees[0].id, True, seen=None)
    services.nominations.decide_nomination(admin, nominees[2].id, False, "材料不足", seen=None)

    view = services.ranking.ranking(admin, campaign)
    path = tmp_path / "排名.xlsx"
    with services.ranking.details(admin, campaign) as details:
        detail_count = len(details)
        write_ranking_workbook(
            view,
            details,
            path,
            made_on=date(2026, 8, 3),
            nominees=services.nominations.nominations(admin, campaign),
        )
    book = load_workbook(path)
    ranking = book["排名"]
    rows = [[cell.value for cell in line] for line in ranking.iter_rows(min_row=3)]
    assert [line[1] for line in rows] == [row.ward.code for row in view.rows]
    assert len(rows) == WARDS and len(set(line[0] for line in rows if line[0])) < 20  # ties
    by_code = {line[1]: line for line in rows}
    assert by_code["W01"][2] == long_name and len(long_name) == 100
    assert by_code["W03"][7] == "自查未完成 1/3" and by_code["W13"][7] == "自查未完成 1/3"
    assert by_code["W04"][7] == 100  # full marks on every self-check
    assert [line[1] for line in rows if line[10] == "是"] == ["W02", "W09"]
    assert {line[1] for line in rows if line[11] == "示范病房"} == {
        *(ward.code for ward in proposed[1:]),
        added.code,
    }
    assert book["明细"].max_row == detail_count + 1

    model = [[cell.value for cell in line] for line in book["示范病房"].iter_rows(min_row=5)]
    decisions = {line[1]: (line[4], line[5], line[6]) for line in model}
    assert decisions[proposed[0].code] == ("建议", "未选为示范病房", reason)
    assert decisions[added.code] == (None, "增选为示范病房", reason)
    assert len(model) == len(proposed) + 1

    nurses = [[cell.value for cell in line] for line in book["优秀护士"].iter_rows(min_row=4)]
    assert [(line[0], line[2], line[6]) for line in nurses] == [
        (added.code, "王芳", "已批准"),
        ("W03", "=HYPERLINK(1)", "待审批"),
        ("W50", "李娜", "未批准"),
    ]
    assert book["优秀护士"]["C5"].data_type == "s"

    ranked = [row for row in view.rows if row.total is not None]
    lowest = min(row.total for row in ranked if row.total is not None)
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode("utf-8")
    minimum = int(re.search(r'<min val="(\d+)" />', chart).group(1))  # type: ignore[union-attr]
    assert lowest - 7 <= minimum <= lowest - 2 and minimum % 5 == 0
    marked = {int(index) for index in re.findall(r'<dPt><idx val="(\d+)" />', chart)}
    assert marked == {i for i, row in enumerate(ranked) if row.model_ward or row.veto}
    assert len(marked) == len(proposed) + 2  # one proposed struck, one added; two vetoes
