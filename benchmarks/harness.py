"""How every benchmark measures: ours and the baseline alternate run by run (A B A B), after a
warm-up of each, and the report gives both medians and their ratio.

Alternating matters on a shared 2-core machine: a burst of other work slows whichever side is
running, and taking the sides in turn spreads it over both instead of over one.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Comparison:
    """Seconds of each run of ours and of the baseline, in the order they ran."""

    name: str
    ours: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.ours_median / self.baseline_median

    def line(self, target: float | None = None) -> str:
        goal = f" (target <= {target:g}x)" if target is not None else ""
        return (
            f"{self.name}: ours {self.ours_median * 1000:.1f} ms, baseline "
            f"{self.baseline_median * 1000:.1f} ms, ratio {self.ratio:.2f}x{goal}"
        )


def timed(function: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    gc.collect()  # the previous run's garbage is not collected inside this one
    start = clock()
    function()
    return clock() - start


def alternate(
    name: str,
    ours: Callable[[], object],
    baseline: Callable[[], object],
    runs: int,
    clock: Callable[[], float] = time.perf_counter,
) -> Comparison:
    """Medians of ``runs`` alternating runs in this process, after one warm-up of each.

    ``clock=time.process_time`` times the process's CPU instead of the wall clock: for steps of a
    few milliseconds, where another engineer's burst on the shared cores would be the figure."""
    ours()
    baseline()
    comparison = Comparison(name)
    for _ in range(runs):
        comparison.ours.append(timed(ours, clock))
        comparison.baseline.append(timed(baseline, clock))
    return comparison


def median_time(function: Callable[[], object], runs: int) -> float:
    """For a step that has no baseline of its own: the median after one warm-up."""
    function()
    return statistics.median(timed(function) for _ in range(runs))


def peak_rss_mb() -> float | None:
    """The process's peak resident memory so far; None where the OS does not tell (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save(name: str, figures: dict[str, object]) -> Path:
    """Writes ``figures`` (Comparisons become their medians and ratio) to out/NAME.json."""
    OUT.mkdir(exist_ok=True)
    plain = {
        key: {
            **asdict(value),
            "ours_median": value.ours_median,
            "baseline_median": value.baseline_median,
            "ratio": value.ratio,
        }
        if isinstance(value, Comparison)
        else value
        for key, value in figures.items()
    }
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(plain, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
