"""Interactive funnel explorers for Jupyter, built on ipywidgets.

Every widget is an :class:`ipywidgets.VBox`, so a notebook displays it by leaving
it as the last expression of a cell. Widgets never compute metrics themselves:
each has a plain state model (:mod:`funnelkit.widgets.state`, no ipywidgets,
testable without a browser) that calls :mod:`funnelkit.metrics`,
:mod:`funnelkit.stages` and :mod:`funnelkit.events`, and a thin view that copies
control values into it and draws its results with :mod:`funnelkit.charts`.
Their state is public for tests and for curious learners: ``.state`` (the
model), ``.table`` (the current DataFrame), ``.chart`` (the current altair chart)
and the controls themselves (``.sliders``, ``.reset_button`` ...), which can be
driven from Python (``slider.value = 400``, ``button.click()``).

All text is English source text passed through :func:`~funnelkit.i18n.gettext`
when the widget is built; the language is fixed then (``lang=``, or the current
language of :func:`funnelkit.set_language`).

Keyboard use: every control is a standard ipywidgets control (sliders take the
arrow keys, dropdowns and buttons take Tab, arrows, Space and Enter); nothing
needs a mouse or drag and drop.

Charts are shown with :func:`show_in`, one assignment to an Output's ``outputs``
(:mod:`funnelkit.widgets.display` explains why that keeps notebooks stable under
nbval).

The package: :mod:`~funnelkit.widgets.state` (the models),
:mod:`~funnelkit.widgets.display` (:func:`show_in`),
:mod:`~funnelkit.widgets.markup` (HTML tables and status messages),
:mod:`~funnelkit.widgets.base` (what every widget shares) and one view module per
widget (:mod:`~funnelkit.widgets.explorer`, :mod:`~funnelkit.widgets.comparison`,
:mod:`~funnelkit.widgets.event_explorer`, :mod:`~funnelkit.widgets.what_if`).

>>> from funnelkit import SALES_FUNNEL
>>> from funnelkit.widgets import FunnelExplorer
>>> explorer = FunnelExplorer([1000, 400, 100, 25], SALES_FUNNEL)
>>> explorer.bottleneck
'decision'
>>> explorer.sliders[2].value = 200
>>> explorer.table["count"].tolist()
[1000, 400, 200, 50]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _lazy

if TYPE_CHECKING:
    from .comparison import FunnelComparison
    from .display import show_in
    from .event_explorer import EventFunnelExplorer
    from .explorer import FunnelExplorer
    from .what_if import WhatIf

__all__ = [
    "show_in",
    "FunnelExplorer",
    "FunnelComparison",
    "EventFunnelExplorer",
    "WhatIf",
]

# The views import ipywidgets; they load on first use, so that the state models
# (funnelkit.widgets.state) import without it.
_HOME = {
    "show_in": "display",
    "FunnelExplorer": "explorer",
    "FunnelComparison": "comparison",
    "EventFunnelExplorer": "event_explorer",
    "WhatIf": "what_if",
}


__getattr__, __dir__ = _lazy.attach(__name__, globals(), names=_HOME)
