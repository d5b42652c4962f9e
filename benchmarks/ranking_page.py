"""Ranking page benchmark: the 排名 page on the realistic month, from a click to drawn (≤ 0.5 s).

The month is ``benchmarks/month.py``'s (300 wards by default, ``--wards 3000`` the large case),
in its 总结 week. A fresh offscreen process opens it as the nursing department and times, ours
and the baseline alternating run by run (``harness.alternate``), medians after a warm-up:

- **navigate**: what a click on 排名 in the sidebar costs, ``refresh()`` and the repaint of the
  page already built (the main window builds its pages once, at log-in);
- **open**: a new page built, shown, refreshed and painted;
- the ranking service alone (``RankingService.ranking``), so the page's own share is visible;
- the first show in that process (cold: bytecode, font caches), and its peak memory.

The baseline is the same service's view in a bare ``QTableView`` over a minimal model of the
same 15 columns as plain ``str()`` of each value, shown at the page's size and painted: what
the page adds to the service is its formatting, column fitting, chart and labels.

    .venv/bin/python benchmarks/ranking_page.py [--runs 7] [--wards 300|3000] [--rebuild]
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks.harness import Comparison, alternate, median_time, peak_rss_mb, save
from benchmarks.month import ADMIN, HOSPITAL, month_database
from nursingqc.services.ranking import RankingView

TARGET_S = 0.5
#: A day of the month's 总结 week.
TODAY = date(2026, 11, 23)
#: The page's room in a 1366×768 window.
SIZE = (1226, 690)


class BareModel(QAbstractTableModel):
    """The least model of the ranking: each row's values as ``str()``, nothing else."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []

    def load(self, view: RankingView) -> None:
        self.beginResetModel()
        self.rows = [
            tuple(
                map(
                    str,
                    (
                        row.rank,
                        row.ward.code,
                        row.ward.name,
                        *row.scores,
                        row.total,
                        row.self_check_total,
                        row.self_check_gap,
                        row.rectification_rate,
                        row.veto,
                        row.result,
                    ),
                )
            )
            for row in view.rows
        ]
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows[0]) if self.rows else 0

    def data(self, index: Any, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


def child(database: Path, runs: int) -> None:
    """The measured part, in its own process; prints the figures as JSON."""
    from nursingqc.i18n import install_translators
    from nursingqc.services.container import open_services
    from nursingqc.ui.pages.page import PageContext
    from nursingqc.ui.pages.ranking import RankingPage
    from nursingqc.ui.theme import apply_theme

    app = QApplication([])
    apply_theme(app)
    install_translators("zh_CN")
    services = open_services(f"sqlite:///{database}", today=lambda: TODAY)
    admin = services.accounts.login(*ADMIN)
    campaign = services.campaigns.current_campaign(admin, TODAY)
    assert campaign is not None

    def painted(widget: Any) -> None:
        widget.repaint()
        app.processEvents()

    def dropped(widget: Any) -> None:
        widget.close()
        widget.deleteLater()
        # processEvents() leaves deleteLater() to the event loop, which a benchmark has not.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def build() -> RankingPage:
        context = PageContext(services, admin, lambda: TODAY, HOSPITAL)
        page = RankingPage.from_context(context)
        page.resize(*SIZE)
        page.show()
        page.refresh()
        painted(page)
        return page

    def bare_fill(table: QTableView) -> None:
        table.model().load(services.ranking.ranking(admin, campaign.id))  # type: ignore[attr-defined]
        painted(table)

    def bare_build() -> QTableView:
        table = QTableView()
        table.setModel(BareModel(table))
        table.resize(*SIZE)
        table.show()
        bare_fill(table)
        return table

    start = time.perf_counter()
    page = build()
    first = time.perf_counter() - start
    table = bare_build()

    def navigate() -> None:
        page.refresh()
        painted(page)

    figures: dict[str, object] = {
        "navigate": alternate("navigate", navigate, lambda: bare_fill(table), runs),
        "open": alternate("open", lambda: dropped(build()), lambda: dropped(bare_build()), runs),
        "service_s": median_time(lambda: services.ranking.ranking(admin, campaign.id), runs),
        "first_s": first,
        "rows": page.proxy.rowCount(),
        "peak_mb": peak_rss_mb(),
    }
    services.close()
    print(
        json.dumps(
            {
                key: value.__dict__ if isinstance(value, Comparison) else value
                for key, value in figures.items()
            }
        )
    )


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
    month = month_database(args.wards, rebuild=args.rebuild)
    print(f"{month.path.name}: {month.describe()}")
    command = [sys.executable, __file__, "--child", str(month.path), "--runs", str(args.runs)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    # The offscreen platform warns once per new top-level window; anything else is shown.
    for line in done.stderr.splitlines():
        if "propagateSizeHints" not in line:
            print(line, file=sys.stderr)
    output = done.stdout
    result = json.loads(output.strip().splitlines()[-1])
    navigate, opened = Comparison(**result["navigate"]), Comparison(**result["open"])
    save(f"ranking_page-{args.wards}", {**result, "navigate": navigate, "open": opened})
    print(f"ranking page, {result['rows']} wards; medians of {args.runs} alternating runs")
    for comparison in (navigate, opened):
        print(f"  {comparison.line()} (target <= {TARGET_S:g} s)")
    print(f"  the ranking service alone:       {result['service_s'] * 1000:7.1f} ms")
    print(f"  first show in a fresh process:   {result['first_s'] * 1000:7.1f} ms")
    if result["peak_mb"] is not None:
        print(f"  peak memory of that process:     {result['peak_mb']:7.1f} MB")
    missed = max(navigate.ours_median, opened.ours_median) > TARGET_S
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
