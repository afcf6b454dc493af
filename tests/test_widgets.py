"""funnelkit.widgets driven headlessly from Python, in two languages, and under nbval."""

from __future__ import annotations

import subprocess
import sys

import ipywidgets
import nbformat
import pandas as pd
import pytest

import funnelkit
from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL, i18n
from funnelkit.events import funnel_counts
from funnelkit.i18n import gettext
from funnelkit.metrics import bottleneck, conversion_table, what_if
from funnelkit.stages import sales_view
from funnelkit.widgets import (
    EventFunnelExplorer,
    FunnelComparison,
    FunnelExplorer,
    WhatIf,
    show_in,
)
from funnelkit.widgets.markup import stage_table_html
from funnelkit.widgets.state import ComparisonState, EventFunnelState, FunnelState, WhatIfState

LANGS = ("en", "de")
COUNTS = [10_000, 1_200, 300, 90]
VEGA = "application/vnd.vegalite.v5+json"
FAKE_DE = {
    "Awareness": "Aufmerksamkeit (fake)",
    "Interest": "Interesse (fake)",
    "Decision": "Entscheidung (fake)",
    "Action": "Handlung (fake)",
    "Sales funnel": "Verkaufstrichter (fake)",
    "Reset": "Zurücksetzen (fake)",
    "Bottleneck: {stage}. Only {rate} of the people at {previous} get this far.":
        "Engpass (fake): {stage}, {rate} nach {previous}.",
}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    funnelkit.set_language("en")


@pytest.fixture
def fake_de(monkeypatch):
    """A tiny German catalog, so the language switch is proven without real catalogs."""
    monkeypatch.setattr(i18n, "_catalog", lambda lang: FAKE_DE if lang == "de" else {})


@pytest.fixture(scope="module")
def web_events():
    return funnelkit.datasets.load("web_events")


def _shown(output: ipywidgets.Output) -> dict:
    """The one chart an Output shows (as Vega-Lite), asserting there is exactly one."""
    assert len(output.outputs) == 1
    return output.outputs[0]["data"][VEGA]


def _controls(widget: ipywidgets.Widget) -> list[ipywidgets.Widget]:
    found, stack = [], [widget]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(getattr(node, "children", ()))
    return found


# --------------------------------------------------------------------------- FunnelExplorer


@pytest.mark.parametrize("lang", LANGS)
def test_funnel_explorer_labels_follow_the_language(lang):
    explorer = FunnelExplorer(COUNTS, SALES_FUNNEL, lang=lang)
    assert [slider.description for slider in explorer.sliders] == SALES_FUNNEL.labels(lang)
    assert explorer.reset_button.description == gettext("Reset", lang)
    assert SALES_FUNNEL["interest"].label(lang) in explorer.bottleneck_html.value
    assert f">{SALES_FUNNEL.title(lang)}</caption>" in explorer.table_html.value
    assert gettext("People", lang) in explorer.table_html.value
    spec = _shown(explorer.chart_output)
    assert spec == explorer.chart.to_dict()
    assert spec["title"]["text"] == SALES_FUNNEL.title(lang)


def test_funnel_explorer_moves_later_stages_with_their_rates():
    explorer = FunnelExplorer(COUNTS, SALES_FUNNEL)
    assert explorer.bottleneck == "interest" == bottleneck(COUNTS, SALES_FUNNEL)
    pd.testing.assert_frame_equal(explorer.table, conversion_table(COUNTS, SALES_FUNNEL))
    explorer.sliders[2].value = 400  # lesson 1: more people reach Decision
    assert explorer.table["count"].tolist() == [10_000, 1_200, 400, 120]
    assert [slider.value for slider in explorer.sliders] == [10_000, 1_200, 400, 120]
    assert explorer.sliders[3].max == 400
    rows = [row for rows in explorer.chart.to_dict()["datasets"].values() for row in rows]
    assert [row["count"] for row in rows] == [10_000, 1_200, 400, 120]
    assert len(explorer.chart_output.outputs) == 1  # replaced, not appended
    explorer.sliders[1].value = 600  # halves Interest: Decision and Action follow
    assert explorer.table["count"].tolist() == [10_000, 600, 200, 60]
    assert explorer.sliders[2].max == 600


def test_funnel_explorer_reset_button_restores_the_start():
    explorer = FunnelExplorer(COUNTS, SALES_FUNNEL)
    explorer.sliders[0].value = 5_000
    explorer.sliders[1].value = 1_000
    assert explorer.bottleneck != "interest" or explorer.table["count"].iloc[0] == 5_000
    explorer.reset_button.click()
    assert explorer.table["count"].tolist() == COUNTS
    assert [slider.value for slider in explorer.sliders] == COUNTS
    assert explorer.bottleneck == "interest"
    assert _shown(explorer.chart_output) == explorer.chart.to_dict()


def test_funnel_explorer_rate_mode_and_bottleneck_callout():
    explorer = FunnelExplorer(COUNTS, SALES_FUNNEL, mode="rate")
    assert [round(slider.value, 3) for slider in explorer.sliders[1:]] == [0.12, 0.25, 0.3]
    explorer.sliders[1].value = 0.5
    assert explorer.table["count"].tolist() == [10_000, 5_000, 1_250, 375]
    assert explorer.bottleneck == "decision"
    assert "Bottleneck: Decision. Only 25% of the people at Interest" in \
        explorer.bottleneck_html.value
    assert 'role="status"' in explorer.bottleneck_html.value


def test_funnel_explorer_with_fake_german_catalog(fake_de):
    funnelkit.set_language("de")
    explorer = FunnelExplorer(COUNTS, SALES_FUNNEL)
    assert explorer.sliders[0].description == "Aufmerksamkeit (fake)"
    assert explorer.reset_button.description == "Zurücksetzen (fake)"
    assert "Engpass (fake): Interesse (fake), 12\xa0% nach Aufmerksamkeit (fake)." in \
        explorer.bottleneck_html.value
    assert explorer.chart.to_dict()["title"]["text"] == "Verkaufstrichter (fake)"
    assert "10.000" in explorer.table_html.value
    funnelkit.set_language("en")
    explorer.sliders[2].value = 301  # the language was fixed when the widget was made
    assert explorer.chart.to_dict()["title"]["text"] == "Verkaufstrichter (fake)"


def test_funnel_explorer_accepts_keyed_counts_without_a_funnel():
    explorer = FunnelExplorer({"visit": 200, "sign_up": 50, "purchase": 10})
    assert [slider.description for slider in explorer.sliders] == ["Visit", "Sign-up",
                                                                   "Purchase"]
    assert explorer.table["stage"].tolist() == ["visit", "sign_up", "purchase"]
    with pytest.raises(ValueError, match="mode"):
        FunnelExplorer(mode="percent")


# --------------------------------------------------------------------------- FunnelComparison


@pytest.mark.parametrize("lang", LANGS)
def test_funnel_comparison_shows_the_handoff(lang):
    comparison = FunnelComparison(leads=1000, lang=lang)
    assert [slider.description for slider in comparison.sliders] == MARKETING_FUNNEL.labels(lang)
    assert comparison.marketing_table["count"].tolist() == [1000, 400, 240, 96, 48, 24]
    assert comparison.sales_table["count"].tolist() == [1000, 400, 96, 24]
    notes = [row.children[1].value for row in comparison.children[1:7]]
    assert gettext("Hand-off to sales", lang) in notes[MARKETING_FUNNEL.index("intent")]
    assert _shown(comparison.chart_output)["title"]["text"] == gettext(
        "Marketing hands leads to sales", lang)
    assert MARKETING_FUNNEL["intent"].label(lang) in comparison.summary_html.value
    assert set(comparison.table["funnel"]) == {"marketing", "sales"}


def test_funnel_comparison_one_stage_moves_the_end_result():
    comparison = FunnelComparison(leads=1000)
    comparison.sliders[MARKETING_FUNNEL.index("intent")].value = 0.8
    assert comparison.sales_table["count"].tolist() == [1000, 400, 192, 48]
    assert comparison.customers == 48 and comparison.baseline_customers == 24
    assert "Customers: 48 (at the start: 24, change: +24)." in comparison.summary_html.value
    comparison.reset_button.click()
    assert comparison.customers == 24
    assert comparison.sales_table["count"].tolist() == [1000, 400, 96, 24]
    with pytest.raises(ValueError, match="5 step rates"):
        FunnelComparison(rates=[0.5])


# --------------------------------------------------------------------------- EventFunnelExplorer


def test_event_funnel_explorer_recomputes_with_funnel_counts(web_events):
    explorer = EventFunnelExplorer(web_events)
    steps = ["visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase"]
    assert explorer.steps == steps
    pd.testing.assert_frame_equal(explorer.table, funnel_counts(web_events, steps))
    explorer.window.value = 2
    pd.testing.assert_frame_equal(explorer.table,
                                  funnel_counts(web_events, steps, window="2D"))
    # Reorder and drop steps: step n is the n-th dropdown.
    explorer.step_dropdowns[1].value = "sign_up"
    explorer.step_dropdowns[2].value = "purchase"
    for dropdown in explorer.step_dropdowns[3:]:
        dropdown.value = ""
    assert explorer.steps == ["visit", "sign_up", "purchase"]
    pd.testing.assert_frame_equal(
        explorer.table, funnel_counts(web_events, ["visit", "sign_up", "purchase"],
                                      window="2D"))
    assert [row["stage"] for rows in explorer.chart.to_dict()["datasets"].values()
            for row in rows] == ["visit", "sign_up", "purchase"]


def test_event_funnel_explorer_breakdown_and_messages(web_events):
    explorer = EventFunnelExplorer(web_events, ["visit", "purchase"])
    explorer.breakdown.value = "device"
    assert explorer.table.columns[0] == "device"
    pd.testing.assert_frame_equal(explorer.table,
                                  funnel_counts(web_events, ["visit", "purchase"], by="device"))
    assert _shown(explorer.chart_output)["encoding"]["color"]["title"] == "Device"
    assert "<th scope=\"col\"" in explorer.table_html.value and "Mobile" in \
        explorer.table_html.value
    explorer.breakdown.value = ""
    explorer.step_dropdowns[1].value = "visit"
    assert explorer.steps == ["visit"]
    assert "A step chosen twice counts once" in explorer.message_html.value
    for dropdown in explorer.step_dropdowns:
        dropdown.value = ""
    assert explorer.table is None and explorer.chart_output.outputs == ()
    assert "Choose at least one step." in explorer.message_html.value


@pytest.mark.parametrize("lang", LANGS)
def test_event_funnel_explorer_labels_follow_the_language(web_events, lang):
    explorer = EventFunnelExplorer(web_events, lang=lang)
    assert explorer.window.description == gettext("Conversion window (days)", lang)
    assert explorer.step_dropdowns[0].description == gettext("Step {number}", lang).format(
        number=1)
    assert explorer.breakdown.options[0][0] == gettext("No breakdown", lang)
    assert explorer.step_dropdowns[0].options[1] == (gettext("Visit", lang), "visit")


def test_event_funnel_explorer_defaults_to_the_bundled_events():
    explorer = EventFunnelExplorer()
    assert explorer.available == ["visit", "product_view", "sign_up", "add_to_cart",
                                  "checkout", "purchase"]
    assert [option[1] for option in explorer.breakdown.options] == ["", "channel", "device"]


# --------------------------------------------------------------------------- WhatIf


@pytest.mark.parametrize("lang", LANGS)
def test_what_if_reports_extra_customers_and_revenue(lang):
    widget = WhatIf(COUNTS, SALES_FUNNEL, value_per_conversion=50, lang=lang)
    assert widget.stage.value == "interest"  # starts at the bottleneck
    assert widget.stage.options[0] == (SALES_FUNNEL["interest"].label(lang), "interest")
    widget.stage.value = "action"
    widget.uplift.value = 20
    expected = what_if(COUNTS, "action", 0.2, SALES_FUNNEL, value_per_conversion=50)
    pd.testing.assert_frame_equal(widget.table, expected)
    assert (widget.extra_customers, widget.extra_revenue) == (18, 900.0)
    widget.revenue.value = 100
    assert widget.extra_revenue == 1800.0
    assert gettext("Extra customers: {customers}. Extra revenue: {revenue}.", lang).format(
        customers="+18", revenue="1.800" if lang == "de" else "1,800") in widget.result_html.value
    assert _shown(widget.chart_output)["title"] == gettext("What if one stage improves?", lang)


# --------------------------------------------------------------------------- state models


def test_state_models_import_no_ipywidgets():
    """The models are plain Python: importing them in a fresh interpreter loads no ipywidgets."""
    script = ("import sys\nimport funnelkit.widgets.state as state\n"
              "assert 'ipywidgets' not in sys.modules, 'ipywidgets imported'\n"
              "assert state.FunnelState().bottleneck == 'interest'\nprint('ok')")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_funnel_state_moves_later_stages_with_their_rates():
    state = FunnelState(COUNTS, SALES_FUNNEL)
    assert state.funnel is SALES_FUNNEL and state.bottleneck == "interest"
    state.set_value(2, 400)
    assert state.counts == [10_000, 1_200, 400, 120]
    pd.testing.assert_frame_equal(state.table, conversion_table(state.counts, SALES_FUNNEL))
    state.reset()
    assert state.counts == COUNTS
    rates = FunnelState(COUNTS, SALES_FUNNEL, mode="rate")
    rates.set_value(1, 0.5)
    assert rates.counts == [10_000, 5_000, 1_250, 375] and rates.bottleneck == "decision"


def test_funnel_state_recognises_and_labels_funnels():
    assert FunnelState([4, 3, 2, 1], SALES_FUNNEL.keys).funnel is SALES_FUNNEL
    assert FunnelState({"visit": 20, "sign_up": 5}).funnel.labels() == ["Visit", "Sign-up"]
    assert FunnelState([4, 3]).funnel.keys == ["step_1", "step_2"]


def test_comparison_state_uses_the_sales_view():
    state = ComparisonState(1000)
    assert state.marketing_counts == [1000, 400, 240, 96, 48, 24]
    assert state.sales_counts == sales_view(state.marketing_counts) == [1000, 400, 96, 24]
    assert state.handoff_sales_stage == "decision" and state.handed_to_sales == 96
    assert state.closing_rate == 0.25
    state.rates[MARKETING_FUNNEL.index("intent") - 1] = 0.8
    assert state.customers == 48 and state.baseline_customers == 24
    state.reset()
    assert state.customers == 24


def test_event_funnel_state_choices_and_cache():
    log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["visit", "buy", "visit"],
                        "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-01"]),
                        "device": ["mobile", "mobile", "desktop"]})
    state = EventFunnelState(log, ["visit", "buy"])
    assert state.segments == ["device"] and state.choices == ["visit", "buy"]
    first = state.counts()
    assert first is not None and first["count"].tolist() == [2, 1]
    assert len(state.cache) == 1
    state.choices = [None, None]
    assert state.counts() is None and state.steps == [] and not state.repeated
    state.choices = ["buy", "buy"]
    assert state.steps == ["buy"] and state.repeated
    assert state.funnel("en").labels() == ["Buy"]


def test_what_if_state_starts_at_the_bottleneck():
    state = WhatIfState(COUNTS, SALES_FUNNEL, value_per_conversion=50)
    assert state.stage == "interest" and state.stages == ["interest", "decision", "action"]
    state.stage, state.uplift_percent = "action", 20
    pd.testing.assert_frame_equal(
        state.table, what_if(COUNTS, "action", 0.2, SALES_FUNNEL, value_per_conversion=50))
    assert (state.extra_customers, state.extra_revenue) == (18, 900.0)


def test_stage_table_html_reads_the_count_column():
    """A row's count is its "count" column (an itertuples row's .count is a tuple method)."""
    table = conversion_table({"visit": 2000, "sign_up": 500, "purchase": 40})
    page = stage_table_html(table, None, "de", "Shop")
    cells = [cell.split(">")[-1] for cell in page.split("</td>")[:-1]]
    assert cells == ["2.000", "100\xa0%", "100\xa0%", "0",
                     "500", "25\xa0%", "25\xa0%", "1.500",
                     "40", "8\xa0%", "2\xa0%", "460"]
    assert '<th scope="row" style="padding:2px 8px;border-bottom:1px solid #ddd;' \
           f'text-align:left;font-weight:normal">{gettext("Sign-up", "de")}</th>' in page


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(("make", "error", "match"), [
    (lambda: FunnelExplorer(mode="percent"), ValueError, "FunnelExplorer: mode"),
    (lambda: FunnelExplorer(mode=1), TypeError, "FunnelExplorer: mode must be a string"),
    (lambda: FunnelExplorer(COUNTS, "sales"), TypeError, "FunnelExplorer: funnel must be"),
    (lambda: FunnelExplorer(COUNTS, ["a", "b"]), ValueError, "stages"),
    (lambda: FunnelComparison(rates=[0.5]), ValueError, "5 step rates"),
    (lambda: FunnelComparison(rates=0.5), TypeError, "FunnelComparison: rates"),
    (lambda: FunnelComparison(rates=[0.4, 0.6, 1.5, 0.5, 0.5]), ValueError, r"rates\[2\]"),
    (lambda: FunnelComparison(leads=-1), ValueError, "FunnelComparison: leads"),
    (lambda: FunnelComparison(leads="many"), TypeError, "FunnelComparison: leads"),
    (lambda: EventFunnelExplorer([1, 2]), TypeError, "EventFunnelExplorer: events"),
    (lambda: EventFunnelExplorer(steps=["fly"]), ValueError, "do not occur"),
    (lambda: EventFunnelExplorer(window_days=0), ValueError, "window_days"),
    (lambda: EventFunnelExplorer(by="user_id"), ValueError, "EventFunnelExplorer: by"),
    (lambda: WhatIf(stage="awareness"), ValueError, "WhatIf: stage"),
    (lambda: WhatIf(stage=2), TypeError, "WhatIf: stage must be a string"),
    (lambda: WhatIf(uplift_percent=-5), ValueError, "WhatIf: uplift_percent"),
    (lambda: WhatIf(value_per_conversion="10"), TypeError, "WhatIf: value_per_conversion"),
    (lambda: WhatIf([10]), ValueError, "at least two stages"),
])
def test_widget_arguments_are_checked(make, error, match):
    with pytest.raises(error, match=match):
        make()


# --------------------------------------------------------------------------- all widgets


def _every_widget() -> list[ipywidgets.Widget]:
    return [
        FunnelExplorer(),
        FunnelComparison(),
        EventFunnelExplorer(pd.DataFrame({
            "user_id": [1, 1, 2], "event": ["visit", "buy", "visit"],
            "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-01"]),
        })),
        WhatIf(),
    ]


def test_widgets_display_as_boxes_with_a_short_stable_repr():
    for widget in _every_widget():
        assert isinstance(widget, ipywidgets.Box)
        bundle = widget._repr_mimebundle_()
        assert "application/vnd.jupyter.widget-view+json" in bundle
        text = bundle["text/plain"]
        assert text == repr(widget) and len(text) <= 110 and "lang='en'" in text
        assert "0x" not in text


def test_widgets_use_only_keyboard_operable_controls():
    keyboard = (ipywidgets.Button, ipywidgets.IntSlider, ipywidgets.FloatSlider,
                ipywidgets.Dropdown, ipywidgets.BoundedFloatText)
    passive = (ipywidgets.HTML, ipywidgets.Output, ipywidgets.Box)
    for widget in _every_widget():
        for node in _controls(widget):
            assert isinstance(node, keyboard + passive), type(node).__name__


def test_show_in_replaces_the_output_in_one_step():
    explorer = FunnelExplorer()
    output = ipywidgets.Output()
    show_in(output, explorer.chart)
    show_in(output, explorer.chart)
    assert len(output.outputs) == 1
    assert output.outputs[0]["output_type"] == "display_data"
    assert output.outputs[0]["data"][VEGA] == explorer.chart.to_dict()


# --------------------------------------------------------------------------- nbval


NOTEBOOK_CELLS = [
    'import funnelkit\nfunnelkit.set_language("{lang}")',
    "from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL\nfrom funnelkit.widgets import *",
    "FunnelExplorer([10_000, 1_200, 300, 90], SALES_FUNNEL)",
    "explorer = FunnelExplorer(mode='rate')\nexplorer.sliders[1].value = 0.2\nexplorer",
    "FunnelComparison()",
    "EventFunnelExplorer()",
    "WhatIf()",
]


def test_displaying_widgets_gives_a_stable_nbval_notebook(tmp_path):
    """Execute with nbclient (widget state stored), then nbval (strict, not --nbval-lax).

    One language is enough: what nbval compares does not depend on it (about 20 s).
    """
    lang = "de"
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)",
                                       "language": "python", "name": "python3"}
    notebook.cells = [nbformat.v4.new_code_cell(cell.replace("{lang}", lang))
                      for cell in NOTEBOOK_CELLS]
    NotebookClient(notebook, store_widget_state=True, kernel_name="python3",
                   timeout=120).execute()
    for cell in notebook.cells[2:]:
        assert len(cell.outputs) == 1, cell.source
        assert "stream" not in {output.output_type for output in cell.outputs}
    path = tmp_path / f"widgets-{lang}.ipynb"
    nbformat.write(notebook, path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), path.name],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"{len(NOTEBOOK_CELLS)} passed" in result.stdout
