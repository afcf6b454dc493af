"""Benchmark the update path of every funnelkit widget on the bundled data.

An update is what happens when a learner moves a control: the widget recomputes its
table through funnelkit.metrics / funnelkit.events, builds the altair chart and hands
the chart's MIME bundle (the validated Vega-Lite JSON) to its Output. Each case sets a
control's value from Python, which runs exactly that path synchronously, and the time
is measured until it returns. The budget is 100 ms per update; the last column is
the median as a ratio of it.

Event-log cases use values the widget has not seen before, so its result cache does
not help (the first visit of a choice is what a learner waits for).

    .venv/bin/python benchmarks/bench_widgets.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from collections.abc import Callable, Iterator

from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL, charts
from funnelkit.datasets import load
from funnelkit.widgets import (
    EventFunnelExplorer,
    FunnelComparison,
    FunnelExplorer,
    WhatIf,
)

BUDGET_MS = 100.0


def _cases() -> Iterator[tuple[str, Callable[[], None]]]:
    """(name, one update) pairs; each call changes a control to a new value."""
    explorer = FunnelExplorer([10_000, 1_200, 300, 90], SALES_FUNNEL)
    decision = itertools.cycle(range(250, 1_200, 7))
    yield "FunnelExplorer: count slider", lambda: setattr(
        explorer.sliders[2], "value", next(decision))

    rates = FunnelExplorer(mode="rate")
    rate = itertools.cycle([x / 100 for x in range(5, 95, 3)])
    yield "FunnelExplorer: rate slider", lambda: setattr(rates.sliders[1], "value", next(rate))
    yield "FunnelExplorer: reset button", explorer.reset_button.click

    comparison = FunnelComparison()
    intent = itertools.cycle([x / 100 for x in range(5, 95, 3)])
    slider = comparison.sliders[MARKETING_FUNNEL.index("intent")]
    yield "FunnelComparison: rate slider", lambda: setattr(slider, "value", next(intent))

    events = EventFunnelExplorer(load("web_events"))
    days = itertools.count(31)
    yield "EventFunnelExplorer: window slider", lambda: setattr(
        events.window, "value", next(days) % 90 + 1)
    breakdowns = itertools.cycle(["channel", "device"])

    def breakdown() -> None:
        events.state.cache.clear()  # measure the computation, not the cache
        events.breakdown.value = next(breakdowns)

    yield "EventFunnelExplorer: breakdown", breakdown
    orders = itertools.cycle(["checkout", "purchase", ""])

    def step() -> None:
        events.state.cache.clear()
        events.step_dropdowns[4].value = next(orders)

    yield "EventFunnelExplorer: step dropdown", step

    whatif = WhatIf()
    uplift = itertools.cycle(range(1, 200, 3))
    yield "WhatIf: uplift slider", lambda: setattr(whatif.uplift, "value", next(uplift))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="updates per case")
    args = parser.parse_args()
    charts.enable()  # as in the course: the theme's config is part of every chart's JSON
    print(f"{'update':40} {'median ms':>10} {'max ms':>8} {'median/budget':>14}")
    worst = 0.0
    for name, update in _cases():
        update()  # warm up (first-call imports, caches of altair's schema)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            update()
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"{name:40} {median:10.1f} {max(times):8.1f} {median / BUDGET_MS:14.2f}")
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"slowest median {worst:.1f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
