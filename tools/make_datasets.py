"""Regenerate the bundled datasets in ``funnelkit/data/`` (``make datasets``).

The datasets are SYNTHETIC: made by :mod:`funnelkit.simulate` with the fixed seeds
below and written by :func:`write_csv`, so running this script
again reproduces every file byte for byte. The tests call :func:`build` into a
temporary folder and compare.

Usage: ``python tools/make_datasets.py [DIRECTORY]`` (default: ``funnelkit/data``).
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from funnelkit import datasets, simulate

#: One fixed seed per dataset.
SEEDS = {"web_events": 20251001, "leads": 20250101, "campaign_spend": 20250102}

#: Where the canonical files live (inside the package, so they ship with it).
TARGET = Path(__file__).resolve().parents[1] / "funnelkit" / "data"


def _format_column(column: dict[str, Any], values: pd.Series) -> list[str]:
    """The column's values as the strings written to the CSV file ('' when missing)."""
    missing = values.isna().to_numpy()
    dtype = column["dtype"]
    if dtype == "datetime":
        text = pd.DatetimeIndex(values).tz_convert("UTC").strftime(column["format"])
        strings = [str(item) for item in text]
    elif dtype == "int":
        strings = [str(int(item)) if not gone else "" for item, gone in zip(
            values.to_numpy(dtype=object), missing, strict=True)]
    elif dtype == "float":
        decimals = int(column["decimals"])
        strings = [f"{float(item):.{decimals}f}" if not gone else "" for item, gone in zip(
            values.to_numpy(dtype=object), missing, strict=True)]
    else:
        strings = [str(item) for item in values.to_numpy(dtype=object)]
    return [("" if gone else item) for item, gone in zip(strings, missing, strict=True)]


def write_csv(frame: pd.DataFrame, name: str, directory: str | Path) -> Path:
    """Write *frame* as dataset *name*'s CSV file into *directory*; return its path.

    The output is byte-for-byte reproducible: columns in schema order, UTF-8, ``\\n``
    line endings, dates in the schema's format, floats with the schema's number of
    decimals, empty fields for missing values. The written text is validated with
    :func:`funnelkit.datasets.load` first, so an invalid frame raises ``ValueError``
    and writes nothing.
    """
    spec = datasets.schema(name)
    columns: list[dict[str, Any]] = spec["columns"]
    expected = [column["name"] for column in columns]
    missing = [label for label in expected if label not in frame.columns]
    if missing:
        raise ValueError(f"dataset {name!r}, column {missing[0]!r}: missing from the frame "
                         "to write")
    table = {column["name"]: _format_column(column, frame[column["name"]]) for column in columns}

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(expected)
    writer.writerows(zip(*table.values(), strict=True))
    data = buffer.getvalue().encode("utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        check = Path(scratch) / spec["file"]
        check.write_bytes(data)
        datasets.load(name, path=check)  # raises ValueError naming the column and value
    target = Path(directory) / spec["file"]
    target.write_bytes(data)
    return target


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
        write_csv(events, "web_events", directory),
        write_csv(leads, "leads", directory),
        write_csv(spend, "campaign_spend", directory),
    ]


def main(argv: list[str]) -> int:
    paths = build(argv[0] if argv else TARGET)
    for path in paths:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
