"""How widgets show charts: one assignment to an Output's ``outputs``, never ``display()``.

A chart lives in an :class:`ipywidgets.Output`. Widgets do not print or
``display()`` into it; they assign the chart's MIME bundle to the Output's
``outputs`` trait in one step (:func:`show_in`), for the first chart and for every
update. That replaces the chart in place (the output never grows, and the old
chart stays until the new one arrives), it reaches the browser as a widget state
update, and it is stored in the notebook's widget state by nbclient. It is also
what keeps notebooks stable under nbval: output produced with ``with out:`` or
``clear_output(wait=True)`` + ``display()`` while a cell runs is sent as ordinary
display messages, which nbval records as extra cell outputs on re-run, so the
cell fails. With ``outputs`` assigned directly, a cell that displays a widget
has exactly one output (the widget view, which nbval skips, and a short, stable
``text/plain`` repr), executed or re-run. Tables and feedback are
:class:`ipywidgets.HTML` widgets for the same reason.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import ipywidgets as widgets

__all__ = ["VEGALITE_MIME", "show_in", "chart_output"]

#: The MIME type JupyterLab renders natively and offline (Vega-Lite 5).
VEGALITE_MIME = "application/vnd.vegalite.v5+json"


def show_in(output: widgets.Output, obj: Any) -> None:
    """Show *obj* (an altair chart, or anything with a MIME bundle) in *output*.

    Replaces whatever *output* showed, in one assignment to its ``outputs``
    trait, without display messages (see the module docstring for why).

    >>> import altair as alt, ipywidgets
    >>> out = ipywidgets.Output()
    >>> show_in(out, alt.Chart().mark_point())
    >>> sorted(out.outputs[0]["data"])
    ['application/vnd.vegalite.v5+json', 'text/plain']
    >>> show_in(out, 42); out.outputs[0]["data"]
    {'text/plain': '42'}
    """
    if isinstance(obj, alt.TopLevelMixin):
        # Always the Vega-Lite MIME type (whatever renderer the learner enabled), and
        # without re-validating against the schema on every update: the test suite
        # validates every chart funnelkit.charts builds. This halves the update time.
        data = {VEGALITE_MIME: obj.to_dict(validate=False), "text/plain": repr(obj)[:80]}
        output.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)
        return
    bundle = obj._repr_mimebundle_() if hasattr(obj, "_repr_mimebundle_") else None
    if isinstance(bundle, tuple):
        data, metadata = bundle
    elif isinstance(bundle, dict):
        data, metadata = bundle, {}
    else:
        data, metadata = {"text/plain": repr(obj)}, {}
    output.outputs = ({"output_type": "display_data", "data": data, "metadata": metadata},)


def chart_output(min_height: int) -> widgets.Output:
    """An Output for a chart; a minimum height keeps the page still while it redraws.

    >>> chart_output(200).layout.min_height
    '200px'
    """
    return widgets.Output(layout=widgets.Layout(min_height=f"{min_height}px"))
