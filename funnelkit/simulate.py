"""Seeded simulation of funnel data: web-shop event logs, B2B leads and campaign spend.

Every generator takes a ``seed`` and draws all its randomness from
``numpy.random.default_rng(seed)``, so the same arguments give the same frame on any
machine (with the same numpy version; ``seed=None`` draws fresh randomness). Times are
whole seconds (events) or whole days (leads) computed with integer arithmetic; money
is rounded to cents.

Acquisition channels differ the way the course's source articles describe them:
high-volume channels (paid ads, social) bring many leads that convert poorly but
fast; nurtured channels (content, webinars, e-mail) bring fewer leads that convert
slower but better. Each :class:`Channel` carries those effects:

* ``share``: its share of new users or leads (shares are normalised);
* ``quality``: an odds multiplier applied at every step of the funnel
  (above 1 converts better, below 1 worse; the effect compounds along the funnel);
* ``speed``: a multiplier on every delay between steps (above 1 is slower);
* ``cost_per_lead``, ``click_rate``, ``lead_rate``: used by :func:`simulate_spend`.

>>> events = simulate_events(200, seed=1)
>>> events.columns.tolist()
['user_id', 'timestamp', 'event', 'channel', 'device']
>>> events.groupby("event")["user_id"].nunique().is_monotonic_decreasing
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ._validation import (
    check_count,
    check_frame,
    check_number,
    check_numbers,
    check_rate,
    check_text,
)

__all__ = [
    "Channel",
    "Segment",
    "DEFAULT_CHANNELS",
    "WEB_CHANNELS",
    "WEB_STEPS",
    "WEB_RATES",
    "WEB_DELAYS",
    "DEVICES",
    "SEGMENTS",
    "LEAD_STAGES",
    "LEAD_RATES",
    "LEAD_DELAYS",
    "OUTCOMES",
    "LOST_REASONS",
    "simulate_events",
    "simulate_leads",
    "simulate_spend",
]

_DAY = 86_400


# --------------------------------------------------------------------------- checks


def _check_groups(func: str, what: str, groups: Sequence[Any], kind: type) -> tuple[Any, ...]:
    """A non-empty tuple of *kind* objects with unique names and a positive total share."""
    if isinstance(groups, (str, bytes)) or not isinstance(groups, Iterable):
        raise TypeError(f"{func}: {what} must be a sequence of {kind.__name__} objects, "
                        f"not {type(groups).__name__}")
    groups = tuple(groups)
    if not groups:
        raise ValueError(f"{func}: {what} is empty; give at least one {kind.__name__}")
    for group in groups:
        if not isinstance(group, kind):
            raise TypeError(f"{func}: {what}: {group!r} is not a {kind.__name__}")
    names = [group.name for group in groups]
    if len(set(names)) != len(names):
        raise ValueError(f"{func}: {what}: names must be unique, got {names}")
    if sum(group.share for group in groups) <= 0:
        raise ValueError(f"{func}: {what}: the shares must not all be zero")
    return groups


def _check_steps(func: str, steps: Any) -> list[str]:
    if isinstance(steps, (str, bytes)) or not isinstance(steps, Iterable):
        raise TypeError(f"{func}: steps must be a sequence of step names, "
                        f"not {type(steps).__name__}")
    names = [str(step) for step in steps]
    if len(names) < 2 or len(set(names)) != len(names):
        raise ValueError(f"{func}: steps must be at least two unique names, got {names}")
    return names


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Channel:
    """An acquisition channel and its built-in effects.

    >>> Channel("paid_ads", share=0.4, quality=0.65, speed=0.6).quality
    0.65
    """

    name: str
    share: float
    quality: float = 1.0
    speed: float = 1.0
    cost_per_lead: float = 50.0
    click_rate: float = 0.02
    lead_rate: float = 0.05

    def __post_init__(self) -> None:
        check_text("Channel", "name", self.name)
        func = f"Channel({self.name!r})"
        for field in ("share", "cost_per_lead"):
            check_number(func, field, getattr(self, field), minimum=0)
        for field in ("quality", "speed"):
            check_number(func, field, getattr(self, field), above=0)
        for field in ("click_rate", "lead_rate"):
            check_rate(func, field, getattr(self, field), above=0)


@dataclass(frozen=True)
class Segment:
    """A customer segment of the B2B lead table.

    ``quality`` and ``speed`` work as for :class:`Channel`; ``deal_size`` is the
    median deal value in euros.

    >>> Segment("smb", share=0.6, deal_size=4_000).speed
    1.0
    """

    name: str
    share: float
    quality: float = 1.0
    speed: float = 1.0
    deal_size: int = 10_000

    def __post_init__(self) -> None:
        check_text("Segment", "name", self.name)
        func = f"Segment({self.name!r})"
        check_number(func, "share", self.share, minimum=0)
        for field in ("quality", "speed", "deal_size"):
            check_number(func, field, getattr(self, field), above=0)


#: The channels of the B2B lead table, in display order.
DEFAULT_CHANNELS: tuple[Channel, ...] = (
    Channel("paid_ads", 0.38, quality=0.65, speed=0.6, cost_per_lead=35.0,
            click_rate=0.012, lead_rate=0.03),
    Channel("social", 0.16, quality=0.85, speed=0.8, cost_per_lead=40.0,
            click_rate=0.008, lead_rate=0.02),
    Channel("organic_search", 0.14, quality=1.1, speed=1.0, cost_per_lead=25.0,
            click_rate=0.03, lead_rate=0.04),
    Channel("content", 0.10, quality=1.5, speed=1.7, cost_per_lead=110.0,
            click_rate=0.02, lead_rate=0.06),
    Channel("webinar", 0.06, quality=1.6, speed=1.5, cost_per_lead=140.0,
            click_rate=0.04, lead_rate=0.25),
    Channel("email", 0.09, quality=1.3, speed=1.4, cost_per_lead=15.0,
            click_rate=0.05, lead_rate=0.08),
    Channel("referral", 0.07, quality=1.8, speed=0.9, cost_per_lead=150.0,
            click_rate=0.2, lead_rate=0.3),
)

#: The channels of the web shop (no webinars), in display order.
WEB_CHANNELS: tuple[Channel, ...] = (
    Channel("paid_ads", 0.36, quality=0.75, speed=0.6),
    Channel("social", 0.16, quality=0.85, speed=0.8),
    Channel("organic_search", 0.22, quality=1.1, speed=1.0),
    Channel("content", 0.08, quality=1.35, speed=1.8),
    Channel("email", 0.09, quality=1.4, speed=1.5),
    Channel("referral", 0.09, quality=1.3, speed=1.0),
)

#: The web shop's funnel steps, in order.
WEB_STEPS: tuple[str, ...] = (
    "visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase",
)
#: Probability of reaching each step after the first, given the step before it.
WEB_RATES: tuple[float, ...] = (0.62, 0.30, 0.55, 0.60, 0.72)
#: Median delay in seconds before each step after the first.
WEB_DELAYS: tuple[int, ...] = (60, 900, 21_600, 300, 120)

#: Device name -> (share of users, odds multiplier at every step).
DEVICES: Mapping[str, tuple[float, float]] = {
    "desktop": (0.40, 1.25),
    "mobile": (0.52, 0.80),
    "tablet": (0.08, 1.00),
}

#: The segments of the B2B lead table, smallest customers first.
SEGMENTS: tuple[Segment, ...] = (
    Segment("smb", 0.60, quality=1.1, speed=0.7, deal_size=4_000),
    Segment("mid_market", 0.30, quality=1.0, speed=1.0, deal_size=18_000),
    Segment("enterprise", 0.10, quality=0.8, speed=1.6, deal_size=75_000),
)

#: The pipeline stages after a lead is created; each has a date column ``<stage>_date``.
LEAD_STAGES: tuple[str, ...] = ("mql", "sql", "opportunity", "closed")
#: Probability of reaching mql, sql and opportunity from the stage before, and of winning.
LEAD_RATES: tuple[float, ...] = (0.45, 0.50, 0.60, 0.30)
#: Median delay in days before mql, sql, opportunity and the close.
LEAD_DELAYS: tuple[float, ...] = (4.0, 8.0, 6.0, 35.0)
#: The status of a lead at the end of the simulated period.
OUTCOMES: tuple[str, ...] = ("won", "lost", "open")
#: Why a lead was lost, per stage where it dropped out (reason -> weight).
LOST_REASONS: Mapping[str, Mapping[str, float]] = {
    "mql": {"no_response": 0.7, "not_a_fit": 0.3},
    "sql": {"no_response": 0.3, "not_a_fit": 0.4, "no_budget": 0.3},
    "opportunity": {"no_budget": 0.5, "no_decision": 0.5},
    "closed": {"price": 0.35, "competitor": 0.40, "no_decision": 0.25},
}

# Share of first visits per hour of the day (UTC), with an evening peak.
_HOURLY = (2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 6, 6, 6, 7, 8, 9, 9, 8, 6, 4)
# Lognormal spread of the delays between steps.
_SIGMA_WEB = 1.2
_SIGMA_LEADS = 0.6


# --------------------------------------------------------------------------- helpers


def _pick(
    rng: np.random.Generator, weights: Sequence[float] | np.ndarray, size: int
) -> np.ndarray:
    """Indices drawn with probabilities proportional to *weights*."""
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum())


def _odds(rate: float | np.ndarray, multiplier: np.ndarray) -> np.ndarray:
    """Apply an odds *multiplier* to a probability *rate* (stays between 0 and 1)."""
    return multiplier * rate / (1.0 - rate + multiplier * rate)


def _start(func: str, start: Any) -> pd.Timestamp:
    """*start* as a UTC timestamp (naive values are taken as UTC)."""
    if isinstance(start, (bool, np.bool_, int, float, np.number)):
        raise TypeError(f"{func}: start must be a date or a date string, not "
                        f"{type(start).__name__} ({start!r})")
    try:
        stamp = pd.Timestamp(start)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{func}: start {start!r} is not a date") from error
    if stamp is pd.NaT:
        raise ValueError(f"{func}: start must be a date, not NaT")
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _timestamps(start: pd.Timestamp, seconds: np.ndarray) -> pd.DatetimeIndex:
    """``start`` plus whole *seconds*, as datetime64[us, UTC]."""
    base = start.tz_localize(None).as_unit("s").to_datetime64().astype("datetime64[s]")
    values = (base + seconds.astype("timedelta64[s]")).astype("datetime64[us]")
    return pd.DatetimeIndex(values).tz_localize("UTC")


def _categorical(
    codes: np.ndarray, categories: Sequence[str], *, ordered: bool = False
) -> pd.Categorical:
    """A pandas Categorical from integer *codes* (-1 for missing)."""
    dtype = pd.CategoricalDtype(list(categories), ordered=ordered)
    return pd.Categorical.from_codes(codes, dtype=dtype)


# --------------------------------------------------------------------------- events


def simulate_events(
    n_users: int = 1000,
    *,
    steps: Sequence[str] = WEB_STEPS,
    rates: Sequence[float] = WEB_RATES,
    delays: Sequence[float] = WEB_DELAYS,
    channels: Sequence[Channel] = WEB_CHANNELS,
    devices: Mapping[str, tuple[float, float]] = DEVICES,
    start: Any = "2025-10-01",
    days: int = 92,
    revisit_rate: float = 0.25,
    repeat_rate: float = 0.08,
    late_rate: float = 0.01,
    seed: int | None = 0,
) -> pd.DataFrame:
    """A web-shop event log: one row per event of *n_users* users.

    Each user arrives once (the first step) at a random time in the *days* after
    *start* through one channel on one device, then reaches each next step with
    probability ``rates[i]`` (adjusted by the channel's and the device's odds
    multipliers) after a lognormal delay with median ``delays[i]`` seconds (scaled
    by the channel's ``speed``). So the first occurrences of the steps of a user
    are in funnel order, and fewer users reach each step. Events after the end of
    the period are cut off, as in a real export.

    To be realistic but modest, users also come back (``revisit_rate`` extra
    first-step events per user on average), repeat a step they reached (with
    probability ``repeat_rate``, for example a second product view or purchase),
    and ``late_rate`` of the events arrive late, so the file is not perfectly
    sorted by ``timestamp``. User ids are numbered in order of the first visit.

    Columns: ``user_id`` (int64), ``timestamp`` (datetime64[us, UTC], whole
    seconds), ``event`` (ordered categorical of *steps*), ``channel`` and
    ``device`` (categoricals).

    >>> log = simulate_events(500, seed=7)
    >>> log["event"].cat.categories.tolist()[:3]
    ['visit', 'product_view', 'sign_up']
    >>> log.equals(simulate_events(500, seed=7))
    True
    """
    func = "simulate_events"
    n = check_count(func, "n_users", n_users)
    days = check_count(func, "days", days, minimum=1)
    step_names = _check_steps(func, steps)
    step_rates = check_numbers(func, "rates", rates, length=len(step_names) - 1, rates=True,
                               above=0, below=1)
    step_delays = check_numbers(func, "delays", delays, length=len(step_names) - 1, above=0)
    channels = _check_groups(func, "channels", channels, Channel)
    if not isinstance(devices, Mapping):
        raise TypeError(f"{func}: devices must be a mapping of name -> (share, quality), "
                        f"not {type(devices).__name__}")
    if not devices:
        raise ValueError(f"{func}: devices is empty; give at least one device")
    device_names = list(devices)
    device_share = [check_number(func, f"devices[{name!r}] share", devices[name][0], minimum=0)
                    for name in device_names]
    device_quality = np.asarray(
        [check_number(func, f"devices[{name!r}] quality", devices[name][1], above=0)
         for name in device_names]
    )
    check_number(func, "revisit_rate", revisit_rate, minimum=0)
    check_rate(func, "repeat_rate", repeat_rate)
    check_rate(func, "late_rate", late_rate)
    origin = _start(func, start)

    rng = np.random.default_rng(seed)
    end = days * _DAY
    channel = _pick(rng, [c.share for c in channels], n)
    device = _pick(rng, device_share, n)
    first = (
        rng.integers(0, days, n) * _DAY
        + _pick(rng, _HOURLY, n) * 3600
        + rng.integers(0, 3600, n)
    )
    quality = np.asarray([c.quality for c in channels])[channel] * device_quality[device]
    speed = np.asarray([c.speed for c in channels])[channel]

    users, times, codes = [np.arange(n)], [first], [np.zeros(n, dtype=np.int64)]
    time = first.copy()
    alive = np.ones(n, dtype=bool)
    for k in range(1, len(step_names)):
        passed = rng.random(n) < _odds(step_rates[k - 1], quality)
        spread = rng.lognormal(0.0, _SIGMA_WEB, n)
        time = time + np.maximum(1, np.rint(step_delays[k - 1] * speed * spread)).astype(np.int64)
        alive &= passed & (time < end)
        users.append(np.flatnonzero(alive))
        times.append(time[alive])
        codes.append(np.full(int(alive.sum()), k, dtype=np.int64))

    # Repeats of a reached step (not the first one) some minutes to weeks later.
    reached_user = np.concatenate(users[1:])
    reached_time = np.concatenate(times[1:])
    reached_code = np.concatenate(codes[1:])
    again = rng.random(reached_user.size) < repeat_rate
    later = np.rint(10_800 * rng.lognormal(0.0, 2.0, reached_user.size)).astype(np.int64)
    users.append(reached_user[again])
    times.append(reached_time[again] + 60 + later[again])
    codes.append(reached_code[again])

    # Revisits: extra first-step events hours to weeks after the first visit.
    extra = rng.poisson(revisit_rate, n)
    revisitor = np.repeat(np.arange(n), extra)
    gap = np.rint(259_200 * rng.lognormal(0.0, 1.2, revisitor.size)).astype(np.int64)
    users.append(revisitor)
    times.append(first[revisitor] + 60 + gap)
    codes.append(np.zeros(revisitor.size, dtype=np.int64))

    user = np.concatenate(users)
    time = np.concatenate(times)
    code = np.concatenate(codes)
    keep = time < end
    user, time, code = user[keep], time[keep], code[keep]

    # Late-arriving events: the file is ordered by arrival, not by timestamp.
    late = rng.random(user.size) < late_rate
    arrival = time + np.where(late, rng.integers(60, 6 * 3600, user.size), 0)
    # User ids follow the order of the first visit.
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), first))] = np.arange(1, n + 1)
    order = np.lexsort((code, rank[user], time, arrival))
    user, time, code = user[order], time[order], code[order]

    return pd.DataFrame(
        {
            "user_id": rank[user],
            "timestamp": _timestamps(origin, time),
            "event": _categorical(code, step_names, ordered=True),
            "channel": _categorical(channel[user], [c.name for c in channels]),
            "device": _categorical(device[user], device_names),
        }
    )


# --------------------------------------------------------------------------- leads


def simulate_leads(
    n_leads: int = 1000,
    *,
    channels: Sequence[Channel] = DEFAULT_CHANNELS,
    segments: Sequence[Segment] = SEGMENTS,
    rates: Sequence[float] = LEAD_RATES,
    delays: Sequence[float] = LEAD_DELAYS,
    start: Any = "2025-01-01",
    days: int = 365,
    growth: float = 0.3,
    seed: int | None = 0,
) -> pd.DataFrame:
    """A B2B lead table: one row per lead created in the *days* after *start*.

    Leads arrive on weekdays more than at weekends, and a little more each month
    (*growth* is the relative rise from the first to the last day). Each lead moves
    through the pipeline lead -> MQL -> SQL -> opportunity -> closed: it reaches the
    next stage with probability ``rates[i]`` (the last rate is the win rate), all
    adjusted by the channel's and the segment's odds multipliers, after a lognormal
    delay in whole days with median ``delays[i]`` (scaled by both ``speed``).

    At the end of the period every lead is ``won``, ``lost`` (it dropped out at some
    stage; ``lost_reason`` says why) or ``open`` (still in progress). A stage date
    is empty when the lead never got there (or not yet); dates never decrease along
    the pipeline. ``closed_date`` is set for opportunities that were won or lost;
    ``deal_value`` (whole euros) for every opportunity. Lead ids follow the
    creation date.

    >>> leads = simulate_leads(300, seed=3)
    >>> leads.columns.tolist()[:6]
    ['lead_id', 'created', 'mql_date', 'sql_date', 'opportunity_date', 'closed_date']
    >>> sorted(leads["outcome"].unique().tolist())
    ['lost', 'open', 'won']
    """
    func = "simulate_leads"
    n = check_count(func, "n_leads", n_leads)
    days = check_count(func, "days", days, minimum=1)
    channels = _check_groups(func, "channels", channels, Channel)
    segments = _check_groups(func, "segments", segments, Segment)
    stage_rates = check_numbers(func, "rates", rates, length=len(LEAD_STAGES), rates=True,
                                above=0, below=1)
    stage_delays = check_numbers(func, "delays", delays, length=len(LEAD_STAGES), above=0)
    growth = check_number(func, "growth", growth, minimum=0)
    origin = _start(func, start).normalize()

    rng = np.random.default_rng(seed)
    day = np.arange(days)
    weekday = (day + origin.day_of_week) % 7
    weight = (1.0 + growth * day / days) * np.where(weekday >= 5, 0.25, 1.0)
    created = np.sort(_pick(rng, weight, n))
    channel = _pick(rng, [c.share for c in channels], n)
    segment = _pick(rng, [s.share for s in segments], n)
    quality = (np.asarray([c.quality for c in channels])[channel]
               * np.asarray([s.quality for s in segments])[segment])
    speed = (np.asarray([c.speed for c in channels])[channel]
             * np.asarray([s.speed for s in segments])[segment])

    last = days - 1
    missing = np.full(n, -1, dtype=np.int64)
    dates = {stage: missing.copy() for stage in LEAD_STAGES}
    outcome = np.full(n, OUTCOMES.index("open"), dtype=np.int64)
    reasons = list(dict.fromkeys(r for stage in LEAD_STAGES for r in LOST_REASONS[stage]))
    reason = missing.copy()
    current = created.astype(np.int64)
    active = np.ones(n, dtype=bool)
    for k, stage in enumerate(LEAD_STAGES):
        passed = rng.random(n) < _odds(stage_rates[k], quality)
        spread = rng.lognormal(0.0, _SIGMA_LEADS, n)
        following = current + np.rint(stage_delays[k] * speed * spread).astype(np.int64)
        stage_reasons = list(LOST_REASONS[stage].items())
        drawn = _pick(rng, [w for _, w in stage_reasons], n)
        in_time = following <= last
        if stage == "closed":
            closed = active & in_time
            dates[stage][closed] = following[closed]
            outcome[closed & passed] = OUTCOMES.index("won")
            lost = closed & ~passed
        else:
            moved = active & passed & in_time
            dates[stage][moved] = following[moved]
            lost = active & ~passed & in_time
            active = moved
        outcome[lost] = OUTCOMES.index("lost")
        codes = np.asarray([reasons.index(r) for r, _ in stage_reasons])
        reason[lost] = codes[drawn[lost]]
        current = following

    opportunity = dates["opportunity"] >= 0
    deal_size = np.asarray([s.deal_size for s in segments], dtype=float)[segment]
    value = np.rint(deal_size * rng.lognormal(0.0, 0.45, n) / 100.0).astype(np.int64) * 100
    deal_value = pd.array(np.maximum(value, 100), dtype="Int64")
    deal_value[~opportunity] = pd.NA

    def column(values: np.ndarray) -> pd.Index:
        stamps = _timestamps(origin, np.where(values >= 0, values, 0) * _DAY)
        return stamps.where(values >= 0)

    return pd.DataFrame(
        {
            "lead_id": np.arange(1, n + 1, dtype=np.int64),
            "created": column(created),
            "mql_date": column(dates["mql"]),
            "sql_date": column(dates["sql"]),
            "opportunity_date": column(dates["opportunity"]),
            "closed_date": column(dates["closed"]),
            "outcome": _categorical(outcome, OUTCOMES),
            "channel": _categorical(channel, [c.name for c in channels]),
            "segment": _categorical(segment, [s.name for s in segments], ordered=True),
            "deal_value": deal_value,
            "lost_reason": _categorical(reason, reasons),
        }
    )


# --------------------------------------------------------------------------- spend


def simulate_spend(
    leads: pd.DataFrame,
    *,
    channels: Sequence[Channel] = DEFAULT_CHANNELS,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Campaign spend per month and channel that produced the *leads*.

    For each calendar month of ``leads["created"]`` and each channel, the number of
    leads is turned into clicks (``leads / lead_rate``), impressions
    (``clicks / click_rate``) and spend (``leads * cost_per_lead``), each with a
    little noise. So cost per lead is close to the channel's ``cost_per_lead`` and
    the customer acquisition cost follows from the channel's conversion.

    Columns: ``month`` (datetime64[us, UTC], first day of the month), ``channel``
    (categorical), ``spend`` (euros, rounded to cents), ``impressions`` and
    ``clicks`` (int64).

    >>> spend = simulate_spend(simulate_leads(300, seed=3), seed=3)
    >>> spend.columns.tolist()
    ['month', 'channel', 'spend', 'impressions', 'clicks']
    >>> len(spend) == 12 * 7
    True
    """
    func = "simulate_spend"
    check_frame(func, "leads", leads, ["created", "channel"])
    channels = _check_groups(func, "channels", channels, Channel)
    names = [c.name for c in channels]
    unknown = sorted(set(leads["channel"].dropna().astype(str)) - set(names))
    if unknown:
        raise ValueError(
            f"{func}: leads has channels {unknown} that are not in channels {names}"
        )
    created = pd.DatetimeIndex(leads["created"])
    if created.tz is not None:
        created = created.tz_convert("UTC").tz_localize(None)
    month = created.to_numpy().astype("datetime64[M]")
    if month.size == 0:
        raise ValueError(f"{func}: leads is empty: no months to simulate spend for")
    months = np.arange(month.min(), month.max() + 1)
    channel = np.asarray([names.index(str(c)) for c in leads["channel"]], dtype=np.int64)
    per_month = np.zeros((months.size, len(channels)), dtype=np.int64)
    np.add.at(per_month, ((month - months[0]).astype(np.int64), channel), 1)
    count = per_month.ravel()

    rng = np.random.default_rng(seed)
    size = count.size
    per_channel = np.tile(np.arange(len(channels)), months.size)
    lead_rate = np.asarray([c.lead_rate for c in channels])[per_channel]
    click_rate = np.asarray([c.click_rate for c in channels])[per_channel]
    cost = np.asarray([c.cost_per_lead for c in channels])[per_channel]
    clicks = np.rint(count / lead_rate * rng.lognormal(0.0, 0.1, size)).astype(np.int64)
    clicks = np.maximum(clicks, count)
    impressions = np.rint(clicks / click_rate * rng.lognormal(0.0, 0.1, size)).astype(np.int64)
    impressions = np.maximum(impressions, clicks)
    cents = np.rint(count * cost * 100.0 * rng.lognormal(0.0, 0.1, size)).astype(np.int64)

    stamps = pd.DatetimeIndex(np.repeat(months, len(channels)).astype("datetime64[us]"))
    return pd.DataFrame(
        {
            "month": stamps.tz_localize("UTC"),
            "channel": _categorical(per_channel, names),
            "spend": cents / 100.0,
            "impressions": impressions,
            "clicks": clicks,
        }
    )
