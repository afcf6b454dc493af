"""Exercise 06, "Marketing meets sales": channel metrics from the lead table.

The expected answers are computed with funnelkit from the bundled ``leads`` and
``campaign_spend`` datasets, never typed in.

>>> from funnelkit.exercises.ex06 import q3
>>> q3.check({"lowest": "email", "highest": "paid_ads"}).status
'correct'
>>> print(q3.check({"lowest": "email", "highest": "referral"}))
Not quite: 1 of 2 entries are not right.
"""

from __future__ import annotations

import pandas as pd

from .. import datasets
from ..i18n import N_, gettext
from ..metrics import (
    cost_per_lead,
    customer_acquisition_cost,
    lead_velocity_rate,
    mql_to_sql_rate,
    sales_cycle_length,
)
from .core import Exercise, FrameQuestion, ValueQuestion

__all__ = ["STATEMENTS", "statements", "channel_pipeline", "q1", "q2", "q3", "q4", "q5", "q6",
           "exercise", "progress"]

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
    return lead_velocity_rate(monthly["2025-12"], monthly["2025-11"])


q1 = ValueQuestion(
    "webinar-mql-to-sql",
    N_("The MQL-to-SQL rate of the webinar channel"),
    expected=lambda: mql_to_sql_rate(*channel_pipeline().loc["webinar", ["mqls", "sqls"]]),
    var="webinar_rate",
    hints=(
        N_("The MQL-to-SQL rate is the share of MQLs that sales accepted as SQLs."),
        N_("Take the webinar row of `pipeline` and divide its SQLs by its MQLs."),
    ),
    solution=N_("`webinar_rate = 154 / 279`, about 0.55: sales accepted a little more than "
                "half of the webinar MQLs. `mql_to_sql_rate(mqls=279, sqls=154)` gives the "
                "same."),
)

q2 = FrameQuestion(
    "channel-costs",
    N_("Cost per lead and customer acquisition cost per channel"),
    expected=_channel_costs,
    columns=("cost_per_lead", "cac"),
    var="channel_costs",
    hints=(
        N_("Both metrics divide the same spend; only the number you divide by differs."),
        N_("Cost per lead divides the spend by the leads; customer acquisition cost divides "
           "it by the new customers, the won deals."),
        N_("`pd.DataFrame({\"cost_per_lead\": cost_per_lead(pipeline[\"spend\"], "
           "pipeline[\"leads\"]), \"cac\": ...})`"),
    ),
    solution=N_("`channel_costs = pd.DataFrame({\"cost_per_lead\": "
                "cost_per_lead(pipeline[\"spend\"], pipeline[\"leads\"]), \"cac\": "
                "customer_acquisition_cost(pipeline[\"spend\"], pipeline[\"won\"])})`"),
)

q3 = ValueQuestion(
    "cac-extremes",
    N_("The channels with the lowest and the highest customer acquisition cost"),
    expected=_cac_extremes,
    var="cac_extremes",
    hints=(
        N_("Look at the column `cac` of your table from question 2, not at the cost per "
           "lead."),
        N_("`channel_costs[\"cac\"].idxmin()` and `.idxmax()` give the channels; write them "
           "as in the table, for example \"organic_search\"."),
    ),
    solution=N_("`cac_extremes = {\"lowest\": \"email\", \"highest\": \"paid_ads\"}`: paid "
                "ads have a moderate cost per lead but the most expensive customers, because "
                "so few of their leads buy."),
)

q4 = ValueQuestion(
    "paid-ads-cycle",
    N_("The sales cycle length of the paid-ads channel in days"),
    expected=_paid_ads_cycle,
    var="paid_cycle",
    hints=(
        N_("The sales cycle runs from opening the opportunity to closing it; only closed "
           "deals (won or lost) count."),
        N_("Keep the rows with a `closed_date` and the channel \"paid_ads\", then pass their "
           "`opportunity_date` and `closed_date` to `sales_cycle_length`."),
    ),
    solution=N_("`paid = leads[leads[\"closed_date\"].notna() & (leads[\"channel\"] == "
                "\"paid_ads\")]`, then `paid_cycle = sales_cycle_length(paid[\"opportunity_"
                "date\"], paid[\"closed_date\"])`, about 21 days."),
)

q5 = ValueQuestion(
    "december-lvr",
    N_("The lead velocity rate of December compared with November"),
    expected=_december_lvr,
    var="december_lvr",
    hints=(
        N_("The lead velocity rate compares this month's MQLs with last month's."),
        N_("`lead_velocity_rate(this_period, last_period)`: December is this period, "
           "November the last one."),
    ),
    solution=N_("`december_lvr = lead_velocity_rate(monthly[\"2025-12\"], "
                "monthly[\"2025-11\"])`, a growth of less than 1 %: December brought almost "
                "exactly as many MQLs as November."),
)

q6 = ValueQuestion(
    "which-funnel",
    N_("Sales funnel, marketing funnel or both?"),
    expected=lambda: {key: answer for key, (_, answer) in STATEMENTS.items()},
    var="which_funnel",
    hints=(
        N_("The marketing funnel covers lead generation and lead nurturing up to the MQL; "
           "the sales funnel covers the pipeline from the SQL on."),
        N_("Two statements describe work that marketing and sales do together."),
    ),
    solution=N_("`which_funnel = {\"s1\": \"marketing\", \"s2\": \"sales\", \"s3\": "
                "\"marketing\", \"s4\": \"sales\", \"s5\": \"both\", \"s6\": \"both\"}`: "
                "nurturing and counting leads are marketing work, opportunities and win rates "
                "are sales work, and both departments must agree on what an MQL is and work "
                "together during Evaluation."),
)

exercise = Exercise("06-marketing-meets-sales", [q1, q2, q3, q4, q5, q6])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
