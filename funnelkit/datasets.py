"""The course's bundled datasets: load them typed and validated, and describe them.

Three SYNTHETIC datasets made by :mod:`funnelkit.simulate` with fixed seeds
(``make datasets`` regenerates them byte for byte):

* ``web_events``: a web shop's event log (visit ... purchase);
* ``leads``: a B2B software company's leads and their pipeline dates;
* ``campaign_spend``: marketing spend, impressions and clicks per channel and month.

The CSV files and their schema (``schema.json``) live inside the package, in
``funnelkit/data/`` (written by ``tools/make_datasets.py``), so they are installed
with it. :func:`load` parses every column to the type the schema gives (dates as
``datetime64[us, UTC]``, categories as pandas ``Categorical`` with the schema's
categories, whole numbers as ``int64``, or ``Int64`` where values may be missing) and
raises ``ValueError`` naming the dataset, the column and the value when the file does
not match.

>>> from funnelkit import datasets
>>> datasets.names()
('web_events', 'leads', 'campaign_spend')
>>> datasets.load("campaign_spend").dtypes.astype(str).tolist()
['datetime64[us, UTC]', 'category', 'float64', 'int64', 'int64']
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .stages import LEAD_PIPELINE

__all__ = [
    "NAMES",
    "DATA_DIR",
    "names",
    "schema",
    "filepath",
    "load",
    "describe",
    "PIPELINE_STAGES",
    "pipeline_counts",
]

#: The bundled datasets, in teaching order.
NAMES: tuple[str, ...] = ("web_events", "leads", "campaign_spend")

#: Where the CSV files and ``schema.json`` live (inside the installed package).
DATA_DIR = Path(__file__).parent / "data"

_DTYPES = ("string", "category", "datetime", "int", "float")
_INT = re.compile(r"^[+-]?[0-9]+$")


@cache
def _schemas() -> dict[str, Any]:
    """The parsed ``schema.json`` (cached; never hand this object out)."""
    text = resources.files(__package__).joinpath("data", "schema.json").read_text("utf-8")
    return json.loads(text)


def _spec(name: str) -> dict[str, Any]:
    """The schema of dataset *name*, or a ValueError listing the datasets."""
    if not isinstance(name, str):
        raise TypeError(f"dataset name must be a string such as 'leads', not "
                        f"{type(name).__name__} ({name!r})")
    if name not in NAMES:
        raise ValueError(f"unknown dataset {name!r}; available datasets: {', '.join(NAMES)}")
    return _schemas()[name]


def names() -> tuple[str, ...]:
    """The names of the bundled datasets.

    >>> "leads" in names()
    True
    """
    return NAMES


def schema(name: str) -> dict[str, Any]:
    """The schema of dataset *name*: its file, title, description and columns.

    Each column has a ``name``, a ``dtype`` (string, category, datetime, int or
    float), ``nullable``, a ``description`` and, depending on the dtype,
    ``categories`` and ``ordered``, a ``format`` (strftime) or ``decimals``. The
    result is a copy: change it freely.

    >>> [column["name"] for column in schema("campaign_spend")["columns"]]
    ['month', 'channel', 'spend', 'impressions', 'clicks']
    """
    return copy.deepcopy(_spec(name))


def filepath(name: str) -> Path:
    """The path of dataset *name*'s CSV file, for reading it with other tools.

    >>> filepath("leads").name
    'leads.csv'
    """
    return DATA_DIR / _spec(name)["file"]


def describe(name: str) -> pd.DataFrame:
    """The data dictionary of dataset *name*: one row per column.

    Columns: ``column``, ``dtype``, ``nullable``, ``values`` (the categories, or the
    date format as written in the file) and ``description``.

    >>> describe("campaign_spend")[["column", "dtype"]].head(3)
        column     dtype
    0    month  datetime
    1  channel  category
    2    spend     float
    """
    rows = []
    for column in _spec(name)["columns"]:
        if column["dtype"] == "category":
            values = ", ".join(column["categories"])
        elif column["dtype"] == "datetime":
            values = column["format"]
        else:
            values = ""
        rows.append(
            {
                "column": column["name"],
                "dtype": column["dtype"],
                "nullable": bool(column["nullable"]),
                "values": values,
                "description": column["description"],
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- reading


def _fail(name: str, column: str, problem: str) -> ValueError:
    return ValueError(f"dataset {name!r}, column {column!r}: {problem}")


def _first_bad(raw: pd.Series, bad: Any) -> tuple[str, int]:
    """The first bad value and its line number in the CSV file (the header is line 1)."""
    position = int(bad.to_numpy().nonzero()[0][0])
    return raw.iloc[position], position + 2


def _parse_column(name: str, column: dict[str, Any], raw: pd.Series) -> Any:
    """Parse one column of strings (NaN for empty fields) to the schema's type."""
    label, dtype = column["name"], column["dtype"]
    present = raw.notna()
    if not column["nullable"] and not present.all():
        _, line = _first_bad(raw, ~present)
        raise _fail(name, label, f"empty value on line {line}, but the column may not be empty")
    if dtype == "string":
        return raw.astype("str")
    if dtype == "category":
        categories = list(column["categories"])
        bad = present & ~raw.isin(categories)
        if bad.any():
            value, line = _first_bad(raw, bad)
            raise _fail(
                name, label,
                f"unexpected value {value!r} on line {line}; allowed: {', '.join(categories)}",
            )
        dtype_ = pd.CategoricalDtype(categories, ordered=bool(column.get("ordered", False)))
        return pd.Categorical(raw, dtype=dtype_)
    if dtype == "datetime":
        parsed = pd.to_datetime(raw, format=column["format"], utc=True, errors="coerce")
        bad = present & parsed.isna()
        if bad.any():
            value, line = _first_bad(raw, bad)
            raise _fail(
                name, label,
                f"{value!r} on line {line} is not a date in the format {column['format']!r}",
            )
        return parsed.dt.as_unit("us")
    if dtype == "int":
        bad = present & ~raw.fillna("0").str.match(_INT)
        if bad.any():
            value, line = _first_bad(raw, bad)
            raise _fail(name, label, f"{value!r} on line {line} is not a whole number")
        if column["nullable"]:
            return pd.array([int(v) if ok else None for v, ok in zip(raw, present, strict=True)],
                            dtype="Int64")
        return raw.astype("int64")
    if dtype == "float":
        parsed = pd.to_numeric(raw, errors="coerce")
        bad = present & parsed.isna()
        if bad.any():
            value, line = _first_bad(raw, bad)
            raise _fail(name, label, f"{value!r} on line {line} is not a number")
        return parsed.astype("float64")
    raise _fail(name, label, f"unknown dtype {dtype!r} in the schema; use one of {_DTYPES}")


def _parse(name: str, raw: pd.DataFrame) -> pd.DataFrame:
    """Validate a frame of strings (as read from the CSV) and type its columns."""
    columns = _spec(name)["columns"]
    expected = [column["name"] for column in columns]
    for label in expected:
        if label not in raw.columns:
            raise _fail(name, label, f"missing (the file has columns {list(raw.columns)})")
    for label in raw.columns:
        if label not in expected:
            raise _fail(name, str(label), f"unexpected column (expected {expected})")
    frame = pd.DataFrame(
        {column["name"]: _parse_column(name, column, raw[column["name"]]) for column in columns},
        index=pd.RangeIndex(len(raw)),
    )
    for column in columns:
        if column.get("unique"):
            duplicated = frame[column["name"]].duplicated()
            if duplicated.any():
                value, line = _first_bad(raw[column["name"]], duplicated)
                raise _fail(name, column["name"], f"{value!r} on line {line} appears twice")
    return frame


def _read(name: str, source: Any) -> pd.DataFrame:
    raw = pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""])
    return _parse(name, raw)


@cache
def _bundled(name: str) -> pd.DataFrame:
    """The bundled dataset *name*, parsed once (callers get copies)."""
    file = resources.files(__package__).joinpath("data", _spec(name)["file"])
    with file.open("rb") as handle:
        return _read(name, handle)


def load(name: str, *, path: str | Path | None = None) -> pd.DataFrame:
    """Dataset *name* as a typed, validated DataFrame.

    By default the bundled file is read (once; every call returns a fresh copy that
    you may change). Pass *path* to read another CSV file with the same columns,
    for example a copy you edited; it is validated against the same schema.

    >>> leads = load("leads")
    >>> leads["created"].dtype
    datetime64[us, UTC]
    >>> leads["segment"].cat.categories.tolist()
    ['smb', 'mid_market', 'enterprise']
    >>> load("sales")
    Traceback (most recent call last):
    ...
    ValueError: unknown dataset 'sales'; available datasets: web_events, leads, campaign_spend
    """
    _spec(name)
    if path is None:
        return _bundled(name).copy(deep=True)
    return _read(name, Path(path))


# --------------------------------------------------------------------------- the lead pipeline

#: The stages of the ``leads`` table's pipeline, in order, and the column that says a
#: lead reached each one (a filled-in date; customers are the won deals).
#: Each stage of :data:`funnelkit.stages.LEAD_PIPELINE` and the ``leads`` column that records it.
PIPELINE_STAGES: tuple[tuple[str, str], ...] = tuple(zip(
    LEAD_PIPELINE.keys,
    ("lead_id", "mql_date", "sql_date", "opportunity_date", "outcome"),
    strict=True,
))


def pipeline_counts(leads: pd.DataFrame) -> list[int]:
    """How many of *leads* reached each pipeline stage: lead, MQL, SQL, opportunity, customer.

    *leads* has the columns of the bundled ``leads`` table (for example a subset of its
    rows). A lead counts at a stage when the stage's date is filled in; customers are the
    leads whose ``outcome`` is ``"won"``. The list fits any five-stage funnel, such as
    :func:`funnelkit.custom_funnel` ``(["lead", "mql", "sql", "opportunity", "customer"])``
    or the marketing funnel from Interest to Purchase. *leads* is not changed.

    >>> leads = load("leads")
    >>> counts = pipeline_counts(leads)
    >>> counts[0] == len(leads), counts == sorted(counts, reverse=True)
    (True, True)
    >>> pipeline_counts(leads.drop(columns="sql_date"))
    Traceback (most recent call last):
    ...
    ValueError: pipeline_counts: column 'sql_date' (stage 'sql') is missing from the leads table
    """
    if not isinstance(leads, pd.DataFrame):
        raise TypeError(f"pipeline_counts: leads must be a DataFrame, not {type(leads).__name__}")
    for stage, column in PIPELINE_STAGES:
        if column not in leads.columns:
            raise ValueError(f"pipeline_counts: column {column!r} (stage {stage!r}) is missing "
                             "from the leads table")
    dated = [column for _, column in PIPELINE_STAGES[1:-1]]
    return [
        len(leads),
        *(int(leads[column].notna().sum()) for column in dated),
        int((leads["outcome"] == "won").sum()),
    ]
