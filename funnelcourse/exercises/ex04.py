"""Exercise 04, "Side by side": sorting statements, the MQL-to-SQL rate, the stage
mapping, the hand-off and MQL versus SQL.

The expected answers are computed with funnelkit from the data and the numbers in
the exercise, never typed in (except the sorting of Article A's statements).

>>> from funnelcourse.exercise import exercise
>>> q1, q2, q3, q4, q5 = exercise("04-side-by-side").questions
>>> from funnelcourse.exercises.ex04 import sales_view_counts
>>> sales_view_counts()
[8000, 2000, 360, 54]
>>> q3.check([8_000, 2_000, 900, 54]).status
'incorrect'
"""

from __future__ import annotations

from typing import Any

from funnelkit.datasets import load
from funnelkit.metrics import conversion_table, mql_to_sql_rate
from funnelkit.stages import SALES_FUNNEL, sales_view

__all__ = ["EXPECTED", "SOURCE", "STATEMENTS", "QUARTER", "sales_view_counts"]

#: The exercise source whose catalog translates this module's texts.
SOURCE = "exercises/04-side-by-side"

#: Article A's view of the statements s1 to s7 in the exercise notebook.
STATEMENTS: dict[str, str] = {
    "s1": "both",       # visualises the customer journey (similarity 1)
    "s2": "marketing",  # creates interest (difference 3)
    "s3": "sales",      # keeps interest alive until the purchase (difference 3)
    "s4": "sales",      # focuses mainly on selling (difference 2)
    "s5": "marketing",  # focuses more on brand recognition and image (difference 2)
    "s6": "both",       # tactics, processes, strategies and tools (similarity 3)
    "s7": "marketing",  # six stages from Awareness to Purchase
}

#: A quarter of the planning-tool company: people at each marketing funnel stage.
QUARTER: tuple[int, ...] = (8_000, 2_000, 900, 360, 144, 54)


def sales_view_counts(marketing_counts: tuple[int, ...] = QUARTER) -> list[int]:
    """People at each sales stage in the quarter (:func:`funnelkit.stages.sales_view`)."""
    return sales_view(marketing_counts)


def _webinar_rate() -> float:
    leads = load("leads")
    webinar = leads[leads["channel"] == "webinar"]
    rate = mql_to_sql_rate(mqls=int(webinar["mql_date"].notna().sum()),
                           sqls=int(webinar["sql_date"].notna().sum()))
    assert isinstance(rate, float)  # scalar counts give a scalar rate
    return rate


def _closing_rate() -> float:
    counts = conversion_table(sales_view_counts(), SALES_FUNNEL).set_index("stage")["count"]
    return float(counts["action"] / counts["decision"])


#: What each question expects, computed with funnelkit (question key -> callable).
EXPECTED: dict[str, Any] = {
    "sort-statements": lambda: dict(STATEMENTS),
    "webinar-mql-to-sql": _webinar_rate,
    "sales-view": lambda: conversion_table(sales_view_counts(), SALES_FUNNEL),
    "closing-rate": _closing_rate,
}
