"""总结 page benchmark: the summary page of a realistic month shown ≤ 0.5 s at 300 wards, and the
summary's peak memory at 3,000 wards (every export ≤ 400 MB).

The month is ``benchmarks/month.py``'s (300 wards by default, ``--wards 3000`` the large case:
the campaign in its 总结 week, every sheet submitted, answered rectification items, confirmed
model wards, excellent nurses, three earlier campaigns for the trend). Fresh processes measure:

- **navigate**: ``refresh()`` and paint of the page already built (a click on 总结), and **open**:
  a new page built, shown, refreshed and painted — each against a bare page of the same rows:
  a ``QTabWidget`` of plain ``QTableWidget``s holding the texts of the page's seven tables,
  filled and painted the same way; ours and the bare page alternate run by run, medians after a
  warm-up (``harness.alternate``);
- **the service**: ``SummaryService.summary`` alone in the same process (median);
- **memory**: ``SummaryService.summary`` once in a process of its own, its peak resident memory
  and the time of that first call.

``--program CHECKOUT`` measures the ``nursingqc`` of another checkout (the one before a change)
with this script.

    .venv/bin/python benchmarks/summary_page.py [--runs 7] [--wards 300|3000] [--program DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE_TARGET_S = 0.5
#: The page's target is for a hospital of this size; a larger one is measured to see growth.
PAGE_TARGET_WARDS = 300
MEMORY_TARGET_MB = 400
#: A day of the month's 总结 week.
TODAY = date(2026, 11, 23)
#: The page's room in a 1366×768 window.
SIZE = (1226, 690)


def use_program(program: Path) -> None:
    """``nursingqc`` from ``program``; ``benchmarks`` (the month, the harness) from here."""
    sys.path.insert(0, str(program))
    import nursingqc

    assert Path(nursingqc.__file__).resolve().is_relative_to(program.resolve())


class Bench:
    """One process: the services on the month, logged in as the nursing department."""

    def __init__(self, database: str) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from benchmarks.month import ADMIN
        from nursingqc.i18n import install_translators
        from nursingqc.services.container import open_services
        from nursingqc.ui.theme import apply_theme

        self.app = QApplication([])
        apply_theme(self.app)
        install_translators("zh_CN")
        self.services = open_services(f"sqlite:///{database}", today=lambda: TODAY)
        self.admin = self.services.accounts.login(*ADMIN)

    def painted(self, widget: Any) -> None:
        widget.repaint()
        self.app.processEvents()

    def page(self) -> Any:
        from benchmarks.month import HOSPITAL
        from nursingqc.ui.pages.page import PageContext
        from nursingqc.ui.pages.summary import SummaryPage

        # As the main window makes it, whatever services the page's constructor takes.
        context = PageContext(self.services, self.admin, lambda: TODAY, HOSPITAL)
        page = SummaryPage.from_context(context)
        page.resize(*SIZE)
        page.show()
        page.refresh()
        self.painted(page)
        return page

    def dropped(self, make: Any) -> Any:
        """A new one each run, closed and deleted once it is painted."""
        from PySide6.QtCore import QEvent

        def run() -> None:
            widget = make()
            widget.close()
            widget.deleteLater()
            # processEvents() leaves deleteLater() to the event loop, which a benchmark has not.
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        return run


class BarePage:
    """The baseline: the page's tables as plain ``QTableWidget``s in a ``QTabWidget``."""

    def __init__(self, bench: Bench, tables: dict[str, tuple[list[str], list[tuple[str, ...]]]]):
        from PySide6.QtWidgets import QTableWidget, QTabWidget

        self.bench = bench
        self.tables = tables
        self.widget = QTabWidget()
        self.views = {name: QTableWidget() for name in tables}
        for name, view in self.views.items():
            self.widget.addTab(view, name)
        self.widget.resize(*SIZE)
        self.widget.show()
        self.fill()

    def fill(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        for name, (headers, rows) in self.tables.items():
            view = self.views[name]
            view.clear()
            view.setColumnCount(len(headers))
            view.setRowCount(len(rows))
            view.setHorizontalHeaderLabels(headers)
            for row, cells in enumerate(rows):
                for column, text in enumerate(cells):
                    view.setItem(row, column, QTableWidgetItem(text))
        self.bench.painted(self.widget)

    def close(self) -> None:
        self.widget.close()

    def deleteLater(self) -> None:
        self.widget.deleteLater()


class CpuTimed:
    """Calls ``run`` and keeps each call's CPU seconds: on a machine shared with other work the
    wall clock also counts their turns on the cores, the process's CPU time does not."""

    def __init__(self, run: Any) -> None:
        self.run = run
        self.seconds: list[float] = []

    def __call__(self) -> None:
        start = time.process_time()
        self.run()
        self.seconds.append(time.process_time() - start)

    def median(self) -> float:
        return statistics.median(self.seconds[1:])  # after the warm-up


def page_child(database: str, campaign_id: int, runs: int) -> dict[str, object]:
    """Navigate and open against the bare page, and the service alone, in one process."""
    from benchmarks.harness import alternate, median_time, peak_rss_mb

    bench = Bench(database)
    page = bench.page()
    assert page.campaign_id == campaign_id
    tables = {
        name: (list(model.headers), [row.cells for row in model.rows])
        for name, model in page.tabs.models.items()
    }
    bare = BarePage(bench, tables)

    def refreshed() -> None:
        page.refresh()
        bench.painted(page)

    navigate, opened = CpuTimed(refreshed), CpuTimed(bench.dropped(bench.page))
    figures: dict[str, object] = {
        "navigate": alternate("navigate", navigate, bare.fill, runs),
        "open": alternate("open", opened, bench.dropped(lambda: BarePage(bench, tables)), runs),
        "cpu_s": {"navigate": navigate.median(), "open": opened.median()},
        "service_s": median_time(
            lambda: bench.services.summary.summary(bench.admin, campaign_id), runs
        ),
        "rows": {name: len(rows) for name, (_, rows) in tables.items()},
        "peak_mb": peak_rss_mb(),
    }
    page.close()
    bare.close()
    bench.services.close()
    return figures


def memory_child(database: str, campaign_id: int) -> dict[str, object]:
    """``SummaryService.summary`` once in a fresh process: its time and the process's peak."""
    from benchmarks.harness import peak_rss_mb
    from benchmarks.month import ADMIN
    from nursingqc.services.container import open_services

    services = open_services(f"sqlite:///{database}", today=lambda: TODAY)
    admin = services.accounts.login(*ADMIN)
    before = peak_rss_mb()
    start = time.perf_counter()
    summary = services.summary.summary(admin, campaign_id)
    seconds = time.perf_counter() - start
    services.close()
    return {
        "first_summary_s": seconds,
        "peak_before_mb": before,
        "peak_mb": peak_rss_mb(),
        "pareto_rows": len(summary.pareto),
    }


def run_child(arguments: list[str], program: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--program", str(program), *arguments]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> int:
    from benchmarks.harness import Comparison, save
    from benchmarks.month import month_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--program", type=Path, default=ROOT)
    parser.add_argument("--page", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--memory", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page or args.memory:
        use_program(args.program)
        if args.page:
            database, campaign = args.page
            print(json.dumps(page_child(database, int(campaign), args.runs), default=vars))
        else:
            database, campaign = args.memory
            print(json.dumps(memory_child(database, int(campaign))))
        return 0
    # Built in a process of its own: a child's peak memory starts at its parent's peak (Linux
    # keeps the high-water mark across fork and exec), and building takes up to 2 GB.
    build = [sys.executable, str(ROOT / "benchmarks" / "month.py"), "--wards", str(args.wards)]
    subprocess.run(build + (["--rebuild"] if args.rebuild else []), check=True)
    month = month_database(args.wards)
    print(f"{month.path.name}: {month.describe()}; program {args.program.resolve()}")
    where = [str(month.path), str(month.campaign_id)]
    memory = run_child(["--memory", *where], args.program)
    result = run_child(["--runs", str(args.runs), "--page", *where], args.program)
    figures: dict[str, object] = {
        key: Comparison(**value) if isinstance(value, dict) and "ours" in value else value
        for key, value in result.items()
    }
    figures |= {"wards": args.wards, "program": str(args.program.resolve()), "memory": memory}
    save(f"summary_page-{args.wards}", figures)
    print(f"总结 page, {args.wards} wards; medians of {args.runs} alternating runs after a warm-up")
    missed = False
    for key in ("navigate", "open"):
        comparison = figures[key]
        assert isinstance(comparison, Comparison)
        target = f"; target ours <= {PAGE_TARGET_S * 1000:.0f} ms"
        applies = args.wards <= PAGE_TARGET_WARDS
        cpu = f"; CPU {result['cpu_s'][key] * 1000:.0f} ms"
        print(f"  {comparison.line()}{cpu}{target if applies else ''}")
        missed |= applies and comparison.ours_median > PAGE_TARGET_S
    print(f"  SummaryService.summary alone: {result['service_s'] * 1000:.0f} ms (median)")
    print(f"  peak memory of the page's process: {result['peak_mb']:.0f} MB")
    print(
        f"  SummaryService.summary in a fresh process: {memory['first_summary_s']:.2f} s, peak "
        f"{memory['peak_mb']:.0f} MB ({memory['peak_before_mb']:.0f} MB before it); target "
        f"<= {MEMORY_TARGET_MB} MB"
    )
    missed |= memory["peak_mb"] > MEMORY_TARGET_MB
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
