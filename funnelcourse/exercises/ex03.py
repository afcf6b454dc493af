"""Exercise 03, "The marketing funnel": stages, lead generation and nurturing, lead data.

The expected answers are computed with funnelkit from the bundled lead table,
never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5 = exercise("03-marketing-funnel").questions
>>> q4.check("purchase").status
'correct'
>>> q4.check("interest").status
'incorrect'
"""

from __future__ import annotations

from typing import Any

from funnelkit.datasets import load, pipeline_counts
from funnelkit.metrics import bottleneck, conversion_table
from funnelkit.stages import MARKETING_FUNNEL, Funnel

__all__ = ["EXPECTED", "SOURCE", "LEAD_STAGES", "ACTIVITIES", "lead_counts"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/03-marketing-funnel"

#: The part of the marketing funnel the lead table records: Interest to Purchase.
LEAD_STAGES = Funnel("marketing", MARKETING_FUNNEL.name, MARKETING_FUNNEL.stages[1:])

#: Question 2: each activity of the planning-tool company and the part it belongs to.
ACTIVITIES = {
    "a1": "generation",  # a trade fair stand that collects business cards
    "a2": "nurturing",   # automated e-mails to people who downloaded the guide
    "a3": "generation",  # online ads shown to project managers
    "a4": "nurturing",   # a case study for a lead who asked about prices
    "a5": "generation",  # a viral video that brings new visitors
    "a6": "nurturing",   # a monthly newsletter for subscribers
}


def lead_counts() -> list[int]:
    """Leads at Interest, Consideration, Intent, Evaluation and Purchase in the lead table.

    >>> len(lead_counts()) == len(LEAD_STAGES)
    True
    """
    return pipeline_counts(load("leads"))


def _lead_table():
    return conversion_table(lead_counts(), LEAD_STAGES).set_index("stage")


def _referral_rate() -> float:
    leads = load("leads")
    referral = leads[leads["channel"] == "referral"]
    return float((referral["outcome"] == "won").mean())


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "marketing-stages": MARKETING_FUNNEL.keys,
    "generation-or-nurturing": ACTIVITIES,
    "lead-to-mql": lambda: _lead_table().loc["consideration", "step_rate"],
    "lead-bottleneck": lambda: bottleneck(lead_counts(), LEAD_STAGES),
    "referral-rate": _referral_rate,
}
