"""Tests of funnelkit.metrics: hand-computed examples, bad inputs and properties."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL
from funnelkit.metrics import (
    COLUMNS,
    bottleneck,
    chain_counts,
    conversion_table,
    cost_per_lead,
    customer_acquisition_cost,
    lead_velocity_rate,
    mql_to_sql_rate,
    pipeline_velocity,
    sales_cycle_length,
    what_if,
    win_rate,
)

EXAMPLE = [1000, 400, 100, 25]


def raises(message: str):
    """pytest.raises(ValueError) whose message contains *message* literally."""
    return pytest.raises(ValueError, match=re.escape(message))


# ------------------------------------------------------------------ conversion_table


def test_conversion_table_hand_computed_example():
    table = conversion_table(EXAMPLE, SALES_FUNNEL)
    assert table.columns.tolist() == list(COLUMNS)
    assert table["stage"].tolist() == ["awareness", "interest", "decision", "action"]
    assert table["count"].tolist() == [1000, 400, 100, 25]
    assert table["step_rate"].tolist() == pytest.approx([1.0, 0.4, 0.25, 0.25])
    assert table["overall_rate"].tolist() == pytest.approx([1.0, 0.4, 0.1, 0.025])
    assert table["drop_off"].tolist() == [0, 600, 300, 75]
    assert table["drop_off_rate"].tolist() == pytest.approx([0.0, 0.6, 0.75, 0.75])
    assert table["count"].dtype == np.int64
    assert table["drop_off"].dtype == np.int64


def test_list_without_funnel_gets_step_keys():
    assert conversion_table(EXAMPLE)["stage"].tolist() == ["step_1", "step_2", "step_3", "step_4"]


def test_list_of_keys_as_funnel():
    table = conversion_table([50, 20, 5], ["visit", "cart", "checkout"])
    assert table["stage"].tolist() == ["visit", "cart", "checkout"]
    assert table["step_rate"].tolist() == pytest.approx([1.0, 0.4, 0.25])


def test_dict_is_reordered_into_funnel_order():
    counts = {"action": 25, "decision": 100, "awareness": 1000, "interest": 400}
    table = conversion_table(counts, SALES_FUNNEL)
    assert table["stage"].tolist() == SALES_FUNNEL.keys
    assert table["count"].tolist() == EXAMPLE


def test_series_is_reordered_and_integral_floats_accepted():
    counts = pd.Series({"interest": 400.0, "awareness": 1000.0, "action": 25.0, "decision": 100.0})
    table = conversion_table(counts, SALES_FUNNEL)
    assert table["count"].tolist() == EXAMPLE
    assert table["count"].dtype == np.int64


def test_dict_without_funnel_keeps_given_order():
    table = conversion_table({"visit": 200, "sign_up": 50, "purchase": 10})
    assert table["stage"].tolist() == ["visit", "sign_up", "purchase"]
    assert table["overall_rate"].tolist() == pytest.approx([1.0, 0.25, 0.05])


def test_numpy_array_and_tuple():
    expected = conversion_table(EXAMPLE)
    pd.testing.assert_frame_equal(conversion_table(np.array(EXAMPLE)), expected)
    pd.testing.assert_frame_equal(conversion_table(tuple(EXAMPLE)), expected)
    pd.testing.assert_frame_equal(conversion_table(np.array(EXAMPLE, dtype=float)), expected)


def test_marketing_funnel():
    table = conversion_table([600, 300, 150, 60, 30, 12], MARKETING_FUNNEL)
    assert table["stage"].tolist() == MARKETING_FUNNEL.keys
    assert table["step_rate"].tolist() == pytest.approx([1.0, 0.5, 0.5, 0.4, 0.5, 0.4])
    assert table["overall_rate"].iloc[-1] == pytest.approx(0.02)


def test_zero_previous_count_gives_zero_step_rate():
    table = conversion_table([10, 0, 0])
    assert table["step_rate"].tolist() == [1.0, 0.0, 0.0]
    assert table["drop_off_rate"].tolist() == [0.0, 1.0, 1.0]
    assert table["drop_off"].tolist() == [0, 10, 0]
    assert not table.isna().any().any()


def test_zero_first_count_gives_zero_overall_rate():
    table = conversion_table([0, 0])
    assert table["overall_rate"].tolist() == [0.0, 0.0]
    assert table["step_rate"].tolist() == [1.0, 0.0]


def test_single_stage():
    table = conversion_table([7])
    assert table.to_dict("records") == [
        {"stage": "step_1", "count": 7, "step_rate": 1.0, "overall_rate": 1.0,
         "drop_off": 0, "drop_off_rate": 0.0}
    ]


# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ([1000, -5, 0, 0], "count for stage 'interest' must be at least 0, got -5"),
        ([1000, float("nan"), 0, 0], "count for stage 'interest' must be a finite number, got nan"),
        ([1000, 400, float("inf"), 0],
         "count for stage 'decision' must be a finite number, got inf"),
        ([1000, 10.5, 0, 0], "count for stage 'interest' must be a whole number, got 10.5"),
        ([1000, None, 0, 0], "count for stage 'interest' is missing (None)"),
        (
            [1000, 100, 120, 25],
            "count for stage 'decision' (120) exceeds the count of the previous stage "
            "'interest' (100)",
        ),
        ([1000, 400, 100], "got 3 counts [1000, 400, 100] for the 4 stages"),
        ([1000, 400, 100, 25, 5], "got 5 counts [1000, 400, 100, 25, 5] for the 4 stages"),
    ],
)
def test_bad_counts_for_sales_funnel(counts, message):
    with raises("conversion_table: " + message):
        conversion_table(counts, SALES_FUNNEL)


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ([1000, True, 0, 0], "count for stage 'interest' must be a whole number, not bool (True)"),
        ([1000, np.bool_(False), 0, 0],
         "count for stage 'interest' must be a whole number, not bool (False)"),
        ([1000, "400", 0, 0], "count for stage 'interest' must be a whole number, not str ('400')"),
    ],
)
def test_counts_of_wrong_type_are_type_errors(counts, message):
    with pytest.raises(TypeError, match=re.escape("conversion_table: " + message)):
        conversion_table(counts, SALES_FUNNEL)


def test_wrong_type_is_a_type_error_everywhere():
    """The one rule: a str where a number is needed is a TypeError in every function."""
    with pytest.raises(TypeError, match=r"conversion_table: count for stage 'step_1'"):
        conversion_table(["a", 1])
    with pytest.raises(TypeError, match=r"bottleneck: count for stage 'step_2'"):
        bottleneck([10, "5"])
    with pytest.raises(TypeError, match=r"win_rate: won must be a number, not str \('3'\)"):
        win_rate("3", 4)
    with pytest.raises(TypeError, match=r"what_if: uplift must be a number, not str"):
        what_if([10, 5], "step_2", "10%")
    with pytest.raises(TypeError, match=r"what_if: stage must be a stage key, not int"):
        what_if([10, 5], 2, 0.1)
    with pytest.raises(TypeError, match=r"chain_counts: first must be a whole number"):
        chain_counts("1000", [0.5])
    with pytest.raises(TypeError, match=r"chain_counts: rates\[1\] must be a number"):
        chain_counts(1000, [0.5, "0.2"])


def test_increase_is_caught_after_float_conversion():
    with raises("count for stage 'step_3' (401) exceeds the count of the previous stage "
                "'step_2' (400)"):
        conversion_table(np.array([1000.0, 400.0, 401.0]))


def test_unknown_stage_key_is_named_with_its_value():
    counts = {"awareness": 1000, "interest": 400, "decision": 100, "action": 25, "loyalty": 9}
    with raises("not in the sales funnel: 'loyalty' (9)"):
        conversion_table(counts, SALES_FUNNEL)


def test_missing_stage_keys_are_named():
    counts = pd.Series({"awareness": 1000, "interest": 400})
    with raises("no count for stage(s) 'decision', 'action' of the sales funnel"):
        conversion_table(counts, SALES_FUNNEL)


def test_missing_key_against_list_of_keys():
    with raises("no count for stage(s) 'cart'"):
        conversion_table({"visit": 10, "checkout": 2}, ["visit", "cart", "checkout"])


@pytest.mark.parametrize("counts", [[], (), np.array([]), {}, pd.Series([], dtype=float)])
def test_empty_counts(counts):
    with raises("counts is empty"):
        conversion_table(counts)


def test_series_with_duplicate_stage():
    counts = pd.Series([10, 5, 2], index=["visit", "visit", "buy"])
    with raises("stage 'visit' appears more than once"):
        conversion_table(counts)


def test_series_with_positional_index_is_not_guessed():
    with pytest.raises(TypeError, match=re.escape("0 (count 10) is not a stage key")):
        conversion_table(pd.Series([10, 5]))


def test_bad_value_in_dict_names_stage():
    with raises("count for stage 'sign_up' must be a whole number, got 2.5"):
        conversion_table({"visit": 10, "sign_up": 2.5})


def test_nullable_series_with_missing_value():
    counts = pd.Series([10, None], index=["visit", "buy"], dtype="Int64")
    with raises("count for stage 'buy' is missing"):
        conversion_table(counts)


def test_two_dimensional_array():
    with raises("one-dimensional"):
        conversion_table(np.array([[10, 5], [3, 1]]))


@pytest.mark.parametrize("counts", [10, "1000,400", {10, 5}, pd.DataFrame({"a": [1]})])
def test_counts_of_wrong_type(counts):
    with pytest.raises(TypeError, match="counts must be"):
        conversion_table(counts)


@pytest.mark.parametrize("funnel", ["sales", 3, {"a": 1}])
def test_funnel_of_wrong_type(funnel):
    with pytest.raises(TypeError, match="funnel must be"):
        conversion_table([10, 5], funnel)


def test_caller_data_is_not_modified():
    series = pd.Series({"action": 25.0, "awareness": 1000.0, "interest": 400.0, "decision": 100.0})
    series_before = series.copy()
    mapping = {"visit": 200, "sign_up": 50}
    array = np.array(EXAMPLE)
    for function in (conversion_table, bottleneck):
        function(series, SALES_FUNNEL)
        function(mapping)
        function(array)
    what_if(series, "decision", 0.5, SALES_FUNNEL, value_per_conversion=10)
    what_if(array, "step_2", 2.0)
    pd.testing.assert_series_equal(series, series_before)
    assert series.index.tolist() == ["action", "awareness", "interest", "decision"]
    assert mapping == {"visit": 200, "sign_up": 50}
    assert list(mapping) == ["visit", "sign_up"]
    assert array.tolist() == EXAMPLE


def test_result_does_not_share_memory_with_input():
    array = np.array(EXAMPLE, dtype=np.int64)
    table = conversion_table(array)
    table.loc[0, "count"] = 1
    assert array[0] == 1000


# ---------------------------------------------------------------------- bottleneck


def test_bottleneck_tie_goes_to_earliest():
    # step rates 0.4, 0.25, 0.25
    assert bottleneck(EXAMPLE, SALES_FUNNEL) == "decision"


def test_bottleneck_picks_lowest_step_rate_not_largest_drop_off():
    # step rates 0.5, 0.9, 0.1: the largest drop-off (500) is not the bottleneck
    assert bottleneck([1000, 500, 450, 45]) == "step_4"


def test_bottleneck_excludes_first_stage():
    assert bottleneck([5, 5, 5]) == "step_2"


def test_bottleneck_one_stage_raises():
    with raises("at least two stages; counts has only stage 'awareness'"):
        bottleneck({"awareness": 10})


# ------------------------------------------------------------------------ what_if


def test_what_if_hand_computed():
    table = what_if(EXAMPLE, "decision", 0.2, SALES_FUNNEL, value_per_conversion=50)
    assert table.columns.tolist() == [*COLUMNS, "baseline_count", "extra", "extra_revenue"]
    # decision: 100 * 1.2 = 120, action keeps its 0.25 step rate: 120 * 0.25 = 30
    assert table["count"].tolist() == [1000, 400, 120, 30]
    assert table["baseline_count"].tolist() == EXAMPLE
    assert table["extra"].tolist() == [0, 0, 20, 5]
    assert table["extra_revenue"].tolist() == [0.0, 0.0, 0.0, 250.0]
    assert table["step_rate"].tolist() == pytest.approx([1.0, 0.4, 0.3, 0.25])
    assert table["overall_rate"].tolist() == pytest.approx([1.0, 0.4, 0.12, 0.03])


def test_what_if_without_value_has_no_revenue_column():
    table = what_if(EXAMPLE, "step_2", 0.1)
    assert table.columns.tolist() == [*COLUMNS, "baseline_count", "extra"]
    # 400 * 1.1 = 440; 100 * 1.1 = 110; 25 * 1.1 = 27.5 -> 28 (nearest whole person)
    assert table["count"].tolist() == [1000, 440, 110, 28]


def test_what_if_rate_is_capped_at_one():
    table = what_if(EXAMPLE, "interest", 5.0, SALES_FUNNEL)
    # interest capped at 1000 (step rate 1.0, not 2.4); later stages scale by 1000/400 = 2.5
    assert table["count"].tolist() == [1000, 1000, 250, 62]
    assert table["step_rate"].iloc[1] == 1.0


def test_what_if_negative_uplift_minus_one_empties_the_rest():
    table = what_if(EXAMPLE, "step_3", -1)
    assert table["count"].tolist() == [1000, 400, 0, 0]
    assert table["extra"].tolist() == [0, 0, -100, -25]


def test_what_if_negative_uplift():
    assert what_if(EXAMPLE, "step_2", -0.5)["count"].tolist() == [1000, 200, 50, 12]


def test_what_if_stage_after_empty_stage_stays_empty():
    assert what_if([10, 0, 0], "step_3", 1.0)["count"].tolist() == [10, 0, 0]
    assert what_if([10, 0, 0], "step_2", 1.0)["count"].tolist() == [10, 0, 0]


def test_what_if_first_stage_raises():
    with raises("stage 'awareness' is the first stage and has no step rate"):
        what_if(EXAMPLE, "awareness", 0.1, SALES_FUNNEL)


def test_what_if_unknown_stage_raises():
    with raises("stage 'purchase' is not one of the stages"):
        what_if(EXAMPLE, "purchase", 0.1, SALES_FUNNEL)


@pytest.mark.parametrize(
    ("uplift", "message"),
    [
        (-1.5, "uplift must be at least -1, got -1.5"),
        (float("nan"), "uplift must be a finite number, got nan"),
        (float("inf"), "uplift must be a finite number, got inf"),
    ],
)
def test_what_if_bad_uplift(uplift, message):
    with raises("what_if: " + message):
        what_if(EXAMPLE, "step_2", uplift)


def test_what_if_boolean_uplift_is_a_type_error():
    with pytest.raises(TypeError, match=re.escape("what_if: uplift must be a number, not bool")):
        what_if(EXAMPLE, "step_2", True)


def test_what_if_bad_value_per_conversion():
    with raises("value_per_conversion must be at least 0, got -5"):
        what_if(EXAMPLE, "step_2", 0.1, value_per_conversion=-5)


def test_what_if_validates_counts():
    with raises("what_if: count for stage 'step_2' must be at least 0, got -1"):
        what_if([10, -1], "step_2", 0.1)


# ------------------------------------------------------------------ sales metrics


def test_win_rate():
    assert win_rate(30, 70) == pytest.approx(0.3)
    assert win_rate(0, 5) == 0.0
    assert isinstance(win_rate(1, 1), float)


def test_win_rate_per_channel():
    rates = win_rate(pd.Series({"ads": 3, "events": 1}), pd.Series({"ads": 1, "events": 4}))
    assert rates.to_dict() == pytest.approx({"ads": 0.75, "events": 0.2})
    assert rates.name == "win_rate"


def test_win_rate_no_closed_deals():
    with raises("win_rate: won + lost is 0"):
        win_rate(0, 0)
    with raises("win_rate: won + lost is 0 for 'events'"):
        win_rate(pd.Series({"ads": 1, "events": 0}), pd.Series({"ads": 1, "events": 0}))


def test_sales_cycle_length():
    # 10 days and 30 days
    created = pd.Series(pd.to_datetime(["2026-01-01", "2026-01-05"]), index=[7, 3])
    closed = pd.Series(pd.to_datetime(["2026-01-11", "2026-02-04"]), index=[3, 7])
    assert sales_cycle_length(created, closed) == pytest.approx(20.0)  # paired by position
    assert sales_cycle_length("2026-03-01", "2026-03-01 12:00") == pytest.approx(0.5)


def test_sales_cycle_length_bad_input():
    with raises("closed date is missing at position 1"):
        sales_cycle_length(["2026-01-01", "2026-01-02"], ["2026-01-03", None])
    with raises("deal at position 0 closed (2026-01-01 00:00:00) before it was created"):
        sales_cycle_length(["2026-01-02"], ["2026-01-01"])
    with raises("got 2 created dates and 1 closed dates"):
        sales_cycle_length(["2026-01-01", "2026-01-02"], ["2026-01-03"])
    with raises("no deals given"):
        sales_cycle_length([], [])


def test_pipeline_velocity():
    # 40 opportunities * 0.25 * 2000 / 50 days = 400 per day
    assert pipeline_velocity(40, 0.25, 2000, 50) == pytest.approx(400.0)
    opportunities = pd.Series({"a": 10, "b": 20})
    by_team = pipeline_velocity(opportunities, 0.5, 1000, pd.Series({"a": 25, "b": 100}))
    assert by_team.to_dict() == pytest.approx({"a": 200.0, "b": 100.0})


def test_pipeline_velocity_bad_input():
    with raises("pipeline_velocity: cycle_length_days is 0"):
        pipeline_velocity(40, 0.25, 2000, 0)
    with raises("pipeline_velocity: win_rate must be at most 1, got 1.5"):
        pipeline_velocity(40, 1.5, 2000, 50)
    with raises("pipeline_velocity: opportunities must be at least 0, got -1"):
        pipeline_velocity(-1, 0.5, 2000, 50)


# -------------------------------------------------------------- marketing metrics


def test_mql_to_sql_rate():
    assert mql_to_sql_rate(200, 50) == pytest.approx(0.25)
    with raises("mql_to_sql_rate: mqls is 0"):
        mql_to_sql_rate(0, 0)
    with raises("mql_to_sql_rate: sqls (60) exceeds mqls (50)"):
        mql_to_sql_rate(50, 60)
    with raises("sqls (6) exceeds mqls (5) for 'b'"):
        mql_to_sql_rate(pd.Series({"a": 10, "b": 5}), pd.Series({"a": 1, "b": 6}))


def test_lead_velocity_rate():
    assert lead_velocity_rate(120, 100) == pytest.approx(0.2)
    assert lead_velocity_rate(75, 100) == pytest.approx(-0.25)
    with raises("lead_velocity_rate: leads_last_period is 0"):
        lead_velocity_rate(10, 0)


def test_cost_per_lead():
    assert cost_per_lead(500, 40) == pytest.approx(12.5)
    per_channel = cost_per_lead(pd.Series({"ads": 500.0, "events": 900.0}),
                                pd.Series({"ads": 100, "events": 30}))
    assert per_channel.to_dict() == pytest.approx({"ads": 5.0, "events": 30.0})
    with raises("cost_per_lead: leads is 0"):
        cost_per_lead(500, 0)
    with raises("cost_per_lead: leads is 0 for 'events'"):
        cost_per_lead(pd.Series({"ads": 1.0, "events": 2.0}), pd.Series({"ads": 1, "events": 0}))


def test_customer_acquisition_cost():
    assert customer_acquisition_cost(12000, 40) == pytest.approx(300.0)
    with raises("customer_acquisition_cost: new_customers is 0"):
        customer_acquisition_cost(12000, 0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cost_per_lead(-1, 10), "cost_per_lead: spend must be at least 0, got -1"),
        (lambda: cost_per_lead(float("nan"), 10), "cost_per_lead: spend must be a finite number"),
        (
            lambda: win_rate(1, pd.Series({"a": 1.0, "b": -2.0})),
            "win_rate: lost must hold finite numbers of at least 0, got -2.0 for 'b'",
        ),
        (
            lambda: win_rate(pd.Series({"a": 1.0, "b": np.nan}), 1),
            "win_rate: won must hold finite numbers of at least 0, got nan for 'b'",
        ),
        (
            lambda: cost_per_lead(pd.Series({"a": 1.0}), pd.Series({"b": 1.0})),
            "cost_per_lead: leads and spend must have the same index",
        ),
    ],
)
def test_metric_bad_values(call, message):
    with raises(message):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cost_per_lead("500", 10), "cost_per_lead: spend must be a number, not str"),
        (lambda: cost_per_lead(10, True), "cost_per_lead: leads must be a number, not bool (True)"),
        (lambda: cost_per_lead(pd.Series([True]), 1),
         "cost_per_lead: spend must hold numbers, not bool values"),
        (lambda: pipeline_velocity(10, None, 1, 1), "pipeline_velocity: win_rate is missing"),
    ],
)
def test_metric_wrong_type(call, message):
    with pytest.raises(TypeError if "missing" not in message else ValueError,
                       match=re.escape(message)):
        call()


def test_metric_series_input_not_modified():
    spend = pd.Series({"ads": 500, "events": 900})
    leads = pd.Series({"ads": 100, "events": 30})
    result = cost_per_lead(spend, leads)
    result.iloc[0] = -1.0
    assert spend.to_dict() == {"ads": 500, "events": 900}
    assert leads.to_dict() == {"ads": 100, "events": 30}


# ----------------------------------------------------------------------- properties

funnel_counts = st.lists(st.integers(0, 10**12), min_size=1, max_size=8).map(
    lambda values: sorted(values, reverse=True)
)


@given(funnel_counts)
def test_property_rates_and_drop_off(counts):
    table = conversion_table(counts)
    for column in ("step_rate", "overall_rate", "drop_off_rate"):
        assert table[column].between(0.0, 1.0).all(), column
    assert (np.diff(table["overall_rate"]) <= 0).all()
    assert (table["drop_off"] >= 0).all()
    assert table["drop_off"].sum() == counts[0] - counts[-1]
    assert table["count"].tolist() == counts
    assert table["step_rate"].add(table["drop_off_rate"]).eq(1.0).all()


@given(funnel_counts, st.sampled_from(["list", "array", "dict", "series"]))
def test_property_input_not_mutated(counts, kind):
    keys = [f"s{i}" for i in range(len(counts))]
    data = {
        "list": list(counts),
        "array": np.array(counts, dtype=np.int64),
        "dict": dict(zip(keys, counts, strict=True)),
        "series": pd.Series(counts, index=keys, dtype=float),
    }[kind]
    before = data.copy()
    conversion_table(data)
    if len(counts) > 1:
        what_if(data, keys[1] if kind in ("dict", "series") else "step_2", 0.5)
    if kind == "series":
        pd.testing.assert_series_equal(data, before)
    elif kind == "array":
        np.testing.assert_array_equal(data, before)
    else:
        assert data == before


@given(funnel_counts.filter(lambda counts: len(counts) >= 2), st.data())
def test_property_what_if_zero_uplift_is_baseline(counts, data):
    stage = f"step_{data.draw(st.integers(2, len(counts)))}"
    table = what_if(counts, stage, 0.0, value_per_conversion=10)
    pd.testing.assert_frame_equal(table[list(COLUMNS)], conversion_table(counts))
    assert (table["extra"] == 0).all()
    assert (table["extra_revenue"] == 0).all()


@given(
    funnel_counts.filter(lambda counts: len(counts) >= 2),
    st.floats(-1.0, 20.0, allow_nan=False),
    st.data(),
)
def test_property_what_if_keeps_funnel_valid(counts, uplift, data):
    position = data.draw(st.integers(1, len(counts) - 1))
    table = what_if(counts, f"step_{position + 1}", uplift)
    new = table["count"].to_numpy()
    assert (np.diff(new) <= 0).all()  # never more than the previous stage
    assert (new >= 0).all()
    assert new[:position].tolist() == counts[:position]  # earlier stages untouched
    assert table["step_rate"].between(0.0, 1.0).all()
    if uplift >= 0:
        assert (table["extra"] >= 0).all()
    else:
        assert (table["extra"] <= 0).all()
    # the improved stage: baseline * (1 + uplift), capped at the previous stage, rounded
    expected = min(counts[position - 1], round(counts[position] * (1 + uplift)))
    assert abs(int(new[position]) - expected) <= 1


# ------------------------------------------------------------------ chains and tables


def test_columns_is_the_public_column_tuple():
    assert COLUMNS == ("stage", "count", "step_rate", "overall_rate", "drop_off",
                       "drop_off_rate")
    assert tuple(conversion_table(EXAMPLE).columns) == COLUMNS


def test_chain_counts():
    assert chain_counts(1000, [0.4, 0.25, 0.5]) == [1000, 400, 100, 50]
    assert chain_counts(7, []) == [7]
    assert chain_counts(10, [1.0, 0.0, 0.5]) == [10, 10, 0, 0]
    # rounded once from the unrounded product: 1000 * 0.333 * 0.5 = 166.5 -> 166 (even)
    assert chain_counts(1000, [0.333, 0.5]) == [1000, 333, 166]


@pytest.mark.parametrize(
    ("first", "rates", "message"),
    [
        (-1, [0.5], "chain_counts: first must be at least 0, got -1"),
        (10, [1.5], "chain_counts: rates[0] must be at most 1, got 1.5"),
        (10, [0.5, 40], "rates[1] must be at most 1, got 40 (rates are fractions"),
        (10, [float("nan")], "rates[0] must be a finite number, got nan"),
    ],
)
def test_chain_counts_bad_values(first, rates, message):
    with raises(message):
        chain_counts(first, rates)


def test_what_if_is_a_chain_from_the_stage_before():
    table = what_if(EXAMPLE, "step_3", 0.2)
    assert table["count"].tolist() == chain_counts(1000, [0.4, 0.25 * 1.2, 0.25])


def test_stacked_conversion_tables_match_conversion_table():
    from funnelkit.metrics import stacked_conversion_tables

    table = stacked_conversion_tables(np.array([[10, 5, 1], [4, 4, 0]]), ["a", "b", "c"])
    expected = pd.concat([conversion_table([10, 5, 1], ["a", "b", "c"]),
                          conversion_table([4, 4, 0], ["a", "b", "c"])], ignore_index=True)
    pd.testing.assert_frame_equal(table, expected)
    with pytest.raises(TypeError, match="whole numbers"):
        stacked_conversion_tables(np.array([[1.5, 1.0]]), ["a", "b"])
    with raises("non-increasing"):
        stacked_conversion_tables([[1, 2]], ["a", "b"])
    with raises("2 columns for the 3 stages"):
        stacked_conversion_tables([[2, 1]], ["a", "b", "c"])
