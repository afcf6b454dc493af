"""Altair charts of funnels, in the learner's language.

Every chart takes the tidy frames that :mod:`funnelkit.metrics` and
:mod:`funnelkit.events` return and never computes a metric itself. The frames are
aggregated (one row per stage, per segment or per period), so a chart embeds a
few dozen rows at most, never an event log; a frame with more than
:data:`MAX_ROWS` rows is refused.

Titles, axis titles, tooltips and stage labels are English source texts passed
through :func:`~funnelkit.i18n.gettext` when the chart is built, so they follow
:func:`funnelkit.set_language` (or the ``lang=`` argument). Numbers in labels and
tooltips are formatted for that language with Babel; axes use formats that read
the same in every language (plain integers, whole percentages, ISO dates).

Every chart carries a top-level Vega-Lite ``description`` that summarises what
it shows; vega-embed uses it as the chart's ``aria-label`` for screen readers.

Importing this module changes no global state. :func:`enable` opts in to the
``"funnelkit"`` altair theme (the colour-blind-safe Okabe-Ito palette) and
altair's ``"mimetype"`` renderer, whose output JupyterLab renders offline and
which nbval compares exactly; the course's notebook set-up cell calls it.
Numbers and labels are formatted by :mod:`funnelkit.formatting`.

>>> from funnelkit import SALES_FUNNEL
>>> from funnelkit.metrics import conversion_table
>>> chart = funnel_chart(conversion_table([1000, 400, 100, 25], SALES_FUNNEL))
>>> chart.to_dict()["description"][:53]
'Sales funnel: a bar chart with one bar per stage, in '
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
from altair.theme import ThemeConfig

from .formatting import format_count, format_number, format_rate, stage_label, value_label
from .i18n import gettext, resolve_language
from .stages import (
    EXTENDED_MARKETING_FUNNEL,
    MARKETING_FUNNEL,
    SALES_FUNNEL,
    Funnel,
    sales_view,
    stage_mapping,
)

__all__ = [
    "OKABE_ITO",
    "PALETTE",
    "MAX_ROWS",
    "THEME",
    "enable",
    "disable",
    "funnel_chart",
    "comparison_chart",
    "drop_off_chart",
    "time_to_convert_chart",
    "breakdown_chart",
    "conversion_over_time_chart",
    "what_if_chart",
]

#: The Okabe-Ito palette (Okabe and Ito, 2008): distinguishable with every common
#: form of colour blindness.
OKABE_ITO: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "bluish_green": "#009E73",
    "vermillion": "#D55E00",
    "sky_blue": "#56B4E9",
    "reddish_purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}

#: Category colours in the order charts use them (yellow last: low contrast on white).
PALETTE: tuple[str, ...] = tuple(OKABE_ITO.values())

#: The most rows a chart embeds; aggregate larger data first.
MAX_ROWS = 200

#: The name of the altair theme that :func:`enable` registers and enables.
THEME = "funnelkit"

_BASE = OKABE_ITO["blue"]
_ACCENT = OKABE_ITO["vermillion"]
_WIDTH = 340


# --------------------------------------------------------------------------- theme


def _theme() -> ThemeConfig:
    """The funnelkit altair theme: Okabe-Ito colours, readable sizes, no view border."""
    return {
        "config": {
            "view": {"continuousWidth": _WIDTH, "continuousHeight": 220, "stroke": None},
            "range": {"category": list(PALETTE)},
            "mark": {"color": _BASE},
            "bar": {"color": _BASE},
            "line": {"color": _BASE, "strokeWidth": 2},
            "point": {"color": _BASE, "filled": True, "size": 50},
            "text": {"fontSize": 12, "color": "#222222"},
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "labelColor": "#222222",
                "titleColor": "#222222",
                "labelLimit": 220,
                "gridColor": "#E5E5E5",
            },
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "title": {
                "fontSize": 15,
                "anchor": "start",
                "subtitleFontSize": 12,
                "subtitleColor": "#444444",
            },
        }
    }


# What was active before enable(): (theme, renderer), restored by disable().
_before_enable: tuple[str, str] | None = None


def enable() -> None:
    """Use the funnelkit theme and altair's ``"mimetype"`` renderer from now on.

    Registers the ``"funnelkit"`` theme (if needed) and enables it and the
    ``"mimetype"`` renderer, whose output JupyterLab renders offline and which
    nbval compares exactly. Importing this module changes nothing; the course's
    notebook set-up cell calls this. :func:`disable` restores what was active before.

    >>> import altair as alt
    >>> enable()
    >>> alt.theme.active, alt.renderers.active
    ('funnelkit', 'mimetype')
    >>> disable()
    """
    global _before_enable
    if THEME not in alt.theme.names():
        alt.theme.register(THEME, enable=False)(_theme)
    if _before_enable is None:
        _before_enable = (alt.theme.active, alt.renderers.active)
    alt.theme.enable(THEME)
    alt.renderers.enable("mimetype")


def disable() -> None:
    """Restore the altair theme and renderer that were active before :func:`enable`.

    Does nothing if :func:`enable` was not called (or after a previous ``disable()``).

    >>> import altair as alt
    >>> before = alt.theme.active, alt.renderers.active
    >>> enable(); disable()
    >>> (alt.theme.active, alt.renderers.active) == before
    True
    """
    global _before_enable
    if _before_enable is None:
        return
    theme, renderer = _before_enable
    _before_enable = None
    alt.theme.enable(theme)
    alt.renderers.enable(renderer)


# --------------------------------------------------------------------------- helpers


def _require(frame: pd.DataFrame, columns: Sequence[str], func: str, hint: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{func}: expected a pandas DataFrame ({hint}), not {type(frame).__name__}")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(
            f"{func}: the frame has no column(s) {', '.join(map(repr, missing))}; pass {hint}"
        )
    if len(frame) > MAX_ROWS:
        raise ValueError(
            f"{func}: the frame has {len(frame)} rows, more than MAX_ROWS={MAX_ROWS}; charts "
            "embed their data in the notebook, so aggregate first (for example with "
            "funnelkit.events.funnel_counts)"
        )
    if len(frame) == 0:
        raise ValueError(f"{func}: the frame is empty")


def _infer_funnel(keys: Sequence[str], funnel: Funnel | None) -> Funnel | None:
    if funnel is not None:
        return funnel
    for known in (SALES_FUNNEL, MARKETING_FUNNEL, EXTENDED_MARKETING_FUNNEL):
        if list(keys) == known.keys:
            return known
    return None


def _round(values: Any) -> list[float]:
    """Floats rounded to 6 decimals, so the embedded JSON is short and stable."""
    return [round(float(value), 6) for value in values]


def _unit(
    mark: dict[str, Any], data: Any = alt.Undefined, **encoding: Any
) -> alt.Chart:
    """A unit chart built with constructors (several times faster than the fluent API,
    which copies and validates at every step; the JSON is the same)."""
    return alt.Chart(data=data, mark=alt.MarkDef(**mark),
                     encoding=alt.FacetedEncoding(**encoding))


def _stage_frame(
    table: pd.DataFrame, funnel: Funnel | None, lang: str, rate: str
) -> pd.DataFrame:
    """One row per stage with its label and the formatted texts the marks show."""
    keys = [str(key) for key in table["stage"]]
    counts = [int(value) for value in table["count"]]
    rates = _round(table[rate])
    step = _round(table["step_rate"]) if "step_rate" in table else rates
    overall = _round(table["overall_rate"]) if "overall_rate" in table else rates
    count_text = [format_count(value, lang) for value in counts]
    rate_text = [format_rate(value, lang) for value in rates]
    text = [
        c if position == 0 and rate == "step_rate" else f"{c} ({r})"
        for position, (c, r) in enumerate(zip(count_text, rate_text, strict=True))
    ]
    return pd.DataFrame(
        {
            "position": range(1, len(keys) + 1),
            "stage": keys,
            "label": [stage_label(key, funnel, lang) for key in keys],
            "count": counts,
            "rate": rates,
            "count_text": count_text,
            "step_text": [format_rate(value, lang) for value in step],
            "overall_text": [format_rate(value, lang) for value in overall],
            "text": text,
        }
    )


def _stage_tooltips(lang: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("label:N", title=gettext("Stage", lang)),
        alt.Tooltip("count_text:N", title=gettext("People", lang)),
        alt.Tooltip("step_text:N", title=gettext("Conversion from the previous stage", lang)),
        alt.Tooltip("overall_text:N", title=gettext("Conversion from the first stage", lang)),
    ]


def _rate_phrase(rate: str, lang: str) -> str:
    if rate == "step_rate":
        return gettext("of the previous stage", lang)
    return gettext("of the first stage", lang)


def _describe_stages(frame: pd.DataFrame, rate: str, lang: str) -> str:
    # Translators: one stage in a chart description, e.g. "Interest: 400 people (40% ...)".
    template = gettext("{stage}: {count} people ({rate} {phrase})", lang)
    # Translators: the first stage in a chart description; it has no rate.
    first = gettext("{stage}: {count} people", lang)
    phrase = _rate_phrase(rate, lang)
    parts = [
        template.format(stage=row.label, count=row.count_text, rate=rate_text, phrase=phrase)
        if position else first.format(stage=row.label, count=row.count_text)
        for position, (row, rate_text) in enumerate(zip(
            frame.itertuples(index=False), frame["step_text" if rate == "step_rate" else
                                                 "overall_text"], strict=True
        ))
    ]
    return "; ".join(parts) + "."


def _funnel_bars(
    frame: pd.DataFrame,
    lang: str,
    *,
    color: alt.Color | dict[str, Any],
    width: int = _WIDTH,
    **properties: Any,
) -> alt.LayerChart:
    """Horizontal bars in funnel order with count (rate) labels right of each bar."""
    shared = {
        "y": alt.Y("label:N", sort=frame["label"].tolist(), title=None,
                   axis=alt.Axis(labelFontWeight="bold")),
        "tooltip": _stage_tooltips(lang),
    }
    bars = _unit(
        {"type": "bar", "height": {"band": 0.8}},
        x=alt.X("count:Q", title=gettext("People", lang),
                axis=alt.Axis(format="d", tickMinStep=1), scale=alt.Scale(nice=True)),
        color=color,
        **shared,
    )
    labels = _unit({"type": "text", "align": "left", "baseline": "middle", "dx": 4},
                   x=alt.X("count:Q"), text=alt.Text("text:N"), **shared)
    return alt.LayerChart(data=frame, layer=[bars, labels], width=width,
                          height=alt.Step(34), **properties)


# --------------------------------------------------------------------------- charts


def funnel_chart(
    table: pd.DataFrame,
    funnel: Funnel | None = None,
    *,
    rate: str = "step_rate",
    bottleneck: str | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> alt.LayerChart:
    """A funnel as horizontal bars, one per stage in funnel order, with labels.

    *table* is a :func:`~funnelkit.metrics.conversion_table` (or
    :func:`~funnelkit.events.funnel_counts`) result. Each bar is labelled with its
    count and *rate* (``"step_rate"``: share of the previous stage, or
    ``"overall_rate"``: share of the first stage). *bottleneck*, a stage key (for
    example from :func:`~funnelkit.metrics.bottleneck`), is drawn in the accent
    colour and named in its label, so it stands out without relying on colour.

    *funnel* gives the stage labels; without it the sales and marketing stages
    and the bundled web events are recognised by their keys. *title* is an English
    source text (translated); the default is the funnel's name.

    >>> from funnelkit.metrics import conversion_table
    >>> table = conversion_table({"visit": 200, "sign_up": 50, "purchase": 10})
    >>> chart = funnel_chart(table, bottleneck="purchase")
    >>> [row["text"] for row in chart.data.to_dict("records")]
    ['200', '50 (25%)', '10 (20%) · Bottleneck']
    """
    lang = resolve_language(lang)
    _require(table, ["stage", "count", rate], "funnel_chart", "a conversion_table result")
    funnel = _infer_funnel([str(key) for key in table["stage"]], funnel)
    frame = _stage_frame(table, funnel, lang, rate)
    stage_role = gettext("Stage", lang)
    bottleneck_role = gettext("Bottleneck", lang)
    if bottleneck is not None:
        if bottleneck not in frame["stage"].tolist():
            raise ValueError(
                f"funnel_chart: bottleneck {bottleneck!r} is not one of the stages "
                f"{frame['stage'].tolist()}"
            )
        hit = frame["stage"] == bottleneck
        frame["role"] = np.where(hit, bottleneck_role, stage_role)
        frame.loc[hit, "text"] = frame.loc[hit, "text"] + " · " + bottleneck_role
        color: Any = alt.Color(
            "role:N",
            title=None,
            scale=alt.Scale(domain=[stage_role, bottleneck_role], range=[_BASE, _ACCENT]),
        )
    else:
        color = alt.value(_BASE)
    name = gettext(title, lang) if title else (
        funnel.title(lang) if funnel is not None else gettext("Funnel", lang)
    )
    subtitle = gettext("Labels: people (share of the previous stage)", lang) if (
        rate == "step_rate") else gettext("Labels: people (share of the first stage)", lang)
    # Translators: the start of a chart description for screen readers.
    description = gettext("{title}: a bar chart with one bar per stage, in funnel order.",
                          lang).format(title=name)
    description += " " + _describe_stages(frame, rate, lang)
    if bottleneck is not None:
        description += " " + gettext("The bottleneck is {stage}.", lang).format(
            stage=frame.loc[frame["stage"] == bottleneck, "label"].iloc[0]
        )
    return _funnel_bars(frame, lang, color=color, title=alt.TitleParams(name, subtitle=subtitle),
                        description=description)


def _sales_owners(marketing_owners: dict[str, str]) -> dict[str, str]:
    """Who owns each sales stage: the owner of the marketing stage where it starts.

    Where a sales stage starts is :func:`~funnelkit.stages.sales_view`'s rule; it is
    read off by passing each marketing stage's distance from the end as its "count"
    (n, n-1, ..., 1: a valid funnel), so ``n - value`` is the position it starts at.
    """
    keys = MARKETING_FUNNEL.keys
    starts = sales_view(list(range(len(keys), 0, -1)))
    return {
        sales_key: marketing_owners[keys[len(keys) - start]]
        for sales_key, start in zip(SALES_FUNNEL.keys, starts, strict=True)
    }


def comparison_chart(
    sales: pd.DataFrame,
    marketing: pd.DataFrame,
    *,
    title: str | None = None,
    lang: str | None = None,
) -> alt.HConcatChart:
    """The marketing funnel and the sales funnel side by side, hand-off marked.

    *sales* and *marketing* are :func:`~funnelkit.metrics.conversion_table`
    results for :data:`~funnelkit.stages.SALES_FUNNEL` and
    :data:`~funnelkit.stages.MARKETING_FUNNEL`. Bars are coloured by who owns the
    stage (from :func:`~funnelkit.stages.stage_mapping`); the marketing stage where
    leads are handed to sales (:data:`~funnelkit.stages.HANDOFF_STAGE`) and the
    sales stage it feeds are labelled as the hand-off.

    >>> from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL
    >>> from funnelkit.metrics import conversion_table
    >>> chart = comparison_chart(conversion_table([1000, 400, 100, 25], SALES_FUNNEL),
    ...     conversion_table([1000, 400, 250, 100, 50, 25], MARKETING_FUNNEL))
    >>> len(chart.hconcat)
    2
    """
    lang = resolve_language(lang)
    hint = "conversion_table results for SALES_FUNNEL and MARKETING_FUNNEL"
    _require(sales, ["stage", "count", "step_rate"], "comparison_chart", hint)
    _require(marketing, ["stage", "count", "step_rate"], "comparison_chart", hint)
    for frame, funnel in ((sales, SALES_FUNNEL), (marketing, MARKETING_FUNNEL)):
        if [str(key) for key in frame["stage"]] != funnel.keys:
            raise ValueError(
                f"comparison_chart: expected the stages {funnel.keys} of the {funnel.key} "
                f"funnel, got {frame['stage'].tolist()}"
            )
    mapping = stage_mapping(lang)
    handoff = mapping.loc[mapping["handoff"]].iloc[0]
    owners: dict[str, str] = dict(zip(mapping["marketing_stage"], mapping["owner"], strict=True))
    sales_owner = _sales_owners(owners)
    owner_order = list(dict.fromkeys(mapping["owner"]))
    handoff_text = gettext("Hand-off to sales", lang)
    takeover_text = gettext("Sales takes over", lang)

    panels = []
    stated = []  # each funnel's stages in words, for the description
    for frame, funnel, owner_of, marker_stage, marker in (
        (marketing, MARKETING_FUNNEL, owners, handoff["marketing_stage"], handoff_text),
        (sales, SALES_FUNNEL, sales_owner, handoff["sales_stage"], takeover_text),
    ):
        data = _stage_frame(frame, funnel, lang, "step_rate")
        stated.append(funnel.title(lang) + ": " + _describe_stages(data, "step_rate", lang))
        data["owner"] = [owner_of[key] for key in data["stage"]]
        hit = data["stage"] == marker_stage
        data.loc[hit, "text"] = data.loc[hit, "text"] + " ◀ " + marker
        color = alt.Color(
            "owner:N",
            title=gettext("Who owns the stage", lang),
            scale=alt.Scale(domain=owner_order, range=list(PALETTE[: len(owner_order)])),
        )
        panels.append(_funnel_bars(data, lang, color=color, width=230,
                                   title=funnel.title(lang)))
    name = gettext(title, lang) if title else gettext(
        "Marketing hands leads to sales", lang
    )
    description = " ".join(
        [
            gettext(
                "Two bar charts side by side: the marketing funnel with six stages and the "
                "sales funnel with four stages, bars coloured by who owns the stage.",
                lang,
            ),
            gettext(
                "Marketing hands leads to sales at {marketing_stage}, which feeds the sales "
                "stage {sales_stage}.",
                lang,
            ).format(
                marketing_stage=handoff["marketing_label"], sales_stage=handoff["sales_label"]
            ),
            *stated,
        ]
    )
    return alt.HConcatChart(
        hconcat=panels,
        spacing=40,
        resolve=alt.Resolve(scale=alt.ScaleResolveMap(color="shared")),
        title=alt.TitleParams(
            name, subtitle=gettext("Labels: people (share of the previous stage)", lang)
        ),
        description=description,
    )


def drop_off_chart(
    table: pd.DataFrame,
    funnel: Funnel | None = None,
    *,
    bottleneck: str | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> alt.LayerChart:
    """How many people leave between each pair of stages, one bar per step.

    *table* is a :func:`~funnelkit.metrics.conversion_table` result; each bar is a
    step ("Awareness → Interest") labelled with the drop-off and the drop-off
    rate. *bottleneck* (the stage key a step leads into) is highlighted.

    >>> from funnelkit.metrics import conversion_table
    >>> chart = drop_off_chart(conversion_table({"visit": 200, "sign_up": 50}))
    >>> chart.data.to_dict("records")[0]["text"]
    '150 (75%)'
    """
    lang = resolve_language(lang)
    _require(table, ["stage", "count", "drop_off", "drop_off_rate"], "drop_off_chart",
             "a conversion_table result")
    if len(table) < 2:
        raise ValueError("drop_off_chart: a drop-off needs at least two stages")
    keys = [str(key) for key in table["stage"]]
    funnel = _infer_funnel(keys, funnel)
    labels = [stage_label(key, funnel, lang) for key in keys]
    drops = [int(value) for value in table["drop_off"]][1:]
    rates = _round(table["drop_off_rate"])[1:]
    frame = pd.DataFrame(
        {
            "position": range(1, len(keys)),
            "stage": keys[1:],
            "step": [f"{a} → {b}" for a, b in zip(labels[:-1], labels[1:], strict=True)],
            "drop_off": drops,
            "drop_off_text": [format_count(value, lang) for value in drops],
            "rate_text": [format_rate(value, lang) for value in rates],
        }
    )
    frame["text"] = frame["drop_off_text"] + " (" + frame["rate_text"] + ")"
    lost_role, bottleneck_role = gettext("Drop-off", lang), gettext("Bottleneck", lang)
    frame["role"] = lost_role
    if bottleneck is not None:
        if bottleneck not in frame["stage"].tolist():
            raise ValueError(
                f"drop_off_chart: bottleneck {bottleneck!r} is not a stage after the first: "
                f"{frame['stage'].tolist()}"
            )
        hit = frame["stage"] == bottleneck
        frame.loc[hit, "role"] = bottleneck_role
        frame.loc[hit, "text"] = frame.loc[hit, "text"] + " · " + bottleneck_role
    domain = [lost_role] + ([bottleneck_role] if bottleneck is not None else [])
    shared = {
        "y": alt.Y("step:N", sort=frame["step"].tolist(), title=None),
        "tooltip": [
            alt.Tooltip("step:N", title=gettext("Step", lang)),
            alt.Tooltip("drop_off_text:N", title=gettext("People lost", lang)),
            alt.Tooltip("rate_text:N", title=gettext("Drop-off rate", lang)),
        ],
    }
    bars = _unit(
        {"type": "bar", "height": {"band": 0.8}},
        x=alt.X("drop_off:Q", title=gettext("People lost", lang),
                axis=alt.Axis(format="d", tickMinStep=1)),
        color=alt.Color(
            "role:N",
            title=None,
            legend=None if bottleneck is None else alt.Legend(),
            scale=alt.Scale(domain=domain, range=[OKABE_ITO["orange"], _ACCENT][: len(domain)]),
        ),
        **shared,
    )
    labels_layer = _unit({"type": "text", "align": "left", "baseline": "middle", "dx": 4},
                         x=alt.X("drop_off:Q"), text=alt.Text("text:N"), **shared)
    name = gettext(title, lang) if title else gettext("Drop-off between stages", lang)
    # Translators: one step in a chart description, e.g. "Awareness → Interest: 600 people lost".
    template = gettext("{step}: {count} people lost ({rate})", lang)
    description = gettext(
        "{title}: a bar chart with one bar per step between two stages.", lang
    ).format(title=name) + " " + "; ".join(
        template.format(step=row.step, count=row.drop_off_text, rate=row.rate_text)
        for row in frame.itertuples(index=False)
    ) + "."
    return alt.LayerChart(
        data=frame,
        layer=[bars, labels_layer],
        width=_WIDTH,
        height=alt.Step(34),
        title=alt.TitleParams(name, subtitle=gettext("Labels: people lost (drop-off rate)",
                                                     lang)),
        description=description,
    )


def time_to_convert_chart(
    durations: pd.DataFrame | pd.Series,
    *,
    bins: int = 24,
    title: str | None = None,
    lang: str | None = None,
) -> alt.LayerChart:
    """A histogram of how long converting users took, with the median marked.

    *durations* is the :func:`~funnelkit.events.time_to_convert` frame (or a
    Series of Timedeltas). It is binned here, so the chart embeds at most *bins*
    rows, never one row per user: hours when 95 % convert within three days, else
    days; durations beyond the 95th percentile are counted in the last bar. The
    median comes from :func:`~funnelkit.events.time_to_convert_summary`.

    >>> import pandas as pd
    >>> chart = time_to_convert_chart(pd.Series(pd.to_timedelta([1, 2, 2, 5], unit="h")))
    >>> len(chart.layer[0].data) <= 24
    True
    """
    from .events import time_to_convert_summary

    lang = resolve_language(lang)
    if isinstance(durations, pd.DataFrame):
        if "duration" not in durations.columns:
            raise ValueError(
                "time_to_convert_chart: the frame has no 'duration' column; pass "
                "funnelkit.events.time_to_convert's result"
            )
        series = durations["duration"]
    elif isinstance(durations, pd.Series):
        series = durations
    else:
        raise TypeError(
            "time_to_convert_chart: expected time_to_convert's frame or a Series of "
            f"Timedeltas, not {type(durations).__name__}"
        )
    if not isinstance(bins, int) or isinstance(bins, bool) or not 1 <= bins <= MAX_ROWS:
        raise ValueError(f"time_to_convert_chart: bins must be an int from 1 to {MAX_ROWS}")
    summary = time_to_convert_summary(series).iloc[0]
    values = series.dropna()
    if len(values) == 0:
        raise ValueError("time_to_convert_chart: no converting users to plot")
    hours = values.dt.total_seconds().to_numpy() / 3600.0
    cap = float(np.quantile(hours, 0.95))
    in_days = cap > 72
    scale, unit_title = (24.0, gettext("Days to convert", lang)) if in_days else (
        1.0, gettext("Hours to convert", lang))
    scaled = hours / scale
    top = max(cap / scale, float(scaled.min()), 1e-9)
    edges = np.linspace(0.0, top, bins + 1)
    counts, _ = np.histogram(np.clip(scaled, 0.0, top), bins=edges)
    unit_text = gettext("days", lang) if in_days else gettext("hours", lang)
    frame = pd.DataFrame(
        {
            "start": _round(edges[:-1]),
            "end": _round(edges[1:]),
            "users": counts.astype(int),
            "range_text": [
                f"{format_number(a, lang)}–{format_number(b, lang)} {unit_text}"
                for a, b in zip(edges[:-1], edges[1:], strict=True)
            ],
            "users_text": [format_count(value, lang) for value in counts],
        }
    )
    median = summary["median"].total_seconds() / 3600.0 / scale
    median_text = format_number(median, lang) + " " + unit_text
    bars = _unit(
        {"type": "bar", "color": OKABE_ITO["bluish_green"], "binSpacing": 1},
        frame,
        x=alt.X("start:Q", title=unit_title, bin="binned", axis=alt.Axis(format="~r"),
                scale=alt.Scale(nice=False)),
        x2=alt.X2("end:Q"),
        y=alt.Y("users:Q", title=gettext("Converted users", lang),
                axis=alt.Axis(format="d", tickMinStep=1)),
        tooltip=[
            alt.Tooltip("range_text:N", title=gettext("Time to convert", lang)),
            alt.Tooltip("users_text:N", title=gettext("Converted users", lang)),
        ],
    )
    rule_data = pd.DataFrame(
        {"median": [round(median, 6)],
         "text": [gettext("Median: {value}", lang).format(value=median_text)]}
    )
    rule = _unit({"type": "rule", "color": _ACCENT, "strokeWidth": 2, "strokeDash": [4, 3]},
                 rule_data, x=alt.X("median:Q"))
    rule_text = _unit(
        {"type": "text", "align": "left", "dx": 4, "dy": -4, "baseline": "bottom",
         "color": _ACCENT, "fontWeight": "bold"},
        rule_data, x=alt.X("median:Q"), y=alt.value(0), text=alt.Text("text:N"))
    name = gettext(title, lang) if title else gettext("Time to convert", lang)
    converted = format_count(int(summary["converted"]), lang)
    description = gettext(
        "{title}: a histogram of the time {count} converting users took from the first step "
        "to the last step. The median is {median}.",
        lang,
    ).format(title=name, count=converted, median=median_text)
    subtitle = gettext("{count} converting users; the last bar includes everyone slower",
                       lang).format(count=converted)
    return alt.LayerChart(
        layer=[bars, rule, rule_text],
        width=_WIDTH,
        height=220,
        title=alt.TitleParams(name, subtitle=subtitle),
        description=description,
    )


def _by_column(table: pd.DataFrame, by: str | None) -> str:
    if by is not None:
        return by
    if len(table.columns) and table.columns[0] != "stage":
        return str(table.columns[0])
    raise ValueError(
        "breakdown_chart: pass by= or a funnel_counts(..., by=...) result, whose first "
        "column is the segment"
    )


def breakdown_chart(
    table: pd.DataFrame,
    by: str | None = None,
    funnel: Funnel | None = None,
    *,
    rate: str = "overall_rate",
    title: str | None = None,
    lang: str | None = None,
) -> alt.Chart:
    """A funnel per segment: grouped bars of *rate* for each stage and segment.

    *table* is a :func:`~funnelkit.events.funnel_counts` result with ``by=``; *by*
    defaults to its first column. Segments get the palette's colours in their
    order in the table.

    >>> from funnelkit.metrics import conversion_table
    >>> import pandas as pd
    >>> parts = []
    >>> for device, counts in {"desktop": [100, 40], "mobile": [200, 50]}.items():
    ...     part = conversion_table(dict(zip(["visit", "purchase"], counts)))
    ...     parts.append(part.assign(device=device))
    >>> table = pd.concat(parts, ignore_index=True)
    >>> breakdown_chart(table, by="device").to_dict()["encoding"]["color"]["title"]
    'Device'
    """
    lang = resolve_language(lang)
    by = _by_column(table, by)
    _require(table, [by, "stage", "count", rate], "breakdown_chart",
             "a funnel_counts(..., by=...) result")
    keys = [str(key) for key in dict.fromkeys(table["stage"])]
    funnel = _infer_funnel(keys, funnel)
    segments = list(dict.fromkeys(table[by].tolist()))
    segment_labels = [value_label(value, lang) for value in segments]
    label_of = dict(zip(segments, segment_labels, strict=True))
    rates = _round(table[rate])
    frame = pd.DataFrame(
        {
            "segment": [label_of[value] for value in table[by]],
            "label": [stage_label(str(key), funnel, lang) for key in table["stage"]],
            "rate": rates,
            "rate_text": [format_rate(value, lang) for value in rates],
            "count_text": [format_count(value, lang) for value in table["count"]],
        }
    )
    by_title = value_label(by, lang)
    rate_title = (gettext("Conversion from the first stage", lang) if rate == "overall_rate"
                  else gettext("Conversion from the previous stage", lang))
    encoding: dict[str, Any] = {
        "y": alt.Y("label:N", sort=[stage_label(key, funnel, lang) for key in keys], title=None),
        "yOffset": alt.YOffset("segment:N", sort=segment_labels),
        "x": alt.X("rate:Q", title=rate_title, axis=alt.Axis(format=".0%"),
                   scale=alt.Scale(domain=[0, 1])),
        "color": alt.Color(
            "segment:N",
            title=by_title,
            sort=segment_labels,
            scale=alt.Scale(domain=segment_labels,
                            range=[PALETTE[i % len(PALETTE)] for i in range(len(segments))]),
        ),
        "tooltip": [
            alt.Tooltip("segment:N", title=by_title),
            alt.Tooltip("label:N", title=gettext("Stage", lang)),
            alt.Tooltip("count_text:N", title=gettext("People", lang)),
            alt.Tooltip("rate_text:N", title=rate_title),
        ],
    }
    name = gettext(title, lang) if title else gettext("Funnel by {segment}", lang).format(
        segment=by_title
    )
    last = frame.groupby("segment", sort=False).tail(1)
    description = gettext(
        "{title}: grouped bars, one group per stage and one bar per {segment}.", lang
    ).format(title=name, segment=by_title) + " " + gettext(
        "Conversion at the last stage: {values}.", lang
    ).format(values="; ".join(f"{row.segment} {row.rate_text}"
                              for row in last.itertuples(index=False)))
    return alt.Chart(
        data=frame,
        mark=alt.MarkDef(type="bar"),
        encoding=alt.FacetedEncoding(**encoding),
        width=_WIDTH,
        height=alt.Step(12),
        title=alt.TitleParams(name, subtitle=rate_title),
        description=description,
    )


def conversion_over_time_chart(
    table: pd.DataFrame,
    *,
    title: str | None = None,
    lang: str | None = None,
) -> alt.LayerChart:
    """The conversion rate of each entry cohort over time, as a line with points.

    *table* is a :func:`~funnelkit.events.conversion_over_time` result (one row per
    period). Dates are written as ISO dates (2026-01-05), which read the same in
    every language.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"period": pd.period_range("2026-01-05", periods=2, freq="W"),
    ...                       "entered": [10, 20], "converted": [1, 5],
    ...                       "conversion_rate": [0.1, 0.25]})
    >>> conversion_over_time_chart(table).data["start"].tolist()
    ['2026-01-05', '2026-01-12']
    """
    lang = resolve_language(lang)
    _require(table, ["period", "entered", "converted", "conversion_rate"],
             "conversion_over_time_chart", "a conversion_over_time result")
    periods = table["period"]
    if isinstance(periods.dtype, pd.PeriodDtype):
        starts = periods.dt.start_time
        ends = periods.dt.end_time
    else:
        starts = ends = pd.to_datetime(periods)
    rates = _round(table["conversion_rate"])
    frame = pd.DataFrame(
        {
            "start": starts.dt.strftime("%Y-%m-%d").tolist(),
            "period_text": [
                f"{a:%Y-%m-%d} – {b:%Y-%m-%d}" if a.normalize() != b.normalize()
                else f"{a:%Y-%m-%d}"
                for a, b in zip(starts, ends, strict=True)
            ],
            "rate": rates,
            "rate_text": [format_rate(value, lang) for value in rates],
            "entered_text": [format_count(value, lang) for value in table["entered"]],
            "converted_text": [format_count(value, lang) for value in table["converted"]],
        }
    )
    rate_title = gettext("Conversion rate", lang)
    encoding: dict[str, Any] = {
        "x": alt.X("start:T", title=gettext("Period start", lang),
                   axis=alt.Axis(format="%Y-%m-%d", labelAngle=-40)),
        "y": alt.Y("rate:Q", title=rate_title, axis=alt.Axis(format=".1%")),
        "tooltip": [
            alt.Tooltip("period_text:N", title=gettext("Period", lang)),
            alt.Tooltip("entered_text:N", title=gettext("Entered the funnel", lang)),
            alt.Tooltip("converted_text:N", title=gettext("Converted", lang)),
            alt.Tooltip("rate_text:N", title=rate_title),
        ],
    }
    name = gettext(title, lang) if title else gettext("Conversion over time", lang)
    # First lowest and first highest period (frame has a RangeIndex, so positions are labels).
    low = frame.iloc[int(np.nanargmin(frame["rate"].to_numpy()))]
    high = frame.iloc[int(np.nanargmax(frame["rate"].to_numpy()))]
    description = gettext(
        "{title}: a line chart of the conversion rate of the users who entered the funnel in "
        "each period, {count} periods from {first} to {last}. Lowest: {low} ({low_start}); "
        "highest: {high} ({high_start}).",
        lang,
    ).format(
        title=name, count=len(frame), first=frame["start"].iloc[0], last=frame["start"].iloc[-1],
        low=low["rate_text"], low_start=low["start"], high=high["rate_text"],
        high_start=high["start"],
    )
    return alt.LayerChart(
        data=frame,
        layer=[_unit({"type": "line"}, **encoding), _unit({"type": "point"}, **encoding)],
        width=_WIDTH + 100,
        height=220,
        title=alt.TitleParams(
            name, subtitle=gettext("Share of each period's new users who completed the funnel",
                                   lang)
        ),
        description=description,
    )


def what_if_chart(
    table: pd.DataFrame,
    funnel: Funnel | None = None,
    *,
    title: str | None = None,
    lang: str | None = None,
) -> alt.LayerChart:
    """Each stage now and after a change, as paired bars.

    *table* is a :func:`~funnelkit.metrics.what_if` result (``stage``,
    ``baseline_count``, ``count``, ``extra``).

    >>> from funnelkit.metrics import what_if
    >>> chart = what_if_chart(what_if([1000, 400, 100, 25], "step_3", 0.2))
    >>> len(chart.data)
    8
    """
    lang = resolve_language(lang)
    _require(table, ["stage", "baseline_count", "count", "extra"], "what_if_chart",
             "a what_if result")
    keys = [str(key) for key in table["stage"]]
    funnel = _infer_funnel(keys, funnel)
    labels = [stage_label(key, funnel, lang) for key in keys]
    now, after = gettext("Now", lang), gettext("After the change", lang)
    rows = []
    for label, base, new, extra in zip(labels, table["baseline_count"], table["count"],
                                       table["extra"], strict=True):
        rows.append({"label": label, "scenario": now, "count": int(base),
                     "text": format_count(base, lang)})
        extra_text = ("+" if extra > 0 else "") + format_count(extra, lang) if extra else ""
        rows.append({"label": label, "scenario": after, "count": int(new),
                     "text": format_count(new, lang) + (f" ({extra_text})" if extra_text else "")})
    frame = pd.DataFrame(rows)
    shared = {
        "y": alt.Y("label:N", sort=labels, title=None),
        "yOffset": alt.YOffset("scenario:N", sort=[now, after]),
        "tooltip": [
            alt.Tooltip("label:N", title=gettext("Stage", lang)),
            alt.Tooltip("scenario:N", title=gettext("Scenario", lang)),
            alt.Tooltip("text:N", title=gettext("People", lang)),
        ],
    }
    bars = _unit(
        {"type": "bar"},
        x=alt.X("count:Q", title=gettext("People", lang),
                axis=alt.Axis(format="d", tickMinStep=1)),
        color=alt.Color("scenario:N", title=None, sort=[now, after],
                        scale=alt.Scale(domain=[now, after],
                                        range=[OKABE_ITO["sky_blue"], OKABE_ITO["blue"]])),
        **shared,
    )
    text = _unit({"type": "text", "align": "left", "baseline": "middle", "dx": 4,
                  "fontSize": 11}, x=alt.X("count:Q"), text=alt.Text("text:N"), **shared)
    name = gettext(title, lang) if title else gettext("What if one stage improves?", lang)
    last = table.iloc[-1]
    description = gettext(
        "{title}: paired bars per stage, now and after the change. At the last stage, "
        "{stage}, {before} becomes {after}.",
        lang,
    ).format(title=name, stage=labels[-1], before=format_count(last["baseline_count"], lang),
             after=format_count(last["count"], lang))
    return alt.LayerChart(data=frame, layer=[bars, text], width=_WIDTH, height=alt.Step(16),
                          title=name, description=description)

