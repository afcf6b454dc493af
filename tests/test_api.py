"""The top-level API: what ``import funnelkit`` loads, exports and checks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import funnelkit

HEAVY = ("altair", "ipywidgets", "IPython")


def _fresh(code: str) -> str:
    """Run *code* in a fresh interpreter and return its standard output."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    return done.stdout


def test_import_loads_neither_altair_nor_ipywidgets_nor_ipython():
    code = (
        "import json, sys\n"
        "import funnelkit\n"
        f"print(json.dumps([name for name in {list(HEAVY)!r} if name in sys.modules]))\n"
    )
    assert json.loads(_fresh(code)) == []


def test_charts_and_widgets_load_on_first_use():
    code = (
        "import json, sys\n"
        "import funnelkit\n"
        "before = 'altair' in sys.modules\n"
        "chart = funnelkit.funnel_chart\n"
        "print(json.dumps([before, 'altair' in sys.modules, chart.__module__,\n"
        "                  'charts' in dir(funnelkit), 'FunnelExplorer' in dir(funnelkit)]))\n"
    )
    assert json.loads(_fresh(code)) == [False, True, "funnelkit.charts", True, True]


def test_every_name_in_all_exists():
    names = list(funnelkit.__all__)
    assert len(names) == len(set(names)), "a name is listed twice"
    for name in names:
        assert getattr(funnelkit, name) is not None, name
    assert set(names) <= set(dir(funnelkit))


@pytest.mark.parametrize("name", ["Quiz", "StageOrder", "course", "glossary", "quizzes",
                                  "exercises"])
def test_course_names_left_the_library_namespace(name):
    assert name not in funnelkit.__all__
    assert name not in dir(funnelkit)


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        funnelkit.not_a_name  # noqa: B018


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    assert funnelkit.__version__ == version("funnelkit")


def test_submodule_all_names_exist():
    for module in (funnelkit.stages, funnelkit.metrics, funnelkit.events, funnelkit.simulate,
                   funnelkit.datasets, funnelkit.i18n):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_py_typed_marker_ships():
    from importlib import resources

    assert resources.files("funnelkit").joinpath("py.typed").is_file()


# ---------------------------------------------------------------- the validation rule


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: funnelkit.conversion_table(["a", 1]), "count for stage 'step_1'"),
        (lambda: funnelkit.win_rate("3", 4), "won"),
        (lambda: funnelkit.what_if([10, 5], "step_2", "0.1"), "uplift"),
        (lambda: funnelkit.cost_per_lead(100, True), "leads"),
        (lambda: funnelkit.chain_counts(True, [0.5]), "first"),
        (lambda: funnelkit.simulate_events("100"), "n_users"),
        (lambda: funnelkit.conversion_table([10, 5], "sales"), "funnel"),
    ],
)
def test_wrong_type_is_a_type_error_naming_the_argument(call, argument):
    with pytest.raises(TypeError) as caught:
        call()
    assert argument in str(caught.value)


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: funnelkit.conversion_table([10, -1]), "count for stage 'step_2'"),
        (lambda: funnelkit.win_rate(float("nan"), 4), "won"),
        (lambda: funnelkit.what_if([10, 5], "step_2", -2), "uplift"),
        (lambda: funnelkit.pipeline_velocity(10, 25, 100, 30), "win_rate"),
        (lambda: funnelkit.chain_counts(10, [1.5]), "rates[0]"),
        (lambda: funnelkit.simulate_events(-5), "n_users"),
        (lambda: funnelkit.conversion_table([10, 5], ["a", "b", "c"]), "3 stages"),
    ],
)
def test_bad_value_is_a_value_error_naming_the_argument(call, argument):
    with pytest.raises(ValueError) as caught:
        call()
    assert argument in str(caught.value)


def test_validation_helpers():
    from funnelkit import _validation as v

    assert v.check_count("f", "n", 3.0) == 3
    assert v.check_rate("f", "r", 0) == 0.0
    assert v.check_number("f", "x", -2, minimum=-3) == -2.0
    for bad in ("3", True, [1], object()):
        with pytest.raises(TypeError, match=r"^f: x must be"):
            v.check_number("f", "x", bad)
    for bad, message in ((float("nan"), "finite"), (0, "greater than 0"), (5, "at most 4")):
        with pytest.raises(ValueError, match=rf"^f: x must be .*{message}|^f: x .*{message}"):
            v.check_number("f", "x", bad, above=0, maximum=4)
    with pytest.raises(ValueError, match="f: r must be at most 1, got 25 .rates are fractions"):
        v.check_rate("f", "r", 25)
    with pytest.raises(TypeError, match="f: d must be a pandas DataFrame"):
        v.check_frame("f", "d", {"a": [1]})
