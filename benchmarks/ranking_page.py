"""Ranking page benchmark: the 排名 page of a 300-ward hospital, from a click to drawn (≤ 0.5 s).

The hospital is ``benchmarks/ranking.py``'s generator (5 checklists, 1 self-check and 3 evaluation
inspections per ward and checklist, ≈ 60,000 item rows). A fresh offscreen process opens it as
the nursing department and measures, median of several runs after a warm-up:

- **navigate**: what a click on 排名 in the sidebar costs, ``refresh()`` and the repaint (the main
  window builds its pages once, at log-in);
- **build and show**: a new page, shown, refreshed and painted;
- the ranking service alone in the same run, so the page's own share is visible;
- the first show in that process (cold: bytecode, font caches), and its peak memory.

    .venv/bin/python benchmarks/ranking_page.py [--runs 7] [--wards 300] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"
TARGET_S = 0.5
#: A day of the generated campaign's evaluation week.
TODAY = date(2026, 7, 20)


def child(database: Path, runs: int) -> None:
    """The measured part, in its own process; prints the figures as JSON."""
    import statistics

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nursingqc.i18n import install_translators
    from nursingqc.services.container import open_services
    from nursingqc.ui.pages.ranking import RankingPage
    from nursingqc.ui.theme import apply_theme

    app = QApplication([])
    apply_theme(app)
    install_translators("zh_CN")
    services = open_services(f"sqlite:///{database}")
    admin = services.accounts.login("admin", "secret123")
    campaign = services.campaigns.current_campaign(admin, TODAY)
    assert campaign is not None

    def build() -> RankingPage:
        page = RankingPage(
            admin,
            services.campaigns,
            services.wards,
            services.ranking,
            services.nominations,
            lambda: TODAY,
        )
        page.resize(1226, 690)  # the page's room in a 1366×768 window
        page.show()
        page.refresh()
        page.repaint()
        app.processEvents()
        return page

    start = time.perf_counter()
    page = build()
    first = time.perf_counter() - start
    rows = page.proxy.rowCount()

    def timed(action: object) -> float:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        return time.perf_counter() - start

    def navigate() -> None:
        page.refresh()
        page.repaint()
        app.processEvents()

    def fresh() -> None:
        build().deleteLater()

    def service() -> None:
        services.ranking.ranking(admin, campaign.id)

    figures = {}
    for name, action in (("navigate_s", navigate), ("build_s", fresh), ("service_s", service)):
        timed(action)  # warm-up
        figures[name] = statistics.median(timed(action) for _ in range(runs))
    try:
        import resource

        peak: float | None = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # Windows: no figure
        peak = None
    services.close()
    print(json.dumps({"first_s": first, "rows": rows, "peak_mb": peak, **figures}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.runs)
        return 0
    OUT.mkdir(exist_ok=True)
    database = OUT / f"ranking-page-{args.wards}.sqlite3"
    if args.rebuild or not database.exists():
        from benchmarks.ranking import generate

        for leftover in OUT.glob(f"{database.name}*"):
            leftover.unlink()
        start = time.perf_counter()
        services, _, _, rows = generate(f"sqlite:///{database}", args.wards)
        services.close()  # type: ignore[attr-defined]
        print(f"generated {rows} item rows in {time.perf_counter() - start:.1f} s: {database}")
    command = [sys.executable, __file__, "--child", str(database), "--runs", str(args.runs)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    (OUT / "ranking_page.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    target = f"(target <= {TARGET_S:g} s)"
    print(f"ranking page, {result['rows']} wards; medians of {args.runs} runs after a warm-up")
    print(f"  navigate to it (refresh + paint):  {result['navigate_s'] * 1000:7.1f} ms {target}")
    print(f"  build, show, refresh and paint:    {result['build_s'] * 1000:7.1f} ms {target}")
    print(f"  of which the ranking service:      {result['service_s'] * 1000:7.1f} ms")
    print(f"  first show in a fresh process:     {result['first_s'] * 1000:7.1f} ms")
    if result["peak_mb"] is not None:
        print(f"  peak memory of that process:       {result['peak_mb']:7.1f} MB")
    missed = max(result["navigate_s"], result["build_s"]) > TARGET_S
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
