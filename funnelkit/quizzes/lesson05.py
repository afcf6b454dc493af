"""Quiz questions of lesson 05.

>>> from funnelkit.quizzes import question
>>> question("05-measuring-a-funnel", "more-or-better").correct_options()
['Both plans give the same number of customers']
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "drop-off-rate",
        N_("In the running-shoe shop, 300 people reach Decision and 90 of them reach Action. "
           "What is the drop-off rate of the step into Action?"),
        (
            Choice(N_("70 %"), True,
                   N_("Right: 210 of the 300 people at Decision did not buy, a drop-off rate "
                      "of 70 %, which is one minus the step conversion rate of 30 %.")),
            Choice(N_("30 %"), False,
                   N_("30 % is the step conversion rate, the share that did reach Action; "
                      "the drop-off rate is the share that did not.")),
            Choice(N_("210"), False,
                   N_("210 is the drop-off, the number of people lost; the drop-off rate is "
                      "that number as a share of the 300 people at Decision.")),
            Choice(N_("99.1 %"), False,
                   N_("99.1 % is the share of all 10,000 people at Awareness who did not "
                      "buy; the drop-off rate of a step compares it with the stage just "
                      "before.")),
        ),
    ),
    Question(
        "more-or-better",
        N_("The running-shoe shop (10,000, 1,200, 300 and 90 people) can either get 10 % more "
           "people at Awareness or raise the step conversion rate into Interest by 10 %, "
           "from 12 % to 13.2 %. Which plan brings more customers?"),
        (
            Choice(N_("10 % more people at Awareness"), False,
                   N_("Not quite: both plans give 99 customers. Step conversion rates "
                      "multiply, so 10 % more at any point gives 10 % more at the end.")),
            Choice(N_("A 10 % better step conversion rate into Interest"), False,
                   N_("Not quite: this plan gives 99 customers, but so does the other one. "
                      "A relative gain of 10 % gives 10 % more customers wherever it "
                      "happens.")),
            Choice(N_("Both plans give the same number of customers"), True,
                   N_("Right: 99 customers either way, because step conversion rates "
                      "multiply. What each plan costs, and for how long, decides which one "
                      "is better.")),
            Choice(N_("It cannot be computed without the revenue per customer"), False,
                   N_("The number of customers does not depend on the revenue per "
                      "customer; revenue matters only when you compare what the plans earn "
                      "and cost.")),
        ),
    ),
    Question(
        "window",
        N_("True or false: if you make the conversion window longer, fewer people can count "
           "at the last step of a window funnel."),
        (
            Choice(N_("True"), False,
                   N_("Not quite: a longer window gives every person more time to complete "
                      "the steps, so the counts stay the same or grow; they never fall.")),
            Choice(N_("False"), True,
                   N_("Right: everybody who completes the steps within a short window also "
                      "completes them within a longer one, so a longer window never lowers "
                      "the counts.")),
        ),
        kind="true_false",
    ),
)
