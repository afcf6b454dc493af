"""Exercise 05, "Measuring a funnel": drop-off rate, what-if, window funnels, event logs.

The expected answers are computed with funnelkit from the numbers and the data in the
exercise, never typed in.

>>> from funnelkit.exercises.ex05 import q1
>>> q1.check(1 - 400 / 2_000).status
'correct'
>>> q1.check(400 / 2_000).status
'incorrect'
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from ..datasets import load
from ..events import funnel_counts
from ..i18n import N_
from ..metrics import bottleneck, conversion_table, what_if
from .core import Exercise, ValueQuestion

__all__ = ["GUIDE_STAGES", "GUIDE", "STEPS", "WEB_STEPS", "toy_log", "q1", "q2", "q3",
           "q4", "q5", "exercise", "progress"]

#: The planning-tool company's guide campaign: people who downloaded a guide, opened the
#: follow-up e-mails, booked a demo and became customers.
GUIDE_STAGES = ("download", "email_open", "demo", "customer")
GUIDE = (5_000, 2_000, 400, 120)

#: The three steps of questions 3 and 4 (the small log and the web shop).
STEPS = ("visit", "add_to_cart", "purchase")
#: All six steps of the web shop, in funnel order (question 5).
WEB_STEPS = ("visit", "product_view", "sign_up", "add_to_cart", "checkout", "purchase")


def toy_log() -> pd.DataFrame:
    """The four shoppers of question 3: who did what, and when.

    >>> toy_log()["user_id"].unique().tolist()
    ['ana', 'ben', 'cleo', 'dev']
    """
    rows = [
        ("ana", "visit", "2025-11-03 10:00"),
        ("ana", "add_to_cart", "2025-11-03 10:20"),
        ("ana", "purchase", "2025-11-04 09:00"),
        ("ben", "visit", "2025-11-03 12:00"),
        ("ben", "add_to_cart", "2025-11-12 18:00"),
        ("ben", "purchase", "2025-11-12 18:10"),
        ("cleo", "visit", "2025-11-05 08:00"),
        ("cleo", "purchase", "2025-11-05 08:30"),
        ("cleo", "add_to_cart", "2025-11-06 19:00"),
        ("dev", "visit", "2025-11-01 15:00"),
        ("dev", "visit", "2025-11-10 20:00"),
        ("dev", "add_to_cart", "2025-11-12 21:00"),
        ("dev", "purchase", "2025-11-13 07:00"),
    ]
    log = pd.DataFrame(rows, columns=["user_id", "event", "timestamp"])
    log["timestamp"] = pd.to_datetime(log["timestamp"])
    return log


def _furthest_steps() -> dict[str, str]:
    """Each toy shopper's furthest step in a 7-day window funnel, from funnel_counts."""
    log = toy_log()
    furthest = {}
    for user in log["user_id"].unique():
        counts = funnel_counts(log[log["user_id"] == user], STEPS, window="7D")
        reached = counts.loc[counts["count"] > 0, "stage"]
        furthest[user] = str(reached.iloc[-1])
    return furthest


@cache
def _web_events() -> pd.DataFrame:
    return load("web_events")


def _buyers_within_a_day() -> int:
    counts = funnel_counts(_web_events(), STEPS, window="1D")
    return int(counts["count"].iloc[-1])


def _mobile_bottleneck() -> str:
    by_device = funnel_counts(_web_events(), WEB_STEPS, window="30D", by="device")
    mobile = by_device[by_device["device"] == "mobile"]
    return bottleneck(mobile.set_index("stage")["count"])


q1 = ValueQuestion(
    "demo-drop-off-rate",
    N_("The drop-off rate of the step from opening the e-mails to booking a demo"),
    expected=lambda: conversion_table(list(GUIDE), GUIDE_STAGES)
    .set_index("stage").loc["demo", "drop_off_rate"],
    var="demo_drop_off_rate",
    hints=(
        N_("The drop-off rate is the share of the stage before that did not reach this "
           "stage."),
        N_("Of the 2,000 people who opened the e-mails, 400 booked a demo. What share did "
           "not?"),
    ),
    solution=N_("`demo_drop_off_rate = 1 - 400 / 2_000`, which is 0.8: 1,600 of the 2,000 "
                "people who opened the e-mails did not book a demo."),
)

q2 = ValueQuestion(
    "demo-what-if",
    N_("Extra customers when the step rate into the demo stage rises by 25 %"),
    expected=lambda: what_if(list(GUIDE), "demo", 0.25, GUIDE_STAGES)["extra"].iloc[-1],
    var="extra_customers",
    hints=(
        N_("Use `what_if` with the counts, the stage `\"demo\"`, an uplift of `0.25` and the "
           "stage keys."),
        N_("The `extra` column of the result says how many more people reach each stage; "
           "you need its last row."),
    ),
    solution=N_("`extra_customers = what_if(guide, \"demo\", 0.25, GUIDE_STAGES)[\"extra\"]"
                ".iloc[-1]`, which is 30: 500 demos instead of 400, and 150 customers instead "
                "of 120. 25 % more downloads would bring the same 30 extra customers, "
                "because step rates multiply."),
)

q3 = ValueQuestion(
    "furthest-step",
    N_("Each shopper's furthest step in the 7-day window funnel"),
    expected=_furthest_steps,
    var="furthest",
    hints=(
        N_("A shopper counts at a step only if they did all earlier steps, in order, within "
           "7 days after the visit."),
        N_("Look at Ben's dates, at the order of Cleo's events, and at Dev's second visit: "
           "every visit starts a new chance."),
    ),
    solution=N_("`furthest = {\"ana\": \"purchase\", \"ben\": \"visit\", \"cleo\": "
                "\"add_to_cart\", \"dev\": \"purchase\"}`. Ben added to the cart nine days "
                "after his visit, outside the window. Cleo bought before she added to the "
                "cart, so her purchase is out of order. Dev's second visit started a new "
                "chance, and from there he bought within three days."),
)

q4 = ValueQuestion(
    "buyers-within-a-day",
    N_("Visitors of the web shop who visit, add to the cart and buy within one day"),
    expected=_buyers_within_a_day,
    var="buyers_1_day",
    hints=(
        N_("Use `funnel_counts` with the three steps and `window=\"1D\"`."),
        N_("The answer is the `count` in the last row of the table."),
    ),
    solution=N_("`buyers_1_day = funnel_counts(events, [\"visit\", \"add_to_cart\", "
                "\"purchase\"], window=\"1D\")[\"count\"].iloc[-1]`. With the default "
                "30-day window more visitors count as buyers."),
)

q5 = ValueQuestion(
    "mobile-bottleneck",
    N_("The bottleneck of the web shop funnel for mobile visitors"),
    expected=_mobile_bottleneck,
    var="mobile_bottleneck",
    hints=(
        N_("The bottleneck is the step with the lowest step conversion rate, not the longest "
           "bar in the drop-off chart."),
        N_("Keep the mobile rows of the breakdown and pass their counts, indexed by stage, to "
           "`bottleneck`, or read the lowest `step_rate`."),
    ),
    solution=N_("`mobile_bottleneck = bottleneck(mobile.set_index(\"stage\")[\"count\"])`, "
                "which is `\"sign_up\"`. The step into `product_view` loses more mobile "
                "visitors, but only because more people are there; the sign-up step keeps "
                "the smallest share."),
)

exercise = Exercise("05-measuring-a-funnel", [q1, q2, q3, q4, q5])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
