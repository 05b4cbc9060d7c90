"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of each of ``runs`` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def report(name: str, times: list[float], goal: float | None) -> bool:
    """Print one figure; return whether it meets its goal (True without a goal)."""
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    verdict = "" if goal is None else \
        f"; goal < {goal * 1000:g} ms: {'meets' if median < goal else 'MISSES'}"
    print(f"{name:<46} median {median * 1000:7.2f} ms  (p95 {p95 * 1000:.2f} ms, "
          f"{len(times)} runs{verdict})")
    return goal is None or median < goal
