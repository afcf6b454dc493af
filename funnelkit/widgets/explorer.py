"""FunnelExplorer: one slider per stage, a live funnel chart and table, the bottleneck named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import charts
from ..formatting import format_rate
from ..stages import Funnel, FunnelLike
from .base import FunnelWidget
from .display import chart_output, show_in
from .markup import heading_html, stage_table_html, status_html
from .state import FunnelState

__all__ = ["FunnelExplorer"]


class FunnelExplorer(FunnelWidget):
    """One slider per stage, a live funnel chart and table, the bottleneck named.

    *counts* (people per stage, as for :func:`~funnelkit.metrics.conversion_table`)
    and *funnel* give the starting point; the default is the running-shoe shop of
    lesson 1. With ``mode="count"`` every slider is a stage's count; with
    ``mode="rate"`` the first slider is the first stage's count and the others are
    step conversion rates. Moving a slider changes that stage; the later stages
    keep their conversion rates, so they follow. **Reset** restores the start.
    The numbers live in :attr:`state`, a :class:`~funnelkit.widgets.state.FunnelState`.

    >>> explorer = FunnelExplorer(mode="rate")
    >>> explorer.sliders[1].value = 0.2
    >>> explorer.table["count"].tolist()
    [10000, 2000, 500, 150]
    >>> explorer.reset_button.click()
    >>> explorer.table["count"].tolist()
    [10000, 1200, 300, 90]
    """

    def __init__(
        self,
        counts: Any = None,
        funnel: FunnelLike = None,
        *,
        mode: str = "count",
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        self.state = FunnelState(counts, funnel, mode=mode)
        self._syncing = False
        self.table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.bottleneck: str | None = None
        self.sliders = self._sliders()
        self.reset_button = self._reset_button()
        self.bottleneck_html = widgets.HTML()
        self.chart_output = chart_output(34 * len(self.funnel) + 120)
        self.table_html = widgets.HTML()
        self.children = self._layout()
        self.update()

    # ---- parts

    def _sliders(self) -> list[widgets.IntSlider | widgets.FloatSlider]:
        """The first stage's count, then a count or a step rate per later stage."""
        labels = self.funnel.labels(self.lang)
        first = self.state.first
        sliders: list[widgets.IntSlider | widgets.FloatSlider] = [
            self._count_slider(first, max(10, 2 * first), labels[0])]
        counts = self.state.counts
        for position, label in enumerate(labels[1:], start=1):
            if self.mode == "count":
                sliders.append(self._count_slider(counts[position], counts[position - 1],
                                                  label))
            else:
                sliders.append(self._rate_slider(round(self.state.rates[position - 1], 3),
                                                 label))
        for position, slider in enumerate(sliders):
            slider.observe(self._on_slider(position), names="value")
        return sliders

    def _layout(self) -> tuple[widgets.Widget, ...]:
        hint = (self._("Move a slider to change how many people reach a stage; the later "
                       "stages keep their conversion rates.") if self.mode == "count" else
                self._("Move a slider to change a stage's conversion rate from the previous "
                       "stage."))
        return (
            widgets.HTML(heading_html(self.funnel.title(self.lang), hint)),
            *self.sliders,
            self.reset_button,
            self.bottleneck_html,
            widgets.Box(
                [self.chart_output, self.table_html],
                layout=widgets.Layout(display="flex", flex_flow="row wrap",
                                      align_items="flex-start", grid_gap="16px"),
            ),
        )

    def _repr_details(self) -> str:
        return f"funnel={self.funnel.key!r}, mode={self.mode!r}"

    # ---- state

    @property
    def funnel(self) -> Funnel:
        """The funnel whose stages the sliders are."""
        return self.state.funnel

    @property
    def mode(self) -> str:
        """``"count"`` or ``"rate"``: what the sliders after the first set."""
        return self.state.mode

    @property
    def counts(self) -> list[int]:
        """The current count of each stage, in funnel order."""
        return self.state.counts

    def _on_slider(self, position: int) -> Callable[[dict[str, Any]], None]:
        def handler(change: dict[str, Any]) -> None:
            if self._syncing:
                return
            self.state.set_value(position, change["new"])
            self._sync_sliders()
            self.update()

        return handler

    def _sync_sliders(self) -> None:
        """Show the current state on every slider (without re-triggering updates)."""
        self._syncing = True
        try:
            counts = self.state.counts
            self.sliders[0].value = self.state.first
            for position, slider in enumerate(self.sliders[1:], start=1):
                if self.mode == "rate":
                    slider.value = round(self.state.rates[position - 1], 3)
                    continue
                value, top = counts[position], counts[position - 1]
                # Raise the maximum before the value, lower it after: the value always fits.
                if top >= slider.max:
                    slider.max = top
                    slider.value = value
                else:
                    slider.value = value
                    slider.max = top
        finally:
            self._syncing = False

    def reset(self) -> None:
        """Go back to the start values."""
        self.state.reset()
        self._sync_sliders()
        self.update()

    # ---- drawing

    def update(self) -> None:
        """Recompute the table and the bottleneck and redraw (the sliders call this)."""
        self.table = self.state.table
        self.bottleneck = self.state.bottleneck
        self.chart = charts.funnel_chart(self.table, self.funnel, bottleneck=self.bottleneck,
                                         lang=self.lang)
        show_in(self.chart_output, self.chart)
        self.table_html.value = stage_table_html(self.table, self.funnel, self.lang,
                                                 self.funnel.title(self.lang))
        self.bottleneck_html.value = self._bottleneck_html()

    def _bottleneck_html(self) -> str:
        if self.bottleneck is None:
            return ""
        position = self.funnel.index(self.bottleneck)
        text = self._(
            "Bottleneck: {stage}. Only {rate} of the people at {previous} get this far."
        ).format(
            stage=self.funnel[position].label(self.lang),
            rate=format_rate(float(self.table["step_rate"].iloc[position]), self.lang),
            previous=self.funnel[position - 1].label(self.lang),
        )
        return status_html(text, tone="bad")
