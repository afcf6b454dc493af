"""Quiz questions of lesson 06, "Marketing meets sales".

>>> from funnelkit.quizzes import question
>>> question("06-marketing-meets-sales", "handoff").correct_options()
['From MQL to SQL']
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "handoff",
        N_("In the lead table, which step is the hand-off from the marketing funnel to the "
           "sales funnel?"),
        (
            Choice(N_("From lead to MQL"), False,
                   N_("Marketing itself judges a lead ready and marks it as an MQL; the lead "
                      "is still in marketing's hands.")),
            Choice(N_("From MQL to SQL"), True,
                   N_("Right: marketing passes its MQLs on, and sales accepts some of them "
                      "as SQLs. This is the seam between the two funnels.")),
            Choice(N_("From SQL to opportunity"), False,
                   N_("By then sales has already accepted the lead; opening an opportunity "
                      "is sales work.")),
            Choice(N_("From opportunity to customer"), False,
                   N_("Winning the deal is the end of the sales funnel, long after marketing "
                      "has handed the lead over.")),
        ),
    ),
    Question(
        "cheap-lead",
        N_("In the lead table, a lead from paid ads costs less than a lead from content, yet "
           "a customer from paid ads costs more. Why?"),
        (
            Choice(N_("A much smaller share of paid-ads leads becomes customers, so the spend "
                      "is divided among few customers."), True,
                   N_("Right: customer acquisition cost is spend divided by new customers. "
                      "Many cheap leads that rarely buy result in an expensive customer.")),
            Choice(N_("Paid-ads deals are larger, so each customer costs more."), False,
                   N_("The deal value does not enter the customer acquisition cost at all; "
                      "in the lead table, won paid-ads deals are in fact the smallest on "
                      "average.")),
            Choice(N_("Paid-ads deals take longer to close."), False,
                   N_("The opposite is true in the lead table: paid-ads deals close fastest. "
                      "And the cycle length does not enter the customer acquisition cost.")),
            Choice(N_("Cost per lead counts marketing spend, but customer acquisition cost "
                      "counts only sales costs."), False,
                   N_("In the lesson both are computed from the same marketing spend; only "
                      "the number you divide by differs: leads or new customers.")),
        ),
    ),
    Question(
        "same-uplift",
        N_("True or false: if all other conversion rates stay the same, raising the MQL-to-SQL "
           "rate by 10 % of its value gives about as many extra customers as raising the "
           "conversion rate from opportunity to customer by 10 % of its value."),
        (
            Choice(N_("True"), True,
                   N_("Right: the customers at the end are the leads times every step's "
                      "conversion rate, so a 10 % higher rate anywhere gives about 10 % more "
                      "customers. Which step is cheaper to improve is another question.")),
            Choice(N_("False"), False,
                   N_("Try it in the widget: the customers at the end are the leads times "
                      "every step's conversion rate, so the same relative improvement gives "
                      "about the same result at any step.")),
        ),
        kind="true_false",
    ),
)
