"""Ranking benchmark: the ranking service against bare sqlite3 on the realistic month, and the
ranking workbook of a generated 300-ward hospital.

**The service** (target ≤ 3×): on the realistic month (``benchmarks/month.py``: answered
rectification items, three earlier campaigns), a fresh process alternates run by run
(``harness.alternate``) ``RankingService.ranking`` — the campaign, both phases' sums, the
rectification rates, model wards, the domain's exact ranking, the rounded rows — with the same
figures read on a bare ``sqlite3`` connection: the campaign's wards, the two phases' ``GROUP BY``
inspection sums and the rectification counts by ward.

**The workbook**: on its own generated hospital, 5 checklists; per ward and checklist 1
self-check and 3 evaluation inspections, every item scored (≈ 60,000 item rows), inserted in
bulk. Measured in one run, medians of several:

- the ranking service against a hand-written SQL ``GROUP BY`` over the same rows on the same
  connection (no rectification items there);
- writing the ranking workbook with its 明细 sheet of every item (target ≤ 3 s), and the PDF;
- peak memory (target ≤ 400 MB): the maximum resident size of the process that measures, a fresh
  one opening the generated database (the generator runs before it, in the parent).

    .venv/bin/python benchmarks/ranking.py [--runs 5] [--wards 300|3000] [--service-only]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, text

from benchmarks.harness import Comparison, alternate, save
from benchmarks.month import ADMIN, month_database
from nursingqc.domain.workflow import PhaseKind, SheetStatus
from nursingqc.reports.excel.ranking_workbook import write_ranking_workbook
from nursingqc.reports.pdf.ranking import write_ranking_pdf
from nursingqc.services.campaigns import CampaignSpec
from nursingqc.services.container import open_services
from nursingqc.storage.models import Checklist, Inspection, ItemResult, Ward

OUT = Path(__file__).resolve().parent / "out"
NOW = datetime(2026, 7, 20, 2, 0, tzinfo=UTC)
NURSES = ("王芳", "李娜", "张敏", "刘洋", "陈静", "")

#: What a developer would write by hand for the same figures: both phases, one GROUP BY each.
BASELINE_SQL = """
SELECT i.ward_id, c.code,
       SUM(CASE WHEN r.not_applicable = 0 THEN ci.points - r.deduction ELSE 0 END),
       SUM(CASE WHEN r.not_applicable = 0 THEN ci.points ELSE 0 END),
       MAX(r.veto_failed)
FROM inspections i
JOIN checklists c ON c.id = i.checklist_id
JOIN item_results r ON r.inspection_id = i.id
JOIN checklist_items ci ON ci.id = r.item_id
WHERE i.campaign_id = :campaign AND i.phase = :phase AND i.status = 'submitted'
GROUP BY i.id, i.ward_id, c.code
"""

#: The rest of the figures the ranking shows, on the bare connection: the wards as printed, and
#: per ward the rectification items counted (withdrawn left out), verified, verified on time.
BARE_WARDS = """
SELECT w.id, coalesce(cw.printed_code, w.code), coalesce(cw.printed_name, w.name)
FROM campaign_wards cw JOIN wards w ON w.id = cw.ward_id
WHERE cw.campaign_id = :campaign ORDER BY 2
"""
BARE_RECTIFICATION = """
SELECT ward_id, sum(status != 'withdrawn'), sum(status = 'verified'),
       sum(status = 'verified' AND verified_on <= deadline)
FROM rectification_items WHERE campaign_id = :campaign GROUP BY ward_id
"""
TARGET_RATIO = 3.0


def compare_service(path: Path, campaign: int, runs: int) -> None:
    """The service against bare sqlite3, alternating, in its own process; prints JSON."""
    services = open_services(f"sqlite:///{path}")
    admin = services.accounts.login(*ADMIN)
    connection = sqlite3.connect(path)
    params = {"campaign": campaign}

    def bare() -> list[list[object]]:
        figures = [connection.execute(BARE_WARDS, params).fetchall()]
        for phase in (PhaseKind.EVALUATION, PhaseKind.SELF_CHECK):
            query = connection.execute(BASELINE_SQL, {**params, "phase": phase.value})
            figures.append(query.fetchall())
        figures.append(connection.execute(BARE_RECTIFICATION, params).fetchall())
        return figures

    comparison = alternate(
        "ranking service", lambda: services.ranking.ranking(admin, campaign), bare, runs
    )
    print(json.dumps(comparison.__dict__))


def service_part(wards: int, runs: int) -> int:
    month = month_database(wards)
    print(f"{month.path.name}: {month.describe()}")
    command = [sys.executable, __file__, "--runs", str(runs), "--wards", str(wards)]
    command += ["--compare", str(month.path), str(month.campaign_id)]
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    comparison = Comparison(**json.loads(output.strip().splitlines()[-1]))
    save(f"ranking-service-{wards}", {"service": comparison})
    print(f"medians of {runs} alternating runs in a fresh process")
    print("  " + comparison.line(TARGET_RATIO))
    return 1 if comparison.ratio > TARGET_RATIO else 0


def generate(url: str, wards: int, seed: int = 2026) -> tuple[object, int, int]:
    """The hospital, in bulk inserts; returns (services, admin actor, campaign id) and rows."""
    services = open_services(url)
    admin = services.accounts.first_run("某某市第一人民医院", "admin", "护理部 王主任", "secret123")
    rng = random.Random(seed)
    with services.database.transaction() as session:
        session.execute(
            insert(Ward),
            [
                {"code": f"W{n:03d}", "name": f"第{n}病区", "head_nurse_name": "", "active": True}
                for n in range(1, wards + 1)
            ],
        )
    campaign = services.campaigns.create_campaign(
        admin, CampaignSpec(name="2026年7月基础护理质量提升活动月", starts_on=date(2026, 7, 6))
    )
    with services.database.transaction() as session:
        ward_ids = list(session.scalars(select(Ward.id).order_by(Ward.code)))
        checklists = [session.get(Checklist, c.checklist_id) for c in campaign.checklists]
        items = {
            row.id: [(item.id, item.points, item.veto) for item in row.items]
            for row in checklists
            if row is not None
        }
        inspections, results = [], []
        next_id = 1
        for ward_id in ward_ids:
            quality = rng.uniform(0.0, 0.08)  # how much a ward tends to lose per item
            for checklist_id, checklist_items in items.items():
                sheets = [(PhaseKind.SELF_CHECK, "护士长")] + [
                    (PhaseKind.EVALUATION, f"质控员{k}") for k in range(1, 4)
                ]
                for phase, inspector in sheets:
                    inspections.append(
                        {
                            "id": next_id,
                            "campaign_id": campaign.id,
                            "phase": phase,
                            "ward_id": ward_id,
                            "checklist_id": checklist_id,
                            "inspector_name": inspector,
                            "inspected_on": date(2026, 7, 20),
                            "status": SheetStatus.SUBMITTED,
                            "created_at": NOW,
                            "updated_at": NOW,
                            "submitted_at": NOW,
                            "version": 1,
                            "updated_by": inspector,
                        }
                    )
                    for item_id, points, veto in checklist_items:
                        lenient = 0.5 if phase is PhaseKind.SELF_CHECK else 1.0
                        lost = rng.random() < quality * 6 * lenient
                        deduction = (
                            min(points, Decimal(rng.randint(1, 20)) / 10) if lost else Decimal(0)
                        )
                        results.append(
                            {
                                "inspection_id": next_id,
                                "item_id": item_id,
                                "deduction": deduction,
                                "not_applicable": not lost and rng.random() < 0.01,
                                "veto_failed": veto and rng.random() < 0.002,
                                "problem": "检查发现问题，需整改" if lost else "",
                                "nurse": rng.choice(NURSES) if lost else "",
                            }
                        )
                    next_id += 1
        session.execute(insert(Inspection), inspections)
        session.execute(insert(ItemResult), results)
    return services, admin, campaign.id, len(results)  # type: ignore[return-value]


def median_time(function: Callable[[], object], runs: int) -> tuple[float, object]:
    function()  # warm-up: caches, compiled statements
    times, result = [], None
    for _ in range(runs):
        result = None  # the previous run's result is not kept alive during the next
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows: the benchmark still runs, without this figure
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(database: Path, runs: int, wards: int) -> int:
    """The timed part, in a process of its own: its peak memory is the export's, not the
    generator's."""
    services = open_services(f"sqlite:///{database}")
    with services.database.transaction() as session:
        campaign = session.scalar(select(Inspection.campaign_id).limit(1))
        rows = session.scalar(select(func.count(ItemResult.id)))
    admin = services.accounts.login("admin", "secret123")
    ranking = services.ranking

    ranking_time, view = median_time(lambda: ranking.ranking(admin, campaign), runs)

    def baseline() -> list[object]:
        with services.database.engine.connect() as connection:
            return [
                connection.execute(
                    text(BASELINE_SQL), {"campaign": campaign, "phase": phase.value}
                ).all()
                for phase in (PhaseKind.EVALUATION, PhaseKind.SELF_CHECK)
            ]

    baseline_time, sums = median_time(baseline, runs)
    workbook = OUT / "ranking.xlsx"

    def export() -> int:  # the 明细 rows are read while they are written
        with ranking.details(admin, campaign) as details:
            write_ranking_workbook(view, details, workbook, made_on=date.today())
            return len(details)

    workbook_time, detail_rows = median_time(export, runs)
    pdf = OUT / "ranking.pdf"
    pdf_time, pages = median_time(lambda: write_ranking_pdf(view, pdf, date.today()), runs)
    services.close()

    ratio = ranking_time / baseline_time
    peak = peak_rss_mb()
    print(f"hospital: {wards} wards, {rows} item rows; medians of {runs} runs after a warm-up")
    print(f"ranking from the database (service):   {ranking_time * 1000:8.1f} ms")
    print(f"hand-written SQL GROUP BY (2 phases):  {baseline_time * 1000:8.1f} ms")
    print(f"ratio:                                 {ratio:8.2f}x   (target <= 3x)")
    print(f"ranking workbook, {detail_rows} detail rows read and written:")
    print(f"                                       {workbook_time:8.2f} s    (target <= 3 s)")
    print(f"   {workbook.stat().st_size // 1024} KB: {workbook}")
    print(f"ranking PDF ({pages} pages):             {pdf_time:8.2f} s")
    if peak is not None:
        print(f"peak memory (max RSS of this process): {peak:8.1f} MB (target <= 400 MB)")
    assert len(sums[0]) == 3 * 5 * wards  # type: ignore[index]
    missed = ratio > 3 or workbook_time > 3 or (peak or 0) > 400
    return 1 if missed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--service-only", action="store_true", help="skip the workbook part")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--compare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    database = OUT / f"ranking-{args.wards}.sqlite3"
    if args.measure:
        return measure(database, args.runs, args.wards)
    if args.compare:
        compare_service(Path(args.compare[0]), int(args.compare[1]), args.runs)
        return 0
    missed = service_part(args.wards, args.runs)
    if args.service_only:
        return missed
    OUT.mkdir(exist_ok=True)
    for leftover in OUT.glob(f"{database.name}*"):
        leftover.unlink()
    start = time.perf_counter()
    services, _, _, rows = generate(f"sqlite:///{database}", args.wards)
    services.close()  # type: ignore[attr-defined]
    print(f"generated {rows} item rows in {time.perf_counter() - start:.1f} s: {database}")
    child = [sys.executable, __file__, "--measure", "--runs", str(args.runs)]
    return subprocess.run([*child, "--wards", str(args.wards)], check=False).returncode or missed


if __name__ == "__main__":
    sys.exit(main())
