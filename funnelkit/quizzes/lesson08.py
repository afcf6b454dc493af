"""Quiz questions of lesson 08 (capstone).

>>> from funnelkit.quizzes import question
>>> question("08-capstone", "article-b").correct_options()
['False']
>>> question("08-capstone", "young-brand").correct_options()[0][:20]
'In the marketing fun'
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "article-b",
        N_("True or false: article B states which funnel a new business should invest in."),
        (
            Choice(N_("True"), False,
                   N_("Article B only concludes that the choice depends on the stage of the "
                      "business and its goals. The rule for a new business is this course's "
                      "reading, not a statement of the article.")),
            Choice(N_("False"), True,
                   N_("Right: article B only says that it depends on the stage of the "
                      "business and its goals, and its own descriptions of which funnel "
                      "generates leads contradict each other.")),
        ),
        kind="true_false",
    ),
    Question(
        "young-brand",
        N_("A young brand converts its visitors about as well as an established competitor, "
           "but has only a twentieth of its visitors. Where is an extra euro most likely to "
           "help first?"),
        (
            Choice(N_("In the marketing funnel: awareness and lead generation"), True,
                   N_("Right: the stages convert well enough, but too few people enter the "
                      "funnel. At the same conversion rates, twice the visitors give about "
                      "twice the customers.")),
            Choice(N_("In the sales funnel: discounts at the Decision stage"), False,
                   N_("Discounts raise one conversion rate a little, and the rates are "
                      "already as good as the competitor's. The gap is the number of people "
                      "who enter the funnel.")),
            Choice(N_("In a loyalty programme for existing customers"), False,
                   N_("Loyalty matters for a subscription, but a young brand with few "
                      "customers has few people to keep; first it needs more people who "
                      "know it.")),
            Choice(N_("Nowhere: a funnel that converts well needs no investment"), False,
                   N_("Good conversion rates on a small number of visitors still give few "
                      "customers; the brand cannot grow without more people at the top.")),
        ),
    ),
)
