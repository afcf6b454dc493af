"""funnelkit: sales funnels and marketing funnels, measured and explained.

A small funnel-analytics library: stage models, metrics from stage counts and from
event logs, seeded simulation and bundled datasets, charts and interactive
explorers, in six languages.

``import funnelkit`` loads pandas, NumPy and Babel only. The charts (altair) and the
widgets (ipywidgets) load on first use: ``funnelkit.funnel_chart``,
``funnelkit.FunnelExplorer`` or ``funnelkit.charts`` import them then.

>>> import funnelkit
>>> funnelkit.SALES_FUNNEL.keys
['awareness', 'interest', 'decision', 'action']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from . import _lazy, datasets, events, i18n, metrics, simulate, stages
from .events import (
    conversion_over_time,
    funnel_counts,
    time_to_convert,
    time_to_convert_summary,
)
from .i18n import LANGUAGES, get_language, set_language
from .metrics import (
    bottleneck,
    chain_counts,
    conversion_table,
    cost_per_lead,
    customer_acquisition_cost,
    lead_velocity_rate,
    mql_to_sql_rate,
    pipeline_velocity,
    sales_cycle_length,
    what_if,
    win_rate,
)
from .simulate import (
    DEFAULT_CHANNELS,
    Channel,
    simulate_events,
    simulate_leads,
    simulate_spend,
)
from .stages import (
    EXTENDED_MARKETING_FUNNEL,
    HANDOFF_STAGE,
    LEAD_PIPELINE,
    MARKETING_FUNNEL,
    POST_PURCHASE_STAGES,
    SALES_FUNNEL,
    Funnel,
    Stage,
    custom_funnel,
    sales_view,
    stage_mapping,
)

if TYPE_CHECKING:  # loaded lazily at run time, see __getattr__
    from . import charts, widgets
    from .charts import (
        breakdown_chart,
        comparison_chart,
        conversion_over_time_chart,
        drop_off_chart,
        funnel_chart,
        time_to_convert_chart,
        what_if_chart,
    )
    from .widgets import EventFunnelExplorer, FunnelComparison, FunnelExplorer, WhatIf

try:
    __version__ = version("funnelkit")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

#: Submodules that import altair or ipywidgets: loaded on first attribute access.
_LAZY_MODULES = ("charts", "widgets")

#: Top-level names from the lazy submodules: name -> submodule.
_LAZY_NAMES = {
    "funnel_chart": "charts",
    "comparison_chart": "charts",
    "drop_off_chart": "charts",
    "what_if_chart": "charts",
    "breakdown_chart": "charts",
    "time_to_convert_chart": "charts",
    "conversion_over_time_chart": "charts",
    "FunnelExplorer": "widgets",
    "FunnelComparison": "widgets",
    "WhatIf": "widgets",
    "EventFunnelExplorer": "widgets",
}

__all__ = [
    "__version__",
    # languages
    "LANGUAGES",
    "get_language",
    "set_language",
    # stage models
    "Stage",
    "Funnel",
    "SALES_FUNNEL",
    "MARKETING_FUNNEL",
    "POST_PURCHASE_STAGES",
    "EXTENDED_MARKETING_FUNNEL",
    "LEAD_PIPELINE",
    "HANDOFF_STAGE",
    "custom_funnel",
    "stage_mapping",
    "sales_view",
    # metrics from stage counts
    "conversion_table",
    "bottleneck",
    "what_if",
    "chain_counts",
    # sales and marketing metrics
    "win_rate",
    "sales_cycle_length",
    "pipeline_velocity",
    "mql_to_sql_rate",
    "lead_velocity_rate",
    "cost_per_lead",
    "customer_acquisition_cost",
    # event logs
    "funnel_counts",
    "time_to_convert",
    "time_to_convert_summary",
    "conversion_over_time",
    # simulation
    "Channel",
    "DEFAULT_CHANNELS",
    "simulate_events",
    "simulate_leads",
    "simulate_spend",
    # charts (lazy)
    "funnel_chart",
    "comparison_chart",
    "drop_off_chart",
    "what_if_chart",
    "breakdown_chart",
    "time_to_convert_chart",
    "conversion_over_time_chart",
    # explorers (lazy)
    "FunnelExplorer",
    "FunnelComparison",
    "WhatIf",
    "EventFunnelExplorer",
    # submodules
    "stages",
    "metrics",
    "events",
    "simulate",
    "datasets",
    "i18n",
    "charts",
    "widgets",
]


__getattr__, __dir__ = _lazy.attach(__name__, globals(), submodules=_LAZY_MODULES,
                                    names=_LAZY_NAMES)
