"""Quiz questions of lesson 07, "Reading sources critically".

>>> from funnelkit.quizzes import question
>>> question("07-reading-sources-critically", "b-contradiction").correct_options()[0][:27]
'The primary goal of the mar'
>>> question("07-reading-sources-critically", "synthetic-proof").correct_options()
['False']
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "b-contradiction",
        N_("Article B first says that the sales funnel generates leads and the marketing "
           "funnel converts them. Which later sentence of article B contradicts that?"),
        (
            Choice(N_("The primary goal of the marketing funnel is generating leads for the "
                      "sales team."),
                   True,
                   N_("Right: now the marketing funnel generates the leads and sales "
                      "converts them, which is the opposite of the main difference that "
                      "article B stated a few paragraphs earlier.")),
            Choice(N_("A marketing funnel also covers loyalty and advocacy after the "
                      "purchase."),
                   False,
                   N_("This adds stages after the purchase; it says nothing about which "
                      "funnel generates leads, so it does not contradict the first claim.")),
            Choice(N_("Marketing funnels are usually slower than sales funnels."),
                   False,
                   N_("This is a claim about speed, and it fits the first claim: a funnel "
                      "that nurtures leads takes longer than one that collects them.")),
            Choice(N_("Which funnel you should use depends on the stage your business is "
                      "in."),
                   False,
                   N_("This is article B's advice at the end; it does not say which funnel "
                      "generates leads.")),
        ),
    ),
    Question(
        "synthetic-proof",
        N_("True or false: the bundled lead table proves that leads from content and "
           "webinars convert better than leads from paid ads."),
        (
            Choice(N_("True"), False,
                   N_("Not quite. The table does show this difference, but the data are "
                      "synthetic: the simulator was given exactly this effect. A result you "
                      "put in yourself cannot prove anything about real markets.")),
            Choice(N_("False"), True,
                   N_("Right. The data illustrate the claim because the simulator was built "
                      "to follow it. To test the claim you need real data, and even then a "
                      "difference between channels is not yet proof that the channel "
                      "caused it.")),
        ),
        kind="true_false",
    ),
)
