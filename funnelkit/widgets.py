"""Interactive funnel explorers and quizzes for Jupyter, built on ipywidgets.

Every widget is an :class:`ipywidgets.VBox`, so a notebook displays it by leaving
it as the last expression of a cell. Widgets never compute metrics themselves:
they call :mod:`funnelkit.metrics` and :mod:`funnelkit.events` and draw with
:mod:`funnelkit.charts`. Their state is public for tests and for curious
learners: ``.table`` (the current DataFrame), ``.chart`` (the current altair
chart), ``.feedback`` (the quiz feedback as plain text) and the controls
themselves (``.sliders``, ``.reset_button`` ...), which can be driven from
Python (``slider.value = 400``, ``button.click()``).

All text is English source text passed through :func:`~funnelkit.i18n.gettext`
when the widget is built; the language is fixed then (``lang=``, or the current
language of :func:`funnelkit.set_language`). Quiz content is also English source
text, translated at display time, so questions marked with ``N_()`` elsewhere
appear in the learner's language.

Keyboard use: every control is a standard ipywidgets control (sliders take the
arrow keys, dropdowns, radio buttons, check boxes, list boxes and buttons take
Tab, arrows, Space and Enter); nothing needs a mouse or drag and drop.

How charts are drawn (why not ``with output: display(chart)``)
----------------------------------------------------------------
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

>>> explorer = FunnelExplorer([1000, 400, 100, 25], SALES_FUNNEL)
>>> explorer.bottleneck
'decision'
>>> explorer.sliders[2].value = 200
>>> explorer.table["count"].tolist()
[1000, 400, 200, 50]
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

import altair as alt
import ipywidgets as widgets
import pandas as pd
from babel.numbers import format_decimal

from . import charts, formatting
from .events import funnel_counts
from .i18n import N_, gettext, locale_name, resolve_language
from .metrics import bottleneck, conversion_table, what_if
from .stages import (
    HANDOFF_STAGE,
    MARKETING_FUNNEL,
    SALES_FUNNEL,
    Funnel,
    custom_funnel,
    stage_mapping,
)

__all__ = [
    "show_in",
    "FunnelExplorer",
    "FunnelComparison",
    "EventFunnelExplorer",
    "WhatIf",
    "Quiz",
    "StageOrder",
]

#: The MIME type JupyterLab renders natively and offline (Vega-Lite 5).
VEGALITE_MIME = "application/vnd.vegalite.v5+json"

#: The running-shoe shop of lesson 1: people at each sales funnel stage.
DEFAULT_COUNTS: tuple[int, ...] = (10_000, 1_200, 300, 90)

_STYLE = {"description_width": "170px"}
_SLIDER_LAYOUT = {"width": "520px"}
_TABLE_CSS = (
    "border-collapse:collapse;font-size:13px;"
)


# --------------------------------------------------------------------------- helpers


def show_in(output: widgets.Output, obj: Any) -> None:
    """Show *obj* (an altair chart, or anything with a MIME bundle) in *output*.

    Replaces whatever *output* showed, in one assignment to its ``outputs``
    trait, without display messages (see the module docstring for why).

    >>> import altair as alt, ipywidgets
    >>> out = ipywidgets.Output()
    >>> show_in(out, alt.Chart().mark_point())
    >>> sorted(out.outputs[0]["data"])
    ['application/vnd.vegalite.v5+json', 'text/plain']
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


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _chart_output(min_height: int) -> widgets.Output:
    """An Output for a chart; a minimum height keeps the page still while it redraws."""
    return widgets.Output(layout=widgets.Layout(min_height=f"{min_height}px"))


def _stage_table_html(
    table: pd.DataFrame, funnel: Funnel | None, lang: str, caption: str,
    segment: str | None = None,
) -> str:
    """A conversion table as an accessible HTML table with localised headers and numbers."""
    headers = [
        gettext("Stage", lang),
        gettext("People", lang),
        gettext("Conversion from the previous stage", lang),
        gettext("Conversion from the first stage", lang),
        gettext("Drop-off", lang),
    ]
    if segment is not None:
        headers.insert(0, formatting.value_label(segment, lang))
    cell = "padding:2px 8px;border-bottom:1px solid #ddd;"
    head = "".join(f'<th scope="col" style="{cell}text-align:left">{_esc(h)}</th>'
                   for h in headers)
    rows = []
    segments = table[segment].tolist() if segment is not None else [None] * len(table)
    for row, segment_value in zip(table.itertuples(index=False), segments, strict=True):
        values = [
            formatting.format_count(row.count, lang),
            formatting.format_rate(row.step_rate, lang),
            formatting.format_rate(row.overall_rate, lang),
            formatting.format_count(row.drop_off, lang),
        ]
        first = ""
        if segment is not None:
            shown = formatting.value_label(segment_value, lang)
            first = f'<td style="{cell}">{_esc(shown)}</td>'
        label = formatting.stage_label(str(row.stage), funnel, lang)
        numbers = "".join(f'<td style="{cell}text-align:right">{_esc(v)}</td>' for v in values)
        rows.append(f'<tr>{first}<th scope="row" style="{cell}text-align:left;font-weight:normal">'
                    f"{_esc(label)}</th>{numbers}</tr>")
    return (
        f'<table class="funnelkit-table" style="{_TABLE_CSS}">'
        f'<caption style="text-align:left;font-weight:bold;padding-bottom:4px">{_esc(caption)}'
        f"</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _status_html(text: str, *, tone: str = "info") -> str:
    """Feedback text in a polite live region (announced by screen readers)."""
    colours = {"info": "#0072B2", "good": "#009E73", "bad": "#D55E00", "none": "#444444"}
    body = "<br>".join(_esc(line) for line in text.split("\n"))
    return (f'<div role="status" aria-live="polite" style="border-left:4px solid '
            f'{colours[tone]};padding:4px 10px;margin:6px 0">{body}</div>')


def _resolve_funnel(counts: Any, funnel: Funnel | Sequence[str] | None) -> Funnel:
    """The funnel to label stages with: the given one, a known one, or a custom one."""
    if isinstance(funnel, Funnel):
        return funnel
    keys = conversion_table(counts, funnel)["stage"].tolist()
    for known in (SALES_FUNNEL, MARKETING_FUNNEL):
        if keys == known.keys:
            return known
    return custom_funnel(keys, labels=[formatting.stage_label(key) for key in keys])


def _chain(first: int, rates: Sequence[float]) -> list[int]:
    """Counts from the first count and the step rates, each rounded to whole people."""
    counts = [int(first)]
    for rate in rates:
        counts.append(min(counts[-1], int(round(counts[-1] * rate))))
    return counts


class _Widget(widgets.VBox):
    """Shared behaviour: a fixed language, a short stable repr, a translation helper."""

    def __init__(self, lang: str | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = resolve_language(lang)

    def _(self, message: str) -> str:
        return gettext(message, self.lang)

    def _repr_details(self) -> str:
        return ""

    def __repr__(self) -> str:
        details = self._repr_details()
        return f"{type(self).__name__}({details + ', ' if details else ''}lang={self.lang!r})"


# --------------------------------------------------------------------------- explorers


class FunnelExplorer(_Widget):
    """One slider per stage, a live funnel chart and table, the bottleneck named.

    *counts* (people per stage, as for :func:`~funnelkit.metrics.conversion_table`)
    and *funnel* give the starting point; the default is the running-shoe shop of
    lesson 1. With ``mode="count"`` every slider is a stage's count; with
    ``mode="rate"`` the first slider is the first stage's count and the others are
    step conversion rates. Moving a slider changes that stage; the later stages
    keep their conversion rates, so they follow. **Reset** restores the start.

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
        funnel: Funnel | Sequence[str] | None = None,
        *,
        mode: str = "count",
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        if mode not in ("count", "rate"):
            raise ValueError(f"mode must be 'count' or 'rate', not {mode!r}")
        if counts is None:
            counts = list(DEFAULT_COUNTS)
            funnel = SALES_FUNNEL if funnel is None else funnel
        start = conversion_table(counts, funnel)
        self.funnel = _resolve_funnel(counts, funnel)
        self.mode = mode
        self._start_first = int(start["count"].iloc[0])
        self._start_rates = [float(rate) for rate in start["step_rate"].iloc[1:]]
        self._first = self._start_first
        self._rates = list(self._start_rates)
        self._syncing = False

        labels = self.funnel.labels(self.lang)
        top = max(10, 2 * self._first)
        self.sliders: list[widgets.IntSlider | widgets.FloatSlider] = [
            widgets.IntSlider(value=self._first, min=0, max=top, description=labels[0],
                              style=_STYLE, layout=_SLIDER_LAYOUT)
        ]
        counts_now = _chain(self._first, self._rates)
        for position, label in enumerate(labels[1:], start=1):
            if mode == "count":
                slider: Any = widgets.IntSlider(
                    value=counts_now[position], min=0, max=counts_now[position - 1],
                    description=label, style=_STYLE, layout=_SLIDER_LAYOUT)
            else:
                slider = widgets.FloatSlider(
                    value=round(self._rates[position - 1], 3), min=0.0, max=1.0, step=0.01,
                    readout_format=".0%", description=label, style=_STYLE,
                    layout=_SLIDER_LAYOUT)
            self.sliders.append(slider)
        for position, slider in enumerate(self.sliders):
            slider.observe(self._on_slider(position), names="value")

        self.reset_button = widgets.Button(
            description=self._("Reset"), icon="undo", tooltip=self._("Back to the start values"))
        self.reset_button.on_click(lambda _button: self.reset())
        hint = (self._("Move a slider to change how many people reach a stage; the later "
                       "stages keep their conversion rates.") if mode == "count" else
                self._("Move a slider to change a stage's conversion rate from the previous "
                       "stage."))
        self.bottleneck_html = widgets.HTML()
        self.chart_output = _chart_output(34 * len(self.funnel) + 120)
        self.table_html = widgets.HTML()
        self.children = (
            widgets.HTML(f"<b>{_esc(self.funnel.title(self.lang))}</b> — {_esc(hint)}"),
            *self.sliders,
            self.reset_button,
            self.bottleneck_html,
            widgets.Box(
                [self.chart_output, self.table_html],
                layout=widgets.Layout(display="flex", flex_flow="row wrap",
                                      align_items="flex-start", grid_gap="16px"),
            ),
        )
        self.table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.bottleneck: str | None = None
        self.update()

    def _repr_details(self) -> str:
        return f"funnel={self.funnel.key!r}, mode={self.mode!r}"

    @property
    def counts(self) -> list[int]:
        """The current count of each stage, in funnel order."""
        return _chain(self._first, self._rates)

    def _on_slider(self, position: int) -> Callable[[dict[str, Any]], None]:
        def handler(change: dict[str, Any]) -> None:
            if self._syncing:
                return
            value = change["new"]
            if position == 0:
                self._first = int(value)
            elif self.mode == "rate":
                self._rates[position - 1] = float(value)
            else:
                previous = self.counts[position - 1]
                self._rates[position - 1] = 0.0 if previous == 0 else min(1.0, value / previous)
            self._sync_sliders()
            self.update()

        return handler

    def _sync_sliders(self) -> None:
        """Show the current state on every slider (without re-triggering updates)."""
        self._syncing = True
        try:
            counts = self.counts
            self.sliders[0].value = self._first
            for position, slider in enumerate(self.sliders[1:], start=1):
                if self.mode == "rate":
                    slider.value = round(self._rates[position - 1], 3)
                    continue
                value, top = counts[position], counts[position - 1]
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
        self._first = self._start_first
        self._rates = list(self._start_rates)
        self._sync_sliders()
        self.update()

    def update(self) -> None:
        """Recompute the table and the bottleneck and redraw (the sliders call this)."""
        counts = self.counts
        self.table = conversion_table(counts, self.funnel)
        self.bottleneck = bottleneck(counts, self.funnel) if len(counts) > 1 else None
        self.chart = charts.funnel_chart(self.table, self.funnel, bottleneck=self.bottleneck,
                                         lang=self.lang)
        show_in(self.chart_output, self.chart)
        self.table_html.value = _stage_table_html(self.table, self.funnel, self.lang,
                                                  self.funnel.title(self.lang))
        if self.bottleneck is None:
            self.bottleneck_html.value = ""
            return
        position = self.funnel.index(self.bottleneck)
        row = self.table.iloc[position]
        text = self._(
            "Bottleneck: {stage}. Only {rate} of the people at {previous} get this far."
        ).format(
            stage=self.funnel[position].label(self.lang),
            rate=formatting.format_rate(row["step_rate"], self.lang),
            previous=self.funnel[position - 1].label(self.lang),
        )
        self.bottleneck_html.value = _status_html(text, tone="bad")


class FunnelComparison(_Widget):
    """The marketing funnel and the sales funnel on the same leads, side by side.

    One slider for the leads entering the marketing funnel and one per marketing
    step rate. The sales funnel is the same people seen by sales: each sales
    stage counts the people at the first marketing stage that feeds it (from
    :func:`~funnelkit.stages.stage_mapping`), so marketing hands its leads to
    sales at :data:`~funnelkit.stages.HANDOFF_STAGE`. The summary shows how the
    customers at the end change against the start.

    >>> comparison = FunnelComparison(leads=1000)
    >>> comparison.sales_table["count"].tolist()
    [1000, 400, 96, 24]
    >>> comparison.sliders[5].value = 1.0
    >>> comparison.customers, comparison.baseline_customers
    (48, 24)
    """

    DEFAULT_RATES: tuple[float, ...] = (0.4, 0.6, 0.4, 0.5, 0.5)
    _resetting = False

    def __init__(
        self,
        leads: int = 1000,
        rates: Sequence[float] | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        rates = list(self.DEFAULT_RATES if rates is None else rates)
        if len(rates) != len(MARKETING_FUNNEL) - 1:
            raise ValueError(
                f"rates needs {len(MARKETING_FUNNEL) - 1} step rates, one for each marketing "
                f"stage after the first {MARKETING_FUNNEL.keys[1:]}, got {len(rates)}"
            )
        for rate in rates:
            if not 0.0 <= float(rate) <= 1.0:
                raise ValueError(f"every rate must be between 0 and 1, got {rate!r}")
        if int(leads) < 0:
            raise ValueError(f"leads must not be negative, got {leads!r}")
        self._start = (int(leads), [float(rate) for rate in rates])
        self.mapping = stage_mapping(self.lang)
        owners = dict(zip(self.mapping["marketing_stage"], self.mapping["owner"], strict=True))
        labels = MARKETING_FUNNEL.labels(self.lang)
        self.sliders: list[widgets.IntSlider | widgets.FloatSlider] = [
            widgets.IntSlider(value=int(leads), min=0, max=max(10, 2 * int(leads)),
                              description=labels[0], style=_STYLE, layout=_SLIDER_LAYOUT)
        ]
        for label, rate in zip(labels[1:], rates, strict=True):
            self.sliders.append(widgets.FloatSlider(
                value=float(rate), min=0.0, max=1.0, step=0.01, readout_format=".0%",
                description=label, style=_STYLE, layout=_SLIDER_LAYOUT))
        rows = []
        for key, slider in zip(MARKETING_FUNNEL.keys, self.sliders, strict=True):
            owner = owners[key]
            note = f"<i>{_esc(owner)}</i>"
            if key == HANDOFF_STAGE:
                note = f"<b>◀ {_esc(self._('Hand-off to sales'))}</b>"
            rows.append(widgets.HBox([slider, widgets.HTML(note)]))
            slider.observe(lambda _change: self.update(), names="value")
        self.reset_button = widgets.Button(description=self._("Reset"), icon="undo",
                                           tooltip=self._("Back to the start values"))
        self.reset_button.on_click(lambda _button: self.reset())
        intro = self._("Marketing slider values are conversion rates from the previous stage. "
                       "The sales funnel follows the same people.")
        self.summary_html = widgets.HTML()
        self.chart_output = _chart_output(34 * len(MARKETING_FUNNEL) + 170)
        self.children = (
            widgets.HTML(f"<b>{_esc(self._('Marketing hands leads to sales'))}</b> — "
                         f"{_esc(intro)}"),
            *rows,
            self.reset_button,
            self.summary_html,
            self.chart_output,
        )
        self.marketing_table: pd.DataFrame
        self.sales_table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.baseline_customers = int(_chain(int(leads), self._start[1])[-1])
        self.update()

    def _repr_details(self) -> str:
        return f"leads={self._start[0]}"

    @property
    def marketing_counts(self) -> list[int]:
        """People at each marketing stage, from the sliders."""
        return _chain(self.sliders[0].value, [slider.value for slider in self.sliders[1:]])

    @property
    def sales_counts(self) -> list[int]:
        """People at each sales stage: the first marketing stage feeding it."""
        marketing = dict(zip(MARKETING_FUNNEL.keys, self.marketing_counts, strict=True))
        counts: dict[str, int] = {}
        for row in self.mapping.itertuples(index=False):
            counts.setdefault(row.sales_stage, marketing[row.marketing_stage])
        return [counts[key] for key in SALES_FUNNEL.keys]

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

    def reset(self) -> None:
        """Go back to the start values (one redraw)."""
        leads, rates = self._start
        with self.hold_sync():
            self._resetting = True
            try:
                self.sliders[0].value = leads
                for slider, rate in zip(self.sliders[1:], rates, strict=True):
                    slider.value = rate
            finally:
                self._resetting = False
        self.update()

    def update(self) -> None:
        """Recompute both funnels from the sliders and redraw."""
        if self._resetting:
            return
        self.marketing_table = conversion_table(self.marketing_counts, MARKETING_FUNNEL)
        self.sales_table = conversion_table(self.sales_counts, SALES_FUNNEL)
        self.chart = charts.comparison_chart(self.sales_table, self.marketing_table,
                                             lang=self.lang)
        show_in(self.chart_output, self.chart)
        handoff = self.mapping.loc[self.mapping["handoff"]].iloc[0]
        sales_part = self.sales_table.set_index("stage")["count"]
        handed = int(sales_part[handoff["sales_stage"]])
        # The sales side's own conversion: from the hand-off to the purchase.
        closing = conversion_table(sales_part.loc[handoff["sales_stage"]:], None)
        change = self.customers - self.baseline_customers
        sign = "+" if change > 0 else ""
        lines = [
            self._("Marketing hands {count} leads to sales at {stage}.").format(
                count=formatting.format_count(handed, self.lang), stage=handoff["marketing_label"]),
            self._("Sales turns {rate} of them into customers.").format(
                rate=formatting.format_rate(closing["overall_rate"].iloc[-1], self.lang)),
            self._("Customers: {count} (at the start: {start}, change: {change}).").format(
                count=formatting.format_count(self.customers, self.lang),
                start=formatting.format_count(self.baseline_customers, self.lang),
                change=sign + formatting.format_count(change, self.lang)),
        ]
        tone = "good" if change > 0 else "bad" if change < 0 else "info"
        self.summary_html.value = _status_html("\n".join(lines), tone=tone)


class EventFunnelExplorer(_Widget):
    """A funnel from an event log: choose and order the steps, the window and a breakdown.

    *events* defaults to the bundled ``web_events`` log. Step *n* is chosen in the
    n-th dropdown (choose "—" to leave it out), so the order is the order of the
    dropdowns. The conversion window is in days; the breakdown shows one funnel
    per value of a segment column (such as ``channel``). Counts come from
    :func:`~funnelkit.events.funnel_counts`; results are cached, so going back to
    an earlier choice is instant.

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
        if events is None:
            from .datasets import load

            events = load("web_events")
        self.events = events
        self._columns = {"user_col": user_col, "event_col": event_col, "time_col": time_col}
        column = events[event_col]
        if isinstance(column.dtype, pd.CategoricalDtype):
            names = [name for name in column.cat.categories if (column == name).any()]
        else:
            names = list(dict.fromkeys(column.tolist()))
        self.available: list[Hashable] = names
        steps = list(names if steps is None else steps)
        unknown = [step for step in steps if step not in names]
        if unknown:
            raise ValueError(f"steps {unknown} do not occur in column {event_col!r}: {names}")
        segments = [
            name for name in events.columns
            if name not in (user_col, event_col, time_col)
            and (isinstance(events[name].dtype, pd.CategoricalDtype)
                 or pd.api.types.is_string_dtype(events[name].dtype)
                 or pd.api.types.is_object_dtype(events[name].dtype))
            and events[name].nunique() <= 12
        ]
        if by is not None and by not in segments:
            raise ValueError(f"by={by!r} is not a segment column; choose one of {segments}")

        # "" stands for "no step" / "no breakdown": a Dropdown shows a None value as blank.
        options = [("—", "")] + [(formatting.stage_label(name, lang=self.lang), name)
                                 for name in names]
        self.step_dropdowns = [
            widgets.Dropdown(
                options=options,
                value=steps[position] if position < len(steps) else "",
                description=self._("Step {number}").format(number=position + 1),
                style={"description_width": "80px"}, layout={"width": "300px"},
            )
            for position in range(len(names))
        ]
        self.window = widgets.IntSlider(
            value=int(window_days), min=1, max=max(90, int(window_days)),
            description=self._("Conversion window (days)"), style={"description_width": "210px"},
            layout={"width": "560px"})
        self.breakdown = widgets.Dropdown(
            options=[(self._("No breakdown"), "")]
            + [(formatting.value_label(name, self.lang), name) for name in segments],
            value=by or "", description=self._("Breakdown"), style=_STYLE,
            layout={"width": "360px"})
        for control in (*self.step_dropdowns, self.window, self.breakdown):
            control.observe(lambda _change: self.update(), names="value")
        self.message_html = widgets.HTML()
        self.chart_output = _chart_output(34 * len(names) + 120)
        self.table_html = widgets.HTML()
        steps_box = widgets.Box(
            self.step_dropdowns,
            layout=widgets.Layout(display="flex", flex_flow="row wrap", width="100%"))
        self.children = (
            widgets.HTML("<b>" + _esc(self._("Build a funnel from the event log")) + "</b> — "
                         + _esc(self._("Choose the steps in order, the conversion window and "
                                       "a breakdown."))),
            steps_box,
            self.window,
            self.breakdown,
            self.message_html,
            self.chart_output,
            self.table_html,
        )
        self._cache: dict[tuple[Any, ...], pd.DataFrame] = {}
        self.table: pd.DataFrame | None = None
        self.chart: alt.TopLevelMixin | None = None
        self.update()

    def _repr_details(self) -> str:
        return f"steps={len(self.steps)}"

    @property
    def steps(self) -> list[Hashable]:
        """The chosen steps in order (a step chosen twice counts once)."""
        chosen = [dropdown.value for dropdown in self.step_dropdowns if dropdown.value != ""]
        return list(dict.fromkeys(chosen))

    def _counts(self, steps: list[Hashable], days: int, by: str | None) -> pd.DataFrame:
        key = (tuple(steps), days, by)
        if key not in self._cache:
            if len(self._cache) >= 64:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = funnel_counts(self.events, steps, window=pd.Timedelta(days=days),
                                             by=by, **self._columns)
        return self._cache[key].copy()

    def update(self) -> None:
        """Recompute the funnel from the current choices and redraw."""
        steps = self.steps
        chosen = [dropdown.value for dropdown in self.step_dropdowns if dropdown.value != ""]
        notes = []
        if len(chosen) != len(steps):
            notes.append(self._("A step chosen twice counts once, at its first place."))
        if not steps:
            self.table = None
            self.chart = None
            self.chart_output.outputs = ()
            self.table_html.value = ""
            self.message_html.value = _status_html(self._("Choose at least one step."),
                                                   tone="bad")
            return
        by = self.breakdown.value or None
        self.table = self._counts(steps, int(self.window.value), by)
        funnel = custom_funnel([str(step) for step in steps],
                               labels=[formatting.stage_label(step, lang=self.lang)
                                       for step in steps])
        caption = self._("Funnel from the event log")
        if by is None:
            self.chart = charts.funnel_chart(self.table, funnel, title=N_("Funnel from the "
                                             "event log"), lang=self.lang)
            self.table_html.value = _stage_table_html(self.table, funnel, self.lang, caption)
        else:
            self.chart = charts.breakdown_chart(self.table, by, funnel, lang=self.lang)
            self.table_html.value = _stage_table_html(self.table, funnel, self.lang, caption,
                                                      segment=by)
        show_in(self.chart_output, self.chart)
        last = self.table.groupby(by).tail(1) if by is not None else self.table.tail(1)
        if by is None:
            row = last.iloc[0]
            notes.append(self._("{count} people complete all {steps} steps within {days} days "
                                "({rate} of those who start).").format(
                count=formatting.format_count(row["count"], self.lang), steps=len(steps),
                days=int(self.window.value),
                rate=formatting.format_rate(row["overall_rate"], self.lang)))
        self.message_html.value = _status_html("\n".join(notes)) if notes else ""


class WhatIf(_Widget):
    """Improve one stage by x % and see the extra customers and revenue.

    The stage's step conversion rate grows by the chosen percentage (capped at
    100 %); :func:`~funnelkit.metrics.what_if` computes the new funnel, the extra
    customers at the last stage and, with the revenue per customer, the extra
    revenue.

    >>> whatif = WhatIf([10_000, 1_200, 300, 90], SALES_FUNNEL, value_per_conversion=80)
    >>> whatif.stage.value = "decision"
    >>> whatif.uplift.value = 50
    >>> whatif.extra_customers, whatif.extra_revenue
    (45, 3600.0)
    """

    def __init__(
        self,
        counts: Any = None,
        funnel: Funnel | Sequence[str] | None = None,
        *,
        stage: str | None = None,
        uplift_percent: int = 10,
        value_per_conversion: float = 100.0,
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        if counts is None:
            counts = list(DEFAULT_COUNTS)
            funnel = SALES_FUNNEL if funnel is None else funnel
        self.counts = conversion_table(counts, funnel)["count"].tolist()
        self.funnel = _resolve_funnel(counts, funnel)
        if len(self.funnel) < 2:
            raise ValueError("WhatIf needs a funnel with at least two stages")
        choices = [(stage_.label(self.lang), stage_.key) for stage_ in self.funnel.stages[1:]]
        self.stage = widgets.Dropdown(
            options=choices,
            value=stage if stage is not None else bottleneck(self.counts, self.funnel),
            description=self._("Stage to improve"), style=_STYLE, layout={"width": "420px"})
        self.uplift = widgets.IntSlider(
            value=int(uplift_percent), min=0, max=200, step=1,
            description=self._("Improvement (%)"), style=_STYLE, layout=_SLIDER_LAYOUT)
        self.revenue = widgets.BoundedFloatText(
            value=float(value_per_conversion), min=0.0, max=1e9, step=10.0,
            description=self._("Revenue per customer"), style=_STYLE, layout={"width": "320px"})
        for control in (self.stage, self.uplift, self.revenue):
            control.observe(lambda _change: self.update(), names="value")
        self.result_html = widgets.HTML()
        self.chart_output = _chart_output(32 * len(self.funnel) + 100)
        intro = self._("Raise one stage's conversion rate from the previous stage; the later "
                       "stages keep their rates.")
        self.children = (
            widgets.HTML(f"<b>{_esc(self._('What if one stage improves?'))}</b> — "
                         f"{_esc(intro)}"),
            self.stage,
            self.uplift,
            self.revenue,
            self.result_html,
            self.chart_output,
        )
        self.table: pd.DataFrame
        self.chart: alt.TopLevelMixin
        self.update()

    def _repr_details(self) -> str:
        return f"funnel={self.funnel.key!r}"

    @property
    def extra_customers(self) -> int:
        """Extra people at the last stage."""
        return int(self.table["extra"].iloc[-1])

    @property
    def extra_revenue(self) -> float:
        """Extra customers times the revenue per customer."""
        return float(self.table["extra_revenue"].sum())

    def update(self) -> None:
        """Recompute the what-if table and redraw."""
        self.table = what_if(self.counts, self.stage.value, self.uplift.value / 100.0,
                             self.funnel, value_per_conversion=float(self.revenue.value))
        self.chart = charts.what_if_chart(self.table, self.funnel, lang=self.lang)
        show_in(self.chart_output, self.chart)
        locale = locale_name(self.lang)
        text = self._("Extra customers: {customers}. Extra revenue: {revenue}.").format(
            customers=("+" if self.extra_customers > 0 else "")
            + formatting.format_count(self.extra_customers, self.lang),
            revenue=format_decimal(round(self.extra_revenue, 2), locale=locale,
                                   format="#,##0.##"),
        )
        self.result_html.value = _status_html(
            text, tone="good" if self.extra_customers > 0 else "info")


# --------------------------------------------------------------------------- quizzes


class Quiz(_Widget):
    """A quiz question with an explanation for every option.

    *question*, *options* and *explanations* are English source texts, translated
    when the quiz is shown (mark them with ``N_()`` where they are defined).
    *correct* is the index of the right option, or a collection of indices for a
    multiple-choice question. *kind* is ``"single"``, ``"multiple"`` or
    ``"true_false"`` (default: ``"multiple"`` when *correct* is a collection);
    a true/false question without options gets "True" and "False".

    Single-choice and true/false questions give feedback as soon as an answer
    is chosen; multiple-choice questions when **Check** is pressed.
    :meth:`check` returns True, False, or None while nothing is chosen.

    >>> quiz = Quiz("2 + 2?", ["4", "5"], correct=0,
    ...             explanations=["Right: 2 + 2 = 4.", "5 is one too many."])
    >>> quiz.choice.value = 1
    >>> quiz.feedback
    'Not quite. 5 is one too many.'
    """

    def __init__(
        self,
        question: str,
        options: Sequence[str] | None,
        correct: int | Iterable[int],
        explanations: Sequence[str],
        *,
        kind: str | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(lang)
        if isinstance(correct, int) and not isinstance(correct, bool):
            right = {correct}
            kind = kind or "single"
        else:
            right = {int(index) for index in correct}  # type: ignore[union-attr]
            kind = kind or "multiple"
        if kind not in ("single", "multiple", "true_false"):
            raise ValueError(f"kind must be 'single', 'multiple' or 'true_false', not {kind!r}")
        if options is None:
            if kind != "true_false":
                raise ValueError("options are required unless kind='true_false'")
            options = [N_("True"), N_("False")]
        options = list(options)
        explanations = list(explanations)
        if len(options) < 2:
            raise ValueError("a quiz needs at least two options")
        if len(explanations) != len(options):
            raise ValueError(
                f"give one explanation per option: {len(options)} options, "
                f"{len(explanations)} explanations"
            )
        if not right or not all(0 <= index < len(options) for index in right):
            raise ValueError(f"correct must index the options 0..{len(options) - 1}")
        if kind != "multiple" and len(right) != 1:
            raise ValueError(f"a {kind} question has exactly one correct option")
        self.kind = kind
        self.question = question
        self.options = options
        self.explanations = explanations
        self.correct_indices = frozenset(right)
        self.feedback = ""
        self.feedback_html = widgets.HTML()
        prompt = widgets.HTML(f"<b>{_esc(self._(question))}</b>")
        shown = [self._(option) for option in options]
        if kind == "multiple":
            self.boxes = [widgets.Checkbox(value=False, description=text, indent=False)
                          for text in shown]
            self.check_button = widgets.Button(description=self._("Check"), icon="check",
                                               button_style="primary")
            self.check_button.on_click(lambda _button: self._show_feedback())
            choose_all = self._("Choose all answers that apply.")
            hint = widgets.HTML(f"<i>{_esc(choose_all)}</i>")
            self.children = (prompt, hint, *self.boxes, self.check_button, self.feedback_html)
        else:
            self.choice = widgets.RadioButtons(
                options=[(text, index) for index, text in enumerate(shown)], value=None,
                layout={"width": "max-content"})
            self.choice.observe(lambda _change: self._show_feedback(), names="value")
            self.children = (prompt, self.choice, self.feedback_html)

    @classmethod
    def from_question(cls, question: Any, *, lang: str | None = None) -> Quiz:
        """A quiz from a :class:`funnelkit.quizzes.Question` (prompt, choices, kind).

        >>> from funnelkit.quizzes import question
        >>> Quiz.from_question(question("00-start-here", "how-to-run")).kind
        'single'
        """
        choices = list(question.choices)
        right = [index for index, choice in enumerate(choices) if choice.correct]
        return cls(
            question.prompt,
            [choice.text for choice in choices],
            right[0] if question.kind != "multiple" else right,
            [choice.explanation for choice in choices],
            kind=question.kind,
            lang=lang,
        )

    def _repr_details(self) -> str:
        return f"kind={self.kind!r}, options={len(self.options)}"

    @property
    def selected(self) -> list[int]:
        """The indices of the chosen options."""
        if self.kind == "multiple":
            return [index for index, box in enumerate(self.boxes) if box.value]
        return [] if self.choice.value is None else [int(self.choice.value)]

    def answer(self, *indices: int) -> bool | None:
        """Choose the options *indices* (as a learner would) and return :meth:`check`."""
        if self.kind == "multiple":
            for index, box in enumerate(self.boxes):
                box.value = index in indices
            self.check_button.click()
        else:
            if len(indices) != 1:
                raise ValueError(f"a {self.kind} question takes exactly one answer")
            self.choice.value = indices[0]
        return self.check()

    def check(self) -> bool | None:
        """True if the chosen options are exactly the right ones; None if none is chosen."""
        chosen = set(self.selected)
        if not chosen:
            return None
        return chosen == self.correct_indices

    def _show_feedback(self) -> None:
        result = self.check()
        if result is None:
            text = (self._("Choose at least one answer first.") if self.kind == "multiple"
                    else self._("Choose an answer first."))
            self.feedback = text
            self.feedback_html.value = _status_html(text, tone="none")
            return
        verdict = self._("Correct!") if result else self._("Not quite.")
        if self.kind != "multiple":
            text = f"{verdict} {self._(self.explanations[self.selected[0]])}"
        else:
            chosen = set(self.selected)
            lines = [verdict]
            for index, option in enumerate(self.options):
                if index in chosen or index in self.correct_indices:
                    mark = "✓" if index in self.correct_indices else "✗"
                    missed = "" if index in chosen else " " + self._("(not chosen)")
                    lines.append(f"{mark} {self._(option)}{missed}: "
                                 f"{self._(self.explanations[index])}")
            text = "\n".join(lines)
        self.feedback = text
        self.feedback_html.value = _status_html(text, tone="good" if result else "bad")


class StageOrder(_Widget):
    """Put the shuffled stages of a funnel in the right order.

    The stages are shuffled with a seeded random generator (the same *seed* gives
    the same puzzle, never already solved). Select a stage in the list, move it
    with **Move up** / **Move down** (or :meth:`move`), then press **Check**.

    >>> puzzle = StageOrder(SALES_FUNNEL, seed=1)
    >>> puzzle.order
    ['action', 'awareness', 'decision', 'interest']
    >>> puzzle.move("action", 3); puzzle.move("interest", -1)
    >>> puzzle.check()
    True
    >>> puzzle.feedback
    'Correct! Awareness → Interest → Decision → Action'
    """

    def __init__(self, funnel: Funnel = SALES_FUNNEL, *, seed: int = 0,
                 lang: str | None = None) -> None:
        super().__init__(lang)
        if len(funnel) < 2:
            raise ValueError("StageOrder needs a funnel with at least two stages")
        self.funnel = funnel
        self.seed = seed
        order = list(funnel.keys)
        random.Random(seed).shuffle(order)
        if order == funnel.keys:
            order = order[1:] + order[:1]
        self._start = list(order)
        self.order: list[str] = order
        self.feedback = ""
        self.listbox = widgets.Select(rows=len(funnel), layout={"width": "320px"})
        self.up_button = widgets.Button(description=self._("Move up"), icon="arrow-up")
        self.down_button = widgets.Button(description=self._("Move down"), icon="arrow-down")
        self.check_button = widgets.Button(description=self._("Check"), icon="check",
                                           button_style="primary")
        self.up_button.on_click(lambda _button: self._move_selected(-1))
        self.down_button.on_click(lambda _button: self._move_selected(1))
        self.check_button.on_click(lambda _button: self.check())
        self.feedback_html = widgets.HTML()
        question = self._("Put the stages of the {funnel} in the right order, from the first "
                          "to the last.").format(funnel=funnel.title(self.lang))
        self.children = (
            widgets.HTML(f"<b>{_esc(question)}</b>"),
            widgets.HBox([
                self.listbox,
                widgets.VBox([self.up_button, self.down_button, self.check_button]),
            ]),
            self.feedback_html,
        )
        self._refresh(order[0])

    def _repr_details(self) -> str:
        return f"funnel={self.funnel.key!r}, seed={self.seed!r}"

    def _refresh(self, selected: str) -> None:
        self.listbox.options = [(self.funnel[key].label(self.lang), key) for key in self.order]
        self.listbox.value = selected

    def _move_selected(self, delta: int) -> None:
        if self.listbox.value is not None:
            self.move(self.listbox.value, delta)

    def move(self, key: str, delta: int) -> None:
        """Move stage *key* by *delta* places (negative: up), within the list."""
        if key not in self.order:
            raise KeyError(f"{key!r} is not one of the stages {self.order}")
        position = self.order.index(key)
        target = min(max(position + int(delta), 0), len(self.order) - 1)
        self.order.insert(target, self.order.pop(position))
        self.feedback = ""
        self.feedback_html.value = ""
        self._refresh(key)

    def check(self) -> bool:
        """Whether the order is right; shows localised feedback."""
        right = self.order == self.funnel.keys
        if right:
            text = self._("Correct!") + " " + " → ".join(self.funnel.labels(self.lang))
        else:
            placed = sum(a == b for a, b in zip(self.order, self.funnel.keys, strict=True))
            first_wrong = next(position for position, (a, b) in
                               enumerate(zip(self.order, self.funnel.keys, strict=True))
                               if a != b)
            text = self._("Not yet: {placed} of {total} stages are in the right place.").format(
                placed=placed, total=len(self.order))
            text += " " + self._("Hint: {stage} does not belong in place {number}.").format(
                stage=self.funnel[self.order[first_wrong]].label(self.lang),
                number=first_wrong + 1)
        self.feedback = text
        self.feedback_html.value = _status_html(text, tone="good" if right else "bad")
        return right
