"""Autosave benchmark: a draft saved in ≤ 20 ms, the same at 3,000 wards as at 300.

On a copy of the realistic month (``benchmarks/month.py``) whose self-check and evaluation are
open again, with one self-check sheet and one evaluation inspection of the first ward back to
drafts, a fresh process times, ours and the baseline alternating run by run
(``harness.alternate``), medians after a warm-up:

- **sheet draft**: ``InspectionService.save_draft`` of the self-check sheet, as its head nurse,
  with the sheet's own entries (so the rows keep their values; the version moves on);
- **sheet draft + picker**: the same, then what the self-check page does after an autosave of
  a sheet its picker lists as a draft: that line's score so far from the saved entries
  (``sheet_score``; the picker itself is not read again);
- **evaluation draft + list**: ``save_draft`` of the evaluation inspection, as an inspector,
  then the page's line of that inspection from the saved entries the same way;
- **first save + picker read**, **first save + list read**: the draft, then ``sheets`` or
  ``evaluation_inspections`` — what the pages read after the save that makes a draft (once per
  sheet; the line is not listed yet);
- **总结 draft**: ``SummaryService.save_draft`` of the department's text, as the department.

The baseline is the same write on a bare ``sqlite3`` connection with the program's pragmas (WAL,
``synchronous=FULL``): BEGIN IMMEDIATE, read the version, UPDATE the item rows (or the text) and
the version, COMMIT — plus, where ours reads the picker or the list, a ``GROUP BY`` of that ward's
sheets. Each is timed twice: on the wall clock, and in the process's CPU time
(``time.process_time``), which on cores shared with other work does not take in their bursts.
Targets: every autosave ≤ 20 ms; exit code 1 when one is missed.

    .venv/bin/python benchmarks/autosave.py [--runs 15] [--wards 300|3000] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import OUT, Comparison, alternate, peak_rss_mb, save
from benchmarks.month import ADMIN, INSPECTORS, PASSWORD, month_database

TARGET_S = 0.020
#: A day of the month's self-check week, when head nurses type their sheets.
TODAY = date(2026, 11, 4)


def reopen(path: Path, campaign_id: int) -> tuple[int, int]:
    """The copy's self-check and evaluation open again, one sheet of each of the first ward a
    draft; returns (self-check id, evaluation id)."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE campaign_phases SET state = 'open' WHERE campaign_id = ? "
            "AND kind IN ('self_check', 'evaluation')",
            (campaign_id,),
        )
        chosen = []
        for phase in ("self_check", "evaluation"):
            (inspection_id,) = connection.execute(
                "SELECT id FROM inspections WHERE campaign_id = ? AND phase = ? "
                "ORDER BY ward_id, checklist_id, id LIMIT 1",
                (campaign_id, phase),
            ).fetchone()
            connection.execute(
                "UPDATE inspections SET status = 'draft', submitted_at = NULL WHERE id = ?",
                (inspection_id,),
            )
            chosen.append(inspection_id)
    return chosen[0], chosen[1]


def bare_saves(path: Path, campaign_id: int, ids: tuple[int, int]) -> dict[str, Callable[[], None]]:
    """The baseline: each autosave's write (and read) by hand on a bare connection."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        connection.execute(f"PRAGMA {pragma}")

    def rows_of(inspection_id: int) -> list[tuple[object, ...]]:
        return connection.execute(
            "SELECT deduction, not_applicable, veto_failed, problem, nurse, inspection_id, "
            "item_id FROM item_results WHERE inspection_id = ?",
            (inspection_id,),
        ).fetchall()

    entries = {inspection_id: rows_of(inspection_id) for inspection_id in ids}
    (ward_id,) = connection.execute(
        "SELECT ward_id FROM inspections WHERE id = ?", (ids[0],)
    ).fetchone()

    def sheet(inspection_id: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("SELECT version FROM inspections WHERE id = ?", (inspection_id,))
        connection.executemany(
            "UPDATE item_results SET deduction = ?, not_applicable = ?, veto_failed = ?, "
            "problem = ?, nurse = ? WHERE inspection_id = ? AND item_id = ?",
            entries[inspection_id],
        )
        connection.execute(
            # the version is written unchanged: ours, saving in turn, carries its own on
            "UPDATE inspections SET version = version, updated_at = updated_at, "
            "updated_by = updated_by WHERE id = ?",
            (inspection_id,),
        )
        connection.execute("COMMIT")

    def sheets_of_ward(phase: str) -> None:
        connection.execute(
            "SELECT i.checklist_id, i.status, sum(r.deduction) FROM inspections i "
            "JOIN item_results r ON r.inspection_id = i.id WHERE i.campaign_id = ? "
            "AND i.ward_id = ? AND i.phase = ? GROUP BY i.id",
            (campaign_id, ward_id, phase),
        ).fetchall()

    def summary_text() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "SELECT version FROM summary_notes WHERE campaign_id = ?", (campaign_id,)
        )
        connection.execute(
            "UPDATE summary_notes SET cause_analysis = cause_analysis, version = version, "
            "updated_at = updated_at WHERE campaign_id = ?",
            (campaign_id,),
        )
        connection.execute("COMMIT")

    def picker_read() -> None:
        sheet(ids[0])
        sheets_of_ward("self_check")

    def list_read() -> None:
        sheet(ids[1])
        sheets_of_ward("evaluation")

    return {
        "sheet": lambda: sheet(ids[0]),
        "picker": lambda: sheet(ids[0]),
        "evaluation": lambda: sheet(ids[1]),
        "picker read": picker_read,
        "list read": list_read,
        "summary": summary_text,
    }


def program_saves(
    path: Path, campaign_id: int, ids: tuple[int, int]
) -> dict[str, Callable[[], None]]:
    """Ours: each autosave as the pages call it, the version carried from save to save."""
    from nursingqc.domain.scoring import sheet_score
    from nursingqc.domain.workflow import PhaseKind
    from nursingqc.services.container import open_services
    from nursingqc.services.inspections import SheetKey
    from nursingqc.services.summary import SummaryText

    with closing(sqlite3.connect(path)) as connection:
        where = {
            inspection_id: connection.execute(
                "SELECT w.code, w.id, i.checklist_id FROM inspections i JOIN wards w "
                "ON w.id = i.ward_id WHERE i.id = ?",
                (inspection_id,),
            ).fetchone()
            for inspection_id in ids
        }
    services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
    inspections = services.inspections
    admin = services.accounts.login(*ADMIN)
    inspector = services.accounts.login(INSPECTORS[0][0], PASSWORD)
    self_check_id, evaluation_id = ids
    ward_code, ward_id, _ = where[self_check_id]
    head_nurse = services.accounts.login(ward_code.lower(), PASSWORD)
    actors = {self_check_id: head_nurse, evaluation_id: inspector}
    phases = {self_check_id: PhaseKind.SELF_CHECK, evaluation_id: PhaseKind.EVALUATION}
    keys = {
        inspection_id: SheetKey(
            campaign_id, where[inspection_id][1], where[inspection_id][2], phase, inspection_id
        )
        for inspection_id, phase in phases.items()
    }
    sheets = {key: inspections.open_sheet(actors[key], keys[key]) for key in keys}
    versions = {key: sheet.version for key, sheet in sheets.items()}

    def sheet(inspection_id: int) -> None:
        saved = inspections.save_draft(
            actors[inspection_id],
            keys[inspection_id],
            sheets[inspection_id].entries,
            versions[inspection_id],
        )
        versions[inspection_id] = saved.version

    def line(inspection_id: int) -> None:
        """The save, then the page's listed line of that sheet from the entries saved."""
        sheet(inspection_id)
        sheet_score(sheets[inspection_id].definition, sheets[inspection_id].entries)

    def picker_read() -> None:
        sheet(self_check_id)
        inspections.sheets(head_nurse, campaign_id, ward_id)

    def list_read() -> None:
        sheet(evaluation_id)
        key = keys[evaluation_id]
        inspections.evaluation_inspections(inspector, campaign_id, key.ward_id, key.checklist_id)

    # The text as the page holds it, read from its row: the whole summary is not computed first,
    # so the process holds no more than a page would between two saves.
    with closing(sqlite3.connect(path)) as connection:
        causes, conclusions, steps, version = connection.execute(
            "SELECT cause_analysis, conclusions, next_steps, version FROM summary_notes "
            "WHERE campaign_id = ?",
            (campaign_id,),
        ).fetchone()
    text = SummaryText(causes, conclusions, steps, version)

    def summary_text() -> None:
        nonlocal text
        text = services.summary.save_draft(admin, campaign_id, text)

    return {
        "sheet": lambda: sheet(self_check_id),
        "picker": lambda: line(self_check_id),
        "evaluation": lambda: line(evaluation_id),
        "picker read": picker_read,
        "list read": list_read,
        "summary": summary_text,
    }


NAMES = {
    "sheet": "sheet draft",
    "picker": "sheet draft + picker",
    "evaluation": "evaluation draft + list",
    "picker read": "first save + picker read",
    "list read": "first save + list read",
    "summary": "总结 draft",
}


def child(path: Path, campaign_id: int, ids: tuple[int, int], runs: int) -> None:
    """The measured part, in its own process; prints the figures as JSON."""
    ours = program_saves(path, campaign_id, ids)
    bare = bare_saves(path, campaign_id, ids)
    figures: dict[str, object] = {
        key: alternate(NAMES[key], ours[key], bare[key], runs) for key in NAMES
    }
    figures |= {
        f"{key} cpu": alternate(f"{NAMES[key]}, CPU", ours[key], bare[key], runs, time.process_time)
        for key in NAMES
    }
    figures["peak_mb"] = peak_rss_mb()
    print(json.dumps({key: getattr(value, "__dict__", value) for key, value in figures.items()}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        path, campaign, self_check, evaluation = args.child
        child(Path(path), int(campaign), (int(self_check), int(evaluation)), args.runs)
        return 0
    month = month_database(args.wards, rebuild=args.rebuild)
    print(f"{month.path.name}: {month.describe()}")
    copy = OUT / f"autosave-{args.wards}.sqlite3"
    for stale in OUT.glob(f"{copy.name}*"):
        stale.unlink()
    shutil.copyfile(month.path, copy)  # the saves and the reopened phases stay out of the month
    try:
        ids = reopen(copy, month.campaign_id)
        command = [sys.executable, __file__, "--runs", str(args.runs), "--child", str(copy)]
        command += [str(month.campaign_id), str(ids[0]), str(ids[1])]
        output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    finally:
        for leftover in OUT.glob(f"{copy.name}*"):
            leftover.unlink()
    result = json.loads(output.strip().splitlines()[-1])
    comparisons = {
        key: Comparison(**result[key]) for key in [*NAMES, *(f"{key} cpu" for key in NAMES)]
    }
    save(f"autosave-{args.wards}", {**comparisons, "peak_mb": result["peak_mb"]})
    print(f"autosave at {args.wards} wards; medians of {args.runs} alternating runs (wall, CPU)")
    for comparison in comparisons.values():
        print("  " + comparison.line())
    print(f"  peak memory of the measuring process: {result['peak_mb']:.0f} MB")
    missed = [c.name for c in comparisons.values() if c.ours_median > TARGET_S]
    if missed:
        print(f"  over {TARGET_S * 1000:g} ms: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
