"""Exercise 07, "Reading sources critically": claims of the sources, data and simulation.

The expected answers are computed with funnelkit from the bundled data and the
simulator, never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5, q6 = exercise("07-reading-sources-critically").questions
>>> q1.check({"s1": "both", "s2": "a", "s3": "b", "s4": "b", "s5": "a", "s6": "a"}).status
'correct'
>>> q5.check(["aware", "appeal", "ask", "act", "advocate"]).status
'correct'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd

from funnelkit import datasets
from funnelkit.simulate import DEFAULT_CHANNELS, simulate_leads

__all__ = ["EXPECTED", "SOURCE", "SOURCES", "FIVE_A", "NEUTRAL_SEED"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/07-reading-sources-critically"

#: Which article makes each statement of question 1: "a", "b" or "both".
SOURCES = {"s1": "both", "s2": "a", "s3": "b", "s4": "b", "s5": "a", "s6": "a"}
#: The customer path of the 5A model (Kotler, Kartajaya and Setiawan, Marketing 4.0).
FIVE_A = ("aware", "appeal", "ask", "act", "advocate")
#: The seed of the simulation in question 4.
NEUTRAL_SEED = 11


def _leads() -> pd.DataFrame:
    return datasets.load("leads")


def _lead_to_customer(leads: pd.DataFrame) -> pd.Series:
    """Share of each channel's leads that were won."""
    return (leads["outcome"] == "won").groupby(leads["channel"], observed=True).mean()


def _median_days_to_win(leads: pd.DataFrame) -> pd.Series:
    won = leads[leads["outcome"] == "won"]
    days = (won["closed_date"] - won["created"]).dt.days
    return days.groupby(won["channel"], observed=True).median()


def _neutral_ratio() -> float:
    channels = [replace(channel, quality=1.0, speed=1.0) for channel in DEFAULT_CHANNELS]
    rates = _lead_to_customer(simulate_leads(9_000, channels=channels, seed=NEUTRAL_SEED))
    return float(rates["content"] / rates["paid_ads"])


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "sources": SOURCES,
    "content-rate": lambda: _lead_to_customer(_leads())["content"],
    "content-days": lambda: _median_days_to_win(_leads())["content"],
    "neutral-ratio": _neutral_ratio,
    "five-a": FIVE_A,
}
