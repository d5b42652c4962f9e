"""整改 page benchmark: a realistic month's rectification list shown ≤ 0.5 s, filtered ≤ 0.2 s.

The month is ``benchmarks/month.py``'s (300 wards by default: ≈ 12,700 rectification items in the
current campaign, most answered with long causes and measures, photos on some, three earlier
campaigns). A fresh offscreen process measures, ours and a baseline alternating run by run
(``harness.alternate``), medians after a warm-up:

- **open**: a new page built, shown, refreshed and painted — for the nursing department (every
  ward) and for the head nurse of the ward with the most items;
- **navigate**: what a click on 整改 costs on the page already built (``refresh()`` and paint);
- **filter**: one filter chosen or put back (status, ward, checklist, only overdue), painted.

The baseline is the least a list of these rows can cost: a bare ``QTableView`` over a minimal
``QAbstractTableModel`` holding the same visible columns of the same rows, read in the same order
by bare ``sqlite3`` (for a filter: read again with that filter), shown and painted the same way.

    .venv/bin/python benchmarks/rectification_page.py [--runs 7] [--wards 300|3000] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from benchmarks.harness import Comparison, alternate, peak_rss_mb, save
from benchmarks.month import ADMIN, HOSPITAL, PASSWORD, month_database

Index = QModelIndex | QPersistentModelIndex

OPEN_TARGET_S = 0.5
FILTER_TARGET_S = 0.2
#: A day of the month's 总结 week: the self-check's open items are overdue.
TODAY = date(2026, 11, 23)
#: The page's room in a 1366×768 window.
SIZE = (1226, 690)

#: The list's columns as bare SQL reads them, in the list's order.
LINES_SQL = (
    "SELECT w.code || ' ' || w.name, r.checklist_name, r.item_code || ' ' || r.item_text, "
    "r.deduction, r.veto_failed, r.problem, r.deadline, r.status "
    "FROM rectification_items r JOIN wards w ON w.id = r.ward_id "
    "WHERE r.campaign_id = ? {where} ORDER BY w.code, r.deadline, r.id"
)


class BareModel(QAbstractTableModel):
    """The least model of the list: its seven texts, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Any, ...]] = []

    def load(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = self.rows[index.row()], index.column()
        if column == 3:
            return f"{row[3] / 10:g}" + (" · 否决" if row[4] else "")
        return str(row[column if column < 3 else column + 1])


class Bench:
    """One process's month: the services and a bare connection to the same file."""

    def __init__(self, database: str, campaign_id: int) -> None:
        from nursingqc.i18n import install_translators
        from nursingqc.services.container import open_services
        from nursingqc.ui.theme import apply_theme

        self.app = QApplication([])
        apply_theme(self.app)
        install_translators("zh_CN")
        self.services = open_services(f"sqlite:///{database}", today=lambda: TODAY)
        self.bare = sqlite3.connect(database)
        self.campaign_id = campaign_id
        self.busiest_ward, code = self.bare.execute(
            "SELECT w.id, w.code FROM rectification_items r JOIN wards w ON w.id = r.ward_id "
            "WHERE r.campaign_id = ? GROUP BY w.id ORDER BY count(*) DESC, w.code LIMIT 1",
            (campaign_id,),
        ).fetchone()
        login = self.services.accounts.login
        self.actors = {"department": login(*ADMIN), "head nurse": login(code.lower(), PASSWORD)}
        #: The bare query's narrowing for each role: the department sees every ward.
        self.scope: dict[str, tuple[str, tuple[object, ...]]] = {
            "department": ("", ()),
            "head nurse": ("AND r.ward_id = ?", (self.busiest_ward,)),
        }

    def painted(self, widget: QWidget) -> None:
        widget.repaint()
        self.app.processEvents()

    def bare_rows(self, where: str = "", *parameters: object) -> list[tuple[Any, ...]]:
        sql = LINES_SQL.format(where=where)
        return self.bare.execute(sql, (self.campaign_id, *parameters)).fetchall()

    def page(self, role: str) -> Any:
        from nursingqc.ui.pages.page import PageContext
        from nursingqc.ui.pages.rectification import RectificationPage

        # As the main window makes it, whatever services the page's constructor takes.
        context = PageContext(self.services, self.actors[role], lambda: TODAY, HOSPITAL)
        page = RectificationPage.from_context(context)
        page.resize(*SIZE)
        page.show()
        page.refresh()
        self.painted(page)
        return page

    def bare_list(self, where: str = "", *parameters: object) -> BareList:
        return BareList(self, where, *parameters)

    def dropped(self, make: Callable[[], QWidget | BareList]) -> Callable[[], None]:
        """A new one each run, closed and deleted once it is painted."""

        def run() -> None:
            make().close()
            # processEvents() leaves deleteLater() to the event loop, which a benchmark has not.
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        return run


class BareList:
    """The baseline's list: a bare view over the bare model, shown at the page's size."""

    def __init__(self, bench: Bench, where: str = "", *parameters: object) -> None:
        self.bench = bench
        self.view = QTableView()
        self.model = BareModel()
        self.view.setModel(self.model)
        self.view.resize(*SIZE)
        self.view.show()
        self.fill(where, *parameters)

    def fill(self, where: str = "", *parameters: object) -> None:
        self.model.load(self.bench.bare_rows(where, *parameters))
        self.bench.painted(self.view)

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()


class Toggle:
    """Each call chooses the filter or puts it back, in turn, so both directions are timed."""

    def __init__(self, choose: Callable[[bool], None]) -> None:
        self.choose = choose
        self.on = False

    def __call__(self) -> None:
        self.on = not self.on
        self.choose(self.on)


def opening(bench: Bench, role: str, runs: int) -> tuple[Comparison, Comparison, int]:
    """A new page (open) and the page again (navigate), beside the bare list; its rows."""
    where, parameters = bench.scope[role]

    def closing_page() -> Any:
        page = bench.page(role)
        page.deleteLater()
        return page

    opened = alternate(
        f"open, {role}",
        bench.dropped(closing_page),
        bench.dropped(partial(bench.bare_list, where, *parameters)),
        runs,
    )
    page, bare = bench.page(role), bench.bare_list(where, *parameters)

    def navigate() -> None:
        page.refresh()
        bench.painted(page)

    navigated = alternate(
        f"navigate, {role}", navigate, partial(bare.fill, where, *parameters), runs
    )
    rows = page.model.rowCount()
    page.close()
    bare.close()
    return opened, navigated, rows


def filtering(bench: Bench, runs: int) -> dict[str, Comparison]:
    """Each filter of the department's page, beside the bare list read again with it."""
    from nursingqc.domain.rectification import RectificationStatus

    page, bare = bench.page("department"), bench.bare_list()
    ui = page.ui
    ward = bench.busiest_ward

    def combo(box: Any, data: object) -> Callable[[bool], None]:
        return lambda on: box.setCurrentIndex(box.findData(data) if on else 0)

    checklist = ui.checklistCombo.itemData(2)
    filters: dict[str, tuple[Callable[[bool], None], str, tuple[object, ...]]] = {
        "status": (combo(ui.statusCombo, RectificationStatus.OPEN), "AND r.status = 'open'", ()),
        "ward": (combo(ui.wardCombo, ward), "AND r.ward_id = ?", (ward,)),
        "checklist": (
            combo(ui.checklistCombo, checklist),
            "AND r.checklist_name = ?",
            (checklist,),
        ),
        "overdue": (
            ui.overdueCheck.setChecked,
            "AND r.status IN ('open', 'awaiting_recheck') AND r.deadline < ?",
            (TODAY.isoformat(),),
        ),
    }
    figures = {}
    for name, (choose, where, parameters) in filters.items():
        ours = Toggle(lambda on, choose=choose: (choose(on), bench.painted(page)))
        baseline = Toggle(
            lambda on, where=where, parameters=parameters: bare.fill(
                *((where, *parameters) if on else ())
            )
        )
        figures[f"filter, {name}"] = alternate(f"filter, {name}", ours, baseline, runs)
        choose(False)
    page.close()
    bare.close()
    return figures


def child(database: str, campaign_id: int, runs: int) -> dict[str, object]:
    """The measured part, in a process of its own so its peak memory is the page's."""
    bench = Bench(database, campaign_id)
    figures: dict[str, object] = {}
    rows = {}
    for role in bench.actors:
        opened, navigated, rows[role] = opening(bench, role, runs)
        figures[opened.name], figures[navigated.name] = opened, navigated
    figures |= filtering(bench, runs)
    figures["rows"] = rows
    figures["peak_mb"] = peak_rss_mb()
    bench.services.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wards", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        database, campaign_id = args.child
        print(json.dumps(child(database, int(campaign_id), args.runs), default=vars))
        return 0
    month = month_database(args.wards, rebuild=args.rebuild)
    print(f"{month.path.name}: {month.describe()}")
    command = [sys.executable, __file__, "--runs", str(args.runs)]
    command += ["--child", str(month.path), str(month.campaign_id)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    figures: dict[str, object] = {
        key: Comparison(**value) if isinstance(value, dict) and "ours" in value else value
        for key, value in result.items()
    }
    figures["wards"] = args.wards
    save(f"rectification_page-{args.wards}", figures)
    rows = result["rows"]
    print(
        f"整改 page, {rows['department']:,} items (department), {rows['head nurse']} (head nurse "
        f"of the busiest ward); medians of {args.runs} alternating runs after a warm-up"
    )
    missed = False
    for key, value in figures.items():
        if not isinstance(value, Comparison):
            continue
        target = FILTER_TARGET_S if key.startswith("filter") else OPEN_TARGET_S
        print(f"  {value.line()}; target ours <= {target * 1000:.0f} ms")
        missed |= value.ours_median > target
    if result["peak_mb"] is not None:
        print(f"  peak memory of the measuring process: {result['peak_mb']:.0f} MB")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
