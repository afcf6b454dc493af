"""funnelkit: sales funnels and marketing funnels, measured and explained.

The library behind the funnelkit course. Stage models, metrics from stage counts
and from event logs, seeded simulation, bundled datasets, charts, widgets and
exercise checks, in six languages.

>>> import funnelkit
>>> funnelkit.SALES_FUNNEL.keys
['awareness', 'interest', 'decision', 'action']
"""

from . import charts, datasets, events, i18n, metrics, simulate, stages, widgets
from .charts import (
    breakdown_chart,
    comparison_chart,
    conversion_over_time_chart,
    drop_off_chart,
    funnel_chart,
    time_to_convert_chart,
    what_if_chart,
)
from .events import (
    conversion_over_time,
    funnel_counts,
    time_to_convert,
    time_to_convert_summary,
)
from .i18n import LANGUAGES, get_language, set_language
from .metrics import (
    bottleneck,
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
    MARKETING_FUNNEL,
    POST_PURCHASE_STAGES,
    SALES_FUNNEL,
    Funnel,
    Stage,
    custom_funnel,
    stage_mapping,
)
from .widgets import (
    EventFunnelExplorer,
    FunnelComparison,
    FunnelExplorer,
    Quiz,
    StageOrder,
    WhatIf,
)

__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "get_language",
    "set_language",
    "Stage",
    "Funnel",
    "SALES_FUNNEL",
    "MARKETING_FUNNEL",
    "POST_PURCHASE_STAGES",
    "EXTENDED_MARKETING_FUNNEL",
    "HANDOFF_STAGE",
    "custom_funnel",
    "stage_mapping",
    "i18n",
    "stages",
    "conversion_table",
    "bottleneck",
    "what_if",
    "win_rate",
    "sales_cycle_length",
    "pipeline_velocity",
    "mql_to_sql_rate",
    "lead_velocity_rate",
    "cost_per_lead",
    "customer_acquisition_cost",
    "metrics",
    "Channel",
    "DEFAULT_CHANNELS",
    "simulate_events",
    "simulate_leads",
    "simulate_spend",
    "simulate",
    "datasets",
    "funnel_counts",
    "time_to_convert",
    "time_to_convert_summary",
    "conversion_over_time",
    "events",
    "funnel_chart",
    "comparison_chart",
    "drop_off_chart",
    "time_to_convert_chart",
    "breakdown_chart",
    "conversion_over_time_chart",
    "what_if_chart",
    "charts",
    "FunnelExplorer",
    "FunnelComparison",
    "EventFunnelExplorer",
    "WhatIf",
    "Quiz",
    "StageOrder",
    "widgets",
]
