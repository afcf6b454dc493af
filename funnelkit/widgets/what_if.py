"""WhatIf: improve one stage by x % and see the extra customers and revenue."""

from __future__ import annotations

from typing import Any

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import charts
from ..formatting import format_count, format_number
from ..stages import Funnel, FunnelLike
from . import state as models
from .base import SLIDER_LAYOUT, STYLE, FunnelWidget
from .display import chart_output, show_in
from .markup import heading_html, status_html
from .state import WhatIfState

__all__ = ["WhatIf"]


class WhatIf(FunnelWidget):
    """Improve one stage by x % and see the extra customers and revenue.

    The stage's step conversion rate grows by the chosen percentage (capped at
    100 %); :func:`~funnelkit.metrics.what_if` computes the new funnel, the extra
    customers at the last stage and, with the revenue per customer, the extra
    revenue. The choices live in :attr:`state`, a
    :class:`~funnelkit.widgets.state.WhatIfState`.

    >>> from funnelkit import SALES_FUNNEL
    >>> whatif = WhatIf([10_000, 1_200, 300, 90], SALES_FUNNEL, value_per_conversion=80)
    >>> whatif.stage.value = "decision"
    >>> whatif.uplift.value = 50
    >>> whatif.extra_customers, whatif.extra_revenue
    (45, 3600.0)
    """

    def __init__(
        self,
        counts: Any = None,
        funnel: FunnelLike = None,
        *,
        stage: str | None = None,
        uplift_percent: int = 10,
        value_per_conversion: float = 100.0,
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        self.state = WhatIfState(counts, funnel, stage=stage, uplift_percent=uplift_percent,
                                 value_per_conversion=value_per_conversion)
        self.table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.stage, self.uplift, self.revenue = self._controls()
        for control in (self.stage, self.uplift, self.revenue):
            control.observe(lambda _change: self._on_change(), names="value")
        self.result_html = widgets.HTML()
        self.chart_output = chart_output(32 * len(self.funnel) + 100)
        self.children = self._layout()
        self.update()

    # ---- parts

    def _controls(self) -> tuple[widgets.Dropdown, widgets.IntSlider, widgets.BoundedFloatText]:
        """The stage to improve, the improvement in percent and the revenue per customer."""
        stage = widgets.Dropdown(
            options=[(self.funnel[key].label(self.lang), key) for key in self.state.stages],
            value=self.state.stage,
            description=self._("Stage to improve"), style=STYLE, layout={"width": "420px"})
        uplift = widgets.IntSlider(
            value=self.state.uplift_percent, min=0, max=self.state.MAX_UPLIFT_PERCENT, step=1,
            description=self._("Improvement (%)"), style=STYLE, layout=SLIDER_LAYOUT)
        revenue = widgets.BoundedFloatText(
            value=self.state.value_per_conversion, min=0.0, max=self.state.MAX_VALUE,
            step=10.0, description=self._("Revenue per customer"), style=STYLE,
            layout={"width": "320px"})
        return stage, uplift, revenue

    def _layout(self) -> tuple[widgets.Widget, ...]:
        intro = self._("Raise one stage's conversion rate from the previous stage; the later "
                       "stages keep their rates.")
        return (
            widgets.HTML(heading_html(self._("What if one stage improves?"), intro)),
            self.stage,
            self.uplift,
            self.revenue,
            self.result_html,
            self.chart_output,
        )

    def _repr_details(self) -> str:
        return f"funnel={self.funnel.key!r}"

    # ---- state

    @property
    def funnel(self) -> Funnel:
        """The funnel whose stages can improve."""
        return self.state.funnel

    @property
    def counts(self) -> list[int]:
        """The people at each stage now (before the change)."""
        return self.state.counts

    @property
    def extra_customers(self) -> int:
        """Extra people at the last stage."""
        return models.extra_customers(self.table)

    @property
    def extra_revenue(self) -> float:
        """Extra customers times the revenue per customer."""
        return models.extra_revenue(self.table)

    def _on_change(self) -> None:
        self.state.stage = self.stage.value
        self.state.uplift_percent = int(self.uplift.value)
        self.state.value_per_conversion = float(self.revenue.value)
        self.update()

    # ---- drawing

    def update(self) -> None:
        """Recompute the what-if table and redraw."""
        self.table = self.state.table
        self.chart = charts.what_if_chart(self.table, self.funnel, lang=self.lang)
        show_in(self.chart_output, self.chart)
        extra = self.extra_customers
        text = self._("Extra customers: {customers}. Extra revenue: {revenue}.").format(
            customers=("+" if extra > 0 else "") + format_count(extra, self.lang),
            revenue=format_number(self.extra_revenue, self.lang, decimals=2),
        )
        self.result_html.value = status_html(text, tone="good" if extra > 0 else "info")
