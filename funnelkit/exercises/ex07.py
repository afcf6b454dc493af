"""Exercise 07, "Reading sources critically": claims of the sources, data and simulation.

The expected answers are computed with funnelkit from the bundled data and the
simulator, never typed in.

>>> from funnelkit.exercises.ex07 import q1, q5
>>> q1.check({"s1": "both", "s2": "a", "s3": "b", "s4": "b", "s5": "a", "s6": "a"}).status
'correct'
>>> q5.check(["aware", "appeal", "ask", "act", "advocate"]).status
'correct'
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from .. import datasets
from ..i18n import N_
from ..quizzes import Choice
from ..simulate import DEFAULT_CHANNELS, simulate_leads
from .core import ChoiceQuestion, Exercise, OrderQuestion, ValueQuestion

__all__ = [
    "SOURCES",
    "FIVE_A",
    "NEUTRAL_SEED",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "q6",
    "exercise",
    "progress",
]

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


q1 = ValueQuestion(
    "sources",
    N_("Which article makes each statement: a, b or both?"),
    expected=SOURCES,
    var="sources",
    hints=(
        N_("Article A gives the marketing funnel six stages and compares the two funnels by "
           "definition, focus and interest. Article B talks about speed, conversion and what "
           "happens after the purchase."),
        N_("Only one statement appears in both articles: the one about the four stages of "
           "the sales funnel."),
    ),
    solution=N_("`sources = {\"s1\": \"both\", \"s2\": \"a\", \"s3\": \"b\", \"s4\": \"b\", "
                "\"s5\": \"a\", \"s6\": \"a\"}`. Both articles give the sales funnel the four "
                "stages Awareness, Interest, Decision and Action. Brand recognition, the six "
                "stages and keeping versus creating interest are article A's; loyalty and "
                "advocacy and \"slower but converts more\" are article B's."),
)

q2 = ValueQuestion(
    "content-rate",
    N_("The share of content leads that became customers"),
    expected=lambda: _lead_to_customer(_leads())["content"],
    var="content_rate",
    hints=(
        N_("Keep only the rows whose `channel` is `\"content\"`."),
        N_("A lead became a customer when its `outcome` is `\"won\"`; the mean of a "
           "True/False column is the share of True values."),
    ),
    solution=N_("`content = leads[leads[\"channel\"] == \"content\"]` and then "
                "`content_rate = (content[\"outcome\"] == \"won\").mean()`. Divide by all "
                "content leads, not only by the opportunities: the claim is about leads."),
)

q3 = ValueQuestion(
    "content-days",
    N_("The median number of days from creation to the close of won content leads"),
    expected=lambda: _median_days_to_win(_leads())["content"],
    var="content_days",
    hints=(
        N_("Keep the content leads whose `outcome` is `\"won\"`."),
        N_("Subtract `created` from `closed_date`, take `.dt.days` and then `.median()`."),
    ),
    solution=N_("`won = content[content[\"outcome\"] == \"won\"]` and then "
                "`content_days = (won[\"closed_date\"] - won[\"created\"]).dt.days.median()`. "
                "Won content deals take much longer than won paid-ads deals in these data."),
)

q4 = ValueQuestion(
    "neutral-ratio",
    N_("In a simulation where all channels are equal, content's lead-to-customer rate "
       "divided by that of paid ads"),
    expected=_neutral_ratio,
    var="neutral_ratio",
    rel_tol=1e-3,
    hints=(
        N_("`rates` holds the lead-to-customer rate of each channel, indexed by the channel "
           "name."),
        N_("Divide `rates[\"content\"]` by `rates[\"paid_ads\"]`."),
    ),
    solution=N_("`neutral_ratio = rates[\"content\"] / rates[\"paid_ads\"]`. The ratio is "
                "close to 1: when the simulator gives every channel the same quality and "
                "speed, the large difference of the bundled data disappears. It is not "
                "exactly 1 because of chance; try other seeds and see how far small channels "
                "can drift."),
)

q5 = OrderQuestion(
    "five-a",
    N_("The five steps of the 5A customer path in order"),
    expected=FIVE_A,
    var="five_a",
    hints=(
        N_("The path starts when a person first hears of a brand and ends with a customer "
           "who recommends it."),
        N_("In the middle, people are attracted to a few brands, then ask friends, family "
           "or the internet for more information, and then buy."),
    ),
    solution=N_("`five_a = [\"aware\", \"appeal\", \"ask\", \"act\", \"advocate\"]`"),
)

q6 = ChoiceQuestion(
    "conclusions",
    N_("Which conclusions do the bundled lead data support?"),
    choices=(
        Choice(N_("In this data set, content leads became customers more often than leads "
                  "from paid ads."),
               True,
               N_("Right: that is what the table shows, for these data.")),
        Choice(N_("In real markets, content marketing converts better than paid ads."),
               False,
               N_("The data are synthetic, so they cannot show anything about real markets.")),
        Choice(N_("The data show the effects that the simulator was given, so they illustrate "
                  "article B's claim but do not test it."),
               True,
               N_("Right: the simulator was built to follow article B, and the same "
                  "simulator with other settings gives other results.")),
        Choice(N_("Article B is right that slower channels always convert better."),
               False,
               N_("Even in these data referral leads convert best, yet they close about as fast "
                  "as leads from social media; and synthetic data cannot prove a claim anyway.")),
    ),
    var="conclusions",
    hints=(
        N_("Read the data dictionary: how were the data made?"),
        N_("Two options are right: one describes only this data set, the other says where "
           "its effects come from."),
    ),
    solution=N_("`conclusions = {\"a\", \"c\"}`: the data describe themselves and the "
                "simulator's assumptions, not real markets."),
)

exercise = Exercise("07-reading-sources-critically", [q1, q2, q3, q4, q5, q6])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
