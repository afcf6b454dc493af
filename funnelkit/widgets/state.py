"""What each widget knows, as plain Python: counts, rates and choices, and what follows.

One state class per widget. A state holds the learner's current choices (the
values behind the sliders and dropdowns) and computes what the widget shows from
them with :mod:`funnelkit.metrics`, :mod:`funnelkit.stages` and
:mod:`funnelkit.events`: the conversion tables, the bottleneck, the extra
customers. No ipywidgets and no text: a state is tested without a browser, and
the views in this package only copy control values into it and draw its results.

Arguments are checked here, with :mod:`funnelkit._validation`: a wrong type
raises ``TypeError``, a bad value ``ValueError``; messages start with the
widget's name, which is what the learner called.

>>> state = FunnelState([1000, 400, 100, 25], ["visit", "sign_up", "cart", "buy"])
>>> state.bottleneck
'cart'
>>> state.set_value(2, 200)
>>> state.counts
[1000, 400, 200, 50]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import pandas as pd

from .._validation import (
    check_choice,
    check_count,
    check_frame,
    check_number,
    check_rate,
    check_text,
)
from ..formatting import stage_label
from ..metrics import bottleneck, chain_counts, conversion_table, what_if
from ..stages import (
    HANDOFF_STAGE,
    MARKETING_FUNNEL,
    SALES_FUNNEL,
    Funnel,
    FunnelLike,
    as_funnel,
    custom_funnel,
    sales_view,
    stage_mapping,
)

__all__ = [
    "DEFAULT_COUNTS",
    "resolve_funnel",
    "FunnelState",
    "ComparisonState",
    "EventFunnelState",
    "WhatIfState",
    "extra_customers",
    "extra_revenue",
]

#: The running-shoe shop of lesson 1: people at each sales funnel stage.
DEFAULT_COUNTS: tuple[int, ...] = (10_000, 1_200, 300, 90)


def resolve_funnel(counts: Any, funnel: FunnelLike, *, func: str) -> tuple[pd.DataFrame, Funnel]:
    """The starting conversion table and the funnel whose labels a widget shows.

    *funnel* goes through :func:`funnelkit.stages.as_funnel` (the one resolver of
    funnel arguments) and *counts* through
    :func:`~funnelkit.metrics.conversion_table`. A :class:`~funnelkit.stages.Funnel`
    is used as it is. Otherwise the stage keys (from a list of keys, or from keyed
    counts) are recognised as the sales or marketing funnel, or labelled with
    :func:`funnelkit.formatting.stage_label` (so the bundled web events read
    "Sign-up", "Add to cart").

    >>> table, funnel = resolve_funnel({"visit": 200, "sign_up": 50}, None, func="demo")
    >>> funnel.labels()
    ['Visit', 'Sign-up']
    >>> resolve_funnel([4, 3, 2, 1], ["awareness", "interest", "decision", "action"],
    ...                func="demo")[1] is SALES_FUNNEL
    True
    """
    given = None if funnel is None else as_funnel(funnel, func=func)
    table = conversion_table(counts, given)
    if isinstance(funnel, Funnel):
        return table, funnel
    keys = [str(key) for key in table["stage"]]
    for known in (SALES_FUNNEL, MARKETING_FUNNEL):
        if keys == known.keys:
            return table, known
    return table, custom_funnel(keys, labels=[stage_label(key) for key in keys])


def _start(counts: Any, funnel: FunnelLike, func: str) -> tuple[pd.DataFrame, Funnel]:
    """Like :func:`resolve_funnel`; no counts means the running-shoe shop of lesson 1."""
    if counts is None:
        counts = list(DEFAULT_COUNTS)
        funnel = SALES_FUNNEL if funnel is None else funnel
    return resolve_funnel(counts, funnel, func=func)


# --------------------------------------------------------------------------- FunnelExplorer


class FunnelState:
    """A funnel as its first count and its step rates; moving one stage keeps the later rates.

    *mode* says what a position's value means in :meth:`set_value`: ``"count"``,
    the stage's count (the step rate into it follows), or ``"rate"``, the step rate
    itself. Position 0 is always the first stage's count.

    >>> state = FunnelState(mode="rate")
    >>> state.set_value(1, 0.2)
    >>> state.counts
    [10000, 2000, 500, 150]
    >>> state.reset(); state.counts
    [10000, 1200, 300, 90]
    """

    func = "FunnelExplorer"

    def __init__(self, counts: Any = None, funnel: FunnelLike = None, *,
                 mode: str = "count") -> None:
        self.mode: str = check_choice(self.func, "mode", check_text(self.func, "mode", mode),
                                      ("count", "rate"))
        start, self.funnel = _start(counts, funnel, self.func)
        self.start_first = int(start["count"].iloc[0])
        self.start_rates = [float(rate) for rate in start["step_rate"].iloc[1:]]
        self.first = self.start_first
        self.rates = list(self.start_rates)

    @property
    def counts(self) -> list[int]:
        """The current count of each stage, in funnel order."""
        return chain_counts(self.first, self.rates)

    @property
    def table(self) -> pd.DataFrame:
        """The current :func:`~funnelkit.metrics.conversion_table`."""
        return conversion_table(self.counts, self.funnel)

    @property
    def bottleneck(self) -> str | None:
        """The stage with the lowest step rate (None for a one-stage funnel)."""
        counts = self.counts
        return bottleneck(counts, self.funnel) if len(counts) > 1 else None

    def set_value(self, position: int, value: float) -> None:
        """Set stage *position*: its count, or with ``mode="rate"`` its step rate."""
        if position == 0:
            self.first = check_count(self.func, "first count", value)
        elif self.mode == "rate":
            self.rates[position - 1] = check_rate(self.func, "step rate", value)
        else:
            count = check_count(self.func, "count", value)
            previous = self.counts[position - 1]
            self.rates[position - 1] = 0.0 if previous == 0 else min(1.0, count / previous)

    def reset(self) -> None:
        """Back to the start values."""
        self.first = self.start_first
        self.rates = list(self.start_rates)


# --------------------------------------------------------------------------- FunnelComparison


class ComparisonState:
    """The marketing funnel from leads and step rates, and the sales funnel on the same people.

    The sales counts are :func:`funnelkit.stages.sales_view` of the marketing counts.

    >>> state = ComparisonState(1000)
    >>> state.sales_counts
    [1000, 400, 96, 24]
    >>> state.rates[3] = 1.0
    >>> state.customers, state.baseline_customers
    (48, 24)
    """

    func = "FunnelComparison"
    DEFAULT_RATES: tuple[float, ...] = (0.4, 0.6, 0.4, 0.5, 0.5)

    def __init__(self, leads: int = 1000, rates: Sequence[float] | None = None) -> None:
        steps = len(MARKETING_FUNNEL) - 1
        if rates is None:
            rates = self.DEFAULT_RATES
        if isinstance(rates, (str, bytes)) or not isinstance(rates, Sequence):
            raise TypeError(f"{self.func}: rates must be a sequence of {steps} step rates, "
                            f"not {type(rates).__name__}")
        if len(rates) != steps:
            raise ValueError(
                f"{self.func}: rates needs {steps} step rates, one for each marketing stage "
                f"after the first {MARKETING_FUNNEL.keys[1:]}, got {len(rates)}"
            )
        self.leads = check_count(self.func, "leads", leads)
        self.rates = [check_rate(self.func, f"rates[{position}]", rate)
                      for position, rate in enumerate(rates)]
        self.start_leads = self.leads
        self.start_rates = list(self.rates)
        self.baseline_customers = chain_counts(self.leads, self.rates)[-1]
        self.handoff_sales_stage = str(
            stage_mapping().set_index("marketing_stage").loc[HANDOFF_STAGE, "sales_stage"])

    @property
    def marketing_counts(self) -> list[int]:
        """People at each marketing stage."""
        return chain_counts(self.leads, self.rates)

    @property
    def sales_counts(self) -> list[int]:
        """People at each sales stage: :func:`~funnelkit.stages.sales_view`."""
        return sales_view(self.marketing_counts)

    @property
    def marketing_table(self) -> pd.DataFrame:
        return conversion_table(self.marketing_counts, MARKETING_FUNNEL)

    @property
    def sales_table(self) -> pd.DataFrame:
        return conversion_table(self.sales_counts, SALES_FUNNEL)

    @property
    def customers(self) -> int:
        """People who buy (the last stage of both funnels)."""
        return self.sales_counts[-1]

    @property
    def handed_to_sales(self) -> int:
        """People marketing hands to sales (at the sales stage the hand-off feeds)."""
        return self.sales_counts[SALES_FUNNEL.index(self.handoff_sales_stage)]

    @property
    def closing_rate(self) -> float:
        """The sales side's own conversion: from the hand-off to the purchase."""
        position = SALES_FUNNEL.index(self.handoff_sales_stage)
        closing = conversion_table(self.sales_counts[position:],
                                   list(SALES_FUNNEL.keys[position:]))
        return float(closing["overall_rate"].iloc[-1])

    def reset(self) -> None:
        """Back to the start values."""
        self.leads = self.start_leads
        self.rates = list(self.start_rates)


# --------------------------------------------------------------------------- EventFunnelExplorer


class EventFunnelState:
    """Steps chosen from an event log, a conversion window and a breakdown, and their counts.

    ``choices[n]`` is the step chosen in place *n* (None: no step); a step chosen
    twice counts once, at its first place. Counts come from
    :func:`~funnelkit.events.funnel_counts` and are cached per choice.

    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["visit", "buy", "visit"],
    ...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-01"])})
    >>> state = EventFunnelState(log)
    >>> state.counts()["count"].tolist()
    [2, 1]
    >>> state.choices = ["visit", "visit"]
    >>> state.steps, state.repeated
    (['visit'], True)
    """

    func = "EventFunnelExplorer"
    CACHE_SIZE = 64
    MAX_SEGMENTS = 12

    def __init__(
        self,
        events: pd.DataFrame | None = None,
        steps: Sequence[Hashable] | None = None,
        *,
        window_days: int = 30,
        by: str | None = None,
        user_col: str = "user_id",
        event_col: str = "event",
        time_col: str = "timestamp",
    ) -> None:
        if events is None:
            from ..datasets import load

            events = load("web_events")
        self.events = check_frame(self.func, "events", events, [user_col, event_col, time_col])
        self.columns = {"user_col": user_col, "event_col": event_col, "time_col": time_col}
        self.available: list[Hashable] = self._event_names(event_col)
        self.segments: list[str] = self._segment_columns()
        chosen = list(self.available if steps is None else steps)
        unknown = [step for step in chosen if step not in self.available]
        if unknown:
            raise ValueError(f"{self.func}: steps {unknown} do not occur in column "
                             f"{event_col!r}: {self.available}")
        self.choices: list[Hashable | None] = [
            chosen[position] if position < len(chosen) else None
            for position in range(len(self.available))
        ]
        self.window_days = check_count(self.func, "window_days", window_days, minimum=1)
        if by is not None:
            check_choice(self.func, "by", by, self.segments)
        self.by: str | None = by
        self.cache: dict[tuple[Any, ...], pd.DataFrame] = {}

    def _event_names(self, event_col: str) -> list[Hashable]:
        column = self.events[event_col]
        if isinstance(column.dtype, pd.CategoricalDtype):
            return [name for name in column.cat.categories if (column == name).any()]
        return list(dict.fromkeys(column.tolist()))

    def _segment_columns(self) -> list[str]:
        """Text or categorical columns with few values (besides user, event and time)."""
        found = []
        for name in self.events.columns:
            dtype = self.events[name].dtype
            if name in self.columns.values():
                continue
            if (isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(dtype)
                    or pd.api.types.is_object_dtype(dtype)) and \
                    self.events[name].nunique() <= self.MAX_SEGMENTS:
                found.append(str(name))
        return found

    @property
    def steps(self) -> list[Hashable]:
        """The chosen steps in order (a step chosen twice counts once)."""
        return list(dict.fromkeys(step for step in self.choices if step is not None))

    @property
    def repeated(self) -> bool:
        """Whether a step is chosen more than once."""
        return len([step for step in self.choices if step is not None]) != len(self.steps)

    def counts(self) -> pd.DataFrame | None:
        """:func:`~funnelkit.events.funnel_counts` of the choices (None without steps)."""
        from ..events import funnel_counts

        steps = self.steps
        if not steps:
            return None
        key = (tuple(steps), self.window_days, self.by)
        if key not in self.cache:
            if len(self.cache) >= self.CACHE_SIZE:
                self.cache.pop(next(iter(self.cache)))
            self.cache[key] = funnel_counts(self.events, steps,
                                            window=pd.Timedelta(days=self.window_days),
                                            by=self.by, **self.columns)
        return self.cache[key].copy()

    def funnel(self, lang: str | None = None) -> Funnel:
        """The chosen steps as a funnel, labelled in *lang*."""
        steps = self.steps
        return custom_funnel([str(step) for step in steps],
                             labels=[stage_label(step, lang=lang) for step in steps])


# --------------------------------------------------------------------------- WhatIf


class WhatIfState:
    """One stage's step rate raised by a percentage: the new funnel and what it earns.

    >>> state = WhatIfState([10_000, 1_200, 300, 90], SALES_FUNNEL, stage="decision",
    ...                     uplift_percent=50, value_per_conversion=80)
    >>> state.extra_customers, state.extra_revenue
    (45, 3600.0)
    """

    func = "WhatIf"
    MAX_UPLIFT_PERCENT = 200
    MAX_VALUE = 1e9

    def __init__(
        self,
        counts: Any = None,
        funnel: FunnelLike = None,
        *,
        stage: str | None = None,
        uplift_percent: int = 10,
        value_per_conversion: float = 100.0,
    ) -> None:
        start, self.funnel = _start(counts, funnel, self.func)
        if len(self.funnel) < 2:
            raise ValueError(f"{self.func}: needs a funnel with at least two stages")
        self.counts: list[int] = [int(count) for count in start["count"]]
        self.stage: str = (bottleneck(self.counts, self.funnel) if stage is None else
                           check_choice(self.func, "stage",
                                        check_text(self.func, "stage", stage), self.stages))
        self.uplift_percent = check_count(self.func, "uplift_percent", uplift_percent,
                                          maximum=self.MAX_UPLIFT_PERCENT)
        self.value_per_conversion = check_number(self.func, "value_per_conversion",
                                                 value_per_conversion, minimum=0,
                                                 maximum=self.MAX_VALUE)

    @property
    def stages(self) -> list[str]:
        """The stages that can improve: every stage after the first."""
        return self.funnel.keys[1:]

    @property
    def table(self) -> pd.DataFrame:
        """The :func:`~funnelkit.metrics.what_if` table of the current choice."""
        return what_if(self.counts, self.stage, self.uplift_percent / 100.0, self.funnel,
                       value_per_conversion=float(self.value_per_conversion))

    @property
    def extra_customers(self) -> int:
        """Extra people at the last stage."""
        return extra_customers(self.table)

    @property
    def extra_revenue(self) -> float:
        """Extra customers times the revenue per customer."""
        return extra_revenue(self.table)


def extra_customers(table: pd.DataFrame) -> int:
    """Extra people at the last stage of a :func:`~funnelkit.metrics.what_if` table."""
    return int(table["extra"].iloc[-1])


def extra_revenue(table: pd.DataFrame) -> float:
    """The extra revenue of a :func:`~funnelkit.metrics.what_if` table."""
    return float(table["extra_revenue"].sum())
