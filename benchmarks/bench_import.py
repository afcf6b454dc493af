"""Benchmark ``import funnelkit`` against ``import pandas``, each in a fresh interpreter.

Prints the best of ``--repeat`` cold imports of each (wall time inside the child,
``time.perf_counter`` around the import statement) and their ratio, and exits with
status 1 when the ratio is above the goal (``--max-ratio``, default 1.5: importing
funnelkit may cost at most 1.5x importing pandas, which it needs anyway). Also checks
that the import loads neither altair, ipywidgets nor IPython. See benchmarks/README.md.

    .venv/bin/python benchmarks/bench_import.py
    .venv/bin/python benchmarks/bench_import.py --repeat 11 --max-ratio 1.5
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

HEAVY = ("altair", "ipywidgets", "IPython")

CHILD = """
import json, sys, time
begin = time.perf_counter()
import {module}
seconds = time.perf_counter() - begin
print(json.dumps({{"seconds": seconds,
                   "heavy": [name for name in {heavy!r} if name in sys.modules]}}))
"""


def cold_import(module: str) -> tuple[float, list[str]]:
    """Import *module* in a fresh interpreter: its import time and the heavy modules loaded."""
    code = CHILD.format(module=module, heavy=list(HEAVY))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    result = json.loads(done.stdout)
    return float(result["seconds"]), list(result["heavy"])


def best_of(repeat: int, module: str) -> tuple[float, list[str]]:
    """The best import time of *repeat* fresh interpreters, and the heavy modules seen."""
    runs = [cold_import(module) for _ in range(repeat)]
    heavy = sorted({name for _, loaded in runs for name in loaded})
    return min(seconds for seconds, _ in runs), heavy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="fresh imports each (best of)")
    parser.add_argument("--max-ratio", type=float, default=1.5,
                        help="goal: funnelkit time / pandas time at most this (default 1.5)")
    args = parser.parse_args()

    # One warm-up each, so both are timed with the files in the OS cache.
    cold_import("pandas")
    cold_import("funnelkit")
    pandas, _ = best_of(args.repeat, "pandas")
    funnelkit, heavy = best_of(args.repeat, "funnelkit")
    ratio = funnelkit / pandas
    print(f"cold import, best of {args.repeat} fresh interpreters ({sys.executable})")
    print(f"{'import pandas':>18} {pandas * 1000:8.1f} ms")
    print(f"{'import funnelkit':>18} {funnelkit * 1000:8.1f} ms")
    print(f"{'ratio':>18} {ratio:8.2f}x   (goal: at most {args.max_ratio:g}x)")
    print(f"{'heavy modules':>18} {', '.join(heavy) or 'none'}   (goal: none of {HEAVY})")
    failed = ratio > args.max_ratio or bool(heavy)
    if failed:
        print("FAIL", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
