"""Regenerate the bundled datasets in ``funnelkit/data/`` (``make datasets``).

The datasets are SYNTHETIC: made by :mod:`funnelkit.simulate` with the fixed seeds
below and written by :func:`funnelkit.datasets.write_csv`, so running this script
again reproduces every file byte for byte. The tests call :func:`build` into a
temporary folder and compare.

Usage: ``python tools/make_datasets.py [DIRECTORY]`` (default: ``funnelkit/data``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from funnelkit import datasets, simulate

#: One fixed seed per dataset.
SEEDS = {"web_events": 20251001, "leads": 20250101, "campaign_spend": 20250102}

#: Where the canonical files live (inside the package, so they ship with it).
TARGET = Path(__file__).resolve().parents[1] / "funnelkit" / "data"


def build(directory: str | Path = TARGET) -> list[Path]:
    """Simulate the three datasets and write them into *directory*; return the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    events = simulate.simulate_events(
        50_000, start="2025-10-01", days=92, seed=SEEDS["web_events"]
    )
    leads = simulate.simulate_leads(9_000, start="2025-01-01", days=365, seed=SEEDS["leads"])
    spend = simulate.simulate_spend(leads, seed=SEEDS["campaign_spend"])
    return [
        datasets.write_csv(events, "web_events", directory),
        datasets.write_csv(leads, "leads", directory),
        datasets.write_csv(spend, "campaign_spend", directory),
    ]


def main(argv: list[str]) -> int:
    paths = build(argv[0] if argv else TARGET)
    for path in paths:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
