"""Stage models, languages and the hand-off mapping."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import funnelkit
from funnelkit import (
    EXTENDED_MARKETING_FUNNEL,
    HANDOFF_STAGE,
    MARKETING_FUNNEL,
    SALES_FUNNEL,
    Funnel,
    Stage,
    custom_funnel,
    stage_mapping,
    stages,
)
from funnelkit.i18n import LANGUAGES, get_language, language


@pytest.fixture(autouse=True)
def _english():
    funnelkit.set_language("en")
    yield
    funnelkit.set_language("en")


def test_the_two_funnels_have_the_stages_of_the_articles():
    assert SALES_FUNNEL.keys == ["awareness", "interest", "decision", "action"]
    assert MARKETING_FUNNEL.keys == [
        "awareness", "interest", "consideration", "intent", "evaluation", "purchase",
    ]
    assert EXTENDED_MARKETING_FUNNEL.keys[-2:] == ["loyalty", "advocacy"]
    assert MARKETING_FUNNEL.keys == EXTENDED_MARKETING_FUNNEL.keys[:6]


def test_every_stage_has_description_and_tactics():
    for funnel in (SALES_FUNNEL, EXTENDED_MARKETING_FUNNEL):
        for stage in funnel:
            assert stage.description.endswith(".")
            assert len(stage.tactics) >= 2, stage.key


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_labels_are_translated_in_every_language(lang):
    english = EXTENDED_MARKETING_FUNNEL.labels("en")
    local = EXTENDED_MARKETING_FUNNEL.labels(lang)
    assert len(local) == len(english)
    assert all(label.strip() for label in local)
    assert sum(a != b for a, b in zip(local, english, strict=True)) >= len(english) - 1
    assert len(set(local)) == len(local), f"two stages share a label in {lang}: {local}"


def test_set_language_changes_default_labels():
    funnelkit.set_language("ru")
    assert SALES_FUNNEL.labels() == SALES_FUNNEL.labels("ru")
    assert SALES_FUNNEL.labels() != SALES_FUNNEL.labels("en")
    with language("de"):
        assert get_language() == "de"
        assert SALES_FUNNEL["decision"].label() == SALES_FUNNEL["decision"].label("de")
    assert get_language() == "ru"


def test_unknown_language_lists_the_supported_ones():
    with pytest.raises(ValueError, match=r"'fr'.*en, de, zh-Hant, ms, nl, ru"):
        funnelkit.set_language("fr")
    assert get_language() == "en"
    assert funnelkit.i18n.resolve_language("zh_hant") == "zh-Hant"


def test_funnel_lookup_and_errors():
    assert SALES_FUNNEL.index("action") == 3
    assert "intent" in MARKETING_FUNNEL and "intent" not in SALES_FUNNEL
    with pytest.raises(KeyError, match="'intent' is not a stage of the sales funnel"):
        SALES_FUNNEL["intent"]
    with pytest.raises(ValueError, match="stage 'a' appears twice"):
        Funnel("x", "X", (Stage("a", "A"), Stage("a", "A")))
    with pytest.raises(ValueError, match="stage key 'Add to cart'"):
        Stage("Add to cart", "Add to cart")


def test_custom_funnel_and_extend_leave_originals_alone():
    shop = custom_funnel(["visit", "add_to_cart", "purchase"])
    assert shop.keys == ["visit", "add_to_cart", "purchase"]
    assert shop.labels() == ["Visit", "Add to cart", "Purchase"]
    longer = SALES_FUNNEL.extend(Stage("repeat", "Repeat purchase"))
    assert longer.keys[-1] == "repeat" and len(SALES_FUNNEL) == 4
    with pytest.raises(ValueError, match="2 labels for 3 stages"):
        custom_funnel(["a", "b", "c"], labels=["A", "B"])


def test_to_frame_follows_language():
    frame = MARKETING_FUNNEL.to_frame("nl")
    assert list(frame.columns) == ["position", "stage", "label", "description", "tactics"]
    assert frame["label"].tolist() == MARKETING_FUNNEL.labels("nl")
    assert frame["position"].tolist() == list(range(1, 7))


def test_mapping_connects_every_marketing_stage_to_a_sales_stage_in_order():
    mapping = stage_mapping()
    assert mapping["marketing_stage"].tolist() == MARKETING_FUNNEL.keys
    assert set(mapping["sales_stage"]) == set(SALES_FUNNEL.keys)
    positions = [SALES_FUNNEL.index(key) for key in mapping["sales_stage"]]
    assert positions == sorted(positions), "the mapping must not run backwards"
    assert mapping.loc[mapping["handoff"], "marketing_stage"].tolist() == [HANDOFF_STAGE]
    german = stage_mapping("de")
    assert german["marketing_label"].tolist() == MARKETING_FUNNEL.labels("de")
    pd.testing.assert_series_equal(german["handoff"], mapping["handoff"])


def test_mapping_is_one_journey_with_shifting_responsibility():
    """The course's model: visitors become leads at Interest, marketing leads the early
    stages, sales accepts the lead at the hand-off, both share Evaluation."""
    mapping = stage_mapping().set_index("marketing_stage")
    assert mapping["lead_status"].tolist() == [
        "visitor", "lead", "MQL", "SQL", "opportunity", "customer"]
    assert mapping["owner"].tolist() == [
        "marketing", "marketing", "marketing", "sales", "marketing and sales", "sales"]
    assert mapping.loc[HANDOFF_STAGE, "owner"] == "sales"
    assert mapping.loc[HANDOFF_STAGE, "lead_status"] == "SQL"


# ------------------------------------------------------------------------ as_funnel


def test_as_funnel_resolves_every_form():
    assert stages.as_funnel(SALES_FUNNEL) is SALES_FUNNEL
    assert stages.as_funnel(SALES_FUNNEL, 4) is SALES_FUNNEL
    assert stages.as_funnel(["visit", "buy"]).keys == ["visit", "buy"]
    assert stages.as_funnel(("visit", "buy"), 2).labels("en") == ["Visit", "Buy"]
    assert stages.as_funnel(None, 2).keys == ["step_1", "step_2"]


@pytest.mark.parametrize("funnel", ["sales", 3, {"a": 1}, ["visit", 2]])
def test_as_funnel_wrong_type_is_a_type_error(funnel):
    with pytest.raises(TypeError, match=r"^my_func: funnel"):
        stages.as_funnel(funnel, func="my_func")


@pytest.mark.parametrize(
    ("funnel", "n_stages", "message"),
    [
        (SALES_FUNNEL, 3, "got 3 values for the 4 stages"),
        (["visit", "buy"], 3, "got 3 values for the 2 stages"),
        ([], None, "funnel is an empty list"),
        (None, None, "number of stages must be known"),
        (["visit", "visit"], None, "stage 'visit' appears twice"),
        (["Visit page"], None, "stage key 'Visit page'"),
    ],
)
def test_as_funnel_bad_value_is_a_value_error(funnel, n_stages, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        stages.as_funnel(funnel, n_stages, func="my_func")


def test_sales_view_checks_its_counts():
    assert stages.sales_view([10, 4, 2, 1, 1, 0]) == [10, 4, 1, 0]
    with pytest.raises(TypeError, match="sales_view: count for stage 'interest' must be a whole"):
        stages.sales_view([10, "4", 2, 1, 1, 0])
    with pytest.raises(ValueError, match="sales_view: count for stage 'intent' must be at least 0"):
        stages.sales_view([10, 4, 2, -1, 1, 0])
    with pytest.raises(ValueError, match="one count per marketing stage"):
        stages.sales_view([10, 4])
