"""Quiz questions of lesson 02, "The sales funnel".

>>> from funnelkit.quizzes import question
>>> question("02-sales-funnel", "aida-desire").correct_options()
['Desire']
>>> len(question("02-sales-funnel", "decision-tactics").correct_options())
3
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "aida-desire",
        N_("In the classic AIDA formula, what did the letter D stand for?"),
        (
            Choice(N_("Decision"), False,
                   N_("Decision is the name this course uses for the third stage of the "
                      "sales funnel; in the classic AIDA formula the D stood for Desire.")),
            Choice(N_("Desire"), True,
                   N_("Right: the classic formula is Attention, Interest, Desire, Action. "
                      "This course, like its source articles, calls the third stage "
                      "Decision, because that is where the seller can help the prospect "
                      "decide.")),
            Choice(N_("Demand"), False,
                   N_("Demand is an economic term for how much people want to buy overall; "
                      "it is not a stage of AIDA.")),
            Choice(N_("Discount"), False,
                   N_("A discount is a tactic of the Decision stage, not the name of a "
                      "stage.")),
        ),
    ),
    Question(
        "decision-tactics",
        N_("The planning-tool company wants more prospects to move from Decision to "
           "Action. Which tactics belong to the Decision stage?"),
        (
            Choice(N_("A poster at a trade fair"), False,
                   N_("A poster makes people notice the brand for the first time: that is "
                      "an Awareness tactic.")),
            Choice(N_("A free trial"), True,
                   N_("Right: a free trial lets the prospect test the tool before buying; "
                      "article B recommends it for the Decision stage.")),
            Choice(N_("After-sales service"), False,
                   N_("After-sales service comes after the purchase; article A mentions it "
                      "at the Action stage, to make customers come back.")),
            Choice(N_("A product demo"), True,
                   N_("Right: a demo shows the prospect how the tool solves their problem, "
                      "just before they decide.")),
            Choice(N_("A discount code"), True,
                   N_("Right: article A names discount codes as an offer that makes the "
                      "purchase hard to resist at the Decision stage.")),
        ),
        kind="multiple",
    ),
    Question(
        "bottleneck-meaning",
        N_("What does funnelkit call the bottleneck of a funnel?"),
        (
            Choice(N_("The stage where the most people drop off"), False,
                   N_("The largest drop-off in people is usually at the top, simply because "
                      "most people are there. The bottleneck compares shares, not numbers "
                      "of people.")),
            Choice(N_("The last stage, because it has the fewest people"), False,
                   N_("The last stage never has more people than the stages before it; that "
                      "alone says nothing about which step works worst.")),
            Choice(N_("The stage with the lowest step conversion rate"), True,
                   N_("Right: the bottleneck is the step that keeps the smallest share of "
                      "the people who reached the stage before it.")),
            Choice(N_("The stage with the lowest overall conversion rate"), False,
                   N_("The overall conversion rate never rises along the funnel, so it is "
                      "lowest at the last stage; the bottleneck uses the step rate.")),
        ),
    ),
    Question(
        "after-the-sale",
        N_("True or false: according to article A, the work of a sales funnel ends when the "
           "customer has paid."),
        (
            Choice(N_("True"), False,
                   N_("Article A says a good sales funnel also makes customers come back, "
                      "for example with after-sales service.")),
            Choice(N_("False"), True,
                   N_("Right: article A wants a good sales funnel to make customers come "
                      "back. Article B gives that job to the marketing funnel; lesson 03 "
                      "looks at loyalty and advocacy.")),
        ),
        kind="true_false",
    ),
)
