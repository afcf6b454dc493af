"""Funnel metrics from stage counts, and the course's sales and marketing metrics.

Stage-count metrics take how many people (leads, accounts, visitors) reached each
stage of a funnel and return tidy tables with one row per stage, in funnel order:

>>> from funnelkit import SALES_FUNNEL
>>> table = conversion_table([1000, 400, 100, 25], SALES_FUNNEL)
>>> table[["stage", "count", "step_rate", "overall_rate"]]
       stage  count  step_rate  overall_rate
0  awareness   1000       1.00         1.000
1   interest    400       0.40         0.400
2   decision    100       0.25         0.100
3     action     25       0.25         0.025
>>> bottleneck([1000, 400, 100, 25], SALES_FUNNEL)
'decision'

*counts* may be a list, tuple or NumPy array in funnel order, or a dict or
``pandas.Series`` keyed by stage key. Each count must be a whole number (``400.0``
is fine, ``10.5`` is not), not negative and not larger than the count of the stage
before it; anything else raises ``ValueError`` naming the stage and the value.
*funnel* may be a :class:`~funnelkit.stages.Funnel`, a list of stage keys, or None
(stage keys then come from a dict or Series, or are ``step_1`` .. ``step_n`` for a
list). The caller's data is never modified.

The sales metrics (:func:`win_rate`, :func:`sales_cycle_length`,
:func:`pipeline_velocity`) and marketing metrics (:func:`mql_to_sql_rate`,
:func:`lead_velocity_rate`, :func:`cost_per_lead`, :func:`customer_acquisition_cost`)
take numbers or ``pandas.Series`` (for example one value per channel, computed
elementwise). A zero denominator raises ``ValueError`` naming the argument instead
of returning ``inf`` or ``NaN``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ._validation import check_count, check_number, check_numbers, check_quantity, show
from .stages import FunnelLike, as_funnel

__all__ = [
    "COLUMNS",
    "conversion_table",
    "stacked_conversion_tables",
    "bottleneck",
    "what_if",
    "chain_counts",
    "win_rate",
    "sales_cycle_length",
    "pipeline_velocity",
    "mql_to_sql_rate",
    "lead_velocity_rate",
    "cost_per_lead",
    "customer_acquisition_cost",
]

#: Stage counts: in funnel order (list, tuple, array) or keyed by stage (dict, Series).
Counts = Sequence[Any] | np.ndarray | Mapping[str, Any] | pd.Series
#: A number, or a Series of numbers computed elementwise.
Quantity = float | pd.Series

#: The columns of every conversion table, in order (:func:`conversion_table`,
#: :func:`what_if`, :func:`funnelkit.events.funnel_counts`).
COLUMNS: tuple[str, ...] = (
    "stage", "count", "step_rate", "overall_rate", "drop_off", "drop_off_rate",
)
_INT64_MAX = int(np.iinfo(np.int64).max)


# --------------------------------------------------------------------------- counts


def _stage_counts(counts: Counts, funnel: FunnelLike, func: str) -> pd.Series:
    """Validate *counts* against *funnel*: an int64 Series indexed by stage key, in order.

    This is the one place where stage counts are checked; every stage-count metric
    goes through it. The result is a new object, never a view of the caller's data.
    *func* (the public function called) starts every error message.
    """
    resolved = None if funnel is None else as_funnel(funnel, func=func)
    if isinstance(counts, (Mapping, pd.Series)):
        if isinstance(counts, pd.Series) and counts.index.has_duplicates:
            twice = counts.index[counts.index.duplicated()][0]
            raise ValueError(f"{func}: stage {twice!r} appears more than once in counts")
        pairs = list(counts.items())
        if not pairs:
            raise ValueError(f"{func}: counts is empty: give at least one stage count")
        given: dict[str, Any] = {}
        for key, value in pairs:
            if not isinstance(key, str):
                raise TypeError(
                    f"{func}: counts is keyed by stage, but {key!r} (count {show(value)}) is "
                    "not a stage key; pass a list to give counts by position"
                )
            given[key] = value
        if resolved is None:
            resolved = as_funnel(list(given), func=func)
        else:
            unknown = [key for key in given if key not in resolved]
            if unknown:
                shown = ", ".join(f"{key!r} ({show(given[key])})" for key in unknown)
                raise ValueError(
                    f"{func}: counts has stage keys that are not in the {resolved.key} funnel: "
                    f"{shown}; its stages are {resolved.keys}"
                )
            missing = [key for key in resolved.keys if key not in given]
            if missing:
                raise ValueError(
                    f"{func}: counts has no count for stage(s) {', '.join(map(repr, missing))} "
                    f"of the {resolved.key} funnel"
                )
        keys = resolved.keys
        values = [given[key] for key in keys]
    elif isinstance(counts, (list, tuple, np.ndarray, pd.Index, pd.api.extensions.ExtensionArray)):
        if isinstance(counts, np.ndarray):
            if counts.ndim != 1:
                raise ValueError(
                    f"{func}: counts must be one-dimensional, got an array of shape "
                    f"{counts.shape}"
                )
            values = counts.tolist()
        else:
            values = list(counts)
        if not values:
            raise ValueError(f"{func}: counts is empty: give at least one stage count")
        if resolved is not None and len(values) != len(resolved):
            shown = ", ".join(show(value) for value in values)
            raise ValueError(
                f"{func}: got {len(values)} counts [{shown}] for the {len(resolved)} stages "
                f"{resolved.keys} of the {resolved.key} funnel"
            )
        keys = as_funnel(resolved, len(values), func=func).keys
    else:
        raise TypeError(
            f"{func}: counts must be a list, tuple, NumPy array, dict or pandas Series, "
            f"not {type(counts).__name__}"
        )

    whole = [
        check_count(func, f"count for stage {key!r}", value, maximum=_INT64_MAX)
        for key, value in zip(keys, values, strict=True)
    ]
    for position in range(1, len(whole)):
        if whole[position] > whole[position - 1]:
            raise ValueError(
                f"{func}: count for stage {keys[position]!r} ({whole[position]}) exceeds the "
                f"count of the previous stage {keys[position - 1]!r} ({whole[position - 1]})"
            )
    return pd.Series(np.array(whole, dtype=np.int64), index=pd.Index(keys, name="stage"),
                     name="count")


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """numerator / denominator elementwise, 0.0 where the denominator is 0."""
    numerator = numerator.astype(np.float64)
    denominator = denominator.astype(np.float64)
    out = np.zeros_like(numerator)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out


def _table(series: pd.Series) -> pd.DataFrame:
    return _stacked(series.to_numpy()[np.newaxis, :], series.index.tolist())


def _stacked(counts: np.ndarray, stages: Sequence[Any]) -> pd.DataFrame:
    """:func:`stacked_conversion_tables` of already validated int64 *counts*."""
    segments, width = counts.shape
    previous = np.concatenate([counts[:, :1], counts[:, :-1]], axis=1)
    step_rate = _ratio(counts, previous)
    step_rate[:, 0] = 1.0
    overall_rate = _ratio(counts, np.repeat(counts[:, :1], width, axis=1))
    return pd.DataFrame(
        {
            "stage": pd.Index(stages).take(np.tile(np.arange(width), segments)),
            "count": counts.ravel(),
            "step_rate": step_rate.ravel(),
            "overall_rate": overall_rate.ravel(),
            "drop_off": (previous - counts).ravel(),
            "drop_off_rate": 1.0 - step_rate.ravel(),
        },
        columns=list(COLUMNS),
    )


def stacked_conversion_tables(counts: Any, stages: Sequence[Any]) -> pd.DataFrame:
    """Conversion tables of many segments at once, stacked: one row per segment and stage.

    *counts* is a two-dimensional array of whole numbers, one row per segment and one
    column per stage of *stages* (any stage names, in funnel order). The result's
    *i*-th block of ``len(stages)`` rows is what :func:`conversion_table` gives for
    ``counts[i]``, with the columns :data:`COLUMNS`. Computed over the whole array at
    once, not segment by segment (:func:`funnelkit.events.funnel_counts` uses it for
    ``by=``).

    >>> stacked_conversion_tables([[10, 5], [4, 1]], ["visit", "buy"])[["stage", "count"]]
       stage  count
    0  visit     10
    1    buy      5
    2  visit      4
    3    buy      1
    """
    func = "stacked_conversion_tables"
    array = np.asarray(counts)
    if array.ndim != 2:
        raise ValueError(f"{func}: counts must be two-dimensional, got shape {array.shape}")
    if array.dtype.kind not in "iu":
        raise TypeError(f"{func}: counts must hold whole numbers, not {array.dtype} values")
    if array.shape[1] != len(stages):
        raise ValueError(
            f"{func}: counts has {array.shape[1]} columns for the {len(stages)} stages {stages}"
        )
    if array.size and (array.min() < 0 or (np.diff(array, axis=1) > 0).any()):
        raise ValueError(
            f"{func}: every row of counts must be non-negative and non-increasing"
        )
    return _stacked(array.astype(np.int64), stages)


def conversion_table(counts: Counts, funnel: FunnelLike = None) -> pd.DataFrame:
    """Step and overall conversion and drop-off, one row per stage in funnel order.

    Columns:

    - ``stage``: the stage key;
    - ``count`` (int64): how many reached the stage;
    - ``step_rate``: count / previous stage's count; 1.0 for the first stage;
    - ``overall_rate``: count / first stage's count;
    - ``drop_off`` (int64): previous stage's count - count; 0 for the first stage;
    - ``drop_off_rate``: 1 - step_rate; 0.0 for the first stage.

    A rate whose denominator is 0 is 0.0, not NaN: after a stage that nobody
    reached, ``step_rate`` is 0.0 (and ``drop_off_rate`` 1.0), and when the first
    count is 0 every ``overall_rate`` is 0.0.

    >>> conversion_table({"visit": 200, "sign_up": 50, "purchase": 10})
          stage  count  step_rate  overall_rate  drop_off  drop_off_rate
    0     visit    200       1.00          1.00         0           0.00
    1   sign_up     50       0.25          0.25       150           0.75
    2  purchase     10       0.20          0.05        40           0.80
    """
    return _table(_stage_counts(counts, funnel, "conversion_table"))


def bottleneck(counts: Counts, funnel: FunnelLike = None) -> str:
    """The key of the stage with the lowest step rate (the leakiest step).

    The first stage has no step rate and is never the bottleneck; on a tie the
    earliest stage wins. A one-stage funnel raises ``ValueError``.

    >>> bottleneck([1000, 400, 100, 25])
    'step_3'
    """
    series = _stage_counts(counts, funnel, "bottleneck")
    if len(series) < 2:
        raise ValueError(
            f"bottleneck: a bottleneck needs at least two stages; counts has only stage "
            f"{series.index[0]!r}"
        )
    step_rate = _table(series)["step_rate"].to_numpy()[1:]
    return str(series.index[1 + int(np.argmin(step_rate))])


def what_if(
    counts: Counts,
    stage: str,
    uplift: float,
    funnel: FunnelLike = None,
    *,
    value_per_conversion: float | None = None,
) -> pd.DataFrame:
    """The funnel after improving one stage's step rate by a relative *uplift*.

    ``uplift=0.1`` raises the step rate into *stage* by 10 % (0.25 becomes 0.275);
    ``uplift=-0.1`` lowers it by 10 %; the smallest allowed uplift is -1 (nobody gets
    through). The improved rate is capped at 1.0: a step cannot pass on more people
    than it receives. The other step rates stay as they are, so *stage* and every
    later stage scale by the same factor. The new counts are :func:`chain_counts`
    from the stage before *stage* with the improved rate and the later step rates:
    each is rounded once, from the unrounded product, to the nearest whole person.
    The rates are then recomputed from the rounded counts, as in
    :func:`conversion_table`.

    *stage* cannot be the first stage, which has no step rate: to model more traffic,
    scale all the counts instead.

    Returns the :func:`conversion_table` of the new counts plus ``baseline_count``
    (the counts given) and ``extra`` (count - baseline_count). With
    *value_per_conversion* (revenue per customer at the last stage) it adds
    ``extra_revenue``: ``extra * value_per_conversion`` in the last row and 0.0 in
    the others, since revenue is earned only at the last stage. So
    ``table["extra_revenue"].sum()`` is the extra revenue of the change.

    >>> table = what_if([1000, 400, 100, 25], "step_3", 0.2, value_per_conversion=50)
    >>> table[["stage", "baseline_count", "count", "extra", "extra_revenue"]]
        stage  baseline_count  count  extra  extra_revenue
    0  step_1            1000   1000      0            0.0
    1  step_2             400    400      0            0.0
    2  step_3             100    120     20            0.0
    3  step_4              25     30      5          250.0
    """
    func = "what_if"
    baseline = _stage_counts(counts, funnel, func)
    keys = baseline.index.tolist()
    if not isinstance(stage, str):
        raise TypeError(f"{func}: stage must be a stage key, not {type(stage).__name__} "
                        f"({show(stage)}); the stages are {keys}")
    if stage not in keys:
        raise ValueError(f"{func}: stage {stage!r} is not one of the stages {keys}")
    position = keys.index(stage)
    if position == 0:
        raise ValueError(
            f"{func}: stage {stage!r} is the first stage and has no step rate to improve; "
            "to model more traffic, scale all the counts"
        )
    growth = 1.0 + check_number(func, "uplift", uplift, minimum=-1.0)
    if value_per_conversion is not None:
        value = check_number(func, "value_per_conversion", value_per_conversion, minimum=0)

    base = baseline.to_numpy()
    rates = _ratio(base[1:], base[:-1])
    rates[position - 1] = min(1.0, rates[position - 1] * growth)
    chain = _chain(int(base[position - 1]), rates[position - 1 :])
    improved = pd.Series(np.concatenate([base[: position - 1], chain]), index=baseline.index,
                         name="count")

    table = _table(improved)
    table["baseline_count"] = base
    table["extra"] = table["count"] - table["baseline_count"]
    if value_per_conversion is not None:
        extra_revenue = np.zeros(len(table))
        extra_revenue[-1] = table["extra"].iloc[-1] * value
        table["extra_revenue"] = extra_revenue
    return table


# ------------------------------------------------------------ sales and marketing


def _aligned(func: str, **values: Quantity) -> None:
    """Series arguments must share their index (no silent NaN from misalignment)."""
    series = [(name, value) for name, value in values.items() if isinstance(value, pd.Series)]
    for name, value in series[1:]:
        if not value.index.equals(series[0][1].index):
            raise ValueError(
                f"{func}: {name} and {series[0][0]} must have the same index, got "
                f"{value.index.tolist()} and {series[0][1].index.tolist()}"
            )


def _first_label(mask: bool | pd.Series) -> Any:
    """The label of the first True in a boolean Series; None for a scalar."""
    if isinstance(mask, pd.Series):
        return mask.index[int(np.argmax(mask.to_numpy()))]
    return None


def _at(value: Quantity, label: Any) -> float:
    """*value* at *label* if it is a Series, else *value* itself."""
    return float(value.loc[label]) if isinstance(value, pd.Series) else float(value)


def _nonzero(func: str, name: str, value: Quantity) -> None:
    """A zero denominator raises, naming the argument (and the label for a Series)."""
    zero = value == 0
    if np.any(zero):
        label = _first_label(zero)
        raise ValueError(f"{func}: {name} is 0" + ("" if label is None else f" for {label!r}"))


def _named(result: Quantity, func: str) -> Quantity:
    if isinstance(result, pd.Series):
        return result.rename(func)
    return float(result)


def win_rate(won: Quantity, lost: Quantity) -> Quantity:
    """Share of closed deals that were won: ``won / (won + lost)``.

    Only closed deals count; open opportunities are in neither argument.

    >>> win_rate(30, 70)
    0.3
    """
    won = check_quantity("win_rate", "won", won)
    lost = check_quantity("win_rate", "lost", lost)
    _aligned("win_rate", won=won, lost=lost)
    _nonzero("win_rate", "won + lost", won + lost)
    return _named(won / (won + lost), "win_rate")


def sales_cycle_length(created: Any, closed: Any) -> float:
    """Average number of days from opportunity creation to close.

    *created* and *closed* are datetimes (or date strings), one pair per closed
    deal, paired by position: two scalars, or two equally long sequences or Series.
    Fractions of a day count. A missing date or a deal closed before it was created
    raises ``ValueError``; pass closed deals only, for example
    ``deals[deals["closed"].notna()]``.

    >>> sales_cycle_length(["2026-01-01", "2026-01-05"], ["2026-01-11", "2026-02-04"])
    20.0
    """
    scalar = np.ndim(created) == 0 and np.ndim(closed) == 0
    if scalar:
        created, closed = [created], [closed]
    start = pd.to_datetime(pd.Series(created)).reset_index(drop=True)
    end = pd.to_datetime(pd.Series(closed)).reset_index(drop=True)
    if len(start) != len(end):
        raise ValueError(
            f"sales_cycle_length: got {len(start)} created dates and {len(end)} closed dates"
        )
    if len(start) == 0:
        raise ValueError("sales_cycle_length: no deals given")
    for name, dates in (("created", start), ("closed", end)):
        if dates.isna().any():
            raise ValueError(
                f"sales_cycle_length: {name} date is missing at position "
                f"{int(dates.isna().to_numpy().argmax())}"
            )
    days = (end - start) / pd.Timedelta(days=1)
    if (days < 0).any():
        at = int((days < 0).to_numpy().argmax())
        raise ValueError(
            f"sales_cycle_length: deal at position {at} closed ({end[at]}) before it was "
            f"created ({start[at]})"
        )
    return float(days.mean())


def pipeline_velocity(
    opportunities: Quantity,
    win_rate: Quantity,
    average_deal_size: Quantity,
    cycle_length_days: Quantity,
) -> Quantity:
    """Expected revenue per day from the pipeline.

    ``opportunities * win_rate * average_deal_size / cycle_length_days``, with
    *win_rate* between 0 and 1.

    >>> pipeline_velocity(40, 0.25, 2000, 50)
    400.0
    """
    func = "pipeline_velocity"
    opportunities = check_quantity(func, "opportunities", opportunities)
    rate = check_quantity(func, "win_rate", win_rate, maximum=1.0)
    size = check_quantity(func, "average_deal_size", average_deal_size)
    days = check_quantity(func, "cycle_length_days", cycle_length_days)
    _aligned(func, opportunities=opportunities, win_rate=rate, average_deal_size=size,
             cycle_length_days=days)
    _nonzero(func, "cycle_length_days", days)
    return _named(opportunities * rate * size / days, func)


def mql_to_sql_rate(mqls: Quantity, sqls: Quantity) -> Quantity:
    """Share of marketing-qualified leads that sales accepted: ``sqls / mqls``.

    More SQLs than MQLs raises ``ValueError``: SQLs come from the MQLs.

    >>> mql_to_sql_rate(mqls=200, sqls=50)
    0.25
    """
    mqls = check_quantity("mql_to_sql_rate", "mqls", mqls)
    sqls = check_quantity("mql_to_sql_rate", "sqls", sqls)
    _aligned("mql_to_sql_rate", mqls=mqls, sqls=sqls)
    excess = sqls > mqls
    if np.any(excess):
        label = _first_label(excess)
        where = "" if label is None else f" for {label!r}"
        raise ValueError(
            f"mql_to_sql_rate: sqls ({_at(sqls, label):g}) exceeds mqls ({_at(mqls, label):g})"
            f"{where}"
        )
    _nonzero("mql_to_sql_rate", "mqls", mqls)
    return _named(sqls / mqls, "mql_to_sql_rate")


def lead_velocity_rate(leads_this_period: Quantity, leads_last_period: Quantity) -> Quantity:
    """Growth of qualified leads: ``(this - last) / last``; negative when leads fall.

    >>> lead_velocity_rate(120, 100)
    0.2
    """
    func = "lead_velocity_rate"
    this = check_quantity(func, "leads_this_period", leads_this_period)
    last = check_quantity(func, "leads_last_period", leads_last_period)
    _aligned(func, leads_this_period=this, leads_last_period=last)
    _nonzero(func, "leads_last_period", last)
    return _named((this - last) / last, func)


def cost_per_lead(spend: Quantity, leads: Quantity) -> Quantity:
    """Marketing spend per lead: ``spend / leads``.

    With Series (for example one value per channel) it is computed per label:

    >>> spend = pd.Series({"ads": 500.0, "events": 900.0})
    >>> cost_per_lead(spend, pd.Series({"ads": 100, "events": 30})).tolist()
    [5.0, 30.0]
    """
    spend = check_quantity("cost_per_lead", "spend", spend)
    leads = check_quantity("cost_per_lead", "leads", leads)
    _aligned("cost_per_lead", spend=spend, leads=leads)
    _nonzero("cost_per_lead", "leads", leads)
    return _named(spend / leads, "cost_per_lead")


def customer_acquisition_cost(spend: Quantity, new_customers: Quantity) -> Quantity:
    """Sales and marketing spend per new customer (CAC): ``spend / new_customers``.

    >>> customer_acquisition_cost(12000, 40)
    300.0
    """
    func = "customer_acquisition_cost"
    spend = check_quantity(func, "spend", spend)
    customers = check_quantity(func, "new_customers", new_customers)
    _aligned(func, spend=spend, new_customers=customers)
    _nonzero(func, "new_customers", customers)
    return _named(spend / customers, func)




# --------------------------------------------------------------------------- chains


def _chain(first: int, rates: np.ndarray) -> np.ndarray:
    """``first, first * r1, first * r1 * r2, ...`` as int64, each rounded once (rint).

    Rates between 0 and 1 keep the counts non-increasing (rint is monotone). The one
    implementation of a funnel chain: :func:`chain_counts` and :func:`what_if`.
    """
    counts = np.rint(first * np.cumprod(rates, dtype=np.float64)).astype(np.int64)
    return np.concatenate([np.array([first], dtype=np.int64), counts])


def chain_counts(first: int, rates: Sequence[float]) -> list[int]:
    """Counts along a funnel from the first stage's count and each step's rate.

    *rates* are fractions from 0 to 1 (0.4 for 40 %), one per step after the first.
    Each count is *first* times the rates so far, rounded once to whole people (the
    rounding does not compound along the funnel), so it is never more than the count
    before it.

    >>> chain_counts(1000, [0.4, 0.25, 0.5])
    [1000, 400, 100, 50]
    >>> chain_counts(1000, [40, 25])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: chain_counts: rates[0] must be at most 1, got 40 (rates are fractions: ...)
    """
    start = check_count("chain_counts", "first", first, maximum=_INT64_MAX)
    return _chain(start, check_numbers("chain_counts", "rates", rates, rates=True)).tolist()
