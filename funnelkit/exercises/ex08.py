"""Exercise 08, "Capstone": design and measure the lead pipeline of the planning-tool company.

The case is the B2B software company of the bundled ``leads`` table, an established
business with many leads. The learner chooses the stages, measures the pipeline of
the leads created from January to September 2025 (later leads are often still open
when the data end), finds the bottleneck, runs a what-if, reads the channels and
classifies measures, then writes an open recommendation judged with a rubric.

The expected answers are computed with funnelkit from the data, never typed in.

>>> from funnelkit.datasets import pipeline_counts
>>> from funnelkit.exercises.ex08 import PIPELINE, q3, cohort
>>> PIPELINE.keys
['lead', 'mql', 'sql', 'opportunity', 'customer']
>>> q3.check("mql").status
'incorrect'
>>> len(pipeline_counts(cohort())) == len(PIPELINE)
True
"""

from __future__ import annotations

import pandas as pd

from .. import datasets
from ..i18n import N_
from ..metrics import bottleneck, conversion_table, what_if
from ..stages import Funnel, Stage
from .core import Exercise, FrameQuestion, OrderQuestion, ValueQuestion

__all__ = [
    "PIPELINE",
    "LAST_MONTH",
    "UPLIFT",
    "MEASURES",
    "cohort",
    "channel_summary",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "q6",
    "exercise",
    "progress",
]

#: The company's lead pipeline, from a new lead to a won customer (a custom funnel).
PIPELINE = Funnel(
    "pipeline",
    N_("Lead pipeline"),
    (
        Stage("lead", N_("Lead"), N_("A person or company leaves contact details.")),
        Stage("mql", N_("MQL"), N_("Marketing judges the lead ready for sales.")),
        Stage("sql", N_("SQL"), N_("Sales accepts the lead and pursues it.")),
        Stage("opportunity", N_("Opportunity"), N_("Sales opens a concrete deal.")),
        Stage("customer", N_("Customer"), N_("The deal is won: the lead becomes a customer.")),
    ),
)

#: The cohort: leads created up to the end of this month of 2025 (later ones are often open).
LAST_MONTH = 9
#: The relative improvement of question 4.
UPLIFT = 0.2

#: Question 6: measures to classify, and the funnel each one belongs to.
MEASURES: dict[str, str] = {
    "m1": "marketing",  # lead generation at a trade fair
    "m2": "sales",  # train the sales team to answer price objections in the final offer
    "m3": "marketing",  # an e-mail course that nurtures new leads until they are ready
    "m4": "both",  # agree on one shared definition of an MQL
    "m5": "sales",  # a time-limited discount for prospects about to sign
}


def cohort() -> pd.DataFrame:
    """The leads created from January to September 2025 (the bundled ``leads`` table)."""
    leads = datasets.load("leads")
    return leads[leads["created"].dt.month <= LAST_MONTH].reset_index(drop=True)


def channel_summary(leads: pd.DataFrame) -> pd.DataFrame:
    """One row per channel: leads, customers and the lead-to-customer rate.

    >>> channel_summary(cohort()).columns.tolist()
    ['leads', 'customers', 'lead_to_customer']
    """
    won = (leads["outcome"] == "won").groupby(leads["channel"], observed=True)
    table = pd.DataFrame({"leads": won.size(), "customers": won.sum().astype("int64")})
    table["lead_to_customer"] = (table["customers"] / table["leads"]).round(3)
    return table


def _counts() -> list[int]:
    return datasets.pipeline_counts(cohort())


def _channel_rate(channel: str) -> float:
    leads = cohort()
    mine = leads[leads["channel"] == channel]
    return float((mine["outcome"] == "won").mean())


q1 = OrderQuestion(
    "pipeline-order",
    N_("The stages of the lead pipeline in order"),
    expected=PIPELINE.keys,
    var="stage_order",
    hints=(
        N_("Every lead starts as a plain lead; a won customer is the end of the pipeline."),
        N_("Marketing qualifies a lead (MQL) before sales accepts it (SQL); sales opens an "
           "opportunity only for leads it has accepted."),
    ),
    solution=N_("`stage_order = [\"lead\", \"mql\", \"sql\", \"opportunity\", \"customer\"]`"),
)

q2 = FrameQuestion(
    "pipeline-table",
    N_("The conversion table of the leads created from January to September 2025"),
    expected=lambda: conversion_table(_counts(), PIPELINE),
    var="pipeline",
    hints=(
        N_("Count the leads of `cohort` that have a date in `mql_date`, `sql_date` and "
           "`opportunity_date`, and the leads whose `outcome` is `\"won\"`."),
        N_("`cohort[\"mql_date\"].notna().sum()` counts the leads that became an MQL. Put "
           "the five counts in a list, starting with `len(cohort)`, and pass it to "
           "`conversion_table` with `PIPELINE`."),
    ),
    solution=N_("`counts = [len(cohort), cohort[\"mql_date\"].notna().sum(), "
                "cohort[\"sql_date\"].notna().sum(), cohort[\"opportunity_date\"].notna().sum(), "
                "(cohort[\"outcome\"] == \"won\").sum()]`, then "
                "`pipeline = conversion_table(counts, PIPELINE)`."),
)

q3 = ValueQuestion(
    "pipeline-bottleneck",
    N_("The key of the bottleneck stage of the pipeline"),
    expected=lambda: bottleneck(_counts(), PIPELINE),
    var="weakest",
    hints=(
        N_("The bottleneck is the stage with the lowest conversion rate from the stage "
           "before it, not the stage that loses the most people."),
        N_("Compare the percentages in the labels of the chart, or use "
           "`bottleneck(counts, PIPELINE)`."),
    ),
    solution=N_("`weakest = bottleneck(counts, PIPELINE)`, which is `\"customer\"`: only about a "
                "third of the opportunities are won. The step into MQL loses more people, "
                "but it keeps a larger share of them."),
)

q4 = ValueQuestion(
    "pipeline-what-if",
    N_("Extra customers if the conversion rate into the bottleneck rises by 20 %"),
    expected=lambda: int(what_if(_counts(), bottleneck(_counts(), PIPELINE), UPLIFT,
                                 PIPELINE)["extra"].iloc[-1]),
    var="extra_customers",
    abs_tol=0.5,
    hints=(
        N_("Use `what_if` with the counts, the bottleneck stage, an uplift of `0.2` and "
           "`PIPELINE`."),
        N_("The result is a table; the extra customers are in the column `extra` of its "
           "last row: `table[\"extra\"].iloc[-1]`."),
    ),
    solution=N_("`extra_customers = what_if(counts, \"customer\", 0.2, "
                "PIPELINE)[\"extra\"].iloc[-1]`. A 20 % better win step gives 20 % more "
                "customers, because every stage before it stays as it is."),
)

q5 = ValueQuestion(
    "paid-ads-rate",
    N_("The share of the paid-ads leads that became customers"),
    expected=lambda: _channel_rate("paid_ads"),
    var="paid_ads_rate",
    abs_tol=0.0005,
    hints=(
        N_("Look at the row `paid_ads` of the channel table: customers divided by leads."),
        N_("Divide the number of customers from paid ads by the number of leads from paid "
           "ads, not by all leads and not by all customers."),
    ),
    solution=N_("Customers from paid ads divided by leads from paid ads, as in the column "
                "`lead_to_customer`: about 1 %, the lowest of all channels, although paid "
                "ads bring the most leads."),
)

q6 = ValueQuestion(
    "which-funnel",
    N_("Which funnel each measure mainly belongs to"),
    expected=MEASURES,
    var="measures",
    hints=(
        N_("Measures that bring in new leads or build a relationship with them before they "
           "are ready for sales belong to the marketing funnel."),
        N_("Measures that turn accepted leads into signed contracts belong to the sales "
           "funnel; the hand-off of a lead between the two departments needs both."),
    ),
    solution=N_("`measures = {\"m1\": \"marketing\", \"m2\": \"sales\", \"m3\": \"marketing\", "
                "\"m4\": \"both\", \"m5\": \"sales\"}`: the trade fair generates leads and the "
                "e-mail course nurtures them (marketing funnel); the answers to price "
                "objections and the discount before signing convert prospects (sales "
                "funnel); the MQL definition is where the two funnels meet."),
)

exercise = Exercise("08-capstone", [q1, q2, q3, q4, q5, q6])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
