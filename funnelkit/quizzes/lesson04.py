"""Quiz questions of lesson 04: sorting statements into sales funnel, marketing funnel
or both, and the hand-off from marketing to sales.

>>> from funnelkit.quizzes import question
>>> question("04-side-by-side", "sort-interest").correct_options()
['The marketing funnel']
>>> len(question("04-side-by-side", "similarities").correct_options())
3
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "sort-interest",
        N_("According to Article A, which funnel creates a customer's interest in the "
           "first place?"),
        (
            Choice(N_("The sales funnel"), False,
                   N_("Article A says the sales funnel keeps the interest alive; it does not "
                      "create it.")),
            Choice(N_("The marketing funnel"), True,
                   N_("Right: the marketing funnel creates interest, and the sales funnel "
                      "keeps it until the purchase.")),
            Choice(N_("Both funnels equally"), False,
                   N_("Article A lists customer interest as one of the three differences: "
                      "one funnel creates it, the other keeps it.")),
        ),
    ),
    Question(
        "sort-focus",
        N_("\"It focuses mainly on selling more products or services.\" Which funnel does "
           "this statement describe, according to Article A?"),
        (
            Choice(N_("The sales funnel"), True,
                   N_("Right: Article A says the sales funnel focuses on sales, the marketing "
                      "funnel more on brand recognition and image.")),
            Choice(N_("The marketing funnel"), False,
                   N_("Article A says the marketing funnel focuses more on brand recognition "
                      "and image.")),
            Choice(N_("Both funnels equally"), False,
                   N_("Both funnels aim at sales in the end, but focus is one of Article A's "
                      "three differences: only the sales funnel focuses mainly on selling.")),
        ),
    ),
    Question(
        "similarities",
        N_("Which statements are true of both the sales funnel and the marketing funnel?"),
        (
            Choice(N_("It visualises the customer journey"), True,
                   N_("Right: both funnels draw the path from first contact to the purchase.")),
            Choice(N_("It aims to maximise sales through brand or product recognition"), True,
                   N_("Right: even the marketing funnel's work on the brand serves sales in "
                      "the end.")),
            Choice(N_("It uses tactics, processes, strategies and tools to optimise every "
                      "stage"), True,
                   N_("Right: every stage of both funnels has its own tactics and is "
                      "improved stage by stage.")),
            Choice(N_("It has exactly four stages"), False,
                   N_("Only the sales funnel has four stages (AIDA); the marketing funnel has "
                      "six.")),
            Choice(N_("It creates the customer's interest in the first place"), False,
                   N_("Article A says only the marketing funnel creates interest; the sales "
                      "funnel keeps it.")),
        ),
        kind="multiple",
    ),
    Question(
        "handoff",
        N_("A lead of the planning-tool company has been accepted by a salesperson, who "
           "will now call and make an offer. At which marketing stage is the lead, and what "
           "is it called?"),
        (
            Choice(N_("Consideration, as an MQL"), False,
                   N_("At Consideration marketing judges the lead ready for sales (MQL); "
                      "sales has not accepted it yet.")),
            Choice(N_("Intent, as an SQL"), True,
                   N_("Right: at Intent marketing hands the lead to sales, and once sales "
                      "accepts it, it is a sales-qualified lead (SQL).")),
            Choice(N_("Interest, as an MQL"), False,
                   N_("At Interest the person is still a lead that marketing is nurturing; "
                      "nobody has qualified it yet.")),
            Choice(N_("Purchase, as a customer"), False,
                   N_("The lead has not bought anything yet; a salesperson is only about to "
                      "make an offer.")),
        ),
    ),
)
