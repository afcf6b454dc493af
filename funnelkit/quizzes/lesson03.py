"""Quiz questions of lesson 03, "The marketing funnel".

>>> from funnelkit.quizzes import question
>>> question("03-marketing-funnel", "intent").correct_options()
['Intent']
"""

from __future__ import annotations

from ..i18n import N_
from . import Choice, Question

__all__ = ["QUESTIONS"]

QUESTIONS: tuple[Question, ...] = (
    Question(
        "nurturing",
        N_("Which of these activities of the planning-tool company are lead nurturing rather "
           "than lead generation?"),
        (
            Choice(N_("A series of e-mails with planning tips for people who downloaded the "
                      "company's guide"), True,
                   N_("Right: these people are already leads; the e-mails build the "
                      "relationship until they are ready to buy.")),
            Choice(N_("A stand at a trade fair for the construction industry"), False,
                   N_("A trade fair stand reaches new people and collects their contact "
                      "details: that is lead generation.")),
            Choice(N_("Case studies of similar firms, sent to a lead who asked about the "
                      "product"), True,
                   N_("Right: the case studies help a known lead weigh the offer, which is "
                      "lead nurturing.")),
            Choice(N_("Online ads that show the planning tool to project managers"), False,
                   N_("Ads reach people who do not know the brand yet; they generate leads "
                      "rather than nurture them.")),
        ),
        kind="multiple",
    ),
    Question(
        "intent",
        N_("A lead answers the planning-tool company's survey: their firm plans to buy a "
           "planning tool within the next three months. Which stage of the marketing funnel "
           "has this lead reached?"),
        (
            Choice(N_("Awareness"), False,
                   N_("At Awareness people only notice the brand; this lead already knows it "
                      "well enough to answer a survey about buying.")),
            Choice(N_("Consideration"), False,
                   N_("At Consideration leads collect detailed information and weigh the "
                      "offer; saying that they want to buy is the next step.")),
            Choice(N_("Intent"), True,
                   N_("Right: Article A names a survey answer as a typical sign of Intent, "
                      "the stage in which leads show that they want to buy.")),
            Choice(N_("Purchase"), False,
                   N_("Nobody has bought anything yet: the lead has only said that they want "
                      "to buy.")),
        ),
    ),
    Question(
        "advocacy",
        N_("True or false: Loyalty and Advocacy only keep existing customers happy; they do "
           "not bring the company any new leads."),
        (
            Choice(N_("True"), False,
                   N_("Not quite: customers who recommend the brand bring new people to it. "
                      "In the lead table these are the referral leads, so Advocacy feeds the "
                      "top of the funnel again.")),
            Choice(N_("False"), True,
                   N_("Right: Advocacy brings new leads through recommendations, and loyal "
                      "customers buy again. Both make the funnel feed itself.")),
        ),
        kind="true_false",
    ),
)
