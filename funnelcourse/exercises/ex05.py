"""Exercise 05, "Measuring a funnel": drop-off rate, what-if, window funnels, event logs.

The expected answers are computed with funnelkit from the numbers and the data in the
exercise, never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5 = exercise("05-measuring-a-funnel").questions
>>> q1.check(1 - 400 / 2_000).status
'correct'
>>> q1.check(400 / 2_000).status
'incorrect'
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pandas as pd

from funnelkit.datasets import load
from funnelkit.events import funnel_counts
from funnelkit.metrics import bottleneck, conversion_table, what_if

__all__ = ["EXPECTED", "SOURCE", "GUIDE_STAGES", "GUIDE", "STEPS", "WEB_STEPS", "toy_log"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/05-measuring-a-funnel"

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


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "demo-drop-off-rate": lambda: conversion_table(list(GUIDE), GUIDE_STAGES)
    .set_index("stage").loc["demo", "drop_off_rate"],
    "demo-what-if": lambda: what_if(list(GUIDE), "demo", 0.25, GUIDE_STAGES)["extra"].iloc[-1],
    "furthest-step": _furthest_steps,
    "buyers-within-a-day": _buyers_within_a_day,
    "mobile-bottleneck": _mobile_bottleneck,
}
