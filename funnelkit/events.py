"""Funnels from event logs: ordered steps within a conversion window.

An event log has one row per event: who (``user_id``), what (``event``) and when
(``timestamp``); the column names are arguments. The *steps* are event names in
funnel order, for example ``["visit", "sign_up", "purchase"]`` (a
:class:`~funnelkit.stages.Funnel` gives its stage keys).

The funnel semantics are those of ClickHouse's ``windowFunnel(window)`` in its
default mode:

- each user's events are taken in time order, events at the same timestamp in
  step order (so a step can follow the step before it at the very same time);
- every event of the first step starts a chain;
- an event of step *k* extends a chain that has reached step *k - 1* if its time
  is at most the chain's first timestamp + *window* (inclusive);
- a user's *level* is the furthest step any of their chains reaches, and the
  count of step *k* is the number of users whose level is at least *k*.

Events whose name is not a step are ignored (except by ``by=``, see
:func:`funnel_counts`). A user who repeats the first step restarts the clock:

>>> import pandas as pd
>>> log = pd.DataFrame({
...     "user_id": [1, 1, 1, 2, 2],
...     "event": ["visit", "visit", "buy", "visit", "buy"],
...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-21", "2026-02-05",
...                                  "2026-01-01", "2026-03-01"]),
... })
>>> funnel_counts(log, ["visit", "buy"], window="30D")[["stage", "count"]]
   stage  count
0  visit      2
1    buy      1

Timestamps may be a ``datetime64`` column of any unit, with or without a time
zone, or strings (or datetime objects) that :func:`pandas.to_datetime` parses,
element by element if their formats differ. Every row needs a user id and a
timestamp. The caller's DataFrame is never modified.

How it is computed: the step events are sorted once by (user, time, step) on
integer keys, then for each step a forward fill along that order finds, for each
event of the step, the latest-starting chain that reached the step before it; the
latest start is the best one, since every window test is ``time - start <=
window``. There is no Python loop over users or events, only over the steps.
"""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta, tzinfo

import numpy as np
import pandas as pd

from .metrics import COLUMNS, stacked_conversion_tables
from .stages import Funnel

__all__ = [
    "funnel_counts",
    "time_to_convert",
    "time_to_convert_summary",
    "conversion_over_time",
]

#: Steps: event names in funnel order, or a Funnel (its stage keys).
Steps = Sequence[Hashable] | Funnel
#: A conversion window: a Timedelta (pandas, datetime or numpy), or a string such as "30D".
Window = pd.Timedelta | timedelta | np.timedelta64 | str

_NAT = np.iinfo(np.int64).min
_NANOSECONDS = {"s": 10**9, "ms": 10**6, "us": 10**3, "ns": 1}
#: Bits available for one int64 sort key (a module constant so tests can shrink it).
_KEY_BITS = 63


# --------------------------------------------------------------------------- inputs


def _step_names(steps: Steps) -> list[Hashable]:
    if isinstance(steps, Funnel):
        return list(steps.keys)
    if isinstance(steps, (str, bytes)) or not isinstance(steps, Iterable):
        raise TypeError(
            f"steps must be a list of event names in funnel order, not {type(steps).__name__}"
        )
    names = list(steps)
    if not names:
        raise ValueError("steps is empty: give at least one event name")
    seen: set[Hashable] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"step {name!r} appears more than once in steps")
        seen.add(name)
    return names


def _check_columns(events: pd.DataFrame, columns: dict[str, Hashable]) -> None:
    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"events must be a pandas DataFrame, not {type(events).__name__}")
    for argument, column in columns.items():
        if column not in events.columns:
            available = ", ".join(repr(name) for name in events.columns) or "none"
            raise ValueError(
                f"events has no column {column!r} ({argument}); available columns: {available}"
            )
    by = columns.get("by")
    if by is not None and by in COLUMNS:
        raise ValueError(f"by={by!r} clashes with the output column {by!r}; rename it first")


def _window(window: Window) -> pd.Timedelta:
    if isinstance(window, (bool, np.bool_, numbers.Number)) and not isinstance(
        window, np.timedelta64
    ):
        raise TypeError(f"window must be a Timedelta or a string such as '30D', not {window!r}")
    try:
        span = pd.Timedelta(window)
    except (ValueError, TypeError) as error:
        raise ValueError(
            f"window {window!r} is not a duration; use a Timedelta or a string such as '30D'"
        ) from error
    if span is pd.NaT:
        raise ValueError(f"window {window!r} is not a duration; use a string such as '30D'")
    if span < pd.Timedelta(0):
        raise ValueError(f"window must not be negative, got {window!r}")
    return span


def _in_units(span: pd.Timedelta, unit: str) -> int:
    """*span* in whole *unit*s (rounded down: times in that unit differ by whole units)."""
    value = span.to_timedelta64()
    nanoseconds = int(value.astype(np.int64)) * _NANOSECONDS[np.datetime_data(value.dtype)[0]]
    return min(nanoseconds // _NANOSECONDS[unit], np.iinfo(np.uint64).max)


def _mixes_timezones(error: Exception) -> bool:
    message = str(error).lower()
    return any(word in message for word in ("timezone", "tz-aware", "tz-naive", "utc=true"))


def _parse_times(column: pd.Series, name: Hashable) -> pd.Series:
    """*column* parsed by pandas.to_datetime, or a ValueError naming the column."""
    mixed_zones = ValueError(
        f"column {name!r} mixes time zones (tz-aware and naive timestamps, or different UTC "
        f"offsets); convert it first, e.g. with pd.to_datetime(events[{name!r}], utc=True)"
    )
    try:
        with warnings.catch_warnings():
            # "Could not infer format": pandas then parses each element, which is fine.
            warnings.simplefilter("ignore", UserWarning)
            return pd.to_datetime(column)
    except (ValueError, TypeError, OverflowError) as error:
        if _mixes_timezones(error):
            raise mixed_zones from error
    try:
        return pd.to_datetime(column, format="mixed")
    except (ValueError, TypeError, OverflowError) as error:
        if _mixes_timezones(error):
            raise mixed_zones from error
        failure = error
    coerced = pd.to_datetime(column, format="mixed", errors="coerce", utc=True)
    bad = column[coerced.isna().to_numpy() & column.notna().to_numpy()]
    example = f", for example {bad.iloc[0]!r}" if len(bad) else f" ({failure})"
    raise ValueError(f"column {name!r} has values that are not timestamps{example}") from failure


def _times(column: pd.Series, name: Hashable) -> tuple[np.ndarray, str, tzinfo | None]:
    """Timestamps as int64 (UTC for tz-aware columns), their unit and time zone."""
    dtype = column.dtype
    if len(column) == 0 and not isinstance(dtype, pd.DatetimeTZDtype):
        column = column.astype("datetime64[ns]")  # an empty column of any type: no times
    elif pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        raise TypeError(
            f"column {name!r} holds numbers ({dtype}), not timestamps; convert it first, "
            "e.g. with pd.to_datetime(..., unit='s')"
        )
    if not (isinstance(dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(dtype)):
        column = _parse_times(column, name)
    tz = column.dt.tz
    if tz is not None:
        column = column.dt.tz_convert(None)
    values = column.to_numpy().view(np.int64)
    missing = int(np.count_nonzero(values == _NAT))
    if missing:
        raise ValueError(f"column {name!r} has {missing} missing timestamp(s); drop or fill them")
    return values, column.dt.unit, tz


def _user_keys(column: pd.Series, name: Hashable, rows: np.ndarray | None) -> np.ndarray:
    """Small non-negative int64 keys of the user ids of *rows* (all rows if None).

    Equal ids get equal keys. Integer ids are used as offsets from their minimum
    (keeping their order, no hashing); other ids are factorized.
    """
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iu":
        values = column.to_numpy() if rows is None else column.to_numpy()[rows]
        if len(values) == 0:
            return np.empty(0, dtype=np.int64)
        low = values.min()
        if (int(values.max()) - int(low)).bit_length() <= 40:
            return (values - low).astype(np.int64)
    elif column.isna().any():
        missing = int(column.isna().sum())
        raise ValueError(f"column {name!r} has {missing} missing user id(s); drop or fill them")
    codes, _ = pd.factorize(column.array if rows is None else column.array.take(rows))
    return codes.astype(np.int64, copy=False)


# --------------------------------------------------------------------------- the walk


def _sort(
    user: np.ndarray, time: np.ndarray, rank: np.ndarray, *, stable: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sort rows by (user, time, rank): the permutation, and the three columns sorted.

    *user* and *rank* are small non-negative ints; ties keep row order if *stable*.
    The columns are packed into one int64 key, sorted, and unpacked (cheaper than
    gathering each column). When they do not fit in 63 bits, the first sort leaves
    out the lowest bits of (time, rank), and a second, stable sort orders the runs
    that share a first key by those bits: the data is then nearly sorted, which
    timsort handles in about linear time.
    """
    size = len(user)
    if size == 0:
        return np.empty(0, dtype=np.intp), user, time, rank
    first = int(time.min())
    rbits = int(rank.max()).bit_length()
    mbits = (int(time.max()) - first).bit_length() + rbits  # bits of (time, rank)
    ubits = int(user.max()).bit_length()
    drop = max(0, ubits + mbits - _KEY_BITS)  # low bits of (time, rank) left out at first
    if ubits > _KEY_BITS or mbits > _KEY_BITS or drop + (size - 1).bit_length() > _KEY_BITS:
        order = np.lexsort((rank, time, user))
        return order, user[order], time[order], rank[order]
    minor = ((time - first) << rbits) | rank
    shift = mbits - drop
    key = (user << shift) | (minor >> drop)
    order = np.argsort(key, kind="stable" if stable else None)
    key = key[order]
    if drop:
        low = minor[order] & ((1 << drop) - 1)
        runs = np.cumsum(_firsts(key)) - 1
        fix = np.argsort((runs << drop) | low, kind="stable")
        order, key, low = order[fix], key[fix], low[fix]
        minor = ((key & ((1 << shift) - 1)) << drop) | low
    else:
        minor = key & ((1 << shift) - 1)
    return order, key >> shift, (minor >> rbits) + first, minor & ((1 << rbits) - 1)


def _firsts(sorted_codes: np.ndarray) -> np.ndarray:
    """Mask of the first element of each run in a sorted code array."""
    first = np.ones(len(sorted_codes), dtype=bool)
    np.not_equal(sorted_codes[1:], sorted_codes[:-1], out=first[1:])
    return first


@dataclass(frozen=True)
class _Walk:
    """Everything the public functions need, per user (a user's code is a position)."""

    steps: list[Hashable]
    user_rows: np.ndarray  # per user: the position in events of one of their rows
    level: np.ndarray  # furthest step reached, 0 .. len(steps)
    entry: np.ndarray  # time of the first first-step event, _NAT if none
    done: np.ndarray  # codes of the users who complete the funnel, ascending
    done_start: np.ndarray  # their chain start and completion time
    done_end: np.ndarray
    segment: np.ndarray  # per user: position in segments
    segments: pd.Index | None  # sorted by= values, or None without by=
    unit: str
    tz: tzinfo | None

    def counts(self) -> np.ndarray:
        """(segments, steps) array: users per segment whose level is at least each step."""
        width = len(self.steps) + 1
        segments = 1 if self.segments is None else len(self.segments)
        cells = np.bincount(self.segment * width + self.level, minlength=segments * width)
        return cells.reshape(segments, width)[:, ::-1].cumsum(axis=1)[:, -2::-1]


def _walk(
    events: pd.DataFrame,
    steps: Steps,
    window: Window,
    user_col: Hashable,
    event_col: Hashable,
    time_col: Hashable,
    by: Hashable | None = None,
) -> _Walk:
    names = _step_names(steps)
    columns = {"user_col": user_col, "event_col": event_col, "time_col": time_col}
    if by is not None:
        columns["by"] = by
    _check_columns(events, columns)
    span = _window(window)
    times, unit, tz = _times(events[time_col], time_col)
    limit = _in_units(span, unit)
    # -1: not a step. pandas takes any array-like target; the stubs want an Index.
    step = pd.Index(names).get_indexer(events[event_col])  # type: ignore[arg-type]
    n = len(names)

    if by is None:
        rows = np.flatnonzero(step >= 0)
        keys = _user_keys(events[user_col], user_col, rows)
        order, keys, time, step = _sort(keys, times[rows], step[rows])
        firsts = _firsts(keys)
        user = np.cumsum(firsts) - 1  # users numbered 0, 1, ... in sorted order
        user_rows = rows[order[firsts]]
        segment, segments = np.zeros(len(user_rows), dtype=np.intp), None
    else:
        # One stable sort of all rows: each user's first event gives their segment.
        keys = _user_keys(events[user_col], user_col, None)
        order, keys, time, rank = _sort(keys, times, np.where(step < 0, n, step), stable=True)
        firsts = _firsts(keys)
        user_rows = order[firsts]
        segment, values = pd.factorize(
            events[by].take(user_rows), sort=True, use_na_sentinel=False
        )
        segments = pd.Index(values, name=by)
        is_step = rank < n
        user, time, step = (np.cumsum(firsts) - 1)[is_step], time[is_step], rank[is_step]
    nusers = len(user_rows)

    size = len(user)
    positions = np.arange(size)
    fences = np.where(_firsts(user), positions, -1)  # a forward fill stops at a new user
    start = np.where(step == 0, time, 0)  # the start of the chain each event extends
    level = np.zeros(nusers, dtype=np.intp)
    reached = np.flatnonzero(step == 0)  # events that extend a chain of the step before
    level[user[reached]] = 1
    entry = np.full(nusers, _NAT, dtype=np.int64)
    entered = reached[_firsts(user[reached])]  # each user's earliest first-step event
    entry[user[entered]] = time[entered]
    for k in range(1, n):
        latest = fences.copy()
        latest[reached] = reached
        latest = np.maximum.accumulate(latest)
        is_previous = np.zeros(size, dtype=bool)
        is_previous[reached] = True
        candidates = np.flatnonzero(step == k)
        source = latest[candidates]
        # time - start as uint64: exact even when it overflows int64 (ns over centuries).
        elapsed = time[candidates].view(np.uint64) - start[source].view(np.uint64)
        ok = is_previous[source] & (elapsed <= limit)
        reached = candidates[ok]
        start[reached] = start[source[ok]]
        level[user[reached]] = k + 1

    first_done = reached[_firsts(user[reached])]
    return _Walk(
        steps=names,
        user_rows=user_rows,
        level=level,
        entry=entry,
        done=user[first_done],
        done_start=start[first_done],
        done_end=time[first_done],
        segment=segment,
        segments=segments,
        unit=unit,
        tz=tz,
    )


# --------------------------------------------------------------------------- public API


def funnel_counts(
    events: pd.DataFrame,
    steps: Steps,
    *,
    window: Window = "30D",
    user_col: Hashable = "user_id",
    event_col: Hashable = "event",
    time_col: Hashable = "timestamp",
    by: Hashable | None = None,
) -> pd.DataFrame:
    """Users reaching each step within *window*, with conversion and drop-off.

    Returns the columns of :func:`funnelkit.metrics.conversion_table` (``stage``,
    ``count``, ``step_rate``, ``overall_rate``, ``drop_off``, ``drop_off_rate``),
    one row per step; ``stage`` is the step name and ``count`` the number of users
    whose level (see the module docstring) is at least that step. A log without
    any step event gives zero counts. *window* is a Timedelta or a string that
    :class:`pandas.Timedelta` parses, such as ``"30D"`` or ``"12h"``; it is
    inclusive, to the resolution of the time column.

    With ``by=`` (a column name) the table is repeated per segment, segments sorted,
    with a leading column named *by*. A user's segment is the *by* value of their
    first event in time order among all the rows given, step or not; at equal
    times step events come first, in step order, and then the rows' order in
    *events*. A missing value is a segment of its own, listed last. Every user is
    in exactly one segment, so the segments' counts add up to the overall counts.

    >>> import pandas as pd
    >>> log = pd.DataFrame({
    ...     "user_id": ["a", "a", "a", "b", "b", "c"],
    ...     "event": ["visit", "sign_up", "buy", "visit", "buy", "visit"],
    ...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-03",
    ...                                  "2026-01-01", "2026-01-02", "2026-01-05"]),
    ...     "channel": ["ads", "ads", "ads", "mail", "mail", "ads"],
    ... })
    >>> funnel_counts(log, ["visit", "sign_up", "buy"], window="7D")
         stage  count  step_rate  overall_rate  drop_off  drop_off_rate
    0    visit      3   1.000000      1.000000         0       0.000000
    1  sign_up      1   0.333333      0.333333         2       0.666667
    2      buy      1   1.000000      0.333333         0       0.000000
    >>> funnel_counts(log, ["visit", "buy"], by="channel")[["channel", "stage", "count"]]
      channel  stage  count
    0     ads  visit      2
    1     ads    buy      1
    2    mail  visit      1
    3    mail    buy      1
    """
    walk = _walk(events, steps, window, user_col, event_col, time_col, by)
    table = stacked_conversion_tables(walk.counts(), walk.steps)
    if walk.segments is not None:
        table.insert(0, by, walk.segments.repeat(len(walk.steps)))
    return table


def time_to_convert(
    events: pd.DataFrame,
    steps: Steps,
    *,
    window: Window = "30D",
    user_col: Hashable = "user_id",
    event_col: Hashable = "event",
    time_col: Hashable = "timestamp",
) -> pd.DataFrame:
    """How long each converting user took from a first-step event to the last step.

    One row per user who completes the funnel (level = number of steps), sorted by
    user: the user id (in a column named *user_col*) and ``duration`` (a
    Timedelta). The completion is the user's earliest event of the last step that
    extends a chain within *window*, and the duration is measured from the latest
    start among the chains it can extend, so it is that earliest completion's
    shortest duration. Summarise it with :func:`time_to_convert_summary`.

    >>> import pandas as pd
    >>> log = pd.DataFrame({
    ...     "user_id": [1, 1, 1, 2, 2],
    ...     "event": ["visit", "visit", "buy", "visit", "buy"],
    ...     "timestamp": pd.to_datetime(["2026-01-01 00:00", "2026-01-03 00:00",
    ...                                  "2026-01-04 00:00", "2026-01-01 00:00",
    ...                                  "2026-01-01 12:00"]),
    ... })
    >>> time_to_convert(log, ["visit", "buy"], window="7D")
       user_id        duration
    0        1 1 days 00:00:00
    1        2 0 days 12:00:00
    """
    walk = _walk(events, steps, window, user_col, event_col, time_col)
    duration = (walk.done_end - walk.done_start).view(f"m8[{walk.unit}]")
    users = events[user_col].array.take(walk.user_rows[walk.done])
    table = pd.DataFrame({user_col: users, "duration": duration})
    # Any hashable column label sorts; the stubs accept only str labels.
    return table.sort_values(user_col, ignore_index=True)  # type: ignore[call-overload]


def time_to_convert_summary(durations: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """One row: ``converted`` (how many users) and the ``mean``, ``median`` and ``p90``
    (90th percentile, linear interpolation) of their durations.

    *durations* is the frame from :func:`time_to_convert` or a Series of
    Timedeltas. With no converting users the statistics are NaT.

    >>> import pandas as pd
    >>> time_to_convert_summary(pd.Series(pd.to_timedelta([1, 2, 3, 10], unit="h")))
       converted            mean          median             p90
    0          4 0 days 04:00:00 0 days 02:30:00 0 days 07:54:00
    """
    if isinstance(durations, pd.DataFrame):
        if "duration" not in durations.columns:
            raise ValueError("durations has no 'duration' column; pass time_to_convert's result")
        durations = durations["duration"]
    if not pd.api.types.is_timedelta64_dtype(durations.dtype):
        raise TypeError(f"durations must be Timedeltas, not {durations.dtype}")
    return pd.DataFrame(
        {
            "converted": [int(durations.count())],
            "mean": [durations.mean()],
            "median": [durations.median()],
            "p90": [durations.quantile(0.9)],
        }
    )


def conversion_over_time(
    events: pd.DataFrame,
    steps: Steps,
    *,
    freq: str = "W",
    window: Window = "30D",
    user_col: Hashable = "user_id",
    event_col: Hashable = "event",
    time_col: Hashable = "timestamp",
) -> pd.DataFrame:
    """Conversion rate of the users who entered the funnel in each period.

    A user enters at their first event of the first step; *freq* is a pandas
    period frequency (``"D"``, ``"W"``, ``"M"`` ..., not multiples such as
    ``"2W"``), in the column's own time
    zone for tz-aware timestamps. Columns: ``period`` (a Period), ``entered``
    (users entering in it), ``converted`` (of those, how many complete the funnel,
    possibly through a later chain) and ``conversion_rate`` (converted / entered,
    0.0 when nobody entered). Every period from the first to the last entry is
    listed.

    >>> import pandas as pd
    >>> log = pd.DataFrame({
    ...     "user_id": [1, 1, 2, 3, 3],
    ...     "event": ["visit", "buy", "visit", "visit", "buy"],
    ...     "timestamp": pd.to_datetime(["2026-01-05", "2026-01-06", "2026-01-07",
    ...                                  "2026-01-20", "2026-01-21"]),
    ... })
    >>> conversion_over_time(log, ["visit", "buy"], freq="W", window="7D")
                      period  entered  converted  conversion_rate
    0  2026-01-05/2026-01-11        2          1              0.5
    1  2026-01-12/2026-01-18        0          0              0.0
    2  2026-01-19/2026-01-25        1          1              1.0
    """
    try:
        period_dtype = pd.PeriodDtype(freq)
    except (ValueError, TypeError) as error:
        raise ValueError(
            f"freq {freq!r} is not a period frequency such as 'D', 'W' or 'M'"
        ) from error
    if period_dtype.freq.n != 1:  # pandas periods of "3h" start at any hour: not bins
        raise ValueError(f"freq {freq!r} is a multiple; use a single period such as 'D' or 'W'")
    walk = _walk(events, steps, window, user_col, event_col, time_col)
    entered = walk.entry != _NAT
    when = pd.DatetimeIndex(walk.entry[entered].view(f"M8[{walk.unit}]"))
    if walk.tz is not None:
        when = when.tz_localize("UTC").tz_convert(walk.tz).tz_localize(None)
    # to_period takes any offset; the stubs list only some BaseOffset subclasses.
    period = when.to_period(period_dtype.freq)  # type: ignore[arg-type]
    cohorts = pd.DataFrame(
        {"period": period,
         "converted": walk.level[entered] == len(walk.steps)}
    ).groupby("period").agg(entered=("converted", "size"), converted=("converted", "sum"))
    if len(cohorts):
        every = pd.period_range(cohorts.index.min(), cohorts.index.max(), name="period")
        cohorts = cohorts.reindex(every, fill_value=0)
    table = cohorts.reset_index().astype({"entered": np.int64, "converted": np.int64})
    rate = np.zeros(len(table))
    np.divide(table["converted"], table["entered"], out=rate, where=table["entered"] > 0)
    table["conversion_rate"] = rate
    return table
