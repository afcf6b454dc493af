"""Benchmark funnelkit.events.funnel_counts on simulated event logs.

Prints, per log size, the time of ``funnel_counts`` as a ratio to sorting the same
frame by (user, time) and to a per-user Python loop, its peak memory as a multiple
of the frame's own memory, and what a breakdown by a segment column (``by=``) costs
on top of the plain call. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench_events.py --sizes 1000000 5000000
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable

import numpy as np
import pandas as pd

from funnelkit.events import funnel_counts

STEPS = ["visit", "view_product", "add_to_cart", "checkout", "payment", "purchase"]
OTHERS = ["newsletter_open", "support_chat"]
#: How often each event name occurs: step events thin out along the funnel.
WEIGHTS = np.array([0.30, 0.20, 0.14, 0.10, 0.07, 0.05, 0.08, 0.06])
WINDOW = pd.Timedelta("7D")
DAYS = 90


def simulate(size: int, segments: int = 1000, seed: int = 0) -> pd.DataFrame:
    """*size* events of about size / 10 users over 90 days, in random row order.

    Each user belongs to one of *segments* segments (column ``segment``, an integer).
    """
    rng = np.random.default_rng(seed)
    names = np.array(STEPS + OTHERS, dtype=object)
    start = np.datetime64("2026-01-01T00:00:00", "us").astype(np.int64)
    stamps = start + rng.integers(0, DAYS * 86_400 * 10**6, size)
    users = rng.integers(0, max(size // 10, 1), size)
    return pd.DataFrame(
        {
            "user_id": users,
            "event": pd.array(names[rng.choice(len(names), size, p=WEIGHTS)], dtype="str"),
            "timestamp": stamps.astype("datetime64[us]"),
            "segment": users % segments,
        }
    )


def _chain_level(stamps: list[pd.Timestamp], ranks: list[int]) -> int:
    """The reference chain simulation for one user's events, in (time, step) order."""
    chains: list[list] = []  # [start, number of steps reached]
    for stamp, rank in zip(stamps, ranks, strict=True):
        if rank == 0:
            chains.append([stamp, 1])
        for chain in chains:
            if rank > 0 and chain[1] == rank and stamp - chain[0] <= WINDOW:
                chain[1] = rank + 1
    return max((chain[1] for chain in chains), default=0)


def groupby_loop_counts(frame: pd.DataFrame) -> list[int]:
    """The per-user loop as usually written: groupby user, sort, simulate the chains."""
    rank = {step: position for position, step in enumerate(STEPS)}
    reached = [0] * (len(STEPS) + 1)
    steps = frame[frame["event"].isin(STEPS)]
    for _, group in steps.groupby("user_id", sort=False):
        group = group.assign(rank=group["event"].map(rank)).sort_values(["timestamp", "rank"])
        reached[_chain_level(group["timestamp"].tolist(), group["rank"].tolist())] += 1
    return [sum(reached[level:]) for level in range(1, len(STEPS) + 1)]


def tight_loop_counts(frame: pd.DataFrame) -> list[int]:
    """A tight pure-Python loop: plain lists and dicts, ClickHouse's one-pass algorithm."""
    rank = {step: position for position, step in enumerate(STEPS)}
    window = WINDOW.value // 1000  # microseconds, like the timestamps
    per_user: dict[int, list[tuple[int, int]]] = defaultdict(list)
    times = frame["timestamp"].to_numpy().view(np.int64).tolist()
    for user, event, stamp in zip(frame["user_id"].tolist(), frame["event"].tolist(), times,
                                  strict=True):
        if event in rank:
            per_user[user].append((stamp, rank[event]))
    reached = [0] * (len(STEPS) + 1)
    for user_events in per_user.values():
        user_events.sort()
        starts: list[int | None] = [None] * len(STEPS)  # latest chain start per level
        level = 0
        for stamp, step in user_events:
            if step == 0:
                starts[0] = stamp
            elif starts[step - 1] is not None and stamp - starts[step - 1] <= window:
                starts[step] = starts[step - 1]
            else:
                continue
            level = max(level, step + 1)
        reached[level] += 1
    return [sum(reached[level:]) for level in range(1, len(STEPS) + 1)]


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The best wall time of *repeat* calls, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        begin = time.perf_counter()
        func()
        times.append(time.perf_counter() - begin)
    return min(times)


def peak_memory(func: Callable[[], object]) -> int:
    """Peak bytes allocated while *func* runs, above what was allocated before (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        func()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def run(size: int, repeat: int, loop_users: int, segments: int) -> dict[str, float]:
    frame = simulate(size, segments)
    frame_bytes = int(frame.memory_usage(deep=True).sum())
    users = frame["user_id"].nunique()

    def counts() -> pd.DataFrame:
        return funnel_counts(frame, STEPS, window=WINDOW)

    sort = best_of(repeat, lambda: frame.sort_values(["user_id", "timestamp"]))
    fast = best_of(repeat, counts)
    by_segment = best_of(repeat, lambda: funnel_counts(frame, STEPS, window=WINDOW, by="segment"))

    sample_ids = np.random.default_rng(1).choice(frame["user_id"].unique(), loop_users,
                                                 replace=False)
    sample = frame[frame["user_id"].isin(sample_ids)]
    expected = funnel_counts(sample, STEPS, window=WINDOW)["count"].tolist()
    for loop in (groupby_loop_counts, tight_loop_counts):
        if loop(sample) != expected:
            raise AssertionError(f"{loop.__name__} and funnel_counts disagree on the sample")
    scale = users / loop_users
    groupby_loop = best_of(repeat, lambda: groupby_loop_counts(sample)) * scale
    tight_loop = best_of(repeat, lambda: tight_loop_counts(sample)) * scale

    peak = peak_memory(counts)
    return {
        "events": size, "users": users, "frame_mb": frame_bytes / 1e6,
        "sort_s": sort, "funnel_s": fast, "vs_sort": fast / sort,
        "loop_s": groupby_loop, "vs_loop": groupby_loop / fast,
        "tight_s": tight_loop, "vs_tight": tight_loop / fast,
        "peak_mb": peak / 1e6, "peak_x_frame": peak / frame_bytes,
        "by_s": by_segment, "by_x": by_segment / fast,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 5_000_000],
                        help="numbers of events (default: 1000000 5000000)")
    parser.add_argument("--repeat", type=int, default=3, help="timings per measure (best of)")
    parser.add_argument("--loop-users", type=int, default=2000,
                        help="users in the sample the Python loop is timed on")
    parser.add_argument("--segments", type=int, default=1000,
                        help="segments of the by= breakdown (default: 1000)")
    args = parser.parse_args()

    print(f"funnel_counts, {len(STEPS)} steps + {len(OTHERS)} other event names, "
          f"window {WINDOW}, best of {args.repeat}")
    print("vs sort: funnel_counts time / frame.sort_values(['user_id', 'timestamp']) time")
    print("loop:  per-user Python loop (groupby user, sort, reference chain simulation)")
    print("tight: pure-Python loop over lists and dicts (ClickHouse's one-pass algorithm)")
    print(f"both loops are timed on {args.loop_users} random users and extrapolated "
          "linearly to all users (*)")
    print(f"by/fc: funnel_counts(by='segment') time, {args.segments} segments / plain time\n")
    header = (f"{'events':>10} {'users':>8} {'frame MB':>8} {'sort s':>7} {'funnel s':>8} "
              f"{'vs sort':>7} {'loop s*':>8} {'loop/fc':>7} {'tight s*':>8} {'tight/fc':>8} "
              f"{'peak MB':>7} {'peak/frame':>10} {'by s':>6} {'by/fc':>6}")
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        r = run(size, args.repeat, args.loop_users, args.segments)
        print(f"{r['events']:>10,} {r['users']:>8,} {r['frame_mb']:>8.0f} {r['sort_s']:>7.2f} "
              f"{r['funnel_s']:>8.2f} {r['vs_sort']:>6.2f}x {r['loop_s']:>8.1f} "
              f"{r['vs_loop']:>6.0f}x {r['tight_s']:>8.2f} {r['vs_tight']:>7.1f}x "
              f"{r['peak_mb']:>7.0f} {r['peak_x_frame']:>9.2f}x {r['by_s']:>6.2f} "
              f"{r['by_x']:>5.2f}x", flush=True)
    print("\nGoals: vs sort <= 1.5x; loop/fc (how many times faster than the loop) >= 50x;"
          " peak/frame <= 5x; by/fc <= 1.5x.")


if __name__ == "__main__":
    main()
