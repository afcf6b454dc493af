"""funnelkit.charts: localised, described, small and deterministic altair charts."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import altair as alt
import pandas as pd
import pytest

import funnelkit
from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL, charts, formatting, i18n
from funnelkit.events import conversion_over_time, funnel_counts, time_to_convert
from funnelkit.i18n import gettext
from funnelkit.metrics import conversion_table, what_if

LANGS = ("en", "de")
COUNTS = [10_000, 1_200, 300, 90]
STEPS = ["visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase"]
SMALL = 60  # the most rows any chart of the bundled data may embed

FAKE_DE = {
    "Sales funnel": "Verkaufstrichter (fake)",
    "Awareness": "Aufmerksamkeit (fake)",
    "Interest": "Interesse (fake)",
    "Decision": "Entscheidung (fake)",
    "Action": "Handlung (fake)",
    "People": "Personen (fake)",
    "Stage": "Stufe (fake)",
    "Bottleneck": "Engpass (fake)",
    "Drop-off between stages": "Absprung zwischen Stufen (fake)",
    "Marketing hands leads to sales": "Marketing übergibt an den Vertrieb (fake)",
    "{title}: a bar chart with one bar per stage, in funnel order.":
        "{title}: ein Balkendiagramm (fake).",
}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    funnelkit.set_language("en")


@pytest.fixture(scope="module", autouse=True)
def _funnelkit_theme():
    """The theme and renderer the course's set-up cell enables, for this module only."""
    charts.enable()
    yield
    charts.disable()


@pytest.fixture
def fake_de(monkeypatch):
    """A tiny German catalog, so the language switch is proven without real catalogs."""
    monkeypatch.setattr(i18n, "_catalog", lambda lang: FAKE_DE if lang == "de" else {})
    return FAKE_DE


@pytest.fixture(scope="module")
def web_events():
    return funnelkit.datasets.load("web_events")


def _all_charts(events: pd.DataFrame, lang: str) -> dict[str, alt.TopLevelMixin]:
    table = conversion_table(COUNTS, SALES_FUNNEL)
    return {
        "funnel": charts.funnel_chart(table, SALES_FUNNEL, bottleneck="interest", lang=lang),
        "comparison": charts.comparison_chart(
            conversion_table([1000, 400, 96, 24], SALES_FUNNEL),
            conversion_table([1000, 400, 240, 96, 48, 24], MARKETING_FUNNEL),
            lang=lang,
        ),
        "drop_off": charts.drop_off_chart(table, lang=lang),
        "time_to_convert": charts.time_to_convert_chart(time_to_convert(events, STEPS),
                                                        lang=lang),
        "breakdown": charts.breakdown_chart(funnel_counts(events, STEPS, by="channel"),
                                            lang=lang),
        "over_time": charts.conversion_over_time_chart(conversion_over_time(events, STEPS),
                                                       lang=lang),
        "what_if": charts.what_if_chart(what_if(COUNTS, "decision", 0.3, SALES_FUNNEL),
                                        lang=lang),
        "event_funnel": charts.funnel_chart(funnel_counts(events, STEPS), lang=lang),
    }


@pytest.fixture(scope="module")
def specs(web_events):
    """Every chart of the bundled data, as Vega-Lite dicts, built twice per language."""
    return {
        lang: [
            {name: chart.to_dict() for name, chart in _all_charts(web_events, lang).items()}
            for _ in range(2)
        ]
        for lang in LANGS
    }


def _title(spec: dict) -> str:
    title = spec["title"]
    return title["text"] if isinstance(title, dict) else title


def _rows(spec: dict) -> list[dict]:
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


# --------------------------------------------------------------------------- every chart


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_has_a_description_for_screen_readers(specs, lang):
    for name, spec in specs[lang][0].items():
        description = spec.get("description", "")
        assert isinstance(description, str) and len(description) > 60, name
        assert _title(spec) in description or name == "comparison", name


@pytest.mark.parametrize("lang", LANGS)
def test_charts_embed_only_aggregated_rows(specs, lang):
    for name, spec in specs[lang][0].items():
        rows = _rows(spec)
        assert 0 < len(rows) <= SMALL, f"{name} embeds {len(rows)} rows"
        assert "values" not in json.dumps(spec.get("data", {})), name


@pytest.mark.parametrize("lang", LANGS)
def test_chart_json_is_deterministic(specs, lang):
    first, second = specs[lang]
    for name in first:
        assert json.dumps(first[name], sort_keys=True) == json.dumps(second[name], sort_keys=True)


def test_charts_use_the_theme_and_the_offline_renderer(specs):
    assert alt.theme.active == charts.THEME
    assert alt.renderers.active == "mimetype"
    spec = specs["en"][0]["funnel"]
    assert spec["config"]["range"]["category"] == list(charts.PALETTE)
    bundle = charts.funnel_chart(conversion_table(COUNTS, SALES_FUNNEL))._repr_mimebundle_()
    assert "application/vnd.vegalite.v5+json" in bundle[0]


def test_palette_is_okabe_ito():
    assert set(charts.PALETTE) == {
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"
    }


def test_large_frames_are_refused():
    raw = pd.DataFrame({"stage": [f"s{i}" for i in range(500)], "count": range(500, 0, -1),
                        "step_rate": 1.0})
    with pytest.raises(ValueError, match="aggregate first"):
        charts.funnel_chart(raw)


def test_time_to_convert_chart_bins_instead_of_embedding_users(web_events):
    durations = time_to_convert(web_events, STEPS)
    assert len(durations) > 1000
    spec = charts.time_to_convert_chart(durations, bins=20).to_dict()
    assert len(_rows(spec)) == 20 + 1  # the bins and the median
    assert sum(row.get("users", 0) for row in _rows(spec)) == len(durations)


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize("lang", LANGS)
def test_funnel_chart_labels_follow_the_language(lang):
    chart = charts.funnel_chart(conversion_table(COUNTS, SALES_FUNNEL), lang=lang)
    spec = chart.to_dict()
    assert _title(spec) == SALES_FUNNEL.title(lang)
    assert [row["label"] for row in _rows(spec)] == SALES_FUNNEL.labels(lang)
    bars = spec["layer"][0]["encoding"]
    assert bars["x"]["title"] == gettext("People", lang)
    assert [tip["title"] for tip in bars["tooltip"]][:2] == [gettext("Stage", lang),
                                                             gettext("People", lang)]
    assert spec["layer"][0]["encoding"]["y"]["sort"] == SALES_FUNNEL.labels(lang)
    for label in SALES_FUNNEL.labels(lang):
        assert label in spec["description"]


@pytest.mark.parametrize("lang", LANGS)
def test_set_language_is_followed_at_build_time(lang):
    funnelkit.set_language(lang)
    spec = charts.drop_off_chart(conversion_table(COUNTS, SALES_FUNNEL)).to_dict()
    assert _title(spec) == gettext("Drop-off between stages", lang)
    steps = [row["step"] for row in _rows(spec)]
    assert steps[0] == f"{SALES_FUNNEL[0].label(lang)} → {SALES_FUNNEL[1].label(lang)}"


def test_fake_catalog_switches_every_label(fake_de):
    table = conversion_table(COUNTS, SALES_FUNNEL)
    english = charts.funnel_chart(table, bottleneck="interest").to_dict()
    funnelkit.set_language("de")
    german = charts.funnel_chart(table, bottleneck="interest").to_dict()
    assert _title(english) == "Sales funnel"
    assert _title(german) == "Verkaufstrichter (fake)"
    assert [row["label"] for row in _rows(german)] == [
        "Aufmerksamkeit (fake)", "Interesse (fake)", "Entscheidung (fake)", "Handlung (fake)"]
    assert german["layer"][0]["encoding"]["x"]["title"] == "Personen (fake)"
    assert german["description"].startswith("Verkaufstrichter (fake): ein Balkendiagramm (fake).")
    assert "Interesse (fake)" in german["description"]
    assert _rows(german)[1]["text"].endswith("· Engpass (fake)")
    assert german["layer"][0]["encoding"]["color"]["scale"]["domain"] == [
        "Stufe (fake)", "Engpass (fake)"]
    # German number formatting comes from Babel, independent of the catalog.
    assert _rows(german)[0]["count_text"] == "10.000"
    assert _rows(german)[1]["step_text"] == "12\xa0%"


def test_format_helpers_follow_the_language():
    assert formatting.format_count(1234567, "en") == "1,234,567"
    assert formatting.format_count(1234567, "de") == "1.234.567"
    assert formatting.format_rate(0.1234, "en") == "12.3%"
    assert formatting.format_rate(0.1234, "de") == "12,3\xa0%"
    assert formatting.format_rate(float("nan"), "en") == "0%"
    assert formatting.format_number(1.25, "de") == "1,2"
    assert formatting.format_number(1800.456, "en", decimals=2) == "1,800.46"


def test_charts_reexport_no_formatting_helpers():
    for name in ("format_count", "format_rate", "value_label", "stage_label"):
        assert name not in charts.__all__


# --------------------------------------------------------------------------- global state


def test_importing_charts_changes_no_global_state():
    """In a fresh interpreter: import leaves altair alone; enable() and disable() switch."""
    script = textwrap.dedent("""
        import altair as alt
        before = (alt.theme.active, alt.renderers.active)
        import funnelkit.charts as charts
        assert (alt.theme.active, alt.renderers.active) == before, "import changed altair"
        charts.enable()
        assert (alt.theme.active, alt.renderers.active) == ("funnelkit", "mimetype")
        charts.enable()  # twice is harmless
        charts.disable()
        assert (alt.theme.active, alt.renderers.active) == before, "disable did not restore"
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_enabled_theme_styles_the_charts():
    """What the learner sees after the set-up cell: the Okabe-Ito palette in the config."""
    table = conversion_table(COUNTS, SALES_FUNNEL)
    spec = charts.funnel_chart(table).to_dict()
    assert spec["config"]["view"]["stroke"] is None
    assert spec["config"]["title"]["anchor"] == "start"


# --------------------------------------------------------------------------- each chart


def test_funnel_chart_labels_show_count_and_rate():
    table = conversion_table(COUNTS, SALES_FUNNEL)
    rows = _rows(charts.funnel_chart(table, bottleneck="interest").to_dict())
    assert [row["text"] for row in rows] == [
        "10,000", "1,200 (12%) · Bottleneck", "300 (25%)", "90 (30%)"]
    overall = _rows(charts.funnel_chart(table, rate="overall_rate").to_dict())
    assert [row["text"] for row in overall][-1] == "90 (0.9%)"


def test_funnel_chart_recognises_known_stage_keys_without_a_funnel():
    spec = charts.funnel_chart(conversion_table(COUNTS, SALES_FUNNEL)).to_dict()
    assert _title(spec) == "Sales funnel"
    events = charts.funnel_chart(conversion_table(dict(zip(STEPS, [6, 5, 4, 3, 2, 1],
                                                               strict=True)))).to_dict()
    assert [row["label"] for row in _rows(events)] == [
        "Visit", "Product view", "Sign-up", "Add to cart", "Checkout", "Purchase"]


def test_funnel_chart_rejects_bad_input():
    table = conversion_table(COUNTS, SALES_FUNNEL)
    with pytest.raises(ValueError, match="bottleneck 'nope'"):
        charts.funnel_chart(table, bottleneck="nope")
    with pytest.raises(ValueError, match="'count'"):
        charts.funnel_chart(table.drop(columns="count"))
    with pytest.raises(TypeError, match="DataFrame"):
        charts.funnel_chart(COUNTS)


@pytest.mark.parametrize("lang", LANGS)
def test_comparison_chart_marks_the_handoff(lang):
    spec = charts.comparison_chart(
        conversion_table([1000, 400, 96, 24], SALES_FUNNEL),
        conversion_table([1000, 400, 240, 96, 48, 24], MARKETING_FUNNEL),
        lang=lang,
    ).to_dict()
    assert _title(spec) == gettext("Marketing hands leads to sales", lang)
    marketing, sales = spec["hconcat"]
    assert _title(marketing) == MARKETING_FUNNEL.title(lang)
    assert _title(sales) == SALES_FUNNEL.title(lang)
    datasets = {name: rows for name, rows in spec["datasets"].items()}
    marketing_rows = datasets[marketing["data"]["name"]]
    sales_rows = datasets[sales["data"]["name"]]
    handoff = [row["stage"] for row in marketing_rows
               if row["text"].endswith(gettext("Hand-off to sales", lang))]
    takeover = [row["stage"] for row in sales_rows
                if row["text"].endswith(gettext("Sales takes over", lang))]
    mapping = funnelkit.stage_mapping(lang)
    assert handoff == [funnelkit.HANDOFF_STAGE]
    assert takeover == mapping.loc[mapping["handoff"], "sales_stage"].tolist()
    owners = {row["stage"]: row["owner"] for row in marketing_rows}
    assert owners == dict(zip(mapping["marketing_stage"], mapping["owner"], strict=True))
    assert MARKETING_FUNNEL["intent"].label(lang) in spec["description"]


def test_comparison_chart_needs_both_funnels():
    sales = conversion_table([1000, 400, 96, 24], SALES_FUNNEL)
    with pytest.raises(ValueError, match="marketing funnel"):
        charts.comparison_chart(sales, sales)


def test_drop_off_chart_shows_people_lost_per_step():
    spec = charts.drop_off_chart(conversion_table(COUNTS, SALES_FUNNEL),
                                 bottleneck="interest").to_dict()
    rows = _rows(spec)
    assert [row["drop_off"] for row in rows] == [8800, 900, 210]
    assert rows[0]["text"] == "8,800 (88%) · Bottleneck"
    assert rows[1]["step"] == "Interest → Decision"


def test_breakdown_chart_has_one_colour_per_segment(web_events):
    table = funnel_counts(web_events, STEPS, by="device")
    spec = charts.breakdown_chart(table).to_dict()
    color = spec["encoding"]["color"]
    assert color["title"] == "Device"
    assert color["scale"]["domain"] == ["Desktop", "Mobile", "Tablet"]
    assert len(_rows(spec)) == len(table)


def test_conversion_over_time_chart_uses_iso_dates(web_events):
    table = conversion_over_time(web_events, STEPS, freq="W")
    spec = charts.conversion_over_time_chart(table).to_dict()
    rows = _rows(spec)
    assert len(rows) == len(table)
    assert rows[0]["start"] == table["period"].iloc[0].start_time.strftime("%Y-%m-%d")
    assert spec["layer"][0]["encoding"]["x"]["axis"]["format"] == "%Y-%m-%d"


def test_what_if_chart_pairs_now_and_after():
    spec = charts.what_if_chart(what_if(COUNTS, "decision", 0.3, SALES_FUNNEL)).to_dict()
    rows = _rows(spec)
    assert [row["count"] for row in rows] == [10000, 10000, 1200, 1200, 300, 390, 90, 117]
    assert rows[-1]["text"] == "117 (+27)"
