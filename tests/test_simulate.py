"""Tests of funnelkit.simulate: reproducibility, funnel shape, lead pipelines, spend."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelkit import simulate
from funnelkit.simulate import (
    DEFAULT_CHANNELS,
    WEB_STEPS,
    Channel,
    simulate_events,
    simulate_leads,
    simulate_spend,
)

DATE_COLUMNS = ["created", "mql_date", "sql_date", "opportunity_date", "closed_date"]


def users_per_step(events: pd.DataFrame) -> pd.Series:
    return events.groupby("event", observed=False)["user_id"].nunique()


def first_times(events: pd.DataFrame) -> pd.DataFrame:
    """One row per user, one column per step: the time the user first did it."""
    return events.pivot_table(
        index="user_id", columns="event", values="timestamp", aggfunc="min", observed=False
    )


# --------------------------------------------------------------------------- reproducible


def test_same_seed_gives_identical_frames():
    assert simulate_events(2000, seed=11).equals(simulate_events(2000, seed=11))
    leads = simulate_leads(1500, seed=11)
    assert leads.equals(simulate_leads(1500, seed=11))
    assert simulate_spend(leads, seed=11).equals(simulate_spend(leads, seed=11))


def test_different_seeds_differ():
    assert not simulate_events(2000, seed=1).equals(simulate_events(2000, seed=2))
    assert not simulate_leads(1500, seed=1).equals(simulate_leads(1500, seed=2))
    leads = simulate_leads(1500, seed=1)
    assert not simulate_spend(leads, seed=1).equals(simulate_spend(leads, seed=2))


def test_fixed_values_do_not_drift():
    """Pinned values: a change of the generator (or of numpy's streams) shows here."""
    events = simulate_events(50, seed=5)
    assert len(events) == 134
    assert events.iloc[0].tolist() == [
        1, pd.Timestamp("2025-10-01 15:11:32", tz="UTC"), "visit", "email", "tablet",
    ]
    leads = simulate_leads(200, seed=5)
    assert leads["outcome"].value_counts().to_dict() == {"lost": 179, "open": 11, "won": 10}
    assert leads["deal_value"].sum() == 277_100


# --------------------------------------------------------------------------- events


def test_event_columns_and_types():
    events = simulate_events(500, seed=3)
    assert events.columns.tolist() == ["user_id", "timestamp", "event", "channel", "device"]
    assert str(events["timestamp"].dtype) == "datetime64[us, UTC]"
    assert events["user_id"].dtype == np.int64
    assert events["event"].cat.categories.tolist() == list(WEB_STEPS)
    assert events["event"].cat.ordered
    assert set(events["device"].cat.categories) == {"desktop", "mobile", "tablet"}
    assert (events["timestamp"].dt.microsecond == 0).all()


def test_events_stay_in_the_period_and_users_are_numbered_by_first_visit():
    events = simulate_events(3000, start="2025-03-01", days=10, seed=4)
    start = pd.Timestamp("2025-03-01", tz="UTC")
    assert events["timestamp"].min() >= start
    assert events["timestamp"].max() < start + pd.Timedelta(days=10)
    first_visit = events.groupby("user_id")["timestamp"].min()
    assert sorted(first_visit.index) == list(range(1, 3001))
    assert first_visit.is_monotonic_increasing


def test_funnel_never_increases_and_everyone_drops_out_somewhere():
    counts = users_per_step(simulate_events(5000, seed=8))
    assert counts.index.tolist() == list(WEB_STEPS)
    assert counts.iloc[0] == 5000
    assert (counts.diff().dropna() < 0).all()


def test_first_occurrences_follow_the_funnel_order():
    times = first_times(simulate_events(4000, seed=9))[list(WEB_STEPS)]
    for before, after in zip(WEB_STEPS, WEB_STEPS[1:], strict=False):
        reached = times[after].notna()
        # whoever reached a step reached the step before it, earlier
        assert times.loc[reached, before].notna().all()
        assert (times.loc[reached, after] > times.loc[reached, before]).all()


def test_revisits_repeats_and_late_rows_are_present_but_modest():
    events = simulate_events(5000, seed=10)
    per_user_step = events.groupby(["user_id", "event"], observed=True).size()
    repeated = per_user_step[per_user_step > 1]
    assert "visit" in repeated.index.get_level_values("event")
    assert (repeated.index.get_level_values("event") != "visit").any()
    backwards = (events["timestamp"].diff().dt.total_seconds() < 0).mean()
    assert 0 < backwards < 0.03


def test_no_extras_when_switched_off():
    events = simulate_events(3000, revisit_rate=0, repeat_rate=0, late_rate=0, seed=12)
    assert not events.duplicated(["user_id", "event"]).any()
    assert events["timestamp"].is_monotonic_increasing


@settings(max_examples=25, deadline=None)
@given(n=st.integers(0, 300), seed=st.integers(0, 2**32 - 1), days=st.integers(1, 30))
def test_funnel_property(n, seed, days):
    events = simulate_events(n, days=days, seed=seed)
    counts = users_per_step(events)
    assert (counts.diff().dropna() <= 0).all()
    assert counts.iloc[0] == n


def test_custom_steps_and_channel_quality():
    good = Channel("good", 1, quality=3.0)
    poor = Channel("poor", 1, quality=0.3)
    events = simulate_events(
        20_000, steps=["visit", "signup", "buy"], rates=[0.5, 0.5], delays=[60, 600],
        channels=[good, poor], seed=13,
    )
    assert events["event"].cat.categories.tolist() == ["visit", "signup", "buy"]
    buyers = events.loc[events["event"] == "buy", "user_id"].unique()
    per_user = events.groupby("user_id")["channel"].first()
    rate = per_user.index.isin(buyers).astype(float)
    rate = pd.Series(rate, index=per_user.index).groupby(per_user, observed=True).mean()
    assert rate["good"] > 3 * rate["poor"]


def test_channel_speed_slows_conversion():
    fast = Channel("fast", 1, speed=0.5)
    slow = Channel("slow", 1, speed=3.0)
    events = simulate_events(20_000, channels=[fast, slow], days=60, seed=14)
    times = first_times(events)
    hours = (times["purchase"] - times["visit"]).dt.total_seconds() / 3600
    channel = events.groupby("user_id")["channel"].first()
    median = hours.groupby(channel, observed=True).median()
    assert median["slow"] > 3 * median["fast"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_users": -1}, "n_users"),
        ({"n_users": 2.5}, "n_users"),
        ({"rates": (0.5, 0.5)}, "rates"),
        ({"rates": (0.5, 0.5, 0.5, 0.5, 1.2)}, "rates"),
        ({"delays": (1, 2)}, "delays"),
        ({"days": 0}, "days"),
        ({"steps": ("visit",), "rates": (), "delays": ()}, "steps"),
        ({"channels": ()}, "channels"),
        ({"repeat_rate": 1.5}, "repeat_rate"),
    ],
)
def test_bad_event_parameters(kwargs, message):
    kwargs = {"n_users": 10, **kwargs}
    with pytest.raises(ValueError, match=message):
        simulate_events(**kwargs)


def test_bad_channels():
    with pytest.raises(ValueError, match="quality"):
        Channel("x", 1, quality=0)
    with pytest.raises(ValueError, match="share"):
        Channel("x", -1)
    with pytest.raises(ValueError, match="unique"):
        simulate_events(10, channels=[Channel("x", 1), Channel("x", 2)])
    with pytest.raises(TypeError, match="not a Channel"):
        simulate_events(10, channels=["paid_ads"])


def test_empty_log():
    events = simulate_events(0, seed=1)
    assert events.empty
    assert events.columns.tolist() == ["user_id", "timestamp", "event", "channel", "device"]


# --------------------------------------------------------------------------- leads


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    return simulate_leads(6000, seed=21)


def test_lead_columns_and_types(leads):
    assert leads.columns.tolist() == [
        "lead_id", *DATE_COLUMNS, "outcome", "channel", "segment", "deal_value", "lost_reason",
    ]
    for column in DATE_COLUMNS:
        assert str(leads[column].dtype) == "datetime64[us, UTC]"
        assert (leads[column].dropna() == leads[column].dropna().dt.normalize()).all()
    assert str(leads["deal_value"].dtype) == "Int64"
    assert leads["channel"].cat.categories.tolist() == [c.name for c in DEFAULT_CHANNELS]


def test_lead_dates_are_monotone_and_contiguous(leads):
    dates = leads[DATE_COLUMNS]
    for before, after in zip(DATE_COLUMNS, DATE_COLUMNS[1:], strict=False):
        reached = dates[after].notna()
        assert dates.loc[reached, before].notna().all(), f"{after} without {before}"
        assert (dates.loc[reached, after] >= dates.loc[reached, before]).all()
    assert dates.max().max() < pd.Timestamp("2026-01-01", tz="UTC")


def test_lead_pipeline_shrinks(leads):
    reached = leads[DATE_COLUMNS].notna().sum()
    assert (reached.diff().dropna() < 0).all()


def test_outcomes_are_consistent(leads):
    closed = leads["closed_date"].notna()
    assert leads.loc[closed, "outcome"].isin(["won", "lost"]).all()
    assert (leads.loc[leads["outcome"] == "won", "closed_date"]).notna().all()
    lost = leads["outcome"] == "lost"
    assert leads.loc[lost, "lost_reason"].notna().all()
    assert leads.loc[~lost, "lost_reason"].isna().all()
    opportunity = leads["opportunity_date"].notna()
    assert leads["deal_value"].notna().eq(opportunity).all()
    assert (leads["deal_value"].dropna() > 0).all()
    assert set(leads["outcome"]) == {"won", "lost", "open"}
    opportunity_reasons = ["price", "competitor", "no_decision"]
    assert leads.loc[closed & lost, "lost_reason"].isin(opportunity_reasons).all()


def test_leads_grow_and_skip_weekends(leads):
    per_month = leads["created"].dt.month.value_counts().sort_index()
    assert per_month.iloc[-3:].mean() > per_month.iloc[:3].mean()
    weekend = leads["created"].dt.day_of_week >= 5
    assert 0 < weekend.mean() < 0.15


def test_enterprise_deals_are_bigger_and_slower(leads):
    won = leads[leads["outcome"] == "won"]
    value = won.groupby("segment", observed=True)["deal_value"].median()
    assert value["smb"] < value["mid_market"] < value["enterprise"]
    days = (won["closed_date"] - won["created"]).dt.days.groupby(won["segment"], observed=True)
    assert days.median()["enterprise"] > days.median()["smb"]


def test_bad_lead_parameters():
    with pytest.raises(ValueError, match="rates"):
        simulate_leads(10, rates=(0.5, 0.5))
    with pytest.raises(ValueError, match="n_leads"):
        simulate_leads(-5)
    with pytest.raises(ValueError, match="growth"):
        simulate_leads(10, growth=-1)


# --------------------------------------------------------------------------- spend


def test_spend_follows_the_leads(leads):
    spend = simulate_spend(leads, seed=3)
    assert spend.columns.tolist() == ["month", "channel", "spend", "impressions", "clicks"]
    assert len(spend) == 12 * len(DEFAULT_CHANNELS)
    assert (spend["spend"] == spend["spend"].round(2)).all()
    count = leads.groupby([leads["created"].dt.month, "channel"], observed=False).size()
    key = [spend["month"].dt.month, spend["channel"]]
    lead_count = count.reindex(pd.MultiIndex.from_arrays(key)).to_numpy()
    assert (spend["clicks"].to_numpy() >= lead_count).all()
    assert (spend["impressions"] >= spend["clicks"]).all()
    per_lead = spend.groupby("channel", observed=True)["spend"].sum() / leads.groupby(
        "channel", observed=True
    ).size()
    expected = pd.Series({c.name: c.cost_per_lead for c in DEFAULT_CHANNELS})
    assert np.allclose(per_lead[expected.index], expected, rtol=0.1)


def test_spend_rejects_unknown_channels(leads):
    with pytest.raises(ValueError, match="paid_ads"):
        simulate_spend(leads, channels=[Channel("email", 1)])
    with pytest.raises(ValueError, match="empty"):
        simulate_spend(leads.iloc[:0])


def test_public_names():
    for name in simulate.__all__:
        assert hasattr(simulate, name)
    assert dataclasses.is_dataclass(Channel)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: simulate_events("10"), "simulate_events: n_users must be a whole number, not str"),
        (lambda: simulate_events(True), "n_users must be a whole number, not bool"),
        (lambda: simulate_events(10, rates=(0.5, "x", 0.5, 0.5, 0.5)),
         "simulate_events: rates[1] must be a number, not str"),
        (lambda: simulate_leads(10, growth="fast"), "simulate_leads: growth must be a number"),
        (lambda: simulate_spend([1, 2]), "simulate_spend: leads must be a pandas DataFrame"),
        (lambda: Channel("x", "big"), "Channel('x'): share must be a number, not str"),
        (lambda: Channel(3, 1.0), "Channel: name must be a string, not int"),
    ],
)
def test_wrong_types_are_type_errors(call, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: simulate_events(-1), "simulate_events: n_users must be at least 0, got -1"),
        (lambda: simulate_events(10, days=0), "simulate_events: days must be at least 1, got 0"),
        (lambda: simulate_events(10, late_rate=2.0), "late_rate must be at most 1, got 2.0"),
        (lambda: simulate_leads(10, rates=(0.5, 0.5, 0.5, 1.0)),
         "simulate_leads: rates[3] must be less than 1, got 1.0"),
        (lambda: Channel("x", 1.0, click_rate=float("nan")),
         "Channel('x'): click_rate must be a finite number, got nan"),
    ],
)
def test_bad_values_are_value_errors(call, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        call()
