"""Exercise 01, "Why funnels?": conversion rates, a conversion table, the two departments.

The expected answers are computed with funnelkit from the numbers in the exercise,
never typed in.

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5 = exercise("01-why-funnels").questions
>>> q1.check(300 / 1_200).status
'correct'
"""

from __future__ import annotations

from typing import Any

from funnelkit.metrics import conversion_table
from funnelkit.stages import SALES_FUNNEL

__all__ = ["EXPECTED", "SOURCE", "SHOE_SHOP", "BIKE_SHOP"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/01-why-funnels"

#: The running-shoe shop of lesson 01: Awareness, Interest, Decision, Action.
SHOE_SHOP = (10_000, 1_200, 300, 90)
#: A second shop for the exercise.
BIKE_SHOP = (8_000, 2_000, 400, 150)


def _shoe_table():
    return conversion_table(list(SHOE_SHOP), SALES_FUNNEL).set_index("stage")


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "decision-rate": lambda: _shoe_table().loc["decision", "step_rate"],
    "overall-rate": lambda: _shoe_table().loc["action", "overall_rate"],
    "bike-table": lambda: conversion_table(list(BIKE_SHOP), SALES_FUNNEL),
    "stage-order": SALES_FUNNEL.keys,
}
