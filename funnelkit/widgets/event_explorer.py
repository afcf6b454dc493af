"""EventFunnelExplorer: a funnel from an event log, with steps, window and breakdown chosen."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import charts
from ..formatting import format_count, format_rate, stage_label, value_label
from ..i18n import N_
from .base import STYLE, FunnelWidget
from .display import chart_output, show_in
from .markup import heading_html, stage_table_html, status_html
from .state import EventFunnelState

__all__ = ["EventFunnelExplorer"]

# A Dropdown shows a None value as blank, so "" stands for "no step" / "no breakdown".
_NONE = ""


class EventFunnelExplorer(FunnelWidget):
    """A funnel from an event log: choose and order the steps, the window and a breakdown.

    *events* defaults to the bundled ``web_events`` log. Step *n* is chosen in the
    n-th dropdown (choose "—" to leave it out), so the order is the order of the
    dropdowns. The conversion window is in days; the breakdown shows one funnel
    per value of a segment column (such as ``channel``). Counts come from
    :func:`~funnelkit.events.funnel_counts`; results are cached, so going back to
    an earlier choice is instant. The choices live in :attr:`state`, an
    :class:`~funnelkit.widgets.state.EventFunnelState`.

    >>> import pandas as pd
    >>> log = pd.DataFrame({"user_id": [1, 1, 2], "event": ["visit", "buy", "visit"],
    ...     "timestamp": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-01"]),
    ...     "device": ["mobile", "mobile", "desktop"]})
    >>> explorer = EventFunnelExplorer(log)
    >>> explorer.table["count"].tolist()
    [2, 1]
    >>> explorer.breakdown.value = "device"
    >>> explorer.table["device"].tolist()
    ['desktop', 'desktop', 'mobile', 'mobile']
    """

    def __init__(
        self,
        events: pd.DataFrame | None = None,
        steps: Sequence[Hashable] | None = None,
        *,
        window_days: int = 30,
        by: str | None = None,
        user_col: str = "user_id",
        event_col: str = "event",
        time_col: str = "timestamp",
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        self.state = EventFunnelState(events, steps, window_days=window_days, by=by,
                                      user_col=user_col, event_col=event_col,
                                      time_col=time_col)
        self.table: pd.DataFrame | None = None
        self.chart: alt.TopLevelMixin | None = None
        self.step_dropdowns = self._step_dropdowns()
        self.window = self._window_slider()
        self.breakdown = self._breakdown_dropdown()
        for control in (*self.step_dropdowns, self.window, self.breakdown):
            control.observe(lambda _change: self._on_change(), names="value")
        self.message_html = widgets.HTML()
        self.chart_output = chart_output(34 * len(self.available) + 120)
        self.table_html = widgets.HTML()
        self.children = self._layout()
        self.update()

    # ---- parts

    def _step_dropdowns(self) -> list[widgets.Dropdown]:
        options = [("—", _NONE)] + [(stage_label(name, lang=self.lang), name)
                                    for name in self.available]
        return [
            widgets.Dropdown(
                options=options,
                value=_NONE if choice is None else choice,
                description=self._("Step {number}").format(number=position + 1),
                style={"description_width": "80px"}, layout={"width": "300px"},
            )
            for position, choice in enumerate(self.state.choices)
        ]

    def _window_slider(self) -> widgets.IntSlider:
        days = self.state.window_days
        return widgets.IntSlider(
            value=days, min=1, max=max(90, days),
            description=self._("Conversion window (days)"),
            style={"description_width": "210px"}, layout={"width": "560px"})

    def _breakdown_dropdown(self) -> widgets.Dropdown:
        return widgets.Dropdown(
            options=[(self._("No breakdown"), _NONE)]
            + [(value_label(name, self.lang), name) for name in self.state.segments],
            value=self.state.by or _NONE, description=self._("Breakdown"), style=STYLE,
            layout={"width": "360px"})

    def _layout(self) -> tuple[widgets.Widget, ...]:
        steps_box = widgets.Box(
            self.step_dropdowns,
            layout=widgets.Layout(display="flex", flex_flow="row wrap", width="100%"))
        return (
            widgets.HTML(heading_html(
                self._("Build a funnel from the event log"),
                self._("Choose the steps in order, the conversion window and a breakdown."))),
            steps_box,
            self.window,
            self.breakdown,
            self.message_html,
            self.chart_output,
            self.table_html,
        )

    def _repr_details(self) -> str:
        return f"steps={len(self.steps)}"

    # ---- state

    @property
    def events(self) -> pd.DataFrame:
        """The event log."""
        return self.state.events

    @property
    def available(self) -> list[Hashable]:
        """The events that occur in the log, in order of first occurrence (or category)."""
        return self.state.available

    @property
    def steps(self) -> list[Hashable]:
        """The chosen steps in order (a step chosen twice counts once)."""
        return self.state.steps

    def _on_change(self) -> None:
        self.state.choices = [None if dropdown.value == _NONE else dropdown.value
                              for dropdown in self.step_dropdowns]
        self.state.window_days = int(self.window.value)
        self.state.by = self.breakdown.value or None
        self.update()

    # ---- drawing

    def update(self) -> None:
        """Recompute the funnel from the current choices and redraw."""
        notes = []
        if self.state.repeated:
            notes.append(self._("A step chosen twice counts once, at its first place."))
        self.table = self.state.counts()
        if self.table is None:
            self.chart = None
            self.chart_output.outputs = ()
            self.table_html.value = ""
            self.message_html.value = status_html(self._("Choose at least one step."),
                                                  tone="bad")
            return
        self._draw(self.table)
        if self.state.by is None:
            notes.append(self._completion_note(self.table))
        self.message_html.value = status_html("\n".join(notes)) if notes else ""

    def _draw(self, table: pd.DataFrame) -> None:
        by = self.state.by
        funnel = self.state.funnel(self.lang)
        caption = self._("Funnel from the event log")
        if by is None:
            self.chart = charts.funnel_chart(table, funnel, title=N_("Funnel from the "
                                             "event log"), lang=self.lang)
        else:
            self.chart = charts.breakdown_chart(table, by, funnel, lang=self.lang)
        self.table_html.value = stage_table_html(table, funnel, self.lang, caption, segment=by)
        show_in(self.chart_output, self.chart)

    def _completion_note(self, table: pd.DataFrame) -> str:
        return self._("{count} people complete all {steps} steps within {days} days "
                      "({rate} of those who start).").format(
            count=format_count(int(table["count"].iloc[-1]), self.lang),
            steps=len(self.steps),
            days=self.state.window_days,
            rate=format_rate(float(table["overall_rate"].iloc[-1]), self.lang))
