"""Exercise 01, "Why funnels?": conversion rates, a conversion table, the two departments.

The expected answers are computed with funnelkit from the numbers in the exercise,
never typed in.

>>> from funnelkit.exercises.ex01 import q1
>>> q1.check(300 / 1_200).status
'correct'
"""

from __future__ import annotations

from ..i18n import N_
from ..metrics import conversion_table
from ..quizzes import Choice
from ..stages import SALES_FUNNEL
from .core import ChoiceQuestion, Exercise, FrameQuestion, OrderQuestion, ValueQuestion

__all__ = ["SHOE_SHOP", "BIKE_SHOP", "q1", "q2", "q3", "q4", "q5", "exercise", "progress"]

#: The running-shoe shop of lesson 01: Awareness, Interest, Decision, Action.
SHOE_SHOP = (10_000, 1_200, 300, 90)
#: A second shop for the exercise.
BIKE_SHOP = (8_000, 2_000, 400, 150)


def _shoe_table():
    return conversion_table(list(SHOE_SHOP), SALES_FUNNEL).set_index("stage")


q1 = ValueQuestion(
    "decision-rate",
    N_("The conversion rate from Interest to Decision"),
    expected=lambda: _shoe_table().loc["decision", "step_rate"],
    var="decision_rate",
    hints=(
        N_("A conversion rate compares a stage with the stage just before it."),
        N_("Divide the number of people at Decision by the number at Interest."),
    ),
    solution=N_("`decision_rate = 300 / 1_200`, which is 0.25: a quarter of the people who "
                "compared models put a pair in the basket."),
)

q2 = ValueQuestion(
    "overall-rate",
    N_("The overall conversion rate from Awareness to Action"),
    expected=lambda: _shoe_table().loc["action", "overall_rate"],
    var="overall_rate",
    hints=(
        N_("The overall rate compares the last stage with the first one, not with the "
           "stage before."),
        N_("Divide the number of buyers by the number of people who saw an ad."),
    ),
    solution=N_("`overall_rate = 90 / 10_000`, which is 0.009 or 0.9 %."),
)

q3 = FrameQuestion(
    "bike-table",
    N_("The conversion table of the bike shop"),
    expected=lambda: conversion_table(list(BIKE_SHOP), SALES_FUNNEL),
    var="bike_table",
    hints=(
        N_("Use `conversion_table` with the four counts of the bike shop and the sales "
           "funnel."),
        N_("Pass the counts as a list in funnel order: `[8_000, 2_000, 400, 150]`."),
    ),
    solution=N_("`bike_table = conversion_table([8_000, 2_000, 400, 150], SALES_FUNNEL)`"),
)

q4 = ChoiceQuestion(
    "department",
    N_("Which department usually works with many potential customers at once?"),
    choices=(
        Choice(N_("Sales"), False,
               N_("Sales works with individual buyers: calls, demos, offers and contracts.")),
        Choice(N_("Marketing"), True,
               N_("Right: marketing reaches many people at once with advertising, content "
                  "and events.")),
        Choice(N_("Finance"), False,
               N_("Finance counts the money, but it does not bring in customers.")),
    ),
    var="department",
    hints=(N_("Think of who runs advertising and webinars, and who signs contracts."),),
    solution=N_("`department = \"b\"`: marketing works with many people at once; sales "
                "works with individual buyers."),
)

q5 = OrderQuestion(
    "stage-order",
    N_("The four stages of the sales funnel in order"),
    expected=SALES_FUNNEL.keys,
    var="stage_order",
    hints=(
        N_("The funnel starts with the moment a potential buyer first notices the product."),
        N_("It ends with the purchase; the decision comes just before it."),
    ),
    solution=N_("`stage_order = [\"awareness\", \"interest\", \"decision\", \"action\"]`"),
)

exercise = Exercise("01-why-funnels", [q1, q2, q3, q4, q5])


def progress():
    """Which questions of this exercise pass so far."""
    return exercise.progress()
