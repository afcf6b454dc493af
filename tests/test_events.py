"""Tests of funnelkit.events: a plain-Python reference, hand examples, errors, properties."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelkit import events as events_module
from funnelkit.events import (
    conversion_over_time,
    funnel_counts,
    time_to_convert,
    time_to_convert_summary,
)
from funnelkit.metrics import conversion_table
from funnelkit.stages import custom_funnel

COLUMNS = ["stage", "count", "step_rate", "overall_rate", "drop_off", "drop_off_rate"]
T0 = pd.Timestamp("2026-03-01")
DAY = pd.Timedelta("1D")


def log(*rows, by=None):
    """An event log from (user, event, timestamp[, by value]) tuples."""
    columns = ["user_id", "event", "timestamp"] + ([by] if by else [])
    frame = pd.DataFrame(list(rows), columns=columns)
    frame["timestamp"] = pd.to_datetime(frame["timestamp"])
    return frame


def counts(frame, steps, **kwargs):
    return funnel_counts(frame, steps, **kwargs)["count"].tolist()


# --------------------------------------------------------------------------- reference


def reference_chains(frame, steps, window):
    """Per user: the events as (time, step) in order, and a chain simulation.

    Deliberately naive: every first-step event starts a chain; every later event
    extends each chain that has exactly reached the step before, within the window.
    Returns {user: (level, first completion duration or None, entry time or None)}.
    """
    window = pd.Timedelta(window)
    times = pd.to_datetime(frame["timestamp"])
    per_user = defaultdict(list)
    for user, event, time in zip(frame["user_id"], frame["event"], times, strict=True):
        if event in steps:
            per_user[user].append((time, steps.index(event)))
    result = {}
    for user, user_events in per_user.items():
        user_events.sort()
        chains = []  # [start, number of steps reached]
        level, duration = 0, None
        entry = min((time for time, step in user_events if step == 0), default=None)
        for time, step in user_events:
            if step == 0:
                chains.append([time, 1])
            completed = []
            for chain in chains:
                if step > 0 and chain[1] == step and time - chain[0] <= window:
                    chain[1] = step + 1
                    completed.append(chain)
            if step == 0:
                completed.append(chains[-1])
            level = max([level] + [chain[1] for chain in chains])
            done = [chain for chain in completed if chain[1] == len(steps)]
            if duration is None and done:
                duration = time - max(chain[0] for chain in done)
        result[user] = (level, duration, entry)
    return result


def reference_counts(frame, steps, window):
    levels = [level for level, _, _ in reference_chains(frame, steps, window).values()]
    return [sum(level >= k for level in levels) for k in range(1, len(steps) + 1)]


def reference_segments(frame, steps, by):
    """Each user's by value: their first row by (time, step position or last, row order)."""
    times = pd.to_datetime(frame["timestamp"])
    first = {}
    for position, (user, event, time, value) in enumerate(
        zip(frame["user_id"], frame["event"], times, frame[by], strict=True)
    ):
        rank = steps.index(event) if event in steps else len(steps)
        key = (time, rank, position)
        if user not in first or key < first[user][0]:
            first[user] = (key, value)
    return {user: value for user, (_, value) in first.items()}


# --------------------------------------------------------------------------- random logs

STEP_SETS = [["a"], ["a", "b"], ["a", "b", "c"], ["b", "c", "a", "d"]]
UNITS = ["s", "ms", "us", "ns"]


@st.composite
def random_logs(draw):
    steps = draw(st.sampled_from(STEP_SETS))
    names = steps + ["x"]  # a distractor
    size = draw(st.integers(0, 25))
    users = draw(st.lists(st.integers(0, 4), min_size=size, max_size=size))
    events = draw(st.lists(st.sampled_from(names), min_size=size, max_size=size))
    hours = draw(st.lists(st.integers(0, 12), min_size=size, max_size=size))
    channels = draw(st.lists(st.sampled_from(["web", "app", "ads"]), min_size=size, max_size=size))
    unit = draw(st.sampled_from(UNITS))
    tz = draw(st.sampled_from([None, "UTC", "Asia/Kuala_Lumpur"]))
    stamps = (T0 + pd.to_timedelta(hours, unit="h")).as_unit(unit)
    if tz is not None:
        stamps = stamps.tz_localize(tz)
    frame = pd.DataFrame(
        {"user_id": users, "event": events, "timestamp": stamps, "channel": channels}
    )
    window = pd.Timedelta(hours=draw(st.integers(0, 8)))
    return frame, steps, window


@settings(max_examples=300, deadline=None)
@given(random_logs())
def test_funnel_counts_equal_the_reference(case):
    frame, steps, window = case
    assert counts(frame, steps, window=window) == reference_counts(frame, steps, window)


@settings(max_examples=150, deadline=None)
@given(random_logs(), st.integers(0, 63))
def test_every_sort_path_gives_the_reference(case, key_bits):
    frame, steps, window = case
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_module, "_KEY_BITS", key_bits)
        assert counts(frame, steps, window=window) == reference_counts(frame, steps, window)


@settings(max_examples=200, deadline=None)
@given(random_logs())
def test_breakdown_equals_the_reference(case):
    frame, steps, window = case
    table = funnel_counts(frame, steps, window=window, by="channel")
    segments = reference_segments(frame, steps, "channel")
    expected = []
    for value in sorted(set(segments.values())):
        members = frame[frame["user_id"].map(segments) == value]
        expected += [(value, count) for count in reference_counts(members, steps, window)]
    assert list(zip(table["channel"], table["count"], strict=True)) == expected
    assert table.columns.tolist() == ["channel"] + COLUMNS
    # Each segment's block is that segment's own conversion table, rates included.
    for start in range(0, len(table), len(steps)):
        block = table.iloc[start:start + len(steps)].drop(columns="channel")
        alone = conversion_table(block["count"].tolist()).assign(stage=steps)
        pd.testing.assert_frame_equal(block.reset_index(drop=True), alone)


@settings(max_examples=200, deadline=None)
@given(random_logs())
def test_time_to_convert_equals_the_reference(case):
    frame, steps, window = case
    reference = reference_chains(frame, steps, window)
    expected = sorted(
        (user, duration) for user, (_, duration, _) in reference.items() if duration is not None
    )
    table = time_to_convert(frame, steps, window=window)
    assert table.columns.tolist() == ["user_id", "duration"]
    assert list(zip(table["user_id"], table["duration"], strict=True)) == expected


@settings(max_examples=150, deadline=None)
@given(random_logs(), st.sampled_from(["h", "D", "W"]))
def test_conversion_over_time_equals_the_reference(case, freq):
    frame, steps, window = case
    reference = reference_chains(frame, steps, window)
    tz = frame["timestamp"].dt.tz
    rows = defaultdict(lambda: [0, 0])
    for level, _, entry in reference.values():
        if entry is not None:
            local = entry.tz_convert(tz).tz_localize(None) if tz is not None else entry
            rows[local.to_period(freq)][0] += 1
            rows[local.to_period(freq)][1] += level == len(steps)
    table = conversion_over_time(frame, steps, freq=freq, window=window)
    got = {
        period: [entered, converted]
        for period, entered, converted in zip(
            table["period"], table["entered"], table["converted"], strict=True
        )
        if entered
    }
    assert got == dict(rows)
    if rows:
        assert table["period"].tolist() == list(pd.period_range(min(rows), max(rows)))
    assert (table["entered"] >= table["converted"]).all()


@settings(max_examples=100, deadline=None)
@given(random_logs(), st.randoms(use_true_random=False))
def test_shuffling_rows_and_adding_other_events_change_nothing(case, random):
    frame, steps, window = case
    before = funnel_counts(frame, steps, window=window)
    noise = frame.assign(event="x").iloc[: len(frame) // 2]
    shuffled = pd.concat([frame, noise]).sample(frac=1, random_state=random.randrange(1000))
    pd.testing.assert_frame_equal(funnel_counts(shuffled, steps, window=window), before)


@settings(max_examples=100, deadline=None)
@given(random_logs())
def test_counts_never_increase_and_rates_are_proportions(case):
    frame, steps, window = case
    table = funnel_counts(frame, steps, window=window)
    assert table.columns.tolist() == COLUMNS
    assert table["stage"].tolist() == steps
    assert (np.diff(table["count"]) <= 0).all()
    for column in ["step_rate", "overall_rate", "drop_off_rate"]:
        assert table[column].between(0, 1).all()
    expected = conversion_table(table["count"].tolist()).assign(stage=steps)
    pd.testing.assert_frame_equal(table, expected)


# --------------------------------------------------------------------------- hand examples


def test_the_window_is_inclusive_to_the_nanosecond():
    exactly = log((1, "a", T0), (1, "b", T0 + 30 * DAY))
    over = log((1, "a", T0), (1, "b", T0 + 30 * DAY + pd.Timedelta(1, "ns")))
    assert over["timestamp"].dt.unit == "ns"
    assert counts(exactly, ["a", "b"], window="30D") == [1, 1]
    assert counts(over, ["a", "b"], window="30D") == [1, 0]
    assert counts(over, ["a", "b"], window=pd.Timedelta("30D") + pd.Timedelta(1, "ns")) == [1, 1]


def test_a_window_finer_than_the_column_unit_rounds_down():
    frame = log((1, "a", T0), (1, "b", T0 + pd.Timedelta(1, "s"))).astype(
        {"timestamp": "datetime64[s]"}
    )
    assert counts(frame, ["a", "b"], window=pd.Timedelta(999, "ms")) == [1, 0]
    assert counts(frame, ["a", "b"], window=pd.Timedelta(1000, "ms")) == [1, 1]


def test_events_at_the_same_time_follow_step_order():
    same_time = log((1, "c", T0), (1, "b", T0), (1, "a", T0))
    assert counts(same_time, ["a", "b", "c"], window="0s") == [1, 1, 1]
    b_first = log((1, "b", T0), (1, "a", T0 + pd.Timedelta("1s")))
    assert counts(b_first, ["a", "b"], window="1D") == [1, 0]


def test_rows_out_of_time_order_are_sorted():
    frame = log((1, "c", T0 + 2 * DAY), (1, "b", T0 + DAY), (1, "a", T0))
    assert counts(frame, ["a", "b", "c"]) == [1, 1, 1]


def test_steps_must_come_in_order():
    frame = log((1, "a", T0), (1, "c", T0 + DAY), (1, "b", T0 + 2 * DAY))
    assert counts(frame, ["a", "b", "c"]) == [1, 1, 0]


def test_a_repeated_first_step_restarts_the_window():
    frame = log((1, "a", T0), (1, "a", T0 + 20 * DAY), (1, "b", T0 + 35 * DAY))
    assert counts(frame, ["a", "b"], window="30D") == [1, 1]
    assert counts(frame.iloc[[0, 2]], ["a", "b"], window="30D") == [1, 0]


def test_the_latest_chain_is_not_always_the_furthest():
    # The chain started at day 0 reaches b; the one started at day 5 reaches c only
    # because it has its own b at day 6.
    frame = log(
        (1, "a", T0), (1, "b", T0 + DAY), (1, "a", T0 + 5 * DAY),
        (1, "c", T0 + 10 * DAY), (1, "b", T0 + 6 * DAY),
    )
    assert counts(frame, ["a", "b", "c"], window="7D") == [1, 1, 1]
    assert counts(frame.drop(index=4), ["a", "b", "c"], window="7D") == [1, 1, 0]


def test_several_users_and_other_events():
    frame = log(
        (1, "a", T0), (1, "b", T0 + DAY), (1, "page_view", T0 + DAY),
        (2, "a", T0), (2, "b", T0 + 40 * DAY),
        (3, "b", T0),
        ("4", "a", T0),
    )
    table = funnel_counts(frame, ["a", "b"])
    assert table.to_dict("list") == {
        "stage": ["a", "b"], "count": [3, 1], "step_rate": [1.0, 1 / 3],
        "overall_rate": [1.0, 1 / 3], "drop_off": [0, 2], "drop_off_rate": [0.0, 1 - 1 / 3],
    }


def test_a_funnel_gives_its_stage_keys():
    frame = log((1, "visit", T0), (1, "buy", T0 + DAY))
    table = funnel_counts(frame, custom_funnel(["visit", "buy"]))
    assert table["stage"].tolist() == ["visit", "buy"]
    assert table["count"].tolist() == [1, 1]


def test_by_gives_one_block_per_segment_from_the_first_event():
    frame = log(
        (1, "page_view", T0, "mail"), (1, "a", T0 + DAY, "ads"), (1, "b", T0 + DAY, "ads"),
        (2, "a", T0, "ads"), (3, "a", T0, "web"), (3, "b", T0 + DAY, "web"),
        (4, "page_view", T0, "web"),
        by="source",
    )
    table = funnel_counts(frame, ["a", "b"], by="source")
    assert table.columns.tolist() == ["source"] + COLUMNS
    assert table[["source", "stage", "count"]].to_dict("list") == {
        "source": ["ads", "ads", "mail", "mail", "web", "web"],
        "stage": ["a", "b"] * 3,
        "count": [1, 0, 1, 1, 1, 1],
    }
    assert table["source"].dtype == frame["source"].dtype
    anonymous = pd.concat([frame, log((5, "a", T0, None), by="source")], ignore_index=True)
    table = funnel_counts(anonymous, ["a", "b"], by="source")
    assert table["source"].iloc[-2:].isna().all()
    assert table["count"].iloc[-2:].tolist() == [1, 0]
    assert table.groupby("stage")["count"].sum().tolist() == counts(anonymous, ["a", "b"])


def test_time_to_convert_by_hand():
    frame = log(
        (1, "a", T0), (1, "a", T0 + DAY), (1, "b", T0 + 2 * DAY), (1, "b", T0 + 3 * DAY),
        (2, "a", T0), (2, "b", T0 + 40 * DAY),  # outside the window
        (3, "a", T0), (3, "b", T0), (3, "c", T0 + 31 * DAY),
    )
    table = time_to_convert(frame, ["a", "b"], window="30D")
    assert table["user_id"].tolist() == [1, 3]
    assert table["duration"].tolist() == [DAY, pd.Timedelta(0)]
    assert table["duration"].dtype.kind == "m"
    summary = time_to_convert_summary(table)
    assert summary.columns.tolist() == ["converted", "mean", "median", "p90"]
    assert summary.iloc[0].tolist() == [2, DAY / 2, DAY / 2, 0.9 * DAY]
    assert time_to_convert(frame, ["a", "b", "c"], window="30D").empty


def test_time_to_convert_summary_of_nobody():
    summary = time_to_convert_summary(pd.Series([], dtype="timedelta64[ns]"))
    assert summary["converted"].tolist() == [0]
    assert summary[["mean", "median", "p90"]].isna().all(axis=None)
    with pytest.raises(TypeError, match="Timedeltas"):
        time_to_convert_summary(pd.Series([1.0]))
    with pytest.raises(ValueError, match="'duration'"):
        time_to_convert_summary(pd.DataFrame({"x": [1]}))


def test_conversion_over_time_by_hand():
    frame = log(
        (1, "a", "2026-03-02"), (1, "b", "2026-03-03"),  # week of 2 March
        (2, "a", "2026-03-04"),
        (3, "b", "2026-03-05"),  # never enters
        (4, "a", "2026-03-17"), (4, "a", "2026-03-25"), (4, "b", "2026-03-26"),
    )
    table = conversion_over_time(frame, ["a", "b"], freq="W", window="5D")
    assert table.columns.tolist() == ["period", "entered", "converted", "conversion_rate"]
    assert table["period"].astype(str).tolist() == [
        "2026-03-02/2026-03-08", "2026-03-09/2026-03-15", "2026-03-16/2026-03-22",
    ]
    assert table["entered"].tolist() == [2, 0, 1]
    assert table["converted"].tolist() == [1, 0, 1]  # user 4 converts via a later chain
    assert table["conversion_rate"].tolist() == [0.5, 0.0, 1.0]


def test_conversion_over_time_uses_the_local_day_of_tz_aware_columns():
    frame = log((1, "a", "2026-03-01 23:30"), (1, "b", "2026-03-02 00:30"))
    frame["timestamp"] = frame["timestamp"].dt.tz_localize("America/New_York")
    table = conversion_over_time(frame, ["a", "b"], freq="D")
    assert table["period"].astype(str).tolist() == ["2026-03-01"]


# --------------------------------------------------------------------------- inputs


def test_timestamp_forms_agree():
    frame = log((1, "a", "2026-03-01 10:00"), (1, "b", "2026-03-31 10:00"), (2, "a", T0))
    expected = counts(frame, ["a", "b"])
    forms = {
        "iso strings": frame["timestamp"].dt.strftime("%Y-%m-%dT%H:%M:%S"),
        "mixed formats": pd.Series(["2026-03-01 10:00", "2026-03-31T10:00:00", "2026-03-01"]),
        "datetime objects": pd.Series(list(frame["timestamp"].dt.to_pydatetime()), dtype=object),
        "seconds": frame["timestamp"].astype("datetime64[s]"),
        "nanoseconds": frame["timestamp"].astype("datetime64[ns]"),
        "tz-aware": frame["timestamp"].dt.tz_localize("Europe/Amsterdam"),
        "offset strings": frame["timestamp"].dt.strftime("%Y-%m-%d %H:%M+08:00"),
    }
    for name, column in forms.items():
        assert counts(frame.assign(timestamp=column), ["a", "b"]) == expected, name


def test_centuries_of_nanoseconds_still_sort():
    frame = log(
        (1, "a", "1700-01-01"), (1, "b", "1700-01-02"), (2, "b", "2200-01-02"),
        (2, "a", "2200-01-01"), (3, "a", "1950-06-01"),
    ).astype({"timestamp": "datetime64[ns]"})
    assert counts(frame, ["a", "b"], window="2D") == [3, 2]
    # 1700 to 2250 in nanoseconds: the time between them overflows int64.
    far = log((1, "a", "1700-01-01"), (1, "b", "2250-01-01")).astype(
        {"timestamp": "datetime64[ns]"}
    )
    assert counts(far, ["a", "b"], window="1D") == [1, 0]
    assert counts(far, ["a", "b"], window=np.timedelta64(300_000, "D")) == [1, 1]


def test_other_column_names_and_categorical_events():
    frame = log((1, "a", T0), (1, "b", T0 + DAY)).rename(
        columns={"user_id": "who", "event": "what", "timestamp": "when"}
    )
    frame["what"] = frame["what"].astype("category")
    assert counts(frame, ["a", "b"], user_col="who", event_col="what", time_col="when") == [1, 1]


def test_the_callers_frame_is_not_modified():
    frame = log(
        (2, "b", "2026-03-03", "x"), (1, "a", "2026-03-01", "y"), (1, "b", "2026-03-02", "y"),
        by="channel",
    )
    frame["timestamp"] = frame["timestamp"].dt.strftime("%Y-%m-%d")
    tz_frame = frame.assign(timestamp=pd.to_datetime(frame["timestamp"]).dt.tz_localize("UTC"))
    for data in (frame, tz_frame):
        copy = data.copy(deep=True)
        funnel_counts(data, ["a", "b"], by="channel")
        time_to_convert(data, ["a", "b"])
        conversion_over_time(data, ["a", "b"])
        pd.testing.assert_frame_equal(data, copy)


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"user_id": [], "event": [], "timestamp": []}),
        log((1, "page_view", T0), (2, "other", T0)),
        log((1, "b", T0)),
    ],
    ids=["no rows", "no step events", "no first step"],
)
def test_empty_input_gives_zero_counts(frame):
    frame = frame.assign(channel="web")
    assert counts(frame, ["a", "b"]) == [0, 0]
    by = funnel_counts(frame, ["a", "b"], by="channel")
    assert by.columns.tolist() == ["channel"] + COLUMNS
    assert by["count"].sum() == 0
    assert time_to_convert(frame, ["a", "b"]).columns.tolist() == ["user_id", "duration"]
    assert len(time_to_convert(frame, ["a", "b"])) == 0
    over_time = conversion_over_time(frame, ["a", "b"])
    assert over_time.columns.tolist() == ["period", "entered", "converted", "conversion_rate"]
    assert len(over_time) == 0


# --------------------------------------------------------------------------- errors

GOOD = log((1, "a", T0), (1, "b", T0 + DAY))


@pytest.mark.parametrize("column", ["user_id", "event", "timestamp"])
def test_a_missing_column_is_named_with_the_available_ones(column):
    with pytest.raises(ValueError, match=rf"no column '{column}'.*available columns: '"):
        funnel_counts(GOOD.drop(columns=column), ["a", "b"])


def test_a_missing_by_column_is_named():
    with pytest.raises(ValueError, match=r"no column 'channel' \(by\).*'user_id'"):
        funnel_counts(GOOD, ["a", "b"], by="channel")
    with pytest.raises(ValueError, match="clashes"):
        funnel_counts(GOOD.assign(stage="x"), ["a", "b"], by="stage")


def test_unparseable_timestamps_name_the_column_and_a_bad_value():
    frame = GOOD.assign(timestamp=["2026-03-01", "next tuesday"])
    with pytest.raises(ValueError, match="column 'timestamp'.*'next tuesday'"):
        funnel_counts(frame, ["a", "b"])


@pytest.mark.parametrize(
    "values",
    [
        ["2026-03-01T10:00+01:00", "2026-03-01T10:00+02:00"],
        ["2026-03-01T10:00+01:00", "2026-03-01T10:00"],
        ["2026-03-01T10:00", "2026-03-01T10:00+01:00"],
        [pd.Timestamp("2026-03-01", tz="UTC"), pd.Timestamp("2026-03-02")],
        [pd.Timestamp("2026-03-01", tz="UTC"), pd.Timestamp("2026-03-02", tz="Asia/Tokyo")],
        [dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 3, 2)],
    ],
    ids=["offsets", "aware then naive", "naive then aware", "timestamps", "zones", "datetimes"],
)
def test_mixed_time_zones_name_the_column(values):
    frame = GOOD.assign(timestamp=pd.Series(values, dtype=object))
    with pytest.raises(ValueError, match="column 'timestamp' mixes time zones"):
        funnel_counts(frame, ["a", "b"])


def test_numbers_and_missing_values_are_not_timestamps():
    with pytest.raises(TypeError, match="column 'timestamp' holds numbers"):
        funnel_counts(GOOD.assign(timestamp=[1, 2]), ["a", "b"])
    with pytest.raises(ValueError, match="column 'timestamp' has 1 missing"):
        funnel_counts(GOOD.assign(timestamp=[T0, pd.NaT]), ["a", "b"])
    with pytest.raises(ValueError, match="column 'user_id' has 1 missing"):
        funnel_counts(GOOD.assign(user_id=[1, None]), ["a", "b"])


def test_bad_steps():
    with pytest.raises(ValueError, match="steps is empty"):
        funnel_counts(GOOD, [])
    with pytest.raises(ValueError, match="step 'b' appears more than once"):
        funnel_counts(GOOD, ["a", "b", "c", "b"])
    with pytest.raises(TypeError, match="list of event names"):
        funnel_counts(GOOD, "a")


@pytest.mark.parametrize("window", ["-1D", pd.Timedelta("-1ns"), "soon", "nat", None])
def test_bad_windows(window):
    with pytest.raises(ValueError, match="window"):
        funnel_counts(GOOD, ["a", "b"], window=window)


def test_a_number_is_not_a_window():
    with pytest.raises(TypeError, match="window"):
        funnel_counts(GOOD, ["a", "b"], window=30)


def test_bad_inputs_to_the_other_functions():
    with pytest.raises(ValueError, match="freq 'fortnightly'"):
        conversion_over_time(GOOD, ["a", "b"], freq="fortnightly")
    with pytest.raises(ValueError, match="freq '2W' is a multiple"):
        conversion_over_time(GOOD, ["a", "b"], freq="2W")
    with pytest.raises(TypeError, match="pandas DataFrame"):
        time_to_convert(GOOD.to_dict(), ["a", "b"])
    with pytest.raises(ValueError, match="window"):
        time_to_convert(GOOD, ["a", "b"], window="-2h")


# --------------------------------------------------------------------------- the sort


@st.composite
def sort_keys(draw):
    """(user, time, rank) columns; times over ranges from a few units to 2**62."""
    bits = draw(st.sampled_from([2, 16, 40, 62]))
    rows = draw(st.lists(st.tuples(
        st.integers(0, 5), st.integers(-(2**bits), 2**bits), st.integers(0, 3)
    )))
    return np.array(rows, dtype=np.int64).reshape(-1, 3).T


@settings(max_examples=300, deadline=None)
@given(sort_keys(), st.integers(0, 4) | st.integers(0, 70), st.booleans())
def test_sort_sorts_by_user_time_and_rank(columns, shortfall, stable):
    user, time, rank = columns
    # Shrink the key below what (user, time, rank) need, to take each sort path.
    needed = 0 if not user.size else (
        int(user.max()).bit_length() + int(rank.max()).bit_length()
        + (int(time.max()) - int(time.min())).bit_length()
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events_module, "_KEY_BITS", min(63, max(0, needed - shortfall)))
        order, *got = events_module._sort(user, time, rank, stable=stable)
    expected = np.lexsort((rank, time, user))
    np.testing.assert_array_equal(columns[:, order], columns[:, expected])
    np.testing.assert_array_equal(np.stack(got).reshape(3, -1), columns[:, expected])
    if stable:
        np.testing.assert_array_equal(order, expected)


def test_a_large_log_needing_two_sorts_equals_the_reference():
    # 600 users (10 bits) and nanoseconds over 90 days (53 bits) overflow one int64 key.
    rng = np.random.default_rng(7)
    size = 6000
    stamps = T0 + pd.to_timedelta(rng.integers(0, 90 * 86400 * 10**9, size), unit="ns")
    frame = pd.DataFrame({
        "user_id": rng.integers(0, 600, size),
        "event": rng.choice(["a", "b", "c", "d", "x"], size, p=[0.4, 0.25, 0.15, 0.1, 0.1]),
        "timestamp": stamps.as_unit("ns"),
    })
    steps = ["a", "b", "c", "d"]
    expected = reference_counts(frame, steps, "10D")
    assert expected[-1] > 0
    assert counts(frame, steps, window="10D") == expected
