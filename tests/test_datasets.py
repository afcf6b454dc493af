"""Tests of the bundled datasets and funnelkit.datasets: types, validation, effects, bytes."""

from __future__ import annotations

import fnmatch
import importlib.util
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from funnelkit import datasets, simulate
from funnelkit.datasets import describe, load, names

ROOT = Path(__file__).resolve().parents[1]
DATE_COLUMNS = ["created", "mql_date", "sql_date", "opportunity_date", "closed_date"]
NURTURED = ["content", "webinar", "email"]
PANDAS_DTYPES = {"datetime": "datetime64[us, UTC]", "category": "category", "float": "float64"}


def make_datasets_module():
    """tools/make_datasets.py, imported from its file (tools/ is not installed)."""
    path = ROOT / "tools" / "make_datasets.py"
    spec = importlib.util.spec_from_file_location("make_datasets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return load("web_events")


@pytest.fixture(scope="module")
def leads() -> pd.DataFrame:
    return load("leads")


@pytest.fixture(scope="module")
def spend() -> pd.DataFrame:
    return load("campaign_spend")


@pytest.fixture(scope="module")
def lead_channels(leads, spend) -> pd.DataFrame:
    """Per channel: leads, customers, conversion, median days to win, cost per lead, CAC."""
    won = leads["outcome"] == "won"
    days = (leads["closed_date"] - leads["created"]).dt.days.where(won)
    table = pd.DataFrame(
        {
            "leads": leads.groupby("channel", observed=True).size(),
            "customers": won.groupby(leads["channel"], observed=True).sum(),
            "days": days.groupby(leads["channel"], observed=True).median(),
            "spend": spend.groupby("channel", observed=True)["spend"].sum(),
        }
    )
    table["conversion"] = table["customers"] / table["leads"]
    table["cost_per_lead"] = table["spend"] / table["leads"]
    table["cac"] = table["spend"] / table["customers"]
    return table


@pytest.fixture(scope="module")
def web_channels(events) -> pd.DataFrame:
    """Per channel: users, purchase rate, median hours from first visit to first purchase."""
    first = events.pivot_table(
        index="user_id", columns="event", values="timestamp", aggfunc="min", observed=False
    )
    channel = events.groupby("user_id")["channel"].first()
    bought = first["purchase"].notna()
    hours = (first["purchase"] - first["visit"]).dt.total_seconds() / 3600
    return pd.DataFrame(
        {
            "users": channel.value_counts(),
            "conversion": bought.groupby(channel, observed=True).mean(),
            "hours": hours.groupby(channel, observed=True).median(),
        }
    )


# --------------------------------------------------------------------------- api


def test_names():
    assert names() == ("web_events", "leads", "campaign_spend")
    assert datasets.NAMES == names()


@pytest.mark.parametrize("call", [load, describe, datasets.schema, datasets.filepath])
def test_unknown_name_lists_the_datasets(call):
    with pytest.raises(ValueError, match="'sales'.*web_events, leads, campaign_spend"):
        call("sales")


@pytest.mark.parametrize("name", datasets.NAMES)
def test_load_types_follow_the_schema(name):
    frame = load(name)
    columns = datasets.schema(name)["columns"]
    assert frame.columns.tolist() == [column["name"] for column in columns]
    assert len(frame) > 0
    assert isinstance(frame.index, pd.RangeIndex)
    for column in columns:
        series = frame[column["name"]]
        dtype = column["dtype"]
        if dtype == "int":
            assert str(series.dtype) == ("Int64" if column["nullable"] else "int64")
        elif dtype == "string":
            assert series.dtype == "str"
        else:
            assert str(series.dtype) == PANDAS_DTYPES[dtype], column["name"]
        if dtype == "category":
            assert series.cat.categories.tolist() == column["categories"]
            assert series.cat.ordered == column["ordered"]
        if not column["nullable"]:
            assert series.notna().all(), column["name"]


def test_nullable_columns_do_have_missing_values(leads):
    for column in datasets.schema("leads")["columns"]:
        if column["nullable"]:
            assert leads[column["name"]].isna().any(), column["name"]


def test_load_returns_a_fresh_copy():
    first = load("campaign_spend")
    first.loc[0, "spend"] = -1.0
    first["extra"] = 1
    second = load("campaign_spend")
    assert second.loc[0, "spend"] > 0
    assert "extra" not in second.columns


@pytest.mark.parametrize("name", datasets.NAMES)
def test_describe_covers_every_column(name):
    table = describe(name)
    assert table.columns.tolist() == ["column", "dtype", "nullable", "values", "description"]
    assert table["column"].tolist() == load(name).columns.tolist()
    assert table["dtype"].isin(["string", "category", "datetime", "int", "float"]).all()
    assert (table["description"].str.len() > 20).all()


def test_schema_is_a_copy():
    schema = datasets.schema("leads")
    schema["columns"].clear()
    assert datasets.schema("leads")["columns"]


def test_schema_categories_match_the_simulator():
    def categories(name, column):
        (spec,) = [c for c in datasets.schema(name)["columns"] if c["name"] == column]
        return spec["categories"]

    assert categories("web_events", "event") == list(simulate.WEB_STEPS)
    assert categories("web_events", "channel") == [c.name for c in simulate.WEB_CHANNELS]
    assert categories("web_events", "device") == list(simulate.DEVICES)
    lead_channels = [c.name for c in simulate.DEFAULT_CHANNELS]
    assert categories("leads", "channel") == lead_channels
    assert categories("campaign_spend", "channel") == lead_channels
    assert categories("leads", "segment") == [s.name for s in simulate.SEGMENTS]
    assert categories("leads", "outcome") == list(simulate.OUTCOMES)
    reasons = {reason for stage in simulate.LOST_REASONS.values() for reason in stage}
    assert set(categories("leads", "lost_reason")) == reasons


# --------------------------------------------------------------------------- validation


def broken_copy(tmp_path, name, edit) -> Path:
    """A copy of dataset *name*'s CSV changed by *edit* (a function of the text)."""
    path = tmp_path / f"{name}.csv"
    path.write_text(edit(datasets.filepath(name).read_text("utf-8")), "utf-8")
    return path


def test_load_from_a_path_reads_the_same(tmp_path):
    path = broken_copy(tmp_path, "leads", lambda text: text)
    pd.testing.assert_frame_equal(load("leads", path=path), load("leads"))


@pytest.mark.parametrize(
    ("name", "edit", "pattern"),
    [
        # a missing column
        ("campaign_spend",
         lambda t: t.replace(",clicks\n", "\n", 1),
         r"dataset 'campaign_spend', column 'clicks': missing"),
        # an unexpected column
        ("campaign_spend",
         lambda t: t.replace(",clicks\n", ",clicks,notes\n", 1).replace("\n2025-01", ",x\n2025-01"),
         r"dataset 'campaign_spend', column 'notes': unexpected column"),
        # an unexpected category value
        ("leads",
         lambda t: t.replace(",paid_ads,", ",tv_ads,", 1),
         r"dataset 'leads', column 'channel': unexpected value 'tv_ads' on line \d+; allowed"),
        # text in an int column
        ("campaign_spend",
         lambda t: re.sub(r",(\d+)\n", ",lots\n", t, count=1),
         r"dataset 'campaign_spend', column 'clicks': 'lots' on line 2 is not a whole number"),
        # a float in an int column
        ("leads",
         lambda t: t.replace("\n3,2025", "\n3.5,2025", 1),
         r"dataset 'leads', column 'lead_id': '3.5' on line 4 is not a whole number"),
        # a wrongly written date
        ("leads",
         lambda t: t.replace("\n1,2025-01-01,", "\n1,01/01/2025,", 1),
         r"dataset 'leads', column 'created': '01/01/2025' on line 2 is not a date"),
        # text in a float column
        ("campaign_spend",
         lambda t: re.sub(r"(\n2025-01,paid_ads,)[0-9.]+", r"\1n/a", t, count=1),
         r"dataset 'campaign_spend', column 'spend': 'n/a' on line 2 is not a number"),
        # an empty value where none is allowed
        ("web_events",
         lambda t: re.sub(r"\n(\d+),[^,]+,", r"\n\1,,", t, count=1),
         r"dataset 'web_events', column 'timestamp': empty value on line 2"),
        # a duplicated id
        ("leads",
         lambda t: t.replace("\n2,2025", "\n1,2025", 1),
         r"dataset 'leads', column 'lead_id': '1' on line 3 appears twice"),
    ],
    ids=["missing", "extra", "category", "int", "int-float", "date", "float", "empty", "unique"],
)
def test_validation_errors_name_dataset_column_and_value(tmp_path, name, edit, pattern):
    path = broken_copy(tmp_path, name, edit)
    assert path.read_text("utf-8") != datasets.filepath(name).read_text("utf-8")
    with pytest.raises(ValueError, match=pattern):
        load(name, path=path)


def test_write_csv_refuses_invalid_frames(tmp_path, spend):
    bad = spend.assign(channel=spend["channel"].astype(str).replace("email", "newsletter"))
    with pytest.raises(ValueError, match="'channel': unexpected value 'newsletter'"):
        make_datasets_module().write_csv(bad, "campaign_spend", tmp_path)
    assert not (tmp_path / "campaign_spend.csv").exists()
    with pytest.raises(ValueError, match="'clicks': missing"):
        make_datasets_module().write_csv(spend.drop(columns="clicks"), "campaign_spend",
                                         tmp_path)


# --------------------------------------------------------------------------- files


def test_bundled_files_regenerate_byte_for_byte(tmp_path):
    written = make_datasets_module().build(tmp_path)
    assert sorted(path.name for path in written) == sorted(
        datasets.schema(name)["file"] for name in names()
    )
    for path in written:
        fresh = path.read_bytes()
        committed = (datasets.DATA_DIR / path.name).read_bytes()
        assert fresh == committed, f"{path.name} is stale: run `make datasets`"


def test_data_files_are_plain_csv():
    for name in names():
        data = datasets.filepath(name).read_bytes()
        assert b"\r" not in data
        assert data.endswith(b"\n")
        data.decode("ascii")
    header, first = datasets.filepath("web_events").read_text().splitlines()[:2]
    assert re.fullmatch(r"\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,\w+,\w+,\w+", first)


def test_one_source_of_truth_shipped_with_the_package():
    files = sorted(path.name for path in datasets.DATA_DIR.iterdir())
    expected = sorted([*(datasets.schema(name)["file"] for name in names()), "schema.json"])
    assert files == expected
    # no copies of the data at the top level: datasets/ only documents them
    assert not list((ROOT / "datasets").glob("*.csv"))
    assert not (ROOT / "datasets" / "schema.json").exists()
    # and the package data patterns of pyproject.toml ship every file
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["funnelkit"]
    for file in files:
        assert any(fnmatch.fnmatch(f"data/{file}", pattern) for pattern in patterns), file


def test_total_size_is_at_most_10_mb():
    paths = [*datasets.DATA_DIR.iterdir(), *(ROOT / "datasets").iterdir()]
    assert sum(path.stat().st_size for path in paths) <= 10 * 1024 * 1024


def test_readme_documents_every_column_and_the_seeds():
    readme = (ROOT / "datasets" / "README.md").read_text("utf-8")
    assert "SYNTHETIC" in readme
    assert "make datasets" in readme
    for seed in make_datasets_module().SEEDS.values():
        assert str(seed) in readme
    for name in names():
        assert f"`{datasets.schema(name)['file']}`" in readme
        for column in datasets.schema(name)["columns"]:
            assert re.search(rf"\| `{column['name']}` \| {column['dtype']} \|", readme), (
                f"{name}.{column['name']} is not in datasets/README.md"
            )


# --------------------------------------------------------------------------- contents


def test_sizes(events, leads, spend):
    assert 100_000 <= len(events) <= 200_000
    assert 5_000 <= len(leads) <= 10_000
    assert len(spend) == 12 * 7


def test_web_funnel_never_increases(events):
    counts = events.groupby("event", observed=False)["user_id"].nunique()
    assert counts.index.tolist() == list(simulate.WEB_STEPS)
    assert (counts.diff().dropna() < 0).all()


def test_web_events_are_in_q4_2025_and_mostly_in_order(events):
    assert events["timestamp"].min() >= pd.Timestamp("2025-10-01", tz="UTC")
    assert events["timestamp"].max() < pd.Timestamp("2026-01-01", tz="UTC")
    backwards = (events["timestamp"].diff().dt.total_seconds() < 0).mean()
    assert 0 < backwards < 0.03


def test_pipeline_counts_match_a_row_by_row_count(leads):
    def reference(frame):
        counts = [0, 0, 0, 0, 0]
        for row in frame.itertuples():
            reached = [True, pd.notna(row.mql_date), pd.notna(row.sql_date),
                       pd.notna(row.opportunity_date), row.outcome == "won"]
            counts = [total + bool(hit) for total, hit in zip(counts, reached, strict=True)]
        return counts

    assert datasets.pipeline_counts(leads) == reference(leads)
    referral = leads[leads["channel"] == "referral"]
    assert datasets.pipeline_counts(referral) == reference(referral)
    assert datasets.pipeline_counts(leads.iloc[:0]) == [0, 0, 0, 0, 0]
    assert all(type(count) is int for count in datasets.pipeline_counts(leads))


def test_pipeline_counts_name_the_missing_column_and_leave_the_input_alone(leads):
    before = leads.copy(deep=True)
    datasets.pipeline_counts(leads)
    pd.testing.assert_frame_equal(leads, before)
    with pytest.raises(ValueError, match=r"'opportunity_date' \(stage 'opportunity'\)"):
        datasets.pipeline_counts(leads.drop(columns="opportunity_date"))
    with pytest.raises(TypeError, match="DataFrame, not list"):
        datasets.pipeline_counts([1, 2, 3])


def test_lead_dates_are_monotone(leads):
    for before, after in zip(DATE_COLUMNS, DATE_COLUMNS[1:], strict=False):
        reached = leads[after].notna()
        assert leads.loc[reached, before].notna().all()
        assert (leads.loc[reached, after] >= leads.loc[reached, before]).all()
    assert leads["created"].is_monotonic_increasing
    assert leads[DATE_COLUMNS].max().max() <= pd.Timestamp("2025-12-31", tz="UTC")


def test_lead_outcomes_are_consistent(leads):
    closed = leads["closed_date"].notna()
    assert leads.loc[closed, "outcome"].isin(["won", "lost"]).all()
    assert leads.loc[leads["outcome"] == "won", "closed_date"].notna().all()
    assert (leads["outcome"] == "lost").eq(leads["lost_reason"].notna()).all()
    assert leads["deal_value"].notna().eq(leads["opportunity_date"].notna()).all()


def test_paid_ads_bring_most_leads_but_convert_worst_and_fastest(lead_channels):
    table = lead_channels
    assert table["leads"].idxmax() == "paid_ads"
    assert table["conversion"].idxmin() == "paid_ads"
    assert table["days"].idxmin() == "paid_ads"


def test_nurtured_channels_bring_fewer_leads_that_convert_better_but_slower(lead_channels):
    table = lead_channels
    high_volume = table.loc[["paid_ads", "social"]]
    for channel in NURTURED:
        assert table.loc[channel, "leads"] < high_volume["leads"].min()
        assert table.loc[channel, "conversion"] > 2 * high_volume["conversion"].max()
        assert table.loc[channel, "days"] > high_volume["days"].max()


def test_paid_ads_are_cheap_per_lead_but_expensive_per_customer(lead_channels):
    table = lead_channels
    assert table.loc["paid_ads", "cost_per_lead"] < table.loc[NURTURED, "cost_per_lead"].max()
    assert table.loc["paid_ads", "cost_per_lead"] < table.loc[
        ["content", "webinar", "referral"], "cost_per_lead"
    ].min()
    assert table["cac"].idxmax() == "paid_ads"


def test_spend_is_consistent_with_the_leads(leads, spend):
    month = leads["created"].dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()
    count = leads.groupby([month.dt.tz_localize("UTC"), "channel"], observed=False).size()
    key = pd.MultiIndex.from_frame(spend[["month", "channel"]])
    lead_count = count.reindex(key).to_numpy()
    assert not np.isnan(lead_count.astype(float)).any()
    assert (spend["clicks"].to_numpy() >= lead_count).all()
    assert (spend["impressions"] >= spend["clicks"]).all()
    assert (spend["spend"] > 0).all()
    assert spend["month"].dt.year.eq(2025).all()


def test_web_channels_behave_like_the_articles_say(web_channels):
    table = web_channels
    assert table["users"].idxmax() == "paid_ads"
    assert table["conversion"].idxmin() == "paid_ads"
    assert table["hours"].idxmin() == "paid_ads"
    for channel in ["content", "email"]:
        assert table.loc[channel, "users"] < table.loc["paid_ads", "users"] / 2
        assert table.loc[channel, "conversion"] > 2 * table.loc["paid_ads", "conversion"]
        assert table.loc[channel, "hours"] > 2 * table.loc["paid_ads", "hours"]


def test_mobile_converts_worse_than_desktop(events):
    buyers = set(events.loc[events["event"] == "purchase", "user_id"])
    device = events.groupby("user_id")["device"].first()
    rate = device.index.isin(buyers)
    rate = pd.Series(rate, index=device.index).groupby(device, observed=True).mean()
    assert rate["mobile"] < rate["desktop"]


def test_write_csv_is_a_build_helper_not_library_api():
    assert not hasattr(datasets, "write_csv")
    assert "write_csv" not in datasets.__all__
    assert callable(make_datasets_module().write_csv)


def test_dataset_name_of_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="dataset name must be a string"):
        load(3)
