"""Exercise 08, "Capstone": design and measure the lead pipeline of the planning-tool company.

The case is the B2B software company of the bundled ``leads`` table, an established
business with many leads. The learner chooses the stages, measures the pipeline of
the leads created from January to September 2025 (later leads are often still open
when the data end), finds the bottleneck, runs a what-if, reads the channels and
classifies measures, then writes an open recommendation judged with a rubric.

The expected answers are computed with funnelkit from the data, never typed in.

>>> from funnelkit.datasets import pipeline_counts
>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5, q6 = exercise("08-capstone").questions
>>> from funnelcourse.exercises.ex08 import PIPELINE, cohort
>>> PIPELINE.keys
['lead', 'mql', 'sql', 'opportunity', 'customer']
>>> q3.check("mql").status
'incorrect'
>>> len(pipeline_counts(cohort())) == len(PIPELINE)
True
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from funnelkit import datasets
from funnelkit.metrics import bottleneck, conversion_table, what_if
from funnelkit.stages import LEAD_PIPELINE

__all__ = ["EXPECTED", "SOURCE", "PIPELINE", "LAST_MONTH", "UPLIFT", "MEASURES", "cohort",
           "channel_summary"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/08-capstone"

#: The company's lead pipeline, from a new lead to a won customer.
PIPELINE = LEAD_PIPELINE

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


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "pipeline-order": PIPELINE.keys,
    "pipeline-table": lambda: conversion_table(_counts(), PIPELINE),
    "pipeline-bottleneck": lambda: bottleneck(_counts(), PIPELINE),
    "pipeline-what-if": lambda: int(what_if(_counts(), bottleneck(_counts(), PIPELINE), UPLIFT,
                                 PIPELINE)["extra"].iloc[-1]),
    "paid-ads-rate": lambda: _channel_rate("paid_ads"),
    "which-funnel": MEASURES,
}
