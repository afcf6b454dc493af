"""FunnelComparison: the marketing funnel and the sales funnel on the same leads."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import charts
from ..formatting import format_count, format_rate
from ..stages import HANDOFF_STAGE, MARKETING_FUNNEL, stage_mapping
from .base import FunnelWidget
from .display import chart_output, show_in
from .markup import esc, heading_html, status_html
from .state import ComparisonState

__all__ = ["FunnelComparison"]


class FunnelComparison(FunnelWidget):
    """The marketing funnel and the sales funnel on the same leads, side by side.

    One slider for the leads entering the marketing funnel and one per marketing
    step rate. The sales funnel is the same people seen by sales
    (:func:`~funnelkit.stages.sales_view`): each sales stage counts the people at
    the first marketing stage that feeds it (from
    :func:`~funnelkit.stages.stage_mapping`), so marketing hands its leads to
    sales at :data:`~funnelkit.stages.HANDOFF_STAGE`. The summary shows how the
    customers at the end change against the start. The numbers live in
    :attr:`state`, a :class:`~funnelkit.widgets.state.ComparisonState`.

    >>> comparison = FunnelComparison(leads=1000)
    >>> comparison.sales_table["count"].tolist()
    [1000, 400, 96, 24]
    >>> comparison.sliders[5].value = 1.0
    >>> comparison.customers, comparison.baseline_customers
    (48, 24)
    """

    DEFAULT_RATES: tuple[float, ...] = ComparisonState.DEFAULT_RATES

    def __init__(
        self,
        leads: int = 1000,
        rates: Sequence[float] | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        self.state = ComparisonState(leads, rates)
        self._syncing = False
        self.mapping = stage_mapping(self.lang)
        self.marketing_table: pd.DataFrame
        self.sales_table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.sliders = self._sliders()
        self.reset_button = self._reset_button()
        self.summary_html = widgets.HTML()
        self.chart_output = chart_output(34 * len(MARKETING_FUNNEL) + 170)
        self.children = self._layout()
        self.update()

    # ---- parts

    def _sliders(self) -> list[widgets.IntSlider | widgets.FloatSlider]:
        """The leads, then one step-rate slider per later marketing stage."""
        labels = MARKETING_FUNNEL.labels(self.lang)
        leads = self.state.leads
        sliders: list[widgets.IntSlider | widgets.FloatSlider] = [
            self._count_slider(leads, max(10, 2 * leads), labels[0])]
        sliders += [self._rate_slider(rate, label)
                    for label, rate in zip(labels[1:], self.state.rates, strict=True)]
        for slider in sliders:
            slider.observe(lambda _change: self._on_slider(), names="value")
        return sliders

    def _slider_rows(self) -> list[widgets.HBox]:
        """Each slider with who owns its stage, or the hand-off marker."""
        owners = dict(zip(self.mapping["marketing_stage"], self.mapping["owner"], strict=True))
        rows = []
        for key, slider in zip(MARKETING_FUNNEL.keys, self.sliders, strict=True):
            note = f"<i>{esc(owners[key])}</i>"
            if key == HANDOFF_STAGE:
                note = f"<b>◀ {esc(self._('Hand-off to sales'))}</b>"
            rows.append(widgets.HBox([slider, widgets.HTML(note)]))
        return rows

    def _layout(self) -> tuple[widgets.Widget, ...]:
        intro = self._("Marketing slider values are conversion rates from the previous stage. "
                       "The sales funnel follows the same people.")
        return (
            widgets.HTML(heading_html(self._("Marketing hands leads to sales"), intro)),
            *self._slider_rows(),
            self.reset_button,
            self.summary_html,
            self.chart_output,
        )

    def _repr_details(self) -> str:
        return f"leads={self.state.start_leads}"

    # ---- state

    @property
    def marketing_counts(self) -> list[int]:
        """People at each marketing stage, from the sliders."""
        return self.state.marketing_counts

    @property
    def sales_counts(self) -> list[int]:
        """People at each sales stage: :func:`~funnelkit.stages.sales_view` of the marketing
        counts."""
        return self.state.sales_counts

    @property
    def baseline_customers(self) -> int:
        """Customers at the start values."""
        return self.state.baseline_customers

    @property
    def table(self) -> pd.DataFrame:
        """Both tables in one: ``funnel`` (``"marketing"`` or ``"sales"``) and the columns
        of :func:`~funnelkit.metrics.conversion_table`."""
        return pd.concat(
            [self.marketing_table.assign(funnel="marketing"),
             self.sales_table.assign(funnel="sales")],
            ignore_index=True,
        )[["funnel", *self.marketing_table.columns]]

    @property
    def customers(self) -> int:
        """People who buy (the last stage of both funnels)."""
        return int(self.sales_table["count"].iloc[-1])

    def _on_slider(self) -> None:
        if self._syncing:
            return
        self.state.leads = int(self.sliders[0].value)
        self.state.rates = [float(slider.value) for slider in self.sliders[1:]]
        self.update()

    def reset(self) -> None:
        """Go back to the start values (one redraw)."""
        self.state.reset()
        with self.hold_sync():
            self._syncing = True
            try:
                self.sliders[0].value = self.state.leads
                for slider, rate in zip(self.sliders[1:], self.state.rates, strict=True):
                    slider.value = rate
            finally:
                self._syncing = False
        self.update()

    # ---- drawing

    def update(self) -> None:
        """Recompute both funnels from the sliders and redraw."""
        self.marketing_table = self.state.marketing_table
        self.sales_table = self.state.sales_table
        self.chart = charts.comparison_chart(self.sales_table, self.marketing_table,
                                             lang=self.lang)
        show_in(self.chart_output, self.chart)
        change = self.customers - self.baseline_customers
        tone = "good" if change > 0 else "bad" if change < 0 else "info"
        self.summary_html.value = status_html("\n".join(self._summary(change)), tone=tone)

    def _summary(self, change: int) -> list[str]:
        sign = "+" if change > 0 else ""
        return [
            self._("Marketing hands {count} leads to sales at {stage}.").format(
                count=format_count(self.state.handed_to_sales, self.lang),
                stage=MARKETING_FUNNEL[HANDOFF_STAGE].label(self.lang)),
            self._("Sales turns {rate} of them into customers.").format(
                rate=format_rate(self.state.closing_rate, self.lang)),
            self._("Customers: {count} (at the start: {start}, change: {change}).").format(
                count=format_count(self.customers, self.lang),
                start=format_count(self.baseline_customers, self.lang),
                change=sign + format_count(change, self.lang)),
        ]
