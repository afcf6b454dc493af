"""The HTML the widgets show: escaped text, accessible tables and status messages.

>>> status_html("Done", tone="good")[:40]
'<div role="status" aria-live="polite" st'
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from ..formatting import format_count, format_rate, stage_label, value_label
from ..i18n import gettext
from ..stages import Funnel

__all__ = ["esc", "heading_html", "stage_table_html", "status_html", "TONES"]

#: The left-border colour of a status message, by tone (Okabe-Ito colours).
TONES: dict[str, str] = {"info": "#0072B2", "good": "#009E73", "bad": "#D55E00",
                         "none": "#444444"}

_TABLE_CSS = "border-collapse:collapse;font-size:13px;"
_CELL_CSS = "padding:2px 8px;border-bottom:1px solid #ddd;"


def esc(text: Any) -> str:
    """*text* as HTML text (quotes escaped too).

    >>> esc('<b> & "x"')
    '&lt;b&gt; &amp; &quot;x&quot;'
    """
    return html.escape(str(text), quote=True)


def _headers(lang: str, segment: str | None) -> str:
    headers = [
        gettext("Stage", lang),
        gettext("People", lang),
        gettext("Conversion from the previous stage", lang),
        gettext("Conversion from the first stage", lang),
        gettext("Drop-off", lang),
    ]
    if segment is not None:
        headers.insert(0, value_label(segment, lang))
    return "".join(f'<th scope="col" style="{_CELL_CSS}text-align:left">{esc(h)}</th>'
                   for h in headers)


def stage_table_html(
    table: pd.DataFrame, funnel: Funnel | None, lang: str, caption: str,
    segment: str | None = None,
) -> str:
    """A conversion table as an accessible HTML table with localised headers and numbers.

    *table* has the columns of :func:`~funnelkit.metrics.conversion_table` (and the
    *segment* column first, for a breakdown).

    >>> from funnelkit.metrics import conversion_table
    >>> page = stage_table_html(conversion_table({"visit": 2000, "buy": 50}), None, "de", "Shop")
    >>> ">2.000</td>" in page, page.count("<tr>")
    (True, 3)
    """
    # Columns read by name: an itertuples row's .count is the tuple's count method.
    columns = zip(
        table[segment].tolist() if segment is not None else [None] * len(table),
        table["stage"].tolist(),
        table["count"].tolist(),
        table["step_rate"].tolist(),
        table["overall_rate"].tolist(),
        table["drop_off"].tolist(),
        strict=True,
    )
    rows = []
    for segment_value, stage, count, step_rate, overall_rate, drop_off in columns:
        values = [format_count(count, lang), format_rate(step_rate, lang),
                  format_rate(overall_rate, lang), format_count(drop_off, lang)]
        first = ""
        if segment is not None:
            first = f'<td style="{_CELL_CSS}">{esc(value_label(segment_value, lang))}</td>'
        label = stage_label(str(stage), funnel, lang)
        numbers = "".join(f'<td style="{_CELL_CSS}text-align:right">{esc(v)}</td>'
                          for v in values)
        rows.append(f'<tr>{first}<th scope="row" style="{_CELL_CSS}text-align:left;'
                    f'font-weight:normal">{esc(label)}</th>{numbers}</tr>')
    return (
        f'<table class="funnelkit-table" style="{_TABLE_CSS}">'
        f'<caption style="text-align:left;font-weight:bold;padding-bottom:4px">{esc(caption)}'
        f"</caption><thead><tr>{_headers(lang, segment)}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def status_html(text: str, *, tone: str = "info") -> str:
    """Feedback text in a polite live region (announced by screen readers).

    *tone* (``"info"``, ``"good"``, ``"bad"`` or ``"none"``) colours the left border;
    each line of *text* is a line of the message.

    >>> page = status_html("a & b\\nc", tone="bad")
    >>> "#D55E00" in page, page.endswith(">a &amp; b<br>c</div>")
    (True, True)
    """
    body = "<br>".join(esc(line) for line in text.split("\n"))
    return (f'<div role="status" aria-live="polite" style="border-left:4px solid '
            f'{TONES[tone]};padding:4px 10px;margin:6px 0">{body}</div>')


def heading_html(title: str, intro: str) -> str:
    """A widget's first line: its bold title, a dash and what to do.

    >>> heading_html("A & B", "Move <it>")
    '<b>A &amp; B</b> — Move &lt;it&gt;'
    """
    return f"<b>{esc(title)}</b> — {esc(intro)}"
