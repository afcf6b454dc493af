"""Exercise 06, "Marketing meets sales": channel metrics from the lead table.

The expected answers are computed with funnelkit from the bundled ``leads`` and
``campaign_spend`` datasets, never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5, q6 = exercise("06-marketing-meets-sales").questions
>>> q3.check({"lowest": "email", "highest": "paid_ads"}).status
'correct'
>>> print(q3.check({"lowest": "email", "highest": "referral"}))
Not quite: 1 of 2 entries are not right.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from funnelkit import datasets
from funnelkit.metrics import (
    cost_per_lead,
    customer_acquisition_cost,
    lead_velocity_rate,
    mql_to_sql_rate,
    sales_cycle_length,
)

from ..i18n import N_, translator

__all__ = ["EXPECTED", "SOURCE", "STATEMENTS", "statements", "channel_pipeline"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/06-marketing-meets-sales"

gettext = translator(SOURCE)

#: Statements to classify: the text and the funnel it belongs to ("sales", "marketing"
#: or "both").
STATEMENTS: dict[str, tuple[str, str]] = {
    "s1": (N_("Sends e-mails and webinar invitations to leads who are not yet ready to buy."),
           "marketing"),
    "s2": (N_("Opens an opportunity and negotiates the price with the buyer."), "sales"),
    "s3": (N_("Counts how many leads each channel brought in this month and what each cost."),
           "marketing"),
    "s4": (N_("Reports the win rate and the sales cycle length."), "sales"),
    "s5": (N_("Agrees on the definition of an MQL, so that the hand-off works."), "both"),
    "s6": (N_("Works on a deal during Evaluation, when the lead has become an opportunity."),
           "both"),
}


def statements(lang: str | None = None) -> pd.DataFrame:
    """The statements of question 6, one row each, in the current language.

    >>> statements("en")["key"].tolist()
    ['s1', 's2', 's3', 's4', 's5', 's6']
    """
    return pd.DataFrame({"key": list(STATEMENTS),
                         "statement": [gettext(text, lang) for text, _ in STATEMENTS.values()]})


def channel_pipeline() -> pd.DataFrame:
    """Per channel: leads, MQLs, SQLs, won deals and the year's marketing spend.

    >>> channel_pipeline().loc["webinar", ["leads", "mqls", "sqls"]].tolist()
    [513, 279, 154]
    """
    leads = datasets.load("leads")
    spend = datasets.load("campaign_spend")
    groups = leads.groupby("channel", observed=True)
    return pd.DataFrame({
        "leads": groups.size(),
        "mqls": groups["mql_date"].count(),
        "sqls": groups["sql_date"].count(),
        "won": (leads["outcome"] == "won").groupby(leads["channel"], observed=True).sum(),
        "spend": spend.groupby("channel", observed=True)["spend"].sum(),
    })


def _channel_costs() -> pd.DataFrame:
    table = channel_pipeline()
    return pd.DataFrame({
        "cost_per_lead": cost_per_lead(table["spend"], table["leads"]),
        "cac": customer_acquisition_cost(table["spend"], table["won"]),
    })


def _cac_extremes() -> dict[str, str]:
    cac = _channel_costs()["cac"]
    return {"lowest": str(cac.idxmin()), "highest": str(cac.idxmax())}


def _paid_ads_cycle() -> float:
    leads = datasets.load("leads")
    paid = leads[leads["closed_date"].notna() & (leads["channel"] == "paid_ads")]
    return sales_cycle_length(paid["opportunity_date"], paid["closed_date"])


def _december_lvr() -> float:
    mql_dates = datasets.load("leads")["mql_date"].dropna()
    monthly = mql_dates.dt.strftime("%Y-%m").value_counts()
    rate = lead_velocity_rate(int(monthly["2025-12"]), int(monthly["2025-11"]))
    assert isinstance(rate, float)  # scalar counts give a scalar rate
    return rate


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "webinar-mql-to-sql": lambda: mql_to_sql_rate(
        *channel_pipeline().loc["webinar", ["mqls", "sqls"]]),
    "channel-costs": _channel_costs,
    "cac-extremes": _cac_extremes,
    "paid-ads-cycle": _paid_ads_cycle,
    "december-lvr": _december_lvr,
    "which-funnel": lambda: {key: answer for key, (_, answer) in STATEMENTS.items()},
}
