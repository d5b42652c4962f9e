"""Every export of a realistic month, as the user runs it, at growing hospital sizes.

Each export is the ``nursingqc`` command in a fresh process on ``month.py``'s month: the ranking
workbook (``ranking -o``), the workbook with the ranking PDF (``ranking -o --pdf``), the summary
PDF with its workbook (``summary -o --xlsx``), every ward's rectification notices (``notices``),
the certificates (``certificates``). The baseline is the same command's process doing next to
nothing on the same database (``campaign list``: start, open the database, one query), so
"ours − baseline" is the export's own time. Ours and the baseline alternate run by run
(``harness.alternate``, warm-up excluded: each run is a new process); medians; peak memory
from ``wait4``. The notices are also compared with bare reportlab writing the same text (the
first ``--sample`` wards' notices read by the service, then either NursingQC's layout or
``notices.py``'s plain platypus document of the same strings, every cause and measure a
paragraph), in fresh processes, alternating.

    .venv/bin/python benchmarks/exports.py [--wards 100,300,1000,3000] [--runs 3]
        [--exports ranking,ranking-pdf,summary,notices,certificates] [--sample 20]
        [--program CHECKOUT]

``--exports ""`` runs only the comparison of the notices with bare reportlab.

Targets (issue 14): every export completes at 3,000 wards; the ranking workbook ≤ 3 s at 300
wards; peak memory ≤ 400 MB at 3,000 wards; notices ≤ 1.5× bare reportlab. ``--program``
measures another checkout's command (its own venv is not needed: this one's runs it). Exit
code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import save
from benchmarks.month import Month, month_database
from benchmarks.notices import bare_document

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ("ranking", "ranking-pdf", "summary", "notices", "certificates")


def command(export: str, month: Month, folder: Path) -> list[str]:
    campaign = ["--campaign", str(month.campaign_id)]
    return {
        "ranking": ["ranking", *campaign, "-o", str(folder / "排名.xlsx")],
        "ranking-pdf": [
            "ranking",
            *campaign,
            "-o",
            str(folder / "排名.xlsx"),
            "--pdf",
            str(folder / "排名.pdf"),
        ],
        "summary": [
            "summary",
            *campaign,
            "-o",
            str(folder / "总结.pdf"),
            "--xlsx",
            str(folder / "总结.xlsx"),
        ],
        "notices": ["notices", *campaign, "-o", str(folder / "整改通知单.pdf")],
        "certificates": ["certificates", *campaign, "-o", str(folder / "奖状.pdf")],
        "baseline": ["campaign", "list"],
    }[export]


def run(arguments: Sequence[str], program: Path) -> tuple[float, float]:
    """Seconds and peak MB of one fresh process; a failure stops the benchmark."""
    environment = {**os.environ, "PYTHONPATH": str(program), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        arguments, cwd=program, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(arguments)} failed ({process.returncode}): {error}")
    return seconds, usage.ru_maxrss / 1024


def export_figures(month: Month, export: str, runs: int, program: Path) -> dict[str, float]:
    """Medians of ``runs`` alternating runs of the export and of the baseline process."""
    cli = [sys.executable, "-m", "nursingqc", "--db", month.url]
    ours: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="exports-") as name:
        for _ in range(runs):
            ours.append(run([*cli, *command(export, month, Path(name))], program))
            bare.append(run([*cli, *command("baseline", month, Path(name))], program))
        sizes = {path.name: path.stat().st_size for path in Path(name).iterdir()}
    seconds = statistics.median(s for s, _ in ours)
    baseline = statistics.median(s for s, _ in bare)
    return {
        "seconds": seconds,
        "baseline_seconds": baseline,
        "own_seconds": seconds - baseline,
        "peak_mb": max(mb for _, mb in ours),
        "baseline_peak_mb": max(mb for _, mb in bare),
        "output_mb": sum(sizes.values()) / 1e6,
    }


# -- notices against bare reportlab, in a child process --------------------------------------


def notices_child(side: str, url: str, campaign: int, sample: int) -> None:
    import io

    from nursingqc.domain.accounts import Actor
    from nursingqc.reports.pdf.layout import make_styles
    from nursingqc.reports.pdf.notice import write_notices
    from nursingqc.services.container import open_services

    services = open_services(url, existing=True)
    notices = list(services.notices.notices(Actor.command_line(), campaign))[:sample]
    make_styles()  # the font registered before the clock starts, on both sides
    out = io.BytesIO()
    started = time.perf_counter()
    if side == "ours":
        write_notices(notices, out)
    else:
        bare_document(notices, out)
    seconds = time.perf_counter() - started
    from pypdf import PdfReader

    out.seek(0)
    print(json.dumps({"seconds": seconds, "pages": len(PdfReader(out).pages)}))


def notices_against_reportlab(month: Month, runs: int, sample: int) -> dict[str, float]:
    def child(side: str) -> dict[str, float]:
        arguments = [__file__, "--child", side, "--db", month.url]
        arguments += ["--campaign", str(month.campaign_id), "--sample", str(sample)]
        found = subprocess.run(
            [sys.executable, *arguments], capture_output=True, text=True, check=True, cwd=ROOT
        )
        return dict(json.loads(found.stdout.splitlines()[-1]))

    ours: list[dict[str, float]] = []
    bare: list[dict[str, float]] = []
    child("ours"), child("bare")  # warm-ups: the file cache
    for _ in range(runs):
        ours.append(child("ours"))
        bare.append(child("bare"))
    ours_seconds = statistics.median(r["seconds"] for r in ours)
    bare_seconds = statistics.median(r["seconds"] for r in bare)
    return {
        "wards": sample,
        "ours_seconds": ours_seconds,
        "ours_pages": ours[0]["pages"],
        "bare_seconds": bare_seconds,
        "bare_pages": bare[0]["pages"],
        "ratio": ours_seconds / bare_seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wards", default="100,300,1000,3000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--exports", default=",".join(EXPORTS))
    parser.add_argument(
        "--sample", type=int, default=20, help="wards for the reportlab ratio (0: none)"
    )
    parser.add_argument("--program", type=Path, default=ROOT)
    parser.add_argument("--child", choices=("ours", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--campaign", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        notices_child(args.child, args.db, args.campaign, args.sample)
        return 0
    missed = False
    figures: dict[str, object] = {}
    # ``--exports ""`` runs none: only the notices against bare reportlab (``--sample``).
    exports = [export for export in args.exports.split(",") if export]
    for wards in (int(value) for value in args.wards.split(",")):
        month = month_database(wards)
        print(f"{month.describe()}; load average {os.getloadavg()[0]:.1f}", flush=True)
        for export in exports:
            measured = export_figures(month, export, args.runs, args.program.resolve())
            figures[f"{export}-{wards}"] = measured
            print(
                f"  {export:12} {measured['seconds']:7.2f} s (baseline "
                f"{measured['baseline_seconds']:.2f} s, own {measured['own_seconds']:.2f} s), "
                f"peak {measured['peak_mb']:.0f} MB, output {measured['output_mb']:.1f} MB",
                flush=True,
            )
            missed |= wards == 3000 and measured["peak_mb"] > 400
            missed |= export == "ranking" and wards == 300 and measured["own_seconds"] > 3
        compared = "notices" in exports or not exports
        if args.sample and compared and args.program.resolve() == ROOT:
            ratio = notices_against_reportlab(month, args.runs, args.sample)
            figures[f"notices-vs-reportlab-{wards}"] = ratio
            print(
                f"  notices of {args.sample} wards: ours {ratio['ours_seconds']:.2f} s "
                f"({ratio['ours_pages']:.0f} pages), bare reportlab {ratio['bare_seconds']:.2f} s "
                f"({ratio['bare_pages']:.0f} pages), ratio {ratio['ratio']:.2f}x "
                "(target <= 1.5x)",
                flush=True,
            )
            missed |= ratio["ratio"] > 1.5
    print(f"figures in {save('exports-' + args.wards.replace(',', '-'), figures)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
